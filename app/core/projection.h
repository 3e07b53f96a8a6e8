// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"

#include <QHash>
#include <QList>

namespace Warroom {

/// One row of the board: what a commander needs to see of an incident at a glance.
struct IncidentSummary
{
    QString id;
    QString title;
    Severity severity = Severity::Sev3;
    Status status = Status::Investigating;
    QString commander; ///< empty = unacknowledged
    QDateTime declaredAt;
    QDateTime impactStartedAt;
    QDateTime resolvedAt;
    QDateTime lastActivity;
    int stepsDone = 0;
    int stepsTotal = 0;
    int firingAlerts = 0;
    [[nodiscard]] bool isAcknowledged() const { return !commander.isEmpty(); }
    [[nodiscard]] bool isOpen() const { return status != Status::Resolved; }
    bool operator==(const IncidentSummary &o) const;
    bool operator!=(const IncidentSummary &o) const { return !(*this == o); }
};

/// Where a row sorts on the board: open before resolved, then most severe, oldest, and the id to break ties.
/// Ordered, so a page of the board can start after a position (GET /incidents?cursor=).
struct BoardPosition
{
    bool resolved = false;
    int severity = 0;
    QDateTime declaredAt;
    QString id;
    [[nodiscard]] static BoardPosition of(const IncidentSummary &summary);
    bool operator<(const BoardPosition &o) const;
    bool operator==(const BoardPosition &o) const;
};

/// The fold of the whole log: every incident's state plus the board. Feeds the UI models and the server.
class Projection
{
public:
    /// Folds one event into its incident. Returns the refusal, if any (the event is then ignored).
    Error apply(const Event &event);
    /// Would @p event apply? (For validation before appending.)
    [[nodiscard]] Error check(const Event &event) const;

    [[nodiscard]] const IncidentState *incident(const QString &id) const;
    [[nodiscard]] QStringList incidentIds() const; ///< in declaration order
    [[nodiscard]] IncidentSummary summary(const QString &id) const;
    /// Board order: open before resolved, most severe first, then oldest first.
    [[nodiscard]] QList<IncidentSummary> board() const;
    [[nodiscard]] qint64 lastSeq() const { return m_lastSeq; }
    [[nodiscard]] int size() const { return m_order.size(); }

    /// Lets every incident share the timeline id index of the same incident in @p later, a later fold of the
    /// same log: what keeps replay checkpoints small (see Timeline::shareIndex).
    void shareIndexesWith(const Projection &later);

    static IncidentSummary summarize(const IncidentState &state);
    /// True when @p a sorts before @p b on the board.
    static bool boardLessThan(const IncidentSummary &a, const IncidentSummary &b);

private:
    QHash<QString, IncidentState> m_incidents;
    QStringList m_order;
    qint64 m_lastSeq = 0;
};

} // namespace Warroom
