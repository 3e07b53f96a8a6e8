// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

class QPushButton;

namespace Warroom {

/// File → Alert Hooks…: where alerting systems send their alerts for the configured warroomd (DESIGN §8):
/// the four hook URLs, a ready-to-paste Alertmanager receiver and the Grafana contact point settings, each
/// with a Copy button. Without a server it says that hooks need one and offers to connect.
class AlertHooksDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p server: ServerConnection::configuredServer() (empty in local mode).
    explicit AlertHooksDialog(const QUrl &server, QWidget *parent = nullptr);

    [[nodiscard]] const QUrl &server() const { return m_server; }

Q_SIGNALS:
    /// The person asked to connect to a server (local mode).
    void connectRequested();

private:
    QWidget *createHooksPage();
    QWidget *createNoServerPage();
    /// A Copy button that puts @p text on the clipboard and says so for a moment.
    QPushButton *copyButton(const QString &objectName, const QString &accessibleName, const QString &text);

    QUrl m_server;
};

} // namespace Warroom
