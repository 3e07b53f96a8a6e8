// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <QTest>

using namespace Warroom;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backoffDoublesUpToTheCap()
    {
        QCOMPARE(RetryPolicy::backoffMs(500, 30000, 1), 500);
        QCOMPARE(RetryPolicy::backoffMs(500, 30000, 2), 1000);
        QCOMPARE(RetryPolicy::backoffMs(500, 30000, 7), 30000); // 32,000 capped
        QCOMPARE(RetryPolicy::backoffMs(500, 30000, 10000), 30000); // no overflow however long the outage
        QCOMPARE(RetryPolicy::backoffMs(500, 30000, 0), 500);
    }

    void jitterStaysWithinItsSpreadAndSpreads()
    {
        int lowest = 1000000;
        int highest = 0;
        for (int i = 0; i < 2000; ++i) {
            const int ms = RetryPolicy::withJitter(1000, 20);
            QVERIFY2(ms >= 800 && ms <= 1200, qPrintable(QString::number(ms)));
            lowest = std::min(lowest, ms);
            highest = std::max(highest, ms);
        }
        QVERIFY(highest - lowest > 200); // not one fixed delay for every client
        QCOMPARE(RetryPolicy::withJitter(0, 20), 0);
        QCOMPARE(RetryPolicy::withJitter(1000, 0), 1000);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "testretrypolicy.moc"
