// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventfactory.h"
#include "eventstore.h"
#include "projection.h"

#include <QObject>

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

    [[nodiscard]] const Projection &projection() const { return m_projection; }
    [[nodiscard]] const EventFactory &events() const { return m_factory; }
    [[nodiscard]] QString actor() const { return m_factory.actor(); }
    [[nodiscard]] EventStore *store() const { return m_store.get(); }

    /// Validates @p events against the current state, appends them in one transaction, then folds them.
    /// On failure nothing is stored or folded and @p error says why.
    bool submit(const EventList &events, Error *error);
    bool submit(const Event &event, Error *error) { return submit(EventList {event}, error); }

    /// Declares a new incident; returns its id, or an empty string with @p error set.
    QString declareIncident(const QString &title, Severity severity, const QString &summary, Error *error);

    /// Folds events that reached the store from elsewhere (another process, the server): seq > lastSeq.
    bool refresh(Error *error);

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

private:
    void foldStored(const Event &event);
    bool append(const EventList &events, Error *error);

    std::unique_ptr<EventStore> m_store;
    EventFactory m_factory;
    Projection m_projection;
    EventList m_undoStack; // this session's own actions, newest last
};

} // namespace Warroom
