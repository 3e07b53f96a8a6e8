// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include "credentialstore.h"
#include "serverconnection.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Warroom {

ConnectDialog::ConnectDialog(ServerConnection *connection, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_credentials(credentials)
    , m_server(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a Warroom Server"));

    auto *intro
        = new QLabel(tr("Work together with your team through a warroomd server. Everything you do is "
                        "kept on this computer first, so nothing is lost when the network is."),
            this);
    intro->setWordWrap(true);

    m_server->setObjectName(QStringLiteral("serverLineEdit"));
    m_server->setPlaceholderText(QStringLiteral("https://warroom.example:8470"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setText(ServerConnection::configuredServer().toString());
    m_token->setObjectName(QStringLiteral("tokenLineEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("wr_… (from warroomd token create)"));
    m_token->setAccessibleName(tr("Access token"));
    m_status->setObjectName(QStringLiteral("connectStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Token:"), m_token);
    auto *note = new QLabel(tr("The token is kept in your system keychain, never in a file."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setWordWrap(true);
    form->addRow(QString(), note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    m_disconnect = buttons->addButton(tr("&Work Locally"), QDialogButtonBox::DestructiveRole);
    m_disconnect->setObjectName(QStringLiteral("disconnectButton"));
    m_disconnect->setToolTip(tr("Forget the server and its token; work from the local file"));
    m_disconnect->setVisible(!ServerConnection::configuredServer().isEmpty());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::connectToServer);
    connect(m_disconnect, &QPushButton::clicked, this, &ConnectDialog::disconnectFromServer);
    const auto update = [this] {
        m_connect->setEnabled(!m_server->text().trimmed().isEmpty() && !m_token->text().trimmed().isEmpty());
    };
    connect(m_server, &QLineEdit::textChanged, this, update);
    connect(m_token, &QLineEdit::textChanged, this, update);
    update();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void ConnectDialog::setBusy(bool busy, const QString &message)
{
    m_server->setEnabled(!busy);
    m_token->setEnabled(!busy);
    m_connect->setEnabled(!busy);
    m_status->setForegroundRole(QPalette::WindowText);
    m_status->setText(message);
}

void ConnectDialog::showProblem(const QString &message)
{
    setBusy(false, message);
    // Red is not the only signal: the message itself says what went wrong.
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_status->setPalette(palette);
}

void ConnectDialog::connectToServer()
{
    Error error;
    const QUrl server = ServerConnection::parseServer(m_server->text(), &error);
    if (server.isEmpty()) {
        showProblem(error.message);
        return;
    }
    const QString token = m_token->text().trimmed();
    setBusy(true, tr("Checking %1…").arg(server.toDisplayString()));
    m_connection->verify(server, token, this, [this, server, token](const Error &problem, const QString &) {
        if (problem) {
            showProblem(problem.message);
            return;
        }
        setBusy(true, tr("Storing the token in the keychain…"));
        m_credentials->write(CredentialStore::serverTokenKey(server.toString()), token, this,
            [this, server](const Error &keychainError) {
                if (keychainError) {
                    showProblem(keychainError.message);
                    return;
                }
                ServerConnection::setConfiguredServer(server);
                setBusy(false, tr("Connected."));
                Q_EMIT connected(server);
                accept();
            });
    });
}

void ConnectDialog::disconnectFromServer()
{
    const QUrl server = ServerConnection::configuredServer();
    ServerConnection::setConfiguredServer({});
    setBusy(true, tr("Removing the token from the keychain…"));
    m_credentials->remove(
        CredentialStore::serverTokenKey(server.toString()), this, [this](const Error &error) {
            if (error) {
                showProblem(error.message);
                return;
            }
            Q_EMIT disconnected();
            accept();
        });
}

} // namespace Warroom
