// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "clock.h"
#include "compensation.h"
#include "demoincident.h"
#include "eventtypes.h"
#include "eventvalidator.h"
#include "logging.h"
#include "runbooklibrary.h"

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
    EventList confirmed;
    EventList pending;
    if (!m_store->readAfter(m_readSeq, 0, &confirmed, error) || !m_store->pendingEvents(&pending, error))
        return false;
    for (const Event &event : std::as_const(confirmed))
        m_readSeq = std::max(m_readSeq, event.seq);
    if (m_replay)
        m_replay->append(confirmed); // the replay can reach what arrives meanwhile; the view stays at T

    if (pending.isEmpty() && m_pendingShown.isEmpty()) {
        // A local file, or a replica with nothing waiting: fold event by event.
        for (const Event &event : std::as_const(confirmed)) {
            const bool known = m_confirmed.incident(event.incident) != nullptr;
            if (const Error refused = m_confirmed.apply(event)) {
                // Stored by someone else but does not fit our fold (a concurrent conflicting step): go on.
                qCInfo(lcSession) << "event" << event.id << "not folded:" << refused.message;
                continue;
            }
            announce(event, known);
        }
        return true;
    }
    foldWithPending(confirmed, pending);
    return true;
}

void Session::foldWithPending(const EventList &confirmed, const EventList &pending)
{
    const int pendingBefore = int(m_pendingShown.size());
    QSet<QString> knownBefore;
    for (const QString &id : projection().incidentIds())
        knownBefore.insert(id);

    // Our own actions coming back from the server in the order we sent them change nothing anyone sees.
    int echoed = 0;
    while (echoed < confirmed.size() && echoed < m_pendingShown.size()
        && confirmed.at(echoed).id == m_pendingShown.at(echoed))
        ++echoed;
    for (const Event &event : confirmed) {
        if (const Error refused = m_confirmed.apply(event))
            qCInfo(lcSession) << "event" << event.id << "not folded:" << refused.message;
    }
    m_pendingShown.remove(0, echoed);

    QSet<QString> waiting;
    for (const Event &event : pending)
        waiting.insert(event.id);
    const bool lostPending = std::any_of(m_pendingShown.cbegin(), m_pendingShown.cend(),
        [&](const QString &id) { return !waiting.contains(id); });

    if (echoed == confirmed.size() && !lostPending) {
        // Only new local actions on top of an unchanged view: fold them one by one.
        const QSet<QString> shown(m_pendingShown.cbegin(), m_pendingShown.cend());
        for (const Event &event : pending) {
            if (shown.contains(event.id))
                continue;
            if (!m_view)
                m_view = m_confirmed;
            const bool known = m_view->incident(event.incident) != nullptr;
            if (const Error refused = m_view->apply(event)) {
                qCInfo(lcSession) << "pending event" << event.id << "does not fit:" << refused.message;
                continue;
            }
            m_pendingShown.append(event.id);
            announce(event, known);
        }
    } else {
        // Someone else's events came first in the server's order: rebuild the view and reload what it
        // touches.
        QSet<QString> touched;
        for (const Event &event : confirmed.mid(echoed))
            touched.insert(event.incident);
        Projection view = m_confirmed;
        QStringList shown;
        for (const Event &event : pending) {
            touched.insert(event.incident);
            const Error refused = view.apply(event);
            if (!refused.isError()) // it folds on top: shown as pending
                shown.append(event.id);
        }
        if (lostPending) {
            // The server refused one of ours: its incident is not known here any more, so reload them all.
            for (const QString &incident : std::as_const(knownBefore))
                touched.insert(incident);
        }
        m_pendingShown = shown;
        m_view = view;
        if (m_replay)
            touched.clear(); // the view stays at the replay time; going back to live reloads everything
        for (const QString &incident : std::as_const(touched)) {
            if (!m_view->incident(incident))
                continue;
            if (knownBefore.contains(incident))
                Q_EMIT incidentReset(incident);
            else
                Q_EMIT incidentAdded(incident);
        }
    }
    if (m_pendingShown.isEmpty())
        m_view.reset();
    if (pendingBefore != m_pendingShown.size())
        Q_EMIT pendingChanged(int(m_pendingShown.size()));
}

bool Session::submit(const EventList &events, Error *error)
{
    if (refuseWhileReplaying(error) || !append(events, error))
        return false;
    m_undoStack.append(events);
    // A long incident makes thousands of entries; nobody undoes back past the last hundred.
    constexpr int MaxUndo = 100;
    if (m_undoStack.size() > MaxUndo)
        m_undoStack.remove(0, m_undoStack.size() - MaxUndo);
    Q_EMIT undoChanged();
    return true;
}

bool Session::undoLast(Error *error)
{
    if (refuseWhileReplaying(error))
        return false;
    if (m_undoStack.isEmpty()) {
        if (error)
            *error = {QStringLiteral("cannot_undo"), {}, tr("There is nothing of yours to undo.")};
        return false;
    }
    const Event target = m_undoStack.last();
    const IncidentState *current = projection().incident(target.incident);
    EventList history;
    if (!current || !m_store->readIncident(target.incident, &history, error))
        return false;
    EventList before;
    for (const Event &e : std::as_const(history)) {
        if (e.id == target.id)
            break;
        before.append(e);
    }
    Event undo;
    if (!Compensation::compensate(target, before, *current, m_factory, &undo, error)
        || !append({undo}, error))
        return false;
    m_undoStack.removeLast();
    Q_EMIT undoChanged();
    return true;
}

bool Session::append(const EventList &events, Error *error)
{
    // Validate the batch against a scratch copy of the state, so that later events in the batch may refer to
    // earlier ones (declare, then assign a commander) and a refusal stores nothing. Always the live state:
    // while replaying, the view is the past.
    Projection scratch = liveProjection();
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

void Session::announce(const Event &event, bool known)
{
    if (m_replay) {
        Q_EMIT liveEventApplied(event);
        return;
    }
    Q_EMIT eventApplied(event);
    if (!known)
        Q_EMIT incidentAdded(event.incident);
    else
        Q_EMIT incidentChanged(event.incident);
}

QString Session::readOnlyMessage()
{
    return tr("Read-only while replaying: press Esc to go back to live");
}

bool Session::refuseWhileReplaying(Error *error) const
{
    if (!m_replay)
        return false;
    if (error)
        *error = {QStringLiteral("read_only"), {}, readOnlyMessage()};
    return true;
}

bool Session::startReplay(const QDateTime &time, Error *error)
{
    if (m_replay) {
        setReplayTime(time);
        return true;
    }
    // The live state first, so that the replay and the live view end on the same event.
    if (!refresh(error))
        return false;
    // The log in pages, so that it is in memory once (compacted in the index), not twice.
    auto replay = std::make_unique<ReplayIndex>();
    constexpr int PageSize = 5000;
    for (qint64 after = 0; after < m_readSeq;) {
        EventList page;
        if (!m_store->readAfter(after, PageSize, &page, error))
            return false;
        if (page.isEmpty())
            break;
        after = page.constLast().seq;
        // Another writer may have appended since refresh(): those arrive through the next refresh().
        while (!page.isEmpty() && page.constLast().seq > m_readSeq)
            page.removeLast();
        replay->append(page);
    }

    const Projection before = projection();
    m_replay = std::move(replay);
    // The replay folded the same log in the same order as the live state: take its fold, so that the two
    // share their memory instead of holding the incident twice (DESIGN §7).
    if (m_replay->latest().lastSeq() == m_confirmed.lastSeq()
        && m_replay->latest().incidentIds() == m_confirmed.incidentIds())
        m_confirmed = m_replay->latest();
    m_replayTime = time.isValid() ? time : m_replay->span().last;
    m_replayCount = m_replay->countAt(m_replayTime);
    m_replayView = m_replay->stateAfter(m_replayCount);
    qCInfo(lcSession) << "replay of" << m_replay->size() << "events," << m_replay->checkpointCount()
                      << "checkpoints, at" << m_replayTime;
    Q_EMIT replayChanged(true);
    Q_EMIT replayTimeChanged(m_replayTime);
    QStringList shown = before.incidentIds();
    for (const QString &id : m_replayView->incidentIds()) {
        if (!shown.contains(id))
            shown.append(id);
    }
    announceRebuilt(shown, before);
    return true;
}

QDateTime Session::viewTime() const
{
    return m_replay ? m_replayTime : Clock::now();
}

void Session::setReplayTime(const QDateTime &time)
{
    if (!m_replay || !time.isValid())
        return;
    m_replayTime = time;
    const qsizetype count = m_replay->countAt(time);
    if (count == m_replayCount) {
        // Between two events: the clock moves, nothing shown changes.
        Q_EMIT replayTimeChanged(time);
        return;
    }
    const Projection before = *m_replayView;
    m_replayCount = count;
    m_replayView = m_replay->stateAfter(count);
    Q_EMIT replayTimeChanged(time);
    QStringList shown = before.incidentIds();
    for (const QString &id : m_replayView->incidentIds()) {
        if (!shown.contains(id))
            shown.append(id);
    }
    announceRebuilt(shown, before);
}

void Session::stopReplay()
{
    if (!m_replay)
        return;
    const Projection before = *m_replayView;
    m_replay.reset();
    m_replayView.reset();
    m_replayTime = {};
    m_replayCount = 0;
    Q_EMIT replayChanged(false);
    QStringList shown = before.incidentIds();
    for (const QString &id : projection().incidentIds()) {
        if (!shown.contains(id))
            shown.append(id);
    }
    announceRebuilt(shown, before);
}

void Session::announceRebuilt(const QStringList &incidents, const Projection &before)
{
    for (const QString &id : incidents) {
        if (before.incident(id))
            Q_EMIT incidentReset(id);
        else
            Q_EMIT incidentAdded(id);
    }
}

QByteArray Session::attachmentContent(const QString &entryId, Error *error) const
{
    Event event;
    if (!m_store->readById(entryId, &event, error))
        return {};
    if (event.kind() != EventKind::AttachmentAdded) {
        if (error)
            *error = {QStringLiteral("not_found"), QStringLiteral("id"),
                tr("Entry %1 is not an attachment.").arg(entryId)};
        return {};
    }
    return QByteArray::fromBase64(event.data.value(QStringLiteral("content")).toString().toLatin1());
}

bool Session::recordOutcome(const Event &event, Error *error)
{
    return append({event}, error);
}

QString Session::addDemoIncident(Error *error)
{
    if (refuseWhileReplaying(error))
        return {};
    RunbookLibrary library;
    library.load();
    const RunbookLibrary::Entry *restore = library.find(QStringLiteral("restore-database-backup"));
    if (!restore || restore->error) {
        if (error)
            *error = {QStringLiteral("not_found"), {},
                tr("The demo needs the built-in restore runbook, which is missing.")};
        return {};
    }
    const EventList events = DemoIncident::build(Clock::now(), restore->runbook);
    return append(events, error) ? events.first().incident : QString();
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
