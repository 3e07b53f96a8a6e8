// SPDX-License-Identifier: GPL-3.0-or-later
// A tiny HTTP receiver standing in for Slack, Teams, Discord… in the delivery tests: a real process on a
// loopback port, so the client's real network stack, timeouts and retries are what gets tested.
//
// Usage: webhookreceiver LOGFILE   → prints "PORT <n>" once it listens on 127.0.0.1:<n>
// Every request is appended to LOGFILE as one JSON line {t_ms, method, path, headers, body} before it is
// answered (t_ms: milliseconds since the receiver started, on a monotonic clock).
// How it answers depends on the path (counters are per full path, so a test picks a fresh path):
//   /ok/…            200 "ok"
//   /status/C/…      always status C (e.g. 404, 500)
//   /fail/N/…        500 for the first N requests, then 200
//   /busy/N/…        429 with "Retry-After: 1" for the first N requests, then 200
//   /quote/…         500 with a body that quotes the request path (a receiver leaking the secret)
//   /hang/…          never answers
//   anything else    404
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdio>

namespace {

class Receiver : public QObject
{
public:
    explicit Receiver(const QString &logPath)
        : m_log(logPath)
    {
        m_clock.start();
    }

    bool start()
    {
        if (!m_log.open(QIODevice::WriteOnly | QIODevice::Append))
            return false;
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            return false;
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
        std::printf("PORT %d\n", int(m_server.serverPort()));
        std::fflush(stdout);
        return true;
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        // Several requests may arrive on one kept-alive connection: answer each complete one in turn.
        for (;;) {
            const int headerEnd = int(buffer.indexOf("\r\n\r\n"));
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            QJsonObject headers;
            qint64 length = 0;
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = int(lines.at(i).indexOf(':'));
                if (colon <= 0)
                    continue;
                const QString name = QString::fromLatin1(lines.at(i).left(colon).trimmed()).toLower();
                const QString value = QString::fromUtf8(lines.at(i).mid(colon + 1).trimmed());
                headers.insert(name, value);
                if (name == QLatin1String("content-length"))
                    length = value.toLongLong();
            }
            if (buffer.size() < headerEnd + 4 + length)
                return;
            const QByteArray body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);
            const QString method = QString::fromLatin1(requestLine.value(0));
            const QString path = QString::fromUtf8(requestLine.value(1));
            record(method, path, headers, body);
            answer(socket, path);
        }
    }

    void record(
        const QString &method, const QString &path, const QJsonObject &headers, const QByteArray &body)
    {
        const QJsonObject line {{QStringLiteral("t_ms"), double(m_clock.elapsed())},
            {QStringLiteral("method"), method}, {QStringLiteral("path"), path},
            {QStringLiteral("headers"), headers}, {QStringLiteral("body"), QString::fromUtf8(body)}};
        m_log.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        m_log.flush();
    }

    void answer(QTcpSocket *socket, const QString &path)
    {
        const int seen = ++m_counts[path];
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const QString kind = parts.value(0);
        const int n = parts.value(1).toInt();
        if (kind == QLatin1String("hang"))
            return; // the socket stays open and silent until the client gives up
        if (kind == QLatin1String("ok"))
            reply(socket, 200, "OK", "ok");
        else if (kind == QLatin1String("status"))
            reply(socket, n, "Status", "status " + QByteArray::number(n));
        else if (kind == QLatin1String("fail"))
            seen <= n ? reply(socket, 500, "Internal Server Error", "boom") : reply(socket, 200, "OK", "ok");
        else if (kind == QLatin1String("busy"))
            seen <= n ? reply(socket, 429, "Too Many Requests", "slow down", "Retry-After: 1\r\n")
                      : reply(socket, 200, "OK", "ok");
        else if (kind == QLatin1String("quote"))
            reply(socket, 500, "Internal Server Error", "no route for POST " + path.toUtf8());
        else
            reply(socket, 404, "Not Found", "no_service");
    }

    static void reply(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body,
        const QByteArray &extraHeaders = {})
    {
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n"
            + "Content-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"
            + extraHeaders + "\r\n" + body);
        socket->flush();
    }

    QTcpServer m_server;
    QFile m_log;
    QElapsedTimer m_clock;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QString, int> m_counts;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: webhookreceiver LOGFILE\n");
        return 2;
    }
    Receiver receiver(app.arguments().at(1));
    if (!receiver.start()) {
        std::fprintf(stderr, "webhookreceiver: cannot listen or open the log\n");
        return 1;
    }
    return app.exec();
}
