// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Warroom {

class ReplicaStore;
class Session;

/// Keeps a client's replica in step with warroomd (DESIGN §5). It sends the outbox in batches (retrying
/// with backoff, confirmed by seq) and keeps one long-poll open for everyone else's events. After a break
/// it flushes the outbox first, then catches up from its last seq. Every request goes through the one
/// QNetworkAccessManager it is given.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Stopped, ///< not started, or no server configured
        Connecting, ///< first contact, or coming back after a break
        Online, ///< the long-poll is open and the outbox drains
        Offline, ///< the server cannot be reached; retrying (see retryIn())
        Unauthorized, ///< the token is missing, wrong, revoked or lacks the role: waits for a new one
    };
    Q_ENUM(State)

    SyncEngine(
        Session *session, ReplicaStore *replica, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// @p server: the base URL ("https://warroom.example:8470"); the API lives under /api/v1.
    void setServer(const QUrl &server, const QString &token);
    void start();
    void stop();

    [[nodiscard]] State state() const { return m_state; }
    /// Why the engine is not online, in words for the status bar ("connection refused", "token revoked").
    [[nodiscard]] const QString &detail() const { return m_detail; }
    [[nodiscard]] const QUrl &server() const { return m_server; }
    /// Milliseconds until the next attempt while Offline.
    [[nodiscard]] int retryIn() const;

    /// Seconds a long-poll waits on the server (25 by default; tests shorten it).
    void setLongPollSeconds(int seconds) { m_waitSeconds = seconds; }
public Q_SLOTS:
    /// Sends what waits in the outbox now (the Session calls it after each local action).
    void flush();
    /// Tries again at once instead of waiting out the backoff (the status bar's "Retry now").
    void reconnectNow();

Q_SIGNALS:
    void stateChanged(Warroom::SyncEngine::State state, const QString &detail);
    /// The server refused one of this client's actions for good; it is kept aside in the outbox.
    void rejected(const QString &eventId, const QString &reason);

private:
    void setState(State state, const QString &detail = {});
    void push();
    void pull();
    void onPushFinished(QNetworkReply *reply, const QStringList &ids);
    void onPullFinished(QNetworkReply *reply);
    /// Reports a failed request; returns true when it was a connection problem worth retrying.
    void failed(QNetworkReply *reply, const QString &what);
    void scheduleRetry();
    [[nodiscard]] QNetworkReply *send(
        const QString &method, const QString &path, const QByteArray &body = {}, int timeoutMs = 30000);

    QPointer<Session> m_session;
    ReplicaStore *m_replica = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QUrl m_server;
    QString m_token;
    State m_state = State::Stopped;
    QString m_detail;
    QPointer<QNetworkReply> m_pushReply;
    QPointer<QNetworkReply> m_pullReply;
    QTimer m_retry;
    int m_failures = 0; ///< in a row, for the backoff; 0 after a success
    int m_waitSeconds = 25;
    int m_batchSize = 500; ///< largest events per POST, halved on each 413
    bool m_flushFirst = true; // after a break: the outbox goes out before the catch-up pull
};

} // namespace Warroom
