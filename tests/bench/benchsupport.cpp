// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include "clock.h"
#include "eventfactory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Warroom;

namespace Bench {

namespace {
constexpr int RunbookSteps = 10;
}

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

double heapMiB()
{
#if defined(__GLIBC__)
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0); // small blocks and mmapped ones
#else
    return -1;
#endif
}

double rssMiB()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

EventList makeIncidentLog(ManualClock *clock, int count)
{
    const EventFactory alice(QStringLiteral("alice"));
    const EventFactory bob(QStringLiteral("bob"));
    EventList events;
    events.reserve(count);
    const auto store = [&](Event event) {
        event.seq = events.size() + 1;
        event.recordedAt = clock->nowUtc();
        events.append(event);
        clock->advanceMSecs(250);
    };
    const Event declared = alice.declare(QStringLiteral("Checkout latency above SLO"), Severity::Sev2,
        QStringLiteral("p99 over 2 s in eu-west"), {QStringLiteral("checkout")});
    const QString incident = declared.incident;
    store(declared);
    store(alice.assignRole(incident, QStringLiteral("commander"), QStringLiteral("alice")));
    QJsonArray steps;
    for (int s = 0; s < RunbookSteps; ++s) {
        steps.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("s%1").arg(s)},
            {QStringLiteral("text"), QStringLiteral("Remediation step %1").arg(s)},
            {QStringLiteral("gate"), s % 2 ? QStringLiteral("approval") : QStringLiteral("none")}});
    }
    const Event runbook = alice.attachRunbook(incident, QStringLiteral("Checkout latency"), steps);
    const QString runbookId = runbook.data.value(QStringLiteral("runbook")).toString();
    store(runbook);
    for (int s = 1; s < RunbookSteps; s += 2)
        store(alice.approveStep(incident, runbookId, QStringLiteral("s%1").arg(s)));

    QList<bool> checked(RunbookSteps, false);
    QStringList notes;
    const Status cycle[] = {Status::Identified, Status::Mitigated, Status::Investigating};
    int statusIndex = 0;
    for (int i = int(events.size()); i < count; ++i) {
        if (i % 2000 == 0) {
            store(alice.setStatus(incident, cycle[statusIndex++ % 3], QStringLiteral("update %1").arg(i)));
        } else if (i % 500 == 0 && !notes.isEmpty()) {
            store(alice.pinNote(incident, notes.at(notes.size() - 3), true));
        } else if (i % 50 == 0 && notes.size() > 10) {
            store(bob.editNote(
                incident, notes.at(notes.size() - 5), QStringLiteral("Edited observation %1").arg(i)));
        } else if (i % 20 == 0) {
            const int s = (i / 20) % RunbookSteps;
            const QString step = QStringLiteral("s%1").arg(s);
            store(checked[s] ? bob.uncheckStep(incident, runbookId, step, QStringLiteral("redo"))
                             : bob.checkStep(incident, runbookId, step, QStringLiteral("done")));
            checked[s] = !checked[s];
        } else {
            const QDateTime at = i % 97 == 0 ? clock->nowUtc().addSecs(-600) : QDateTime();
            const Event note = bob.addNote(incident,
                QStringLiteral(
                    "Observation %1: error rate still at 3%, watching the canary pods in eu-west-1b.")
                    .arg(i),
                i % 7 == 0 ? NoteKind::Decision : NoteKind::Note, at);
            notes.append(note.id);
            store(note);
        }
    }
    return events;
}

Timing summarize(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Timing t;
    for (double v : std::as_const(ms))
        t.mean += v;
    t.mean /= double(ms.size());
    t.p50 = ms.at(ms.size() / 2);
    t.p95 = ms.at(std::min<qsizetype>(ms.size() - 1, ms.size() * 95 / 100));
    t.max = ms.last();
    return t;
}

QString describe(const Timing &t)
{
    return QStringLiteral("mean %1 ms, p50 %2 ms, p95 %3 ms, max %4 ms")
        .arg(t.mean, 0, 'f', 2)
        .arg(t.p50, 0, 'f', 2)
        .arg(t.p95, 0, 'f', 2)
        .arg(t.max, 0, 'f', 2);
}

} // namespace Bench
