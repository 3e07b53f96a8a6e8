// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "event.h"
#include "serversupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace WarroomTest;

namespace {

QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(WARROOM_TEST_DATA "/hooks/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample %s", qPrintable(file.fileName()));
    return file.readAll();
}

QJsonObject sampleObject(const QString &name)
{
    return QJsonDocument::fromJson(sample(name)).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// @p name's sample with another group / dedup key, so that a test has a group of its own.
QByteArray withKey(const QString &name, const QString &keyField, const QString &key)
{
    QJsonObject object = sampleObject(name);
    object.insert(keyField, key);
    return compact(object);
}

double metric(const QByteArray &text, const QByteArray &series)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(series + ' '))
            return line.mid(series.size() + 1).toDouble();
    }
    return -1;
}

} // namespace

/// The incoming alert hooks against a real warroomd (SQLite, and PostgreSQL with the fixture): real sample
/// payloads open, join and record; retries add nothing; basic auth; roles; hostile payloads get clean 4xx
/// and store nothing; the unacknowledged summary and gauge; a restarted server still knows its groups.
class TestHooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void alertmanagerOpensJoinsAndRecords();
    void sameDeliveryTwiceAddsNothing();
    void basicAuthWithAHookToken();
    void rolesAreKeptApart();
    void pagerDuty();
    void genericAndGrafana();
    void deliveriesOfOneGroupTogetherMakeOneIncident();
    void hostilePayloads_data();
    void hostilePayloads();
    void unacknowledgedIncidentsAreOverdue();
    void restartedServerStillKnowsItsGroups();

private:
    HttpReply hook(const QString &name, const QByteArray &body, const QString &token = {});
    HttpReply incident(const QString &id);
    QJsonObject boardRow(const QString &id);
    qint64 lastSeq();

    std::unique_ptr<TestDatabase> m_db;
    WarroomdProcess m_server;
    std::unique_ptr<HttpClient> m_http;
    QString m_hook;
    QString m_responder;
    QString m_viewer;
    QString m_admin;
    QString m_amIncident; ///< opened by alertmanagerOpensJoinsAndRecords
};

void TestHooks::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_hook = createToken(m_db->location(), QStringLiteral("am-prod"), QStringLiteral("hook"));
    m_responder = createToken(m_db->location(), QStringLiteral("alice"), QStringLiteral("responder"));
    m_viewer = createToken(m_db->location(), QStringLiteral("wall"), QStringLiteral("viewer"));
    m_admin = createToken(m_db->location(), QStringLiteral("root"), QStringLiteral("admin"));
    QVERIFY(!m_hook.isEmpty() && !m_responder.isEmpty() && !m_viewer.isEmpty() && !m_admin.isEmpty());
    QString error;
    QVERIFY2(m_server.start(m_db->location(), {QStringLiteral("--rate"), QStringLiteral("0")}, &error),
        qPrintable(error));
    m_http = std::make_unique<HttpClient>(m_server.baseUrl());
}

void TestHooks::cleanupTestCase()
{
    QVERIFY(m_server.terminate());
}

HttpReply TestHooks::hook(const QString &name, const QByteArray &body, const QString &token)
{
    return m_http->post(QStringLiteral("/api/v1/hooks/") + name, token.isEmpty() ? m_hook : token, body);
}

HttpReply TestHooks::incident(const QString &id)
{
    return m_http->get(QStringLiteral("/api/v1/incidents/") + id, m_viewer);
}

QJsonObject TestHooks::boardRow(const QString &id)
{
    const HttpReply board = m_http->get(QStringLiteral("/api/v1/incidents"), m_viewer);
    for (const QJsonValue &row : board.json.value(QStringLiteral("incidents")).toArray()) {
        if (row.toObject().value(QStringLiteral("id")).toString() == id)
            return row.toObject();
    }
    return {};
}

qint64 TestHooks::lastSeq()
{
    return qint64(
        m_http->get(QStringLiteral("/api/v1/health")).json.value(QStringLiteral("last_seq")).toDouble());
}

void TestHooks::alertmanagerOpensJoinsAndRecords()
{
    const HttpReply opened
        = hook(QStringLiteral("alertmanager"), sample(QStringLiteral("alertmanager-firing")));
    QVERIFY2(opened.status == 200, qPrintable(opened.describe()));
    QCOMPARE(opened.json.value(QStringLiteral("created")).toBool(), true);
    QCOMPARE(opened.json.value(QStringLiteral("events")).toInt(), 5); // declared + 2 × (alert + note)
    QCOMPARE(opened.json.value(QStringLiteral("alerts")).toInt(), 2);
    m_amIncident = opened.json.value(QStringLiteral("incident")).toString();
    QVERIFY(Warroom::Wire::isUuid(m_amIncident));

    const HttpReply state = incident(m_amIncident);
    QCOMPARE(state.status, 200);
    const QJsonObject fold = state.json.value(QStringLiteral("state")).toObject();
    QCOMPARE(fold.value(QStringLiteral("severity")).toString(), QStringLiteral("SEV1"));
    QCOMPARE(fold.value(QStringLiteral("title")).toString(),
        QStringLiteral("CheckoutHighErrorRate: Checkout API error rate above 5%"));
    QCOMPARE(fold.value(QStringLiteral("alerts")).toArray().size(), 2);

    // A later notification of the group, with a third instance: it joins.
    const HttpReply grown
        = hook(QStringLiteral("alertmanager"), sample(QStringLiteral("alertmanager-firing-grown")));
    QVERIFY2(grown.status == 200, qPrintable(grown.describe()));
    QCOMPARE(grown.json.value(QStringLiteral("incident")).toString(), m_amIncident);
    QCOMPARE(grown.json.value(QStringLiteral("created")).toBool(), false);
    QCOMPARE(grown.json.value(QStringLiteral("events")).toInt(), 2);
    QCOMPARE(grown.json.value(QStringLiteral("duplicates")).toInt(), 2);
    QCOMPARE(boardRow(m_amIncident).value(QStringLiteral("firing_alerts")).toInt(), 3);

    // Resolved: recorded, and the incident stays open.
    const HttpReply resolved
        = hook(QStringLiteral("alertmanager"), sample(QStringLiteral("alertmanager-resolved")));
    QVERIFY2(resolved.status == 200, qPrintable(resolved.describe()));
    QCOMPARE(resolved.json.value(QStringLiteral("incident")).toString(), m_amIncident);
    QCOMPARE(resolved.json.value(QStringLiteral("events")).toInt(), 2);
    const QJsonObject row = boardRow(m_amIncident);
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("investigating"));
    QCOMPARE(row.value(QStringLiteral("firing_alerts")).toInt(), 1);
    QCOMPARE(incident(m_amIncident)
                 .json.value(QStringLiteral("state"))
                 .toObject()
                 .value(QStringLiteral("alerts"))
                 .toArray()
                 .size(),
        5);
}

void TestHooks::sameDeliveryTwiceAddsNothing()
{
    const QByteArray body = withKey(QStringLiteral("alertmanager-firing"), QStringLiteral("groupKey"),
        QStringLiteral("{}:{alertname=\"RetriedTwice\"}"));
    const HttpReply first = hook(QStringLiteral("alertmanager"), body);
    QVERIFY2(first.status == 200, qPrintable(first.describe()));
    const qint64 after = lastSeq();
    for (int i = 0; i < 3; ++i) {
        const HttpReply again = hook(QStringLiteral("alertmanager"), body);
        QVERIFY2(again.status == 200, qPrintable(again.describe()));
        QCOMPARE(again.json.value(QStringLiteral("incident")).toString(),
            first.json.value(QStringLiteral("incident")).toString());
        QCOMPARE(again.json.value(QStringLiteral("created")).toBool(), false);
        QCOMPARE(again.json.value(QStringLiteral("events")).toInt(), 0);
        QCOMPARE(again.json.value(QStringLiteral("duplicates")).toInt(), 2);
    }
    QCOMPARE(lastSeq(), after);
    // Every copy of the resolved follow-up but the first adds nothing either.
    const QByteArray resolved = withKey(QStringLiteral("alertmanager-resolved"), QStringLiteral("groupKey"),
        QStringLiteral("{}:{alertname=\"RetriedTwice\"}"));
    QCOMPARE(hook(QStringLiteral("alertmanager"), resolved).json.value(QStringLiteral("events")).toInt(), 2);
    QCOMPARE(hook(QStringLiteral("alertmanager"), resolved).json.value(QStringLiteral("events")).toInt(), 0);
}

void TestHooks::basicAuthWithAHookToken()
{
    const QByteArray body = sample(QStringLiteral("grafana-firing"));
    const auto basic = [](const QByteArray &userAndPassword) {
        return QList<QPair<QByteArray, QByteArray>> {
            {"Authorization", "Basic " + userAndPassword.toBase64()}};
    };
    const HttpReply reply = m_http->send("POST", QStringLiteral("/api/v1/hooks/grafana"), {}, body,
        "application/json", 15000, basic("grafana:" + m_hook.toUtf8()));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.json.value(QStringLiteral("created")).toBool(), true);
    // The token as the user name with no password works as well (some senders only have a user field).
    const HttpReply userOnly = m_http->send("POST", QStringLiteral("/api/v1/hooks/grafana"), {}, body,
        "application/json", 15000, basic(m_hook.toUtf8() + ":"));
    QVERIFY2(userOnly.status == 200, qPrintable(userOnly.describe()));
    QCOMPARE(userOnly.json.value(QStringLiteral("events")).toInt(), 0);

    const qint64 before = lastSeq();
    for (const QByteArray &bad :
        {QByteArray("grafana:wr_" + QByteArray(43, 'A')), QByteArray("grafana:"), QByteArray("no-colon")}) {
        const HttpReply refused = m_http->send(
            "POST", QStringLiteral("/api/v1/hooks/grafana"), {}, body, "application/json", 15000, basic(bad));
        QVERIFY2(refused.status == 401, qPrintable(refused.describe()));
        QVERIFY(refused.isErrorBody());
        QVERIFY(refused.header("WWW-Authenticate").startsWith("Bearer"));
    }
    const HttpReply garbage = m_http->send("POST", QStringLiteral("/api/v1/hooks/grafana"), {}, body,
        "application/json", 15000, {{"Authorization", "Basic !!!not-base64"}});
    QCOMPARE(garbage.status, 401);
    // Basic auth is for the hooks only.
    const HttpReply events = m_http->send(
        "GET", QStringLiteral("/api/v1/events"), {}, {}, {}, 15000, basic("alice:" + m_responder.toUtf8()));
    QCOMPARE(events.status, 401);
    QCOMPARE(lastSeq(), before);
}

void TestHooks::rolesAreKeptApart()
{
    const qint64 before = lastSeq();
    const QByteArray body = sample(QStringLiteral("generic-firing"));
    for (const QString &token : {m_responder, m_viewer}) {
        const HttpReply refused = hook(QStringLiteral("generic"), body, token);
        QVERIFY2(refused.status == 403, qPrintable(refused.describe()));
        QCOMPARE(refused.errorCode(), QStringLiteral("forbidden"));
    }
    const HttpReply none = m_http->post(QStringLiteral("/api/v1/hooks/generic"), {}, body);
    QCOMPARE(none.status, 401);
    // A hook token does nothing but hooks.
    const HttpReply post = m_http->post(QStringLiteral("/api/v1/events"), m_hook,
        Events::batch({Events::declared(Events::newId(), QStringLiteral("Sneaky"))}));
    QVERIFY2(post.status == 403, qPrintable(post.describe()));
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/incidents"), m_hook).status, 403);
    QCOMPARE(lastSeq(), before);
    // An admin may call a hook.
    const HttpReply admin = hook(QStringLiteral("generic"),
        withKey(QStringLiteral("generic-firing"), QStringLiteral("key"), QStringLiteral("admin-test")),
        m_admin);
    QVERIFY2(admin.status == 200, qPrintable(admin.describe()));
}

void TestHooks::pagerDuty()
{
    const HttpReply trigger = hook(QStringLiteral("pagerduty"), sample(QStringLiteral("pagerduty-trigger")));
    QVERIFY2(trigger.status == 200, qPrintable(trigger.describe()));
    QCOMPARE(trigger.json.value(QStringLiteral("created")).toBool(), true);
    QCOMPARE(trigger.json.value(QStringLiteral("dedup_key")).toString(), QStringLiteral("srv01/mysql-disk"));
    const QString id = trigger.json.value(QStringLiteral("incident")).toString();
    QCOMPARE(boardRow(id).value(QStringLiteral("severity")).toString(), QStringLiteral("SEV2"));

    const HttpReply ack = hook(QStringLiteral("pagerduty"), sample(QStringLiteral("pagerduty-acknowledge")));
    QVERIFY2(ack.status == 200, qPrintable(ack.describe()));
    QCOMPARE(ack.json.value(QStringLiteral("incident")).toString(), id);
    QCOMPARE(ack.json.value(QStringLiteral("events")).toInt(), 1);
    QVERIFY(boardRow(id).value(QStringLiteral("commander")).isNull()); // an acknowledge is not a commander

    const HttpReply resolve = hook(QStringLiteral("pagerduty"), sample(QStringLiteral("pagerduty-resolve")));
    QVERIFY2(resolve.status == 200, qPrintable(resolve.describe()));
    QCOMPARE(resolve.json.value(QStringLiteral("incident")).toString(), id);
    const QJsonObject row = boardRow(id);
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("investigating"));
    QCOMPARE(row.value(QStringLiteral("firing_alerts")).toInt(), 0);
    // The routing key is never stored.
    const HttpReply log = m_http->get(QStringLiteral("/api/v1/events?after=0&limit=1000"), m_viewer);
    QVERIFY(!log.body.contains("e93facc04764012d7bfb002500d5d1a6"));
}

void TestHooks::genericAndGrafana()
{
    const HttpReply opened = hook(QStringLiteral("generic"), sample(QStringLiteral("generic-firing")));
    QVERIFY2(opened.status == 200, qPrintable(opened.describe()));
    QCOMPARE(opened.json.value(QStringLiteral("created")).toBool(), true);
    const HttpReply resolved = hook(QStringLiteral("generic"), sample(QStringLiteral("generic-resolved")));
    QCOMPARE(resolved.json.value(QStringLiteral("incident")), opened.json.value(QStringLiteral("incident")));
    QCOMPARE(resolved.json.value(QStringLiteral("events")).toInt(), 1);

    // Opened in basicAuthWithAHookToken; its resolution joins it.
    const HttpReply grafana = hook(QStringLiteral("grafana"), sample(QStringLiteral("grafana-resolved")));
    QVERIFY2(grafana.status == 200, qPrintable(grafana.describe()));
    QCOMPARE(grafana.json.value(QStringLiteral("created")).toBool(), false);
    QCOMPARE(grafana.json.value(QStringLiteral("events")).toInt(), 1);

    // A resolved alert nobody saw fire opens nothing.
    const HttpReply orphan = hook(QStringLiteral("generic"),
        withKey(QStringLiteral("generic-resolved"), QStringLiteral("key"), QStringLiteral("never-fired")));
    QCOMPARE(orphan.status, 200);
    QVERIFY(orphan.json.value(QStringLiteral("incident")).isNull());
    QCOMPARE(orphan.json.value(QStringLiteral("events")).toInt(), 0);
    QVERIFY(!orphan.json.value(QStringLiteral("ignored")).toString().isEmpty());
}

void TestHooks::deliveriesOfOneGroupTogetherMakeOneIncident()
{
    // Two notifications of one new group on two connections at once: both are validated before either is
    // stored (group commit), and the second must still find the incident the first opens.
    const QString key = QStringLiteral("{}:{alertname=\"Together\"}");
    const QList<QByteArray> bodies {
        withKey(QStringLiteral("alertmanager-firing"), QStringLiteral("groupKey"), key),
        withKey(QStringLiteral("alertmanager-firing-grown"), QStringLiteral("groupKey"), key)};
    QList<std::shared_ptr<RawRequest>> requests;
    for (const QByteArray &body : bodies) {
        requests.append(std::make_shared<RawRequest>(m_server.port(),
            RawRequest::build("POST", "/api/v1/hooks/alertmanager",
                {{"Authorization", "Bearer " + m_hook.toUtf8()}, {"Content-Type", "application/json"}},
                body)));
    }
    for (const auto &request : std::as_const(requests))
        request->start();
    QVERIFY(waitFor([&] { return requests.at(0)->isFinished() && requests.at(1)->isFinished(); }, 15000));
    QStringList incidents;
    int created = 0;
    for (const auto &request : std::as_const(requests)) {
        QVERIFY2(request->reply().status == 200, qPrintable(request->reply().describe()));
        incidents << request->reply().json.value(QStringLiteral("incident")).toString();
        created += request->reply().json.value(QStringLiteral("created")).toBool() ? 1 : 0;
    }
    QCOMPARE(incidents.at(0), incidents.at(1));
    QCOMPARE(created, 1);
    QCOMPARE(boardRow(incidents.first()).value(QStringLiteral("firing_alerts")).toInt(), 3);
}

void TestHooks::hostilePayloads_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    const QByteArray json("application/json");
    const QString am = QStringLiteral("/api/v1/hooks/alertmanager");
    const QString invalid = QStringLiteral("invalid_payload");
    const auto amWith = [](const QString &key, const QJsonValue &value) {
        QJsonObject object = sampleObject(QStringLiteral("alertmanager-firing"));
        object.insert(QStringLiteral("groupKey"), QStringLiteral("hostile"));
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return compact(object);
    };
    const auto amAlertWith = [](const QString &key, const QJsonValue &value) {
        QJsonObject object = sampleObject(QStringLiteral("alertmanager-firing"));
        QJsonArray alerts = object.value(QStringLiteral("alerts")).toArray();
        QJsonObject alert = alerts.at(1).toObject();
        alert.insert(key, value);
        alerts[1] = alert;
        object.insert(QStringLiteral("alerts"), alerts);
        object.insert(QStringLiteral("groupKey"), QStringLiteral("hostile"));
        return compact(object);
    };
    const auto row = [&](const char *name, const QString &path, const QByteArray &type,
                         const QByteArray &body, int status, const QString &code, const QString &field = {}) {
        QTest::newRow(name) << path << type << body << status << code << field;
    };
    row("not json", am, json, "version=4&alerts=", 400, QStringLiteral("malformed_json"));
    row("empty body", am, json, "", 400, QStringLiteral("malformed_json"));
    row("truncated json", am, json, sample(QStringLiteral("alertmanager-firing")).left(200), 400,
        QStringLiteral("malformed_json"));
    row("bad utf-8", am, json, "{\"version\":\"4\",\"groupKey\":\"\xff\xfe\"}", 400,
        QStringLiteral("malformed_json"));
    row("array body", am, json, "[]", 400, invalid);
    row("null body", am, json, "null", 400, QStringLiteral("malformed_json"));
    row("string body", am, json, "\"firing\"", 400, QStringLiteral("malformed_json"));
    row("unpaired surrogate", am, json,
        amWith(QStringLiteral("receiver"), QStringLiteral("x"))
            .replace("\"receiver\":\"x\"", "\"receiver\":\"\\ud800\""),
        400, QStringLiteral("invalid_encoding"), QStringLiteral("receiver"));
    const QByteArray receiverX = "\"receiver\":\"x\"";
    row("duplicate key", am, json,
        amWith(QStringLiteral("receiver"), QStringLiteral("x"))
            .replace(receiverX, receiverX + ",\"receiver\":\"y\""),
        400, QStringLiteral("duplicate_key"), QStringLiteral("receiver"));
    row("raw NUL", am, json,
        amWith(QStringLiteral("receiver"), QStringLiteral("x"))
            .replace(receiverX, QByteArray("\"receiver\":\"x\0\"", 15)),
        400, QStringLiteral("invalid_encoding"), QStringLiteral("receiver"));
    row("wrong version", am, json, amWith(QStringLiteral("version"), QStringLiteral("3")), 400, invalid,
        QStringLiteral("version"));
    row("no version", am, json, amWith(QStringLiteral("version"), QJsonValue(QJsonValue::Undefined)), 400,
        invalid, QStringLiteral("version"));
    row("missing alerts", am, json, amWith(QStringLiteral("alerts"), QJsonValue(QJsonValue::Undefined)), 400,
        invalid, QStringLiteral("alerts"));
    row("empty alerts", am, json, amWith(QStringLiteral("alerts"), QJsonArray()), 400, invalid,
        QStringLiteral("alerts"));
    row("alerts a string", am, json, amWith(QStringLiteral("alerts"), QStringLiteral("[]")), 400, invalid,
        QStringLiteral("alerts"));
    row("missing group key", am, json, amWith(QStringLiteral("groupKey"), QString()), 400, invalid,
        QStringLiteral("groupKey"));
    row("bad startsAt", am, json, amAlertWith(QStringLiteral("startsAt"), QStringLiteral("2026-11-21 22:31")),
        400, invalid, QStringLiteral("alerts[1].startsAt"));
    row("startsAt in 2099", am, json,
        amAlertWith(QStringLiteral("startsAt"), QStringLiteral("2099-01-01T00:00:00Z")), 400, invalid,
        QStringLiteral("alerts[1].startsAt"));
    row("startsAt in 1970", am, json,
        amAlertWith(QStringLiteral("startsAt"), QStringLiteral("1970-01-01T00:00:00Z")), 400, invalid,
        QStringLiteral("alerts[1].startsAt"));
    row("bad endsAt", am, json, amAlertWith(QStringLiteral("endsAt"), QStringLiteral("soon")), 400, invalid,
        QStringLiteral("alerts[1].endsAt"));
    row("label not a string", am, json,
        amAlertWith(QStringLiteral("labels"), QJsonObject {{QStringLiteral("severity"), QJsonArray()}}), 400,
        invalid, QStringLiteral("alerts[1].labels.severity"));
    row("alert status unknown", am, json, amAlertWith(QStringLiteral("status"), QStringLiteral("pending")),
        400, invalid, QStringLiteral("alerts[1].status"));
    {
        QJsonArray many;
        const QJsonValue one = sampleObject(QStringLiteral("alertmanager-firing"))
                                   .value(QStringLiteral("alerts"))
                                   .toArray()
                                   .at(0);
        for (int i = 0; i < 501; ++i)
            many.append(one);
        row("501 alerts", am, json, amWith(QStringLiteral("alerts"), many), 413,
            QStringLiteral("payload_too_large"), QStringLiteral("alerts"));
    }
    row("oversize body", am, json, amWith(QStringLiteral("receiver"), QString(1024 * 1024, QLatin1Char('r'))),
        413, QStringLiteral("payload_too_large"));
    row("text/plain", am, "text/plain", sample(QStringLiteral("alertmanager-firing")), 415,
        QStringLiteral("unsupported_media_type"));
    row("no content type", am, QByteArray(), sample(QStringLiteral("alertmanager-firing")), 415,
        QStringLiteral("unsupported_media_type"));
    row("form", am, "application/x-www-form-urlencoded", sample(QStringLiteral("alertmanager-firing")), 415,
        QStringLiteral("unsupported_media_type"));
    row("unknown hook", QStringLiteral("/api/v1/hooks/nagios"), json, "{}", 404, QStringLiteral("not_found"));
    row("hook name with dots", QStringLiteral("/api/v1/hooks/..%2Fevents"), json, "{}", 404,
        QStringLiteral("not_found"));
    row("grafana as alertmanager", am, json, sample(QStringLiteral("grafana-firing")), 400, invalid,
        QStringLiteral("version"));
    row("alertmanager as grafana", QStringLiteral("/api/v1/hooks/grafana"), json,
        sample(QStringLiteral("alertmanager-firing")), 400, invalid, QStringLiteral("version"));
    {
        QJsonObject pd = sampleObject(QStringLiteral("pagerduty-trigger"));
        pd.insert(QStringLiteral("event_action"), QStringLiteral("explode"));
        row("pagerduty bad action", QStringLiteral("/api/v1/hooks/pagerduty"), json, compact(pd), 400,
            invalid, QStringLiteral("event_action"));
        pd = sampleObject(QStringLiteral("pagerduty-trigger"));
        QJsonObject payload = pd.value(QStringLiteral("payload")).toObject();
        payload.insert(QStringLiteral("severity"), QStringLiteral("catastrophic"));
        pd.insert(QStringLiteral("payload"), payload);
        row("pagerduty bad severity", QStringLiteral("/api/v1/hooks/pagerduty"), json, compact(pd), 400,
            invalid, QStringLiteral("payload.severity"));
        row("pagerduty resolve without dedup key", QStringLiteral("/api/v1/hooks/pagerduty"), json,
            "{\"routing_key\":\"x\",\"event_action\":\"resolve\"}", 400, invalid,
            QStringLiteral("dedup_key"));
    }
    row("generic without key", QStringLiteral("/api/v1/hooks/generic"), json,
        "{\"title\":\"t\",\"status\":\"firing\"}", 400, invalid, QStringLiteral("key"));
    row("generic javascript url", QStringLiteral("/api/v1/hooks/generic"), json,
        "{\"key\":\"k\",\"title\":\"t\",\"status\":\"firing\",\"url\":\"javascript:alert(1)\"}", 400, invalid,
        QStringLiteral("url"));
    row("generic empty title", QStringLiteral("/api/v1/hooks/generic"), json,
        "{\"key\":\"k\",\"title\":\"\",\"status\":\"firing\",\"labels\":{\"a\":1}}", 400, invalid,
        QStringLiteral("title"));
}

void TestHooks::hostilePayloads()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const qint64 before = lastSeq();
    const HttpReply reply = m_http->send("POST", path, m_hook, body, contentType);
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    QVERIFY2(reply.isErrorBody(), qPrintable(reply.describe()));
    QCOMPARE(reply.errorCode(), code);
    if (!field.isEmpty())
        QCOMPARE(reply.errorField(), field);
    QCOMPARE(lastSeq(), before);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/health")).status, 200);
}

void TestHooks::unacknowledgedIncidentsAreOverdue()
{
    // Declared ten minutes ago (a back-dated declaration), nobody in command: overdue after the default 5.
    const QString id = Events::newId();
    QJsonObject declared = Events::declared(id, QStringLiteral("Nobody owns me"), QStringLiteral("SEV2"));
    declared.insert(QStringLiteral("at"), Warroom::Wire::formatTime(Warroom::Clock::now().addSecs(-600)));
    QCOMPARE(
        m_http->post(QStringLiteral("/api/v1/events"), m_responder, Events::batch({declared})).status, 200);

    const HttpReply board = m_http->get(QStringLiteral("/api/v1/incidents"), m_viewer);
    QCOMPARE(board.json.value(QStringLiteral("unacknowledged_minutes")).toInt(), 5);
    QJsonObject row = boardRow(id);
    QCOMPARE(row.value(QStringLiteral("overdue_ack")).toBool(), true);
    QVERIFY(row.value(QStringLiteral("unacknowledged_for_ms")).toDouble() >= 600'000);
    const auto gauge = [this] {
        return metric(
            m_http->get(QStringLiteral("/metrics"), m_viewer).body, "warroom_incidents_unacknowledged");
    };
    const double overdue = gauge();
    QVERIFY(overdue >= 1);
    // An incident the hooks just opened waits too, but is not overdue yet.
    const QJsonObject fresh = boardRow(m_amIncident);
    QCOMPARE(fresh.value(QStringLiteral("overdue_ack")).toBool(), false);
    QVERIFY(fresh.value(QStringLiteral("unacknowledged_for_ms")).isDouble());

    QCOMPARE(m_http
                 ->post(QStringLiteral("/api/v1/events"), m_responder,
                     Events::batch({Events::make(id, QStringLiteral("role.assigned"),
                         {{QStringLiteral("role"), QStringLiteral("commander")},
                             {QStringLiteral("person"), QStringLiteral("alice")}})}))
                 .status,
        200);
    row = boardRow(id);
    QCOMPARE(row.value(QStringLiteral("overdue_ack")).toBool(), false);
    QVERIFY(row.value(QStringLiteral("unacknowledged_for_ms")).isNull());
    QCOMPARE(gauge(), overdue - 1);
    const QByteArray metrics = m_http->get(QStringLiteral("/metrics"), m_viewer).body;
    QVERIFY(metric(metrics, "warroom_hook_alerts_total") >= 10);
    QVERIFY(metric(metrics, "warroom_hook_incidents_opened_total") >= 4);
}

void TestHooks::restartedServerStillKnowsItsGroups()
{
    QVERIFY(m_server.terminate());
    QString error;
    QVERIFY2(m_server.start(m_db->location(), {QStringLiteral("--rate"), QStringLiteral("0")}, &error),
        qPrintable(error));
    m_http = std::make_unique<HttpClient>(m_server.baseUrl());
    // The group's incident is found again by folding the log: a new instance joins it.
    QJsonObject grown = sampleObject(QStringLiteral("alertmanager-firing-grown"));
    QJsonArray alerts = grown.value(QStringLiteral("alerts")).toArray();
    QJsonObject fourth = alerts.at(2).toObject();
    QJsonObject labels = fourth.value(QStringLiteral("labels")).toObject();
    labels.insert(QStringLiteral("instance"), QStringLiteral("checkout-api-4:9090"));
    fourth.insert(QStringLiteral("labels"), labels);
    fourth.insert(QStringLiteral("fingerprint"), QStringLiteral("4444444444444444"));
    alerts.append(fourth);
    grown.insert(QStringLiteral("alerts"), alerts);
    const HttpReply joined = hook(QStringLiteral("alertmanager"), compact(grown));
    QVERIFY2(joined.status == 200, qPrintable(joined.describe()));
    QCOMPARE(joined.json.value(QStringLiteral("incident")).toString(), m_amIncident);
    QCOMPARE(joined.json.value(QStringLiteral("created")).toBool(), false);
    QCOMPARE(joined.json.value(QStringLiteral("events")).toInt(), 2);
    QCOMPARE(joined.json.value(QStringLiteral("duplicates")).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestHooks)
#include "testhooks.moc"
