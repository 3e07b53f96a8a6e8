// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventstore.h"
#include "outbox.h"
#include "sqlitestore.h"

#include <memory>

namespace Warroom {

/// The client's local replica of a warroomd log (DESIGN §5). Two files: a SqliteStore holding the server's
/// events in the server's order (as pulled), and an Outbox holding this client's actions until the server's
/// log hands them back. To the Session it is an EventStore whose appends are pending until confirmed.
class ReplicaStore final : public EventStore
{
public:
    /// Opens (creating) the replica at @p path and its outbox at @p path + ".outbox".
    [[nodiscard]] static std::unique_ptr<ReplicaStore> open(const QString &path, Error *error);

    [[nodiscard]] QString kind() const override { return QStringLiteral("replica"); }
    /// Writes @p events to the outbox (durably); outcomes carry seq 0: not confirmed yet.
    bool append(const EventList &events, QList<AppendOutcome> *outcomes, Error *error) override;
    bool readAfter(qint64 afterSeq, int limit, EventList *events, Error *error) override;
    bool readIncident(const QString &incident, EventList *events, Error *error) override;
    /// Confirmed events first, then the outbox (an attachment may still be waiting to be sent).
    bool readById(const QString &id, Event *event, Error *error) override;
    [[nodiscard]] qint64 lastSeq(Error *error) override;
    bool pendingEvents(EventList *events, Error *error) override;

    /// Stores events pulled from the server (in its order, idempotent by id), takes them out of the outbox
    /// and moves the pull cursor to @p serverLastSeq. Safe to repeat after a crash halfway.
    bool storePulled(const EventList &events, qint64 serverLastSeq, Error *error);

    [[nodiscard]] Outbox &outbox() { return *m_outbox; }
    [[nodiscard]] SqliteStore &confirmed() { return *m_confirmed; }

private:
    ReplicaStore(std::unique_ptr<SqliteStore> confirmed, std::unique_ptr<Outbox> outbox);
    std::unique_ptr<SqliteStore> m_confirmed;
    std::unique_ptr<Outbox> m_outbox;
};

} // namespace Warroom
