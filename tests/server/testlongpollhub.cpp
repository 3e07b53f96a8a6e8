// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversupport.h"

#include <QTest>

#include <memory>
#include <vector>

using namespace WarroomTest;

/// The push channel through a real warroomd: GET /api/v1/events?wait=S parks in LongPollHub until an append.
class TestLongPollHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void answeredSoonAfterAnAppend();
    void emptyWhenWaitPasses();
    void manyParkedAllAnsweredByOnePost();
    void clientsThatLeaveWhileParked();
    void sameConnectionParksAgain();
    void shutdownAnswersParkedPolls();
    void twoServersOnOneDatabase();

private:
    /// Waits until the server reports @p count parked long-polls.
    bool waitForParked(const QString &baseUrl, int count, int timeoutMs = 10000);
    qint64 lastSeq(HttpClient &http);
    QByteArray pollRequest(qint64 after, int wait) const;

    std::unique_ptr<TestDatabase> m_db;
    WarroomdProcess m_server;
    std::unique_ptr<HttpClient> m_http;
    QString m_viewer;
    QString m_responder;
};

void TestLongPollHub::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_viewer = createToken(m_db->location(), QStringLiteral("watcher"), QStringLiteral("viewer"));
    m_responder = createToken(m_db->location(), QStringLiteral("writer"), QStringLiteral("responder"));
    QVERIFY(!m_viewer.isEmpty() && !m_responder.isEmpty());
    QString error;
    // Hundreds of parked polls, all from 127.0.0.1: above the default per-host cap of 64.
    QVERIFY2(m_server.start(m_db->location(),
                 {QStringLiteral("--rate"), QStringLiteral("0"), QStringLiteral("--max-connections-per-host"),
                     QStringLiteral("512")},
                 &error),
        qPrintable(error));
    m_http = std::make_unique<HttpClient>(m_server.baseUrl());
}

void TestLongPollHub::cleanupTestCase()
{
    m_http.reset();
    QVERIFY(m_server.terminate());
    m_db.reset();
}

bool TestLongPollHub::waitForParked(const QString &baseUrl, int count, int timeoutMs)
{
    HttpClient http(baseUrl);
    QByteArray last;
    const bool ok = waitFor(
        [&] {
            const HttpReply reply = http.get(QStringLiteral("/metrics"), m_viewer);
            for (const QByteArray &line : reply.body.split('\n')) {
                if (line.startsWith("warroom_longpolls_open ")) {
                    last = line;
                    return line.mid(23).toInt() == count;
                }
            }
            return false;
        },
        timeoutMs);
    if (!ok)
        qWarning("parked long-polls: %s (want %d)", last.constData(), count);
    return ok;
}

qint64 TestLongPollHub::lastSeq(HttpClient &http)
{
    return http.get(QStringLiteral("/api/v1/health")).json.value(QStringLiteral("last_seq")).toInteger(-1);
}

QByteArray TestLongPollHub::pollRequest(qint64 after, int wait) const
{
    return RawRequest::build("GET",
        QStringLiteral("/api/v1/events?after=%1&wait=%2").arg(after).arg(wait).toUtf8(),
        {{"Authorization", "Bearer " + m_viewer.toUtf8()}});
}

void TestLongPollHub::answeredSoonAfterAnAppend()
{
    const qint64 after = lastSeq(*m_http);
    QVERIFY(after >= 0);
    RawRequest poll(m_server.port(), pollRequest(after, 30));
    poll.start();
    QVERIFY(waitForParked(m_server.baseUrl(), 1));
    QVERIFY(!poll.isFinished());

    const QString incident = Events::newId();
    const qint64 sentNs = steadyNowNs();
    const HttpReply posted = m_http->post(QStringLiteral("/api/v1/events"), m_responder,
        Events::batch({Events::declared(incident, QStringLiteral("Wake up"))}));
    QVERIFY2(posted.status == 200, qPrintable(posted.describe()));
    QVERIFY(waitFor([&] { return poll.isFinished(); }, 5000));
    const double latencyMs = double(poll.finishedAtNs() - sentNs) / 1e6;
    qInfo("long-poll answered %.2f ms after the POST was sent", latencyMs);
    QVERIFY2(latencyMs < 2000, qPrintable(QString::number(latencyMs)));
    QCOMPARE(poll.reply().status, 200);
    const QJsonArray events = poll.reply().json.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0)[QStringLiteral("incident")].toString(), incident);
    QCOMPARE(events.at(0)[QStringLiteral("seq")].toInteger(), after + 1);
    QCOMPARE(poll.reply().json.value(QStringLiteral("last_seq")).toInteger(), after + 1);
    QVERIFY(waitForParked(m_server.baseUrl(), 0));
}

void TestLongPollHub::emptyWhenWaitPasses()
{
    const qint64 after = lastSeq(*m_http);
    const HttpReply reply
        = m_http->get(QStringLiteral("/api/v1/events?after=%1&wait=1").arg(after), m_viewer);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.elapsedMs >= 900 && reply.elapsedMs < 5000, qPrintable(QString::number(reply.elapsedMs)));
    QCOMPARE(reply.json.value(QStringLiteral("events")).toArray().size(), 0);
    QCOMPARE(reply.json.value(QStringLiteral("last_seq")).toInteger(), after);
    // wait=0 (or none) never parks.
    const HttpReply now = m_http->get(QStringLiteral("/api/v1/events?after=%1&wait=0").arg(after), m_viewer);
    QCOMPARE(now.status, 200);
    QVERIFY(now.elapsedMs < 900);
}

void TestLongPollHub::manyParkedAllAnsweredByOnePost()
{
    constexpr int Count = 200;
    const qint64 after = lastSeq(*m_http);
    std::vector<std::unique_ptr<RawRequest>> polls;
    for (int i = 0; i < Count; ++i) {
        polls.push_back(std::make_unique<RawRequest>(m_server.port(), pollRequest(after, 30)));
        polls.back()->start();
    }
    QVERIFY(waitForParked(m_server.baseUrl(), Count, 20000));
    const QString incident = Events::newId();
    const qint64 sentNs = steadyNowNs();
    QCOMPARE(
        m_http
            ->post(QStringLiteral("/api/v1/events"), m_responder, Events::batch({Events::declared(incident)}))
            .status,
        200);
    QVERIFY(waitFor(
        [&] {
            return std::all_of(polls.begin(), polls.end(), [](const auto &p) { return p->isFinished(); });
        },
        10000));
    qint64 slowestNs = 0;
    for (const auto &poll : polls) {
        QCOMPARE(poll->reply().status, 200);
        const QJsonArray events = poll->reply().json.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0)[QStringLiteral("incident")].toString(), incident);
        slowestNs = std::max(slowestNs, poll->finishedAtNs() - sentNs);
    }
    qInfo("%d parked long-polls all answered within %.2f ms of the POST", Count, double(slowestNs) / 1e6);
    QVERIFY(waitForParked(m_server.baseUrl(), 0));
}

void TestLongPollHub::clientsThatLeaveWhileParked()
{
    constexpr int Count = 20;
    const qint64 after = lastSeq(*m_http);
    std::vector<std::unique_ptr<RawRequest>> polls;
    for (int i = 0; i < Count; ++i) {
        polls.push_back(std::make_unique<RawRequest>(m_server.port(), pollRequest(after, 30)));
        polls.back()->start();
    }
    QVERIFY(waitForParked(m_server.baseUrl(), Count));
    // Half leave abruptly, a few politely: the server must forget them without writing to a dead socket.
    for (int i = 0; i < Count / 2; ++i) {
        if (i % 3 == 0)
            polls.at(i)->socket()->disconnectFromHost();
        else
            polls.at(i)->socket()->abort();
    }
    QVERIFY(waitForParked(m_server.baseUrl(), Count - Count / 2));
    QCOMPARE(m_http
                 ->post(QStringLiteral("/api/v1/events"), m_responder,
                     Events::batch({Events::declared(Events::newId())}))
                 .status,
        200);
    QVERIFY(waitFor(
        [&] {
            return std::all_of(
                polls.begin() + Count / 2, polls.end(), [](const auto &p) { return p->isFinished(); });
        },
        10000));
    for (int i = Count / 2; i < Count; ++i)
        QCOMPARE(polls.at(i)->reply().status, 200);
    polls.clear();

    // Everyone leaves, then news arrives: nobody to answer, nothing breaks.
    const qint64 now = lastSeq(*m_http);
    for (int i = 0; i < Count; ++i) {
        polls.push_back(std::make_unique<RawRequest>(m_server.port(), pollRequest(now, 30)));
        polls.back()->start();
    }
    QVERIFY(waitForParked(m_server.baseUrl(), Count));
    polls.clear(); // closes every socket
    QCOMPARE(m_http
                 ->post(QStringLiteral("/api/v1/events"), m_responder,
                     Events::batch({Events::declared(Events::newId())}))
                 .status,
        200);
    QVERIFY(waitForParked(m_server.baseUrl(), 0));
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/health")).status, 200);
    QVERIFY(m_server.isRunning());
}

void TestLongPollHub::sameConnectionParksAgain()
{
    // A client keeps one connection and polls on it again and again (keep-alive), as the sync engine does.
    RawRequest first(m_server.port(), pollRequest(lastSeq(*m_http), 30));
    first.start();
    QVERIFY(waitForParked(m_server.baseUrl(), 1));
    QCOMPARE(m_http
                 ->post(QStringLiteral("/api/v1/events"), m_responder,
                     Events::batch({Events::declared(Events::newId())}))
                 .status,
        200);
    QVERIFY(waitFor([&] { return first.isFinished(); }, 5000));
    QCOMPARE(first.reply().status, 200);
    const qint64 after = first.reply().json.value(QStringLiteral("last_seq")).toInteger();
    QTcpSocket *socket = first.socket();
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    QObject::disconnect(socket, nullptr, &first, nullptr); // read the second answer here, not in RawRequest
    QByteArray answer;
    socket->write(pollRequest(after, 1));
    QVERIFY(waitFor(
        [&] {
            answer += socket->readAll();
            return answer.contains("\"last_seq\"");
        },
        5000));
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    QVERIFY(answer.contains("\"events\":[]"));
}

void TestLongPollHub::shutdownAnswersParkedPolls()
{
    WarroomdProcess server;
    QString error;
    QVERIFY2(server.start(m_db->location(), {}, &error), qPrintable(error));
    HttpClient http(server.baseUrl());
    RawRequest poll(server.port(), pollRequest(lastSeq(http), 60));
    poll.start();
    QVERIFY(waitForParked(server.baseUrl(), 1));
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(server.terminate(), server.errorOutput().constData()); // exit code 0
    QVERIFY(waitFor([&] { return poll.isFinished(); }, 5000));
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(poll.reply().status, 200);
    QCOMPARE(poll.reply().json.value(QStringLiteral("events")).toArray().size(), 0);
}

void TestLongPollHub::twoServersOnOneDatabase()
{
    // Two warroomd on one database: PostgreSQL tells the other through LISTEN/NOTIFY, SQLite through the
    // file's data_version.
    WarroomdProcess other;
    QString error;
    QVERIFY2(other.start(m_db->location(), {QStringLiteral("--rate"), QStringLiteral("0")}, &error),
        qPrintable(error));
    HttpClient httpB(other.baseUrl());
    for (int round = 0; round < 3; ++round) {
        const qint64 after = lastSeq(httpB);
        RawRequest poll(other.port(), pollRequest(after, 30));
        poll.start();
        QVERIFY(waitForParked(other.baseUrl(), 1));
        const QString incident = Events::newId();
        const qint64 sentNs = steadyNowNs();
        // Appended through server A; B hears of it from the database.
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/v1/events"), m_responder,
                         Events::batch({Events::declared(incident, QStringLiteral("Across servers"))}))
                     .status,
            200);
        QVERIFY(waitFor([&] { return poll.isFinished(); }, 5000));
        const double latencyMs = double(poll.finishedAtNs() - sentNs) / 1e6;
        qInfo("server B's long-poll answered %.2f ms after the POST to server A", latencyMs);
        QVERIFY2(latencyMs < 2000, qPrintable(QString::number(latencyMs)));
        QCOMPARE(poll.reply().status, 200);
        const QJsonArray events = poll.reply().json.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0)[QStringLiteral("incident")].toString(), incident);
    }
    // B validates against A's appends too: a note on A's incident is accepted by B.
    const QString incident = Events::newId();
    QCOMPARE(
        m_http
            ->post(QStringLiteral("/api/v1/events"), m_responder, Events::batch({Events::declared(incident)}))
            .status,
        200);
    const HttpReply viaB = httpB.post(QStringLiteral("/api/v1/events"), m_responder,
        Events::batch({Events::note(incident, QStringLiteral("seen from B"))}));
    QVERIFY2(viaB.status == 200, qPrintable(viaB.describe()));
    QVERIFY(other.terminate());
}

QTEST_GUILESS_MAIN(TestLongPollHub)
#include "testlongpollhub.moc"
