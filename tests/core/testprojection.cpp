// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "eventfactory.h"
#include "projection.h"

#include <QTest>

using namespace Warroom;

class TestProjection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC));
        Clock::setInstance(&m_clock);
    }
    void cleanup() { Clock::setInstance(nullptr); }

    void boardOrder()
    {
        Projection p;
        const EventFactory f(QStringLiteral("alice"));
        const auto declare = [&](const char *title, Severity sev) {
            const Event e = f.declare(QLatin1String(title), sev);
            m_clock.advanceSecs(60);
            [&] {
                QVERIFY(!p.apply(e));
            }();
            return e.incident;
        };
        const QString minor = declare("minor", Severity::Sev4);
        const QString oldSev2 = declare("old sev2", Severity::Sev2);
        const QString sev1 = declare("sev1", Severity::Sev1);
        const QString newSev2 = declare("new sev2", Severity::Sev2);
        QCOMPARE(p.size(), 4);
        QCOMPARE(p.incidentIds(), (QStringList {minor, oldSev2, sev1, newSev2}));

        auto ids = [&] {
            QStringList out;
            for (const IncidentSummary &s : p.board())
                out << s.id;
            return out;
        };
        QCOMPARE(ids(), (QStringList {sev1, oldSev2, newSev2, minor}));

        // Resolved incidents sink below every open one.
        QVERIFY(!p.apply(f.setStatus(sev1, Status::Resolved)));
        QCOMPARE(ids(), (QStringList {oldSev2, newSev2, minor, sev1}));
        QVERIFY(!p.summary(sev1).isOpen());
        QVERIFY(p.summary(sev1).resolvedAt.isValid());
    }

    void summaryFields()
    {
        Projection p;
        const EventFactory f(QStringLiteral("alice"));
        const Event d = f.declare(QStringLiteral("API errors"), Severity::Sev2);
        QVERIFY(!p.apply(d));
        IncidentSummary s = p.summary(d.incident);
        QCOMPARE(s.title, QStringLiteral("API errors"));
        QVERIFY(!s.isAcknowledged());
        QVERIFY(!p.apply(f.assignRole(d.incident, QStringLiteral("commander"), QStringLiteral("bob"))));
        s = p.summary(d.incident);
        QVERIFY(s.isAcknowledged());
        QCOMPARE(s.commander, QStringLiteral("bob"));

        const Event rb = f.attachRunbook(d.incident, QStringLiteral("rb"),
            {QJsonObject {{QStringLiteral("id"), QStringLiteral("a")},
                 {QStringLiteral("text"), QStringLiteral("one")}},
                QJsonObject {{QStringLiteral("id"), QStringLiteral("b")},
                    {QStringLiteral("text"), QStringLiteral("two")}}});
        QVERIFY(!p.apply(rb));
        QVERIFY(!p.apply(f.checkStep(
            d.incident, rb.data.value(QStringLiteral("runbook")).toString(), QStringLiteral("a"))));
        s = p.summary(d.incident);
        QCOMPARE(s.stepsDone, 1);
        QCOMPARE(s.stepsTotal, 2);

        const auto alert = [&](const char *status) {
            return f.alertReceived(d.incident, QStringLiteral("grafana"), QStringLiteral("5xx"),
                QLatin1String(status), {}, {}, {});
        };
        QVERIFY(!p.apply(alert("firing")));
        QCOMPARE(p.summary(d.incident).firingAlerts, 1);
        QVERIFY(!p.apply(alert("resolved")));
        QCOMPARE(p.summary(d.incident).firingAlerts, 0);
    }

    void unknownIncidentIsRefused()
    {
        Projection p;
        const EventFactory f(QStringLiteral("alice"));
        const Error error = p.apply(f.addNote(Wire::newId(), QStringLiteral("orphan")));
        QCOMPARE(error.code, QStringLiteral("unknown_target"));
        QCOMPARE(error.field, QStringLiteral("incident"));
        QCOMPARE(p.size(), 0);
        // A declaration that fails leaves no empty incident behind.
        Event bad = f.declare(QStringLiteral("x"), Severity::Sev1);
        QVERIFY(!p.apply(bad));
        QVERIFY(p.apply(bad));
        QCOMPARE(p.size(), 1);
    }

    void lastSeqFollowsStoredEvents()
    {
        Projection p;
        const EventFactory f(QStringLiteral("alice"));
        Event d = f.declare(QStringLiteral("x"), Severity::Sev1);
        d.seq = 7;
        QVERIFY(!p.apply(d));
        QCOMPARE(p.lastSeq(), 7);
        QCOMPARE(p.incident(d.incident)->lastSeq(), 7);
    }

private:
    ManualClock m_clock {QDateTime(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC)};
};

QTEST_GUILESS_MAIN(TestProjection)
#include "testprojection.moc"
