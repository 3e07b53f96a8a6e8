// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requestframing.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <optional>

class QTcpSocket;

namespace Warroom {

/// Keeps the connections of warroomd in bounds, which QHttpServer 6.4 does not do by itself
/// (docs/PLATFORM.md):
/// - a cap on open connections from one client address, and one on all: at the global cap the longest idle
///   keep-alive connection makes room, and only when there is none is the newcomer closed at once;
/// - idle connections are closed after a timeout (a parked long-poll is not idle);
/// - a connection that has not sent a complete request head (request line and headers) within the head
///   timeout is closed (408 when part of one came): slowloris and silent sockets do not hold places;
/// - every request head is checked by RequestFraming before QHttpServer parses it: one that is too large
///   (431), ambiguous about its body (400) or announces too large a body (413) is answered and the
///   connection closed, so nothing after it is parsed;
/// - an upload larger than the request limit is answered 413 and drained without being buffered, instead of
///   being read whole into memory;
/// - a request QHttpServer cannot parse (it then silently stops reading the socket) is answered 400 and the
///   connection closed, instead of hanging until the idle timeout.
/// It sees every socket before QHttpServer does (ListeningServer hands them over) and watches its readyRead
/// first.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxConnections = 512;
        int maxConnectionsPerHost = 64;
        int idleTimeoutMs = 60'000;
        int headTimeoutMs = 10'000;
        qsizetype maxHeadBytes = 32 * 1024;
        qint64 maxRequestBytes = 1024 * 1024 + 64 * 1024; ///< body limit plus room for the headers
    };

    explicit ConnectionGuard(const Limits &limits, QObject *parent = nullptr);
    ~ConnectionGuard() override;

    /// Takes charge of a new connection; false when the cap is reached (the caller closes it).
    bool admit(QTcpSocket *socket);
    /// A complete request arrived on @p socket: its upload count starts again.
    void requestStarted(QTcpSocket *socket);
    /// A long-poll is parked on @p socket (or no longer): a parked connection is never idle.
    void setParked(QTcpSocket *socket, bool parked);

    [[nodiscard]] int openConnections() const;
    [[nodiscard]] qint64 rejectedConnections() const { return m_rejected; }
    [[nodiscard]] qint64 idleClosed() const { return m_idleClosed; }
    [[nodiscard]] qint64 hostRejected() const { return m_hostRejected; }
    [[nodiscard]] qint64 idleEvicted() const { return m_idleEvicted; }
    [[nodiscard]] qint64 headTimeouts() const { return m_headTimeouts; }
    [[nodiscard]] qint64 headsRefused() const { return m_headsRefused; }
    [[nodiscard]] const Limits &limits() const { return m_limits; }
    /// Closes every connection (at shutdown).
    void closeAll();

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QHostAddress peer;
        RequestFraming framing;
        QMetaObject::Connection
            reader; ///< our readyRead watch: broken when QHttpServer gave up on the socket
        qint64 lastActivityMs = 0;
        quint64 activityOrder = 0; ///< which connection was active last, where milliseconds tie
        qint64 uploadBytes = 0;
        qint64 headSinceMs = -1; ///< since when a request head is awaited; -1: not awaiting one
        bool parked = false;
        bool inFlight = false; ///< a request arrived and its answer is not written yet
        bool rejecting = false; ///< answered and taken from QHttpServer; draining what the client still sends
        qint64 rejectedAtMs = -1;
        qint64 closingSinceMs = -1;
    };

    void onReadyRead(QTcpSocket *socket);
    void checkAbandoned(QTcpSocket *socket);
    void rejectOversized(Connection &connection);
    /// Takes the socket from QHttpServer, sends @p answer (if any) and closes: nothing more is parsed.
    void refuse(Connection &connection, const std::optional<ApiError> &answer);
    [[nodiscard]] bool isIdle(const Connection &connection) const;
    /// Closes the idle keep-alive connection quiet the longest; false when none is idle. A new connection
    /// that has not sent its first request yet is not idle: that request may be on its way.
    bool evictIdle();
    [[nodiscard]] int connectionsFrom(const QHostAddress &peer) const;
    void sweep();
    void touch(Connection &connection);
    void forget(QTcpSocket *socket);
    void beginClose(Connection &connection, qint64 nowMs);
    [[nodiscard]] qint64 now() const { return m_clock.elapsed(); }

    Limits m_limits;
    QElapsedTimer m_clock;
    QTimer m_sweeper;
    QHash<QTcpSocket *, Connection> m_connections;
    qint64 m_rejected = 0;
    quint64 m_activities = 0;
    qint64 m_idleClosed = 0;
    qint64 m_hostRejected = 0;
    qint64 m_idleEvicted = 0;
    qint64 m_headTimeouts = 0;
    qint64 m_headsRefused = 0;
};

/// The listening socket of warroomd: accepts through the ConnectionGuard and, when given a certificate,
/// speaks TLS (QSslSocket, handshake started before QHttpServer sees the socket).
class ListeningServer : public QTcpServer
{
    Q_OBJECT

public:
    ListeningServer(ConnectionGuard *guard, std::optional<QSslConfiguration> tls, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    ConnectionGuard *m_guard;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace Warroom
