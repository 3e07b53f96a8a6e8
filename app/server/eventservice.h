// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventstore.h"
#include "projection.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace Warroom {

/// The server's view of the log: the store plus the fold of everything in it (Projection), kept current.
///
/// submit() is the only way in, the same pattern as Session::submit in the client: every new event is
/// validated (EventValidator, then the fold's own rules) against a scratch copy of the projection, so a
/// batch may declare an incident and assign its commander together, and one refusal stores nothing. An id
/// that is stored already is a duplicate: it is answered with its seq and not validated again, because
/// clients resend their outbox after a lost answer. Before it validates, the service reads what other writers
/// appended (readAfter(lastSeq)), so several warroomd on one PostgreSQL validate against the same log.
///
/// Group commit: the batches accepted while the event loop handles one round of sockets are stored together,
/// in one transaction (one fsync), right after it; each is still all or nothing for its sender (a failed
/// commit fails all of them, nothing stored), and each is answered only once stored. A batch is validated on
/// top of the ones waiting before it, as if they were stored already.
class EventService : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxBatch = 1000;

    /// What became of one submitted event.
    struct Outcome
    {
        QString id;
        qint64 seq = 0;
        bool duplicate = false;
    };

    /// Runs once a submitted batch is stored (@p error empty, @p outcomes in the batch's order) or its commit
    /// failed (@p error set; nothing of it was stored).
    using Done = std::function<void(const QList<Outcome> &outcomes, const Error &error)>;

    explicit EventService(EventStore *store, QObject *parent = nullptr);

    /// Folds the whole log (at start).
    bool load(Error *error);
    /// Folds what was appended since the last look (by anyone); emits appended() when there was something.
    bool refresh(Error *error);

    /// Validates @p items (the JSON array of a POST) now. On refusal returns false, nothing is stored, and
    /// @p error names the field with its place in the batch ("events[7].data.severity"). Otherwise the batch
    /// joins the next commit and @p done runs when it is stored (at once when every event was stored before).
    bool submit(const QJsonArray &items, Done done, Error *error);
    /// Stores what waits for the next commit, now (it happens by itself right after the current round of the
    /// event loop; this is for shutdown).
    void flush();
    [[nodiscard]] bool hasPending() const { return !m_pending.isEmpty(); }

    /// Events with seq > @p after (at most @p limit), and the last seq known when they were read.
    bool read(qint64 after, int limit, EventList *events, qint64 *lastSeq, Error *error);

    [[nodiscard]] const Projection &projection() const { return m_projection; }
    /// The fold with the batches waiting for the next commit applied: what the next submit() validates on.
    [[nodiscard]] const Projection &upcoming() const
    {
        return m_pending.isEmpty() ? m_projection : m_pendingProjection;
    }
    /// Whether @p id is stored, or waiting for the next commit.
    [[nodiscard]] bool knows(const QString &id) const
    {
        return m_seqById.contains(id) || m_pendingIds.contains(id);
    }
    /// The highest seq folded (0 for an empty log).
    [[nodiscard]] qint64 lastSeq() const { return m_lastSeq; }
    [[nodiscard]] EventStore *store() const { return m_store; }

Q_SIGNALS:
    /// Something was appended (here or by another writer); @p lastSeq is the highest seq now folded.
    void appended(qint64 lastSeq, qint64 count);

private:
    struct Pending
    {
        EventList events; ///< the new ones carry the seq they should get
        Done done;
    };

    void fold(const EventList &events);

    EventStore *m_store;
    Projection m_projection;
    QHash<QString, qint64> m_seqById; ///< every stored id: duplicates are answered without a store round-trip
    qint64 m_lastSeq = 0;
    // The next commit: its batches, the fold with them applied, the last seq predicted for them, their new
    // ids.
    QList<Pending> m_pending;
    Projection m_pendingProjection;
    qint64 m_pendingSeq = 0;
    QSet<QString> m_pendingIds;
    QTimer m_flushTimer;
};

} // namespace Warroom
