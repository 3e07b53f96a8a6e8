// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventservice.h"

#include "eventvalidator.h"
#include "serverlogging.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Warroom {

namespace {

/// "events[7]." + "data.severity": where the problem is, as a client would look it up in its batch.
Error inBatch(Error error, qsizetype index)
{
    const QString place = QStringLiteral("events[%1]").arg(index);
    error.field = error.field.isEmpty() ? place : place + QLatin1Char('.') + error.field;
    error.message = QStringLiteral("%1: %2").arg(place, error.message);
    return error;
}

constexpr int RefreshPage = 5000;

} // namespace

EventService::EventService(EventStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    // A zero timer fires after the socket notifications of the current poll round, so the POSTs that arrived
    // together are stored together.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventService::flush);
}

bool EventService::load(Error *error)
{
    return refresh(error);
}

bool EventService::refresh(Error *error)
{
    const qint64 before = m_lastSeq;
    for (;;) {
        EventList events;
        if (!m_store->readAfter(m_lastSeq, RefreshPage, &events, error))
            return false;
        if (events.isEmpty())
            break;
        fold(events);
        if (events.size() < RefreshPage)
            break;
    }
    if (m_lastSeq > before)
        Q_EMIT appended(m_lastSeq, m_lastSeq - before);
    return true;
}

void EventService::fold(const EventList &events)
{
    for (const Event &event : events) {
        m_seqById.insert(event.id, event.seq);
        // Stored by another writer after our validation, it may not fit our fold (two people ticking the
        // same step at once): it stays in the log, the fold keeps going.
        if (const Error refused = m_projection.apply(event))
            qCInfo(lcServer).noquote()
                << "event" << event.id << "seq" << event.seq << "not folded:" << refused.message;
        m_lastSeq = std::max(m_lastSeq, event.seq);
    }
}

bool EventService::submit(const QJsonArray &items, Done done, Error *error)
{
    EventList events;
    events.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isObject()) {
            *error = inBatch(Error::invalid({}, QStringLiteral("must be a JSON object (an event)")), i);
            return false;
        }
        Event event;
        Error problem;
        if (!Event::fromJson(item.toObject(), &event, &problem)) {
            *error = inBatch(problem, i);
            return false;
        }
        // Core validation allows any characters in an actor; a NUL cannot be stored in PostgreSQL text, and
        // no control character belongs in a name shown on every timeline line.
        const bool control = std::any_of(event.actor.cbegin(), event.actor.cend(),
            [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
        if (control) {
            *error = inBatch(Error::invalid(QStringLiteral("actor"),
                                 QStringLiteral("actor: must not contain control characters")),
                i);
            return false;
        }
        // seq and recorded_at are the store's to set.
        event.seq = 0;
        event.recordedAt = {};
        events.append(std::move(event));
    }

    if (m_pending.isEmpty()) {
        // Read what others appended first. (With batches waiting, validate on top of them instead: they are
        // stored moments from now, and another writer's news is folded then.)
        if (!refresh(error))
            return false;
        m_pendingProjection = m_projection;
        m_pendingSeq = m_lastSeq;
    }

    // Validate the new ones against a scratch copy, so that later events may refer to earlier ones. Each new
    // event carries the seq the store will give it if nobody else appends meanwhile: then the scratch copy is
    // the fold after the append, and is kept instead of folding the batch a second time (see flush()).
    Projection scratch = m_pendingProjection;
    QSet<QString> seen;
    qint64 predicted = m_pendingSeq;
    bool anyWaiting = false;
    for (qsizetype i = 0; i < events.size(); ++i) {
        Event &event = events[i];
        anyWaiting = anyWaiting || m_pendingIds.contains(event.id);
        if (m_seqById.contains(event.id) || m_pendingIds.contains(event.id) || seen.contains(event.id))
            continue; // a resend: answered with the seq it has (or is about to get), never validated again
        seen.insert(event.id);
        event.seq = ++predicted;
        Error problem = EventValidator::validate(event, scratch.incident(event.incident));
        if (!problem)
            problem = scratch.apply(event);
        if (problem) {
            *error = inBatch(problem, i);
            return false;
        }
    }

    if (seen.isEmpty() && !anyWaiting) {
        // Everything was stored before: answer now, without the store.
        QList<Outcome> outcomes;
        outcomes.reserve(events.size());
        for (const Event &event : std::as_const(events))
            outcomes.append({event.id, m_seqById.value(event.id), true});
        done(outcomes, {});
        return true;
    }
    m_pendingProjection = std::move(scratch);
    m_pendingSeq = predicted;
    m_pendingIds.unite(seen);
    m_pending.append({std::move(events), std::move(done)});
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
    return true;
}

void EventService::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<Pending> batches = std::move(m_pending);
    m_pending.clear();
    Projection folded = std::move(m_pendingProjection);
    m_pendingProjection = Projection();
    m_pendingIds.clear();
    const qint64 predicted = m_pendingSeq;

    EventList all;
    for (const Pending &batch : batches)
        all.append(batch.events);
    QList<AppendOutcome> stored;
    Error error;
    if (!m_store->append(all, &stored, &error)) {
        for (const Pending &batch : batches)
            batch.done({}, error);
        return;
    }

    bool asPredicted = true;
    QList<QList<Outcome>> answers;
    qsizetype at = 0;
    for (const Pending &batch : batches) {
        QList<Outcome> outcomes;
        for (const Event &event : batch.events) {
            const AppendOutcome &outcome = stored.at(at++);
            outcomes.append({event.id, outcome.seq, outcome.duplicate});
            // A new event must have got the predicted seq; one we took for new must not be a duplicate
            // (another writer stored the same id in the meantime).
            if (event.seq > 0 && (outcome.duplicate || outcome.seq != event.seq))
                asPredicted = false;
        }
        answers.append(outcomes);
    }

    if (asPredicted) {
        // Our seqs follow the last one folded without a gap: nobody appended in between, and the scratch fold
        // is exactly the fold of the log now.
        const qint64 before = m_lastSeq;
        m_projection = std::move(folded);
        for (const Event &event : std::as_const(all)) {
            if (event.seq > 0)
                m_seqById.insert(event.id, event.seq);
        }
        m_lastSeq = predicted;
        Q_EMIT appended(m_lastSeq, m_lastSeq - before); // wakes the long-polls before the POSTs are answered
    } else {
        // Another writer came in between (or the store skipped seqs): fold everything new from the store, in
        // seq order, which also wakes the long-polls.
        folded = Projection();
        Error refreshError;
        if (!refresh(&refreshError))
            qCWarning(lcServer).noquote() << "stored, but could not read back:" << refreshError.message;
    }
    for (qsizetype i = 0; i < batches.size(); ++i)
        batches.at(i).done(answers.at(i), {});
}

bool EventService::read(qint64 after, int limit, EventList *events, qint64 *lastSeq, Error *error)
{
    if (!m_store->readAfter(after, limit, events, error))
        return false;
    *lastSeq = std::max(m_lastSeq, events->isEmpty() ? 0 : events->last().seq);
    return true;
}

} // namespace Warroom
