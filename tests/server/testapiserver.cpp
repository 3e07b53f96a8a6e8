// SPDX-License-Identifier: GPL-3.0-or-later
#include "projection.h"
#include "serversupport.h"
#include "sqlitestore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using namespace Warroom;
using namespace WarroomTest;

namespace {

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(WARROOM_SOURCE_DIR "/resources/runbooks/%1.md").arg(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The value of a sample line in Prometheus text ("name{labels} value"), or -1.
double metric(const QByteArray &text, const QByteArray &series)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(series + ' '))
            return line.mid(series.size() + 1).toDouble();
    }
    return -1;
}

} // namespace

class TestApiServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void health();
    void authMatrix_data();
    void authMatrix();
    void meNamesTheTokensPerson();
    void postThenGet();
    void idempotentResend();
    void allOrNothing();
    void laterEventsMayReferToEarlierOnes();
    void stateConflictIs409();
    void incidentsAndStateHash();
    void boardPages();
    void runbooks();
    void putRunbookErrors_data();
    void putRunbookErrors();
    void metrics();
    void connectionCloseIsHonoured();
    void rateLimit();
    void tokenCommands();
    void backupCommand();
    void newDatabaseIsPrivate();
    void configFile();
    void commandLine_data();
    void commandLine();
    void tls();

private:
    HttpReply post(const QList<QJsonObject> &events, const QString &token = {});
    qint64 lastSeq();

    std::unique_ptr<TestDatabase> m_db;
    WarroomdProcess m_server;
    std::unique_ptr<HttpClient> m_http;
    QString m_viewer;
    QString m_responder;
    QString m_hook;
    QString m_admin;
};

void TestApiServer::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_viewer = createToken(m_db->location(), QStringLiteral("vera"), QStringLiteral("viewer"));
    m_responder = createToken(m_db->location(), QStringLiteral("rita"), QStringLiteral("responder"));
    m_hook = createToken(m_db->location(), QStringLiteral("alertmanager"), QStringLiteral("hook"));
    m_admin = createToken(m_db->location(), QStringLiteral("adam"), QStringLiteral("admin"));
    QVERIFY(!m_viewer.isEmpty() && !m_responder.isEmpty() && !m_hook.isEmpty() && !m_admin.isEmpty());
    QString error;
    // No rate limit here: the suite makes many quick requests with one token (rateLimit() has its own
    // server).
    QVERIFY2(m_server.start(m_db->location(), {QStringLiteral("--rate"), QStringLiteral("0")}, &error),
        qPrintable(error));
    m_http = std::make_unique<HttpClient>(m_server.baseUrl());
}

void TestApiServer::cleanupTestCase()
{
    m_http.reset();
    // SIGTERM: a clean shutdown exits 0.
    QVERIFY2(m_server.terminate(), m_server.errorOutput().constData());
    m_db.reset();
}

HttpReply TestApiServer::post(const QList<QJsonObject> &events, const QString &token)
{
    return m_http->post(
        QStringLiteral("/api/v1/events"), token.isEmpty() ? m_responder : token, Events::batch(events));
}

qint64 TestApiServer::lastSeq()
{
    const HttpReply reply = m_http->get(QStringLiteral("/api/v1/health"));
    return reply.status == 200 ? reply.json.value(QStringLiteral("last_seq")).toInteger(-1) : -1;
}

void TestApiServer::health()
{
    const HttpReply reply = m_http->get(QStringLiteral("/api/v1/health"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(reply.json.value(QStringLiteral("version")).toString(), QStringLiteral(WARROOM_VERSION));
    QCOMPARE(reply.json.value(QStringLiteral("store")).toString(), backendName());
    QVERIFY(reply.json.value(QStringLiteral("last_seq")).isDouble());
}

void TestApiServer::authMatrix_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("who"); // none | bad | viewer | responder | hook | admin
    QTest::addColumn<int>("status");

    const QString events = QStringLiteral("/api/v1/events");
    const QString runbook = QStringLiteral("/api/v1/runbooks/matrix-runbook");
    const QString hook = QStringLiteral("/api/v1/hooks/alertmanager");
    const QString metrics = QStringLiteral("/metrics");
    struct Row
    {
        QByteArray method;
        QString path;
        int none, bad, viewer, responder, hook, admin;
    };
    const QList<Row> rows {
        {"GET", QStringLiteral("/api/v1/health"), 200, 200, 200, 200, 200, 200},
        {"GET", QStringLiteral("/api/v1/me"), 401, 401, 200, 200, 200, 200},
        {"GET", events, 401, 401, 200, 200, 403, 200},
        {"POST", events, 401, 401, 403, 200, 403, 200},
        {"GET", QStringLiteral("/api/v1/incidents"), 401, 401, 200, 200, 403, 200},
        {"GET", QStringLiteral("/api/v1/runbooks"), 401, 401, 200, 200, 403, 200},
        {"GET", QStringLiteral("/api/v1/runbooks/rollback-bad-deploy"), 401, 401, 200, 200, 403, 200},
        {"PUT", runbook, 401, 401, 403, 403, 403, 200}, // 201 the first time: see authMatrix()
        {"POST", hook, 401, 401, 403, 403, 400, 400}, // the body "{}" is no Alertmanager payload
        {"GET", metrics, 401, 401, 200, 200, 403, 200},
    };
    for (const Row &row : rows) {
        const QList<QPair<QString, int>> cells {{QStringLiteral("none"), row.none},
            {QStringLiteral("bad"), row.bad}, {QStringLiteral("viewer"), row.viewer},
            {QStringLiteral("responder"), row.responder}, {QStringLiteral("hook"), row.hook},
            {QStringLiteral("admin"), row.admin}};
        for (const auto &[who, status] : cells) {
            const QByteArray name = row.method + ' ' + row.path.toUtf8() + " as " + who.toUtf8();
            QTest::newRow(name.constData()) << row.method << row.path << who << status;
        }
    }
}

void TestApiServer::authMatrix()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, who);
    QFETCH(int, status);
    const QHash<QString, QString> tokens {
        {QStringLiteral("bad"), QStringLiteral("wr_") + QString(43, QLatin1Char('x'))},
        {QStringLiteral("viewer"), m_viewer}, {QStringLiteral("responder"), m_responder},
        {QStringLiteral("hook"), m_hook}, {QStringLiteral("admin"), m_admin}};
    QByteArray body;
    QByteArray contentType;
    if (method == "POST" && path.endsWith(QLatin1String("/events"))) {
        body = Events::batch({Events::declared(Events::newId(), QStringLiteral("Auth matrix"))});
        contentType = "application/json";
    } else if (method == "PUT") {
        body = "# Matrix\n\n- [ ] One step\n";
        contentType = "text/markdown";
    } else if (method == "POST") {
        body = "{}";
        contentType = "application/json";
    }
    const HttpReply reply = m_http->send(method, path, tokens.value(who), body, contentType);
    if (method == "PUT" && status == 200)
        QVERIFY2(reply.status == 200 || reply.status == 201, qPrintable(reply.describe()));
    else
        QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    if (status >= 400) {
        QVERIFY2(reply.isErrorBody(), qPrintable(reply.describe()));
        if (status == 401)
            QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer realm=\"warroom\""));
        if (status == 403)
            QCOMPARE(reply.errorCode(), QStringLiteral("forbidden"));
    }
}

void TestApiServer::meNamesTheTokensPerson()
{
    const QString db = m_db->location();
    const QString alice = createToken(db, QStringLiteral("alice.ops"), QStringLiteral("responder"));
    const HttpReply me = m_http->get(QStringLiteral("/api/v1/me"), alice);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(QStringLiteral("name")).toString(), QStringLiteral("alice.ops"));
    QCOMPARE(me.json.value(QStringLiteral("role")).toString(), QStringLiteral("responder"));
    const HttpReply hook = m_http->get(QStringLiteral("/api/v1/me"), m_hook);
    QCOMPARE(hook.json.value(QStringLiteral("role")).toString(), QStringLiteral("hook"));
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/me")).status, 401);
}

void TestApiServer::postThenGet()
{
    const qint64 before = lastSeq();
    QVERIFY(before >= 0);
    const QString incident = Events::newId();
    const QJsonObject declared
        = Events::declared(incident, QStringLiteral("Payments failing"), QStringLiteral("SEV1"));
    const QJsonObject note = Events::note(incident, QStringLiteral("p99 at 4 s on checkout"));
    const HttpReply reply = post({declared, note});
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0)[QStringLiteral("id")].toString(), declared[QStringLiteral("id")].toString());
    QCOMPARE(results.at(1)[QStringLiteral("id")].toString(), note[QStringLiteral("id")].toString());
    const qint64 seq1 = results.at(0)[QStringLiteral("seq")].toInteger();
    const qint64 seq2 = results.at(1)[QStringLiteral("seq")].toInteger();
    QVERIFY(seq1 > before);
    QCOMPARE(seq2, seq1 + 1);
    QCOMPARE(results.at(0)[QStringLiteral("duplicate")].toBool(true), false);
    QCOMPARE(reply.json.value(QStringLiteral("last_seq")).toInteger(), seq2);

    HttpReply read = m_http->get(QStringLiteral("/api/v1/events?after=%1").arg(before), m_viewer);
    QCOMPARE(read.status, 200);
    QJsonArray events = read.json.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 2);
    QCOMPARE(read.json.value(QStringLiteral("last_seq")).toInteger(), seq2);
    const QJsonObject first = events.at(0).toObject();
    QCOMPARE(first[QStringLiteral("seq")].toInteger(), seq1);
    QCOMPARE(first[QStringLiteral("id")], declared[QStringLiteral("id")]);
    QCOMPARE(first[QStringLiteral("type")].toString(), QStringLiteral("incident.declared"));
    QCOMPARE(first[QStringLiteral("data")], declared[QStringLiteral("data")]);
    QCOMPARE(first[QStringLiteral("at")], declared[QStringLiteral("at")]);
    QVERIFY(Wire::parseTime(first[QStringLiteral("recorded_at")].toString()).isValid());
    QCOMPARE(events.at(1)[QStringLiteral("seq")].toInteger(), seq2);

    read = m_http->get(QStringLiteral("/api/v1/events?after=%1&limit=1").arg(before), m_viewer);
    events = read.json.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0)[QStringLiteral("seq")].toInteger(), seq1);
    QCOMPARE(read.json.value(QStringLiteral("last_seq")).toInteger(), seq2); // more to fetch

    read = m_http->get(QStringLiteral("/api/v1/events?after=%1").arg(seq2), m_viewer);
    QCOMPARE(read.json.value(QStringLiteral("events")).toArray().size(), 0);
    // Beyond the end (a client from another log): empty at once, with the real last_seq.
    read = m_http->get(QStringLiteral("/api/v1/events?after=%1&wait=30").arg(seq2 + 100), m_viewer);
    QCOMPARE(read.status, 200);
    QVERIFY(read.elapsedMs < 5000);
    QCOMPARE(read.json.value(QStringLiteral("events")).toArray().size(), 0);
    QCOMPARE(read.json.value(QStringLiteral("last_seq")).toInteger(), seq2);
}

void TestApiServer::idempotentResend()
{
    const QString incident = Events::newId();
    const QList<QJsonObject> batch {Events::declared(incident), Events::note(incident, QStringLiteral("one")),
        Events::note(incident, QStringLiteral("two"))};
    const HttpReply first = post(batch);
    QVERIFY2(first.status == 200, qPrintable(first.describe()));
    const qint64 last = lastSeq();

    // The same batch again (a client that lost the answer): duplicates, same seqs, nothing new.
    const HttpReply again = post(batch);
    QVERIFY2(again.status == 200, qPrintable(again.describe()));
    const QJsonArray a = first.json.value(QStringLiteral("results")).toArray();
    const QJsonArray b = again.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(b.size(), a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(b.at(i)[QStringLiteral("id")], a.at(i)[QStringLiteral("id")]);
        QCOMPARE(b.at(i)[QStringLiteral("seq")], a.at(i)[QStringLiteral("seq")]);
        QCOMPARE(b.at(i)[QStringLiteral("duplicate")].toBool(), true);
    }
    QCOMPARE(lastSeq(), last);
    QCOMPARE(again.json.value(QStringLiteral("last_seq")).toInteger(), last);

    // A resend is not validated again: "declared" twice would be refused as a new event, not as a resend.
    const QJsonObject fresh = Events::note(incident, QStringLiteral("three"));
    const HttpReply mixed = post({batch.at(0), fresh, fresh});
    QVERIFY2(mixed.status == 200, qPrintable(mixed.describe()));
    const QJsonArray m = mixed.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(m.at(0)[QStringLiteral("duplicate")].toBool(), true);
    QCOMPARE(m.at(0)[QStringLiteral("seq")], a.at(0)[QStringLiteral("seq")]);
    QCOMPARE(m.at(1)[QStringLiteral("duplicate")].toBool(), false);
    QCOMPARE(m.at(1)[QStringLiteral("seq")].toInteger(), last + 1);
    // The same id twice in one batch is stored once.
    QCOMPARE(m.at(2)[QStringLiteral("duplicate")].toBool(), true);
    QCOMPARE(m.at(2)[QStringLiteral("seq")].toInteger(), last + 1);
    QCOMPARE(lastSeq(), last + 1);

    const HttpReply log = m_http->get(QStringLiteral("/api/v1/events?after=0&limit=1000"), m_viewer);
    int copies = 0;
    for (const QJsonValue &event : log.json.value(QStringLiteral("events")).toArray())
        copies += event[QStringLiteral("id")] == fresh[QStringLiteral("id")] ? 1 : 0;
    QCOMPARE(copies, 1);
}

void TestApiServer::allOrNothing()
{
    const qint64 before = lastSeq();
    const QString incident = Events::newId();
    QList<QJsonObject> batch {Events::declared(incident, QStringLiteral("All or nothing"))};
    for (int i = 1; i < 10; ++i)
        batch.append(Events::note(incident, QStringLiteral("note %1").arg(i)));
    batch[7] = Events::make(
        incident, QStringLiteral("incident.updated"), {{QStringLiteral("severity"), QStringLiteral("SEV9")}});
    const HttpReply reply = post(batch);
    QCOMPARE(reply.status, 422);
    QVERIFY2(reply.isErrorBody(), qPrintable(reply.describe()));
    QCOMPARE(reply.errorField(), QStringLiteral("events[7].data.severity"));
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_field"));
    QVERIFY2(reply.json[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
                 QStringLiteral("SEV9")),
        qPrintable(reply.describe()));
    QCOMPARE(lastSeq(), before);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/incidents/%1").arg(incident), m_viewer).status, 404);
    const HttpReply log = m_http->get(QStringLiteral("/api/v1/events?after=%1").arg(before), m_viewer);
    QCOMPARE(log.json.value(QStringLiteral("events")).toArray().size(), 0);
}

void TestApiServer::laterEventsMayReferToEarlierOnes()
{
    const QString incident = Events::newId();
    const QString runbook = Events::newId();
    const QJsonArray steps {
        QJsonObject {{QStringLiteral("id"), QStringLiteral("backup")},
            {QStringLiteral("text"), QStringLiteral("Take a backup")},
            {QStringLiteral("gate"), QStringLiteral("none")}},
        QJsonObject {{QStringLiteral("id"), QStringLiteral("restore")},
            {QStringLiteral("text"), QStringLiteral("Restore")},
            {QStringLiteral("gate"), QStringLiteral("approval")}},
    };
    const HttpReply reply = post({
        Events::declared(incident, QStringLiteral("Batch refers to itself")),
        Events::make(incident, QStringLiteral("role.assigned"),
            {{QStringLiteral("role"), QStringLiteral("commander")},
                {QStringLiteral("person"), QStringLiteral("alice")}}),
        Events::make(incident, QStringLiteral("runbook.attached"),
            {{QStringLiteral("runbook"), runbook}, {QStringLiteral("name"), QStringLiteral("Restore")},
                {QStringLiteral("steps"), steps}}),
        Events::make(incident, QStringLiteral("step.checked"),
            {{QStringLiteral("runbook"), runbook}, {QStringLiteral("step"), QStringLiteral("backup")}}),
    });
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.json.value(QStringLiteral("results")).toArray().size(), 4);
}

void TestApiServer::stateConflictIs409()
{
    const QString incident = Events::newId();
    QCOMPARE(post({Events::declared(incident)}).status, 200);
    const qint64 before = lastSeq();
    // Already investigating: the state does not allow it.
    const HttpReply reply = post({Events::make(incident, QStringLiteral("incident.status"),
        {{QStringLiteral("status"), QStringLiteral("investigating")}})});
    QCOMPARE(reply.status, 409);
    QVERIFY2(reply.isErrorBody(), qPrintable(reply.describe()));
    QCOMPARE(reply.errorCode(), QStringLiteral("conflict"));
    QCOMPARE(reply.errorField(), QStringLiteral("events[0].data.status"));
    QCOMPARE(lastSeq(), before);
}

void TestApiServer::incidentsAndStateHash()
{
    const QString incident = Events::newId();
    QCOMPARE(post({Events::declared(incident, QStringLiteral("Hash check"), QStringLiteral("SEV1")),
                      Events::make(incident, QStringLiteral("role.assigned"),
                          {{QStringLiteral("role"), QStringLiteral("commander")},
                              {QStringLiteral("person"), QStringLiteral("bob")}}),
                      Events::note(incident, QStringLiteral("looking"))})
                 .status,
        200);
    const HttpReply board = m_http->get(QStringLiteral("/api/v1/incidents"), m_viewer);
    QCOMPARE(board.status, 200);
    QJsonObject row;
    for (const QJsonValue &value : board.json.value(QStringLiteral("incidents")).toArray()) {
        if (value[QStringLiteral("id")].toString() == incident)
            row = value.toObject();
    }
    QVERIFY(!row.isEmpty());
    QCOMPARE(row[QStringLiteral("title")].toString(), QStringLiteral("Hash check"));
    QCOMPARE(row[QStringLiteral("severity")].toString(), QStringLiteral("SEV1"));
    QCOMPARE(row[QStringLiteral("status")].toString(), QStringLiteral("investigating"));
    QCOMPARE(row[QStringLiteral("commander")].toString(), QStringLiteral("bob"));
    QVERIFY(row[QStringLiteral("resolved_at")].isNull());
    QVERIFY(Wire::parseTime(row[QStringLiteral("declared_at")].toString()).isValid());
    for (const char *key : {"steps_done", "steps_total", "firing_alerts"})
        QVERIFY2(row[QLatin1String(key)].isDouble(), key);

    const HttpReply one = m_http->get(QStringLiteral("/api/v1/incidents/%1").arg(incident), m_viewer);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json[QStringLiteral("id")].toString(), incident);
    QCOMPARE(
        one.json[QStringLiteral("state")][QStringLiteral("title")].toString(), QStringLiteral("Hash check"));

    // The server's hash is the fold of the log it serves: fold it here and compare.
    const HttpReply log = m_http->get(QStringLiteral("/api/v1/events?after=0&limit=1000"), m_viewer);
    Projection projection;
    for (const QJsonValue &value : log.json.value(QStringLiteral("events")).toArray()) {
        Event event;
        Error error;
        QVERIFY2(Event::fromJson(value.toObject(), &event, &error), qPrintable(error.message));
        (void)projection.apply(event);
    }
    QVERIFY(projection.incident(incident));
    QCOMPARE(one.json[QStringLiteral("hash")].toString(),
        QString::fromLatin1(projection.incident(incident)->hash()));
    QCOMPARE(one.json[QStringLiteral("state")].toObject(), projection.incident(incident)->toCanonicalJson());

    QCOMPARE(m_http->get(QStringLiteral("/api/v1/incidents/%1").arg(Events::newId()), m_viewer).status, 404);
    const HttpReply bad = m_http->get(QStringLiteral("/api/v1/incidents/not-a-uuid"), m_viewer);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorField(), QStringLiteral("id"));
}

/// GET /incidents pages by cursor: the pages together are the board, no row twice and none skipped, even when
/// an incident is declared between two pages.
void TestApiServer::boardPages()
{
    const QStringList severities {QStringLiteral("SEV1"), QStringLiteral("SEV2"), QStringLiteral("SEV3")};
    QList<QJsonObject> batch;
    for (int i = 0; i < 23; ++i)
        batch.append(
            Events::declared(Events::newId(), QStringLiteral("Paged %1").arg(i), severities.at(i % 3)));
    QCOMPARE(post(batch).status, 200);
    const auto ids = [](const HttpReply &reply) {
        QStringList list;
        for (const QJsonValue &value : reply.json.value(QStringLiteral("incidents")).toArray())
            list.append(value[QStringLiteral("id")].toString());
        return list;
    };
    const HttpReply whole = m_http->get(QStringLiteral("/api/v1/incidents?limit=1000"), m_viewer);
    QCOMPARE(whole.status, 200);
    QVERIFY(whole.json.value(QStringLiteral("next_cursor")).isNull());
    const QStringList board = ids(whole);
    QCOMPARE(whole.json.value(QStringLiteral("total")).toInt(), board.size());
    QVERIFY(board.size() >= 23);

    const QString between = Events::newId();
    const QJsonObject declaredBetween
        = Events::declared(between, QStringLiteral("Declared between two pages"), QStringLiteral("SEV1"));
    QStringList paged;
    QString cursor;
    int pages = 0;
    do {
        const QString path = QStringLiteral("/api/v1/incidents?limit=7")
            + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor);
        const HttpReply page = m_http->get(path, m_viewer);
        QVERIFY2(page.status == 200, qPrintable(page.describe()));
        const QStringList rows = ids(page);
        QVERIFY(rows.size() <= 7);
        paged += rows;
        cursor = page.json.value(QStringLiteral("next_cursor")).toString();
        if (++pages == 1)
            QCOMPARE(post({declaredBetween}).status, 200);
    } while (!cursor.isEmpty() && pages < 100);
    // Every row of the board once and in order; the newcomer at most once, wherever it sorts.
    QVERIFY(paged.count(between) <= 1);
    paged.removeAll(between);
    QCOMPARE(paged, board);

    for (const QString &query : {QStringLiteral("cursor=abc"), QStringLiteral("cursor="),
             QStringLiteral("limit=0"), QStringLiteral("limit=1001"), QStringLiteral("limit=2&limit=3")}) {
        const HttpReply bad = m_http->get(QStringLiteral("/api/v1/incidents?") + query, m_viewer);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), QStringLiteral("invalid_parameter"));
        QCOMPARE(bad.errorField(), query.section(QLatin1Char('='), 0, 0));
    }
}

void TestApiServer::runbooks()
{
    HttpReply list = m_http->get(QStringLiteral("/api/v1/runbooks"), m_viewer);
    QCOMPARE(list.status, 200);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &value : list.json.value(QStringLiteral("runbooks")).toArray())
        byName.insert(value[QStringLiteral("name")].toString(), value.toObject());
    for (const char *name : {"customer-facing-outage", "restore-database-backup", "risky-data-migration",
             "rollback-bad-deploy"}) {
        QVERIFY2(byName.contains(QLatin1String(name)), name);
        QCOMPARE(byName.value(QLatin1String(name))[QStringLiteral("source")].toString(),
            QStringLiteral("builtin"));
        QVERIFY(byName.value(QLatin1String(name))[QStringLiteral("steps")].toInt() > 0);
    }
    QCOMPARE(byName.value(QStringLiteral("restore-database-backup"))[QStringLiteral("title")].toString(),
        QStringLiteral("Restore a database from backup"));

    HttpReply one = m_http->get(QStringLiteral("/api/v1/runbooks/restore-database-backup"), m_viewer);
    QCOMPARE(one.status, 200);
    QVERIFY(one.header("Content-Type").startsWith("text/markdown"));
    QCOMPARE(one.body, resource(QStringLiteral("restore-database-backup")));
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/runbooks/no-such-runbook"), m_viewer).status, 404);

    // Store a new one, then replace it; a stored one with a shipped name replaces the shipped one.
    const QByteArray markdown = "# Fail over the queue\n\nWhen the primary broker is gone.\n\n"
                                "- [ ] Confirm the primary is down {#confirm gate=evidence}\n"
                                "- [ ] Promote the replica {#promote gate=approval rollback=demote}\n"
                                "- [ ] Demote it again {#demote}\n";
    HttpReply put = m_http->put(QStringLiteral("/api/v1/runbooks/queue-failover"), m_admin, markdown);
    QCOMPARE(put.status, 201);
    QCOMPARE(put.json[QStringLiteral("steps")].toInt(), 3);
    QCOMPARE(put.json[QStringLiteral("title")].toString(), QStringLiteral("Fail over the queue"));
    QCOMPARE(put.json[QStringLiteral("updated_by")].toString(), QStringLiteral("adam"));
    one = m_http->get(QStringLiteral("/api/v1/runbooks/queue-failover"), m_viewer);
    QCOMPARE(one.body, markdown);
    QCOMPARE(one.header("X-Warroom-Runbook-Source"), QByteArray("stored"));
    put = m_http->put(
        QStringLiteral("/api/v1/runbooks/queue-failover"), m_admin, markdown + "- [ ] Tell the team\n");
    QCOMPARE(put.status, 200);
    QCOMPARE(put.json[QStringLiteral("steps")].toInt(), 4);

    const QByteArray custom = "# Roll back, our way\n\n- [ ] Page the release manager\n";
    QCOMPARE(
        m_http->put(QStringLiteral("/api/v1/runbooks/rollback-bad-deploy"), m_admin, custom).status, 201);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/runbooks/rollback-bad-deploy"), m_viewer).body, custom);
    list = m_http->get(QStringLiteral("/api/v1/runbooks"), m_viewer);
    int rollbacks = 0;
    for (const QJsonValue &value : list.json.value(QStringLiteral("runbooks")).toArray()) {
        if (value[QStringLiteral("name")].toString() == QLatin1String("rollback-bad-deploy")) {
            ++rollbacks;
            QCOMPARE(value[QStringLiteral("source")].toString(), QStringLiteral("stored"));
            QCOMPARE(value[QStringLiteral("title")].toString(), QStringLiteral("Roll back, our way"));
        }
    }
    QCOMPARE(rollbacks, 1);
}

void TestApiServer::putRunbookErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("no steps") << "broken" << QByteArray("# Title only\n\nNo task list.\n")
                              << QByteArray("text/markdown") << 422 << "";
    QTest::newRow("bad gate names the line")
        << "broken" << QByteArray("# T\n\n- [ ] fine\n- [ ] broken {#b gate=maybe}\n")
        << QByteArray("text/markdown") << 422 << "line 4";
    QTest::newRow("unknown rollback names the line")
        << "broken" << QByteArray("# T\n\n- [ ] a {#a rollback=nowhere}\n") << QByteArray("text/markdown")
        << 422 << "line 3";
    QTest::newRow("json") << "broken" << QByteArray("{}") << QByteArray("application/json") << 415 << "";
    QTest::newRow("no type") << "broken" << QByteArray("# T\n\n- [ ] a\n") << QByteArray() << 415 << "";
    QTest::newRow("bad utf-8") << "broken" << QByteArray("# T\n\n- [ ] caf\xc3\x28\n")
                               << QByteArray("text/markdown") << 400 << "";
    QTest::newRow("upper case name") << "Broken" << QByteArray("# T\n\n- [ ] a\n")
                                     << QByteArray("text/markdown") << 400 << "name";
    QTest::newRow("dots in name") << "..%2Fetc" << QByteArray("# T\n\n- [ ] a\n")
                                  << QByteArray("text/markdown") << 400 << "name";
    QTest::newRow("too large") << "broken" << ("# T\n\n- [ ] a\n" + QByteArray(1024 * 1024, 'x'))
                               << QByteArray("text/markdown") << 413 << "";
}

void TestApiServer::putRunbookErrors()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, field);
    const HttpReply reply
        = m_http->put(QStringLiteral("/api/v1/runbooks/") + name, m_admin, body, contentType);
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    QVERIFY2(reply.isErrorBody(), qPrintable(reply.describe()));
    if (!field.isEmpty())
        QCOMPARE(reply.errorField(), field);
    if (status == 422) {
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_runbook"));
        if (!field.isEmpty())
            QVERIFY(
                reply.json[QStringLiteral("error")][QStringLiteral("message")].toString().startsWith(field));
    }
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/runbooks/broken"), m_viewer).status, 404);
}

void TestApiServer::metrics()
{
    HttpReply before = m_http->get(QStringLiteral("/metrics"), m_viewer);
    QCOMPARE(before.status, 200);
    QVERIFY(before.header("Content-Type").startsWith("text/plain; version=0.0.4"));
    const double appended = metric(before.body, "warroom_events_appended_total");
    const QByteArray posted
        = "warroom_http_requests_total{route=\"/api/v1/events\",method=\"POST\",status=\"200\"}";
    const QByteArray refused
        = "warroom_http_requests_total{route=\"/api/v1/events\",method=\"POST\",status=\"422\"}";
    const double postedBefore = std::max(0.0, metric(before.body, posted));
    const double refusedBefore = std::max(0.0, metric(before.body, refused));
    QVERIFY(appended >= 0);

    const QString incident = Events::newId();
    QCOMPARE(post({Events::declared(incident), Events::note(incident, QStringLiteral("x"))}).status, 200);
    QCOMPARE(post({Events::make(incident, QStringLiteral("bogus.type"), {})}).status, 422);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/nothing"), m_viewer).status, 404);

    const HttpReply after = m_http->get(QStringLiteral("/metrics"), m_viewer);
    QCOMPARE(metric(after.body, "warroom_events_appended_total"), appended + 2);
    QCOMPARE(metric(after.body, posted), postedBefore + 1);
    QCOMPARE(metric(after.body, refused), refusedBefore + 1);
    QVERIFY(
        metric(after.body, "warroom_http_requests_total{route=\"unmatched\",method=\"GET\",status=\"404\"}")
        >= 1);
    QCOMPARE(metric(after.body, "warroom_longpolls_open"), 0.0);
    QVERIFY(metric(after.body, "warroom_connections_open") >= 1);
    QCOMPARE(metric(after.body, "warroom_last_seq"), double(lastSeq()));
    QVERIFY(metric(after.body, "warroom_http_request_duration_seconds_count{route=\"/api/v1/events\"}") >= 3);
    QVERIFY(after.body.contains("# TYPE warroom_http_request_duration_seconds histogram"));
    QVERIFY(metric(after.body,
                "warroom_http_request_duration_seconds_bucket{route=\"/api/v1/events\",le=\"+Inf\"}")
        >= 3);
}

void TestApiServer::connectionCloseIsHonoured()
{
    RawRequest raw(m_server.port(), RawRequest::build("GET", "/api/v1/health", {{"Connection", "close"}}));
    raw.start();
    QVERIFY(waitFor([&] { return raw.isFinished(); }, 5000));
    QCOMPARE(raw.reply().status, 200);
    QCOMPARE(raw.reply().header("Connection"), QByteArray("close"));
    QVERIFY(waitFor([&] { return raw.socket()->state() == QAbstractSocket::UnconnectedState; }, 3000));
}

void TestApiServer::rateLimit()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QString token = createToken(db.location(), QStringLiteral("busy"), QStringLiteral("viewer"));
    const QString other = createToken(db.location(), QStringLiteral("calm"), QStringLiteral("viewer"));
    WarroomdProcess server;
    QString error;
    QVERIFY2(
        server.start(db.location(),
            {QStringLiteral("--rate"), QStringLiteral("0.5"), QStringLiteral("--burst"), QStringLiteral("3")},
            &error),
        qPrintable(error));
    HttpClient http(server.baseUrl());
    QList<int> statuses;
    HttpReply limited;
    for (int i = 0; i < 5; ++i) {
        const HttpReply reply = http.get(QStringLiteral("/api/v1/incidents"), token);
        statuses << reply.status;
        if (reply.status == 429)
            limited = reply;
    }
    QCOMPARE(statuses, (QList<int> {200, 200, 200, 429, 429}));
    QVERIFY2(limited.isErrorBody(), qPrintable(limited.describe()));
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    bool ok = false;
    const int retryAfter = limited.header("Retry-After").toInt(&ok);
    QVERIFY(ok);
    QVERIFY2(retryAfter >= 1 && retryAfter <= 2, limited.header("Retry-After").constData());
    // Per token: another token is not held back, and health needs none.
    QCOMPARE(http.get(QStringLiteral("/api/v1/incidents"), other).status, 200);
    QCOMPARE(http.get(QStringLiteral("/api/v1/health")).status, 200);
    const HttpReply metrics = http.get(QStringLiteral("/metrics"), other);
    QCOMPARE(metric(metrics.body, "warroom_rate_limited_total"), 2.0);
    QVERIFY(server.terminate());
}

void TestApiServer::tokenCommands()
{
    const QString db = m_db->location();
    const QString token = createToken(db, QStringLiteral("temp-bot"), QStringLiteral("responder"));
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/incidents"), token).status, 200);

    CliResult list
        = runWarroomd({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--db"), db});
    QCOMPARE(list.exitCode, 0);
    const QString text = QString::fromUtf8(list.out);
    QVERIFY2(text.startsWith(QStringLiteral("NAME")), qPrintable(text));
    QVERIFY2(text.contains(
                 QRegularExpression(QStringLiteral("temp-bot +responder +\\d{4}-\\d\\d-\\d\\dT\\S+Z +-"))),
        qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("vera +viewer"))), qPrintable(text));
    for (const QString &secret : {token, m_viewer, m_admin})
        QVERIFY(!text.contains(secret) && !QString::fromUtf8(list.err).contains(secret));
    QVERIFY(!text.contains(QStringLiteral("wr_")));

    // A second valid token of the same name is refused; a bad role is a usage error.
    CliResult again = runWarroomd({QStringLiteral("token"), QStringLiteral("create"),
        QStringLiteral("--name"), QStringLiteral("temp-bot"), QStringLiteral("--role"),
        QStringLiteral("viewer"), QStringLiteral("--db"), db});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("revoke it first"), again.err.constData());
    CliResult badRole = runWarroomd(
        {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("x"),
            QStringLiteral("--role"), QStringLiteral("superuser"), QStringLiteral("--db"), db});
    QCOMPARE(badRole.exitCode, 2);
    QVERIFY2(badRole.err.contains("viewer, responder, hook, admin"), badRole.err.constData());

    // A long-poll parked before the revocation: once it is parked (the gauge says so), revoke, then append.
    const auto openLongPolls = [this] {
        return metric(m_http->get(QStringLiteral("/metrics"), m_viewer).body, "warroom_longpolls_open");
    };
    const double parkedBefore = openLongPolls();
    QNetworkReply *parked
        = m_http->startGet(QStringLiteral("/api/v1/events?after=%1&wait=30").arg(lastSeq()), token);
    QElapsedTimer sent;
    sent.start();
    QTRY_VERIFY_WITH_TIMEOUT(openLongPolls() > parkedBefore, 10000);

    CliResult revoke = runWarroomd({QStringLiteral("token"), QStringLiteral("revoke"),
        QStringLiteral("temp-bot"), QStringLiteral("--db"), db});
    QCOMPARE(revoke.exitCode, 0);
    QCOMPARE(post({Events::declared(
                      Events::newId(), QStringLiteral("After a revocation"), QStringLiteral("SEV3"))})
                 .status,
        200);
    QTRY_VERIFY_WITH_TIMEOUT(parked->isFinished(), 10000);
    const HttpReply late = HttpClient::collect(parked, sent.elapsed());
    parked->deleteLater();
    QCOMPARE(late.status, 401);
    QVERIFY2(!late.body.contains("After a revocation"), late.body.constData());
    QVERIFY(!late.json.contains(QStringLiteral("events")));
    // Revoked: refused by the running server at once.
    const HttpReply refused = m_http->get(QStringLiteral("/api/v1/incidents"), token);
    QCOMPARE(refused.status, 401);
    QVERIFY(refused.header("WWW-Authenticate").contains("invalid_token"));
    list = runWarroomd({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--db"), db});
    QVERIFY2(QString::fromUtf8(list.out).contains(
                 QRegularExpression(QStringLiteral("temp-bot +responder +\\S+Z +\\d{4}-\\S+Z"))),
        list.out.constData());
    revoke = runWarroomd({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("temp-bot"),
        QStringLiteral("--db"), db});
    QCOMPARE(revoke.exitCode, 1);
    QVERIFY2(revoke.err.contains("no valid token"), revoke.err.constData());
}

/// A database a person creates with a command (here: the first token) is readable by its owner only, and so
/// are the files SQLite makes beside it.
void TestApiServer::newDatabaseIsPrivate()
{
    const QString db = m_db->filePath(QStringLiteral("by-hand.db"));
    QVERIFY(!QFileInfo::exists(db));
    QVERIFY(!createToken(db, QStringLiteral("first"), QStringLiteral("admin")).isEmpty());
    const QFileDevice::Permissions ownerOnly
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (suffix.isEmpty() || QFileInfo::exists(db + suffix))
            QCOMPARE(QFileInfo(db + suffix).permissions(), ownerOnly);
    }
}

void TestApiServer::backupCommand()
{
    const QString incident = Events::newId();
    QCOMPARE(post({Events::declared(incident, QStringLiteral("Before the backup"))}).status, 200);
    const qint64 last = lastSeq();
    const QString file = m_db->filePath(
        backend() == Backend::Sqlite ? QStringLiteral("copy.db") : QStringLiteral("log.jsonl"));
    // While the server runs and holds the database open.
    const CliResult result
        = runWarroomd({QStringLiteral("backup"), file, QStringLiteral("--db"), m_db->location()});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(QFile::exists(file));

    if (backend() == Backend::Sqlite) {
        Error error;
        auto copy = SqliteStore::open(file, &error);
        QVERIFY2(copy, qPrintable(error.message));
        QCOMPARE(copy->lastSeq(&error), last);
        EventList events;
        QVERIFY(copy->readIncident(incident, &events, &error));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data.value(QStringLiteral("title")).toString(),
            QStringLiteral("Before the backup"));
        QList<TokenRecord> tokens;
        QVERIFY(copy->listTokens(&tokens, &error));
        QVERIFY(tokens.size() >= 4);
    } else {
        QVERIFY2(result.err.contains("pg_dump"), result.err.constData());
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = in.readAll().trimmed().split('\n');
        QCOMPARE(qint64(lines.size()), last);
        Event event;
        Error error;
        QVERIFY(Event::fromJson(lines.last(), &event, &error));
        QCOMPARE(event.seq, last);
        QCOMPARE(event.incident, incident);
    }
    // Never over an existing file.
    const CliResult again
        = runWarroomd({QStringLiteral("backup"), file, QStringLiteral("--db"), m_db->location()});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("will not overwrite"), again.err.constData());
}

void TestApiServer::configFile()
{
    const QString ini = m_db->filePath(QStringLiteral("warroomd.ini"));
    QFile file(ini);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[server]\ndb = \"" + m_db->location().toUtf8() + "\"\nrate = 0\n");
    file.close();
    // token list finds the database through the file.
    const CliResult list
        = runWarroomd({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--config"), ini});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QVERIFY(list.out.contains("adam"));
    // A typo in the file stops serve with a message naming it.
    QVERIFY(file.open(QIODevice::Append));
    file.write("max_conections = 3\n");
    file.close();
    const CliResult serve = runWarroomd({QStringLiteral("serve"), QStringLiteral("--config"), ini,
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QCOMPARE(serve.exitCode, 2);
    QVERIFY2(serve.err.contains("max_conections"), serve.err.constData());
}

void TestApiServer::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("version") << QStringList {QStringLiteral("--version")} << 0 << "warroomd " WARROOM_VERSION;
    QTest::newRow("help") << QStringList {QStringLiteral("--help")} << 0 << "token create --name NAME";
    QTest::newRow("serve help") << QStringList {QStringLiteral("serve"), QStringLiteral("--help")} << 0
                                << "Usage: warroomd serve [options]";
    QTest::newRow("token help") << QStringList {QStringLiteral("token"), QStringLiteral("--help")} << 0
                                << "Usage: warroomd token create|list|revoke";
    QTest::newRow("token create help") << QStringList {QStringLiteral("token"), QStringLiteral("create"),
        QStringLiteral("-h")} << 0 << "--name NAME, --role ROLE";
    QTest::newRow("backup help") << QStringList {QStringLiteral("--help"), QStringLiteral("backup")} << 0
                                 << "Usage: warroomd backup FILE";
    QTest::newRow("nothing") << QStringList {} << 2 << "Usage: warroomd";
    QTest::newRow("unknown command") << QStringList {QStringLiteral("launch")} << 2 << "unknown command";
    QTest::newRow("unknown option") << QStringList {QStringLiteral("serve"), QStringLiteral("--colour")} << 2
                                    << "colour";
    QTest::newRow("bad listen") << QStringList {QStringLiteral("serve"), QStringLiteral("--listen"),
        QStringLiteral("nowhere")}
                                << 2 << "HOST:PORT";
    QTest::newRow("key without cert") << QStringList {QStringLiteral("serve"), QStringLiteral("--tls-key"),
        QStringLiteral("k.pem")} << 2 << "--tls-cert";
    QTest::newRow("serve option elsewhere") << QStringList {QStringLiteral("token"), QStringLiteral("list"),
        QStringLiteral("--rate"), QStringLiteral("5")}
                                            << 2 << "--rate belongs to \"serve\"";
    QTest::newRow("token without verb")
        << QStringList {QStringLiteral("token")} << 2 << "create, list or revoke";
    QTest::newRow("create without role") << QStringList {QStringLiteral("token"), QStringLiteral("create"),
        QStringLiteral("--name"), QStringLiteral("x")}
                                         << 2 << "--role";
    QTest::newRow("backup without file") << QStringList {QStringLiteral("backup")} << 2 << "backup FILE";
    QTest::newRow("unreachable postgres") << QStringList {QStringLiteral("token"), QStringLiteral("list"),
        QStringLiteral("--db"), QStringLiteral("postgresql://warroom@127.0.0.1:1/warroom")}
                                          << 1 << "no PostgreSQL server answers at 127.0.0.1:1";
    QTest::newRow("missing folder") << QStringList {QStringLiteral("serve"), QStringLiteral("--db"),
        QStringLiteral("/nonexistent/folder/w.db"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                                    << 1 << "does not exist";
}

void TestApiServer::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const CliResult result = runWarroomd(arguments);
    QVERIFY2(result.exitCode == exitCode, (result.out + result.err).constData());
    QVERIFY2(
        QString::fromUtf8(result.out + result.err).contains(says), (result.out + result.err).constData());
    // A command's own help leaves the other commands out.
    if (exitCode == 0 && arguments.size() > 1)
        QVERIFY2(!result.out.contains("Usage: warroomd <command>"), result.out.constData());
}

void TestApiServer::tls()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend in this Qt");
    const QString cert = m_db->filePath(QStringLiteral("cert.pem"));
    const QString key = m_db->filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
        openssl.readAllStandardError().constData());

    WarroomdProcess server;
    QString error;
    QVERIFY2(server.start(m_db->location(),
                 {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}, &error),
        qPrintable(error));
    QVERIFY2(server.baseUrl().startsWith(QStringLiteral("https://127.0.0.1:")), qPrintable(server.baseUrl()));

    QFile certFile(cert);
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.setCaCertificates(QSslCertificate::fromData(certFile.readAll(), QSsl::Pem));
    HttpClient http(server.baseUrl());
    QNetworkRequest request(QUrl(server.baseUrl() + QStringLiteral("/api/v1/health")));
    request.setSslConfiguration(trusting);
    QNetworkReply *reply = http.manager().get(request);
    QVERIFY(waitFor([reply] { return reply->isFinished(); }, 15000));
    const HttpReply health = HttpClient::collect(reply, 0);
    delete reply;
    QVERIFY2(health.status == 200, qPrintable(health.describe()));
    QCOMPARE(health.json[QStringLiteral("status")].toString(), QStringLiteral("ok"));

    // Without trusting that certificate the client refuses; plain HTTP to the TLS port gets nothing.
    HttpClient fresh(server.baseUrl()); // a new manager: no connection that was trusted before
    const HttpReply untrusted = fresh.get(QStringLiteral("/api/v1/health"));
    QCOMPARE(untrusted.status, 0);
    QVERIFY(!untrusted.networkError.isEmpty());
    const HttpReply plain
        = RawRequest::exchange(server.port(), RawRequest::build("GET", "/api/v1/health"), 5000);
    QVERIFY(plain.status != 200);
    QVERIFY(server.terminate());
}

QTEST_GUILESS_MAIN(TestApiServer)
#include "testapiserver.moc"
