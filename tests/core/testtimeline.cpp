// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Warroom;

namespace {

const QDateTime T0(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC);

TimelineEntry makeEntry(const QString &id, qint64 secondsAfterT0, const QString &text = {})
{
    TimelineEntry entry;
    entry.id = id;
    entry.at = T0.addSecs(secondsAfterT0);
    entry.text = text.isEmpty() ? QStringLiteral("entry %1").arg(id) : text;
    return entry;
}

QString idOf(int n)
{
    return QStringLiteral("id-%1").arg(n, 6, 10, QLatin1Char('0'));
}

/// The same entries, in the same order, with the same texts.
bool sameEntries(const Timeline &timeline, const QList<TimelineEntry> &expected)
{
    if (timeline.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const TimelineEntry &entry = timeline.at(i);
        if (entry.id != expected.at(i).id || entry.text != expected.at(i).text
            || entry.at != expected.at(i).at || entry.pinned != expected.at(i).pinned)
            return false;
    }
    return true;
}

QList<TimelineEntry> toList(const Timeline &timeline)
{
    return QList<TimelineEntry>(timeline.cbegin(), timeline.cend());
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyTimeline()
    {
        const Timeline timeline;
        QVERIFY(timeline.isEmpty());
        QCOMPARE(timeline.size(), 0);
        QVERIFY(timeline.begin() == timeline.end());
        QCOMPARE(timeline.indexOf(QStringLiteral("nothing")), -1);
        QCOMPARE(timeline.find(QStringLiteral("nothing")), nullptr);
    }

    void appendsInOrderAcrossChunks()
    {
        Timeline timeline;
        const int count = int(Timeline::ChunkSize) * 3 + 17;
        for (int i = 0; i < count; ++i)
            QCOMPARE(timeline.insert(makeEntry(idOf(i), i)), qsizetype(i));
        QCOMPARE(timeline.size(), count);
        QCOMPARE(timeline.chunkCount(), 4);
        QCOMPARE(timeline.first().id, idOf(0));
        QCOMPARE(timeline.constLast().id, idOf(count - 1));
        for (int i = 0; i < count; ++i) {
            QCOMPARE(timeline.at(i).id, idOf(i));
            QCOMPARE(timeline.indexOf(idOf(i)), qsizetype(i));
        }
        // Range-for, std algorithms and both directions of the iterator.
        int n = 0;
        for (const TimelineEntry &entry : timeline)
            QCOMPARE(entry.id, idOf(n++));
        QCOMPARE(n, count);
        QVERIFY(std::any_of(timeline.cbegin(), timeline.cend(),
            [&](const TimelineEntry &entry) { return entry.id == idOf(count / 2); }));
        QCOMPARE(std::distance(timeline.begin(), timeline.end()), qsizetype(count));
        auto it = timeline.end();
        --it;
        QCOMPARE(it->id, idOf(count - 1));
        std::advance(it, -int(Timeline::ChunkSize));
        QCOMPARE(it->id, idOf(count - 1 - int(Timeline::ChunkSize)));
    }

    void backDatedEntriesTakeTheirPlace()
    {
        // Random times with ties: the order is (at, id) whatever the arrival order, as a sorted list says.
        QRandomGenerator random(42);
        Timeline timeline;
        QList<TimelineEntry> expected;
        for (int i = 0; i < 3000; ++i) {
            const TimelineEntry entry = makeEntry(idOf(int(random.bounded(1000000))) + QString::number(i),
                random.bounded(600), QStringLiteral("t%1").arg(i));
            const qsizetype position = timeline.insert(entry);
            QCOMPARE(timeline.at(position).id, entry.id);
            expected.append(entry);
        }
        std::sort(expected.begin(), expected.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
            return a.at < b.at || (a.at == b.at && a.id < b.id);
        });
        QVERIFY(sameEntries(timeline, expected));
        QCOMPARE(toList(timeline).size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(timeline.indexOf(expected.at(i).id), i);
        // Inserts in the middle split chunks rather than letting one grow without bound.
        QVERIFY(timeline.chunkCount() >= expected.size() / (2 * Timeline::ChunkSize));
    }

    void modifyChangesOneEntry()
    {
        Timeline timeline;
        for (int i = 0; i < 600; ++i)
            timeline.insert(makeEntry(idOf(i), i));
        timeline.modify(300).text = QStringLiteral("edited");
        timeline.modify(300).pinned = true;
        QCOMPARE(timeline.at(300).text, QStringLiteral("edited"));
        QVERIFY(timeline.find(idOf(300))->pinned);
        QCOMPARE(timeline.at(299).text, QStringLiteral("entry %1").arg(idOf(299)));
    }

    void snapshotIsNotChangedByTheLiveTimeline()
    {
        Timeline live;
        for (int i = 0; i < 700; ++i)
            live.insert(makeEntry(idOf(i), i * 10));
        const Timeline snapshot = live;
        const QList<TimelineEntry> before = toList(snapshot);

        // Appends (into the shared last chunk and new ones), back-dated inserts into shared chunks, edits.
        for (int i = 700; i < 1300; ++i)
            live.insert(makeEntry(idOf(i), i * 10));
        for (int i = 0; i < 50; ++i)
            live.insert(makeEntry(QStringLiteral("late-%1").arg(i), i * 97 + 5));
        live.modify(3).text = QStringLiteral("changed live");
        live.modify(live.indexOf(idOf(650))).pinned = true;

        QVERIFY(sameEntries(snapshot, before));
        QCOMPARE(snapshot.size(), 700);
        QCOMPARE(snapshot.indexOf(idOf(900)), -1);
        QCOMPARE(snapshot.indexOf(QStringLiteral("late-3")), -1);
        QCOMPARE(snapshot.indexOf(idOf(650)), 650);
        QVERIFY(!snapshot.find(idOf(650))->pinned);
        QCOMPARE(live.size(), 1350);
        QVERIFY(live.find(idOf(650))->pinned);

        // And the other way round: changing the snapshot leaves the live one alone.
        Timeline copy = snapshot;
        copy.modify(0).text = QStringLiteral("changed copy");
        QCOMPARE(snapshot.at(0).text, before.at(0).text);
        QCOMPARE(live.at(0).text, before.at(0).text);
    }

    void sharedIndexFindsOnlyOwnEntries()
    {
        Timeline live;
        for (int i = 0; i < 500; ++i)
            live.insert(makeEntry(idOf(i), i));
        Timeline snapshot = live;
        for (int i = 500; i < 900; ++i)
            live.insert(makeEntry(idOf(i), i - 400)); // back-dated among the snapshot's entries
        snapshot.shareIndex(live);
        for (int i = 0; i < 500; ++i)
            QCOMPARE(snapshot.indexOf(idOf(i)), qsizetype(i));
        for (int i = 500; i < 900; ++i)
            QCOMPARE(snapshot.indexOf(idOf(i)), -1);
        // It may still grow on its own.
        snapshot.insert(makeEntry(QStringLiteral("own"), 1000));
        QCOMPARE(snapshot.indexOf(QStringLiteral("own")), 500);
        QCOMPARE(live.indexOf(QStringLiteral("own")), -1);
    }

    void commonPrefixFindsTheFirstChange()
    {
        Timeline base;
        for (int i = 0; i < 1000; ++i)
            base.insert(makeEntry(idOf(i), i * 10));
        QCOMPARE(base.commonPrefixLength(base), 1000);
        Timeline later = base;
        for (int i = 1000; i < 1100; ++i)
            later.insert(makeEntry(idOf(i), i * 10));
        QCOMPARE(base.commonPrefixLength(later), 1000);
        QCOMPARE(later.commonPrefixLength(base), 1000);
        Timeline edited = later;
        edited.modify(700).text = QStringLiteral("edited");
        QCOMPARE(later.commonPrefixLength(edited), 700);
        Timeline backDated = later;
        backDated.insert(makeEntry(QStringLiteral("late"), 2995)); // between entries 299 and 300
        QCOMPARE(later.commonPrefixLength(backDated), 300);
        // Equal entries made separately (a state folded again from a checkpoint) count as the same.
        Timeline refolded;
        for (int i = 0; i < 1050; ++i)
            refolded.insert(makeEntry(idOf(i), i * 10));
        QCOMPARE(refolded.commonPrefixLength(later), 1050);
        QCOMPARE(Timeline().commonPrefixLength(later), 0);
    }

    void idIndexPersistence()
    {
        Detail::IdIndex index;
        for (int i = 0; i < 5000; ++i)
            index.insert(idOf(i), i);
        const Detail::IdIndex copy = index;
        for (int i = 5000; i < 10000; ++i)
            index.insert(idOf(i), i);
        index.insert(idOf(7), 700);
        QCOMPARE(index.size(), 10000);
        QCOMPARE(copy.size(), 5000);
        qint64 value = 0;
        QVERIFY(copy.find(idOf(7), &value));
        QCOMPARE(value, 7);
        QVERIFY(index.find(idOf(7), &value));
        QCOMPARE(value, 700);
        QVERIFY(!copy.find(idOf(7000), &value));
        for (int i = 0; i < 10000; i += 37) {
            QVERIFY(index.find(idOf(i), &value));
            QCOMPARE(value, i == 7 ? 700 : i);
        }
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "testtimeline.moc"
