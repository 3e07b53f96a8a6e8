// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionguard.h"

#include "apierror.h"
#include "serverlogging.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>

namespace Warroom {

namespace {
// After a 413, the client's upload is drained; the connection closes once it has been quiet this long.
constexpr qint64 DrainQuietMs = 1000;
// A connection asked to close that has not closed after this long is cut.
constexpr qint64 CloseGraceMs = 5000;

/// The client's address, IPv4 also when it came through a dual-stack socket (::ffff:10.0.0.1).
QHostAddress clientAddress(const QTcpSocket *socket)
{
    const QHostAddress peer = socket->peerAddress();
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : peer;
}
} // namespace

ConnectionGuard::ConnectionGuard(const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
    m_clock.start();
    // Fine enough for the timeouts, coarse enough to cost nothing with hundreds of connections.
    m_sweeper.setInterval(std::clamp(std::min(m_limits.idleTimeoutMs, m_limits.headTimeoutMs) / 4, 50, 1000));
    connect(&m_sweeper, &QTimer::timeout, this, &ConnectionGuard::sweep);
    m_sweeper.start();
}

ConnectionGuard::~ConnectionGuard()
{
    for (const Connection &connection : std::as_const(m_connections))
        QObject::disconnect(connection.reader);
}

bool ConnectionGuard::admit(QTcpSocket *socket)
{
    // Count only connections that are still there: forget the ones that went away unnoticed.
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        if (!it->socket || it->socket->state() == QAbstractSocket::UnconnectedState)
            it = m_connections.erase(it);
        else
            ++it;
    }
    const QHostAddress peer = clientAddress(socket);
    if (connectionsFrom(peer) >= m_limits.maxConnectionsPerHost) {
        ++m_hostRejected;
        // Counted in /metrics; a flood of them must not flood the log too.
        qCDebug(lcServer).noquote() << QStringLiteral("Refused a connection from %1: it has %2 open (the "
                                                      "per-host limit)")
                                           .arg(peer.toString())
                                           .arg(m_limits.maxConnectionsPerHost);
        return false;
    }
    if (m_connections.size() >= m_limits.maxConnections && !evictIdle()) {
        ++m_rejected;
        qCInfo(lcServer).noquote() << QStringLiteral("Refused a connection from %1: %2 connections are open "
                                                     "(the limit) and none is idle")
                                          .arg(peer.toString())
                                          .arg(m_connections.size());
        return false;
    }
    Connection connection;
    connection.socket = socket;
    connection.peer = peer;
    connection.framing = RequestFraming({m_limits.maxHeadBytes, m_limits.maxRequestBytes});
    touch(connection);
    connection.headSinceMs = connection.lastActivityMs; // the first request's head is due from now on
    // Connected before QHttpServer connects its own handler, so this runs first on every chunk.
    connection.reader = connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QIODevice::bytesWritten, this, [this, socket] {
        auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        touch(it.value());
        // Answers are written whole before the event loop sends them: nothing left means answered.
        if (socket->bytesToWrite() == 0 && !it->parked)
            it->inFlight = false;
    });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { forget(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    m_connections.insert(socket, connection);
    return true;
}

void ConnectionGuard::touch(Connection &connection)
{
    connection.lastActivityMs = now();
    connection.activityOrder = ++m_activities;
}

void ConnectionGuard::forget(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    QObject::disconnect(it->reader);
    m_connections.erase(it);
}

void ConnectionGuard::requestStarted(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->uploadBytes = 0;
    touch(it.value());
    it->inFlight = true;
}

void ConnectionGuard::setParked(QTcpSocket *socket, bool parked)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->parked = parked;
    touch(it.value());
}

int ConnectionGuard::connectionsFrom(const QHostAddress &peer) const
{
    return int(std::count_if(m_connections.cbegin(), m_connections.cend(),
        [&peer](const Connection &c) { return c.peer == peer; }));
}

bool ConnectionGuard::isIdle(const Connection &connection) const
{
    return connection.socket && connection.socket->state() == QAbstractSocket::ConnectedState
        && connection.closingSinceMs < 0 && !connection.rejecting && !connection.parked
        && !connection.inFlight && connection.framing.betweenRequests() && !connection.framing.awaitingHead();
}

bool ConnectionGuard::evictIdle()
{
    auto oldest = m_connections.end();
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        if (isIdle(it.value())
            && (oldest == m_connections.end() || it->activityOrder < oldest->activityOrder))
            oldest = it;
    }
    if (oldest == m_connections.end())
        return false;
    ++m_idleEvicted;
    QTcpSocket *socket = oldest->socket;
    qCDebug(lcServer).noquote() << QStringLiteral("Closing an idle connection from %1 to make room")
                                       .arg(socket->peerAddress().toString());
    forget(socket);
    // Nothing is waiting to be written, so this closes at once (a TLS socket still owes its close_notify).
    socket->disconnectFromHost();
    if (socket->state() != QAbstractSocket::UnconnectedState)
        socket->abort();
    return true;
}

int ConnectionGuard::openConnections() const
{
    return int(std::count_if(m_connections.cbegin(), m_connections.cend(), [](const Connection &c) {
        return c.socket && c.socket->state() != QAbstractSocket::UnconnectedState;
    }));
}

void ConnectionGuard::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = it.value();
    touch(connection);
    if (connection.rejecting) {
        // Drain and drop: the answer is already sent, nothing of this upload is kept in memory.
        if (socket->isTransactionStarted())
            socket->commitTransaction();
        socket->readAll();
        return;
    }
    // Inside QHttpServer's read transaction, bytesAvailable() is what arrived since its last read.
    const qint64 arrived = socket->bytesAvailable();
    if (arrived <= 0)
        return;
    if (std::optional<ApiError> refusal = connection.framing.feed(socket->peek(arrived))) {
        // Before QHttpServer reads these bytes: it would route a request it misread, or hang.
        ++m_headsRefused;
        qCInfo(lcServer).noquote() << QStringLiteral("Refused a request from %1 with %2: %3")
                                          .arg(socket->peerAddress().toString())
                                          .arg(refusal->status)
                                          .arg(refusal->message);
        refuse(connection, refusal);
        return;
    }
    if (!connection.framing.awaitingHead())
        connection.headSinceMs = -1;
    else if (connection.headSinceMs < 0)
        connection.headSinceMs = connection.lastActivityMs;
    connection.uploadBytes += arrived;
    if (connection.uploadBytes > m_limits.maxRequestBytes)
        rejectOversized(connection);
}

void ConnectionGuard::rejectOversized(Connection &connection)
{
    qCInfo(lcServer).noquote() << QStringLiteral("Refused an upload of more than %1 bytes from %2")
                                      .arg(m_limits.maxRequestBytes)
                                      .arg(connection.socket->peerAddress().toString());
    refuse(connection,
        ApiError::payloadTooLarge(QStringLiteral("The request is larger than %1 bytes; send at most "
                                                 "1 MiB per request (split the batch).")
                                      .arg(m_limits.maxRequestBytes)));
}

void ConnectionGuard::refuse(Connection &connection, const std::optional<ApiError> &answer)
{
    QTcpSocket *socket = connection.socket;
    // Take the socket away from QHttpServer's parser (it would buffer an upload, or parse what follows),
    // keep our own watch.
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    connection.reader = connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->readAll();
    connection.rejecting = true;
    connection.rejectedAtMs = now();
    if (answer && socket->state() == QAbstractSocket::ConnectedState)
        socket->write(answer->rawResponse());
    // A client refused with 413 is still uploading: closing now would reset the connection before it reads
    // the answer. The sweep closes it once it goes quiet.
    if (!answer || answer->status != 413)
        beginClose(connection, connection.rejectedAtMs);
}

void ConnectionGuard::checkAbandoned(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->reader || it->closingSinceMs >= 0)
        return;
    qCInfo(lcServer).noquote() << QStringLiteral("Could not parse a request from %1; closing the connection")
                                      .arg(socket->peerAddress().toString());
    // QHttpServer also dropped its "delete on disconnect", so the socket is ours to delete now.
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->state() == QAbstractSocket::ConnectedState) {
        socket->write(ApiError::badRequest(QStringLiteral("malformed_request"),
            QStringLiteral("The request is not valid HTTP/1.1 (request line, headers or chunked body)."))
                          .rawResponse());
    }
    beginClose(it.value(), now());
}

void ConnectionGuard::beginClose(Connection &connection, qint64 nowMs)
{
    connection.closingSinceMs = nowMs;
    if (connection.socket)
        connection.socket->disconnectFromHost(); // after what is still to be written
}

void ConnectionGuard::sweep()
{
    const qint64 t = now();
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        Connection &connection = it.value();
        QTcpSocket *socket = connection.socket;
        if (!socket) {
            it = m_connections.erase(it);
            continue;
        }
        if (socket->state() == QAbstractSocket::UnconnectedState) {
            if (!connection.reader)
                socket->deleteLater();
            it = m_connections.erase(it);
            continue;
        }
        // Some QHttpServer 6.4 builds disconnect every signal of a socket whose request they cannot parse and
        // then never answer; our own watch is gone too then. Answer and close instead of waiting for the idle
        // timeout.
        if (!connection.reader && connection.closingSinceMs < 0 && !connection.rejecting)
            checkAbandoned(socket);
        if (connection.closingSinceMs >= 0) {
            if (t - connection.closingSinceMs > CloseGraceMs)
                socket->abort();
        } else if (connection.rejecting) {
            if (t - connection.lastActivityMs > DrainQuietMs || t - connection.rejectedAtMs > CloseGraceMs)
                beginClose(connection, t);
        } else if (connection.headSinceMs >= 0 && t - connection.headSinceMs > m_limits.headTimeoutMs) {
            ++m_headTimeouts;
            qCDebug(lcServer).noquote() << QStringLiteral("Closing a connection from %1: no complete request "
                                                          "head within %2 ms")
                                               .arg(socket->peerAddress().toString())
                                               .arg(m_limits.headTimeoutMs);
            std::optional<ApiError> answer;
            if (connection.framing.headBytes() > 0)
                answer = ApiError::requestTimeout(
                    QStringLiteral("The request line and headers did not arrive within %1 s.")
                        .arg(m_limits.headTimeoutMs / 1000.0));
            refuse(connection, answer);
        } else if (!connection.parked && t - connection.lastActivityMs > m_limits.idleTimeoutMs) {
            ++m_idleClosed;
            qCDebug(lcServer).noquote() << QStringLiteral("Closing a connection from %1 idle for %2 ms")
                                               .arg(socket->peerAddress().toString())
                                               .arg(t - connection.lastActivityMs);
            beginClose(connection, t);
        }
        ++it;
    }
}

void ConnectionGuard::closeAll()
{
    for (Connection &connection : m_connections) {
        if (connection.socket && connection.socket->state() != QAbstractSocket::UnconnectedState) {
            connection.socket->flush();
            connection.socket->disconnectFromHost();
        }
    }
}

ListeningServer::ListeningServer(
    ConnectionGuard *guard, std::optional<QSslConfiguration> tls, QObject *parent)
    : QTcpServer(parent)
    , m_guard(guard)
    , m_tls(std::move(tls))
{
    // A burst of connections (an attack, or clients reconnecting after a restart) must not overflow the
    // kernel's queue: its dropped SYNs cost a legitimate client a one-second retry.
    setListenBacklogSize(std::max(listenBacklogSize(), guard->limits().maxConnections));
}

void ListeningServer::incomingConnection(qintptr handle)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        qCWarning(lcServer).noquote() << "Could not take an incoming connection:" << socket->errorString();
        delete socket;
        return;
    }
    if (!m_guard->admit(socket)) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    if (m_tls) {
        auto *ssl = static_cast<QSslSocket *>(socket);
        ssl->setSslConfiguration(*m_tls);
        connect(ssl, &QSslSocket::sslErrors, this, [ssl](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                qCDebug(lcServer).noquote()
                    << "TLS error with" << ssl->peerAddress().toString() << error.errorString();
        });
        // QSslSocket only hands decrypted data to readyRead, so QHttpServer may take it before the handshake
        // ends.
        ssl->startServerEncryption();
    }
    addPendingConnection(socket);
}

} // namespace Warroom
