// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the replay benchmarks share: the 100,000-event incident they replay, memory readings and timing
// summaries. Benchmarks print figures; they are not CTest tests.
#include "event.h"

#include <QList>
#include <QString>

namespace Warroom {
class ManualClock;
}

namespace Bench {

/// Prints one line to stdout and flushes it (a long run shows its progress).
void print(const QString &line);
/// Heap in use in MiB (glibc): unlike RSS it does not hide blocks freed and reused, so the difference
/// between two readings is what was allocated in between.
double heapMiB();
/// Resident set size of this process in MiB (Linux), or -1; memory freed before is handed back first.
double rssMiB();

/// A long real incident of @p count events: declared, a commander, a runbook of which every other step needs
/// the commander's go; then mostly notes (every 97th back-dated), and every 20th event a step change, every
/// 50th an edit, every 500th a pin, every 2,000th a status change. Recorded one event at a time, 250 ms
/// apart on @p clock (seq and recordedAt set as a store would).
Warroom::EventList makeIncidentLog(Warroom::ManualClock *clock, int count = 100000);

struct Timing
{
    double mean = 0;
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};
Timing summarize(QList<double> ms);
/// "mean … ms, p50 … ms, p95 … ms, max … ms".
QString describe(const Timing &t);

} // namespace Bench
