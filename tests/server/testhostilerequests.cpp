// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>

using namespace WarroomTest;

namespace {

QByteArray compact(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // A bare value: wrap and unwrap.
    QByteArray text = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

QByteArray wrap(const QByteArray &eventJson)
{
    return "{\"events\":[" + eventJson + "]}";
}

QByteArray wrap(const QJsonObject &event)
{
    return wrap(compact(event));
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

QJsonObject withData(QJsonObject event, const QString &key, const QJsonValue &value)
{
    QJsonObject data = event.value(QStringLiteral("data")).toObject();
    data.insert(key, value);
    event.insert(QStringLiteral("data"), data);
    return event;
}

QJsonObject without(QJsonObject object, const QString &key)
{
    object.remove(key);
    return object;
}

} // namespace

/// At least a hundred hostile requests against a real warroomd: each gets the right 4xx with the JSON error
/// body, the server keeps serving, and nothing stored changes.
class TestHostileRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refused_data();
    void refused();
    void nothingChangedAtAll();

private:
    QByteArray fingerprint();
    /// A valid event of @p type on the test incident (not named event(): that would hide QObject::event).
    QJsonObject makeEvent(const QString &type, const QJsonObject &data) const;

    std::unique_ptr<TestDatabase> m_db;
    WarroomdProcess m_server;
    std::unique_ptr<HttpClient> m_http;
    QHash<QString, QString> m_tokens; ///< role → token
    QString m_incident;
    QString m_runbook;
    QString m_noteId;
    QByteArray m_baseline;
    int m_rows = 0;
};

void TestHostileRequests::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    for (const char *role : {"viewer", "responder", "hook", "admin"}) {
        const QString token = createToken(
            m_db->location(), QStringLiteral("the-%1").arg(QLatin1String(role)), QLatin1String(role));
        QVERIFY(!token.isEmpty());
        m_tokens.insert(QLatin1String(role), token);
    }
    QString error;
    QVERIFY2(m_server.start(m_db->location(), {QStringLiteral("--rate"), QStringLiteral("0")}, &error),
        qPrintable(error));
    m_http = std::make_unique<HttpClient>(m_server.baseUrl());

    // Something to aim at: an incident with a commander, a runbook with gated steps, and a note.
    m_incident = Events::newId();
    m_runbook = Events::newId();
    const QJsonObject note = Events::note(m_incident, QStringLiteral("db primary at 100% CPU"));
    m_noteId = note.value(QStringLiteral("id")).toString();
    const QJsonArray steps {
        QJsonObject {{QStringLiteral("id"), QStringLiteral("backup")},
            {QStringLiteral("text"), QStringLiteral("Take a backup")},
            {QStringLiteral("gate"), QStringLiteral("evidence")}},
        QJsonObject {{QStringLiteral("id"), QStringLiteral("restore")},
            {QStringLiteral("text"), QStringLiteral("Restore")},
            {QStringLiteral("gate"), QStringLiteral("approval")}},
    };
    const HttpReply seeded = m_http->post(QStringLiteral("/api/v1/events"),
        m_tokens.value(QStringLiteral("responder")),
        Events::batch({Events::declared(m_incident, QStringLiteral("Hostile target"), QStringLiteral("SEV2")),
            Events::make(m_incident, QStringLiteral("role.assigned"),
                {{QStringLiteral("role"), QStringLiteral("commander")},
                    {QStringLiteral("person"), QStringLiteral("alice")}}),
            Events::make(m_incident, QStringLiteral("runbook.attached"),
                {{QStringLiteral("runbook"), m_runbook}, {QStringLiteral("name"), QStringLiteral("Restore")},
                    {QStringLiteral("steps"), steps}}),
            note}));
    QVERIFY2(seeded.status == 200, qPrintable(seeded.describe()));
    m_baseline = fingerprint();
    QVERIFY(!m_baseline.isEmpty());
}

void TestHostileRequests::cleanupTestCase()
{
    QVERIFY2(m_rows >= 100, qPrintable(QStringLiteral("only %1 hostile requests ran").arg(m_rows)));
    m_http.reset();
    QVERIFY(m_server.terminate());
    m_db.reset();
}

QByteArray TestHostileRequests::fingerprint()
{
    const QString viewer = m_tokens.value(QStringLiteral("viewer"));
    const HttpReply events = m_http->get(QStringLiteral("/api/v1/events?after=0&limit=1000"), viewer);
    const HttpReply runbooks = m_http->get(QStringLiteral("/api/v1/runbooks"), viewer);
    const HttpReply incidents = m_http->get(QStringLiteral("/api/v1/incidents"), viewer);
    if (events.status != 200 || runbooks.status != 200 || incidents.status != 200)
        return {};
    return QCryptographicHash::hash(events.body + runbooks.body + incidents.body, QCryptographicHash::Sha256)
        .toHex();
}

QJsonObject TestHostileRequests::makeEvent(const QString &type, const QJsonObject &data) const
{
    return Events::make(m_incident, type, data);
}

void TestHostileRequests::refused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("who"); // role, "none" or "forged"
    QTest::addColumn<QByteArray>("contentType"); // empty: no Content-Type header
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code"); // empty: any code
    QTest::addColumn<QString>("field"); // empty: not checked

    const QByteArray json = "application/json";
    const QByteArray events = "/api/v1/events";
    const auto post = [&](const char *name, const QByteArray &body, int status, const QString &code = {},
                          const QString &field = {}) {
        QTest::newRow(name) << QByteArray("POST") << events << QStringLiteral("responder") << json << body
                            << status << code << field;
    };
    const auto get = [&](const char *name, const QByteArray &path, int status, const QString &code = {},
                         const QString &field = {}) {
        QTest::newRow(name) << QByteArray("GET") << path << QStringLiteral("viewer") << QByteArray()
                            << QByteArray() << status << code << field;
    };
    const QString malformed = QStringLiteral("malformed_json");
    const QString invalidRequest = QStringLiteral("invalid_request");
    const QString invalidField = QStringLiteral("invalid_field");
    const QString unknownType = QStringLiteral("unknown_type");
    const QString unknownTarget = QStringLiteral("unknown_target");
    const QString conflict = QStringLiteral("conflict");
    const QString badParameter = QStringLiteral("invalid_parameter");
    const QJsonObject note = makeEvent(QStringLiteral("note.added"),
        {{QStringLiteral("text"), QStringLiteral("fine")}, {QStringLiteral("kind"), QStringLiteral("note")}});
    const QJsonObject declared = Events::declared(Events::newId(), QStringLiteral("New one"));

    // Malformed JSON: 400.
    post("json: open brace", "{", 400, malformed);
    post("json: broken array", "{\"events\":[}", 400, malformed);
    post("json: bare word", "nul", 400, malformed);
    post("json: trailing comma", "{\"events\":[1,2,]}", 400, malformed);
    post("json: trailing garbage", "{\"events\":[]} x", 400, malformed);
    post("json: single quotes", "{'events':[]}", 400, malformed);
    post("json: NaN", "{\"events\":[NaN]}", 400, malformed);
    post("json: comment", "{\"events\":[] /* hi */}", 400, malformed);
    post("json: empty body", "", 400, malformed);
    post("json: whitespace", "   \n\t ", 400, malformed);
    // Qt's parser takes "\x" and raw control characters in strings; the string is then no event.
    post("json: bad escape", "{\"events\":[\"\\x\"]}", 422, invalidField, QStringLiteral("events[0]"));
    post("json: unterminated string", "{\"events\":[\"abc", 400, malformed);
    post("json: missing comma", "{\"events\":[{\"id\":\"a\" \"b\":1}]}", 400, malformed);
    post("json: nesting bomb", QByteArray(5000, '[') + QByteArray(5000, ']'), 400);
    post("json: control char in string", "{\"events\":[\"a\x01b\"]}", 422, invalidField,
        QStringLiteral("events[0]"));

    // The body is JSON but not {"events": [...]}.
    post("shape: array", "[]", 400, invalidRequest);
    post("shape: string", "\"events\"", 400); // a bare scalar is not a JSON document to Qt
    post("shape: number", "42", 400);
    post("shape: null", "null", 400);
    post("shape: true", "true", 400);
    post("shape: events object", "{\"events\":{}}", 400, invalidRequest, QStringLiteral("events"));
    post("shape: events string", "{\"events\":\"x\"}", 400, invalidRequest, QStringLiteral("events"));
    post("shape: events null", "{\"events\":null}", 400, invalidRequest, QStringLiteral("events"));
    post("shape: no events", "{}", 400, invalidRequest, QStringLiteral("events"));
    post("shape: empty events", "{\"events\":[]}", 400, invalidRequest, QStringLiteral("events"));
    post("shape: Events", "{\"Events\":[" + compact(note) + "]}", 400, invalidRequest);
    post("shape: events number", "{\"events\":1e3}", 400, invalidRequest);

    // An event of the wrong type, or with envelope fields of the wrong type: 422 naming the field.
    post("type: event is a number", wrap(QByteArray("5")), 422, invalidField, QStringLiteral("events[0]"));
    post("type: event is a string", wrap(QByteArray("\"note\"")), 422, invalidField,
        QStringLiteral("events[0]"));
    post("type: event is an array", wrap(QByteArray("[]")), 422, invalidField, QStringLiteral("events[0]"));
    post("type: event is null", wrap(QByteArray("null")), 422, invalidField, QStringLiteral("events[0]"));
    post("type: event is true", wrap(QByteArray("true")), 422, invalidField, QStringLiteral("events[0]"));
    post("type: id number", wrap(with(note, QStringLiteral("id"), 42)), 422, invalidField,
        QStringLiteral("events[0].id"));
    post("type: incident bool", wrap(with(note, QStringLiteral("incident"), true)), 422, invalidField,
        QStringLiteral("events[0].incident"));
    post("type: type array", wrap(with(note, QStringLiteral("type"), QJsonArray {})), 422, invalidField,
        QStringLiteral("events[0].type"));
    post("type: actor object", wrap(with(note, QStringLiteral("actor"), QJsonObject {})), 422, invalidField,
        QStringLiteral("events[0].actor"));
    post("type: at number", wrap(with(note, QStringLiteral("at"), 1700000000)), 422, invalidField,
        QStringLiteral("events[0].at"));
    post("type: data string", wrap(with(note, QStringLiteral("data"), QStringLiteral("text"))), 422,
        invalidField, QStringLiteral("events[0].data"));
    post("type: data array", wrap(with(note, QStringLiteral("data"), QJsonArray {1})), 422, invalidField,
        QStringLiteral("events[0].data"));
    post("type: seq string", wrap(with(note, QStringLiteral("seq"), QStringLiteral("x"))), 422, invalidField,
        QStringLiteral("events[0].seq"));
    post("type: seq negative", wrap(with(note, QStringLiteral("seq"), -1)), 422, invalidField,
        QStringLiteral("events[0].seq"));
    post("type: seq fraction", wrap(with(note, QStringLiteral("seq"), 1.5)), 422, invalidField,
        QStringLiteral("events[0].seq"));
    post("type: text number", wrap(withData(note, QStringLiteral("text"), 7)), 422, invalidField,
        QStringLiteral("events[0].data.text"));
    post("type: severity number", wrap(withData(declared, QStringLiteral("severity"), 1)), 422, invalidField,
        QStringLiteral("events[0].data.severity"));
    post("type: services object", wrap(withData(declared, QStringLiteral("services"), QJsonObject {})), 422,
        invalidField, QStringLiteral("events[0].data.services"));
    post("type: second of ten is bad",
        "{\"events\":[" + compact(Events::note(m_incident, QStringLiteral("ok"))) + ",7]}", 422, invalidField,
        QStringLiteral("events[1]"));

    // Huge numbers.
    post("huge: exponent overflow", wrap(QByteArray("1e999")), 400);
    post("huge: seq", wrap(with(note, QStringLiteral("seq"), 1e30)), 422, invalidField,
        QStringLiteral("events[0].seq"));
    post("huge: http status",
        wrap(makeEvent(QStringLiteral("chat.posted"),
            {{QStringLiteral("channel"), QStringLiteral("ops")},
                {QStringLiteral("text"), QStringLiteral("x")},
                {QStringLiteral("outcome"), QStringLiteral("delivered")},
                {QStringLiteral("http_status"), 1e99}})),
        422, invalidField, QStringLiteral("events[0].data.http_status"));
    post("huge: 400 digits", wrap(compact(note).replace("\"fine\"", QByteArray(400, '9'))), 400, malformed);
    post("huge: pinned",
        wrap(makeEvent(QStringLiteral("note.pinned"),
            {{QStringLiteral("target"), m_noteId}, {QStringLiteral("pinned"), 1e300}})),
        422, invalidField, QStringLiteral("events[0].data.pinned"));
    post("huge: negative zero status",
        wrap(makeEvent(QStringLiteral("chat.posted"),
            {{QStringLiteral("channel"), QStringLiteral("ops")},
                {QStringLiteral("text"), QStringLiteral("x")},
                {QStringLiteral("outcome"), QStringLiteral("delivered")},
                {QStringLiteral("http_status"), -1e-300}})),
        422, invalidField, QStringLiteral("events[0].data.http_status"));

    // Bad UTF-8 and invalid Unicode.
    post("utf8: 0xff in a string", wrap(compact(note).replace("fine", "fi\xffne")), 400, malformed);
    post("utf8: overlong slash", wrap(compact(note).replace("fine", "\xc0\xaf")), 400, malformed);
    post("utf8: truncated sequence", wrap(compact(note).replace("fine", "fin\xe2\x82")), 400, malformed);
    post("utf8: lone high surrogate", wrap(compact(note).replace("fine", "\\ud800")), 400,
        QStringLiteral("invalid_encoding"), QStringLiteral("events[0].data.text"));
    post("utf8: lone low surrogate in actor", wrap(compact(note).replace("\"alice\"", "\"\\udc00\"")), 400,
        QStringLiteral("invalid_encoding"), QStringLiteral("events[0].actor"));
    post("utf8: surrogate in a key",
        "{\"events\":[" + compact(note).replace("\"kind\"", "\"\\ud834\"") + "]}", 400,
        QStringLiteral("invalid_encoding"));
    // What QJsonDocument alone would let through (StrictJson): equal keys, NUL characters.
    const QByteArray alice = "\"actor\":\"alice\"";
    post("json: duplicate actor", wrap(compact(note).replace(alice, alice + ",\"actor\":\"mallory\"")), 400,
        QStringLiteral("duplicate_key"), QStringLiteral("events[0].actor"));
    post("json: duplicate key spelled with an escape",
        wrap(compact(note).replace(alice, alice + ",\"\\u0061ctor\":\"mallory\"")), 400,
        QStringLiteral("duplicate_key"), QStringLiteral("events[0].actor"));
    post("json: raw NUL in a note", wrap(compact(note).replace("fine", QByteArray("fi\0ne", 5))), 400,
        QStringLiteral("invalid_encoding"), QStringLiteral("events[0].data.text"));
    post("json: escaped NUL in a note", wrap(compact(note).replace("fine", "fi\\u0000ne")), 400,
        QStringLiteral("invalid_encoding"), QStringLiteral("events[0].data.text"));
    get("utf8: bad bytes in the path", "/api/v1/incidents/\xff\xfe", 400, badParameter, QStringLiteral("id"));
    QTest::newRow("utf8: bad bytes in the token")
        << QByteArray("GET") << events << QStringLiteral("bad-utf8") << QByteArray() << QByteArray() << 401
        << QStringLiteral("unauthorized") << QString();
    QTest::newRow("utf8: runbook not UTF-8")
        << QByteArray("PUT") << QByteArray("/api/v1/runbooks/latin1") << QStringLiteral("admin")
        << QByteArray("text/markdown") << QByteArray("# Caf\xe9\n\n- [ ] step\n") << 400
        << QStringLiteral("invalid_encoding") << QString();

    // Injection strings where they cannot pass validation (so that nothing is stored): they must reach SQL,
    // if at all, only as bound values.
    post("inject: id", wrap(with(note, QStringLiteral("id"), QStringLiteral("'; DROP TABLE events;--"))), 422,
        invalidField, QStringLiteral("events[0].id"));
    post("inject: incident", wrap(with(note, QStringLiteral("incident"), QStringLiteral("1 OR 1=1"))), 422,
        invalidField, QStringLiteral("events[0].incident"));
    post("inject: type",
        wrap(with(note, QStringLiteral("type"), QStringLiteral("note.added'; DELETE FROM events;--"))), 422,
        unknownType, QStringLiteral("events[0].type"));
    post("inject: title with bad severity",
        wrap(withData(
            withData(declared, QStringLiteral("title"), QStringLiteral("Robert'); DROP TABLE events;--")),
            QStringLiteral("severity"), QStringLiteral("SEV1' OR '1'='1"))),
        422, invalidField, QStringLiteral("events[0].data.severity"));
    post("inject: kind",
        wrap(withData(note, QStringLiteral("kind"), QStringLiteral("note\"); DROP TABLE tokens;--"))), 422,
        invalidField, QStringLiteral("events[0].data.kind"));
    post("inject: shell in id", wrap(with(note, QStringLiteral("id"), QStringLiteral("$(rm -rf /)"))), 422,
        invalidField, QStringLiteral("events[0].id"));
    post("inject: script in incident",
        wrap(with(note, QStringLiteral("incident"), QStringLiteral("<script>alert(1)</script>"))), 422,
        invalidField, QStringLiteral("events[0].incident"));
    get("inject: incident path", "/api/v1/incidents/'%20OR%20'1'='1", 400, badParameter,
        QStringLiteral("id"));
    get("inject: runbook path", "/api/v1/runbooks/x';DROP%20TABLE%20runbooks;--", 400, badParameter,
        QStringLiteral("name"));
    get("inject: after", "/api/v1/events?after=1;DROP%20TABLE%20events", 400, badParameter,
        QStringLiteral("after"));
    get("inject: limit", "/api/v1/events?limit=1%20OR%201=1", 400, badParameter, QStringLiteral("limit"));
    get("inject: union", "/api/v1/events?after=0%20UNION%20SELECT%20hash%20FROM%20tokens", 400, badParameter,
        QStringLiteral("after"));
    QTest::newRow("inject: token") << QByteArray("GET") << events << QStringLiteral("sql") << QByteArray()
                                   << QByteArray() << 401 << QStringLiteral("unauthorized") << QString();
    QTest::newRow("inject: runbook name on put")
        << QByteArray("PUT") << QByteArray("/api/v1/runbooks/a%27%3BDROP%20TABLE%20runbooks%3B--")
        << QStringLiteral("admin") << QByteArray("text/markdown") << QByteArray("# T\n\n- [ ] a\n") << 400
        << badParameter << QStringLiteral("name");

    // Unknown event types.
    post("unknown type: incident.deleted",
        wrap(with(note, QStringLiteral("type"), QStringLiteral("incident.deleted"))), 422, unknownType,
        QStringLiteral("events[0].type"));
    post("unknown type: empty", wrap(with(note, QStringLiteral("type"), QString())), 422, QString(),
        QStringLiteral("events[0].type"));
    post("unknown type: upper case", wrap(with(note, QStringLiteral("type"), QStringLiteral("NOTE.ADDED"))),
        422, unknownType);
    post("unknown type: trailing space",
        wrap(with(note, QStringLiteral("type"), QStringLiteral("note.added "))), 422, unknownType);
    post("unknown type: path", wrap(with(note, QStringLiteral("type"), QStringLiteral("../../etc/passwd"))),
        422, unknownType);
    post("unknown type: prefix only", wrap(with(note, QStringLiteral("type"), QStringLiteral("note"))), 422,
        unknownType);
    post("unknown type: very long",
        wrap(with(note, QStringLiteral("type"), QString(10000, QLatin1Char('t')))), 422, unknownType);

    // Missing fields.
    for (const char *field : {"id", "incident", "type", "actor", "at"}) {
        const QByteArray name = QByteArray("missing: ") + field;
        post(name.constData(), wrap(without(note, QLatin1String(field))), 422, invalidField,
            QStringLiteral("events[0].%1").arg(QLatin1String(field)));
    }
    post("missing: title",
        wrap(withData(
            without(declared, QStringLiteral("data")), QStringLiteral("severity"), QStringLiteral("SEV2"))),
        422, invalidField, QStringLiteral("events[0].data.title"));
    post("missing: severity",
        wrap(with(
            declared, QStringLiteral("data"), QJsonObject {{QStringLiteral("title"), QStringLiteral("x")}})),
        422, invalidField, QStringLiteral("events[0].data.severity"));
    post("missing: note text",
        wrap(with(
            note, QStringLiteral("data"), QJsonObject {{QStringLiteral("kind"), QStringLiteral("note")}})),
        422, invalidField, QStringLiteral("events[0].data.text"));
    post("missing: person",
        wrap(
            makeEvent(QStringLiteral("role.assigned"), {{QStringLiteral("role"), QStringLiteral("scribe")}})),
        422, invalidField, QStringLiteral("events[0].data.person"));

    // Bad ids, bad targets, bad times, and what the incident's state does not allow.
    post("id: not a uuid", wrap(with(note, QStringLiteral("id"), QStringLiteral("note-1"))), 422,
        invalidField, QStringLiteral("events[0].id"));
    post("id: braces",
        wrap(with(note, QStringLiteral("id"), QLatin1Char('{') + Events::newId() + QLatin1Char('}'))), 422,
        invalidField, QStringLiteral("events[0].id"));
    post("id: too long", wrap(with(note, QStringLiteral("id"), Events::newId() + QStringLiteral("-0000"))),
        422, invalidField, QStringLiteral("events[0].id"));
    post("id: empty", wrap(with(note, QStringLiteral("id"), QString())), 422, invalidField,
        QStringLiteral("events[0].id"));
    post("id: incident not a uuid", wrap(with(note, QStringLiteral("incident"), QStringLiteral("INC-42"))),
        422, invalidField, QStringLiteral("events[0].incident"));
    post("target: unknown incident", wrap(Events::note(Events::newId(), QStringLiteral("to nowhere"))), 422,
        unknownTarget, QStringLiteral("events[0].incident"));
    post("target: unknown runbook",
        wrap(makeEvent(QStringLiteral("step.checked"),
            {{QStringLiteral("runbook"), Events::newId()},
                {QStringLiteral("step"), QStringLiteral("backup")}})),
        422, unknownTarget);
    post("target: unknown step",
        wrap(makeEvent(QStringLiteral("step.checked"),
            {{QStringLiteral("runbook"), m_runbook}, {QStringLiteral("step"), QStringLiteral("nope")}})),
        422, unknownTarget);
    post("target: unknown note",
        wrap(makeEvent(QStringLiteral("note.edited"),
            {{QStringLiteral("target"), Events::newId()}, {QStringLiteral("text"), QStringLiteral("x")}})),
        422, unknownTarget);
    post("state: gated step unapproved",
        wrap(makeEvent(QStringLiteral("step.checked"),
            {{QStringLiteral("runbook"), m_runbook}, {QStringLiteral("step"), QStringLiteral("restore")}})),
        409, conflict);
    post("state: evidence missing",
        wrap(makeEvent(QStringLiteral("step.checked"),
            {{QStringLiteral("runbook"), m_runbook}, {QStringLiteral("step"), QStringLiteral("backup")}})),
        409, conflict);
    post("state: approval by non-commander",
        wrap(with(makeEvent(QStringLiteral("step.approved"),
                      {{QStringLiteral("runbook"), m_runbook},
                          {QStringLiteral("step"), QStringLiteral("restore")}}),
            QStringLiteral("actor"), QStringLiteral("mallory"))),
        409, conflict, QStringLiteral("events[0].actor"));
    post("state: same status",
        wrap(makeEvent(QStringLiteral("incident.status"),
            {{QStringLiteral("status"), QStringLiteral("investigating")}})),
        409, conflict, QStringLiteral("events[0].data.status"));
    post("state: declared twice", wrap(Events::declared(m_incident, QStringLiteral("Again"))), 409);
    post("state: unassign a non-holder",
        wrap(makeEvent(QStringLiteral("role.unassigned"),
            {{QStringLiteral("role"), QStringLiteral("commander")},
                {QStringLiteral("person"), QStringLiteral("bob")}})),
        422, unknownTarget, QStringLiteral("events[0].data.person"));
    post("time: before 2000",
        wrap(with(note, QStringLiteral("at"), QStringLiteral("1999-12-31T23:59:59.000Z"))), 422, invalidField,
        QStringLiteral("events[0].at"));
    post("time: next year",
        wrap(with(note, QStringLiteral("at"), QStringLiteral("2999-01-01T00:00:00.000Z"))), 422, invalidField,
        QStringLiteral("events[0].at"));
    post("time: no zone", wrap(with(note, QStringLiteral("at"), QStringLiteral("2026-11-21T22:38:54"))), 422,
        invalidField, QStringLiteral("events[0].at"));
    post("time: not a date", wrap(with(note, QStringLiteral("at"), QStringLiteral("yesterday"))), 422,
        invalidField, QStringLiteral("events[0].at"));

    // Oversize.
    post("size: body over 1 MiB",
        wrap(withData(note, QStringLiteral("text"), QString(1024 * 1024, QLatin1Char('a')))), 413,
        QStringLiteral("payload_too_large"));
    {
        QByteArray many = "{\"events\":[";
        for (int i = 0; i < 1001; ++i)
            many += (i ? "," : "") + compact(Events::note(m_incident, QStringLiteral("n")));
        post("size: 1001 events", many + "]}", 413, QStringLiteral("payload_too_large"),
            QStringLiteral("events"));
    }
    post("size: title of 201",
        wrap(withData(declared, QStringLiteral("title"), QString(201, QLatin1Char('t')))), 422, invalidField,
        QStringLiteral("events[0].data.title"));
    post("size: note of 20001",
        wrap(withData(note, QStringLiteral("text"), QString(20001, QLatin1Char('n')))), 422, invalidField,
        QStringLiteral("events[0].data.text"));
    post("size: empty note", wrap(withData(note, QStringLiteral("text"), QString())), 422, invalidField,
        QStringLiteral("events[0].data.text"));
    // NUL is refused in every text of the body before any event is read (StrictJson): 400, not 422.
    post("actor: NUL", wrap(with(note, QStringLiteral("actor"), QStringLiteral("al\u0000ice"))), 400,
        QStringLiteral("invalid_encoding"), QStringLiteral("events[0].actor"));
    post("actor: newline", wrap(with(note, QStringLiteral("actor"), QStringLiteral("alice\nroot"))), 422,
        invalidField, QStringLiteral("events[0].actor"));
    post("size: actor of 101", wrap(with(note, QStringLiteral("actor"), QString(101, QLatin1Char('a')))), 422,
        invalidField, QStringLiteral("events[0].actor"));
    QTest::newRow("size: runbook over 1 MiB")
        << QByteArray("PUT") << QByteArray("/api/v1/runbooks/huge") << QStringLiteral("admin")
        << QByteArray("text/markdown") << ("# Huge\n\n- [ ] step\n" + QByteArray(1024 * 1024, 'x')) << 413
        << QStringLiteral("payload_too_large") << QString();

    // Bad paths.
    for (const char *path : {"/", "/api", "/api/v1", "/api/v2/events", "/api/v1/events/", "/api/v1/event",
             "//api/v1/events", "/api/v1/events/../health", "/metrics/x", "/api/v1/incidents/",
             "/API/V1/EVENTS", "/api/v1/events%00", "/api/v1/runbooks/a/b", "/%2e%2e/%2e%2e/etc/passwd",
             "/api/v1/hooks/", "/favicon.ico"}) {
        const QByteArray name = QByteArray("path: ") + path;
        get(name.constData(), path, 404, QStringLiteral("not_found"));
    }
    get("path: very long", "/api/v1/" + QByteArray(6000, 'a'), 404, QStringLiteral("not_found"));
    get("path: unknown incident", "/api/v1/incidents/00000000-0000-4000-8000-000000000000", 404,
        QStringLiteral("not_found"));
    get("path: unknown runbook", "/api/v1/runbooks/no-such-thing", 404, QStringLiteral("not_found"));
    get("path: incident id with dots", "/api/v1/incidents/..%2F..%2Fetc", 400, badParameter,
        QStringLiteral("id"));

    // Wrong methods: 405 with Allow.
    const auto method = [&](const char *name, const QByteArray &verb, const QByteArray &path) {
        QTest::newRow(name) << verb << path << QStringLiteral("admin") << QByteArray() << QByteArray() << 405
                            << QStringLiteral("method_not_allowed") << QString();
    };
    method("method: DELETE events", "DELETE", events);
    method("method: PUT events", "PUT", events);
    method("method: PATCH incidents", "PATCH", "/api/v1/incidents");
    method("method: POST health", "POST", "/api/v1/health");
    method("method: POST runbooks", "POST", "/api/v1/runbooks");
    method("method: DELETE runbook", "DELETE", "/api/v1/runbooks/rollback-bad-deploy");
    method("method: POST metrics", "POST", "/metrics");
    method("method: GET hook", "GET", "/api/v1/hooks/alertmanager");
    method("method: OPTIONS events", "OPTIONS", events);
    method("method: DELETE incident", "DELETE", "/api/v1/incidents/00000000-0000-4000-8000-000000000000");

    // Bad query parameters.
    for (const char *query : {"after=-1", "after=abc", "after=1e3", "after=99999999999999999999",
             "after=", "after=1&after=2", "after=%00", "after=+5", "after=0x10"}) {
        const QByteArray name = QByteArray("query: ") + query;
        get(name.constData(), "/api/v1/events?" + QByteArray(query), 400, badParameter,
            QStringLiteral("after"));
    }
    for (const char *query :
        {"limit=0", "limit=1001", "limit=1e99", "limit=-5", "limit=abc", "limit=%20%201"}) {
        const QByteArray name = QByteArray("query: ") + query;
        get(name.constData(), "/api/v1/events?" + QByteArray(query), 400, badParameter,
            QStringLiteral("limit"));
    }
    for (const char *query : {"wait=61", "wait=9999", "wait=-1", "wait=abc", "wait=1.5"}) {
        const QByteArray name = QByteArray("query: ") + query;
        get(name.constData(), "/api/v1/events?" + QByteArray(query), 400, badParameter,
            QStringLiteral("wait"));
    }

    // Content types.
    const auto typed = [&](const char *name, const QByteArray &type) {
        QTest::newRow(name) << QByteArray("POST") << events << QStringLiteral("responder") << type
                            << wrap(note) << 415 << QStringLiteral("unsupported_media_type") << QString();
    };
    typed("content type: text/plain", "text/plain");
    typed("content type: none", QByteArray());
    typed("content type: xml", "application/xml");
    typed("content type: form", "application/x-www-form-urlencoded");
    typed("content type: multipart", "multipart/form-data; boundary=x");
    typed("content type: jsonx", "application/jsonx");
    typed("content type: json patch", "application/json-patch+json");
    QTest::newRow("content type: runbook as json")
        << QByteArray("PUT") << QByteArray("/api/v1/runbooks/as-json") << QStringLiteral("admin") << json
        << QByteArray("{\"markdown\":\"# T\"}") << 415 << QStringLiteral("unsupported_media_type")
        << QString();

    // Who may do what.
    const auto as = [&](const char *name, const QString &who, const QByteArray &verb, const QByteArray &path,
                        int status) {
        const bool writes = verb == "POST" || verb == "PUT";
        QTest::newRow(name) << verb << path << who
                            << QByteArray(
                                   writes ? (verb == "PUT" ? "text/markdown" : "application/json") : "")
                            << QByteArray(verb == "PUT" ? "# T\n\n- [ ] a\n"
                                                        : (writes ? wrap(note).constData() : ""))
                            << status
                            << (status == 401 ? QStringLiteral("unauthorized") : QStringLiteral("forbidden"))
                            << QString();
    };
    as("auth: no token", QStringLiteral("none"), "GET", events, 401);
    as("auth: forged token", QStringLiteral("forged"), "GET", events, 401);
    as("auth: basic", QStringLiteral("basic"), "GET", events, 401);
    as("auth: empty bearer", QStringLiteral("empty"), "GET", events, 401);
    as("auth: no token post", QStringLiteral("none"), "POST", events, 401);
    as("auth: viewer posts", QStringLiteral("viewer"), "POST", events, 403);
    as("auth: hook posts events", QStringLiteral("hook"), "POST", events, 403);
    as("auth: hook reads", QStringLiteral("hook"), "GET", events, 403);
    as("auth: hook reads metrics", QStringLiteral("hook"), "GET", "/metrics", 403);
    as("auth: responder puts runbook", QStringLiteral("responder"), "PUT", "/api/v1/runbooks/mine", 403);
    as("auth: viewer puts runbook", QStringLiteral("viewer"), "PUT", "/api/v1/runbooks/mine", 403);

    // Not HTTP at all.
    QTest::newRow("http: no target") << QByteArray("GET") << QByteArray() << QStringLiteral("none")
                                     << QByteArray() << QByteArray() << 400
                                     << QStringLiteral("malformed_request") << QString();
    QTest::newRow("http: space in target")
        << QByteArray("GET") << QByteArray("/api/v1/a b") << QStringLiteral("none") << QByteArray()
        << QByteArray() << 400 << QStringLiteral("malformed_request") << QString();
}

void TestHostileRequests::refused()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QString, who);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    ++m_rows;

    QList<QPair<QByteArray, QByteArray>> headers;
    if (m_tokens.contains(who))
        headers.append({QByteArray("Authorization"), QByteArray("Bearer " + m_tokens.value(who).toUtf8())});
    else if (who == QLatin1String("forged"))
        headers.append({QByteArray("Authorization"), QByteArray("Bearer wr_" + QByteArray(43, 'A'))});
    else if (who == QLatin1String("basic"))
        headers.append({QByteArray("Authorization"), QByteArray("Basic YWRtaW46YWRtaW4=")});
    else if (who == QLatin1String("empty"))
        headers.append({QByteArray("Authorization"), QByteArray("Bearer ")});
    else if (who == QLatin1String("sql"))
        headers.append({QByteArray("Authorization"), QByteArray("Bearer ' OR '1'='1")});
    else if (who == QLatin1String("bad-utf8"))
        headers.append({QByteArray("Authorization"), QByteArray("Bearer wr_\xff\xfe\xfd")});
    if (!contentType.isEmpty())
        headers.append({QByteArray("Content-Type"), QByteArray(contentType)});
    QByteArray request;
    if (path.isEmpty())
        request = method + "\r\n\r\n"; // not even a request line
    else
        request = RawRequest::build(method, path, headers, body);

    const HttpReply reply = RawRequest::exchange(m_server.port(), request, 15000);
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    QVERIFY2(reply.isErrorBody(), qPrintable(reply.describe()));
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    if (!code.isEmpty())
        QVERIFY2(reply.errorCode() == code, qPrintable(reply.describe()));
    if (!field.isEmpty())
        QVERIFY2(reply.errorField() == field, qPrintable(reply.describe()));
    if (status == 405)
        QVERIFY(!reply.header("Allow").isEmpty());
    if (status == 401)
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));

    // Still serving, and nothing stored changed.
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/health")).status, 200);
    QCOMPARE(fingerprint(), m_baseline);
}

void TestHostileRequests::nothingChangedAtAll()
{
    QVERIFY(m_server.isRunning());
    QCOMPARE(fingerprint(), m_baseline);
    // Tokens too: exactly the four made at the start, none revoked.
    const CliResult list = runWarroomd(
        {QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--db"), m_db->location()});
    QCOMPARE(list.exitCode, 0);
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    for (qsizetype i = 1; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).trimmed().endsWith(" -"), lines.at(i).constData());
}

QTEST_GUILESS_MAIN(TestHostileRequests)
#include "testhostilerequests.moc"
