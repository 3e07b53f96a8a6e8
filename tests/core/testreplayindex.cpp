// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "eventfactory.h"
#include "eventtypes.h"
#include "eventvalidator.h"
#include "replayindex.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Warroom;

namespace {

const QDateTime T0(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC);
const QStringList People = {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")};
const QStringList Roles = {QStringLiteral("commander"), QStringLiteral("scribe"), QStringLiteral("ops")};

/// The replay time of each event by the rule ReplayIndex documents, written out plainly: an event's own
/// recorded time (its `at` when not stored), except that events sharing one recorded instant with a
/// neighbour count from their `at` (never after that instant); and never earlier than the event before.
QList<qint64> referenceTimes(const EventList &events)
{
    QList<qint64> times;
    const auto sharesInstant = [&](qsizetype a, qsizetype b) {
        return a >= 0 && b < events.size() && events.at(a).recordedAt.isValid()
            && events.at(b).recordedAt.isValid() && events.at(a).recordedAt == events.at(b).recordedAt;
    };
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event &e = events.at(i);
        qint64 own = 0;
        if (!e.recordedAt.isValid())
            own = e.at.toMSecsSinceEpoch();
        else if (sharesInstant(i - 1, i) || sharesInstant(i, i + 1))
            own = std::min(e.at.toMSecsSinceEpoch(), e.recordedAt.toMSecsSinceEpoch());
        else
            own = e.recordedAt.toMSecsSinceEpoch();
        times.append(i == 0 ? own : std::max(times.last(), own));
    }
    return times;
}

/// Random valid incidents: every event is built with EventFactory and checked against the state it will
/// be folded into, as Session does before storing it. Stored with seq and recorded_at like a store would:
/// mostly one event per append, sometimes a batch (one recorded instant), a few clock-skewed or not stored.
class LogGenerator
{
public:
    LogGenerator(quint32 seed, ManualClock *clock)
        : m_random(seed)
        , m_clock(clock)
    { }

    EventList generate(int wanted)
    {
        while (m_log.size() < wanted) {
            if (m_batchLeft == 0 && m_random.bounded(100) < 6) {
                m_batchLeft = 2 + int(m_random.bounded(6));
                m_batch.clear();
            }
            m_clock->advanceMSecs(500 + m_random.bounded(90000));
            Event event;
            if (!makeEvent(&event))
                continue;
            // Validation as a client does it; a few events refused by the fold are stored all the same, as
            // a concurrent writer's conflicting step can be, and must be skipped by every fold alike.
            const IncidentState *state = m_model.incident(event.incident);
            const bool valid = !EventValidator::validate(event, state) && !m_model.check(event);
            if (!valid && m_random.bounded(100) >= 12)
                continue;
            if (!valid && EventValidator::validate(event))
                continue; // malformed: no store would take it
            store(event);
        }
        flushBatch();
        return m_log;
    }

private:
    void store(Event event)
    {
        event.seq = m_log.size() + 1;
        m_model.apply(event);
        if (m_batchLeft > 0) {
            m_batch.append(m_log.size());
            m_log.append(event);
            if (--m_batchLeft == 0)
                flushBatch();
            return;
        }
        const int roll = int(m_random.bounded(100));
        if (roll < 3) {
            // Not stored yet (a pending action): replay uses its `at`.
        } else if (roll < 6 && m_lastRecorded.isValid()) {
            event.recordedAt = m_lastRecorded.addMSecs(-qint64(m_random.bounded(60000))); // clock skew
        } else {
            m_lastRecorded = std::max(m_lastRecorded.isValid() ? m_lastRecorded : event.at,
                event.at.addMSecs(m_random.bounded(3000)));
            event.recordedAt = m_lastRecorded;
        }
        m_log.append(event);
    }

    void flushBatch()
    {
        if (m_batch.isEmpty())
            return;
        // Sent together after a while (an outbox after working offline): one recorded instant.
        m_lastRecorded = Clock::now().addMSecs(m_random.bounded(5000));
        for (qsizetype index : std::as_const(m_batch))
            m_log[index].recordedAt = m_lastRecorded;
        m_batch.clear();
        m_batchLeft = 0;
    }

    QString pick(const QStringList &list) { return list.at(int(m_random.bounded(int(list.size())))); }
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }

    bool makeEvent(Event *event)
    {
        const QStringList incidents = m_model.incidentIds();
        if (incidents.isEmpty() || (incidents.size() < 4 && chance(4))) {
            const EventFactory f(pick(People));
            *event = f.declare(QStringLiteral("Incident %1").arg(incidents.size() + 1),
                Severity(1 + m_random.bounded(4)), QStringLiteral("summary"), {QStringLiteral("api")});
            return true;
        }
        const QString id = pick(incidents);
        const IncidentState &s = *m_model.incident(id);
        const EventFactory f(pick(People));
        const QString commander = s.commander();
        const EventFactory boss(commander.isEmpty() ? pick(People) : commander);

        switch (m_random.bounded(17)) {
        case 0:
            *event = f.update(id,
                chance(60) ? IncidentChanges().setSeverity(Severity(1 + m_random.bounded(4)))
                           : IncidentChanges().setTitle(QStringLiteral("Renamed %1").arg(m_log.size())));
            return true;
        case 1:
            *event = f.setStatus(
                id, Status(m_random.bounded(4)), chance(50) ? QStringLiteral("why") : QString());
            return true;
        case 2:
            *event = f.assignRole(id, chance(50) ? QStringLiteral("commander") : pick(Roles), pick(People));
            return true;
        case 3: {
            if (s.roles().isEmpty())
                return false;
            const QString role = pick(s.roles().keys());
            *event = f.unassignRole(id, role, s.roles().value(role));
            return true;
        }
        case 4: {
            if (s.runbooks().size() >= 3)
                return false;
            QJsonArray steps;
            const int count = 2 + int(m_random.bounded(4));
            for (int i = 0; i < count; ++i) {
                steps.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("s%1").arg(i)},
                    {QStringLiteral("text"), QStringLiteral("Step %1").arg(i)},
                    {QStringLiteral("gate"),
                        pick({QStringLiteral("none"), QStringLiteral("approval"),
                            QStringLiteral("evidence")})}});
            }
            *event = f.attachRunbook(id, QStringLiteral("Runbook %1").arg(s.runbooks().size()), steps);
            return true;
        }
        case 5:
        case 6:
        case 7: {
            if (s.runbooks().isEmpty())
                return false;
            const Runbook &rb = s.runbooks().at(int(m_random.bounded(int(s.runbooks().size()))));
            const RunbookStep &step = rb.steps.at(int(m_random.bounded(int(rb.steps.size()))));
            return stepEvent(s, rb, step, f, event);
        }
        case 8:
        case 9:
        case 10: {
            // Notes, a third of them back-dated (written now about something earlier).
            const QDateTime at
                = chance(33) ? Clock::now().addSecs(-qint64(m_random.bounded(3600))) : QDateTime();
            *event = f.addNote(id, QStringLiteral("Note %1").arg(m_log.size()),
                NoteKind(m_random.bounded(int(NoteKind::Observation) + 1)), at);
            return true;
        }
        case 11: {
            const TimelineEntry *entry = personEntry(s);
            if (!entry)
                return false;
            *event = f.editNote(id, entry->id, QStringLiteral("Edited %1").arg(m_log.size()));
            return true;
        }
        case 12: {
            const TimelineEntry *entry = personEntry(s);
            if (!entry)
                return false;
            *event = f.retractNote(id, entry->id, QStringLiteral("wrong"));
            return true;
        }
        case 13: {
            const TimelineEntry &entry
                = s.timeline().at(qsizetype(m_random.bounded(int(s.timeline().size()))));
            *event = f.pinNote(id, entry.id, !entry.pinned);
            return true;
        }
        case 14:
            *event = f.alertReceived(id, QStringLiteral("alertmanager"),
                pick({QStringLiteral("HighErrorRate"), QStringLiteral("DiskFull")}),
                chance(70) ? QStringLiteral("firing") : QStringLiteral("resolved"), {}, Clock::now(), {});
            return true;
        case 15:
            *event = f.chatPosted(id, QStringLiteral("#incident"), QStringLiteral("Update"),
                chance(80) ? QStringLiteral("delivered") : QStringLiteral("failed"), chance(80) ? 200 : 500);
            return true;
        default:
            if (s.actions().isEmpty() || chance(50)) {
                *event = f.addAction(id, QStringLiteral("Follow up %1").arg(m_log.size()), pick(People));
            } else {
                const FollowUpAction &action = s.actions().at(int(m_random.bounded(int(s.actions().size()))));
                *event = f.updateAction(id, action.id, ActionChanges().setDone(!action.done));
            }
            return true;
        }
    }

    /// What a team would do next with @p step: approve it, add evidence, tick, skip, roll back or reopen it.
    bool stepEvent(const IncidentState &s, const Runbook &rb, const RunbookStep &step, const EventFactory &f,
        Event *event)
    {
        const QString id = s.id();
        switch (step.state) {
        case StepState::Open:
            if (step.gate == Gate::Approval && !step.isApproved()) {
                if (s.commander().isEmpty())
                    *event = f.assignRole(id, QStringLiteral("commander"), pick(People));
                else
                    *event = EventFactory(s.commander()).approveStep(id, rb.id, step.id);
                return true;
            }
            if (step.gate == Gate::Evidence && step.evidence.isEmpty() && chance(70)) {
                *event = f.addNote(id, QStringLiteral("Evidence %1").arg(m_log.size()), NoteKind::Evidence);
                event->data.insert(QStringLiteral("runbook"), rb.id);
                event->data.insert(QStringLiteral("step"), step.id);
                return true;
            }
            if (chance(20)) {
                *event = f.skipStep(id, rb.id, step.id, QStringLiteral("not needed"));
            } else {
                QString evidence;
                if (step.gate == Gate::Evidence && step.evidence.isEmpty()) {
                    const TimelineEntry *note = personEntry(s);
                    evidence = note && !note->retracted ? note->id : QString();
                }
                *event = f.checkStep(id, rb.id, step.id, QStringLiteral("done"), evidence);
            }
            return true;
        case StepState::Checked:
            *event = chance(50) ? f.rollBackStep(id, rb.id, step.id, QStringLiteral("went wrong"))
                                : f.uncheckStep(id, rb.id, step.id, QStringLiteral("again"));
            return true;
        default:
            *event = f.uncheckStep(id, rb.id, step.id, QStringLiteral("reopened"));
            return true;
        }
    }

    /// A random entry a person wrote, or nullptr.
    const TimelineEntry *personEntry(const IncidentState &s)
    {
        for (int attempt = 0; attempt < 8; ++attempt) {
            const TimelineEntry &entry
                = s.timeline().at(qsizetype(m_random.bounded(int(s.timeline().size()))));
            if (int(entry.kind) <= int(NoteKind::Observation))
                return &entry;
        }
        return nullptr;
    }

    QRandomGenerator m_random;
    ManualClock *m_clock;
    Projection m_model;
    EventList m_log;
    QDateTime m_lastRecorded;
    int m_batchLeft = 0;
    QList<qsizetype> m_batch;
};

/// Every incident's hash, and the board.
struct Fingerprint
{
    QStringList ids;
    QList<QByteArray> hashes;
    QList<IncidentSummary> board;
    bool operator==(const Fingerprint &o) const
    {
        return ids == o.ids && hashes == o.hashes && board == o.board;
    }
};

Fingerprint fingerprint(const Projection &projection)
{
    Fingerprint f;
    f.ids = projection.incidentIds();
    for (const QString &id : std::as_const(f.ids))
        f.hashes.append(projection.incident(id)->hash());
    f.board = projection.board();
    return f;
}

/// Appends @p log to @p index in a few random pieces (live events keep arriving during a replay).
void appendInPieces(ReplayIndex *index, const EventList &log, QRandomGenerator *random)
{
    qsizetype from = 0;
    while (from < log.size()) {
        const qsizetype length = std::min<qsizetype>(log.size() - from, 1 + random->bounded(60));
        index->append(log.mid(from, length));
        from += length;
    }
}

Event stored(Event event, qint64 seq, const QDateTime &recordedAt)
{
    event.seq = seq;
    event.recordedAt = recordedAt;
    return event;
}

} // namespace

class TestReplayIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_clock.set(T0);
        Clock::setInstance(&m_clock);
    }
    void cleanup() { Clock::setInstance(nullptr); }

    void replayEqualsFoldOfPrefix_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("events");
        for (quint32 seed = 1; seed <= 20; ++seed)
            QTest::addRow("seed %u", seed) << seed << int(60 + (seed * 37) % 120);
    }

    /// The property of issue 6: for random valid logs, the replayed state at every T equals the plain fold
    /// of the prefix recorded up to T, with checkpoints every 1, 7 or 100 events and without any.
    void replayEqualsFoldOfPrefix()
    {
        QFETCH(quint32, seed);
        QFETCH(int, events);
        LogGenerator generator(seed, &m_clock);
        const EventList log = generator.generate(events);
        const QList<qint64> times = referenceTimes(log);

        QRandomGenerator random(seed * 7919U);
        std::vector<std::unique_ptr<ReplayIndex>> indexes;
        for (int interval : {0, 1, 7, 100}) {
            indexes.push_back(std::make_unique<ReplayIndex>(interval));
            appendInPieces(indexes.back().get(), log, &random);
        }
        for (const auto &index : indexes) {
            QCOMPARE(index->size(), log.size());
            for (qsizetype i = 0; i < log.size(); ++i)
                QCOMPARE(index->replayTime(i).toMSecsSinceEpoch(), times.at(i));
        }

        // Every event's replay time, a moment just before it and the middle of each gap; before the start.
        QList<qint64> moments = {times.first() - 1};
        for (qsizetype i = 0; i < times.size(); ++i) {
            moments << times.at(i) - 1 << times.at(i);
            if (i + 1 < times.size() && times.at(i + 1) > times.at(i) + 1)
                moments << (times.at(i) + times.at(i + 1)) / 2;
        }
        moments << times.last() + 60000;
        std::sort(moments.begin(), moments.end());
        moments.erase(std::unique(moments.begin(), moments.end()), moments.end());

        // A moment between the same two events replays the same prefix: countAt() is checked at every moment,
        // the states once per prefix (hashing every incident is what costs).
        Projection prefix;
        qsizetype folded = 0;
        qsizetype compared = -1;
        for (const qint64 ms : std::as_const(moments)) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            while (folded < log.size() && times.at(folded) <= ms)
                prefix.apply(log.at(folded++)); // refusals skipped, as every fold does
            for (const auto &index : indexes)
                QCOMPARE(index->countAt(t), folded);
            if (folded == compared)
                continue;
            compared = folded;
            const Fingerprint expected = fingerprint(prefix);
            for (const auto &index : indexes) {
                if (!(fingerprint(index->stateAt(t)) == expected))
                    QFAIL(qPrintable(
                        QStringLiteral("seed %1, interval %2, T %3 (%4 events): the replay differs from "
                                       "the fold of the prefix")
                            .arg(seed)
                            .arg(index->checkpointInterval())
                            .arg(t.toString(Qt::ISODateWithMs))
                            .arg(folded)));
            }
        }
        // The whole log: the live fold.
        QCOMPARE(fingerprint(indexes.front()->latest()), fingerprint(prefix));
        QCOMPARE(indexes.at(1)->checkpointCount(), log.size());
        QCOMPARE(indexes.at(3)->checkpointCount(), log.size() / 100);
    }

    void checkpointsAreNotChangedByLaterEvents()
    {
        LogGenerator generator(99, &m_clock);
        const EventList log = generator.generate(400);
        ReplayIndex index(7);
        index.append(log.mid(0, 200));
        QList<Fingerprint> before;
        for (qsizetype count = 0; count <= 200; count += 13)
            before.append(fingerprint(index.stateAfter(count)));
        const Projection held = index.stateAfter(150); // a view someone still holds
        const Fingerprint heldBefore = fingerprint(held);

        index.append(log.mid(200));
        int i = 0;
        for (qsizetype count = 0; count <= 200; count += 13)
            QVERIFY(fingerprint(index.stateAfter(count)) == before.at(i++));
        QVERIFY(fingerprint(held) == heldBefore);
    }

    void replayTimesFollowTheRecordedLog()
    {
        const EventFactory alice(QStringLiteral("alice"));
        const Event declared = alice.declare(QStringLiteral("Disk full"), Severity::Sev2);
        const QString id = declared.incident;
        ReplayIndex index;
        // Lone events count from when they were recorded, a back-dated note too.
        index.append(stored(declared, 1, T0.addSecs(2)));
        index.append(
            stored(alice.addNote(id, QStringLiteral("It began at 21:00"), NoteKind::Note, T0.addSecs(-3600)),
                2, T0.addSecs(600)));
        QCOMPARE(index.replayTime(0), T0.addSecs(2));
        QCOMPARE(index.replayTime(1), T0.addSecs(600));
        QCOMPARE(index.stateAt(T0.addSecs(599)).incident(id)->timeline().size(), 1);
        QCOMPARE(index.stateAt(T0.addSecs(600)).incident(id)->timeline().size(), 2);

        // One append of a stretch (an outbox after working offline): each at its own `at`, capped by the
        // shared instant; it arrives over two appends here, which must not matter.
        const QDateTime flushed = T0.addSecs(3000);
        m_clock.set(T0.addSecs(1000));
        const Event a = stored(alice.addNote(id, QStringLiteral("a")), 3, flushed);
        m_clock.set(T0.addSecs(1500));
        const Event b = stored(alice.addNote(id, QStringLiteral("b")), 4, flushed);
        m_clock.set(T0.addSecs(4000)); // its clock ran ahead: capped at the instant it was stored
        const Event c = stored(alice.addNote(id, QStringLiteral("c")), 5, flushed);
        index.append(a);
        QCOMPARE(index.replayTime(2), flushed); // alone so far
        index.append({b, c});
        QCOMPARE(index.replayTime(2), T0.addSecs(1000));
        QCOMPARE(index.replayTime(3), T0.addSecs(1500));
        QCOMPARE(index.replayTime(4), flushed);

        // Recorded times never go back along the log; an event not stored yet counts from its `at`.
        index.append(stored(alice.addNote(id, QStringLiteral("skewed")), 6, T0.addSecs(2500)));
        QCOMPARE(index.replayTime(5), flushed);
        m_clock.set(T0.addSecs(5000));
        index.append(alice.addNote(id, QStringLiteral("pending")));
        QCOMPARE(index.replayTime(6), T0.addSecs(5000));
        QCOMPARE(index.span(id).first, T0.addSecs(2));
        QCOMPARE(index.span(id).last, T0.addSecs(5000));
        QCOMPARE(index.span().lengthMSecs(), 4998 * 1000);
        QCOMPARE(index.countAt(flushed), 6);
        QCOMPARE(index.countAt({}), 7);
    }

    void keyMomentsAndSpan()
    {
        const EventFactory priya(QStringLiteral("priya"));
        const EventFactory alerts(QStringLiteral("alertmanager"));
        EventList log;
        const auto add = [&](Event event, int minute) {
            event.at = T0.addSecs(minute * 60);
            log.append(stored(event, log.size() + 1, event.at.addMSecs(40)));
            return log.last();
        };
        const Event declared = add(priya.declare(QStringLiteral("Orders fail"), Severity::Sev3), 0);
        const QString id = declared.incident;
        const Event other = add(priya.declare(QStringLiteral("Unrelated"), Severity::Sev4), 1);
        add(priya.assignRole(id, QStringLiteral("commander"), QStringLiteral("priya")), 2);
        add(alerts.alertReceived(id, QStringLiteral("alertmanager"), QStringLiteral("HighErrorRate"),
                QStringLiteral("firing"), {}, T0, {}),
            3);
        add(priya.setStatus(id, Status::Identified, QStringLiteral("bad migration")), 5);
        add(priya.update(id, IncidentChanges().setSeverity(Severity::Sev1)), 6);
        add(priya.update(id, IncidentChanges().setTitle(QStringLiteral("Orders fail for many"))),
            7); // no moment
        const Event decision
            = add(priya.addNote(id, QStringLiteral("Restore from backup"), NoteKind::Decision), 8);
        add(priya.pinNote(id, decision.id, true), 9);
        const Event runbook
            = add(priya.attachRunbook(id, QStringLiteral("Restore"),
                      QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("stop")},
                                      {QStringLiteral("text"), QStringLiteral("Stop writers")},
                                      {QStringLiteral("gate"), QStringLiteral("none")}},
                          QJsonObject {{QStringLiteral("id"), QStringLiteral("swap")},
                              {QStringLiteral("text"), QStringLiteral("Swap the column")},
                              {QStringLiteral("gate"), QStringLiteral("approval")}}}),
                10);
        const QString rb = runbook.data.value(QStringLiteral("runbook")).toString();
        add(priya.checkStep(id, rb, QStringLiteral("stop")), 11); // not gated: no moment
        add(priya.checkStep(id, rb, QStringLiteral("swap")), 12); // refused: not approved yet
        add(priya.approveStep(id, rb, QStringLiteral("swap")), 13);
        add(priya.checkStep(id, rb, QStringLiteral("swap")), 14);
        add(priya.pinNote(id, decision.id, false), 15); // unpinning is no moment
        add(priya.setStatus(id, Status::Resolved), 16);

        ReplayIndex index(4);
        index.append(log);
        QVERIFY(!index.isApplied(11));
        const QList<KeyMoment> moments = index.keyMoments(id);
        using Kind = KeyMoment::Kind;
        const QList<Kind> kinds = {Kind::Declared, Kind::Alert, Kind::Status, Kind::Severity, Kind::Pinned,
            Kind::Approved, Kind::GatedStepDone, Kind::Status};
        QCOMPARE(moments.size(), kinds.size());
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            QCOMPARE(moments.at(i).kind, kinds.at(i));
            QCOMPARE(moments.at(i).incident, id);
            QVERIFY(!moments.at(i).label.isEmpty());
        }
        QCOMPARE(moments.at(0).value, QStringLiteral("SEV3"));
        QCOMPARE(moments.at(0).detail, QStringLiteral("Orders fail"));
        QCOMPARE(moments.at(1).value, QStringLiteral("firing"));
        QCOMPARE(moments.at(1).detail, QStringLiteral("HighErrorRate"));
        QCOMPARE(moments.at(2).label, QStringLiteral("Status: identified"));
        QCOMPARE(moments.at(2).detail, QStringLiteral("bad migration"));
        QCOMPARE(moments.at(3).value, QStringLiteral("SEV1"));
        QCOMPARE(moments.at(4).detail, QStringLiteral("Restore from backup"));
        QCOMPARE(moments.at(5).detail, QStringLiteral("Swap the column"));
        QCOMPARE(moments.at(6).label, QStringLiteral("Done: Swap the column"));
        QCOMPARE(moments.at(7).value, QStringLiteral("resolved"));
        // Each moment's time is when it was recorded, and the state there shows it.
        QCOMPARE(moments.at(2).time, T0.addSecs(5 * 60).addMSecs(40));
        QCOMPARE(moments.at(2).at, T0.addSecs(5 * 60));
        QCOMPARE(index.stateAt(moments.at(2).time).incident(id)->status(), Status::Identified);
        QCOMPARE(
            index.stateAt(moments.at(2).time.addMSecs(-1)).incident(id)->status(), Status::Investigating);
        const Projection beforeApproval = index.stateAt(moments.at(5).time.addMSecs(-1));
        QVERIFY(!beforeApproval.incident(id)->runbook(rb)->step(QStringLiteral("swap"))->isApproved());
        QVERIFY(index.stateAt(moments.at(5).time)
                    .incident(id)
                    ->runbook(rb)
                    ->step(QStringLiteral("swap"))
                    ->isApproved());

        QCOMPARE(index.keyMoments(other.incident).size(), 1);
        QCOMPARE(index.keyMoments().size(), moments.size() + 1);
        QCOMPARE(index.keyMoments().at(1).incident, other.incident); // in log order across incidents

        const ReplaySpan span = index.span(id);
        QCOMPARE(span.first, T0.addMSecs(40));
        QCOMPARE(span.last, T0.addSecs(16 * 60).addMSecs(40));
        QCOMPARE(index.span(other.incident).first, index.span(other.incident).last);
        QVERIFY(!index.span(QStringLiteral("no-such-incident")).isValid());
        QCOMPARE(index.stateAt(T0.addSecs(-1)).size(), 0);
        QCOMPARE(index.stateAt(T0.addSecs(30)).size(), 1);
    }

private:
    ManualClock m_clock {T0};
};

QTEST_GUILESS_MAIN(TestReplayIndex)
#include "testreplayindex.moc"
