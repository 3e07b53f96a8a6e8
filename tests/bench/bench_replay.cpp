// SPDX-License-Identifier: GPL-3.0-or-later
// bench_replay [positions]: a 100,000-event incident; the time to scrub to a random moment
// (ReplayIndex::stateAt) with checkpoints at several intervals and without any, beside a plain fold of the
// same prefix, in the same run; the fold of the whole log; and the process's resident memory at each stage
// (DESIGN §7: fold ≤ 200 ms, scrub ≤ 16 ms, ≤ 200 MB with a 100,000-event incident).
#include "benchsupport.h"
#include "clock.h"
#include "replayindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <memory>

using namespace Warroom;
using namespace Bench;

namespace {

constexpr int EventCount = 100000;
constexpr int DefaultPositions = 200;

/// Times stateAt() at each position (the state is used, so that nothing is optimised away).
Timing scrub(const ReplayIndex &index, const QList<QDateTime> &positions, const QString &incident)
{
    QList<double> ms;
    qsizetype sink = 0;
    for (const QDateTime &t : positions) {
        QElapsedTimer timer;
        timer.start();
        const Projection state = index.stateAt(t);
        if (const IncidentState *s = state.incident(incident))
            sink += s->timeline().size();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    if (sink < 0)
        print(QStringLiteral("impossible"));
    return summarize(ms);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int positionCount = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : DefaultPositions;
    ManualClock clock(QDateTime::fromString(QStringLiteral("2026-11-21T22:00:00.000Z"), Qt::ISODateWithMs));
    Clock::setInstance(&clock);

    const double rssStart = rssMiB();
    EventList events = makeIncidentLog(&clock, EventCount);
    const QString incident = events.first().incident;
    const double rssEvents = rssMiB();
    const double heapEvents = heapMiB();
    print(QStringLiteral(
        "bench_replay: %1 events of one incident, %2 random scrub positions; RSS %3 MiB at start, "
        "%4 MiB with the events in memory")
              .arg(events.size())
              .arg(positionCount)
              .arg(rssStart, 0, 'f', 1)
              .arg(rssEvents, 0, 'f', 1));

    // The live fold, as Session does it.
    QElapsedTimer timer;
    timer.start();
    Projection live;
    for (const Event &event : events)
        live.apply(event);
    const double foldMs = double(timer.nsecsElapsed()) / 1e6;
    const double rssLive = rssMiB();
    const double heapLive = heapMiB();
    print(QStringLiteral(
        "fold of the whole log (Projection): %1 ms, %2 timeline entries; RSS %3 MiB (+%4 MiB of heap "
        "for the live state)")
              .arg(foldMs, 0, 'f', 1)
              .arg(live.incident(incident)->timeline().size())
              .arg(rssLive, 0, 'f', 1)
              .arg(heapLive - heapEvents, 0, 'f', 1));

    // Positions: moments between the first and the last event, the same for every variant.
    QRandomGenerator random(20261121);
    QList<QDateTime> positions;
    const QDateTime first = events.first().recordedAt;
    const qint64 span = first.msecsTo(events.last().recordedAt);
    for (int i = 0; i < positionCount; ++i)
        positions.append(first.addMSecs(qint64(random.bounded(double(span)))));

    // Without checkpoints first: its memory is the events' copy and the latest fold, the baseline of the
    // rest.
    double heapBefore = heapMiB();
    timer.restart();
    auto plainIndex = std::make_unique<ReplayIndex>(0);
    plainIndex->append(events);
    const double plainBuildMs = double(timer.nsecsElapsed()) / 1e6;
    const double plainHeap = heapMiB() - heapBefore;
    print(QStringLiteral("replay index without checkpoints: built in %1 ms, +%2 MiB of heap (the log, "
                         "compacted, and its fold)")
              .arg(plainBuildMs, 0, 'f', 1)
              .arg(plainHeap, 0, 'f', 1));

    struct Row
    {
        int interval;
        double buildMs;
        double heap;
        Timing timing;
        qsizetype checkpoints;
    };
    QList<Row> rows;
    for (int interval : {250, 500, 1000, 4000}) {
        heapBefore = heapMiB();
        timer.restart();
        auto index = std::make_unique<ReplayIndex>(interval);
        index->append(events);
        const double buildMs = double(timer.nsecsElapsed()) / 1e6;
        const double heap = heapMiB() - heapBefore;
        const Timing timing = scrub(*index, positions, incident);
        rows.append({interval, buildMs, heap, timing, index->checkpointCount()});
        print(QStringLiteral(
            "scrub with checkpoints every %1 events (%2 checkpoints; built in %3 ms, +%4 MiB of heap, of "
            "which checkpoints %5 MiB): %6")
                  .arg(interval)
                  .arg(index->checkpointCount())
                  .arg(buildMs, 0, 'f', 1)
                  .arg(heap, 0, 'f', 1)
                  .arg(heap - plainHeap, 0, 'f', 1)
                  .arg(describe(timing)));
    }

    const Timing without = scrub(*plainIndex, positions, incident);
    print(QStringLiteral("scrub without checkpoints (folds the prefix): %1").arg(describe(without)));

    // The plain fold of the same prefixes, outside ReplayIndex: what "without checkpoints" must match.
    QList<double> plainMs;
    for (const QDateTime &t : std::as_const(positions)) {
        QElapsedTimer fold;
        fold.start();
        Projection prefix;
        for (const Event &event : events) {
            if (event.recordedAt > t)
                break;
            prefix.apply(event);
        }
        plainMs.append(double(fold.nsecsElapsed()) / 1e6);
    }
    print(QStringLiteral("plain fold of the prefix (Projection, no index): %1")
              .arg(describe(summarize(plainMs))));

    for (const Row &row : std::as_const(rows)) {
        print(QStringLiteral(
            "ratio without / with checkpoints every %1: mean %2×, p95 %3×; p95 %4 the 16 ms budget")
                  .arg(row.interval)
                  .arg(without.mean / row.timing.mean, 0, 'f', 0)
                  .arg(without.p95 / row.timing.p95, 0, 'f', 0)
                  .arg(row.timing.p95 <= 16.0 ? QStringLiteral("within") : QStringLiteral("OVER")));
    }

    // What the app holds while replaying a 100,000-event incident (Session::startReplay): the log only inside
    // the index, the live state sharing the index's fold, the default checkpoints and the state shown.
    plainIndex.reset();
    auto index = std::make_unique<ReplayIndex>();
    index->append(events);
    live = index->latest();
    events.clear();
    events.squeeze();
    const Projection shown = index->stateAt(positions.first());
    print(QStringLiteral(
        "while replaying (the log in the index, the live state shared with its fold, checkpoints every "
        "%1, a replayed state): heap %2 MiB, RSS %3 MiB; budget 200 MB for the whole app")
              .arg(ReplayIndex::DefaultCheckpointInterval)
              .arg(heapMiB(), 0, 'f', 1)
              .arg(rssMiB(), 0, 'f', 1));
    Clock::setInstance(nullptr);
    return shown.size() == 1 ? 0 : 1;
}
