// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "eventfactory.h"
#include "eventvalidator.h"
#include "incidentstate.h"

#include <QJsonArray>
#include <QTest>

using namespace Warroom;

namespace {
const QDateTime T0(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC);

QJsonObject step(const char *id, const char *text, const char *gate, const char *rollback = nullptr)
{
    QJsonObject s {{QStringLiteral("id"), QLatin1String(id)}, {QStringLiteral("text"), QLatin1String(text)},
        {QStringLiteral("gate"), QLatin1String(gate)}};
    if (rollback)
        s.insert(QStringLiteral("rollback"), QLatin1String(rollback));
    return s;
}
} // namespace

/// Folds events one minute apart and remembers them, so tests can refold and compare.
class Scenario
{
public:
    explicit Scenario(ManualClock &clock)
        : m_clock(clock)
    { }
    EventFactory alice {QStringLiteral("alice")};
    EventFactory bob {QStringLiteral("bob")};
    IncidentState state;
    EventList log;

    Error add(const Event &event)
    {
        Event stored = event;
        stored.seq = log.size() + 1;
        if (Error e = EventValidator::validate(stored, state.isDeclared() ? &state : nullptr))
            return e;
        if (Error e = state.apply(stored))
            return e;
        log.append(stored);
        m_clock.advanceSecs(60);
        return {};
    }

private:
    ManualClock &m_clock;
};

class TestIncidentState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_clock.set(T0);
        Clock::setInstance(&m_clock);
    }
    void cleanup() { Clock::setInstance(nullptr); }

    void typicalIncident()
    {
        Scenario s(m_clock);
        const Event declared = s.alice.declare(QStringLiteral("Checkout returns 500"), Severity::Sev2,
            QStringLiteral("JSON column migration broke carts"), {QStringLiteral("checkout")});
        const QString id = declared.incident;
        QVERIFY(!s.add(declared));
        QCOMPARE(s.state.title(), QStringLiteral("Checkout returns 500"));
        QCOMPARE(s.state.severity(), Severity::Sev2);
        QCOMPARE(s.state.status(), Status::Investigating);
        QVERIFY(s.state.commander().isEmpty());

        // Roles with a hand-over.
        QVERIFY(!s.add(s.alice.assignRole(id, QStringLiteral("commander"), QStringLiteral("alice"))));
        QVERIFY(!s.add(s.alice.assignRole(id, QStringLiteral("scribe"), QStringLiteral("bob"))));
        QVERIFY(!s.add(s.alice.assignRole(id, QStringLiteral("commander"), QStringLiteral("carol"))));
        QCOMPARE(s.state.commander(), QStringLiteral("carol"));
        QCOMPARE(s.state.roleHistory().size(), 3);
        const RoleTenure &first = s.state.roleHistory().at(0);
        QCOMPARE(first.person, QStringLiteral("alice"));
        QCOMPARE(first.until, T0.addSecs(3 * 60));
        QVERIFY(!s.state.roleHistory().at(2).until.isValid());
        QVERIFY(s.add(s.alice.unassignRole(id, QStringLiteral("scribe"), QStringLiteral("alice"))));
        QVERIFY(!s.add(s.alice.unassignRole(id, QStringLiteral("scribe"), QStringLiteral("bob"))));
        QVERIFY(!s.state.roles().contains(QStringLiteral("scribe")));
        QVERIFY(s.state.roleHistory().at(1).until.isValid());

        // A runbook with both gates and a rollback.
        const Event attached = s.bob.attachRunbook(id, QStringLiteral("Restore from backup"),
            {step("backup", "Take a backup", "evidence"),
                step("restore", "Restore the tables", "approval", "undo"),
                step("undo", "Re-apply the migration", "none")});
        QVERIFY(!s.add(attached));
        const QString rb = attached.data.value(QStringLiteral("runbook")).toString();

        // Evidence first: a check without evidence is refused and says why.
        Error refused = s.add(s.bob.checkStep(id, rb, QStringLiteral("backup")));
        QCOMPARE(refused.field, QStringLiteral("data.evidence"));
        QVERIFY(refused.message.contains(QStringLiteral("evidence")));
        Event note = s.bob.addNote(id, QStringLiteral("pg_dump done: 4.1 GB"), NoteKind::Evidence);
        note.data.insert(QStringLiteral("runbook"), rb);
        note.data.insert(QStringLiteral("step"), QStringLiteral("backup"));
        QVERIFY(!s.add(note));
        QCOMPARE(s.state.runbook(rb)->step(QStringLiteral("backup"))->evidence, QStringList {note.id});
        QVERIFY(!s.add(s.bob.checkStep(id, rb, QStringLiteral("backup"))));

        // Approval: refused before the commander's go, and only the commander may give it.
        refused = s.add(s.bob.checkStep(id, rb, QStringLiteral("restore")));
        QVERIFY(refused.message.contains(QStringLiteral("approval")));
        QVERIFY(refused.message.contains(QStringLiteral("carol")));
        refused = s.add(s.bob.approveStep(id, rb, QStringLiteral("restore")));
        QCOMPARE(refused.field, QStringLiteral("actor"));
        const EventFactory carol(QStringLiteral("carol"));
        QVERIFY(!s.add(carol.approveStep(id, rb, QStringLiteral("restore"))));
        QVERIFY(
            !s.add(s.bob.checkStep(id, rb, QStringLiteral("restore"), QStringLiteral("restored 3 tables"))));
        const RunbookStep *restore = s.state.runbook(rb)->step(QStringLiteral("restore"));
        QCOMPARE(restore->state, StepState::Checked);
        QCOMPARE(restore->by, QStringLiteral("bob"));
        QCOMPARE(restore->approvedBy, QStringLiteral("carol"));
        QCOMPARE(restore->rollback, QStringLiteral("undo"));
        QVERIFY(s.add(s.bob.checkStep(id, rb, QStringLiteral("restore")))); // already done
        QVERIFY(
            !s.add(s.bob.rollBackStep(id, rb, QStringLiteral("restore"), QStringLiteral("wrong snapshot"))));
        QCOMPARE(s.state.runbook(rb)->step(QStringLiteral("restore"))->state, StepState::RolledBack);
        QVERIFY(s.add(s.bob.skipStep(id, rb, QStringLiteral("undo"), QString()))); // reason required (shape)
        QVERIFY(!s.add(s.bob.skipStep(id, rb, QStringLiteral("undo"), QStringLiteral("not needed"))));
        QCOMPARE(s.state.runbook(rb)->doneCount(), 2);
        QVERIFY(!s.add(s.bob.addStep(id, rb, QStringLiteral("verify"), QStringLiteral("Verify carts"),
            Gate::None, QStringLiteral("restore"))));
        QCOMPARE(s.state.runbook(rb)->steps.at(2).id, QStringLiteral("verify"));

        // Notes: edit keeps history, retract keeps the entry, pin.
        const Event obs = s.bob.addNote(id, QStringLiteral("p99 4s"), NoteKind::Observation);
        QVERIFY(!s.add(obs));
        QVERIFY(!s.add(s.alice.editNote(id, obs.id, QStringLiteral("p99 5s"))));
        QVERIFY(!s.add(s.alice.editNote(id, obs.id, QStringLiteral("p99 6s"))));
        const TimelineEntry *entry = s.state.entry(obs.id);
        QCOMPARE(entry->text, QStringLiteral("p99 6s"));
        QCOMPARE(entry->history.size(), 2);
        QCOMPARE(entry->history.at(0).text, QStringLiteral("p99 4s"));
        QCOMPARE(entry->history.at(0).by, QStringLiteral("bob"));
        QCOMPARE(entry->history.at(0).at, obs.at);
        QCOMPARE(entry->history.at(1).by, QStringLiteral("alice"));
        QVERIFY(entry->history.at(1).at > obs.at); // the first edit's time, not the entry's
        QVERIFY(entry->editedAt > entry->history.at(1).at);
        QVERIFY(!s.add(s.alice.pinNote(id, obs.id, true)));
        QVERIFY(s.add(s.alice.pinNote(id, obs.id, true))); // already pinned
        QVERIFY(!s.add(s.alice.retractNote(id, obs.id, QStringLiteral("wrong dashboard"))));
        entry = s.state.entry(obs.id);
        QVERIFY(entry->retracted);
        QVERIFY(entry->pinned);
        QCOMPARE(entry->retractReason, QStringLiteral("wrong dashboard"));
        QCOMPARE(entry->text, QStringLiteral("p99 6s"));
        QVERIFY(s.add(s.alice.editNote(id, obs.id, QStringLiteral("again")))); // retracted: no more edits
        // System lines cannot be rewritten.
        refused = s.add(s.alice.editNote(id, declared.id, QStringLiteral("rewrite history")));
        QVERIFY(refused.message.contains(QStringLiteral("cannot be edited")));

        // Follow-ups, alerts, chat.
        const Event action
            = s.alice.addAction(id, QStringLiteral("Test restores weekly"), QStringLiteral("dana"));
        QVERIFY(!s.add(action));
        QVERIFY(!s.add(s.alice.updateAction(id, action.id, ActionChanges().setDone(true))));
        QVERIFY(s.state.actions().at(0).done);
        QVERIFY(
            !s.add(s.alice.alertReceived(id, QStringLiteral("alertmanager"), QStringLiteral("HighErrorRate"),
                QStringLiteral("firing"), {{QStringLiteral("team"), QStringLiteral("web")}}, T0, QString())));
        QVERIFY(!s.add(s.alice.chatPosted(id, QStringLiteral("#incidents"), QStringLiteral("We are on it"),
            QStringLiteral("delivered"), 200)));
        QCOMPARE(s.state.alerts().size(), 1);
        QCOMPARE(s.state.chats().at(0).httpStatus, 200);

        // Lifecycle and milestones.
        QVERIFY(!s.add(s.alice.setStatus(id, Status::Identified)));
        QVERIFY(s.add(s.alice.setStatus(id, Status::Identified)));
        const QDateTime mitigatedAt = Clock::now();
        QVERIFY(!s.add(s.alice.setStatus(id, Status::Mitigated)));
        const QDateTime resolvedAt = Clock::now();
        QVERIFY(!s.add(s.alice.setStatus(id, Status::Resolved)));
        QCOMPARE(s.state.milestones().mitigated, mitigatedAt);
        QCOMPARE(s.state.milestones().resolved, resolvedAt);
        QCOMPARE(s.state.milestones().acknowledged, T0.addSecs(60));

        // Every change is on the timeline, in time order.
        const auto &timeline = s.state.timeline();
        QVERIFY(timeline.size() >= 20);
        for (int i = 1; i < timeline.size(); ++i)
            QVERIFY(timeline.at(i - 1).at <= timeline.at(i).at);
        QCOMPARE(timeline.last().text, QStringLiteral("Status: resolved"));
        QCOMPARE(s.state.eventCount(), s.log.size());
        QCOMPARE(s.state.lastSeq(), qint64(s.log.size()));
    }

    void metrics()
    {
        Scenario s(m_clock);
        const Event declared = s.alice.declare(QStringLiteral("Latency"), Severity::Sev3);
        const QString id = declared.incident;
        QVERIFY(!s.add(declared));
        Metrics m = s.state.metrics();
        QVERIFY(!m.timeToDetect);
        QVERIFY(!m.timeToAcknowledge);
        QVERIFY(!m.timeToResolve);

        // The impact began 20 minutes before anybody declared.
        QVERIFY(!s.add(s.alice.update(id, IncidentChanges().setImpactStartedAt(T0.addSecs(-20 * 60)))));
        m_clock.set(T0.addSecs(5 * 60));
        QVERIFY(!s.add(s.alice.assignRole(id, QStringLiteral("commander"), QStringLiteral("alice"))));
        m_clock.set(T0.addSecs(40 * 60));
        QVERIFY(!s.add(s.alice.setStatus(id, Status::Resolved))); // straight to resolved: mitigated then too
        m = s.state.metrics();
        QCOMPARE(*m.timeToDetect, qint64(20 * 60 * 1000));
        QCOMPARE(*m.timeToAcknowledge, qint64(5 * 60 * 1000));
        QCOMPARE(*m.timeToMitigate, qint64(60 * 60 * 1000));
        QCOMPARE(*m.timeToResolve, qint64(60 * 60 * 1000));

        // Reopen clears the resolution; resolving again moves it, mitigation stays the first.
        QVERIFY(!s.add(s.alice.setStatus(id, Status::Investigating)));
        QVERIFY(!s.state.metrics().timeToResolve);
        QCOMPARE(s.state.timeline().last().text, QStringLiteral("Reopened: investigating"));
        m_clock.set(T0.addSecs(70 * 60));
        QVERIFY(!s.add(s.alice.setStatus(id, Status::Resolved)));
        QCOMPARE(*s.state.metrics().timeToResolve, qint64(90 * 60 * 1000));
        QCOMPARE(*s.state.metrics().timeToMitigate, qint64(60 * 60 * 1000));
    }

    void backDatedEntrySortsIntoPlace()
    {
        Scenario s(m_clock);
        const Event declared = s.alice.declare(QStringLiteral("Disk full"), Severity::Sev2);
        QVERIFY(!s.add(declared));
        const Event a = s.alice.addNote(declared.incident, QStringLiteral("a"));
        QVERIFY(!s.add(a));
        QVERIFY(!s.add(s.alice.addNote(declared.incident, QStringLiteral("b"))));
        const Event early = s.alice.addNote(
            declared.incident, QStringLiteral("seen at 22:00:30"), NoteKind::Observation, T0.addSecs(30));
        QVERIFY(!s.add(early));
        const auto &t = s.state.timeline();
        QCOMPARE(t.size(), 4);
        QCOMPARE(t.at(1).id, early.id);
        QCOMPARE(t.at(2).id, a.id);
        // The index follows the move: later edits find the right entries.
        QVERIFY(!s.add(s.alice.editNote(declared.incident, a.id, QStringLiteral("a2"))));
        QCOMPARE(s.state.entry(a.id)->text, QStringLiteral("a2"));
        QCOMPARE(s.state.entry(early.id)->text, QStringLiteral("seen at 22:00:30"));
    }

    void refusedEventLeavesStateUnchanged()
    {
        Scenario s(m_clock);
        const Event declared = s.alice.declare(QStringLiteral("x"), Severity::Sev4);
        QVERIFY(!s.add(declared));
        const QByteArray before = s.state.hash();
        QVERIFY(s.state.apply(declared)); // declared twice
        QVERIFY(s.state.apply(s.alice.setStatus(declared.incident, Status::Investigating))); // no change
        QCOMPARE(s.state.eventCount(), 1);
        QCOMPARE(s.state.hash(), before);
        // check() runs the same rules and changes nothing.
        QVERIFY(!s.state.check(s.alice.setStatus(declared.incident, Status::Identified)));
        QCOMPARE(s.state.status(), Status::Investigating);
        QCOMPARE(s.state.hash(), before);
    }

    void copiesAreIndependent()
    {
        // Session validates on a scratch copy of the state: changing the copy must never touch the original.
        Scenario s(m_clock);
        const Event declared = s.alice.declare(QStringLiteral("x"), Severity::Sev2);
        QVERIFY(!s.add(declared));
        const Event rb = s.alice.attachRunbook(declared.incident, QStringLiteral("rb"),
            {step("a", "one", "none"), step("b", "two", "evidence")});
        QVERIFY(!s.add(rb));
        const QString runbook = rb.data.value(QStringLiteral("runbook")).toString();
        const QByteArray before = s.state.hash();

        IncidentState copy = s.state;
        QVERIFY(!copy.apply(s.alice.checkStep(declared.incident, runbook, QStringLiteral("a"))));
        Event evidence = s.alice.addNote(declared.incident, QStringLiteral("proof"), NoteKind::Evidence);
        evidence.data.insert(QStringLiteral("runbook"), runbook);
        evidence.data.insert(QStringLiteral("step"), QStringLiteral("b"));
        QVERIFY(!copy.apply(evidence));
        QVERIFY(!copy.apply(s.alice.setStatus(declared.incident, Status::Identified)));

        QCOMPARE(s.state.hash(), before);
        QCOMPARE(s.state.runbook(runbook)->step(QStringLiteral("a"))->state, StepState::Open);
        QVERIFY(s.state.runbook(runbook)->step(QStringLiteral("b"))->evidence.isEmpty());
        QVERIFY(copy.hash() != before);
    }

    void hashIsCanonical()
    {
        Scenario s(m_clock);
        const Event declared = s.alice.declare(QStringLiteral("Queue backlog"), Severity::Sev2);
        QVERIFY(!s.add(declared));
        QVERIFY(!s.add(
            s.alice.assignRole(declared.incident, QStringLiteral("commander"), QStringLiteral("alice"))));
        QVERIFY(!s.add(s.alice.addNote(declared.incident, QStringLiteral("consumers stuck"))));

        IncidentState a;
        IncidentState b;
        for (const Event &e : s.log) {
            QVERIFY(!a.apply(e));
            Event other = e;
            other.seq += 1000; // another replica's local seq and recording time do not matter
            other.recordedAt = T0.addDays(1);
            QVERIFY(!b.apply(other));
        }
        QCOMPARE(a.hash(), b.hash());
        QCOMPARE(a.hash().size(), 64);

        // Any difference in content changes the hash.
        IncidentState c;
        for (int i = 0; i < s.log.size(); ++i) {
            Event e = s.log.at(i);
            if (i == 2)
                e.data.insert(QStringLiteral("text"), QStringLiteral("consumers stuck!"));
            QVERIFY(!c.apply(e));
        }
        QVERIFY(c.hash() != a.hash());
        IncidentState d;
        for (int i = 0; i < s.log.size(); ++i) {
            Event e = s.log.at(i);
            if (i == 1)
                e.actor = QStringLiteral("mallory");
            QVERIFY(!d.apply(e));
        }
        QVERIFY(d.hash() != a.hash());
        IncidentState shorter;
        for (int i = 0; i < s.log.size() - 1; ++i)
            QVERIFY(!shorter.apply(s.log.at(i)));
        QVERIFY(shorter.hash() != a.hash());
    }

private:
    ManualClock m_clock {T0};
};

QTEST_GUILESS_MAIN(TestIncidentState)
#include "testincidentstate.moc"
