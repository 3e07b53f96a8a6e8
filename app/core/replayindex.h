// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projection.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace Warroom {

/// A moment of an incident worth jumping to in a replay (DESIGN §9): a status or severity change, a pin,
/// a gated step approved or done, an alert, the declaration.
struct KeyMoment
{
    enum class Kind {
        Declared, ///< value: severity ("SEV2"), detail: the title
        Status, ///< value: the new status ("mitigated"), detail: the note; "resolved" is the resolution
        Severity, ///< value: the new severity
        Pinned, ///< detail: the pinned entry's text
        Approved, ///< the commander's go on a gated step; detail: the step's text
        GatedStepDone, ///< a step gated by approval or evidence was ticked; detail: the step's text
        Alert, ///< value: "firing" or "resolved", detail: the alert's name
    };
    Kind kind = Kind::Declared;
    QDateTime time; ///< replay time (when it was recorded): ReplayIndex::stateAt(time) shows it
    QDateTime at; ///< when it happened (may be back-dated)
    QString incident;
    QString eventId;
    QString value;
    QString detail;
    QString label; ///< a short English label ("Status: mitigated"); the UI builds its own from kind and value
};

/// First and last replay time of an incident's events.
struct ReplaySpan
{
    QDateTime first;
    QDateTime last;
    [[nodiscard]] bool isValid() const { return first.isValid() && last.isValid(); }
    [[nodiscard]] qint64 lengthMSecs() const { return isValid() ? first.msecsTo(last) : 0; }
};

/// Replay over a log (DESIGN §3, §9): stateAt(T) is the Projection of the events recorded up to T, folded
/// in log (seq) order, exactly what a client folding the log at moment T had.
///
/// Every checkpointInterval events it keeps the Projection folded so far; stateAt() copies the checkpoint
/// before T and folds only the events between, so a scrub folds at most checkpointInterval − 1 events.
/// Checkpoints cost little memory: states share their timeline chunks (Timeline) and one id index.
///
/// Replay time of an event: when it was recorded (recorded_at; `at` for an event not stored yet), with two
/// refinements so that T always cuts the log into a prefix and bulk-recorded stories still unfold:
/// - events stored together in one append share one recorded_at (an imported incident, an outbox sent after
///   working offline, the demo): each counts as recorded at its own `at`, never after the shared instant;
/// - times never go back along the log (clock skew between writers): an event counts as recorded no
///   earlier than the event before it.
/// A lone event written back-dated still counts from when it was recorded: replay shows what the team
/// knew at T, not what it learned later.
class ReplayIndex
{
public:
    /// A scrub folds at most this many events (about 1 ms): a 100,000-event incident scrubs well within a
    /// frame even on a loaded machine, for about 9 MiB of checkpoints (docs/PERFORMANCE.md, "Replay").
    static constexpr int DefaultCheckpointInterval = 500;

    /// @p checkpointInterval events between checkpoints; 0 keeps none (every stateAt folds from the start).
    explicit ReplayIndex(int checkpointInterval = DefaultCheckpointInterval);

    /// Adds events at the end of the log, in seq order (the whole log first, then what arrives later).
    void append(const EventList &events);
    void append(const Event &event) { append(EventList {event}); }

    /// The fold of the events recorded up to @p time (all of them for an invalid time).
    [[nodiscard]] Projection stateAt(const QDateTime &time) const;
    /// The fold of the first @p count events of the log.
    [[nodiscard]] Projection stateAfter(qsizetype count) const;
    /// How many events of the log were recorded up to @p time (the prefix stateAt folds).
    [[nodiscard]] qsizetype countAt(const QDateTime &time) const;
    /// The fold of the whole log.
    [[nodiscard]] const Projection &latest() const { return m_latest; }

    /// Key moments of @p incident (of every incident when empty), in log order.
    [[nodiscard]] QList<KeyMoment> keyMoments(const QString &incident = {}) const;
    /// First and last replay time of @p incident's events (of the whole log when empty).
    [[nodiscard]] ReplaySpan span(const QString &incident = {}) const;

    /// Event @p i of the log (0 ≤ i < size()), as it was appended.
    [[nodiscard]] Event event(qsizetype i) const;
    /// Event @p i's type and incident, without rebuilding the whole event.
    [[nodiscard]] const QString &eventType(qsizetype i) const { return m_events.at(i).type; }
    [[nodiscard]] const QString &eventIncident(qsizetype i) const { return m_events.at(i).incident; }
    [[nodiscard]] qsizetype size() const { return m_events.size(); }
    /// Replay time of event @p i.
    [[nodiscard]] QDateTime replayTime(qsizetype i) const;
    /// Whether the fold took event @p i (an event that does not fit the state is refused and skipped).
    [[nodiscard]] bool isApplied(qsizetype i) const { return m_applied.at(i); }

    [[nodiscard]] int checkpointInterval() const { return m_interval; }
    [[nodiscard]] qsizetype checkpointCount() const { return m_checkpoints.size(); }

private:
    /// An event as the index keeps it: its data as compact JSON (a third of a QJsonObject's memory; parsed
    /// again only to fold from a checkpoint), and no recorded_at (the replay time replaces it).
    struct Stored
    {
        QString id;
        QString incident;
        QString type;
        QString actor;
        QDateTime at;
        qint64 seq = 0;
        QByteArray data;
    };
    [[nodiscard]] static Event toEvent(const Stored &stored);

    struct Moment
    {
        qsizetype event;
        KeyMoment::Kind kind;
        QString value;
        QString detail;
        QString label;
    };
    struct IncidentMarks
    {
        qsizetype first = -1;
        qsizetype last = -1;
        QList<Moment> moments;
    };

    void appendOne(const Event &original);
    [[nodiscard]] QString intern(const QString &text);
    [[nodiscard]] qint64 timeFor(const Event &event);
    void noteMoment(qsizetype index, const Event &event, std::optional<Severity> severityBefore);
    [[nodiscard]] KeyMoment keyMoment(const Moment &moment) const;

    int m_interval;
    QList<Stored> m_events;
    QList<qint64> m_times; // replay time of each event, ms since the epoch, never decreasing
    qint64 m_recordedLast
        = 0; // recorded_at of the last two events (NotRecorded when absent), for the batch rule
    qint64 m_recordedBeforeLast = 0;
    QList<bool> m_applied;
    Projection m_latest;
    QList<Projection> m_checkpoints; // m_checkpoints[k]: the fold of the first (k + 1) × m_interval events
    QHash<QString, IncidentMarks> m_marks;
    QSet<QString> m_strings; // incident ids, types and actors, each kept once
};

} // namespace Warroom
