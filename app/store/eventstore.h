// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "event.h"

#include <functional>

class QObject;

namespace Warroom {

/// What the store did with one event of an appended batch.
struct AppendOutcome
{
    qint64 seq = 0; ///< the event's seq (the existing one for a duplicate)
    bool duplicate = false; ///< the id was stored before (or earlier in the same batch): nothing new stored
    QDateTime recordedAt; ///< when the store recorded it (the original time for a duplicate)
};

/// The append-only event log (DESIGN §4). Implementations: SqliteStore, PostgresStore.
/// Every call reports failure through its return value and a clear Error, never by throwing or crashing.
class EventStore
{
public:
    virtual ~EventStore();

    [[nodiscard]] virtual QString kind() const = 0; ///< "sqlite" | "postgres"

    /// Appends @p events as one transaction: all are stored or none is. An id stored before is answered as
    /// a duplicate with its existing seq and stored no second time. recorded_at comes from Clock.
    virtual bool append(const EventList &events, QList<AppendOutcome> *outcomes, Error *error) = 0;

    /// Events with seq > @p afterSeq in seq order, at most @p limit (limit <= 0: no limit).
    virtual bool readAfter(qint64 afterSeq, int limit, EventList *events, Error *error) = 0;
    /// One incident's events in seq order.
    virtual bool readIncident(const QString &incident, EventList *events, Error *error) = 0;
    /// The event with @p id; returns false with @p error naming the id when there is none.
    virtual bool readById(const QString &id, Event *event, Error *error) = 0;
    /// Highest seq stored (0 when empty), or -1 with @p error set.
    [[nodiscard]] virtual qint64 lastSeq(Error *error) = 0;

    /// Events appended here but not confirmed yet, oldest first: a client replica's outbox. They have no
    /// seq and are not returned by readAfter(). Stores that confirm at once have none (the default).
    virtual bool pendingEvents(EventList *events, Error *error);

    /// Asks to be told when another connection or process appends: @p onAppend runs in @p context's thread,
    /// from its event loop, with the last seq the other writer reported (0 when unknown), and stops when
    /// @p context is destroyed. Returns false when this store cannot tell (the default: readers then read
    /// again before they rely on the log). PostgresStore listens through LISTEN/NOTIFY; SqliteStore watches
    /// the file's data_version.
    virtual bool watchAppends(QObject *context, std::function<void(qint64 lastSeq)> onAppend, Error *error);
};

} // namespace Warroom
