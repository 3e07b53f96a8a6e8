// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"

#include "logging.h"
#include "replicastore.h"
#include "retrypolicy.h"
#include "session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Warroom {

namespace {

constexpr int FirstBackoffMs = 500;
constexpr int MaxBackoffMs = 30000;
constexpr qint64 MaxRetryAfterMs = 10 * 60 * 1000; ///< a Retry-After beyond this is a server's mistake
constexpr int MaxBodyBytes = 900 * 1024; // under the server's 1 MiB limit, with room for the envelope

/// The error body of DESIGN §5, or the transport's own words when there is none.
Error errorOf(QNetworkReply *reply)
{
    const QJsonObject body
        = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("error")).toObject();
    if (!body.isEmpty())
        return {body.value(QStringLiteral("code")).toString(), body.value(QStringLiteral("field")).toString(),
            body.value(QStringLiteral("message")).toString()};
    return {QStringLiteral("network"), {}, reply->errorString()};
}

/// "events[7].data.severity" → 7; -1 when the field does not name one event of the batch.
int eventIndex(const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^events\\[(\\d+)\\]"));
    const auto match = pattern.match(field);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

SyncEngine::SyncEngine(
    Session *session, ReplicaStore *replica, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_replica(replica)
    , m_network(network)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        setState(State::Connecting, m_detail);
        push();
        if (!m_flushFirst)
            pull();
    });
    connect(session, &Session::pendingChanged, this, &SyncEngine::flush);
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::setServer(const QUrl &server, const QString &token)
{
    const bool running = m_state != State::Stopped;
    stop();
    m_server = server;
    m_token = token;
    if (running)
        start();
}

void SyncEngine::start()
{
    if (!m_server.isValid() || m_server.isEmpty()) {
        setState(State::Stopped, tr("No server configured."));
        return;
    }
    if (m_token.isEmpty()) {
        setState(State::Unauthorized, tr("No token is stored for this server. Connect again with a token."));
        return;
    }
    m_failures = 0;
    m_flushFirst = true;
    setState(State::Connecting);
    push();
}

void SyncEngine::stop()
{
    m_retry.stop();
    for (QNetworkReply *reply : {m_pushReply.data(), m_pullReply.data()}) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_pushReply.clear();
    m_pullReply.clear();
    setState(State::Stopped);
}

int SyncEngine::retryIn() const
{
    return m_retry.isActive() ? m_retry.remainingTime() : 0;
}

void SyncEngine::flush()
{
    if (m_state == State::Online || m_state == State::Connecting)
        push();
}

void SyncEngine::reconnectNow()
{
    if (m_state != State::Offline && m_state != State::Unauthorized)
        return;
    m_retry.stop();
    m_failures = 0;
    m_flushFirst = true;
    setState(State::Connecting, m_detail);
    push();
}

void SyncEngine::setState(State state, const QString &detail)
{
    if (m_state == state && m_detail == detail)
        return;
    m_state = state;
    m_detail = detail;
    qCInfo(lcSession) << "sync:" << state << detail;
    Q_EMIT stateChanged(state, detail);
}

QNetworkReply *SyncEngine::send(
    const QString &method, const QString &path, const QByteArray &body, int timeoutMs)
{
    QUrl url = m_server;
    const QString base = url.path().endsWith(QLatin1Char('/')) ? url.path().chopped(1) : url.path();
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(base + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs);
    if (method == QLatin1String("POST")) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        return m_network->post(request, body);
    }
    return m_network->get(request);
}

void SyncEngine::push()
{
    if (m_pushReply || m_state == State::Stopped || m_state == State::Unauthorized)
        return;
    EventList batch;
    Error error;
    if (!m_replica->outbox().unsent(m_batchSize, &batch, &error)) {
        setState(State::Offline, error.message);
        scheduleRetry();
        return;
    }
    if (batch.isEmpty()) {
        // Nothing (more) to send: after a break the catch-up comes now.
        m_flushFirst = false;
        if (!m_pullReply)
            pull();
        return;
    }
    QJsonArray array;
    QStringList ids;
    qsizetype bytes = 0;
    for (const Event &event : std::as_const(batch)) {
        const QJsonObject json = event.toJson();
        bytes += QJsonDocument(json).toJson(QJsonDocument::Compact).size() + 1;
        if (!ids.isEmpty() && bytes > MaxBodyBytes)
            break;
        array.append(json);
        ids.append(event.id);
    }
    const QByteArray body
        = QJsonDocument(QJsonObject {{QStringLiteral("events"), array}}).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = send(QStringLiteral("POST"), QStringLiteral("/api/v1/events"), body);
    m_pushReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, ids] { onPushFinished(reply, ids); });
}

void SyncEngine::onPushFinished(QNetworkReply *reply, const QStringList &ids)
{
    reply->deleteLater();
    m_pushReply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Error error;
    if (reply->error() == QNetworkReply::NoError && status == 200) {
        const QJsonArray results
            = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("results")).toArray();
        QHash<QString, qint64> seqs;
        for (const QJsonValue &result : results)
            seqs.insert(result[QStringLiteral("id")].toString(), result[QStringLiteral("seq")].toInteger());
        if (!m_replica->outbox().markAcknowledged(seqs, &error)) {
            setState(State::Offline, error.message);
            scheduleRetry();
            return;
        }
        m_failures = 0;
        if (m_state != State::Online && m_pullReply)
            setState(State::Online);
        push(); // more may be waiting; when nothing is, push() starts the pull
        return;
    }
    if (status == 413 && m_batchSize > 1) {
        m_batchSize = std::max(1, m_batchSize / 2);
        push();
        return;
    }
    if (status == 400 || status == 409 || status == 422 || status == 413) {
        // The server will never take this event: keep it aside for the person, send the rest.
        const Error refusal = errorOf(reply);
        const int index = eventIndex(refusal.field);
        const QStringList refused = index >= 0 && index < ids.size() ? QStringList {ids.at(index)} : ids;
        for (const QString &id : refused) {
            if (!m_replica->outbox().reject(id, refusal.message, &error))
                qCWarning(lcSession) << error.message;
            Q_EMIT rejected(id, refusal.message);
        }
        if (m_session)
            m_session->refresh(&error);
        push();
        return;
    }
    failed(reply, tr("send"));
}

void SyncEngine::pull()
{
    if (m_pullReply || m_state == State::Stopped || m_state == State::Unauthorized)
        return;
    const qint64 cursor = m_replica->outbox().pullCursor();
    const int wait = m_state == State::Online ? m_waitSeconds : 0; // catch up at once, then wait
    const QString path = QStringLiteral("/api/v1/events?after=%1&limit=500&wait=%2").arg(cursor).arg(wait);
    QNetworkReply *reply = send(QStringLiteral("GET"), path, {}, (wait + 15) * 1000);
    m_pullReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPullFinished(reply); });
}

void SyncEngine::onPullFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_pullReply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        failed(reply, tr("receive"));
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    EventList events;
    for (const QJsonValue &value : body.value(QStringLiteral("events")).toArray()) {
        Event event;
        Error problem;
        if (!Event::fromJson(value.toObject(), &event, &problem)) {
            setState(State::Offline, tr("The server sent an unreadable event: %1").arg(problem.message));
            scheduleRetry();
            return;
        }
        events.append(event);
    }
    const qint64 cursor = m_replica->outbox().pullCursor();
    const qint64 lastSeq = events.isEmpty()
        ? std::max(cursor, body.value(QStringLiteral("last_seq")).toInteger())
        : events.last().seq;
    Error error;
    if (!m_replica->storePulled(events, lastSeq, &error) || (m_session && !m_session->refresh(&error))) {
        setState(State::Offline, error.message);
        scheduleRetry();
        return;
    }
    m_failures = 0;
    setState(State::Online);
    pull();
}

void SyncEngine::failed(QNetworkReply *reply, const QString &what)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const Error error = errorOf(reply);
    if (status == 401 || status == 403) {
        m_retry.stop();
        setState(State::Unauthorized, error.message);
        return;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError && m_state == State::Stopped)
        return;
    qint64 delay = 0;
    if (status == 429) {
        delay = RetryPolicy::retryAfterMs(reply);
        delay = delay < 0 ? 1000 : delay;
    }
    qCInfo(lcSession) << "sync: could not" << what << ":" << status << error.message;
    setState(State::Offline, error.message);
    m_flushFirst = true;
    scheduleRetry();
    if (delay > 0)
        m_retry.start(int(std::min<qint64>(delay, MaxRetryAfterMs)));
}

void SyncEngine::scheduleRetry()
{
    // Exponential backoff with jitter, so a hundred clients do not all come back in the same second.
    const int wait
        = RetryPolicy::withJitter(RetryPolicy::backoffMs(FirstBackoffMs, MaxBackoffMs, ++m_failures), 20);
    if (!m_retry.isActive())
        m_retry.start(wait);
}

} // namespace Warroom
