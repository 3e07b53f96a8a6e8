// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline with a 100,000-event incident: time to first paint, memory and time to scroll a page, beside
// a bare QListView of as many strings in the same run. Prints figures; not a CTest test.
//
//   QT_QPA_PLATFORM=offscreen ./bench_timeline [--entries N] [--pages N] [folder]
#include "clock.h"
#include "eventfactory.h"
#include "session.h"
#include "sqlitestore.h"
#include "timelinefiltermodel.h"
#include "timelinewidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTextStream>

#include <malloc.h>

#include <cstdio>
#include <memory>

using namespace Warroom;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// Resident set size of this process in MiB (VmRSS of /proc/self/status).
double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/// Heap in use in MiB (glibc mallinfo2): unlike RSS, it does not hide memory reused from freed blocks.
double heapMiB()
{
    return double(mallinfo2().uordblks) / (1024.0 * 1024.0);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// A realistic mix: mostly one-line notes, some long enough to wrap, some pasted terminal output.
QString textFor(int i)
{
    static const QStringList phrases {
        QStringLiteral("p99 latency on checkout at %1 ms"),
        QStringLiteral("restarted api-%1, errors continue"),
        QStringLiteral("error rate %1 per minute on /orders"),
        QStringLiteral("replica lag %1 s, watching it"),
        QStringLiteral("customer reports from support: %1 tickets about missing order history so far, mostly "
                       "from the EU region, none from the US yet; comms is drafting the status page update"),
    };
    if (i % 97 == 0)
        return QStringLiteral(
            "$ kubectl get pods -l app=api\nNAME      READY   STATUS\n  api-%1   1/1     Running\n"
            "  api-%2   0/1     CrashLoopBackOff")
            .arg(i % 7)
            .arg(i % 5);
    return phrases.at(i % phrases.size()).arg(i);
}

struct Figures
{
    std::unique_ptr<QWidget> widget; // kept alive, so the next measurement cannot reuse its memory
    double firstPaintMs = 0;
    double rssBefore = 0;
    double rssAfter = 0;
    double heapBefore = 0;
    double heapAfter = 0;
    double pageMs = 0;
};

/// Scrolls @p view down one page @p pages times, repainting each time; the mean time per page.
double scrollPages(QAbstractItemView *view, int pages)
{
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(0);
    QApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < pages; ++i) {
        bar->setValue(bar->value() + bar->pageStep());
        view->viewport()->repaint();
    }
    return msSince(timer) / pages;
}

template<typename MakeWidget> Figures measure(MakeWidget make, int pages)
{
    Figures f;
    f.rssBefore = rssMiB();
    f.heapBefore = heapMiB();
    QElapsedTimer timer;
    timer.start();
    f.widget = make();
    f.widget->resize(1000, 800);
    f.widget->show();
    QApplication::processEvents();
    (void)f.widget->grab();
    f.firstPaintMs = msSince(timer);
    f.rssAfter = rssMiB();
    f.heapAfter = heapMiB();
    auto *view = f.widget->findChild<QAbstractItemView *>();
    if (!view)
        view = qobject_cast<QAbstractItemView *>(f.widget.get());
    f.pageMs = scrollPages(view, pages);
    f.widget->hide();
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("entries"), QStringLiteral("Timeline events to create."),
        QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("pages"), QStringLiteral("Pages to scroll."), QStringLiteral("n"),
        QStringLiteral("200")});
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where to put the database."));
    parser.process(app);
    const int entries = parser.value(QStringLiteral("entries")).toInt();
    const int pages = parser.value(QStringLiteral("pages")).toInt();
    QTemporaryDir temporary;
    const QString folder = parser.positionalArguments().value(0, temporary.path());

    // The log: one incident, `entries` notes two seconds apart (so it spans days), written straight into the
    // store in big batches; a few edits, pins and retractions among them.
    const QDateTime start = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
    ManualClock clock(start);
    Clock::setInstance(&clock);
    Error error;
    const QString path = QDir(folder).filePath(QStringLiteral("bench-timeline.sqlite"));
    QFile::remove(path);
    std::unique_ptr<SqliteStore> store = SqliteStore::open(path, &error);
    if (!store) {
        out() << "cannot open " << path << ": " << error.message << Qt::endl;
        return 1;
    }
    const EventFactory alice(QStringLiteral("alice"));
    const EventFactory bob(QStringLiteral("bob"));
    const NoteKind kinds[]
        = {NoteKind::Note, NoteKind::Observation, NoteKind::Action, NoteKind::Decision, NoteKind::Evidence};
    QElapsedTimer timer;
    timer.start();
    const Event declared
        = alice.declare(QStringLiteral("Order history missing after JSON migration"), Severity::Sev1);
    const QString incident = declared.incident;
    EventList batch {declared};
    constexpr int BatchSize = 5000;
    QString lastNote;
    for (int i = 1; i < entries; ++i) {
        const QDateTime at = start.addSecs(2 * i);
        const EventFactory &who = i % 3 ? alice : bob;
        Event event;
        if (i % 50 == 0 && !lastNote.isEmpty()) {
            event = who.pinNote(incident, lastNote, true);
            lastNote.clear();
        } else if (i % 101 == 0 && !lastNote.isEmpty()) {
            event = who.editNote(incident, lastNote, textFor(i) + QStringLiteral(" (corrected)"));
        } else if (i % 211 == 0 && !lastNote.isEmpty()) {
            event = who.retractNote(incident, lastNote, QStringLiteral("wrong dashboard"));
            lastNote.clear();
        } else {
            event = who.addNote(incident, textFor(i), kinds[i % 5], at);
            lastNote = event.id;
        }
        event.at = at;
        batch.append(event);
        if (batch.size() == BatchSize) {
            QList<AppendOutcome> outcomes;
            if (!store->append(batch, &outcomes, &error)) {
                out() << "append failed: " << error.message << Qt::endl;
                return 1;
            }
            batch.clear();
        }
    }
    QList<AppendOutcome> outcomes;
    if (!batch.isEmpty() && !store->append(batch, &outcomes, &error)) {
        out() << "append failed: " << error.message << Qt::endl;
        return 1;
    }
    out() << "stored " << entries << " events in " << qRound(msSince(timer)) << " ms" << Qt::endl;

    clock.set(start.addSecs(2 * entries + 60));
    const double rssStart = rssMiB();
    timer.restart();
    Session session(std::move(store), QStringLiteral("alice"));
    if (!session.load(&error)) {
        out() << "load failed: " << error.message << Qt::endl;
        return 1;
    }
    const IncidentState *state = session.projection().incident(incident);
    out() << "session load + fold: " << qRound(msSince(timer)) << " ms, " << state->timeline().size()
          << " timeline entries, RSS " << rssStart << " -> " << rssMiB() << " MiB" << Qt::endl;

    constexpr int Arrivals = 20;
    Figures timeline = measure(
        [&] {
            auto widget = std::make_unique<TimelineWidget>(&session);
            widget->setIncident(incident);
            return std::unique_ptr<QWidget>(std::move(widget));
        },
        pages);

    QStringList strings;
    strings.reserve(state->timeline().size());
    for (const TimelineEntry &entry : state->timeline())
        strings << entry.text;
    Figures bare = measure(
        [&] {
            auto *model = new QStringListModel(strings);
            auto view = std::make_unique<QListView>();
            model->setParent(view.get());
            view->setModel(model);
            return std::unique_ptr<QWidget>(std::move(view));
        },
        pages);

    // One more entry arriving while 100,000 are shown: insert, re-layout and repaint.
    TimelineWidget *widget = qobject_cast<TimelineWidget *>(timeline.widget.get());
    auto *view = widget->findChild<QListView *>(QStringLiteral("timelineView"));
    widget->show();
    QApplication::processEvents();
    timer.restart();
    for (int i = 0; i < Arrivals; ++i) {
        clock.advanceSecs(1);
        if (!session.submit(alice.addNote(incident, QStringLiteral("live entry %1").arg(i)), &error)) {
            out() << "submit failed: " << error.message << Qt::endl;
            return 1;
        }
        QApplication::processEvents();
        widget->repaint();
    }
    const double arrivalMs = msSince(timer) / Arrivals;
    widget->hide();

    // The same for the bare list: a row appended to its model, laid out and painted.
    auto *bareView = qobject_cast<QListView *>(bare.widget.get());
    bareView->show();
    QApplication::processEvents();
    timer.restart();
    for (int i = 0; i < Arrivals; ++i) {
        QAbstractItemModel *model = bareView->model();
        const int row = model->rowCount();
        model->insertRows(row, 1);
        model->setData(model->index(row, 0), QStringLiteral("live entry %1").arg(i));
        QApplication::processEvents();
        bareView->scrollToBottom();
        bareView->repaint();
    }
    const double bareArrivalMs = msSince(timer) / Arrivals;
    bareView->hide();
    widget->show();
    QApplication::processEvents();
    timer.restart();
    widget->filterModel()->setSearchText(QStringLiteral("crashloop"));
    QApplication::processEvents();
    widget->repaint();
    const double searchMs = msSince(timer);
    const int found = widget->filterModel()->rowCount();
    widget->filterModel()->setSearchText({});
    QApplication::processEvents();
    view->doItemsLayout();
    // A narrower window re-wraps every row (QListView waits 100 ms after a resize; the layout is forced
    // here).
    timer.restart();
    widget->resize(700, 800);
    QApplication::processEvents();
    view->doItemsLayout();
    widget->repaint();
    const double resizeMs = msSince(timer);

    // The same without any view listening: the Session's own share of a live entry.
    timeline.widget.reset();
    bare.widget.reset();
    // One entry through the Session alone (validate, append, fold): the part no widget can make faster.
    timer.restart();
    for (int i = 0; i < Arrivals; ++i) {
        clock.advanceSecs(1);
        if (!session.submit(alice.addNote(incident, QStringLiteral("no view %1").arg(i)), &error)) {
            out() << "submit failed: " << error.message << Qt::endl;
            return 1;
        }
    }
    const double submitMs = msSince(timer) / Arrivals;

    const auto line = [](const char *what, double timelineValue, double bareValue, const char *unit) {
        out() << qSetFieldWidth(26) << Qt::left << what << qSetFieldWidth(0) << "timeline "
              << QString::number(timelineValue, 'f', 1) << ' ' << unit << "   bare QListView "
              << QString::number(bareValue, 'f', 1) << ' ' << unit << "   ratio "
              << QString::number(bareValue > 0 ? timelineValue / bareValue : 0, 'f', 2) << Qt::endl;
    };
    out() << "rows: " << state->timeline().size() << ", window 1000x800, " << pages << " pages scrolled"
          << Qt::endl;
    line("first paint", timeline.firstPaintMs, bare.firstPaintMs, "ms");
    line("memory added (RSS)", timeline.rssAfter - timeline.rssBefore, bare.rssAfter - bare.rssBefore, "MiB");
    line("memory added (heap)", timeline.heapAfter - timeline.heapBefore, bare.heapAfter - bare.heapBefore,
        "MiB");
    line("scroll one page", timeline.pageMs, bare.pageMs, "ms");
    out() << "RSS with the incident open: " << QString::number(timeline.rssAfter, 'f', 1) << " MiB"
          << Qt::endl;
    out() << "one entry through the Session alone: " << QString::number(submitMs, 'f', 1) << " ms"
          << Qt::endl;
    line("one live entry", arrivalMs, bareArrivalMs, "ms");
    out() << "  (timeline: Session + insert + layout of every row + paint; bare: insert + layout + paint)"
          << Qt::endl;
    out() << "search \"crashloop\" over all entries: " << QString::number(searchMs, 'f', 1) << " ms ("
          << found << " found)" << Qt::endl;
    out() << "resize to 700 px wide (re-wrap every row): " << QString::number(resizeMs, 'f', 1) << " ms"
          << Qt::endl;
    Clock::setInstance(nullptr);
    return 0;
}
