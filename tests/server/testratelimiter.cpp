// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <QTest>

using namespace Warroom;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstThenRefusal();
    void refillsAtTheRate();
    void retryAfterIsWholeSecondsAtLeastOne();
    void bucketsArePerKey();
    void disabledWithZeroRate();
    void pruneForgetsOnlyFullBuckets();
    void clockGoingBackDoesNotMintTokens();
};

void TestRateLimiter::burstThenRefusal()
{
    RateLimiter limiter(10, 5);
    int retry = -1;
    for (int i = 0; i < 5; ++i)
        QVERIFY2(limiter.allow(QStringLiteral("alice"), 1000, &retry), qPrintable(QString::number(i)));
    QVERIFY(!limiter.allow(QStringLiteral("alice"), 1000, &retry));
    QCOMPARE(retry, 1);
}

void TestRateLimiter::refillsAtTheRate()
{
    RateLimiter limiter(10, 2); // one token per 100 ms
    int retry = 0;
    QVERIFY(limiter.allow(QStringLiteral("a"), 0, &retry));
    QVERIFY(limiter.allow(QStringLiteral("a"), 0, &retry));
    QVERIFY(!limiter.allow(QStringLiteral("a"), 50, &retry));
    QVERIFY(limiter.allow(QStringLiteral("a"), 100, &retry)); // 0.5 + 0.5 tokens by now
    QVERIFY(!limiter.allow(QStringLiteral("a"), 150, &retry));
    // A long pause refills up to the burst, never beyond.
    for (int i = 0; i < 2; ++i)
        QVERIFY(limiter.allow(QStringLiteral("a"), 100000, &retry));
    QVERIFY(!limiter.allow(QStringLiteral("a"), 100000, &retry));
}

void TestRateLimiter::retryAfterIsWholeSecondsAtLeastOne()
{
    RateLimiter slow(0.25, 1); // one request per 4 s
    int retry = 0;
    QVERIFY(slow.allow(QStringLiteral("a"), 0, &retry));
    QVERIFY(!slow.allow(QStringLiteral("a"), 0, &retry));
    QCOMPARE(retry, 4);
    QVERIFY(!slow.allow(QStringLiteral("a"), 3500, &retry));
    QCOMPARE(retry, 1);
    QVERIFY(slow.allow(QStringLiteral("a"), 4000, &retry));
}

void TestRateLimiter::bucketsArePerKey()
{
    RateLimiter limiter(1, 1);
    int retry = 0;
    QVERIFY(limiter.allow(QStringLiteral("alice"), 0, &retry));
    QVERIFY(!limiter.allow(QStringLiteral("alice"), 0, &retry));
    QVERIFY(limiter.allow(QStringLiteral("bob"), 0, &retry));
    QCOMPARE(limiter.size(), 2);
}

void TestRateLimiter::disabledWithZeroRate()
{
    RateLimiter limiter(0, 1);
    QVERIFY(!limiter.isEnabled());
    int retry = 0;
    for (int i = 0; i < 1000; ++i)
        QVERIFY(limiter.allow(QStringLiteral("a"), 0, &retry));
    QCOMPARE(limiter.size(), 0);
}

void TestRateLimiter::pruneForgetsOnlyFullBuckets()
{
    RateLimiter limiter(1, 2);
    int retry = 0;
    QVERIFY(limiter.allow(QStringLiteral("old"), 0, &retry));
    QVERIFY(limiter.allow(QStringLiteral("busy"), 9000, &retry));
    QVERIFY(limiter.allow(QStringLiteral("busy"), 9000, &retry));
    limiter.prune(10000); // "old" refilled long ago, "busy" still has 1 of 2
    QCOMPARE(limiter.size(), 1);
    // The forgotten key starts with a full bucket again, as it would have had.
    QVERIFY(limiter.allow(QStringLiteral("old"), 10000, &retry));
    QVERIFY(limiter.allow(QStringLiteral("old"), 10000, &retry));
    QVERIFY(!limiter.allow(QStringLiteral("old"), 10000, &retry));
}

void TestRateLimiter::clockGoingBackDoesNotMintTokens()
{
    RateLimiter limiter(1, 1);
    int retry = 0;
    QVERIFY(limiter.allow(QStringLiteral("a"), 5000, &retry));
    QVERIFY(!limiter.allow(QStringLiteral("a"), 1000, &retry));
    QVERIFY(!limiter.allow(QStringLiteral("a"), 5500, &retry));
    QVERIFY(limiter.allow(QStringLiteral("a"), 6000, &retry));
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "testratelimiter.moc"
