// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerthooksdialog.h"

#include "hooksnippets.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Warroom {

namespace {

QPlainTextEdit *snippetView(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *view = new QPlainTextEdit(text, parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    const int lines = int(text.count(QLatin1Char('\n'))) + 2;
    view->setMinimumHeight(view->fontMetrics().lineSpacing() * lines + 2 * view->frameWidth() + 8);
    return view;
}

} // namespace

AlertHooksDialog::AlertHooksDialog(const QUrl &server, QWidget *parent)
    : QDialog(parent)
    , m_server(server)
{
    setObjectName(QStringLiteral("alertHooksDialog"));
    setWindowTitle(tr("Alert Hooks"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("alertHooksButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_server.isEmpty() ? createNoServerPage() : createHooksPage(), 1);
    layout->addWidget(buttons);
    if (m_server.isEmpty())
        resize(480, sizeHint().height());
    else
        resize(qMax(720, sizeHint().width()), sizeHint().height());
}

QWidget *AlertHooksDialog::createNoServerPage()
{
    auto *page = new QWidget(this);
    auto *message = new QLabel(
        tr("<p><b>Alert hooks need a warroomd server.</b></p>"
           "<p>Alertmanager, Grafana and other alerting systems send their alerts to warroomd, which opens "
           "an "
           "incident for a firing alert and shows it on every board. This copy of Warroom works from a local "
           "file.</p>"
           "<p>Connect with <b>File → Connect to Server…</b> (a server address and a responder token), then "
           "come back here for the hook URLs.</p>"),
        page);
    message->setObjectName(QStringLiteral("noServerLabel"));
    message->setWordWrap(true);
    message->setTextFormat(Qt::RichText);
    auto *connectButton = new QPushButton(tr("&Connect to Server…"), page);
    connectButton->setObjectName(QStringLiteral("connectToServerButton"));
    connect(connectButton, &QPushButton::clicked, this, [this] {
        Q_EMIT connectRequested();
        accept();
    });
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(message);
    layout->addWidget(connectButton, 0, Qt::AlignLeading);
    layout->addStretch(1);
    return page;
}

QWidget *AlertHooksDialog::createHooksPage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("Alerting systems can open incidents on <b>%1</b>: a firing alert opens one, "
                                "or joins the incident "
                                "already open for its group; a resolved alert is recorded but never closes "
                                "it. Each sender needs a "
                                "token of role <i>hook</i>, made on the server with:")
                                 .arg(m_server.toDisplayString().toHtmlEscaped()),
        page);
    intro->setObjectName(QStringLiteral("alertHooksIntroLabel"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    auto *command = new QLineEdit(HookSnippets::tokenCommand(), page);
    command->setObjectName(QStringLiteral("tokenCommandLineEdit"));
    command->setReadOnly(true);
    command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    command->setAccessibleName(tr("Command that makes a hook token"));

    auto *urls = new QGridLayout;
    urls->addWidget(command, 0, 1);
    urls->addWidget(copyButton(QStringLiteral("copyTokenCommandButton"), tr("Copy the token command"),
                        HookSnippets::tokenCommand()),
        0, 2);
    auto *tokenLabel = new QLabel(tr("Token:"), page);
    tokenLabel->setBuddy(command);
    urls->addWidget(tokenLabel, 0, 0);
    int row = 1;
    for (const HookSnippets::Hook &hook : HookSnippets::hooks()) {
        const QString url = HookSnippets::hookUrl(m_server, hook.name);
        auto *field = new QLineEdit(url, page);
        field->setObjectName(hook.name + QStringLiteral("UrlLineEdit"));
        field->setReadOnly(true);
        field->setAccessibleName(tr("%1 hook URL").arg(hook.title));
        field->setCursorPosition(0);
        auto *label = new QLabel(tr("%1:").arg(hook.title), page);
        label->setBuddy(field);
        QString capitalized = hook.name;
        capitalized[0] = capitalized.at(0).toUpper();
        urls->addWidget(label, row, 0);
        urls->addWidget(field, row, 1);
        urls->addWidget(copyButton(QStringLiteral("copy%1UrlButton").arg(capitalized),
                            tr("Copy the %1 hook URL").arg(hook.title), url),
            row, 2);
        ++row;
    }
    urls->setColumnStretch(1, 1);

    const QString receiver = HookSnippets::alertmanagerReceiver(m_server);
    const QString grafana = HookSnippets::grafanaContactPoint(m_server);
    auto *tabs = new QTabWidget(page);
    tabs->setObjectName(QStringLiteral("snippetTabWidget"));
    const auto addTab = [&](const QString &title, const QString &viewName, const QString &buttonName,
                            const QString &text, const QString &note) {
        auto *tab = new QWidget(tabs);
        auto *tabLayout = new QVBoxLayout(tab);
        auto *noteLabel = new QLabel(note, tab);
        noteLabel->setWordWrap(true);
        tabLayout->addWidget(noteLabel);
        tabLayout->addWidget(snippetView(viewName, text, tab), 1);
        tabLayout->addWidget(copyButton(buttonName, tr("Copy: %1").arg(title), text), 0, Qt::AlignTrailing);
        tabs->addTab(tab, title);
    };
    addTab(tr("Alertmanager Receiver"), QStringLiteral("alertmanagerSnippetPlainTextEdit"),
        QStringLiteral("copyAlertmanagerSnippetButton"), receiver,
        tr("Paste into alertmanager.yml, put the token in place of %1, and reload Alertmanager.")
            .arg(HookSnippets::tokenPlaceholder()));
    addTab(tr("Grafana Contact Point"), QStringLiteral("grafanaHintPlainTextEdit"),
        QStringLiteral("copyGrafanaHintButton"), grafana,
        tr("Grafana unified alerting sends to a webhook contact point; these are its settings."));

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(urls);
    layout->addWidget(tabs, 1);
    return page;
}

QPushButton *AlertHooksDialog::copyButton(
    const QString &objectName, const QString &accessibleName, const QString &text)
{
    auto *button = new QPushButton(tr("Copy"), this);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName);
    button->setAutoDefault(false);
    // Wide enough for "Copied" too, so the layout does not move when it says so.
    button->setMinimumWidth(qMax(button->sizeHint().width(),
        button->fontMetrics().horizontalAdvance(tr("Copied"))
            + button->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2));
    connect(button, &QPushButton::clicked, this, [button, text] {
        QGuiApplication::clipboard()->setText(text);
        button->setText(tr("Copied"));
        QTimer::singleShot(1500, button, [button] { button->setText(tr("Copy")); });
    });
    return button;
}

} // namespace Warroom
