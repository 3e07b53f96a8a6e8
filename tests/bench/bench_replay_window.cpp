// SPDX-License-Identifier: GPL-3.0-or-later
// bench_replay_window [positions] [folder]: the real main window replaying a 100,000-event incident. Times a
// scrub as the person sees it — Session::setReplayTime, the panels' updates, and a synchronous repaint of
// the whole window — at random moments (a drag across the scrubber) and in small steps (play at 60×), beside
// baselines from the same run: a repaint with nothing changed (the floor), the same scrubs with every entry
// in the timeline's list, and with a reload of the incident view on each scrub (what every scrub cost when
// the panels reset). DESIGN §9: a scrub redraws within a frame.
//
//   QT_QPA_PLATFORM=offscreen ./bench_replay_window [positions] [folder]
#include "benchsupport.h"
#include "clock.h"
#include "incidentview.h"
#include "mainwindow.h"
#include "replayindex.h"
#include "replayview.h"
#include "session.h"
#include "sqlitestore.h"
#include "timelinemodel.h"
#include "timelinewidget.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <functional>
#include <memory>

using namespace Warroom;
using namespace Bench;

namespace {

constexpr int EventCount = 100000;
constexpr int DefaultPositions = 100;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// Runs @p step, lets the window handle what it posted, and repaints it synchronously; the time per call.
Timing timeFrames(QWidget *window, int count, const std::function<void(int)> &step)
{
    QList<double> ms;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        step(i);
        QApplication::processEvents();
        window->repaint();
        ms.append(msSince(timer));
    }
    return summarize(ms);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int positionCount = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : DefaultPositions;
    QTemporaryDir temporary;
    const QString folder = app.arguments().value(2, temporary.path());

    ManualClock clock(QDateTime::fromString(QStringLiteral("2026-11-21T22:00:00.000Z"), Qt::ISODateWithMs));
    Clock::setInstance(&clock);
    EventList events = makeIncidentLog(&clock, EventCount);
    const QString incident = events.first().incident;

    // Stored one event per append at its own moment, as the people on the call wrote them.
    const QString path = QDir(folder).filePath(QStringLiteral("bench-replay-window.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    Error error;
    std::unique_ptr<SqliteStore> store = SqliteStore::open(path, &error);
    if (!store) {
        print(QStringLiteral("cannot open %1: %2").arg(path, error.message));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    for (const Event &event : events) {
        clock.set(event.recordedAt);
        Event unsaved = event;
        unsaved.seq = 0;
        QList<AppendOutcome> outcomes;
        if (!store->append({unsaved}, &outcomes, &error)) {
            print(QStringLiteral("append failed: %1").arg(error.message));
            return 1;
        }
    }
    print(QStringLiteral("bench_replay_window: stored %1 events one per append in %2 s")
              .arg(events.size())
              .arg(msSince(timer) / 1000.0, 0, 'f', 1));
    clock.advanceSecs(60);
    // The window's memory, not the benchmark's copy of the log.
    const qsizetype eventCount = events.size();
    events.clear();
    events.squeeze();

    Session session(std::move(store), QStringLiteral("alice"));
    if (!session.load(&error)) {
        print(QStringLiteral("load failed: %1").arg(error.message));
        return 1;
    }
    MainWindow window(&session, path);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    IncidentView *view = window.findChild<IncidentView *>();
    timer.restart();
    window.replayView()->start(incident, &error);
    // start() selects nothing itself: the board's selection drives the incident view.
    view->setIncident(incident);
    QApplication::processEvents();
    window.repaint();
    print(QStringLiteral("replay started and first frame painted in %1 ms").arg(msSince(timer), 0, 'f', 1));
    if (!session.isReplaying()) {
        print(QStringLiteral("replay did not start: %1").arg(error.message));
        return 1;
    }

    const ReplaySpan span = session.replayIndex()->span(incident);
    QRandomGenerator random(20261122);
    QList<QDateTime> positions;
    for (int i = 0; i < positionCount; ++i)
        positions.append(span.first.addMSecs(qint64(random.bounded(double(span.first.msecsTo(span.last))))));

    const Timing floor = timeFrames(&window, positionCount, [](int) {});
    print(QStringLiteral("repaint of the window, nothing changed (floor): %1").arg(describe(floor)));

    const Timing drag
        = timeFrames(&window, positionCount, [&](int i) { session.setReplayTime(positions.at(i)); });
    print(QStringLiteral("scrub to a random moment: %1").arg(describe(drag)));

    // Play at 60×: 60 s of the incident per second, a frame every 50 ms (3 s of the log per frame), from the
    // middle of the incident.
    const QDateTime middle = span.first.addMSecs(span.first.msecsTo(span.last) / 2);
    const Timing play = timeFrames(
        &window, positionCount, [&](int i) { session.setReplayTime(middle.addMSecs(3000LL * i)); });
    print(QStringLiteral("play at 60× (3 s of the log per frame): %1").arg(describe(play)));

    // Baselines, the same moments: with every entry in the list (what Show Earlier leads to, and what each
    // scrub laid out before the replay showed a window of rows), and with a reload of the incident view on
    // each scrub, each panel from the whole incident (what every scrub did before the panels followed it).
    TimelineModel *model = view->findChild<TimelineWidget *>()->model();
    while (model->earlierCount() > 0)
        model->showEarlier();
    const Timing whole
        = timeFrames(&window, positionCount, [&](int i) { session.setReplayTime(positions.at(i)); });
    print(QStringLiteral("baseline, scrub with all %1 entries in the list: %2")
              .arg(model->rowCount())
              .arg(describe(whole)));
    const Timing reload = timeFrames(&window, positionCount, [&](int i) {
        session.setReplayTime(positions.at(i));
        view->setIncident({});
        view->setIncident(incident);
    });
    print(QStringLiteral("baseline, scrub with a reload of the incident view: %1").arg(describe(reload)));
    print(
        QStringLiteral("ratio to the scrub: all entries in the list mean %1×, p95 %2×; reload mean %3×, p95 "
                       "%4×; scrub p95 %5 the 16 ms frame")
            .arg(whole.mean / drag.mean, 0, 'f', 1)
            .arg(whole.p95 / drag.p95, 0, 'f', 1)
            .arg(reload.mean / drag.mean, 0, 'f', 1)
            .arg(reload.p95 / drag.p95, 0, 'f', 1)
            .arg(drag.p95 <= 16.0 ? QStringLiteral("within") : QStringLiteral("OVER")));
    print(QStringLiteral("RSS while replaying %1 events: %2 MiB").arg(eventCount).arg(rssMiB(), 0, 'f', 1));
    session.stopReplay();
    Clock::setInstance(nullptr);
    return 0;
}
