// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventvalidator.h"

#include "clock.h"
#include "eventtypes.h"
#include "incidentstate.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Warroom {

namespace {

const QDateTime &earliestSaneTime()
{
    static const QDateTime earliest(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    return earliest;
}

// Clients' clocks drift; a day ahead is surely wrong, a few minutes is not.
constexpr qint64 MaxFutureSecs = 24 * 3600;

QString quoted(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString().left(40) + QLatin1Char('"');
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray())
        return QStringLiteral("an array");
    if (value.isObject())
        return QStringLiteral("an object");
    return QStringLiteral("null");
}

/// Checks the fields of one event's data and keeps the first problem, named by its path.
class DataChecker
{
public:
    explicit DataChecker(const QJsonObject &data)
        : m_data(data)
    { }

    [[nodiscard]] const Error &error() const { return m_error; }
    [[nodiscard]] bool ok() const { return !m_error; }
    [[nodiscard]] bool has(const QString &name) const
    {
        const QJsonValue v = m_data.value(name);
        return !v.isUndefined() && !v.isNull();
    }

    /// A string of 1..max characters that is not only white space.
    void text(const QString &name, int max, bool required = true)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return;
        if (!v.isString())
            return fail(name, QStringLiteral("must be a string, got %1").arg(quoted(v)));
        const QString s = v.toString();
        if (s.trimmed().isEmpty())
            return fail(name, QStringLiteral("must not be empty"));
        if (s.size() > max)
            return fail(
                name, QStringLiteral("is too long (%1 characters, at most %2)").arg(s.size()).arg(max));
    }

    /// A string that may be empty.
    void optionalString(const QString &name, int max)
    {
        const QJsonValue v = value(name, false);
        if (v.isUndefined())
            return;
        if (!v.isString())
            return fail(name, QStringLiteral("must be a string, got %1").arg(quoted(v)));
        if (v.toString().size() > max)
            return fail(name,
                QStringLiteral("is too long (%1 characters, at most %2)").arg(v.toString().size()).arg(max));
    }

    void oneOf(const QString &name, const QStringList &allowed, bool required = true)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return;
        if (!v.isString() || !allowed.contains(v.toString()))
            fail(name,
                QStringLiteral("must be one of %1 (got %2)")
                    .arg(allowed.join(QStringLiteral(", ")), quoted(v)));
    }

    void uuid(const QString &name, bool required = true)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return;
        if (!v.isString() || !Wire::isUuid(v.toString()))
            fail(name, QStringLiteral("must be a uuid (got %1)").arg(quoted(v)));
    }

    /// @p deadline: a moment planned ahead (a due date), so the future is fine.
    void time(const QString &name, bool required = true, bool deadline = false)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return;
        if (!v.isString())
            return fail(name, QStringLiteral("must be an ISO 8601 time string, got %1").arg(quoted(v)));
        const QDateTime parsed = Wire::parseTime(v.toString());
        const QString problem = deadline && parsed.isValid() && parsed > Clock::now()
            ? QString()
            : EventValidator::timeProblem(parsed, v.toString());
        if (!problem.isEmpty())
            fail(name, problem);
    }

    void boolean(const QString &name, bool required = true)
    {
        const QJsonValue v = value(name, required);
        if (!v.isUndefined() && !v.isBool())
            fail(name, QStringLiteral("must be true or false (got %1)").arg(quoted(v)));
    }

    void integer(const QString &name, int min, int max, bool required = true)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return;
        const double d = v.toDouble();
        // The range first: a double beyond qint64 (1e99) converted to it is undefined behaviour.
        if (!v.isDouble() || !(d >= min && d <= max) || d != double(qint64(d)))
            fail(name,
                QStringLiteral("must be a whole number from %1 to %2 (got %3)")
                    .arg(min)
                    .arg(max)
                    .arg(quoted(v)));
    }

    void stringList(const QString &name, int maxItems, int maxLength)
    {
        const QJsonValue v = value(name, false);
        if (v.isUndefined())
            return;
        if (!v.isArray())
            return fail(name, QStringLiteral("must be an array of strings, got %1").arg(quoted(v)));
        const QJsonArray array = v.toArray();
        if (array.size() > maxItems)
            return fail(name, QStringLiteral("has %1 items, at most %2").arg(array.size()).arg(maxItems));
        for (int i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            if (!item.isString() || item.toString().trimmed().isEmpty() || item.toString().size() > maxLength)
                return fail(QStringLiteral("%1[%2]").arg(name).arg(i),
                    QStringLiteral("must be a non-empty string of at most %1 characters").arg(maxLength));
        }
    }

    /// An object whose values are all strings (alert labels).
    void stringMap(const QString &name)
    {
        const QJsonValue v = value(name, false);
        if (v.isUndefined())
            return;
        if (!v.isObject())
            return fail(name, QStringLiteral("must be an object of strings, got %1").arg(quoted(v)));
        const QJsonObject object = v.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString() || it.value().toString().size() > Limits::TextMax)
                return fail(name + QLatin1Char('.') + it.key(), QStringLiteral("must be a string"));
        }
    }

    void roleName(const QString &name)
    {
        // Free-form roles are welcome ("db-expert", "liaison") but must read as a name, not a sentence.
        static const QRegularExpression pattern(QStringLiteral("^[\\p{Ll}\\p{N}][\\p{Ll}\\p{N} _-]{0,39}$"));
        text(name, 40);
        if (ok() && !pattern.match(m_data.value(name).toString()).hasMatch())
            fail(name,
                QStringLiteral("is not a role name (lower-case letters, digits, space, - or _; e.g. "
                               "commander, scribe, comms, ops)"));
    }

    void stepId(const QString &name)
    {
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
        const QJsonValue v = value(name, true);
        if (v.isUndefined())
            return;
        if (!v.isString() || !pattern.match(v.toString()).hasMatch())
            fail(name,
                QStringLiteral("must be a step id (letters, digits, . _ -, at most 64; got %1)")
                    .arg(quoted(v)));
    }

    /// A step object inside runbook.attached.steps.
    void steps(const QString &name)
    {
        const QJsonValue v = value(name, true);
        if (v.isUndefined())
            return;
        if (!v.isArray() || v.toArray().isEmpty())
            return fail(name, QStringLiteral("must be a non-empty array of steps"));
        const QJsonArray array = v.toArray();
        if (array.size() > Limits::StepsMax)
            return fail(
                name, QStringLiteral("has %1 steps, at most %2").arg(array.size()).arg(Limits::StepsMax));
        QSet<QString> ids;
        for (int i = 0; i < array.size() && ok(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(name).arg(i);
            if (!array.at(i).isObject())
                return fail(path, QStringLiteral("must be an object {id, text, gate}"));
            DataChecker step(array.at(i).toObject());
            step.stepId(QStringLiteral("id"));
            step.text(QStringLiteral("text"), Limits::TitleMax * 5);
            step.oneOf(QStringLiteral("gate"), Names::gates(), false);
            step.optionalString(QStringLiteral("rollback"), 64);
            if (!step.ok()) {
                // The nested checker names "data.<field>"; re-root it under this step.
                const Error &inner = step.error();
                const QString reason = inner.message.mid(inner.field.size() + 2);
                return fail(path + QLatin1Char('.') + inner.field.mid(5), reason);
            }
            const QString id = array.at(i).toObject().value(QStringLiteral("id")).toString();
            if (ids.contains(id))
                return fail(
                    path + QStringLiteral(".id"), QStringLiteral("\"%1\" is used by two steps").arg(id));
            ids.insert(id);
        }
        for (int i = 0; i < array.size(); ++i) {
            const QString rollback = array.at(i).toObject().value(QStringLiteral("rollback")).toString();
            if (!rollback.isEmpty() && !ids.contains(rollback))
                return fail(QStringLiteral("%1[%2].rollback").arg(name).arg(i),
                    QStringLiteral("names step \"%1\", which is not in this runbook").arg(rollback));
        }
    }

    void base64Content(const QString &name, const QString &shaName)
    {
        const QJsonValue v = value(name, true);
        if (v.isUndefined())
            return;
        if (!v.isString())
            return fail(name, QStringLiteral("must be a base64 string"));
        const auto decoded = QByteArray::fromBase64Encoding(
            v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(name, QStringLiteral("is not valid base64"));
        if (decoded.decoded.size() > Limits::AttachmentMaxBytes)
            return fail(name,
                QStringLiteral("is %1 bytes; attachments are limited to 5 MiB").arg(decoded.decoded.size()));
        const QString expected = m_data.value(shaName).toString();
        const QString actual = QString::fromLatin1(
            QCryptographicHash::hash(decoded.decoded, QCryptographicHash::Sha256).toHex());
        if (expected.compare(actual, Qt::CaseInsensitive) != 0)
            fail(shaName, QStringLiteral("does not match the content (content hashes to %1)").arg(actual));
    }

    void mime(const QString &name)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^[a-z0-9][a-z0-9.+-]*/[A-Za-z0-9][A-Za-z0-9.+_-]*$"));
        text(name, 100);
        if (ok() && !pattern.match(m_data.value(name).toString()).hasMatch())
            fail(name, QStringLiteral("is not a media type such as image/png"));
    }

    void url(const QString &name)
    {
        optionalString(name, 2000);
        const QString s = m_data.value(name).toString();
        if (ok() && !s.isEmpty() && !s.startsWith(QLatin1String("http://"))
            && !s.startsWith(QLatin1String("https://")))
            fail(name, QStringLiteral("must be an http(s) URL"));
    }

    void requireAnyOf(const QStringList &names)
    {
        for (const QString &name : names) {
            if (has(name))
                return;
        }
        fail(QString(),
            QStringLiteral("must change at least one of %1").arg(names.join(QStringLiteral(", "))));
    }

    /// Optional link to a runbook step: both fields or neither.
    void optionalStepLink()
    {
        if (!has(QStringLiteral("runbook")) && !has(QStringLiteral("step")))
            return;
        uuid(QStringLiteral("runbook"));
        stepId(QStringLiteral("step"));
    }

private:
    QJsonValue value(const QString &name, bool required)
    {
        if (!ok())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonValue v = m_data.value(name);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(name, QStringLiteral("is missing"));
            return QJsonValue(QJsonValue::Undefined);
        }
        return v;
    }

    void fail(const QString &name, const QString &message)
    {
        if (!ok())
            return;
        const QString path = name.isEmpty() ? QStringLiteral("data") : QStringLiteral("data.") + name;
        m_error = Error::invalid(path, path + QStringLiteral(": ") + message);
    }

    QJsonObject m_data;
    Error m_error;
};

void checkData(EventKind kind, DataChecker &c)
{
    const QString target = QStringLiteral("target");
    const QString runbook = QStringLiteral("runbook");
    const QString step = QStringLiteral("step");
    switch (kind) {
    case EventKind::IncidentDeclared:
        c.text(QStringLiteral("title"), Limits::TitleMax);
        c.oneOf(QStringLiteral("severity"), Names::severities());
        c.optionalString(QStringLiteral("summary"), Limits::TextMax);
        c.stringList(QStringLiteral("services"), Limits::ServicesMax, Limits::NameMax);
        c.time(QStringLiteral("impact_started_at"), false);
        break;
    case EventKind::IncidentUpdated:
        c.requireAnyOf({QStringLiteral("title"), QStringLiteral("severity"), QStringLiteral("summary"),
            QStringLiteral("services"), QStringLiteral("impact_started_at")});
        c.text(QStringLiteral("title"), Limits::TitleMax, false);
        c.oneOf(QStringLiteral("severity"), Names::severities(), false);
        c.optionalString(QStringLiteral("summary"), Limits::TextMax);
        c.stringList(QStringLiteral("services"), Limits::ServicesMax, Limits::NameMax);
        c.time(QStringLiteral("impact_started_at"), false);
        break;
    case EventKind::IncidentStatus:
        c.oneOf(QStringLiteral("status"), Names::statuses());
        c.optionalString(QStringLiteral("note"), Limits::TextMax);
        break;
    case EventKind::RoleAssigned:
    case EventKind::RoleUnassigned:
        c.roleName(QStringLiteral("role"));
        c.text(QStringLiteral("person"), Limits::NameMax);
        break;
    case EventKind::RunbookAttached:
        c.uuid(runbook);
        c.text(QStringLiteral("name"), Limits::NameMax);
        c.steps(QStringLiteral("steps"));
        break;
    case EventKind::StepApproved:
        c.uuid(runbook);
        c.stepId(step);
        break;
    case EventKind::StepChecked:
    case EventKind::StepUnchecked:
        c.uuid(runbook);
        c.stepId(step);
        c.optionalString(QStringLiteral("note"), Limits::TextMax);
        c.uuid(QStringLiteral("evidence"), false);
        break;
    case EventKind::StepSkipped:
        c.uuid(runbook);
        c.stepId(step);
        c.text(QStringLiteral("reason"), Limits::TextMax);
        break;
    case EventKind::StepRolledBack:
        c.uuid(runbook);
        c.stepId(step);
        c.text(QStringLiteral("note"), Limits::TextMax);
        break;
    case EventKind::StepAdded:
        c.uuid(runbook);
        c.stepId(step);
        c.text(QStringLiteral("text"), Limits::TitleMax * 5);
        c.oneOf(QStringLiteral("gate"), Names::gates(), false);
        c.optionalString(QStringLiteral("after"), 64);
        c.optionalString(QStringLiteral("rollback"), 64);
        break;
    case EventKind::NoteAdded:
        c.text(QStringLiteral("text"), Limits::TextMax);
        c.oneOf(QStringLiteral("kind"), Names::writableNoteKinds());
        c.optionalStepLink();
        break;
    case EventKind::NoteEdited:
        c.uuid(target);
        c.text(QStringLiteral("text"), Limits::TextMax);
        break;
    case EventKind::NoteRetracted:
        c.uuid(target);
        c.text(QStringLiteral("reason"), Limits::TextMax);
        break;
    case EventKind::NotePinned:
        c.uuid(target);
        c.boolean(QStringLiteral("pinned"));
        break;
    case EventKind::AttachmentAdded:
        c.text(QStringLiteral("name"), 255);
        c.mime(QStringLiteral("mime"));
        c.text(QStringLiteral("sha256"), 64);
        c.base64Content(QStringLiteral("content"), QStringLiteral("sha256"));
        c.optionalStepLink();
        break;
    case EventKind::ChatPosted:
        c.text(QStringLiteral("channel"), Limits::NameMax);
        c.text(QStringLiteral("text"), Limits::TextMax);
        c.oneOf(QStringLiteral("outcome"), {QStringLiteral("delivered"), QStringLiteral("failed")});
        c.integer(QStringLiteral("http_status"), 0, 599);
        c.optionalString(QStringLiteral("error"), Limits::TextMax);
        break;
    case EventKind::AlertReceived:
        c.text(QStringLiteral("source"), Limits::NameMax);
        c.text(QStringLiteral("name"), Limits::TitleMax);
        c.oneOf(QStringLiteral("status"), {QStringLiteral("firing"), QStringLiteral("resolved")});
        c.stringMap(QStringLiteral("labels"));
        c.time(QStringLiteral("starts_at"), false);
        c.url(QStringLiteral("url"));
        break;
    case EventKind::ActionAdded:
        c.text(QStringLiteral("text"), Limits::TextMax);
        c.optionalString(QStringLiteral("owner"), Limits::NameMax);
        c.time(QStringLiteral("due"), false, true);
        break;
    case EventKind::ActionUpdated:
        c.uuid(target);
        c.requireAnyOf(
            {QStringLiteral("text"), QStringLiteral("owner"), QStringLiteral("due"), QStringLiteral("done")});
        c.text(QStringLiteral("text"), Limits::TextMax, false);
        c.optionalString(QStringLiteral("owner"), Limits::NameMax);
        c.time(QStringLiteral("due"), false, true);
        c.boolean(QStringLiteral("done"), false);
        break;
    case EventKind::Unknown: // validate() refuses it first
        break;
    }
}

} // namespace

QString EventValidator::timeProblem(const QDateTime &time, const QString &original)
{
    if (!time.isValid())
        return QStringLiteral("\"%1\" is not an ISO 8601 time with a zone (e.g. 2026-11-21T22:38:54.123Z)")
            .arg(original.left(64));
    if (time < earliestSaneTime())
        return QStringLiteral("%1 is before the year 2000").arg(Wire::formatTime(time));
    if (time > Clock::now().addSecs(MaxFutureSecs))
        return QStringLiteral("%1 is more than a day in the future").arg(Wire::formatTime(time));
    return {};
}

Error EventValidator::validate(const Event &event)
{
    if (!Wire::isUuid(event.id))
        return Error::invalid(
            QStringLiteral("id"), QStringLiteral("id: must be a uuid (got \"%1\")").arg(event.id.left(40)));
    if (!Wire::isUuid(event.incident))
        return Error::invalid(QStringLiteral("incident"),
            QStringLiteral("incident: must be a uuid (got \"%1\")").arg(event.incident.left(40)));
    const EventKind kind = event.kind();
    if (kind == EventKind::Unknown)
        return {QStringLiteral("unknown_type"), QStringLiteral("type"),
            QStringLiteral("type: \"%1\" is not a known event type").arg(event.type.left(40))};
    if (event.actor.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("actor"), QStringLiteral("actor: must not be empty"));
    if (event.actor.size() > Limits::NameMax)
        return Error::invalid(QStringLiteral("actor"),
            QStringLiteral("actor: is too long (at most %1 characters)").arg(Limits::NameMax));
    if (const QString problem = timeProblem(event.at, Wire::formatTime(event.at)); !problem.isEmpty())
        return Error::invalid(QStringLiteral("at"), QStringLiteral("at: ") + problem);
    DataChecker checker(event.data);
    checkData(kind, checker);
    return checker.error();
}

Error EventValidator::validate(const Event &event, const IncidentState *state)
{
    if (Error error = validate(event))
        return error;
    if (!state) {
        if (event.kind() == EventKind::IncidentDeclared)
            return {};
        return {QStringLiteral("unknown_target"), QStringLiteral("incident"),
            QStringLiteral("incident: there is no incident %1").arg(event.incident)};
    }
    return state->check(event);
}

} // namespace Warroom
