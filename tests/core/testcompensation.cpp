// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "compensation.h"
#include "eventtypes.h"

#include <QJsonArray>
#include <QTest>

using namespace Warroom;

/// Applies events and can undo any of them through Compensation, as the Session does.
class Log
{
public:
    IncidentState state;
    EventList events;
    EventFactory alice {QStringLiteral("alice")};

    bool add(const Event &e)
    {
        Event stored = e;
        stored.seq = events.size() + 1;
        if (state.apply(stored))
            return false;
        events.append(stored);
        return true;
    }
    /// Undoes events[index]; returns the error message, empty on success.
    QString undo(int index)
    {
        Event undo;
        Error error;
        if (!Compensation::compensate(events.at(index), events.mid(0, index), state, alice, &undo, &error))
            return error.message.isEmpty() ? QStringLiteral("?") : error.message;
        return add(undo) ? QString() : QStringLiteral("undo refused by the fold");
    }
};

class TestCompensation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC));
        Clock::setInstance(&m_clock);
    }
    void cleanup() { Clock::setInstance(nullptr); }

    void undoRestoresThePreviousState()
    {
        Log log;
        QVERIFY(log.add(log.alice.declare(QStringLiteral("x"), Severity::Sev3)));
        const QString id = log.state.id();
        const QByteArray declaredHash = log.state.hash();

        // Note → retracted, never removed.
        tick();
        QVERIFY(log.add(log.alice.addNote(id, QStringLiteral("typo'd nte"))));
        QCOMPARE(log.undo(1), QString());
        QVERIFY(log.state.entry(log.events.at(1).id)->retracted);
        QCOMPARE(log.state.entry(log.events.at(1).id)->retractReason, QStringLiteral("Undone"));

        // Status back to the one before.
        tick();
        QVERIFY(log.add(log.alice.setStatus(id, Status::Identified)));
        QCOMPARE(log.undo(3), QString());
        QCOMPARE(log.state.status(), Status::Investigating);

        // Severity and title back; services cleared again.
        tick();
        QVERIFY(log.add(log.alice.update(
            id, IncidentChanges().setSeverity(Severity::Sev1).setTitle(QStringLiteral("y")))));
        QCOMPARE(log.undo(5), QString());
        QCOMPARE(log.state.severity(), Severity::Sev3);
        QCOMPARE(log.state.title(), QStringLiteral("x"));

        // Role hand-over back to the previous holder, and a first assignment back to nobody.
        tick();
        QVERIFY(log.add(log.alice.assignRole(id, QStringLiteral("commander"), QStringLiteral("alice"))));
        tick();
        QVERIFY(log.add(log.alice.assignRole(id, QStringLiteral("commander"), QStringLiteral("bob"))));
        QCOMPARE(log.undo(8), QString());
        QCOMPARE(log.state.commander(), QStringLiteral("alice"));
        tick();
        QVERIFY(log.add(log.alice.assignRole(id, QStringLiteral("scribe"), QStringLiteral("carol"))));
        QCOMPARE(log.undo(10), QString());
        QVERIFY(!log.state.roles().contains(QStringLiteral("scribe")));
        QVERIFY(log.state.hash() != declaredHash); // history stays: undo adds, never deletes
    }

    void undoOfSteps()
    {
        Log log;
        QVERIFY(log.add(log.alice.declare(QStringLiteral("x"), Severity::Sev3)));
        const QString id = log.state.id();
        QVERIFY(log.add(log.alice.attachRunbook(id, QStringLiteral("rb"),
            {QJsonObject {{QStringLiteral("id"), QStringLiteral("a")},
                {QStringLiteral("text"), QStringLiteral("one")}}})));
        const QString rb = log.state.runbooks().at(0).id;
        tick();
        QVERIFY(log.add(log.alice.checkStep(id, rb, QStringLiteral("a"))));
        QCOMPARE(log.undo(2), QString());
        QCOMPARE(log.state.runbook(rb)->step(QStringLiteral("a"))->state, StepState::Open);
        tick();
        QVERIFY(log.add(log.alice.skipStep(id, rb, QStringLiteral("a"), QStringLiteral("n/a"))));
        tick();
        QVERIFY(log.add(log.alice.uncheckStep(id, rb, QStringLiteral("a"))));
        QCOMPARE(log.undo(5), QString()); // back to skipped, with its reason
        QCOMPARE(log.state.runbook(rb)->step(QStringLiteral("a"))->state, StepState::Skipped);
        QCOMPARE(log.state.runbook(rb)->step(QStringLiteral("a"))->note, QStringLiteral("n/a"));
    }

    void refusedWhenNotUndoableOrChangedSince()
    {
        Log log;
        QVERIFY(log.add(log.alice.declare(QStringLiteral("x"), Severity::Sev3)));
        const QString id = log.state.id();
        QVERIFY(log.undo(0).contains(QStringLiteral("resolve")));
        tick();
        QVERIFY(log.add(log.alice.setStatus(id, Status::Identified)));
        tick();
        QVERIFY(log.add(log.alice.setStatus(id, Status::Mitigated)));
        QVERIFY(log.undo(1).contains(QStringLiteral("changed again")));
        tick();
        QVERIFY(log.add(log.alice.addNote(id, QStringLiteral("n"))));
        tick();
        QVERIFY(log.add(log.alice.editNote(id, log.events.at(3).id, QStringLiteral("n2"))));
        tick();
        QVERIFY(log.add(log.alice.editNote(id, log.events.at(3).id, QStringLiteral("n3"))));
        QVERIFY(log.undo(4).contains(QStringLiteral("changed again")));
        QCOMPARE(log.undo(5), QString());
        QCOMPARE(log.state.entry(log.events.at(3).id)->text, QStringLiteral("n2"));
        QVERIFY(log.undo(3).isEmpty()); // retract the note
        QVERIFY(log.undo(3).contains(QStringLiteral("already retracted")));
    }

private:
    void tick() { m_clock.advanceSecs(30); }
    ManualClock m_clock {QDateTime(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC)};
};

QTEST_GUILESS_MAIN(TestCompensation)
#include "testcompensation.moc"
