// SPDX-License-Identifier: GPL-3.0-or-later
// Raw request bytes through warroomd's whole HTTP path: ApiServer listens on loopback in this process, on a
// SQLite store in a temporary folder; each input is written on a fresh connection, which is then
// half-closed, and the event loop runs until the server has closed it (or a deadline passes). Pipelined
// requests, broken request lines, chunked bodies and every route are reached the way a client reaches
// them. An input that may have stored something gets a new store afterwards, so each input meets the same
// empty log and the runs stay reproducible.
#include "apiserver.h"
#include "clock.h"
#include "fuzzsupport.h"
#include "storeopener.h"
#include "tokenauthenticator.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <memory>

#include <sys/socket.h>

using namespace Warroom;

namespace {

/// The tokens the seed corpus sends: "wr_" + role + "A"s, 43 characters after the prefix, one per role.
QString tokenFor(const QString &role)
{
    return QStringLiteral("wr_") + role + QString(43 - role.size(), QLatin1Char('A'));
}

class Server
{
public:
    Server()
    {
        if (!m_dir.isValid())
            die("no temporary folder");
        Error error;
        m_store = OpenedStore::open(m_dir.filePath(QStringLiteral("fuzz.db")), &error);
        if (!m_store)
            die(qPrintable(error.message));
        for (const QString &role : Roles::names()) {
            TokenRecord token {role, role, TokenAuthenticator::hashToken(tokenFor(role)), Clock::now(), {}};
            if (!m_store->tokens()->addToken(token, &error))
                die(qPrintable(error.message));
        }
        ServerConfig config;
        config.port = 0;
        config.rate = 0; // every input gets an answer, not a 429 after the first hundred
        m_api = std::make_unique<ApiServer>(config, m_store->stores());
        if (!m_api->start(&error))
            die(qPrintable(error.message));
    }
    ~Server()
    {
        m_api->shutdown();
        m_api.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    [[nodiscard]] quint16 port() const { return m_api->port(); }

private:
    [[noreturn]] static void die(const char *why)
    {
        std::fprintf(stderr, "fuzz_http: cannot start the server: %s\n", why);
        std::exit(1);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<OpenedStore> m_store;
    std::unique_ptr<ApiServer> m_api;
};

/// How long the server may stay silent before an exchange counts as answered: a few rounds of the event loop
/// under ASan, the group commit among them.
constexpr int QuietMs = 25;

// Reachable through this pointer until exit, on purpose (see WarroomFuzz::initialize).
Server *server = nullptr;

/// Sends @p request on a new connection and returns what came back.
QByteArray exchange(const QByteArray &request)
{
    QTcpSocket client;
    QByteArray answer;
    QEventLoop loop;
    QTimer quiet;
    quiet.setSingleShot(true);
    quiet.setInterval(QuietMs);
    QObject::connect(&quiet, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&client, &QTcpSocket::readyRead, &loop, [&] {
        answer += client.readAll();
        quiet.start();
    });
    QObject::connect(&client, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    client.connectToHost(QHostAddress::LocalHost, server->port());
    if (!client.waitForConnected(2000))
        return {};
    client.write(request);
    while (client.bytesToWrite() > 0 && client.waitForBytesWritten(2000)) { }
    // The server answers while the connection is open, until it has been quiet a while. The end of input
    // comes only then: Qt closes a socket whose peer half-closed at once, dropping answers not yet written.
    deadline.start(3000);
    quiet.start();
    loop.exec();
    // Then the end of input: what is still parked is answered or dropped, and the server closes.
    if (client.state() == QAbstractSocket::ConnectedState && deadline.isActive()) {
        ::shutdown(int(client.socketDescriptor()), SHUT_WR);
        quiet.stop();
        loop.exec();
    }
    answer += client.readAll();
    client.abort();
    // Let the server finish the round: the group commit, the closed socket's deleteLater.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return answer;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    WarroomFuzz::initialize();
    server = new Server;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray request(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray answer = exchange(request);
    // WARROOM_FUZZ_HTTP_SHOW=1 prints what came back, to check that a seed reaches the route it means to.
    static const bool show = qEnvironmentVariableIsSet("WARROOM_FUZZ_HTTP_SHOW");
    if (show)
        std::fprintf(stderr, "--- answer:\n%s\n", answer.left(2000).constData());
    // A 2xx to anything but a read may have stored events or a runbook: start the next input afresh.
    const bool writes = request.contains("POST") || request.contains("PUT");
    if (writes && answer.contains("HTTP/1.1 2")) {
        delete server;
        server = new Server;
    }
    return 0;
}
