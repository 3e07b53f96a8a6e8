// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "eventvalidator.h"
#include "logging.h"

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
