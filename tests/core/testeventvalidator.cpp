// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "eventfactory.h"
#include "eventtypes.h"
#include "eventvalidator.h"

#include <QJsonDocument>
#include <QTest>

using namespace Warroom;

namespace {
const QString RunbookId = QStringLiteral("5f0e8a1c-2b3d-4e5f-8a9b-0c1d2e3f4a5b");
const QString Target = QStringLiteral("6f0e8a1c-2b3d-4e5f-8a9b-0c1d2e3f4a5b");

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// sha256 of "png!" and its base64, for attachments.
const char *attachment = R"({"name":"graph.png","mime":"image/png",
  "sha256":"53ec22c455168e29791219d4017c53b8203153e83853cc7a232b4ab446a8c6b7","content":"cG5nIQ=="})";

/// A valid data object for every v1 type.
QHash<QString, QJsonObject> validData()
{
    QHash<QString, QJsonObject> d;
    d.insert(EventType::IncidentDeclared,
        json(R"({"title":"Checkout down","severity":"SEV1","summary":"500s","services":["checkout"]})"));
    d.insert(EventType::IncidentUpdated, json(R"({"severity":"SEV2"})"));
    d.insert(EventType::IncidentStatus, json(R"({"status":"identified","note":"bad deploy"})"));
    d.insert(EventType::RoleAssigned, json(R"({"role":"commander","person":"alice"})"));
    d.insert(EventType::RoleUnassigned, json(R"({"role":"db-expert","person":"bob"})"));
    QJsonObject attached
        = json(R"({"name":"Roll back","steps":[{"id":"s1","text":"Freeze deploys","gate":"none"},
        {"id":"s2","text":"Roll back","gate":"approval","rollback":"s3"},{"id":"s3","text":"Roll forward","gate":"evidence"}]})");
    attached.insert(QStringLiteral("runbook"), RunbookId);
    d.insert(EventType::RunbookAttached, attached);
    const QJsonObject ref {
        {QStringLiteral("runbook"), RunbookId}, {QStringLiteral("step"), QStringLiteral("s1")}};
    d.insert(EventType::StepApproved, ref);
    d.insert(EventType::StepChecked, ref);
    d.insert(EventType::StepUnchecked, ref);
    QJsonObject skipped = ref;
    skipped.insert(QStringLiteral("reason"), QStringLiteral("not needed"));
    d.insert(EventType::StepSkipped, skipped);
    QJsonObject rolled = ref;
    rolled.insert(QStringLiteral("note"), QStringLiteral("made it worse"));
    d.insert(EventType::StepRolledBack, rolled);
    QJsonObject added {{QStringLiteral("runbook"), RunbookId}, {QStringLiteral("step"), QStringLiteral("s9")},
        {QStringLiteral("text"), QStringLiteral("Warm caches")},
        {QStringLiteral("gate"), QStringLiteral("none")}};
    d.insert(EventType::StepAdded, added);
    d.insert(EventType::NoteAdded, json(R"({"text":"p99 at 4s","kind":"observation"})"));
    QJsonObject targeted {{QStringLiteral("target"), Target}};
    QJsonObject edited = targeted;
    edited.insert(QStringLiteral("text"), QStringLiteral("p99 at 5s"));
    d.insert(EventType::NoteEdited, edited);
    QJsonObject retracted = targeted;
    retracted.insert(QStringLiteral("reason"), QStringLiteral("wrong graph"));
    d.insert(EventType::NoteRetracted, retracted);
    QJsonObject pinned = targeted;
    pinned.insert(QStringLiteral("pinned"), true);
    d.insert(EventType::NotePinned, pinned);
    d.insert(EventType::AttachmentAdded, json(attachment));
    d.insert(EventType::ChatPosted,
        json(R"({"channel":"#incidents","text":"Update","outcome":"delivered","http_status":200})"));
    d.insert(
        EventType::AlertReceived, json(R"({"source":"alertmanager","name":"HighErrorRate","status":"firing",
        "labels":{"severity":"critical"},"starts_at":"2026-11-21T21:50:00Z","url":"https://grafana.example/d/1"})"));
    d.insert(EventType::ActionAdded,
        json(R"({"text":"Add a canary","owner":"carol","due":"2026-11-30T12:00:00Z"})"));
    QJsonObject update = targeted;
    update.insert(QStringLiteral("done"), true);
    d.insert(EventType::ActionUpdated, update);
    return d;
}

Event makeEvent(const QString &type, const QJsonObject &data)
{
    Event e;
    e.id = Wire::newId();
    e.incident = Wire::newId();
    e.type = type;
    e.actor = QStringLiteral("alice");
    e.at = Clock::now();
    e.data = data;
    return e;
}
} // namespace

class TestEventValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC));
        Clock::setInstance(&m_clock);
    }
    void cleanup() { Clock::setInstance(nullptr); }

    void everyTypeHasAValidCase_data()
    {
        QTest::addColumn<QString>("type");
        for (const QString &type : EventType::all())
            QTest::newRow(qPrintable(type)) << type;
    }

    void everyTypeHasAValidCase()
    {
        QFETCH(QString, type);
        const auto data = validData();
        QVERIFY2(data.contains(type), "no valid case for this type");
        const Error error = EventValidator::validate(makeEvent(type, data.value(type)));
        QVERIFY2(!error, qPrintable(error.message));
    }

    void invalidFieldIsNamed_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("key"); // field to change ("" = envelope case)
        QTest::addColumn<QJsonValue>("value"); // undefined = remove
        QTest::addColumn<QString>("field"); // expected Error::field
        const QJsonValue removed(QJsonValue::Undefined);
        const auto row = [&](const char *name, QLatin1StringView type, const char *key,
                             const QJsonValue &value, const char *field) {
            QTest::newRow(name) << QString(type) << QString::fromLatin1(key) << value
                                << QString::fromLatin1(field);
        };
        using namespace EventType;
        row("declared: no title", IncidentDeclared, "title", removed, "data.title");
        row("declared: blank title", IncidentDeclared, "title", QStringLiteral("   "), "data.title");
        row("declared: title too long", IncidentDeclared, "title", QString(201, QLatin1Char('x')),
            "data.title");
        row("declared: title number", IncidentDeclared, "title", 5, "data.title");
        row("declared: unknown severity", IncidentDeclared, "severity", QStringLiteral("SEV9"),
            "data.severity");
        row("declared: lower-case severity", IncidentDeclared, "severity", QStringLiteral("sev1"),
            "data.severity");
        row("declared: summary too long", IncidentDeclared, "summary", QString(20001, QLatin1Char('x')),
            "data.summary");
        row("declared: services not array", IncidentDeclared, "services", QStringLiteral("checkout"),
            "data.services");
        row("declared: empty service", IncidentDeclared, "services", QJsonArray {QStringLiteral("")},
            "data.services[0]");
        row("updated: nothing", IncidentUpdated, "severity", removed, "data");
        row("updated: severity", IncidentUpdated, "severity", QStringLiteral("critical"), "data.severity");
        row("updated: impact time", IncidentUpdated, "impact_started_at", QStringLiteral("last night"),
            "data.impact_started_at");
        row("updated: absurd impact time", IncidentUpdated, "impact_started_at",
            QStringLiteral("1970-01-01T00:00:00Z"), "data.impact_started_at");
        row("status: unknown", IncidentStatus, "status", QStringLiteral("fixed"), "data.status");
        row("status: missing", IncidentStatus, "status", removed, "data.status");
        row("status: note number", IncidentStatus, "note", 3, "data.note");
        row("role: missing role", RoleAssigned, "role", removed, "data.role");
        row("role: sentence", RoleAssigned, "role", QStringLiteral("The Boss!"), "data.role");
        row("role: no person", RoleAssigned, "person", QStringLiteral(""), "data.person");
        row("unassign: role", RoleUnassigned, "role", QStringLiteral("Commander"), "data.role");
        row("attached: bad runbook", RunbookAttached, "runbook", QStringLiteral("rb-1"), "data.runbook");
        row("attached: no name", RunbookAttached, "name", removed, "data.name");
        row("attached: no steps", RunbookAttached, "steps", QJsonArray(), "data.steps");
        row("attached: step without text", RunbookAttached, "steps",
            QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("a")}}}, "data.steps[0].text");
        row("attached: unknown gate", RunbookAttached, "steps",
            QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("a")},
                {QStringLiteral("text"), QStringLiteral("x")},
                {QStringLiteral("gate"), QStringLiteral("maybe")}}},
            "data.steps[0].gate");
        row("attached: duplicate step ids", RunbookAttached, "steps",
            QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("a")},
                            {QStringLiteral("text"), QStringLiteral("x")}},
                QJsonObject {{QStringLiteral("id"), QStringLiteral("a")},
                    {QStringLiteral("text"), QStringLiteral("y")}}},
            "data.steps[1].id");
        row("attached: dangling rollback", RunbookAttached, "steps",
            QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("a")},
                {QStringLiteral("text"), QStringLiteral("x")},
                {QStringLiteral("rollback"), QStringLiteral("zz")}}},
            "data.steps[0].rollback");
        row("approved: bad runbook", StepApproved, "runbook", QStringLiteral("x"), "data.runbook");
        row("approved: no step", StepApproved, "step", removed, "data.step");
        row("checked: bad step id", StepChecked, "step", QStringLiteral("has spaces"), "data.step");
        row("checked: bad evidence", StepChecked, "evidence", QStringLiteral("note-1"), "data.evidence");
        row("unchecked: note object", StepUnchecked, "note", QJsonObject(), "data.note");
        row("skipped: no reason", StepSkipped, "reason", removed, "data.reason");
        row("skipped: blank reason", StepSkipped, "reason", QStringLiteral(" "), "data.reason");
        row("rolled back: no note", StepRolledBack, "note", removed, "data.note");
        row("added: no text", StepAdded, "text", removed, "data.text");
        row("added: bad gate", StepAdded, "gate", QStringLiteral("manual"), "data.gate");
        row("note: empty", NoteAdded, "text", QStringLiteral(""), "data.text");
        row("note: too long", NoteAdded, "text", QString(20001, QLatin1Char('x')), "data.text");
        row("note: unknown kind", NoteAdded, "kind", QStringLiteral("rumour"), "data.kind");
        row("note: system kind", NoteAdded, "kind", QStringLiteral("system"), "data.kind");
        row("note: half a step link", NoteAdded, "runbook", RunbookId, "data.step");
        row("edited: bad target", NoteEdited, "target", QStringLiteral("3"), "data.target");
        row("edited: empty text", NoteEdited, "text", QStringLiteral(""), "data.text");
        row("retracted: no reason", NoteRetracted, "reason", removed, "data.reason");
        row("pinned: not bool", NotePinned, "pinned", QStringLiteral("yes"), "data.pinned");
        row("attachment: bad mime", AttachmentAdded, "mime", QStringLiteral("picture"), "data.mime");
        row("attachment: bad base64", AttachmentAdded, "content", QStringLiteral("***"), "data.content");
        row("attachment: wrong hash", AttachmentAdded, "sha256", QString(64, QLatin1Char('0')),
            "data.sha256");
        row("attachment: too big", AttachmentAdded, "content",
            QString::fromLatin1(QByteArray(5 * 1024 * 1024 + 1, 'x').toBase64()), "data.content");
        row("chat: unknown outcome", ChatPosted, "outcome", QStringLiteral("maybe"), "data.outcome");
        row("chat: huge status", ChatPosted, "http_status", 1e12, "data.http_status");
        row("chat: fractional status", ChatPosted, "http_status", 200.5, "data.http_status");
        // Beyond qint64: refused without converting it (UBSan's float-cast-overflow before #11).
        row("chat: status beyond qint64", ChatPosted, "http_status", 1e99, "data.http_status");
        row("chat: status below qint64", ChatPosted, "http_status", -1e300, "data.http_status");
        row("chat: no channel", ChatPosted, "channel", removed, "data.channel");
        row("alert: unknown status", AlertReceived, "status", QStringLiteral("pending"), "data.status");
        row("alert: label not string", AlertReceived, "labels", QJsonObject {{QStringLiteral("team"), 3}},
            "data.labels.team");
        row("alert: url scheme", AlertReceived, "url", QStringLiteral("javascript:alert(1)"), "data.url");
        row("alert: future start", AlertReceived, "starts_at", QStringLiteral("2030-01-01T00:00:00Z"),
            "data.starts_at");
        row("action: no text", ActionAdded, "text", removed, "data.text");
        row("action: bad due", ActionAdded, "due", QStringLiteral("friday"), "data.due");
        row("action: due before 2000", ActionAdded, "due", QStringLiteral("1999-01-01T00:00:00Z"),
            "data.due");
        row("action update: done string", ActionUpdated, "done", QStringLiteral("yes"), "data.done");
        row("action update: nothing", ActionUpdated, "done", removed, "data");
    }

    void invalidFieldIsNamed()
    {
        QFETCH(QString, type);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject data = validData().value(type);
        if (value.isUndefined())
            data.remove(key);
        else
            data.insert(key, value);
        const Error error = EventValidator::validate(makeEvent(type, data));
        QVERIFY2(error, "expected a validation error");
        QCOMPARE(error.field, field);
        QVERIFY2(error.message.startsWith(field + QLatin1Char(':')), qPrintable(error.message));
        QCOMPARE(error.code, QStringLiteral("invalid_field"));
    }

    void envelope()
    {
        const QJsonObject note = validData().value(EventType::NoteAdded);
        Event e = makeEvent(EventType::NoteAdded, note);
        QVERIFY(!EventValidator::validate(e));

        Event bad = e;
        bad.type = QStringLiteral("note.deleted");
        Error error = EventValidator::validate(bad);
        QCOMPARE(error.code, QStringLiteral("unknown_type"));
        QCOMPARE(error.field, QStringLiteral("type"));
        QVERIFY(error.message.contains(QStringLiteral("note.deleted")));

        bad = e;
        bad.id = QStringLiteral("1234");
        QCOMPARE(EventValidator::validate(bad).field, QStringLiteral("id"));
        bad = e;
        bad.incident = QStringLiteral("'; DROP TABLE events; --");
        QCOMPARE(EventValidator::validate(bad).field, QStringLiteral("incident"));
        bad = e;
        bad.actor = QStringLiteral("  ");
        QCOMPARE(EventValidator::validate(bad).field, QStringLiteral("actor"));
        bad = e;
        bad.at = QDateTime(QDate(1999, 12, 31), QTime(23, 0), Qt::UTC);
        error = EventValidator::validate(bad);
        QCOMPARE(error.field, QStringLiteral("at"));
        QVERIFY(error.message.contains(QStringLiteral("2000")));
        bad.at = Clock::now().addDays(2);
        error = EventValidator::validate(bad);
        QCOMPARE(error.field, QStringLiteral("at"));
        QVERIFY(error.message.contains(QStringLiteral("future")));
        bad.at = QDateTime();
        QCOMPARE(EventValidator::validate(bad).field, QStringLiteral("at"));
        // Back-dating by hours and a few minutes of clock skew are fine.
        bad.at = Clock::now().addSecs(-6 * 3600);
        QVERIFY(!EventValidator::validate(bad));
        bad.at = Clock::now().addSecs(300);
        QVERIFY(!EventValidator::validate(bad));
    }

    void referencesAreCheckedAgainstState()
    {
        const EventFactory alice(QStringLiteral("alice"));
        const Event declared = alice.declare(QStringLiteral("Checkout down"), Severity::Sev1);
        // Nothing but a declaration may name an unknown incident.
        Error error
            = EventValidator::validate(alice.addNote(declared.incident, QStringLiteral("hi")), nullptr);
        QCOMPARE(error.code, QStringLiteral("unknown_target"));
        QCOMPARE(error.field, QStringLiteral("incident"));
        QVERIFY(!EventValidator::validate(declared, nullptr));

        IncidentState state;
        QVERIFY(!state.apply(declared));
        error = EventValidator::validate(
            alice.editNote(declared.incident, Target, QStringLiteral("x")), &state);
        QCOMPARE(error.code, QStringLiteral("unknown_target"));
        QCOMPARE(error.field, QStringLiteral("data.target"));
        error = EventValidator::validate(
            alice.checkStep(declared.incident, RunbookId, QStringLiteral("s1")), &state);
        QCOMPARE(error.field, QStringLiteral("data.runbook"));

        const Event attached = alice.attachRunbook(declared.incident, QStringLiteral("Roll back"),
            validData().value(EventType::RunbookAttached).value(QStringLiteral("steps")).toArray());
        QVERIFY(!state.apply(attached));
        const QString rb = attached.data.value(QStringLiteral("runbook")).toString();
        error
            = EventValidator::validate(alice.checkStep(declared.incident, rb, QStringLiteral("s7")), &state);
        QCOMPARE(error.field, QStringLiteral("data.step"));
        QVERIFY(error.message.contains(QStringLiteral("s7")));
        QVERIFY(error.message.contains(QStringLiteral("Roll back")));
        QVERIFY(
            !EventValidator::validate(alice.checkStep(declared.incident, rb, QStringLiteral("s1")), &state));
        // Shape errors win over reference errors.
        error = EventValidator::validate(
            alice.skipStep(declared.incident, rb, QStringLiteral("s7"), QString()), &state);
        QCOMPARE(error.field, QStringLiteral("data.reason"));
    }

private:
    ManualClock m_clock {QDateTime(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC)};
};

QTEST_GUILESS_MAIN(TestEventValidator)
#include "testeventvalidator.moc"
