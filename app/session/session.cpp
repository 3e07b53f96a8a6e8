// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "clock.h"
#include "compensation.h"
#include "demoincident.h"
#include "eventtypes.h"
#include "eventvalidator.h"
#include "logging.h"
#include "runbooklibrary.h"

#include <QDir>
#include <QSet>
#include <QStandardPaths>

namespace Warroom {

Session::Session(std::unique_ptr<EventStore> store, const QString &actor, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_factory(actor)
{ }

Session::~Session() = default;

bool Session::load(Error *error)
{
    return refresh(error);
}

bool Session::refresh(Error *error)
{
    EventList events;
    if (!m_store->readAfter(m_projection.lastSeq(), 0, &events, error))
        return false;
    for (const Event &event : std::as_const(events))
        foldStored(event);
    return true;
}

bool Session::submit(const EventList &events, Error *error)
{
    if (!append(events, error))
        return false;
    m_undoStack.append(events);
    // A long incident makes thousands of entries; nobody undoes back past the last hundred.
    constexpr int MaxUndo = 100;
    if (m_undoStack.size() > MaxUndo)
        m_undoStack.remove(0, m_undoStack.size() - MaxUndo);
    Q_EMIT undoChanged();
    return true;
}

bool Session::undoLast(Error *error)
{
    if (m_undoStack.isEmpty()) {
        if (error)
            *error = {QStringLiteral("cannot_undo"), {}, tr("There is nothing of yours to undo.")};
        return false;
    }
    const Event target = m_undoStack.last();
    const IncidentState *current = m_projection.incident(target.incident);
    EventList history;
    if (!current || !m_store->readIncident(target.incident, &history, error))
        return false;
    EventList before;
    for (const Event &e : std::as_const(history)) {
        if (e.id == target.id)
            break;
        before.append(e);
    }
    Event undo;
    if (!Compensation::compensate(target, before, *current, m_factory, &undo, error)
        || !append({undo}, error))
        return false;
    m_undoStack.removeLast();
    Q_EMIT undoChanged();
    return true;
}

bool Session::append(const EventList &events, Error *error)
{
    // Validate the batch against a scratch copy of the state, so that later events in the batch may refer to
    // earlier ones (declare, then assign a commander) and a refusal stores nothing.
    Projection scratch = m_projection;
    for (const Event &event : events) {
        Error problem = EventValidator::validate(event, scratch.incident(event.incident));
        if (!problem)
            problem = scratch.apply(event);
        if (problem) {
            if (error)
                *error = problem;
            return false;
        }
    }

    QList<AppendOutcome> outcomes;
    if (!m_store->append(events, &outcomes, error)) {
        qCWarning(lcSession) << "append failed:" << (error ? error->message : QString());
        return false;
    }
    // Another writer may have appended before us: fold everything new in seq order.
    return refresh(error);
}

QString Session::declareIncident(
    const QString &title, Severity severity, const QString &summary, Error *error)
{
    const Event event = m_factory.declare(title.trimmed(), severity, summary.trimmed());
    return submit(event, error) ? event.incident : QString();
}

void Session::foldStored(const Event &event)
{
    const bool known = m_projection.incident(event.incident) != nullptr;
    if (const Error refused = m_projection.apply(event)) {
        // Stored by someone else but does not fit our fold (e.g. a concurrent conflicting step): keep going.
        qCInfo(lcSession) << "event" << event.id << "not folded:" << refused.message;
        return;
    }
    Q_EMIT eventApplied(event);
    if (!known)
        Q_EMIT incidentAdded(event.incident);
    else
        Q_EMIT incidentChanged(event.incident);
}

QByteArray Session::attachmentContent(const QString &entryId, Error *error) const
{
    Event event;
    if (!m_store->readById(entryId, &event, error))
        return {};
    if (event.type != EventType::AttachmentAdded) {
        if (error)
            *error = {QStringLiteral("not_found"), QStringLiteral("id"),
                tr("Entry %1 is not an attachment.").arg(entryId)};
        return {};
    }
    return QByteArray::fromBase64(event.data.value(QStringLiteral("content")).toString().toLatin1());
}

QString Session::addDemoIncident(Error *error)
{
    RunbookLibrary library;
    library.load();
    const RunbookLibrary::Entry *restore = library.find(QStringLiteral("restore-database-backup"));
    if (!restore || restore->error) {
        if (error)
            *error = {QStringLiteral("not_found"), {},
                tr("The demo needs the built-in restore runbook, which is missing.")};
        return {};
    }
    const EventList events = DemoIncident::build(Clock::now(), restore->runbook);
    return append(events, error) ? events.first().incident : QString();
}

QString Session::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("warroom.sqlite"));
}

QString Session::defaultActor()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("responder") : name;
}

} // namespace Warroom
