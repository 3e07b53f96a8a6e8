// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversupport.h"

#include <QTest>

#include <memory>
#include <vector>

using namespace WarroomTest;

/// The connection limits of a real warroomd: idle timeout, connection cap, oversized uploads, broken
/// requests.
class TestConnectionGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void idleConnectionIsClosed();
    void parkedLongPollIsNotIdle();
    void connectionCap();
    void oversizedUploadIsRefusedEarly();
    void notHttpIsAnswered400_data();
    void notHttpIsAnswered400();
    void slowUploadStaysOpenWhileBytesFlow();

private:
    /// The warroom_connections_open gauge, read on a connection of its own that closes after the answer.
    double openConnections();

    std::unique_ptr<TestDatabase> m_db;
    WarroomdProcess m_server;
    QString m_viewer;
    QString m_responder;
};

void TestConnectionGuard::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(Backend::Sqlite);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_viewer = createToken(m_db->location(), QStringLiteral("watcher"), QStringLiteral("viewer"));
    m_responder = createToken(m_db->location(), QStringLiteral("writer"), QStringLiteral("responder"));
    QString error;
    QVERIFY2(m_server.start(m_db->location(),
                 {QStringLiteral("--idle-timeout"), QStringLiteral("1"), QStringLiteral("--max-connections"),
                     QStringLiteral("8"), QStringLiteral("--rate"), QStringLiteral("0")},
                 &error),
        qPrintable(error));
}

void TestConnectionGuard::cleanupTestCase()
{
    QVERIFY(m_server.terminate());
    m_db.reset();
}

double TestConnectionGuard::openConnections()
{
    const HttpReply metrics = RawRequest::exchange(m_server.port(),
        RawRequest::build(
            "GET", "/metrics", {{"Authorization", "Bearer " + m_viewer.toUtf8()}, {"Connection", "close"}}));
    return metrics.status == 200 ? metricValue(metrics.body, "warroom_connections_open") : -1;
}

void TestConnectionGuard::idleConnectionIsClosed()
{
    // One request, then silence: closed after about idle_timeout (1 s), not at once and not never.
    RawRequest raw(m_server.port(), RawRequest::build("GET", "/api/v1/health"));
    raw.start();
    QVERIFY(waitFor([&] { return raw.isFinished(); }, 5000));
    QCOMPARE(raw.reply().status, 200);
    QElapsedTimer timer;
    timer.start();
    QTcpSocket *socket = raw.socket();
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    QVERIFY(waitFor([&] { return socket->state() == QAbstractSocket::UnconnectedState; }, 5000));
    qInfo("idle connection closed after %lld ms", timer.elapsed());
    QVERIFY2(timer.elapsed() >= 700, qPrintable(QString::number(timer.elapsed())));

    // A connection that never sends anything is closed too.
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(silent.waitForConnected(3000));
    QVERIFY(waitFor([&] { return silent.state() == QAbstractSocket::UnconnectedState; }, 5000));
}

void TestConnectionGuard::parkedLongPollIsNotIdle()
{
    HttpClient http(m_server.baseUrl());
    const qint64 after
        = http.get(QStringLiteral("/api/v1/health")).json.value(QStringLiteral("last_seq")).toInteger();
    RawRequest poll(m_server.port(),
        RawRequest::build("GET", QStringLiteral("/api/v1/events?after=%1&wait=3").arg(after).toUtf8(),
            {{"Authorization", "Bearer " + m_viewer.toUtf8()}}));
    poll.start();
    // Three idle timeouts pass while it waits; it is answered when wait runs out, not cut.
    QVERIFY(waitFor([&] { return poll.isFinished(); }, 8000));
    QCOMPARE(poll.reply().status, 200);
    QVERIFY2(poll.reply().elapsedMs >= 2900, qPrintable(QString::number(poll.reply().elapsedMs)));
}

void TestConnectionGuard::connectionCap()
{
    // Let the connections of earlier tests go: the metrics request's own is then the only one.
    QVERIFY2(waitFor([&] { return openConnections() == 1; }, 5000),
        qPrintable(QString::number(openConnections())));
    std::vector<std::unique_ptr<QTcpSocket>> open;
    // Keep them busy with parked long-polls so the idle timeout does not free places during the test. (The
    // health request closes its connection: it must not take a place itself.)
    const qint64 after = RawRequest::exchange(
        m_server.port(), RawRequest::build("GET", "/api/v1/health", {{"Connection", "close"}}))
                             .json.value(QStringLiteral("last_seq"))
                             .toInteger();
    QVERIFY(waitFor([&] { return openConnections() == 1; }, 5000));
    const QByteArray poll
        = RawRequest::build("GET", QStringLiteral("/api/v1/events?after=%1&wait=20").arg(after).toUtf8(),
            {{"Authorization", "Bearer " + m_viewer.toUtf8()}});
    for (int i = 0; i < 8; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_server.port());
        QVERIFY(socket->waitForConnected(3000));
        socket->write(poll);
        open.push_back(std::move(socket));
    }
    QVERIFY(waitFor(
        [&] {
            return RawRequest::exchange(m_server.port(), RawRequest::build("GET", "/api/v1/health"), 500)
                       .status
                == 0;
        },
        5000));
    for (const auto &socket : open)
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);

    // The ninth is closed at once, without an answer.
    QTcpSocket extra;
    extra.connectToHost(QHostAddress::LocalHost, m_server.port());
    extra.waitForConnected(3000);
    extra.write(RawRequest::build("GET", "/api/v1/health"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(waitFor([&] { return extra.state() == QAbstractSocket::UnconnectedState; }, 3000));
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(!extra.readAll().startsWith("HTTP/1.1 200"));

    // Once one goes, there is room again.
    open.front()->abort();
    open.erase(open.begin());
    QVERIFY(waitFor(
        [&] {
            return RawRequest::exchange(m_server.port(), RawRequest::build("GET", "/api/v1/health"), 1000)
                       .status
                == 200;
        },
        5000));
    open.clear();
    HttpClient http(m_server.baseUrl());
    const HttpReply metrics = http.get(QStringLiteral("/metrics"), m_viewer);
    QVERIFY2(metrics.body.contains("warroom_connections_rejected_total "), metrics.body.constData());
    QVERIFY(!metrics.body.contains("warroom_connections_rejected_total 0\n"));
}

void TestConnectionGuard::oversizedUploadIsRefusedEarly()
{
    // 8 MiB announced and sent: refused with 413 once past 1 MiB (+ headers), without waiting for the rest.
    const QByteArray body(8 * 1024 * 1024, 'x');
    RawRequest raw(m_server.port(),
        RawRequest::build("POST", "/api/v1/events",
            {{"Authorization", "Bearer " + m_viewer.toUtf8()}, {"Content-Type", "application/json"}}, body));
    raw.start();
    QVERIFY(waitFor([&] { return raw.isFinished(); }, 15000));
    QCOMPARE(raw.reply().status, 413);
    QVERIFY2(raw.reply().isErrorBody(), qPrintable(raw.reply().describe()));
    QCOMPARE(raw.reply().errorCode(), QStringLiteral("payload_too_large"));
    QCOMPARE(raw.reply().header("Connection"), QByteArray("close"));
    // The server is still there for everyone else.
    QCOMPARE(RawRequest::exchange(m_server.port(), RawRequest::build("GET", "/api/v1/health")).status, 200);

    // Just over the limit is answered by the handler, through QNetworkAccessManager like any client.
    HttpClient http(m_server.baseUrl());
    const HttpReply over = http.post(
        QStringLiteral("/api/v1/events"), m_responder, QByteArray(1024 * 1024 + 1, ' '), "application/json");
    QVERIFY2(over.status == 413, qPrintable(over.describe()));
    QVERIFY(over.isErrorBody());
    QCOMPARE(over.errorCode(), QStringLiteral("payload_too_large"));
}

void TestConnectionGuard::notHttpIsAnswered400_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("no target") << QByteArray("GET\r\n\r\n");
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 16);
    QTest::newRow("space in path") << QByteArray("GET /api/v1/a b HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("lower-case method") << QByteArray("get /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("http 2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
    QTest::newRow("control character") << QByteArray("GET /api/v1/\x01health HTTP/1.1\r\nHost: x\r\n\r\n");
}

void TestConnectionGuard::notHttpIsAnswered400()
{
    QFETCH(QByteArray, request);
    const HttpReply reply = RawRequest::exchange(m_server.port(), request, 5000);
    QVERIFY2(reply.status == 400, qPrintable(reply.describe()));
    QVERIFY(reply.isErrorBody());
    QCOMPARE(reply.errorCode(), QStringLiteral("malformed_request"));
    QCOMPARE(RawRequest::exchange(m_server.port(), RawRequest::build("GET", "/api/v1/health")).status, 200);
}

void TestConnectionGuard::slowUploadStaysOpenWhileBytesFlow()
{
    // A body trickling in over more than idle_timeout is not idle as long as bytes arrive.
    const QByteArray body = Events::batch({Events::declared(Events::newId())});
    const QByteArray request = RawRequest::build("POST", "/api/v1/events",
        {{"Authorization", "Bearer " + m_viewer.toUtf8()}, {"Content-Type", "application/json"}}, body);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(socket.waitForConnected(3000));
    const qsizetype chunk = request.size() / 4 + 1;
    for (qsizetype offset = 0; offset < request.size(); offset += chunk) {
        socket.write(request.mid(offset, chunk));
        socket.flush();
        QTest::qWait(400);
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
    QByteArray answer;
    QVERIFY(waitFor(
        [&] {
            answer += socket.readAll();
            return answer.contains("\r\n\r\n{");
        },
        5000));
    // A viewer may not post: the request arrived whole and was judged on its merits.
    QVERIFY2(answer.startsWith("HTTP/1.1 403"), answer.constData());
}

QTEST_GUILESS_MAIN(TestConnectionGuard)
#include "testconnectionguard.moc"
