// SPDX-License-Identifier: GPL-3.0-or-later
#include "replayindex.h"

#include "eventtypes.h"

#include <QJsonDocument>

#include <algorithm>
#include <limits>
#include <optional>

namespace Warroom {

namespace {

constexpr qint64 NotRecorded = std::numeric_limits<qint64>::min();
constexpr qsizetype LabelTextMax = 60;

qint64 msecs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QString elided(const QString &text)
{
    const QString line = text.simplified();
    return line.size() <= LabelTextMax ? line : line.left(LabelTextMax - 1) + QChar(0x2026);
}

QString dataString(const Event &event, const char *key)
{
    return event.data.value(QLatin1String(key)).toString();
}

} // namespace

ReplayIndex::ReplayIndex(int checkpointInterval)
    : m_interval(std::max(0, checkpointInterval))
{ }

void ReplayIndex::append(const EventList &events)
{
    m_events.reserve(m_events.size() + events.size());
    for (const Event &event : events)
        appendOne(event);
    // Checkpoints share the newest id index (a superset of theirs): the versions they were taken with,
    // which differ from it by a path per id added since, can go.
    for (Projection &checkpoint : m_checkpoints)
        checkpoint.shareIndexesWith(m_latest);
}

qint64 ReplayIndex::timeFor(const Event &event)
{
    const qsizetype i = m_events.size();
    qint64 previous = i > 0 ? m_times.at(i - 1) : NotRecorded;
    if (!event.recordedAt.isValid())
        return std::max(previous, msecs(event.at));
    const qint64 recorded = msecs(event.recordedAt);
    if (i == 0 || m_recordedLast != recorded)
        return std::max(previous, recorded);
    // Stored in one append with the event before: a bulk-recorded stretch unfolds along its own `at`. The
    // event before was timed as a lone one until now.
    if (i < 2 || m_recordedBeforeLast != recorded) {
        const qint64 beforePrevious = i >= 2 ? m_times.at(i - 2) : NotRecorded;
        m_times[i - 1] = std::max(beforePrevious, std::min(msecs(m_events.at(i - 1).at), recorded));
        previous = m_times.at(i - 1);
    }
    return std::max(previous, std::min(msecs(event.at), recorded));
}

QString ReplayIndex::intern(const QString &text)
{
    const auto known = m_strings.constFind(text);
    if (known != m_strings.cend())
        return *known;
    m_strings.insert(text);
    return text;
}

void ReplayIndex::appendOne(const Event &original)
{
    // A log read from a store has its own copy of every incident id, type and actor: share them.
    Event event = original;
    event.incident = intern(original.incident);
    event.type = intern(original.type);
    event.actor = intern(original.actor);
    const qint64 time = timeFor(event);
    const qsizetype index = m_events.size();
    m_events.append(
        {event.id, event.incident, event.type, event.actor, event.at, event.seq, event.dataJson()});
    m_times.append(time);
    m_recordedBeforeLast = m_recordedLast;
    m_recordedLast = event.recordedAt.isValid() ? msecs(event.recordedAt) : NotRecorded;

    const IncidentState *before = m_latest.incident(event.incident);
    const std::optional<Severity> severityBefore
        = before ? std::optional<Severity>(before->severity()) : std::nullopt;
    const bool applied = !m_latest.apply(event);
    m_applied.append(applied);
    if (applied) {
        IncidentMarks &marks = m_marks[event.incident];
        if (marks.first < 0)
            marks.first = index;
        marks.last = index;
        noteMoment(index, event, severityBefore);
    }
    if (m_interval > 0 && m_events.size() % m_interval == 0) {
        // The earlier checkpoints move to the newest index, so at most two versions of it live at once.
        for (Projection &checkpoint : m_checkpoints)
            checkpoint.shareIndexesWith(m_latest);
        m_checkpoints.append(m_latest);
    }
}

void ReplayIndex::noteMoment(qsizetype index, const Event &event, std::optional<Severity> severityBefore)
{
    const IncidentState *state = m_latest.incident(event.incident);
    if (!state)
        return;
    QList<Moment> &moments = m_marks[event.incident].moments;
    const EventKind kind = event.kind();
    switch (kind) {
    case EventKind::IncidentDeclared: {
        const QString severity = Names::severity(state->severity());
        moments.append({index, KeyMoment::Kind::Declared, severity, state->title(),
            QStringLiteral("Declared %1").arg(severity)});
        return;
    }
    case EventKind::IncidentStatus: {
        const QString status = Names::status(state->status());
        moments.append({index, KeyMoment::Kind::Status, status, dataString(event, "note"),
            QStringLiteral("Status: %1").arg(status)});
        return;
    }
    case EventKind::IncidentUpdated: {
        const QString severity = Names::severity(state->severity());
        if (event.data.contains(QLatin1String("severity")) && severityBefore != state->severity())
            moments.append({index, KeyMoment::Kind::Severity, severity, {},
                QStringLiteral("Severity: %1").arg(severity)});
        return;
    }
    case EventKind::NotePinned: {
        if (!event.data.value(QLatin1String("pinned")).toBool())
            return;
        const TimelineEntry *entry = state->entry(dataString(event, "target"));
        const QString text = entry ? entry->text : QString();
        moments.append(
            {index, KeyMoment::Kind::Pinned, {}, text, QStringLiteral("Pinned: %1").arg(elided(text))});
        return;
    }
    case EventKind::StepApproved:
    case EventKind::StepChecked: {
        const Runbook *runbook = state->runbook(dataString(event, "runbook"));
        const RunbookStep *step = runbook ? runbook->step(dataString(event, "step")) : nullptr;
        if (!step || (kind == EventKind::StepChecked && step->gate == Gate::None))
            return;
        if (kind == EventKind::StepApproved)
            moments.append({index, KeyMoment::Kind::Approved, {}, step->text,
                QStringLiteral("Approved: %1").arg(elided(step->text))});
        else
            moments.append({index, KeyMoment::Kind::GatedStepDone, {}, step->text,
                QStringLiteral("Done: %1").arg(elided(step->text))});
        return;
    }
    case EventKind::AlertReceived: {
        const QString status = dataString(event, "status");
        const QString name = dataString(event, "name");
        moments.append({index, KeyMoment::Kind::Alert, status, name,
            QStringLiteral("Alert %1: %2").arg(status, elided(name))});
        return;
    }
    case EventKind::RoleAssigned:
    case EventKind::RoleUnassigned:
    case EventKind::RunbookAttached:
    case EventKind::StepUnchecked:
    case EventKind::StepSkipped:
    case EventKind::StepRolledBack:
    case EventKind::StepAdded:
    case EventKind::NoteAdded:
    case EventKind::NoteEdited:
    case EventKind::NoteRetracted:
    case EventKind::AttachmentAdded:
    case EventKind::ChatPosted:
    case EventKind::ActionAdded:
    case EventKind::ActionUpdated:
    case EventKind::Unknown:
        return; // not a key moment
    }
}

Projection ReplayIndex::stateAfter(qsizetype count) const
{
    count = std::clamp<qsizetype>(count, 0, m_events.size());
    if (count == m_events.size())
        return m_latest;
    qsizetype from = 0;
    Projection state;
    if (m_interval > 0) {
        const qsizetype checkpoint = std::min<qsizetype>(count / m_interval, m_checkpoints.size());
        if (checkpoint > 0) {
            state = m_checkpoints.at(checkpoint - 1);
            from = checkpoint * m_interval;
        }
    }
    for (qsizetype i = from; i < count; ++i) {
        // A refused event changed nothing when the log was folded (from this same state): skip it.
        if (m_applied.at(i))
            state.apply(toEvent(m_events.at(i)));
    }
    return state;
}

qsizetype ReplayIndex::countAt(const QDateTime &time) const
{
    if (!time.isValid())
        return m_events.size();
    return std::upper_bound(m_times.cbegin(), m_times.cend(), msecs(time)) - m_times.cbegin();
}

Projection ReplayIndex::stateAt(const QDateTime &time) const
{
    return stateAfter(countAt(time));
}

Event ReplayIndex::toEvent(const Stored &stored)
{
    Event event;
    event.id = stored.id;
    event.incident = stored.incident;
    event.type = stored.type;
    event.actor = stored.actor;
    event.at = stored.at;
    event.seq = stored.seq;
    event.data = QJsonDocument::fromJson(stored.data).object();
    return event;
}

Event ReplayIndex::event(qsizetype i) const
{
    return toEvent(m_events.at(i));
}

QDateTime ReplayIndex::replayTime(qsizetype i) const
{
    return QDateTime::fromMSecsSinceEpoch(m_times.at(i), Qt::UTC);
}

KeyMoment ReplayIndex::keyMoment(const Moment &moment) const
{
    const Stored &event = m_events.at(moment.event);
    KeyMoment key;
    key.kind = moment.kind;
    key.time = replayTime(moment.event);
    key.at = event.at;
    key.incident = event.incident;
    key.eventId = event.id;
    key.value = moment.value;
    key.detail = moment.detail;
    key.label = moment.label;
    return key;
}

QList<KeyMoment> ReplayIndex::keyMoments(const QString &incident) const
{
    QList<const Moment *> moments;
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        if (incident.isEmpty() || it.key() == incident) {
            for (const Moment &moment : it->moments)
                moments.append(&moment);
        }
    }
    std::sort(
        moments.begin(), moments.end(), [](const Moment *a, const Moment *b) { return a->event < b->event; });
    QList<KeyMoment> result;
    result.reserve(moments.size());
    for (const Moment *moment : std::as_const(moments))
        result.append(keyMoment(*moment));
    return result;
}

ReplaySpan ReplayIndex::span(const QString &incident) const
{
    if (incident.isEmpty()) {
        if (m_events.isEmpty())
            return {};
        return {replayTime(0), replayTime(m_events.size() - 1)};
    }
    const auto it = m_marks.constFind(incident);
    if (it == m_marks.cend() || it->first < 0)
        return {};
    return {replayTime(it->first), replayTime(it->last)};
}

} // namespace Warroom
