// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Warroom {

class CredentialStore;
class ServerConnection;

/// Settings → Connect to Server: the server's address and a token. The token is checked against the
/// server, then kept in the system keychain only; the address goes to the settings. Nothing is stored
/// until both checks pass, and a missing keychain is said plainly instead of falling back to a file.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectDialog(ServerConnection *connection, CredentialStore *credentials, QWidget *parent = nullptr);

    [[nodiscard]] QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    /// The server was verified and the token stored: the app should reopen connected to @p server.
    void connected(const QUrl &server);
    /// The person chose to work from the local file again (token and address removed).
    void disconnected();

private:
    void connectToServer();
    void disconnectFromServer();
    void setBusy(bool busy, const QString &message);
    void showProblem(const QString &message);

    ServerConnection *m_connection = nullptr;
    CredentialStore *m_credentials = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_disconnect = nullptr;
};

} // namespace Warroom
