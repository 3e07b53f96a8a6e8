// SPDX-License-Identifier: GPL-3.0-or-later
// One client's event reaching 50 long-polling clients through warroomd (loopback), beside Redis pub/sub with
// 50 subscribers in the same run (DESIGN §7: p99 <= 25 ms). Prints figures, asserts nothing.
//
//   bench_server_push [--rounds N] [--clients N] [--postgres URL]
//
// Latency of a round = when a client has the whole answer − when the POST (or PUBLISH) was handed to the
// socket. warroomd's figure includes the append itself (SQLite in WAL with synchronous=FULL: an fsync per
// POST); Redis keeps nothing (--save '' --appendonly no), so the two bound the cost of durability plus HTTP.
#include "serversupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>
#include <QTcpServer>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <vector>

using namespace WarroomTest;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Summary
{
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    int samples = 0;
};

Summary summarize(std::vector<double> values)
{
    Summary s;
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        return values.at(std::min(values.size() - 1, size_t(q * double(values.size()))));
    };
    s.p50 = at(0.50);
    s.p99 = at(0.99);
    s.max = values.back();
    s.samples = int(values.size());
    return s;
}

QString line(const QString &name, const Summary &s)
{
    return QStringLiteral("  %1 p50 %2 ms   p99 %3 ms   max %4 ms   (%5 deliveries)")
        .arg(name, -22)
        .arg(s.p50, 6, 'f', 2)
        .arg(s.p99, 6, 'f', 2)
        .arg(s.max, 6, 'f', 2)
        .arg(s.samples);
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

int parkedNow(KeepAliveClient &metrics, const QByteArray &request)
{
    metrics.send(request);
    waitFor([&] { return !metrics.isBusy(); }, 5000);
    for (const QByteArray &row : metrics.lastReply().body.split('\n')) {
        if (row.startsWith("warroom_longpolls_open "))
            return row.mid(23).toInt();
    }
    return -1;
}

/// warroomd on @p database: @p clients keep a long-poll open each; one writer POSTs one event per round.
bool benchWarroomd(const QString &database, int clients, int rounds, Summary *summary, Summary *postRoundTrip)
{
    const QString viewer = createToken(database, QStringLiteral("bench-viewer"), QStringLiteral("viewer"));
    const QString writer = createToken(database, QStringLiteral("bench-writer"), QStringLiteral("responder"));
    if (viewer.isEmpty() || writer.isEmpty())
        return false;
    WarroomdProcess server;
    QString error;
    // Every client is on 127.0.0.1: lift the per-host connection cap (default 64) for --clients above it.
    if (!server.start(database,
            {QStringLiteral("--rate"), QStringLiteral("0"), QStringLiteral("--max-connections-per-host"),
                QString::number(clients + 2)},
            &error)) {
        out() << error << Qt::endl;
        return false;
    }
    const QByteArray viewerAuth = "Bearer " + viewer.toUtf8();
    const QByteArray writerAuth = "Bearer " + writer.toUtf8();
    KeepAliveClient post(server.port());
    KeepAliveClient metrics(server.port());
    if (!post.connectNow() || !metrics.connectNow())
        return false;
    const QByteArray metricsRequest = RawRequest::build("GET", "/metrics", {{"Authorization", viewerAuth}});

    const QString incident = Events::newId();
    post.send(RawRequest::build("POST", "/api/v1/events",
        {{"Authorization", writerAuth}, {"Content-Type", "application/json"}},
        Events::batch({Events::declared(incident, QStringLiteral("Push benchmark"))})));
    waitFor([&] { return !post.isBusy(); }, 5000);
    qint64 cursor = post.lastReply().json.value(QStringLiteral("last_seq")).toInteger();

    std::vector<std::unique_ptr<KeepAliveClient>> pollers;
    std::vector<double> latencies;
    qint64 sentNs = 0;
    int delivered = 0;
    const auto pollRequest = [&](qint64 after) {
        return RawRequest::build("GET", QStringLiteral("/api/v1/events?after=%1&wait=30").arg(after).toUtf8(),
            {{"Authorization", viewerAuth}});
    };
    for (int i = 0; i < clients; ++i) {
        auto poller = std::make_unique<KeepAliveClient>(server.port());
        if (!poller->connectNow())
            return false;
        KeepAliveClient *raw = poller.get();
        QObject::connect(raw, &KeepAliveClient::answered, raw, [&, raw](qint64 atNs) {
            latencies.push_back(double(atNs - sentNs) / 1e6);
            ++delivered;
            const qint64 seen = raw->lastReply().json.value(QStringLiteral("last_seq")).toInteger();
            raw->send(pollRequest(seen)); // park again at once, on the same connection
        });
        poller->send(pollRequest(cursor));
        pollers.push_back(std::move(poller));
    }

    std::vector<double> posts;
    for (int round = 0; round < rounds; ++round) {
        if (!waitFor([&] { return parkedNow(metrics, metricsRequest) == clients; }, 10000)) {
            out() << "warroomd: the long-polls did not park again" << Qt::endl;
            return false;
        }
        delivered = 0;
        const QByteArray body
            = Events::batch({Events::note(incident, QStringLiteral("round %1").arg(round))});
        sentNs = steadyNowNs();
        post.send(RawRequest::build("POST", "/api/v1/events",
            {{"Authorization", writerAuth}, {"Content-Type", "application/json"}}, body));
        waitFor([&] { return !post.isBusy() && delivered >= clients; }, 10000);
        posts.push_back(double(steadyNowNs() - sentNs) / 1e6);
        if (delivered < clients) {
            out() << "warroomd: only " << delivered << " of " << clients << " clients got round " << round
                  << Qt::endl;
            return false;
        }
        cursor = post.lastReply().json.value(QStringLiteral("last_seq")).toInteger();
    }
    *summary = summarize(latencies);
    *postRoundTrip = summarize(posts);
    pollers.clear();
    server.terminate();
    return true;
}

/// Redis pub/sub: @p clients subscribers, one publisher, the same payload as warroomd's answer.
bool benchRedis(int clients, int rounds, const QByteArray &payload, Summary *summary)
{
    const quint16 port = freePort();
    QProcess redis;
    redis.start(QStringLiteral("redis-server"),
        {QStringLiteral("--port"), QString::number(port), QStringLiteral("--bind"),
            QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(), QStringLiteral("--appendonly"),
            QStringLiteral("no")});
    if (!redis.waitForStarted(5000)) {
        out() << "redis: redis-server did not start (apt-get install redis-server)" << Qt::endl;
        return false;
    }
    const auto command = [](const QList<QByteArray> &parts) {
        QByteArray resp = "*" + QByteArray::number(parts.size()) + "\r\n";
        for (const QByteArray &part : parts)
            resp += "$" + QByteArray::number(part.size()) + "\r\n" + part + "\r\n";
        return resp;
    };
    QTcpSocket publisher;
    if (!waitFor(
            [&] {
                publisher.abort();
                publisher.connectToHost(QHostAddress::LocalHost, port);
                return publisher.waitForConnected(200);
            },
            5000)) {
        out() << "redis: cannot connect" << Qt::endl;
        return false;
    }
    publisher.setSocketOption(QAbstractSocket::LowDelayOption, 1);

    // What each subscriber receives per PUBLISH: *3 message, channel, payload.
    const QByteArray message = command({"message", "warroom", payload});
    std::vector<std::unique_ptr<QTcpSocket>> subscribers;
    auto buffers = std::vector<QByteArray>(size_t(clients));
    std::vector<double> latencies;
    qint64 sentNs = 0;
    int delivered = 0;
    int subscribed = 0;
    for (int i = 0; i < clients; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        if (!socket->waitForConnected(3000))
            return false;
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        QTcpSocket *raw = socket.get();
        QObject::connect(raw, &QTcpSocket::readyRead, raw, [&, raw, i] {
            QByteArray &buffer = buffers.at(size_t(i));
            buffer += raw->readAll();
            if (buffer.startsWith("*3\r\n$9\r\nsubscribe")) {
                const qsizetype end = buffer.indexOf(":1\r\n");
                if (end >= 0) {
                    buffer.remove(0, end + 4);
                    ++subscribed;
                }
            }
            while (buffer.size() >= message.size() && buffer.startsWith("*3\r\n$7\r\nmessage")) {
                latencies.push_back(double(steadyNowNs() - sentNs) / 1e6);
                ++delivered;
                buffer.remove(0, message.size());
            }
        });
        socket->write(command({"SUBSCRIBE", "warroom"}));
        subscribers.push_back(std::move(socket));
    }
    if (!waitFor([&] { return subscribed == clients; }, 5000)) {
        out() << "redis: subscribers did not subscribe" << Qt::endl;
        return false;
    }
    QByteArray replies;
    QObject::connect(&publisher, &QTcpSocket::readyRead, &publisher, [&] { replies += publisher.readAll(); });
    for (int round = 0; round < rounds; ++round) {
        delivered = 0;
        replies.clear();
        sentNs = steadyNowNs();
        publisher.write(command({"PUBLISH", "warroom", payload}));
        waitFor([&] { return delivered >= clients && replies.endsWith("\r\n"); }, 5000);
        if (delivered < clients) {
            out() << "redis: only " << delivered << " deliveries in round " << round << Qt::endl;
            return false;
        }
    }
    *summary = summarize(latencies);
    subscribers.clear();
    redis.terminate();
    redis.waitForFinished(3000);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
        QStringLiteral("Rounds (one event each)."), QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Long-polling clients."),
        QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption postgresOption(QStringLiteral("postgres"),
        QStringLiteral("Also run warroomd on this PostgreSQL database (it must be empty)."),
        QStringLiteral("URL"));
    parser.addOptions({roundsOption, clientsOption, postgresOption});
    parser.process(app);
    const int rounds = parser.value(roundsOption).toInt();
    const int clients = parser.value(clientsOption).toInt();

    out() << "Push: one client's event to " << clients << " long-polling clients, " << rounds
          << " rounds, loopback (DESIGN §7 budget: p99 <= 25 ms)" << Qt::endl;
    TestDatabase sqlite(Backend::Sqlite);
    Summary warroomd;
    Summary posts;
    if (!benchWarroomd(sqlite.location(), clients, rounds, &warroomd, &posts))
        return 1;
    out() << line(QStringLiteral("warroomd (SQLite)"), warroomd) << Qt::endl;
    out() << line(QStringLiteral("  its POST round trip"), posts) << Qt::endl;

    if (parser.isSet(postgresOption)) {
        Summary pg;
        Summary pgPosts;
        if (benchWarroomd(parser.value(postgresOption), clients, rounds, &pg, &pgPosts)) {
            out() << line(QStringLiteral("warroomd (PostgreSQL)"), pg) << Qt::endl;
            out() << line(QStringLiteral("  its POST round trip"), pgPosts) << Qt::endl;
        }
    }

    // The same bytes a long-poll answer carries for one event.
    const QByteArray payload = Events::batch({Events::note(Events::newId(), QStringLiteral("round 0"))});
    Summary redis;
    if (benchRedis(clients, rounds, payload, &redis)) {
        out() << line(QStringLiteral("redis pub/sub"), redis) << Qt::endl;
        if (redis.p99 > 0)
            out() << QStringLiteral("  ratio p99 warroomd/redis: %1x; p50: %2x")
                         .arg(warroomd.p99 / redis.p99, 0, 'f', 1)
                         .arg(warroomd.p50 / std::max(redis.p50, 1e-6), 0, 'f', 1)
                  << Qt::endl;
    }
    out() << QStringLiteral("  budget: p99 %1 25 ms")
                 .arg(warroomd.p99 <= 25 ? QStringLiteral("<=") : QStringLiteral(">"))
          << Qt::endl;
    return 0;
}
