// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "demoincident.h"
#include "eventvalidator.h"
#include "projection.h"

#include <QFile>
#include <QTest>

using namespace Warroom;

class TestDemoIncident : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyEventIsValidAndTellsTheStory()
    {
        QFile file(QStringLiteral(WARROOM_SOURCE_DIR "/resources/runbooks/restore-database-backup.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        RunbookTemplate restore;
        Error error;
        QVERIFY(RunbookTemplate::parse(QString::fromUtf8(file.readAll()), &restore, &error));

        const QDateTime now(QDate(2026, 11, 21), QTime(15, 0), Qt::UTC);
        ManualClock clock(now);
        Clock::setInstance(&clock);
        const EventList events = DemoIncident::build(now, restore);
        QVERIFY(events.size() >= 30);

        Projection p;
        for (const Event &e : events) {
            const Error invalid = EventValidator::validate(e, p.incident(e.incident));
            QVERIFY2(!invalid, qPrintable(e.type + QStringLiteral(": ") + invalid.message));
            QVERIFY(!p.apply(e));
        }
        Clock::setInstance(nullptr);

        QCOMPARE(p.size(), 1);
        const IncidentState &s = *p.incident(events.first().incident);
        QCOMPARE(s.status(), Status::Mitigated);
        QCOMPARE(s.commander(), QStringLiteral("priya"));
        QCOMPARE(s.runbooks().size(), 1);
        QVERIFY(s.runbooks().at(0).doneCount() > 3);
        QVERIFY(s.runbooks().at(0).doneCount() < s.runbooks().at(0).steps.size());
        QVERIFY(s.metrics().timeToDetect.has_value());
        QVERIFY(s.metrics().timeToMitigate.has_value());
        QVERIFY(!s.metrics().timeToResolve.has_value());
        QCOMPARE(s.actions().size(), 2);
        QCOMPARE(s.chats().size(), 1);
        QCOMPARE(s.alerts().size(), 2);
        QVERIFY(std::any_of(
            s.timeline().cbegin(), s.timeline().cend(), [](const TimelineEntry &t) { return t.pinned; }));
        QVERIFY(std::any_of(s.timeline().cbegin(), s.timeline().cend(),
            [](const TimelineEntry &t) { return !t.history.isEmpty(); }));
        QCOMPARE(s.lastActivity(), now);
    }
};

QTEST_GUILESS_MAIN(TestDemoIncident)
#include "testdemoincident.moc"
