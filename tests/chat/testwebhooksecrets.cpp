// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelmodel.h"
#include "chatsender.h"
#include "credentialstore.h"
#include "eventtypes.h"
#include "messagetemplate.h"
#include "receiverprocess.h"
#include "replicastore.h"
#include "session.h"
#include "sqlitestore.h"
#include "updatecadence.h"
#include "webhooksecrets.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Warroom;

namespace {

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log.append(
            QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

/// Webhook URLs through the real keychain (tests/keyring-session.sh gives the test its own D-Bus and GNOME
/// Keyring), and the promise that matters most: after channels were set up and messages sent — delivered,
/// retried, failed with a receiver that quotes the URL back — the URL is in no file Warroom wrote (settings,
/// the SQLite database and its -wal, a replica's outbox) and in no log line. The same without a keychain,
/// for "this session only". Every file goes into temporary XDG folders, which the test then searches.
class TestWebhookSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void roundTripThroughTheRealKeyring();
    void urlIsInNoFile();
    void noKeychainSaysSo();
    void sessionOnlyUrlIsInNoFile();

private:
    struct Wait
    {
        bool done = false;
        Error error;
        std::optional<QString> url;
    };
    void store(
        WebhookSecrets &secrets, const QString &channel, const QString &url, bool sessionOnly, Wait *wait);
    std::optional<QString> read(WebhookSecrets &secrets, const QString &channel, Error *error = nullptr);
    /// Sets up channels, sends through two sessions (a local file and a replica with an outbox), and checks
    /// that the URLs went out — and nowhere else.
    void sendAndSearch(WebhookSecrets &secrets, bool sessionOnly);
    void searchFiles(const QList<QByteArray> &needles);

    QTemporaryDir m_home;
    ReceiverProcess m_receiver;
    QNetworkAccessManager m_network;
};

void TestWebhookSecrets::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Before anything reads a standard path: every file Warroom writes lands under m_home.
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString dir = m_home.filePath(QString::fromLatin1(variable).toLower());
        QVERIFY(QDir().mkpath(dir));
        qputenv(variable, dir.toUtf8());
    }
    QCoreApplication::setOrganizationName(QStringLiteral("warroom-test"));
    QCoreApplication::setApplicationName(QStringLiteral("testwebhooksecrets"));
    QVERIFY2(QSettings().fileName().startsWith(m_home.path()), qPrintable(QSettings().fileName()));
    g_previousHandler = qInstallMessageHandler(recordMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    qRegisterMetaType<DeliveryRecord>();
    QVERIFY(m_receiver.start());
}

void TestWebhookSecrets::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void TestWebhookSecrets::store(
    WebhookSecrets &secrets, const QString &channel, const QString &url, bool sessionOnly, Wait *wait)
{
    secrets.store(channel, url, sessionOnly, this, [wait](const Error &error) {
        wait->error = error;
        wait->done = true;
    });
    QVERIFY(QTest::qWaitFor([wait] { return wait->done; }, 15000));
}

std::optional<QString> TestWebhookSecrets::read(WebhookSecrets &secrets, const QString &channel, Error *error)
{
    Wait wait;
    secrets.read(channel, this, [&wait](const std::optional<QString> &url, const Error &e) {
        wait.url = url;
        wait.error = e;
        wait.done = true;
    });
    if (!QTest::qWaitFor([&wait] { return wait.done; }, 15000))
        qWarning() << "read timed out";
    if (error)
        *error = wait.error;
    return wait.url;
}

void TestWebhookSecrets::roundTripThroughTheRealKeyring()
{
    QVERIFY2(qEnvironmentVariableIsSet("WARROOM_TEST_KEYRING"), "run through tests/keyring-session.sh");
    CredentialStore credentials(QStringLiteral("warroom-test-chat"));
    WebhookSecrets secrets(&credentials);
    QSignalSpy keychain(&secrets, &WebhookSecrets::keychainChanged);
    secrets.probe();
    QTRY_COMPARE(secrets.keychain(), WebhookSecrets::Keychain::Available);
    QCOMPARE(keychain.size(), 1);

    const QString url = QStringLiteral("https://hooks.slack.com/services/T0ROUND1/B0ROUND2/roundTrip%1")
                            .arg(QUuid::createUuid().toString(QUuid::Id128));
    Wait stored;
    store(secrets, QStringLiteral("#ops"), url, false, &stored);
    QVERIFY2(!stored.error, qPrintable(stored.error.message));
    QVERIFY(!secrets.isSessionOnly(QStringLiteral("#ops")));
    QCOMPARE(read(secrets, QStringLiteral("#ops")), std::optional<QString>(url));

    // Really in the Secret Service, under the channel's key.
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
        {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
            QStringLiteral("warroom-test-chat")});
    QVERIFY(tool.waitForFinished(10000));
    const QByteArray found = tool.readAllStandardOutput() + tool.readAllStandardError();
    QVERIFY2(found.contains(url.toUtf8()), found.constData());
    QVERIFY(found.contains(CredentialStore::webhookKey(QStringLiteral("#ops")).toUtf8()));

    // A rename moves it; the old key is gone.
    Wait renamed;
    secrets.rename(QStringLiteral("#ops"), QStringLiteral("#ops-eu"), this, [&](const Error &error) {
        renamed.error = error;
        renamed.done = true;
    });
    QTRY_VERIFY(renamed.done);
    QVERIFY2(!renamed.error, qPrintable(renamed.error.message));
    QCOMPARE(read(secrets, QStringLiteral("#ops-eu")), std::optional<QString>(url));
    QCOMPARE(read(secrets, QStringLiteral("#ops")), std::nullopt);

    // Switching to "this session only" takes it out of the keychain.
    Wait session;
    store(secrets, QStringLiteral("#ops-eu"), url, true, &session);
    QVERIFY(secrets.isSessionOnly(QStringLiteral("#ops-eu")));
    CredentialStore direct(QStringLiteral("warroom-test-chat"));
    WebhookSecrets fresh(&direct);
    QTRY_COMPARE(read(fresh, QStringLiteral("#ops-eu")), std::nullopt);

    Wait removed;
    secrets.remove(QStringLiteral("#ops-eu"), this, [&](const Error &error) {
        removed.error = error;
        removed.done = true;
    });
    QTRY_VERIFY(removed.done);
    QVERIFY(!removed.error);
    QCOMPARE(read(secrets, QStringLiteral("#ops-eu")), std::nullopt);
}

void TestWebhookSecrets::noKeychainSaysSo()
{
    QVERIFY2(qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"), "run by CTest with no keychain");
    CredentialStore credentials(QStringLiteral("warroom-test-chat"));
    WebhookSecrets secrets(&credentials);
    secrets.probe();
    QTRY_COMPARE_WITH_TIMEOUT(secrets.keychain(), WebhookSecrets::Keychain::Unavailable, 15000);
    QVERIFY2(secrets.keychainProblem().contains(QStringLiteral("No keychain is available")),
        qPrintable(secrets.keychainProblem()));

    const QString url = QStringLiteral("https://discord.com/api/webhooks/1234567/noKeychainToken");
    Wait refused;
    store(secrets, QStringLiteral("#ops"), url, false, &refused);
    QCOMPARE(refused.error.code, QStringLiteral("no_keychain"));
    QCOMPARE(read(secrets, QStringLiteral("#ops")), std::nullopt);

    Wait kept;
    store(secrets, QStringLiteral("#ops"), url, true, &kept);
    QVERIFY(!kept.error);
    QVERIFY(secrets.isSessionOnly(QStringLiteral("#ops")));
    QCOMPARE(read(secrets, QStringLiteral("#ops")), std::optional<QString>(url));

    // Without any credential store at all it says so too.
    WebhookSecrets none(nullptr);
    QCOMPARE(none.keychain(), WebhookSecrets::Keychain::Unavailable);
    QVERIFY(!none.keychainProblem().isEmpty());
}

void TestWebhookSecrets::urlIsInNoFile()
{
    QVERIFY2(qEnvironmentVariableIsSet("WARROOM_TEST_KEYRING"), "run through tests/keyring-session.sh");
    CredentialStore credentials(QStringLiteral("warroom-test-chat"));
    WebhookSecrets secrets(&credentials);
    sendAndSearch(secrets, false);
}

void TestWebhookSecrets::sessionOnlyUrlIsInNoFile()
{
    CredentialStore credentials(QStringLiteral("warroom-test-chat"));
    WebhookSecrets secrets(&credentials);
    secrets.probe();
    QTRY_COMPARE_WITH_TIMEOUT(secrets.keychain(), WebhookSecrets::Keychain::Unavailable, 15000);
    sendAndSearch(secrets, true);
}

void TestWebhookSecrets::sendAndSearch(WebhookSecrets &secrets, bool sessionOnly)
{
    const QString token = QStringLiteral("T0SECRET%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString delivered = QStringLiteral("/fail/1/services/") + token;
    const QString quoted = QStringLiteral("/quote/relay/") + token;
    const QList<ChatChannel> channels {{QStringLiteral("#incident-orders"), ChatKind::Slack, true},
        {QStringLiteral("Status page"), ChatKind::Generic, true}};
    const QStringList urls {m_receiver.url(delivered).toString(), m_receiver.url(quoted).toString()};

    ChannelModel model(&secrets);
    for (int i = 0; i < channels.size(); ++i) {
        model.remove(channels.at(i).name);
        QVERIFY(!model.add(channels.at(i)));
        Wait stored;
        store(secrets, channels.at(i).name, urls.at(i), sessionOnly, &stored);
        QVERIFY2(!stored.error, qPrintable(stored.error.message));
    }
    MessageTemplate::setCustomText(QStringLiteral("{title}: custom"));

    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY2(data.startsWith(m_home.path()), qPrintable(data));
    QVERIFY(QDir().mkpath(data));
    Error error;
    auto local = SqliteStore::open(data + QStringLiteral("/warroom.sqlite"), &error);
    QVERIFY2(local, qPrintable(error.message));
    auto replica = ReplicaStore::open(data + QStringLiteral("/replica.sqlite"), &error);
    QVERIFY2(replica, qPrintable(error.message));
    Session localSession(std::move(local), QStringLiteral("lena"));
    Session replicaSession(std::move(replica), QStringLiteral("lena"));
    QVERIFY(localSession.load(&error));
    QVERIFY(replicaSession.load(&error));

    DeliveryPolicy policy;
    policy.maxAttempts = 2;
    policy.firstBackoffMs = 100;
    policy.minIntervalMs = 50;
    int expected = 0;
    QList<Session *> sessions {&localSession, &replicaSession};
    QList<std::shared_ptr<ChatSender>> senders;
    int finished = 0;
    for (Session *session : sessions) {
        const QString incident
            = session->declareIncident(QStringLiteral("Orders API 500s"), Severity::Sev1, {}, &error);
        QVERIFY2(!incident.isEmpty(), qPrintable(error.message));
        UpdateCadence cadence;
        cadence.setInterval(incident, 30);
        auto sender = std::make_shared<ChatSender>(session, &m_network, &secrets);
        sender->setPolicy(policy);
        connect(sender.get(), &ChatSender::deliveryFinished, this, [&finished] { ++finished; });
        for (const ChatChannel &channel : channels) {
            sender->send(
                incident, channel, QByteArrayLiteral("{\"text\":\"update\"}"), QStringLiteral("update"));
            ++expected;
        }
        senders.append(sender);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, expected, 30000);

    // The URLs did go out: the receiver was called on them.
    QCOMPARE(m_receiver.requests(delivered).size(), 3); // 500 then 200, then 200 for the second session
    QCOMPARE(m_receiver.requests(quoted).size(), 4); // twice per session, then given up
    // The events name the channels and say what happened, URL-free.
    for (Session *session : sessions) {
        const QString incident = session->projection().incidentIds().constFirst();
        const IncidentState *state = session->projection().incident(incident);
        QCOMPARE(state->chats().size(), 2);
        QCOMPARE(state->chats().at(0).channel, QStringLiteral("#incident-orders"));
        QCOMPARE(state->chats().at(0).outcome, QStringLiteral("delivered"));
        QCOMPARE(state->chats().at(1).outcome, QStringLiteral("failed"));
        QVERIFY2(state->chats().at(1).error.contains(QStringLiteral("[webhook URL]")),
            qPrintable(state->chats().at(1).error));
    }
    QSettings().sync();

    // While the stores are open (so the -wal files and the outbox exist), look into every file.
    QList<QByteArray> needles {token.toUtf8(), urls.at(0).toUtf8(), urls.at(1).toUtf8()};
    needles.append(QByteArray(reinterpret_cast<const char *>(token.utf16()), token.size() * 2)); // UTF-16
    searchFiles(needles);
    {
        const QMutexLocker lock(&g_logMutex);
        QVERIFY(!g_log.isEmpty());
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(token), qPrintable(line));
    }
}

void TestWebhookSecrets::searchFiles(const QList<QByteArray> &needles)
{
    QStringList searched;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles)
            QVERIFY2(!content.contains(needle), qPrintable(path + QStringLiteral(" holds the webhook URL")));
        searched.append(QFileInfo(path).fileName());
    }
    qInfo() << "searched" << searched;
    // The search covered what matters: settings, both databases with their WAL, and the outbox.
    QVERIFY2(searched.contains(QStringLiteral("testwebhooksecrets.conf")), qPrintable(searched.join(u' ')));
    QVERIFY(searched.contains(QStringLiteral("warroom.sqlite")));
    QVERIFY(searched.contains(QStringLiteral("warroom.sqlite-wal")));
    QVERIFY(searched.contains(QStringLiteral("replica.sqlite.outbox")));
}

QTEST_GUILESS_MAIN(TestWebhookSecrets)
#include "testwebhooksecrets.moc"
