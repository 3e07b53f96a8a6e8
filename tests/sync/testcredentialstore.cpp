// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Warroom;

/// Runs a CredentialStore call and waits for its callback (the test's own event loop, not the store's).
class Waiter : public QObject
{
    Q_OBJECT
public:
    bool done = false;
    std::optional<QString> secret;
    Error error;
    bool wait()
    {
        return QTest::qWaitFor([this] { return done; }, 10000);
    }
};

class TestCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keyring-session.sh: the test needs a real Secret Service");
    }

    void roundTripThroughTheRealKeyring()
    {
        CredentialStore store(QStringLiteral("warroom-test"));
        const QString key = CredentialStore::serverTokenKey(QStringLiteral("https://warroom.example:8470"));
        const QString token = QStringLiteral("wr_s3cr3t-token-%1").arg(QCoreApplication::applicationPid());

        Waiter missing;
        store.read(key, &missing, [&](const std::optional<QString> &secret, const Error &error) {
            missing.secret = secret;
            missing.error = error;
            missing.done = true;
        });
        QVERIFY(missing.wait());
        QVERIFY2(!missing.error, qPrintable(missing.error.message));
        QVERIFY(!missing.secret);

        Waiter written;
        store.write(key, token, &written, [&](const Error &error) {
            written.error = error;
            written.done = true;
        });
        QVERIFY(written.wait());
        QVERIFY2(!written.error, qPrintable(written.error.message));

        Waiter read;
        store.read(key, &read, [&](const std::optional<QString> &secret, const Error &error) {
            read.secret = secret;
            read.error = error;
            read.done = true;
        });
        QVERIFY(read.wait());
        QVERIFY2(!read.error, qPrintable(read.error.message));
        QCOMPARE(read.secret.value_or(QString()), token);

        // It really is in the Secret Service: another program finds it under our service and key.
        const auto lookup = [] {
            QProcess tool;
            tool.start(QStringLiteral("secret-tool"),
                {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                    QStringLiteral("warroom-test")});
            tool.waitForFinished(10000);
            return tool.readAllStandardOutput() + tool.readAllStandardError();
        };
        QTRY_VERIFY_WITH_TIMEOUT(lookup().contains(token.toUtf8()), 10000);

        Waiter removed;
        store.remove(key, &removed, [&](const Error &error) {
            removed.error = error;
            removed.done = true;
        });
        QVERIFY(removed.wait());
        QVERIFY(!removed.error);
        Waiter gone;
        store.read(key, &gone, [&](const std::optional<QString> &secret, const Error &error) {
            gone.secret = secret;
            gone.error = error;
            gone.done = true;
        });
        QVERIFY(gone.wait());
        QVERIFY(!gone.secret);
    }

    void noKeychainSaysSo()
    {
        // CTest runs this case on a bus address where nothing listens: the error must say what to do, and
        // nothing may fall back to a plain file.
        QVERIFY2(
            qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"), "run by CTest with no keychain");
        CredentialStore store(QStringLiteral("warroom-test-nobus"));
        Waiter written;
        store.write(QStringLiteral("k"), QStringLiteral("v"), &written, [&](const Error &error) {
            written.error = error;
            written.done = true;
        });
        QVERIFY(written.wait());
        QVERIFY(written.error);
        QVERIFY2(
            written.error.message.contains(QStringLiteral("keychain")), qPrintable(written.error.message));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "testcredentialstore.moc"
