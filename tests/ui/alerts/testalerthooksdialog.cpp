// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerthooksdialog.h"
#include "hooksnippets.h"
#include "mainwindow.h"
#include "serverconnection.h"
#include "session.h"
#include "sqlitestore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Warroom;

/// The Alert Hooks dialog: the hook URLs and the Alertmanager and Grafana settings for the configured
/// server, Copy buttons, and what it says without a server; reached from File → Alert Hooks….
class TestAlertHooksDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void showsTheHookUrlsOfTheServer();
    void alertmanagerSnippetIsReadyToPaste();
    void grafanaHint();
    void copyButtonsCopy();
    void serverBehindAPathKeepsIt();
    void withoutAServerItSaysHowToConnect();
    void fileMenuOpensIt();
    void screenshots();
};

namespace {
const QUrl Server(QStringLiteral("https://warroom.example.com:8470"));
}

void TestAlertHooksDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAlertHooksDialog::cleanup()
{
    ServerConnection::setConfiguredServer(QUrl());
}

void TestAlertHooksDialog::showsTheHookUrlsOfTheServer()
{
    AlertHooksDialog dialog(Server);
    QCOMPARE(dialog.objectName(), QStringLiteral("alertHooksDialog"));
    for (const QString &name : {QStringLiteral("alertmanager"), QStringLiteral("grafana"),
             QStringLiteral("pagerduty"), QStringLiteral("generic")}) {
        auto *field = dialog.findChild<QLineEdit *>(name + QStringLiteral("UrlLineEdit"));
        QVERIFY2(field, qPrintable(name));
        QCOMPARE(field->text(), QStringLiteral("https://warroom.example.com:8470/api/v1/hooks/") + name);
        QVERIFY(field->isReadOnly());
    }
    auto *command = dialog.findChild<QLineEdit *>(QStringLiteral("tokenCommandLineEdit"));
    QVERIFY(command);
    QCOMPARE(command->text(), QStringLiteral("warroomd token create --name alertmanager --role hook"));
    auto *intro = dialog.findChild<QLabel *>(QStringLiteral("alertHooksIntroLabel"));
    QVERIFY(intro && intro->text().contains(QStringLiteral("warroom.example.com")));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("noServerLabel")));
}

void TestAlertHooksDialog::alertmanagerSnippetIsReadyToPaste()
{
    AlertHooksDialog dialog(Server);
    auto *snippet = dialog.findChild<QPlainTextEdit *>(QStringLiteral("alertmanagerSnippetPlainTextEdit"));
    QVERIFY(snippet);
    QVERIFY(snippet->isReadOnly());
    const QString text = snippet->toPlainText();
    QCOMPARE(text, HookSnippets::alertmanagerReceiver(Server));
    const QStringList lines = text.split(QLatin1Char('\n'));
    // The YAML an Alertmanager reads, indented as it wants it.
    for (const QString &line : {QStringLiteral("receivers:"), QStringLiteral("  - name: warroom"),
             QStringLiteral("    webhook_configs:"),
             QStringLiteral("      - url: https://warroom.example.com:8470/api/v1/hooks/alertmanager"),
             QStringLiteral("        send_resolved: true"), QStringLiteral("        http_config:"),
             QStringLiteral("          authorization:"), QStringLiteral("            type: Bearer"),
             QStringLiteral("            credentials: REPLACE_WITH_A_HOOK_TOKEN")}) {
        QVERIFY2(lines.contains(line), qPrintable(line));
    }
    for (const QString &line : lines)
        QVERIFY2(line.isEmpty() || line.trimmed().startsWith(QLatin1Char('#'))
                || !line.contains(QLatin1Char('\t')),
            qPrintable(line));
    QVERIFY(text.contains(QStringLiteral("warroomd token create --name alertmanager --role hook")));
}

void TestAlertHooksDialog::grafanaHint()
{
    AlertHooksDialog dialog(Server);
    auto *hint = dialog.findChild<QPlainTextEdit *>(QStringLiteral("grafanaHintPlainTextEdit"));
    QVERIFY(hint);
    const QString text = hint->toPlainText();
    QVERIFY(text.contains(QStringLiteral("URL: https://warroom.example.com:8470/api/v1/hooks/grafana")));
    QVERIFY(text.contains(QStringLiteral("Scheme: Bearer")));
    QVERIFY(text.contains(QStringLiteral("Credentials: REPLACE_WITH_A_HOOK_TOKEN")));
    QVERIFY(text.contains(QStringLiteral("--role hook")));
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("snippetTabWidget"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
}

void TestAlertHooksDialog::copyButtonsCopy()
{
    AlertHooksDialog dialog(Server);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QPair<QString, QString>> buttons {
        {QStringLiteral("copyAlertmanagerUrlButton"),
            HookSnippets::hookUrl(Server, QStringLiteral("alertmanager"))},
        {QStringLiteral("copyGrafanaUrlButton"), HookSnippets::hookUrl(Server, QStringLiteral("grafana"))},
        {QStringLiteral("copyPagerdutyUrlButton"),
            HookSnippets::hookUrl(Server, QStringLiteral("pagerduty"))},
        {QStringLiteral("copyGenericUrlButton"), HookSnippets::hookUrl(Server, QStringLiteral("generic"))},
        {QStringLiteral("copyTokenCommandButton"), HookSnippets::tokenCommand()},
        {QStringLiteral("copyAlertmanagerSnippetButton"), HookSnippets::alertmanagerReceiver(Server)},
        {QStringLiteral("copyGrafanaHintButton"), HookSnippets::grafanaContactPoint(Server)},
    };
    for (const auto &[name, expected] : buttons) {
        auto *button = dialog.findChild<QPushButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QGuiApplication::clipboard()->clear();
        button->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        QCOMPARE(button->text(), QStringLiteral("Copied"));
    }
    // …and each says "Copy" again a moment later.
    for (const auto &[name, expected] : buttons)
        QTRY_COMPARE_WITH_TIMEOUT(
            dialog.findChild<QPushButton *>(name)->text(), QStringLiteral("Copy"), 3000);
}

void TestAlertHooksDialog::serverBehindAPathKeepsIt()
{
    const QUrl proxied(QStringLiteral("https://ops.example.com/warroom"));
    QCOMPARE(HookSnippets::hookUrl(proxied, QStringLiteral("grafana")),
        QStringLiteral("https://ops.example.com/warroom/api/v1/hooks/grafana"));
    QCOMPARE(HookSnippets::hookUrl(QUrl(QStringLiteral("http://127.0.0.1:8470/")), QStringLiteral("generic")),
        QStringLiteral("http://127.0.0.1:8470/api/v1/hooks/generic"));
    AlertHooksDialog dialog(proxied);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("pagerdutyUrlLineEdit"))->text(),
        QStringLiteral("https://ops.example.com/warroom/api/v1/hooks/pagerduty"));
}

void TestAlertHooksDialog::withoutAServerItSaysHowToConnect()
{
    AlertHooksDialog dialog {QUrl()};
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("noServerLabel"));
    QVERIFY(label);
    QVERIFY(label->text().contains(QStringLiteral("need a warroomd server")));
    QVERIFY(label->text().contains(QStringLiteral("Connect to Server")));
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("alertmanagerUrlLineEdit")));
    QVERIFY(!dialog.findChild<QPlainTextEdit *>());
    QSignalSpy connectRequested(&dialog, &AlertHooksDialog::connectRequested);
    dialog.show();
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("connectToServerButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(connectRequested.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestAlertHooksDialog::fileMenuOpensIt()
{
    QTemporaryDir dir;
    Error error;
    auto store = SqliteStore::open(dir.filePath(QStringLiteral("w.sqlite")), &error);
    QVERIFY2(store, qPrintable(error.message));
    Session session(std::move(store), QStringLiteral("tester"));
    QVERIFY(session.load(&error));
    MainWindow window(&session, dir.filePath(QStringLiteral("w.sqlite")));
    auto *action = window.findChild<QAction *>(QStringLiteral("alertHooksAction"));
    QVERIFY(action);
    auto *fileMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu && fileMenu->actions().contains(action));

    action->trigger();
    auto *dialog = window.findChild<AlertHooksDialog *>(QStringLiteral("alertHooksDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("noServerLabel"))); // local mode
    dialog->close();
    QTRY_VERIFY(!window.findChild<AlertHooksDialog *>(QStringLiteral("alertHooksDialog")));

    ServerConnection::setConfiguredServer(Server);
    action->trigger();
    dialog = window.findChild<AlertHooksDialog *>(QStringLiteral("alertHooksDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->server(), Server);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("grafanaUrlLineEdit"))->text(),
        QStringLiteral("https://warroom.example.com:8470/api/v1/hooks/grafana"));
    dialog->close();
}

void TestAlertHooksDialog::screenshots()
{
    const QString folder = qEnvironmentVariable("WARROOM_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("WARROOM_SCREENSHOTS is not set");
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::style()->standardPalette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6d, 0xb5));
    for (const auto &[name, palette] :
        {qMakePair(QStringLiteral("light"), light), qMakePair(QStringLiteral("dark"), dark)}) {
        QApplication::setPalette(palette);
        for (const auto &[kind, server] :
            {qMakePair(QStringLiteral("server"), Server), qMakePair(QStringLiteral("local"), QUrl())}) {
            AlertHooksDialog dialog(server);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(
                dialog.grab().save(QDir(folder).filePath(QStringLiteral("hooks-%1-%2.png").arg(kind, name))));
            if (auto *tabs = dialog.findChild<QTabWidget *>()) {
                tabs->setCurrentIndex(1);
                QVERIFY(dialog.grab().save(
                    QDir(folder).filePath(QStringLiteral("hooks-%1-%2-grafana.png").arg(kind, name))));
            }
        }
    }
}

QTEST_MAIN(TestAlertHooksDialog)
#include "testalerthooksdialog.moc"
