// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <optional>

class QTcpSocket;

namespace Warroom {

/// Keeps the connections of warroomd in bounds, which QHttpServer 6.4 does not do by itself (PLATFORM.md):
/// - a cap on open connections: one over it is closed at once;
/// - idle connections are closed after a timeout (a parked long-poll is not idle);
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
        int idleTimeoutMs = 60'000;
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
    [[nodiscard]] const Limits &limits() const { return m_limits; }
    /// Closes every connection (at shutdown).
    void closeAll();

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QMetaObject::Connection
            reader; ///< our readyRead watch: broken when QHttpServer gave up on the socket
        qint64 lastActivityMs = 0;
        qint64 uploadBytes = 0;
        bool parked = false;
        bool rejecting = false; ///< answered 413; draining what the client still sends
        qint64 closingSinceMs = -1;
    };

    void onReadyRead(QTcpSocket *socket);
    void checkAbandoned(QTcpSocket *socket);
    void rejectOversized(Connection &connection);
    void rejectMalformed(Connection &connection);
    void sweep();
    void forget(QTcpSocket *socket);
    void beginClose(Connection &connection, qint64 nowMs);
    [[nodiscard]] qint64 now() const { return m_clock.elapsed(); }

    Limits m_limits;
    QElapsedTimer m_clock;
    QTimer m_sweeper;
    QHash<QTcpSocket *, Connection> m_connections;
    qint64 m_rejected = 0;
    qint64 m_idleClosed = 0;
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
