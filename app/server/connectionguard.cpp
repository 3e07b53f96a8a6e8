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

/// Whether @p head (the first bytes of a request) starts with an HTTP/1.x request line: METHOD SP target SP
/// HTTP/1.x. Only judged once the whole line is there; a line still arriving passes.
bool startsLikeHttp(const QByteArray &head)
{
    const qsizetype end = head.indexOf('\n');
    if (end < 0)
        return true;
    QByteArray line = head.left(end);
    if (line.endsWith('\r'))
        line.chop(1);
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(0).size() > 16 || parts.at(1).isEmpty()
        || (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0"))
        return false;
    for (char c : parts.at(0)) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    for (char c : parts.at(1)) {
        if (uchar(c) <= 0x20 || c == 0x7f)
            return false;
    }
    return true;
}
} // namespace

ConnectionGuard::ConnectionGuard(const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
    m_clock.start();
    // Fine enough for the idle timeout, coarse enough to cost nothing with hundreds of connections.
    m_sweeper.setInterval(std::clamp(m_limits.idleTimeoutMs / 4, 50, 1000));
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
    if (m_connections.size() >= m_limits.maxConnections) {
        ++m_rejected;
        qCInfo(lcServer).noquote() << QStringLiteral("Refused a connection from %1: %2 connections are open "
                                                     "(the limit)")
                                          .arg(socket->peerAddress().toString())
                                          .arg(m_connections.size());
        return false;
    }
    Connection connection;
    connection.socket = socket;
    connection.lastActivityMs = now();
    // Connected before QHttpServer connects its own handler, so this runs first on every chunk.
    connection.reader = connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QIODevice::bytesWritten, this, [this, socket] {
        auto it = m_connections.find(socket);
        if (it != m_connections.end())
            it->lastActivityMs = now();
    });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { forget(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    m_connections.insert(socket, connection);
    return true;
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
    it->lastActivityMs = now();
}

void ConnectionGuard::setParked(QTcpSocket *socket, bool parked)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->parked = parked;
    it->lastActivityMs = now();
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
    connection.lastActivityMs = now();
    if (connection.rejecting) {
        // Drain and drop: the answer is already sent, nothing of this upload is kept in memory.
        if (socket->isTransactionStarted())
            socket->commitTransaction();
        socket->readAll();
        return;
    }
    // Inside QHttpServer's read transaction, bytesAvailable() is what arrived since its last read.
    const qint64 arrived = socket->bytesAvailable();
    if (connection.uploadBytes == 0 && !startsLikeHttp(socket->peek(std::min<qint64>(arrived, 8192)))) {
        // QHttpServer would drop the connection without a word; a client deserves to learn why.
        rejectMalformed(connection);
        return;
    }
    connection.uploadBytes += arrived;
    if (connection.uploadBytes > m_limits.maxRequestBytes)
        rejectOversized(connection);
}

void ConnectionGuard::rejectOversized(Connection &connection)
{
    QTcpSocket *socket = connection.socket;
    qCInfo(lcServer).noquote() << QStringLiteral("Refused an upload of more than %1 bytes from %2")
                                      .arg(m_limits.maxRequestBytes)
                                      .arg(socket->peerAddress().toString());
    // Take the socket away from QHttpServer's parser (it would buffer the whole upload), keep our own watch.
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    connection.reader = connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->readAll();
    connection.rejecting = true;
    socket->write(
        ApiError::payloadTooLarge(QStringLiteral("The request is larger than %1 bytes; send at most "
                                                 "1 MiB per request (split the batch).")
                                      .arg(m_limits.maxRequestBytes))
            .rawResponse());
}

void ConnectionGuard::rejectMalformed(Connection &connection)
{
    QTcpSocket *socket = connection.socket;
    qCInfo(lcServer).noquote() << QStringLiteral("Refused a request from %1 that is not HTTP/1.1")
                                      .arg(socket->peerAddress().toString());
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    connection.reader = connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->readAll();
    connection.rejecting = true;
    socket->write(ApiError::badRequest(QStringLiteral("malformed_request"),
        QStringLiteral("The request does not start with an HTTP/1.1 request line (METHOD /path HTTP/1.1)."))
                      .rawResponse());
    beginClose(connection, now());
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
            if (t - connection.lastActivityMs > DrainQuietMs)
                beginClose(connection, t);
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
{ }

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
