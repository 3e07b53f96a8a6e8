// SPDX-License-Identifier: GPL-3.0-or-later
#include "appstartup.h"
#include "connectdialog.h"
#include "credentialstore.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "serverconnection.h"
#include "session.h"
#include "syncengine.h"
#include "syncstatuswidget.h"
#include "warroomdprocess.h"

#include <QAction>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Warroom;
using Warroom::Testing::WarroomdProcess;

/// Settings → Connect to Server, against a real warroomd and a real keyring; then the app in server mode.
class TestConnect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            !qEnvironmentVariableIsEmpty("WARROOM_TEST_KEYRING"), "run through tests/keyring-session.sh");
        // Everything the app writes goes below one folder, so the test can search it for the token.
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("WarroomTest"));
        QCoreApplication::setApplicationName(QStringLiteral("warroom"));
        m_server = std::make_unique<WarroomdProcess>(
            QStringLiteral(WARROOMD_PATH), m_home.filePath(QStringLiteral("server.sqlite")));
        QString log;
        m_token = m_server->createToken(QStringLiteral("alice"), QStringLiteral("responder"), &log);
        QVERIFY2(!m_token.isEmpty(), qPrintable(log));
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    }

    void connectThroughTheDialog()
    {
        AppStartup startup;
        QVERIFY(
            startup.parse({QStringLiteral("warroom"), QStringLiteral("--actor"), QStringLiteral("alice")}));
        Error error;
        auto session = startup.openSession(&error);
        QVERIFY2(session, qPrintable(error.message));
        QVERIFY(!startup.syncEngine()); // nothing configured yet: the local file
        MainWindow window(session.get(), startup.databasePath());
        window.show();
        QSignalSpy restart(&window, &MainWindow::restartRequested);

        window.findChild<QAction *>(QStringLiteral("connectAction"))->trigger();
        ConnectDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ConnectDialog *>()));
        auto *server = dialog->findChild<QLineEdit *>(QStringLiteral("serverLineEdit"));
        auto *token = dialog->findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"));
        auto *connect = dialog->findChild<QPushButton *>(QStringLiteral("connectButton"));
        QVERIFY(!connect->isEnabled());
        QCOMPARE(token->echoMode(), QLineEdit::Password);

        QTest::keyClicks(server, m_server->url().toString());
        QTest::keyClicks(token, QStringLiteral("wr_wrong"));
        connect->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->statusLabel()->text().contains(QStringLiteral("refused the token")), 10000);
        QVERIFY(ServerConnection::configuredServer().isEmpty()); // nothing stored on failure

        token->clear();
        QTest::keyClicks(token, m_token);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        connect->click();
        QTRY_COMPARE_WITH_TIMEOUT(restart.size(), 1, 10000);
        QCOMPARE(ServerConnection::configuredServer(), m_server->url());

        // The token is in the keychain and in no file the app wrote.
        CredentialStore credentials;
        std::optional<QString> stored;
        bool done = false;
        credentials.read(CredentialStore::serverTokenKey(m_server->url().toString()), this,
            [&](const std::optional<QString> &secret, const Error &) {
                stored = secret;
                done = true;
            });
        QTRY_VERIFY(done);
        QCOMPARE(stored.value_or(QString()), m_token);
        assertNoFileContains(m_token.toUtf8());
    }

    void serverModeAfterReopening()
    {
        QVERIFY(!ServerConnection::configuredServer().isEmpty());
        AppStartup startup;
        QVERIFY(
            startup.parse({QStringLiteral("warroom"), QStringLiteral("--actor"), QStringLiteral("alice")}));
        Error error;
        auto session = startup.openSession(&error);
        QVERIFY2(session, qPrintable(error.message));
        SyncEngine *engine = startup.syncEngine();
        QVERIFY(engine);
        QCOMPARE(startup.databasePath(), ServerConnection::replicaPath(m_server->url()));
        MainWindow window(session.get(), startup.databasePath());
        window.setSyncEngine(engine);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), SyncEngine::State::Online, 10000);
        auto *status = window.findChild<SyncStatusWidget *>();
        QVERIFY(status);
        QTRY_VERIFY(status->text().startsWith(QStringLiteral("Online with 127.0.0.1")));

        const QString id
            = session->declareIncident(QStringLiteral("Through the server"), Severity::Sev2, {}, &error);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(session->pendingCount(), 0, 10000);
        assertNoFileContains(m_token.toUtf8());

        // Stopped server: calm offline status with a retry, and the work waits safely.
        m_server->stop();
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), SyncEngine::State::Offline, 30000);
        QVERIFY(session->submit(session->events().addNote(id, QStringLiteral("written offline")), &error));
        QTRY_VERIFY(status->text().contains(QStringLiteral("1 change waiting to be sent")));
        QVERIFY(status->text().contains(QStringLiteral("safe")));
        QVERIFY(m_server->restart());
        status->findChild<QToolButton *>(QStringLiteral("syncActionButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(session->pendingCount(), 0, 15000);
    }

private:
    void assertNoFileContains(const QByteArray &secret)
    {
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QStringLiteral("server.sqlite")) || path.contains(QStringLiteral("keyrings")))
                continue; // the server's own database (it stores only the hash) and the keyring itself
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(
                !file.readAll().contains(secret), qPrintable(QStringLiteral("the token is in %1").arg(path)));
        }
    }

    QTemporaryDir m_home;
    std::unique_ptr<WarroomdProcess> m_server;
    QString m_token;
};

QTEST_MAIN(TestConnect)
#include "testconnect.moc"
