// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventfactory.h"
#include "eventstore.h"
#include "projection.h"
#include "replayindex.h"

#include <QObject>

#include <optional>

#include <memory>

namespace Warroom {

/// The small facade the widgets talk to: it owns the store and the projection, turns a person's intent into
/// validated events, stores them first and only then folds them, and tells the models what changed.
/// No widget ever touches the store directly.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(std::unique_ptr<EventStore> store, const QString &actor, QObject *parent = nullptr);
    ~Session() override;

    /// Reads the whole log and folds it. Call once after construction.
    bool load(Error *error);

    /// What everyone should see: the confirmed log plus this client's actions still waiting to be confirmed;
    /// while replaying, the log as it was at the replay time.
    [[nodiscard]] const Projection &projection() const
    {
        return m_replayView ? *m_replayView : liveProjection();
    }
    /// The live state, also while replaying (a notification must not wait for the replay to end).
    [[nodiscard]] const Projection &liveProjection() const { return m_view ? *m_view : m_confirmed; }
    [[nodiscard]] const EventFactory &events() const { return m_factory; }
    [[nodiscard]] QString actor() const { return m_factory.actor(); }
    [[nodiscard]] EventStore *store() const { return m_store.get(); }

    /// Validates @p events against the current state, appends them in one transaction, then folds them.
    /// On failure nothing is stored or folded and @p error says why. Refused while replaying.
    bool submit(const EventList &events, Error *error);
    bool submit(const Event &event, Error *error) { return submit(EventList {event}, error); }

    /// Records what machinery did rather than what a person wants (a chat delivery's outcome): like submit(),
    /// but also while replaying (nothing may be lost) and never on the undo stack.
    bool recordOutcome(const Event &event, Error *error);

    /// Declares a new incident; returns its id, or an empty string with @p error set.
    QString declareIncident(const QString &title, Severity severity, const QString &summary, Error *error);

    /// Folds events that reached the store from elsewhere (another process, the server) and this client's
    /// pending actions on top of them.
    bool refresh(Error *error);

    /// Actions of this client shown but not yet confirmed by the server (0 for a local file).
    [[nodiscard]] int pendingCount() const { return int(m_pendingShown.size()); }
    [[nodiscard]] bool isPending(const QString &eventId) const { return m_pendingShown.contains(eventId); }

    /// The decoded content of the attachment added by event @p entryId (empty with @p error when absent).
    [[nodiscard]] QByteArray attachmentContent(const QString &entryId, Error *error) const;

    /// Adds the demo incident (DemoIncident) to the log, ending now; returns its id. Not undoable.
    QString addDemoIncident(Error *error);

    /// True when this session has an action of its own it can undo.
    [[nodiscard]] bool canUndo() const { return !m_undoStack.isEmpty(); }
    /// What undo would reverse, for the menu ("Undo note.added"); empty when nothing.
    [[nodiscard]] QString undoType() const
    {
        return m_undoStack.isEmpty() ? QString() : m_undoStack.last().type;
    }
    /// Undoes this session's last own action with a compensating event (nothing is deleted). On failure
    /// (not undoable, or changed since by someone else) the action stays on the stack and @p error says why.
    bool undoLast(Error *error);

    /// Replay (DESIGN §9): the session shows the log as it was at a moment T, read-only. Events that arrive
    /// meanwhile are stored and folded into the live state (liveProjection()), but the view stays at T and
    /// the view's signals stay quiet (liveEventApplied() tells about them) until stopReplay().
    /// Reads the whole log; @p time is the first moment shown (invalid: the end of the log).
    bool startReplay(const QDateTime &time = {}, Error *error = nullptr);
    /// Shows the log as it was at @p time: emits replayTimeChanged, then a reset of each incident shown
    /// when what is shown changed.
    void setReplayTime(const QDateTime &time);
    /// Back to live: the live state again, and a reset of each incident.
    void stopReplay();
    [[nodiscard]] bool isReplaying() const { return m_replay != nullptr; }
    /// The moment shown while replaying (invalid when live).
    [[nodiscard]] QDateTime replayTime() const { return m_replayTime; }
    /// The moment the view shows: the replay time while replaying, else Clock::now(). Elapsed times count to
    /// it.
    [[nodiscard]] QDateTime viewTime() const;
    /// The replayed log, its key moments and spans (nullptr when live).
    [[nodiscard]] const ReplayIndex *replayIndex() const { return m_replay.get(); }
    /// Why changes are refused while replaying.
    [[nodiscard]] static QString readOnlyMessage();

    /// The embedded default database: warroom.sqlite in the user's data folder.
    [[nodiscard]] static QString defaultDatabasePath();
    /// The name actions are recorded under when none is configured: the login name.
    [[nodiscard]] static QString defaultActor();

Q_SIGNALS:
    /// What undo would do changed (an action was added to or taken from this session's undo stack).
    void undoChanged();
    void incidentAdded(const QString &incidentId);
    void incidentChanged(const QString &incidentId);
    void eventApplied(const Warroom::Event &event);
    /// The incident's state was rebuilt rather than changed event by event (the server's order put
    /// someone else's events before this client's pending ones): views of it reload it whole.
    void incidentReset(const QString &incidentId);
    /// The number of actions waiting for the server's confirmation changed.
    void pendingChanged(int count);
    /// Replay started (true) or the session went back to live (false).
    void replayChanged(bool active);
    /// The replayed moment moved (before the resets of what it changed).
    void replayTimeChanged(const QDateTime &time);
    /// While replaying: an event was folded into the live state (the view, at the replay time, did not
    /// change).
    void liveEventApplied(const Warroom::Event &event);

private:
    void announce(const Event &event, bool incidentWasKnown);
    bool append(const EventList &events, Error *error);
    void foldWithPending(const EventList &confirmed, const EventList &pending);
    [[nodiscard]] bool refuseWhileReplaying(Error *error) const;
    /// Tells the views that @p incidents were rebuilt: a reset for those in @p before, an add for the others.
    void announceRebuilt(const QStringList &incidents, const Projection &before);

    std::unique_ptr<EventStore> m_store;
    EventFactory m_factory;
    Projection m_confirmed; // the fold of the confirmed log, in seq order
    std::optional<Projection> m_view; // m_confirmed plus the pending actions, while there are any
    QStringList m_pendingShown; // ids of the pending actions folded into m_view, in outbox order
    qint64 m_readSeq = 0; // the last confirmed seq read (refused events count as read)
    EventList m_undoStack; // this session's own actions, newest last
    std::unique_ptr<ReplayIndex> m_replay; // while replaying: the confirmed log, with checkpoints
    std::optional<Projection> m_replayView; // while replaying: the fold of the log up to m_replayTime
    qsizetype m_replayCount = 0; // events of the log in m_replayView
    QDateTime m_replayTime;
};

} // namespace Warroom
