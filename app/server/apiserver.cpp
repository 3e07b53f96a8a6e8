// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"

#include "boardcursor.h"
#include "clock.h"
#include "connectionguard.h"
#include "hookformats.h"
#include "serverlogging.h"
#include "strictjson.h"
#include "tlsconfig.h"

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QUtf8StringView>

namespace Warroom {

namespace {

const QByteArray JsonType = QByteArrayLiteral("application/json");

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

/// A request header by name, case-insensitively (header names are case-insensitive in HTTP).
QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

/// The media type of Content-Type without parameters, lower-case ("application/json").
QByteArray mediaType(const QHttpServerRequest &request)
{
    QByteArray type = header(request, "Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(Wire::formatTime(time)) : QJsonValue(QJsonValue::Null);
}

/// Reads a JSON request body strictly (StrictJson: no duplicate keys, NUL or unpaired surrogates) into
/// @p document, or says why it is refused: wrong media type, over the size cap, not JSON. @p what names the
/// content for the person ("the events"); @p tooLargeAdvice ends the size refusal.
std::optional<ApiError> readJsonBody(const QHttpServerRequest &request, const QString &what,
    const QString &tooLargeAdvice, QJsonDocument *document)
{
    if (mediaType(request) != JsonType)
        return ApiError::unsupportedMediaType(
            QStringLiteral("Send %1 as JSON: Content-Type: application/json (got \"%2\").")
                .arg(what, QString::fromLatin1(header(request, "Content-Type").left(80))));
    const QByteArray body = request.body();
    if (body.size() > ServerConfig::MaxBodyBytes)
        return ApiError::payloadTooLarge(
            QStringLiteral("The body is %1 bytes; at most %2 (1 MiB) are accepted.%3")
                .arg(body.size())
                .arg(ServerConfig::MaxBodyBytes)
                .arg(tooLargeAdvice));
    Error problem;
    std::optional<QJsonDocument> parsed = StrictJson::parse(body, &problem);
    if (!parsed)
        return ApiError::badRequest(problem.code, problem.message, problem.field);
    *document = std::move(*parsed);
    return std::nullopt;
}

/// A whole non-negative number of at most @p digits digits; anything else (signs, exponents, spaces) is
/// refused.
std::optional<qint64> parseCount(const QString &text, int digits)
{
    if (text.isEmpty() || text.size() > digits)
        return std::nullopt;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    return text.toLongLong();
}

/// The query's parameters, or the refusal when one is given twice (which of the two would count is a guess).
std::optional<ApiError> queryItems(const QHttpServerRequest &request, QList<QPair<QString, QString>> *items)
{
    *items = request.query().queryItems(QUrl::FullyDecoded);
    QSet<QString> seen;
    for (const auto &item : std::as_const(*items)) {
        if (seen.contains(item.first))
            return ApiError::badRequest(QStringLiteral("invalid_parameter"),
                QStringLiteral("%1 is given twice.").arg(item.first.left(40)), item.first.left(40));
        seen.insert(item.first);
    }
    return std::nullopt;
}

/// The limit query parameter: a whole number from 1 to @p max, or the refusal naming it.
std::optional<ApiError> parseLimit(const QString &value, qint64 max, qint64 *limit)
{
    const auto parsed = parseCount(value, 4);
    if (!parsed || *parsed < 1 || *parsed > max)
        return ApiError::badRequest(QStringLiteral("invalid_parameter"),
            QStringLiteral("limit must be a whole number from 1 to %1 (got \"%2\").")
                .arg(max)
                .arg(value.left(40)),
            QStringLiteral("limit"));
    *limit = *parsed;
    return std::nullopt;
}

} // namespace

ApiServer::Response ApiServer::Response::json(const QJsonObject &object, int status)
{
    return {status, JsonType, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

ApiServer::Response ApiServer::Response::error(const ApiError &error)
{
    return {error.status, JsonType, error.body(), error.headers};
}

ApiServer::ApiServer(const ServerConfig &config, const Stores &stores, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(config)
    , m_stores(stores)
    , m_events(stores.events)
    , m_authenticator(stores.tokens)
    , m_intake(config.severities, {config.hookIncidentLimit, config.hookIncidentWindowSeconds})
    , m_runbooks(stores.runbooks)
    , m_rateLimiter(config.rate, config.burst)
{
    m_clock.start();
    using M = QHttpServerRequest::Method;
    const auto bind = [this](std::optional<Response> (ApiServer::*handler)(Call &)) {
        return [this, handler](Call &call) {
            return (this->*handler)(call);
        };
    };
    addRoute(QStringLiteral("/api/v1/health"), M::Get, std::nullopt, bind(&ApiServer::health));
    addRoute(QStringLiteral("/api/v1/me"), M::Get, Permission::Identify, bind(&ApiServer::getMe));
    addRoute(QStringLiteral("/api/v1/events"), M::Get, Permission::Read, bind(&ApiServer::getEvents));
    addRoute(
        QStringLiteral("/api/v1/events"), M::Post, Permission::WriteEvents, bind(&ApiServer::postEvents));
    addRoute(QStringLiteral("/api/v1/incidents"), M::Get, Permission::Read, bind(&ApiServer::getIncidents));
    addRoute(
        QStringLiteral("/api/v1/incidents/{id}"), M::Get, Permission::Read, bind(&ApiServer::getIncident));
    addRoute(QStringLiteral("/api/v1/runbooks"), M::Get, Permission::Read, bind(&ApiServer::getRunbooks));
    addRoute(
        QStringLiteral("/api/v1/runbooks/{name}"), M::Get, Permission::Read, bind(&ApiServer::getRunbook));
    addRoute(
        QStringLiteral("/api/v1/runbooks/{name}"), M::Put, Permission::Admin, bind(&ApiServer::putRunbook));
    addRoute(QStringLiteral("/api/v1/hooks/{name}"), M::Post, Permission::Hooks, bind(&ApiServer::hooks));
    addRoute(QStringLiteral("/metrics"), M::Get, Permission::Read, bind(&ApiServer::getMetrics));

    m_metrics.addCounter(QStringLiteral("warroom_events_appended_total"),
        QStringLiteral("Events this server appended to the log (duplicates not counted)."));
    m_metrics.addCounter(QStringLiteral("warroom_auth_failures_total"),
        QStringLiteral("Requests refused with 401 (no, malformed, unknown or revoked token)."));
    m_metrics.addCounter(QStringLiteral("warroom_rate_limited_total"),
        QStringLiteral("Requests refused with 429 by the per-token rate limit."));
    m_metrics.addGauge(QStringLiteral("warroom_longpolls_open"),
        QStringLiteral("Long-polls parked, waiting for news."),
        [this] { return m_hub ? double(m_hub->size()) : 0.0; });
    m_metrics.addGauge(QStringLiteral("warroom_connections_open"), QStringLiteral("Open client connections."),
        [this] { return m_guard ? double(m_guard->openConnections()) : 0.0; });
    m_metrics.addGauge(
        QStringLiteral("warroom_connections_rejected_total"),
        QStringLiteral("Connections closed at once because max_connections were open."),
        [this] { return m_guard ? double(m_guard->rejectedConnections()) : 0.0; },
        QByteArrayLiteral("counter"));
    m_metrics.addGauge(
        QStringLiteral("warroom_connections_idle_closed_total"),
        QStringLiteral("Connections closed after idle_timeout seconds without traffic."),
        [this] { return m_guard ? double(m_guard->idleClosed()) : 0.0; }, QByteArrayLiteral("counter"));
    const auto guardCounter
        = [this](const QString &name, const QString &help, qint64 (ConnectionGuard::*read)() const) {
              m_metrics.addGauge(
                  name, help, [this, read] { return m_guard ? double((m_guard->*read)()) : 0.0; },
                  QByteArrayLiteral("counter"));
          };
    guardCounter(QStringLiteral("warroom_connections_host_rejected_total"),
        QStringLiteral(
            "Connections closed at once because max_connections_per_host were open from that address."),
        &ConnectionGuard::hostRejected);
    guardCounter(QStringLiteral("warroom_connections_evicted_total"),
        QStringLiteral("Idle keep-alive connections closed to make room at max_connections."),
        &ConnectionGuard::idleEvicted);
    guardCounter(QStringLiteral("warroom_connections_head_timeout_total"),
        QStringLiteral(
            "Connections closed because no complete request head came within head_timeout seconds."),
        &ConnectionGuard::headTimeouts);
    guardCounter(QStringLiteral("warroom_requests_refused_head_total"),
        QStringLiteral(
            "Requests refused by their head (400, 413, 431) before parsing, their connection closed."),
        &ConnectionGuard::headsRefused);
    m_metrics.addGauge(QStringLiteral("warroom_last_seq"),
        QStringLiteral("Highest seq of the log as this server knows it."),
        [this] { return double(m_events.lastSeq()); });
    m_metrics.addGauge(QStringLiteral("warroom_incidents"), QStringLiteral("Incidents in the log."),
        [this] { return double(m_events.projection().size()); });
    m_metrics.addGauge(QStringLiteral("warroom_incidents_unacknowledged"),
        QStringLiteral("Open incidents with no commander for at least unacknowledged_minutes."),
        [this] { return double(overdueIncidents()); });
    m_metrics.addCounter(QStringLiteral("warroom_hook_alerts_total"),
        QStringLiteral("Alerts received on the hooks (retries included)."));
    m_metrics.addCounter(
        QStringLiteral("warroom_hook_incidents_opened_total"), QStringLiteral("Incidents the hooks opened."));
    m_metrics.addCounter(QStringLiteral("warroom_hook_storm_refused_total"),
        QStringLiteral(
            "Hook deliveries refused with 429 during an alert storm whose incident was resolved."));

    m_hub = new LongPollHub([this](LongPollHub::Waiter &waiter) { answerWaiter(waiter); }, this);
    connect(
        &m_events, &EventService::appended, this, [this](qint64 lastSeq, qint64) { onAppended(lastSeq); });
}

ApiServer::~ApiServer() = default;

void ApiServer::addRoute(const QString &pattern, QHttpServerRequest::Method method,
    std::optional<Permission> permission, Handler handler)
{
    QString regex = QRegularExpression::escape(pattern);
    // {id} and {name} take one path segment; the handler decodes and checks it.
    static const QRegularExpression placeholder(QStringLiteral("\\\\\\{[a-z]+\\\\\\}"));
    regex.replace(placeholder, QStringLiteral("([^/]+)"));
    m_routes.append({pattern, QRegularExpression(QLatin1Char('^') + regex + QLatin1Char('$')), method,
        permission, std::move(handler)});
}

bool ApiServer::start(Error *error)
{
    std::optional<QSslConfiguration> tls;
    if (!m_config.tlsCert.isEmpty()) {
        QSslConfiguration conf;
        if (!loadTlsConfiguration(m_config.tlsCert, m_config.tlsKey, &conf, error))
            return false;
        tls = conf;
        m_tls = true;
    }
    if (!m_events.load(error))
        return false;
    Error watchError;
    if (m_stores.events->watchAppends(
            this,
            [this](qint64) {
                Error refreshError;
                if (!m_events.refresh(&refreshError))
                    qCWarning(lcServer).noquote()
                        << "could not read another server's appends:" << refreshError.message;
            },
            &watchError))
        qCInfo(lcServer) << "listening for other servers' appends on" << m_stores.events->kind();
    else if (watchError)
        qCWarning(lcServer).noquote() << watchError.message;

    ConnectionGuard::Limits limits;
    limits.maxConnections = m_config.maxConnections;
    limits.idleTimeoutMs = m_config.idleTimeoutSeconds * 1000;
    limits.maxConnectionsPerHost = m_config.maxConnectionsPerHost;
    limits.headTimeoutMs = m_config.headTimeoutSeconds * 1000;
    limits.maxRequestBytes = ServerConfig::MaxBodyBytes + 64 * 1024;
    m_guard = new ConnectionGuard(limits, this);
    connect(m_hub, &LongPollHub::released, m_guard,
        [this](QTcpSocket *socket) { m_guard->setParked(socket, false); });
    m_listener = new ListeningServer(m_guard, tls, this);
    if (!m_listener->listen(m_config.address, m_config.port)) {
        *error = Error::store(
            QStringLiteral("Cannot listen on %1: %2.")
                .arg(ServerConfig::authority(m_config.address, m_config.port), m_listener->errorString()));
        return false;
    }
    bind(m_listener);
    qCInfo(lcServer).noquote() << "serving" << url() << "from the" << m_stores.events->kind()
                               << "store at seq" << m_events.lastSeq();
    return true;
}

void ApiServer::shutdown()
{
    if (m_listener)
        m_listener->close();
    m_events.flush(); // batches accepted but not yet stored are stored and answered
    m_hub->answerAll();
    if (m_guard)
        m_guard->closeAll();
}

quint16 ApiServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QString ApiServer::url() const
{
    return QStringLiteral("%1://%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"),
        ServerConfig::authority(m_listener ? m_listener->serverAddress() : m_config.address, port()));
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_guard->requestStarted(socket);
    Call call(request, socket);
    call.responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    call.started.start();
    call.method = methodName(request.method());
    call.closeAfter = header(request, "Connection").toLower().contains("close");
    std::optional<Response> response = dispatch(call);
    if (response)
        finish(call, *response);
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *)
{
    // handleRequest() answers every request. QHttpServer 6.4 still calls this after it for a WebSocket
    // upgrade nobody takes; a second answer would corrupt the connection, so there is nothing to do.
    qCDebug(lcServer).noquote() << "not upgrading" << request.url().path() << "to a WebSocket";
}

std::optional<ApiServer::Response> ApiServer::dispatch(Call &call)
{
    const QString path = call.request.url().path(QUrl::FullyEncoded);
    const Route *route = nullptr;
    QByteArray allowed;
    QString parameter;
    for (const Route &candidate : std::as_const(m_routes)) {
        const QRegularExpressionMatch match = candidate.path.match(path);
        if (!match.hasMatch())
            continue;
        call.route = candidate.pattern;
        allowed += (allowed.isEmpty() ? "" : ", ") + methodName(candidate.method);
        if (candidate.method == call.request.method()) {
            route = &candidate;
            parameter = match.captured(1);
        }
    }
    if (allowed.isEmpty()) {
        return Response::error(ApiError::notFound(QStringLiteral(
            "No such path. The API lives under /api/v1 (see docs/API.md); metrics at /metrics.")));
    }
    if (!route)
        return Response::error(ApiError::methodNotAllowed(allowed));
    call.parameter = QUrl::fromPercentEncoding(parameter.toUtf8());

    if (route->permission) {
        ApiError refusal;
        // Alertmanager and Grafana can send a webhook basic auth but not always a bearer token: the hooks
        // take both.
        const bool hook = *route->permission == Permission::Hooks;
        const std::optional<Principal> principal
            = m_authenticator.authenticate(header(call.request, "Authorization"), &refusal, hook);
        if (!principal) {
            if (refusal.status == 401) {
                m_metrics.increment(QStringLiteral("warroom_auth_failures_total"));
                if (hook)
                    refusal.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                        QByteArrayLiteral("Basic realm=\"warroom\"")});
            }
            return Response::error(refusal);
        }
        call.principal = *principal;
        int retryAfter = 1;
        if (!m_rateLimiter.allow(principal->name, m_clock.elapsed(), &retryAfter)) {
            m_metrics.increment(QStringLiteral("warroom_rate_limited_total"));
            return Response::error(ApiError::tooManyRequests(retryAfter));
        }
        if (!Roles::allows(principal->role, *route->permission)) {
            return Response::error(
                ApiError::forbidden(QStringLiteral("The token \"%1\" has the role %2, which may "
                                                   "not %3 %4.")
                                        .arg(principal->name, Roles::name(principal->role),
                                            QString::fromLatin1(call.method), route->pattern)));
        }
    }
    return route->handler(call);
}

void ApiServer::send(
    QHttpServerResponder &responder, QTcpSocket *socket, const Response &response, bool close)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    if (close)
        responder.writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    responder.writeBody(response.body);
    if (close)
        socket->disconnectFromHost();
}

void ApiServer::finish(Call &call, const Response &response)
{
    send(*call.responder, call.socket, response, call.closeAfter);
    const double seconds = double(call.started.nsecsElapsed()) / 1e9;
    m_metrics.observeRequest(call.route, call.method, response.status, seconds);
    if (response.status >= 500)
        qCWarning(lcServer).noquote()
            << call.method << call.request.url().path() << response.status << response.body.left(300);
    else
        qCDebug(lcServer).noquote() << call.method << call.request.url().path() << response.status;
}

std::optional<ApiServer::Response> ApiServer::health(Call &)
{
    Error error;
    const qint64 last = m_stores.events->lastSeq(&error);
    if (last < 0)
        return Response::error({503, QStringLiteral("store_error"), error.message, {}, {}});
    return Response::json({
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("version"), QStringLiteral(WARROOM_VERSION)},
        {QStringLiteral("store"), m_stores.events->kind()},
        {QStringLiteral("last_seq"), last},
    });
}

std::optional<ApiServer::Response> ApiServer::getMe(Call &call)
{
    // Who the server takes this token for: the person (the token's name) and what the role allows.
    return Response::json({
        {QStringLiteral("name"), call.principal.name},
        {QStringLiteral("role"), Roles::name(call.principal.role)},
    });
}

std::optional<ApiServer::Response> ApiServer::getEvents(Call &call)
{
    qint64 after = 0;
    qint64 limit = ServerConfig::DefaultLimit;
    qint64 wait = 0;
    QList<QPair<QString, QString>> items;
    if (std::optional<ApiError> refusal = queryItems(call.request, &items))
        return Response::error(*refusal);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("after")) {
            const auto parsed = parseCount(value, 18);
            if (!parsed)
                return Response::error(ApiError::badRequest(QStringLiteral("invalid_parameter"),
                    QStringLiteral("after must be a seq: a whole number from 0 (got \"%1\").")
                        .arg(value.left(40)),
                    key));
            after = *parsed;
        } else if (key == QLatin1String("limit")) {
            if (std::optional<ApiError> refusal = parseLimit(value, ServerConfig::MaxLimit, &limit))
                return Response::error(*refusal);
        } else if (key == QLatin1String("wait")) {
            const auto parsed = parseCount(value, 2);
            if (!parsed || *parsed > ServerConfig::MaxWaitSeconds)
                return Response::error(ApiError::badRequest(QStringLiteral("invalid_parameter"),
                    QStringLiteral("wait must be a whole number of seconds from 0 to %1 (got \"%2\").")
                        .arg(ServerConfig::MaxWaitSeconds)
                        .arg(value.left(40)),
                    key));
            wait = *parsed;
        }
        // Other parameters are ignored, so that newer clients can add some.
    }
    Error error;
    if (!m_events.refresh(&error))
        return Response::error(ApiError::fromError(error));
    if (wait > 0 && after == m_events.lastSeq()) {
        // Nothing new: park. An append answers it (onAppended), or the hub does when wait seconds pass.
        LongPollHub::Waiter waiter;
        waiter.responder = std::move(call.responder);
        waiter.socket = call.socket;
        waiter.after = after;
        waiter.limit = int(limit);
        waiter.route = call.route;
        waiter.method = call.method;
        waiter.closeAfter = call.closeAfter;
        waiter.started = call.started;
        waiter.authorization = header(call.request, "Authorization");
        m_guard->setParked(call.socket, true);
        m_hub->park(std::move(waiter), int(wait * 1000));
        return std::nullopt;
    }
    // after > last_seq: the client knows a longer log than this one (restored from an older backup?). It gets
    // an empty answer at once, with last_seq, so it can tell rather than wait forever.
    return eventsResponse(after, int(limit));
}

ApiServer::Response ApiServer::eventsResponse(qint64 after, int limit)
{
    if (m_sharingAnswers) {
        const auto it = m_sharedAnswers.constFind(qMakePair(after, limit));
        if (it != m_sharedAnswers.cend())
            return it.value();
    }
    EventList events;
    qint64 lastSeq = 0;
    Error error;
    if (!m_events.read(after, limit, &events, &lastSeq, &error))
        return Response::error(ApiError::fromError(error));
    QJsonArray array;
    for (const Event &event : std::as_const(events))
        array.append(event.toJson());
    Response response = Response::json({
        {QStringLiteral("events"), array},
        {QStringLiteral("last_seq"), lastSeq},
    });
    if (m_sharingAnswers)
        m_sharedAnswers.insert(qMakePair(after, limit), response);
    return response;
}

void ApiServer::answerWaiter(LongPollHub::Waiter &waiter)
{
    // The token may have been revoked while the request was parked (warroomd token revoke, another process):
    // the store decides again, so that a revoked token never receives another event.
    ApiError refusal;
    const bool stillValid = m_authenticator.authenticate(waiter.authorization, &refusal).has_value();
    if (!stillValid && refusal.status == 401)
        m_metrics.increment(QStringLiteral("warroom_auth_failures_total"));
    const Response response
        = stillValid ? eventsResponse(waiter.after, waiter.limit) : Response::error(refusal);
    send(*waiter.responder, waiter.socket, response, waiter.closeAfter);
    m_metrics.observeRequest(
        waiter.route, waiter.method, response.status, double(waiter.started.nsecsElapsed()) / 1e9);
}

void ApiServer::onAppended(qint64 lastSeq)
{
    m_sharingAnswers = true;
    m_hub->wake(lastSeq);
    m_sharingAnswers = false;
    m_sharedAnswers.clear();
}

std::optional<ApiServer::Response> ApiServer::postEvents(Call &call)
{
    QJsonDocument document;
    if (std::optional<ApiError> refusal = readJsonBody(
            call.request, QStringLiteral("the events"), QStringLiteral(" Split the batch."), &document))
        return Response::error(*refusal);
    if (!document.isObject())
        return Response::error(ApiError::badRequest(QStringLiteral("invalid_request"),
            QStringLiteral("The body must be a JSON object: {\"events\": [ … ]}.")));
    const QJsonObject root = document.object();
    const QJsonValue eventsValue = root.value(QStringLiteral("events"));
    if (!eventsValue.isArray())
        return Response::error(ApiError::badRequest(QStringLiteral("invalid_request"),
            QStringLiteral("events must be an array of events: {\"events\": [ … ]}."),
            QStringLiteral("events")));
    const QJsonArray items = eventsValue.toArray();
    if (items.isEmpty())
        return Response::error(ApiError::badRequest(QStringLiteral("invalid_request"),
            QStringLiteral("events is empty: send 1 to %1 events.").arg(EventService::MaxBatch),
            QStringLiteral("events")));
    if (items.size() > EventService::MaxBatch)
        return Response::error(ApiError::payloadTooLarge(
            QStringLiteral("%1 events in one batch; at most %2 are accepted. Split the batch.")
                .arg(items.size())
                .arg(EventService::MaxBatch),
            QStringLiteral("events")));

    // Validated now; stored with the other POSTs of this round of the event loop (one transaction), answered
    // then.
    const std::shared_ptr<QHttpServerResponder> responder = call.responder;
    const QPointer<QTcpSocket> socket(call.socket);
    const QElapsedTimer started = call.started;
    const bool closeAfter = call.closeAfter;
    Error error;
    const bool accepted = m_events.submit(
        items,
        [this, responder, socket, started, closeAfter](
            const QList<EventService::Outcome> &outcomes, const Error &failure) {
            const Response response = postedResponse(outcomes, failure);
            send(*responder, socket.data(), response, closeAfter);
            m_metrics.observeRequest(QStringLiteral("/api/v1/events"), QByteArrayLiteral("POST"),
                response.status, double(started.nsecsElapsed()) / 1e9);
        },
        &error);
    if (!accepted)
        return Response::error(ApiError::fromError(error));
    return std::nullopt;
}

ApiServer::Response ApiServer::postedResponse(
    const QList<EventService::Outcome> &outcomes, const Error &error)
{
    if (error)
        return Response::error(ApiError::fromError(error));
    QJsonArray results;
    qint64 added = 0;
    for (const EventService::Outcome &outcome : outcomes) {
        results.append(QJsonObject {
            {QStringLiteral("id"), outcome.id},
            {QStringLiteral("seq"), outcome.seq},
            {QStringLiteral("duplicate"), outcome.duplicate},
        });
        if (!outcome.duplicate)
            ++added;
    }
    m_metrics.increment(QStringLiteral("warroom_events_appended_total"), added);
    return Response::json({
        {QStringLiteral("results"), results},
        {QStringLiteral("last_seq"), m_events.lastSeq()},
    });
}

std::optional<ApiServer::Response> ApiServer::getIncidents(Call &call)
{
    std::optional<BoardPosition> after;
    qint64 limit = ServerConfig::DefaultBoardLimit;
    QList<QPair<QString, QString>> items;
    if (std::optional<ApiError> refusal = queryItems(call.request, &items))
        return Response::error(*refusal);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("cursor")) {
            after = BoardCursor::parse(value);
            if (!after)
                return Response::error(ApiError::badRequest(QStringLiteral("invalid_parameter"),
                    QStringLiteral("cursor must be a next_cursor from an earlier answer (got \"%1\").")
                        .arg(value.left(40)),
                    key));
        } else if (key == QLatin1String("limit")) {
            if (std::optional<ApiError> refusal = parseLimit(value, ServerConfig::MaxLimit, &limit))
                return Response::error(*refusal);
        }
    }
    Error error;
    if (!m_events.refresh(&error))
        return Response::error(ApiError::fromError(error));
    QJsonArray incidents;
    const QList<IncidentSummary> &board = this->board();
    // The board is sorted by position: the page starts at the first row past the cursor.
    const auto first = !after ? board.cbegin()
                              : std::partition_point(board.cbegin(), board.cend(),
                                  [&](const IncidentSummary &s) { return !(*after < BoardPosition::of(s)); });
    const auto end = board.cend() - first > limit ? first + limit : board.cend();
    const QDateTime now = Clock::now();
    const qint64 overdueAfter = qint64(m_config.unacknowledgedMinutes) * 60 * 1000;
    for (auto it = first; it != end; ++it) {
        const IncidentSummary &s = *it;
        // How long an open incident has waited for a commander (DESIGN §8); null once it has one.
        const bool waiting = s.isOpen() && !s.isAcknowledged() && s.declaredAt.isValid();
        const qint64 waited = waiting ? qMax<qint64>(0, s.declaredAt.msecsTo(now)) : 0;
        incidents.append(QJsonObject {
            {QStringLiteral("id"), s.id},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("severity"), Names::severity(s.severity)},
            {QStringLiteral("status"), Names::status(s.status)},
            {QStringLiteral("commander"),
                s.commander.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.commander)},
            {QStringLiteral("declared_at"), timeOrNull(s.declaredAt)},
            {QStringLiteral("impact_started_at"), timeOrNull(s.impactStartedAt)},
            {QStringLiteral("resolved_at"), timeOrNull(s.resolvedAt)},
            {QStringLiteral("last_activity"), timeOrNull(s.lastActivity)},
            {QStringLiteral("steps_done"), s.stepsDone},
            {QStringLiteral("steps_total"), s.stepsTotal},
            {QStringLiteral("firing_alerts"), s.firingAlerts},
            {QStringLiteral("unacknowledged_for_ms"),
                waiting ? QJsonValue(waited) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("overdue_ack"), waiting && waited >= overdueAfter},
        });
    }
    const QJsonValue next = end == board.cend()
        ? QJsonValue(QJsonValue::Null)
        : QJsonValue(BoardCursor::after(BoardPosition::of(*(end - 1))));
    return Response::json({
        {QStringLiteral("incidents"), incidents},
        {QStringLiteral("next_cursor"), next},
        {QStringLiteral("total"), board.size()},
        {QStringLiteral("unacknowledged_minutes"), m_config.unacknowledgedMinutes},
        {QStringLiteral("last_seq"), m_events.lastSeq()},
    });
}

std::optional<ApiServer::Response> ApiServer::getIncident(Call &call)
{
    if (!Wire::isUuid(call.parameter))
        return Response::error(ApiError::badRequest(QStringLiteral("invalid_parameter"),
            QStringLiteral("An incident id is a uuid (got \"%1\").").arg(call.parameter.left(64)),
            QStringLiteral("id")));
    Error error;
    if (!m_events.refresh(&error))
        return Response::error(ApiError::fromError(error));
    const IncidentState *state = m_events.projection().incident(call.parameter.toLower());
    if (!state)
        return Response::error(
            ApiError::notFound(QStringLiteral("There is no incident %1.").arg(call.parameter)));
    return Response::json({
        {QStringLiteral("id"), state->id()},
        {QStringLiteral("state"), state->toCanonicalJson()},
        {QStringLiteral("hash"), QString::fromLatin1(state->hash())},
        {QStringLiteral("seq"), state->lastSeq()},
        {QStringLiteral("last_seq"), m_events.lastSeq()},
    });
}

std::optional<ApiServer::Response> ApiServer::getRunbooks(Call &)
{
    QList<RunbookCatalog::Item> items;
    Error error;
    if (!m_runbooks.list(&items, &error))
        return Response::error(ApiError::fromError(error));
    QJsonArray runbooks;
    for (const RunbookCatalog::Item &item : std::as_const(items)) {
        runbooks.append(QJsonObject {
            {QStringLiteral("name"), item.name},
            {QStringLiteral("title"), item.parsed.name},
            {QStringLiteral("description"), item.parsed.description},
            {QStringLiteral("steps"), int(item.parsed.steps.size())},
            {QStringLiteral("source"), item.builtIn ? QStringLiteral("builtin") : QStringLiteral("stored")},
            {QStringLiteral("updated_at"), timeOrNull(item.updatedAt)},
            {QStringLiteral("updated_by"),
                item.updatedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.updatedBy)},
        });
    }
    return Response::json({{QStringLiteral("runbooks"), runbooks}});
}

std::optional<ApiServer::Response> ApiServer::getRunbook(Call &call)
{
    if (!RunbookCatalog::isValidName(call.parameter))
        return Response::error(ApiError::badRequest(QStringLiteral("invalid_parameter"),
            QStringLiteral("A runbook name is 1 to 64 lower-case letters, digits, - and _ (got \"%1\").")
                .arg(call.parameter.left(64)),
            QStringLiteral("name")));
    RunbookCatalog::Item item;
    bool found = false;
    Error error;
    if (!m_runbooks.find(call.parameter, &item, &found, &error))
        return Response::error(ApiError::fromError(error));
    if (!found)
        return Response::error(
            ApiError::notFound(QStringLiteral("There is no runbook \"%1\".").arg(call.parameter)));
    Response response {200, QByteArrayLiteral("text/markdown; charset=utf-8"), item.markdown.toUtf8(), {}};
    response.headers.append({QByteArrayLiteral("X-Warroom-Runbook-Source"),
        item.builtIn ? QByteArrayLiteral("builtin") : QByteArrayLiteral("stored")});
    return response;
}

std::optional<ApiServer::Response> ApiServer::putRunbook(Call &call)
{
    if (!RunbookCatalog::isValidName(call.parameter))
        return Response::error(ApiError::badRequest(QStringLiteral("invalid_parameter"),
            QStringLiteral("A runbook name is 1 to 64 lower-case letters, digits, - and _ (got \"%1\").")
                .arg(call.parameter.left(64)),
            QStringLiteral("name")));
    if (mediaType(call.request) != "text/markdown")
        return Response::error(ApiError::unsupportedMediaType(
            QStringLiteral("Send the runbook as Markdown: Content-Type: text/markdown (got \"%1\").")
                .arg(QString::fromLatin1(header(call.request, "Content-Type").left(80)))));
    const QByteArray body = call.request.body();
    if (body.size() > ServerConfig::MaxBodyBytes)
        return Response::error(ApiError::payloadTooLarge(
            QStringLiteral("The runbook is %1 bytes; at most %2 (1 MiB) are accepted.")
                .arg(body.size())
                .arg(ServerConfig::MaxBodyBytes)));
    if (!QUtf8StringView(body).isValidUtf8())
        return Response::error(ApiError::badRequest(
            QStringLiteral("invalid_encoding"), QStringLiteral("The runbook is not valid UTF-8 text.")));
    RunbookCatalog::Item item;
    bool created = false;
    Error error;
    if (!m_runbooks.put(
            call.parameter, QString::fromUtf8(body), call.principal.name, &item, &created, &error))
        return Response::error(ApiError::fromError(error));
    qCInfo(lcServer).noquote() << call.principal.name << (created ? "stored" : "replaced") << "the runbook"
                               << call.parameter;
    return Response::json(
        {
            {QStringLiteral("name"), item.name},
            {QStringLiteral("title"), item.parsed.name},
            {QStringLiteral("steps"), int(item.parsed.steps.size())},
            {QStringLiteral("source"), QStringLiteral("stored")},
            {QStringLiteral("updated_at"), timeOrNull(item.updatedAt)},
            {QStringLiteral("updated_by"), item.updatedBy},
        },
        created ? 201 : 200);
}

std::optional<ApiServer::Response> ApiServer::getMetrics(Call &)
{
    return Response {
        200, QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"), m_metrics.render(), {}};
}

const QList<IncidentSummary> &ApiServer::board() const
{
    const qint64 seq = m_events.projection().lastSeq();
    if (seq != m_boardSeq) {
        m_board = m_events.projection().board();
        m_boardSeq = seq;
    }
    return m_board;
}

int ApiServer::overdueIncidents() const
{
    const QDateTime now = Clock::now();
    const qint64 overdueAfter = qint64(m_config.unacknowledgedMinutes) * 60 * 1000;
    int overdue = 0;
    const QList<IncidentSummary> &board = this->board();
    for (const IncidentSummary &s : board) {
        if (s.isOpen() && !s.isAcknowledged() && s.declaredAt.isValid()
            && s.declaredAt.msecsTo(now) >= overdueAfter)
            ++overdue;
    }
    return overdue;
}

std::optional<ApiServer::Response> ApiServer::hooks(Call &call)
{
    const QString name = call.parameter;
    if (!HookFormats::names().contains(name))
        return Response::error(
            ApiError::notFound(QStringLiteral("There is no hook \"%1\": the hooks are %2.")
                                   .arg(name.left(64), HookFormats::names().join(QStringLiteral(", ")))));
    QJsonDocument document;
    if (std::optional<ApiError> refusal
        = readJsonBody(call.request, QStringLiteral("the alert"), {}, &document))
        return Response::error(*refusal);
    if (!document.isObject())
        return Response::error(ApiError::badRequest(QStringLiteral("invalid_payload"),
            QStringLiteral("The body must be a JSON object: the %1 payload (see docs/API.md).").arg(name)));
    const QJsonObject root = document.object();
    HookPayload payload;
    Error problem;
    if (!HookFormats::parse(name, root, &payload, &problem)) {
        if (problem.code == QLatin1String("payload_too_large"))
            return Response::error(ApiError::payloadTooLarge(problem.message, problem.field));
        return Response::error(ApiError::badRequest(problem.code, problem.message, problem.field));
    }

    // Plan on the log as it will be once what waits for the next commit is stored: two deliveries of one
    // group in the same round must find the incident the first one opens.
    Error error;
    if (!m_events.hasPending() && !m_events.refresh(&error))
        return Response::error(ApiError::fromError(error));
    const AlertIntake::Plan plan = m_intake.plan(
        payload, m_events.upcoming(), [this](const QString &id) { return m_events.knows(id); },
        call.principal.name);
    m_metrics.increment(QStringLiteral("warroom_hook_alerts_total"), plan.alerts);
    if (plan.retryAfterSeconds > 0) {
        m_metrics.increment(QStringLiteral("warroom_hook_storm_refused_total"));
        qCWarning(lcServer).noquote()
            << "hook" << name << "from" << call.principal.name << "refused:" << plan.ignored;
        return Response::error(
            ApiError::tooManyRequests(plan.retryAfterSeconds, QStringLiteral("alert_storm"),
                QStringLiteral("Alert storm: %1. The alerts were not recorded; send them again then.")
                    .arg(plan.ignored)));
    }

    QJsonObject answer {
        {QStringLiteral("incident"),
            plan.incident.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(plan.incident)},
        {QStringLiteral("created"), false},
        {QStringLiteral("events"), 0},
        {QStringLiteral("alerts"), plan.alerts},
        {QStringLiteral("duplicates"), plan.duplicates},
    };
    if (!plan.ignored.isEmpty())
        answer.insert(QStringLiteral("ignored"), plan.ignored);
    if (plan.storm)
        answer.insert(QStringLiteral("storm"), true);
    if (name == QLatin1String("pagerduty"))
        answer.insert(QStringLiteral("dedup_key"), payload.key);
    qCInfo(lcServer).noquote() << "hook" << name << "from" << call.principal.name << ":" << plan.alerts
                               << "alerts," << plan.duplicates << "known →"
                               << (plan.incident.isEmpty() ? QStringLiteral("ignored") : plan.incident)
                               << (plan.creates ? "(opened)" : "");
    if (plan.events.isEmpty()) {
        answer.insert(QStringLiteral("last_seq"), m_events.lastSeq());
        return Response::json(answer);
    }

    QJsonArray items;
    for (const Event &event : plan.events)
        items.append(event.toJson());
    const std::shared_ptr<QHttpServerResponder> responder = call.responder;
    const QPointer<QTcpSocket> socket(call.socket);
    const QElapsedTimer started = call.started;
    const bool closeAfter = call.closeAfter;
    const QString route = call.route;
    const QString declaredId = plan.creates ? plan.events.constFirst().id : QString();
    const bool accepted = m_events.submit(
        items,
        [this, responder, socket, started, closeAfter, route, answer, declaredId](
            const QList<EventService::Outcome> &outcomes, const Error &failure) {
            Response response;
            if (failure) {
                response = Response::error(ApiError::fromError(failure));
            } else {
                QJsonObject done = answer;
                qint64 added = 0;
                bool created = false;
                for (const EventService::Outcome &outcome : outcomes) {
                    if (outcome.duplicate)
                        continue;
                    ++added;
                    created = created || outcome.id == declaredId;
                }
                m_metrics.increment(QStringLiteral("warroom_events_appended_total"), added);
                if (created)
                    m_metrics.increment(QStringLiteral("warroom_hook_incidents_opened_total"));
                done.insert(QStringLiteral("created"), created);
                done.insert(QStringLiteral("events"), added);
                done.insert(QStringLiteral("last_seq"), m_events.lastSeq());
                response = Response::json(done);
            }
            send(*responder, socket.data(), response, closeAfter);
            m_metrics.observeRequest(
                route, QByteArrayLiteral("POST"), response.status, double(started.nsecsElapsed()) / 1e9);
        },
        &error);
    if (!accepted) {
        // The intake made events the log refuses: a bug here, not the sender's fault.
        qCWarning(lcServer).noquote() << "hook" << name << "made events the log refused:" << error.message;
        return Response::error(ApiError::fromError(error));
    }
    return std::nullopt;
}

} // namespace Warroom
