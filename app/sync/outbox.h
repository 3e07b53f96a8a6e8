// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "event.h"

#include <QHash>
#include <QString>

#include <memory>

namespace Warroom {

/// The client's outbox (DESIGN §5): every local action is written here first, in its own small SQLite file
/// beside the replica, and stays until the server's log hands it back. A crash or a dead network loses
/// nothing; a restart resends what was not confirmed. Also keeps the pull cursor (the server's last seq
/// this client has) and the events the server refused, so the person can see them.
class Outbox
{
public:
    struct Rejected
    {
        Event event;
        QString reason;
        QDateTime at;
    };

    static constexpr int SchemaVersion = 1;

    [[nodiscard]] static std::unique_ptr<Outbox> open(const QString &path, Error *error);
    ~Outbox();

    /// Adds @p events in one transaction; ids already waiting are left as they are.
    bool add(const EventList &events, Error *error);
    /// Every waiting event, oldest first.
    bool list(EventList *events, Error *error) const;
    /// Waiting events the server has not acknowledged yet, oldest first, at most @p limit.
    bool unsent(int limit, EventList *events, Error *error) const;
    [[nodiscard]] int count() const;
    /// The server stored these (with their seqs): do not send them again; they leave when pulled.
    bool markAcknowledged(const QHash<QString, qint64> &seqs, Error *error);
    /// These came back from the server's log: they are confirmed and leave the outbox.
    bool remove(const QStringList &ids, Error *error);
    /// The server refused @p id for good: keep it aside with the reason, out of the queue.
    bool reject(const QString &id, const QString &reason, Error *error);
    bool rejected(QList<Rejected> *out, Error *error) const;

    [[nodiscard]] qint64 pullCursor() const;
    bool setPullCursor(qint64 seq, Error *error);

    [[nodiscard]] QString path() const;

private:
    struct Private;
    explicit Outbox(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Warroom
