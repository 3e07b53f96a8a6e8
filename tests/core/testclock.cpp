// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QTest>

using namespace Warroom;

class TestClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void systemClockByDefault()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = Clock::now();
        QVERIFY(now >= before);
        QVERIFY(now <= QDateTime::currentDateTimeUtc());
        QCOMPARE(now.timeSpec(), Qt::UTC);
    }

    void manualClockReplacesAndRestores()
    {
        const QDateTime start(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC);
        ManualClock manual(start);
        Clock::setInstance(&manual);
        QCOMPARE(Clock::now(), start);
        manual.advanceSecs(90);
        QCOMPARE(Clock::now(), start.addSecs(90));
        manual.advanceMSecs(5);
        QCOMPARE(Clock::now(), start.addMSecs(90005));
        Clock::setInstance(nullptr);
        QVERIFY(Clock::now().date().year() >= 2024);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "testclock.moc"
