// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertintake.h"
#include "apierror.h"
#include "eventservice.h"
#include "longpollhub.h"
#include "metricsregistry.h"
#include "ratelimiter.h"
#include "runbookcatalog.h"
#include "serverconfig.h"
#include "tokenauthenticator.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QRegularExpression>

#include <functional>
#include <memory>
#include <optional>

namespace Warroom {

class ConnectionGuard;
class ListeningServer;

/// warroomd's REST API (DESIGN §5, docs/API.md): routing, authentication, the per-token rate limit, the
/// request limits and the handlers. It derives from QAbstractHttpServer rather than using QHttpServer's
/// router because it needs the socket of every request (long-polls keep a QPointer to it), its own 404/405
/// and error body, and one place that checks a token before any handler runs.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Stores
    {
        EventStore *events = nullptr;
        TokenStore *tokens = nullptr;
        RunbookStore *runbooks = nullptr;
    };

    ApiServer(const ServerConfig &config, const Stores &stores, QObject *parent = nullptr);
    ~ApiServer() override;

    /// Folds the log, loads the TLS certificate and key, and listens. False with @p error saying why not.
    bool start(Error *error);
    /// Answers the parked long-polls and closes every connection (before the process exits).
    void shutdown();

    [[nodiscard]] quint16 port() const;
    /// http://127.0.0.1:8470 (https when serving TLS).
    [[nodiscard]] QString url() const;
    [[nodiscard]] const MetricsRegistry &metrics() const { return m_metrics; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Response
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        static Response json(const QJsonObject &object, int status = 200);
        static Response error(const ApiError &error);
    };

    /// One request while it is handled.
    struct Call
    {
        Call(const QHttpServerRequest &req, QTcpSocket *sock)
            : request(req)
            , socket(sock)
        { }
        const QHttpServerRequest &request;
        QTcpSocket *socket;
        std::shared_ptr<QHttpServerResponder> responder; ///< shared: a deferred answer keeps it
        QElapsedTimer started;
        QString route = QStringLiteral("unmatched"); ///< the route pattern, for metrics
        QByteArray method;
        QString parameter; ///< the {id} or {name} of the path, percent-decoded
        Principal principal;
        bool closeAfter = false;
    };

    /// A handler answers (returns a response) or parks the call (returns nothing, having moved the
    /// responder).
    using Handler = std::function<std::optional<Response>(Call &)>;

    struct Route
    {
        QString pattern;
        QRegularExpression path;
        QHttpServerRequest::Method method;
        std::optional<Permission> permission; ///< nullopt: no token needed
        Handler handler;
    };

    void addRoute(const QString &pattern, QHttpServerRequest::Method method,
        std::optional<Permission> permission, Handler handler);
    std::optional<Response> dispatch(Call &call);
    void send(QHttpServerResponder &responder, QTcpSocket *socket, const Response &response, bool close);
    void finish(Call &call, const Response &response);

    std::optional<Response> health(Call &call);
    std::optional<Response> getEvents(Call &call);
    std::optional<Response> postEvents(Call &call);
    std::optional<Response> getIncidents(Call &call);
    std::optional<Response> getIncident(Call &call);
    std::optional<Response> getMe(Call &call);
    std::optional<Response> getRunbooks(Call &call);
    std::optional<Response> getRunbook(Call &call);
    std::optional<Response> putRunbook(Call &call);
    std::optional<Response> getMetrics(Call &call);
    std::optional<Response> hooks(Call &call);

    /// The answer to GET /api/v1/events for @p after and @p limit.
    Response eventsResponse(qint64 after, int limit);
    void answerWaiter(LongPollHub::Waiter &waiter);
    /// The answer to a POST whose batch was stored (or whose commit failed).
    Response postedResponse(const QList<EventService::Outcome> &outcomes, const Error &error);
    void onAppended(qint64 lastSeq);
    /// Open incidents with no commander for at least unacknowledged_minutes (DESIGN §8).
    [[nodiscard]] int overdueIncidents() const;
    /// Projection::board(), kept until the fold moves on.
    [[nodiscard]] const QList<IncidentSummary> &board() const;

    ServerConfig m_config;
    Stores m_stores;
    EventService m_events;
    TokenAuthenticator m_authenticator;
    AlertIntake m_intake;
    RunbookCatalog m_runbooks;
    RateLimiter m_rateLimiter;
    MetricsRegistry m_metrics;
    QElapsedTimer m_clock;
    ConnectionGuard *m_guard = nullptr;
    ListeningServer *m_listener = nullptr;
    LongPollHub *m_hub = nullptr;
    QList<Route> m_routes;
    bool m_tls = false;
    // While one append wakes many long-polls, those that asked for the same (after, limit) share one answer.
    bool m_sharingAnswers = false;
    QHash<QPair<qint64, int>, Response> m_sharedAnswers;
    /// The board, sorted, as of the fold's last seq: a stampede of board reads between two appends costs
    /// one sort (7,400 incidents: about 8 ms each, Release).
    mutable QList<IncidentSummary> m_board;
    mutable qint64 m_boardSeq = -1;
};

} // namespace Warroom
