// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatsender.h"
#include "eventtypes.h"
#include "receiverprocess.h"
#include "session.h"
#include "sqlitestore.h"
#include "webhooksecrets.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Warroom;

/// From Send to the timeline: each outcome becomes one chat.posted event (channel name, text, outcome,
/// HTTP status, error) that the incident's projection shows — and the URL is in none of them.
class TestChatSender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void deliveredAfterRetriesIsRecorded();
    void failedAfterGivingUpIsRecorded();
    void missingUrlIsAFailureToo();
    void invalidStoredUrlFailsAtOnce();
    void testMessagesStayOutOfTheTimeline();
    void channelsDoNotWaitForEachOther();

private:
    ChatSender *makeSender();
    void storeUrl(const QString &channel, const QUrl &url);
    Event lastChatEvent() const;

    ReceiverProcess m_receiver;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<WebhookSecrets> m_secrets;
    std::unique_ptr<ChatSender> m_sender;
    QString m_incident;
};

void TestChatSender::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<DeliveryRecord>();
    QVERIFY(m_receiver.start());
}

void TestChatSender::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Error error;
    auto store = SqliteStore::open(m_dir->filePath(QStringLiteral("w.sqlite")), &error);
    QVERIFY2(store, qPrintable(error.message));
    m_session = std::make_unique<Session>(std::move(store), QStringLiteral("lena"));
    QVERIFY(m_session->load(&error));
    m_incident = m_session->declareIncident(QStringLiteral("Orders API 500s"), Severity::Sev1, {}, &error);
    QVERIFY2(!m_incident.isEmpty(), qPrintable(error.message));
    m_secrets = std::make_unique<WebhookSecrets>(nullptr);
    m_sender.reset(makeSender());
}

void TestChatSender::cleanup()
{
    m_sender.reset();
    m_secrets.reset();
    m_session.reset();
    m_dir.reset();
}

ChatSender *TestChatSender::makeSender()
{
    auto *sender = new ChatSender(m_session.get(), &m_network, m_secrets.get());
    DeliveryPolicy policy;
    policy.maxAttempts = 3;
    policy.firstBackoffMs = 100;
    policy.maxBackoffMs = 400;
    policy.minIntervalMs = 50;
    policy.timeoutMs = 3000;
    sender->setPolicy(policy);
    return sender;
}

void TestChatSender::storeUrl(const QString &channel, const QUrl &url)
{
    bool done = false;
    m_secrets->store(channel, url.toString(), true, this, [&](const Error &error) {
        QVERIFY(!error);
        done = true;
    });
    QTRY_VERIFY(done);
}

Event TestChatSender::lastChatEvent() const
{
    EventList events;
    Error error;
    if (!m_session->store()->readIncident(m_incident, &events, &error))
        return {};
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->type == EventType::ChatPosted)
            return *it;
    }
    return {};
}

void TestChatSender::deliveredAfterRetriesIsRecorded()
{
    const ChatChannel channel {QStringLiteral("#incident-orders"), ChatKind::Slack, true};
    const QString path = QStringLiteral("/fail/2/T0AB12CD/B0EF34GH/deliveredSecret99");
    storeUrl(channel.name, m_receiver.url(path));
    QSignalSpy finished(m_sender.get(), &ChatSender::deliveryFinished);
    m_sender->send(m_incident, channel, QByteArrayLiteral("{\"text\":\"We are on it\"}"),
        QStringLiteral("We are on it"));
    QCOMPARE(m_sender->pending(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(m_sender->pending(), 0);
    const auto record = finished.constFirst().constFirst().value<DeliveryRecord>();
    QCOMPARE(record.attempts, 3);
    QVERIFY(!record.eventId.isEmpty());

    const Event event = lastChatEvent();
    QCOMPARE(event.id, record.eventId);
    QCOMPARE(event.actor, QStringLiteral("lena"));
    QCOMPARE(event.data.value(QStringLiteral("channel")).toString(), channel.name);
    QCOMPARE(event.data.value(QStringLiteral("text")).toString(), QStringLiteral("We are on it"));
    QCOMPARE(event.data.value(QStringLiteral("outcome")).toString(), QStringLiteral("delivered"));
    QCOMPARE(event.data.value(QStringLiteral("http_status")).toInt(), 200);
    QVERIFY(!event.data.contains(QStringLiteral("error")));
    QVERIFY(!event.dataJson().contains("deliveredSecret99"));

    // Every client's timeline shows it: it is in the projection, as a chat entry.
    const IncidentState *state = m_session->projection().incident(m_incident);
    QCOMPARE(state->chats().size(), 1);
    QCOMPARE(state->chats().constFirst().outcome, QStringLiteral("delivered"));
    QCOMPARE(state->timeline().last().kind, NoteKind::Chat);
    QCOMPARE(state->timeline().last().text, QStringLiteral("Posted to #incident-orders"));
}

void TestChatSender::failedAfterGivingUpIsRecorded()
{
    const ChatChannel channel {QStringLiteral("Status page"), ChatKind::Generic, true};
    const QString path = QStringLiteral("/quote/relay/failingSecret77");
    storeUrl(channel.name, m_receiver.url(path));
    QSignalSpy finished(m_sender.get(), &ChatSender::deliveryFinished);
    m_sender->send(m_incident, channel, QByteArrayLiteral("{}"), QStringLiteral("Update"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(m_receiver.requests(path).size(), 3);

    const Event event = lastChatEvent();
    QCOMPARE(event.data.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
    QCOMPARE(event.data.value(QStringLiteral("http_status")).toInt(), 500);
    const QString error = event.data.value(QStringLiteral("error")).toString();
    QVERIFY2(error.startsWith(QStringLiteral("Gave up after 3 attempts: HTTP 500")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("failingSecret77")), qPrintable(error));
    QVERIFY(!event.dataJson().contains("failingSecret77"));
    QCOMPARE(m_session->projection().incident(m_incident)->timeline().last().text,
        QStringLiteral("Failed to post to Status page: ") + error);
}

void TestChatSender::missingUrlIsAFailureToo()
{
    // Nobody else can tell that stakeholders were not told unless it is recorded.
    QSignalSpy finished(m_sender.get(), &ChatSender::deliveryFinished);
    m_sender->send(
        m_incident, {QStringLiteral("#nowhere"), ChatKind::Discord, true}, "{}", QStringLiteral("Hello"));
    QTRY_COMPARE(finished.size(), 1);
    const Event event = lastChatEvent();
    QCOMPARE(event.data.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
    QCOMPARE(event.data.value(QStringLiteral("http_status")).toInt(), 0);
    QVERIFY(event.data.value(QStringLiteral("error")).toString().contains(QStringLiteral("No webhook URL")));
}

void TestChatSender::invalidStoredUrlFailsAtOnce()
{
    bool stored = false;
    m_secrets->store(QStringLiteral("#broken"), QStringLiteral("hooks.example.com/no-scheme"), true, this,
        [&](const Error &) { stored = true; });
    QTRY_VERIFY(stored);
    QSignalSpy finished(m_sender.get(), &ChatSender::deliveryFinished);
    m_sender->send(m_incident, {QStringLiteral("#broken"), ChatKind::Slack, true}, "{}", QStringLiteral("x"));
    QTRY_COMPARE(finished.size(), 1);
    const auto record = finished.constFirst().constFirst().value<DeliveryRecord>();
    QCOMPARE(record.attempts, 0);
    QVERIFY2(record.error.contains(QStringLiteral("not valid")), qPrintable(record.error));
    QVERIFY(!record.error.contains(QStringLiteral("no-scheme")));
}

void TestChatSender::testMessagesStayOutOfTheTimeline()
{
    const ChatChannel channel {QStringLiteral("#test"), ChatKind::Mattermost, true};
    storeUrl(channel.name, m_receiver.url(QStringLiteral("/ok/test-message")));
    QSignalSpy finished(m_sender.get(), &ChatSender::deliveryFinished);
    m_sender->send(m_incident, channel, "{\"text\":\"test\"}", QStringLiteral("test"), false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.constFirst().constFirst().value<DeliveryRecord>().state, DeliveryState::Delivered);
    QVERIFY(finished.constFirst().constFirst().value<DeliveryRecord>().eventId.isEmpty());
    QCOMPARE(m_session->projection().incident(m_incident)->chats().size(), 0);
    QCOMPARE(m_sender->records().size(), 1);
}

void TestChatSender::channelsDoNotWaitForEachOther()
{
    // One channel's receiver hangs; another channel's post goes out meanwhile.
    storeUrl(QStringLiteral("#slow"), m_receiver.url(QStringLiteral("/hang/slow-channel")));
    storeUrl(QStringLiteral("#fast"), m_receiver.url(QStringLiteral("/ok/fast-channel")));
    QSignalSpy finished(m_sender.get(), &ChatSender::deliveryFinished);
    m_sender->send(m_incident, {QStringLiteral("#slow"), ChatKind::Slack, true}, "{}", QStringLiteral("one"));
    m_sender->send(m_incident, {QStringLiteral("#fast"), ChatKind::Slack, true}, "{}", QStringLiteral("one"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2500);
    QCOMPARE(finished.constFirst().constFirst().value<DeliveryRecord>().channel, QStringLiteral("#fast"));
}

QTEST_GUILESS_MAIN(TestChatSender)
#include "testchatsender.moc"
