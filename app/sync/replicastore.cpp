// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicastore.h"

namespace Warroom {

std::unique_ptr<ReplicaStore> ReplicaStore::open(const QString &path, Error *error)
{
    auto confirmed = SqliteStore::open(path, error);
    if (!confirmed)
        return nullptr;
    auto outbox = Outbox::open(path + QStringLiteral(".outbox"), error);
    if (!outbox)
        return nullptr;
    return std::unique_ptr<ReplicaStore>(new ReplicaStore(std::move(confirmed), std::move(outbox)));
}

ReplicaStore::ReplicaStore(std::unique_ptr<SqliteStore> confirmed, std::unique_ptr<Outbox> outbox)
    : m_confirmed(std::move(confirmed))
    , m_outbox(std::move(outbox))
{ }

bool ReplicaStore::append(const EventList &events, QList<AppendOutcome> *outcomes, Error *error)
{
    if (!m_outbox->add(events, error))
        return false;
    if (outcomes) {
        outcomes->clear();
        for (int i = 0; i < events.size(); ++i)
            outcomes->append(AppendOutcome());
    }
    return true;
}

bool ReplicaStore::readAfter(qint64 afterSeq, int limit, EventList *events, Error *error)
{
    return m_confirmed->readAfter(afterSeq, limit, events, error);
}

bool ReplicaStore::readIncident(const QString &incident, EventList *events, Error *error)
{
    if (!m_confirmed->readIncident(incident, events, error))
        return false;
    EventList pending;
    if (!m_outbox->list(&pending, error))
        return false;
    for (const Event &event : std::as_const(pending)) {
        if (event.incident == incident)
            events->append(event);
    }
    return true;
}

bool ReplicaStore::readById(const QString &id, Event *event, Error *error)
{
    if (m_confirmed->readById(id, event, nullptr))
        return true;
    EventList pending;
    if (!m_outbox->list(&pending, error))
        return false;
    for (const Event &waiting : std::as_const(pending)) {
        if (waiting.id == id) {
            *event = waiting;
            return true;
        }
    }
    return m_confirmed->readById(id, event, error); // for its "not found" error
}

qint64 ReplicaStore::lastSeq(Error *error)
{
    return m_confirmed->lastSeq(error);
}

bool ReplicaStore::pendingEvents(EventList *events, Error *error)
{
    return m_outbox->list(events, error);
}

bool ReplicaStore::storePulled(const EventList &events, qint64 serverLastSeq, Error *error)
{
    // Local seqs follow the server's order because only pulls append here, in the order pulled.
    QStringList ids;
    EventList fresh;
    for (Event event : events) {
        ids << event.id;
        event.seq = 0;
        fresh.append(event);
    }
    if (!fresh.isEmpty() && !m_confirmed->append(fresh, nullptr, error))
        return false;
    // A crash here leaves the ids in the outbox and the cursor behind: the next pull repeats this, the
    // append above is idempotent, and the server answers a resend as a duplicate.
    return m_outbox->remove(ids, error) && m_outbox->setPullCursor(serverLastSeq, error);
}

} // namespace Warroom
