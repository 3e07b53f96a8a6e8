// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "updatecadence.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Warroom;
using namespace std::chrono_literals;

/// The countdown runs on Clock::now(): a ManualClock moves it, nothing waits.
class TestUpdateCadence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings().remove(QStringLiteral("chat"));
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC));
        Clock::setInstance(m_clock.get());
    }
    void cleanup()
    {
        Clock::setInstance(nullptr);
        m_clock.reset();
    }

    void countsDownAndFiresOnce()
    {
        UpdateCadence cadence;
        cadence.setTickInterval(0ms);
        QSignalSpy due(&cadence, &UpdateCadence::due);
        const QString incident = QStringLiteral("a");
        QCOMPARE(cadence.remainingMs(incident), 0);
        QVERIFY(!cadence.dueAt(incident).isValid());

        cadence.setInterval(incident, 30);
        QCOMPARE(cadence.intervalMinutes(incident), 30);
        QCOMPARE(cadence.remainingMs(incident), 30 * 60 * 1000);
        m_clock->advanceSecs(29 * 60 + 59);
        cadence.check();
        QCOMPARE(due.size(), 0);
        QVERIFY(!cadence.isOverdue(incident));
        m_clock->advanceSecs(1);
        cadence.check();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.constFirst().constFirst().toString(), incident);
        QVERIFY(cadence.isOverdue(incident));
        m_clock->advanceSecs(90);
        cadence.check();
        QCOMPARE(due.size(), 1); // once per countdown
        QCOMPARE(cadence.remainingMs(incident), -90 * 1000);

        cadence.restart(incident); // an update was sent
        QCOMPARE(cadence.remainingMs(incident), 30 * 60 * 1000);
        m_clock->advanceSecs(30 * 60);
        cadence.check();
        QCOMPARE(due.size(), 2);
    }

    void zeroStops()
    {
        UpdateCadence cadence;
        cadence.setTickInterval(0ms);
        QSignalSpy due(&cadence, &UpdateCadence::due);
        cadence.setInterval(QStringLiteral("a"), 5);
        cadence.setInterval(QStringLiteral("a"), 0);
        cadence.restart(QStringLiteral("a"));
        m_clock->advanceSecs(3600);
        cadence.check();
        QCOMPARE(due.size(), 0);
        QVERIFY(!cadence.dueAt(QStringLiteral("a")).isValid());
    }

    void survivesARestart()
    {
        {
            UpdateCadence cadence;
            cadence.setInterval(QStringLiteral("a"), 15);
            cadence.setInterval(QStringLiteral("b"), 45);
        }
        m_clock->advanceSecs(20 * 60);
        UpdateCadence again;
        again.setTickInterval(0ms);
        QCOMPARE(again.intervalMinutes(QStringLiteral("b")), 45);
        QCOMPARE(again.remainingMs(QStringLiteral("b")), 25 * 60 * 1000);
        QSignalSpy due(&again, &UpdateCadence::due);
        again.check();
        // Already overdue when Warroom started again: said at the first check.
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.constFirst().constFirst().toString(), QStringLiteral("a"));
    }

    void ticksByItself()
    {
        UpdateCadence cadence;
        cadence.setTickInterval(10ms);
        QSignalSpy due(&cadence, &UpdateCadence::due);
        cadence.setInterval(QStringLiteral("a"), 1);
        m_clock->advanceSecs(61);
        QTRY_COMPARE(due.size(), 1);
    }

private:
    std::unique_ptr<ManualClock> m_clock;
};

QTEST_GUILESS_MAIN(TestUpdateCadence)
#include "testupdatecadence.moc"
