// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardmodel.h"
#include "boardwidget.h"
#include "clock.h"
#include "eventfactory.h"
#include "incidentview.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "replaybar.h"
#include "replayview.h"
#include "runbookmodel.h"
#include "runbookpanel.h"
#include "session.h"
#include "sqlitestore.h"
#include "swimlanechart.h"
#include "timelinemodel.h"
#include "timelinewidget.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include "../darkpalette.h"
#include <QToolButton>

#include <memory>

using namespace Warroom;
using namespace std::chrono_literals;

namespace {

const QDateTime Now(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC);

} // namespace

/// The replay through the real window: the demo incident, Incident → Replay Incident, the scrubber, key
/// moments, play, the read-only refusal and back to live (issue 6).
class TestReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void scrubShowsThePastReadOnly();
    void keyMomentsAndPlay();
    void shortcutsAndChart();
    void boardAndLiveEventsWhileReplaying();
    void longTimelineMovesByRows();
    void screenshots_data();
    void screenshots();

private:
    template<typename T> T *child(const QString &name) const
    {
        auto *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning() << "no child" << name;
        return found;
    }
    void enterReplay();
    /// The slider position for @p minutes after the demo's start.
    [[nodiscard]] int sliderValueAt(double minutes) const;
    [[nodiscard]] QDateTime demoStart() const { return Now.addSecs(-52 * 60); }
    [[nodiscard]] QModelIndex stepIndex(const QString &stepId) const;
    [[nodiscard]] QString headerStatus() const
    {
        return child<QComboBox>(QStringLiteral("statusComboBox"))->currentText();
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_demo;
    QPalette m_light;
};

void TestReplay::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_light = QApplication::style()->standardPalette();
    QApplication::setPalette(m_light);
}

void TestReplay::init()
{
    m_clock = std::make_unique<ManualClock>(Now);
    Clock::setInstance(m_clock.get());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Error error;
    const QString path = m_dir->filePath(QStringLiteral("warroom.sqlite"));
    auto store = SqliteStore::open(path, &error);
    QVERIFY2(store, qPrintable(error.message));
    m_session = std::make_unique<Session>(std::move(store), QStringLiteral("tester"));
    QVERIFY(m_session->load(&error));
    // The demo is stored in one append, ending now: replay unfolds it along its 52 minutes.
    m_demo = m_session->addDemoIncident(&error);
    QVERIFY2(!m_demo.isEmpty(), qPrintable(error.message));
    MessageBox::setRecordWarnings(true);
    m_window = std::make_unique<MainWindow>(m_session.get(), path);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->boardWidget()->selectIncident(m_demo);
    QCOMPARE(m_window->incidentView()->incident(), m_demo);
}

void TestReplay::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_dir.reset();
    MessageBox::setRecordWarnings(false);
    Clock::setInstance(nullptr);
    m_clock.reset();
    QApplication::setPalette(m_light);
}

void TestReplay::longTimelineMovesByRows()
{
    // The declaration and 2,600 notes in 26 writes a minute apart: the replay can stop between two writes.
    Error error;
    const EventFactory me(QStringLiteral("tester"));
    const Event declared = me.declare(QStringLiteral("Order history missing"), Severity::Sev2);
    QVERIFY2(m_session->submit(declared, &error), qPrintable(error.message));
    const QString id = declared.incident;
    for (int batch = 0; batch < 26; ++batch) {
        m_clock->advanceSecs(60);
        EventList notes;
        for (int i = 0; i < 100; ++i)
            notes.append(me.addNote(id, QStringLiteral("note %1").arg(batch * 100 + i)));
        QVERIFY2(m_session->submit(notes, &error), qPrintable(error.message));
    }
    m_window->boardWidget()->selectIncident(id);
    auto *timeline = m_window->incidentView()->findChild<TimelineWidget *>();
    TimelineModel *model = timeline->model();
    QCOMPARE(model->rowCount(), 2601);
    auto *earlierBar = timeline->findChild<QWidget *>(QStringLiteral("earlierEntriesBar"));
    QVERIFY(!earlierBar->isVisible());

    child<QAction>(QStringLiteral("replayAction"))->trigger();
    QVERIFY(m_session->isReplaying());
    const QDateTime end = m_session->replayIndex()->span(id).last;
    m_session->setReplayTime(end);
    // The latest entries before the moment, in steps of 500: 2,101 rows, 500 earlier ones on request.
    QCOMPARE(model->earlierCount(), 500);
    QCOMPARE(model->rowCount(), 2101);
    QVERIFY(earlierBar->isVisible());
    QVERIFY(timeline->findChild<QLabel *>(QStringLiteral("earlierEntriesLabel"))->text().contains(u"500"));
    // It sits beside the entry count: replay still fits a 1280×800 screen.
    QVERIFY2(m_window->minimumSizeHint().height() <= 800,
        qPrintable(QString::number(m_window->minimumSizeHint().height())));
    QCoreApplication::processEvents();
    const QString path = QDir::current().filePath(QStringLiteral("replay-long-timeline.png"));
    QVERIFY2(m_window->grab().save(path), qPrintable(path));

    // A scrub moves rows at the end; it never resets the model (a reset lays out every row again).
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    m_session->setReplayTime(end.addSecs(-30)); // before the last write
    QCOMPARE(model->rowCount(), 2001);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 2001);
    const IncidentState *replayed = m_session->projection().incident(id);
    QCOMPARE(replayed->timeline().size(), 2501);
    for (int row : {0, 1000, 2000})
        QCOMPARE(model->entryAt(row)->id, replayed->timeline().at(500 + row).id);
    m_session->setReplayTime(end);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model->rowCount(), 2101);
    QCOMPARE(model->entryAt(2100)->id, m_session->projection().incident(id)->timeline().at(2600).id);
    QCOMPARE(resets.count(), 0);

    // The earlier entries come above the shown ones.
    QTest::mouseClick(
        earlierBar->findChild<QPushButton *>(QStringLiteral("showEarlierButton")), Qt::LeftButton);
    QCOMPARE(model->earlierCount(), 0);
    QCOMPARE(model->rowCount(), 2601);
    QCOMPARE(model->entryAt(0)->id, m_session->projection().incident(id)->timeline().at(0).id);
    QVERIFY(!earlierBar->isVisible());
    QCOMPARE(resets.count(), 0);

    // Live again: the whole timeline, no window.
    m_session->stopReplay();
    QCOMPARE(model->rowCount(), 2601);
    QCOMPARE(model->earlierCount(), 0);
    QVERIFY(!earlierBar->isVisible());
}

void TestReplay::enterReplay()
{
    auto *action = child<QAction>(QStringLiteral("replayAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    QVERIFY(m_session->isReplaying());
    QVERIFY(child<ReplayView>(QStringLiteral("replayView"))->isVisible());
    QCOMPARE(m_session->replayTime(), demoStart());
    m_window->replayView()->bar()->setTickInterval(10ms);
}

int TestReplay::sliderValueAt(double minutes) const
{
    const QSlider *slider = child<QSlider>(QStringLiteral("replaySlider"));
    return int(std::lround(slider->maximum() * minutes / 52.0));
}

QModelIndex TestReplay::stepIndex(const QString &stepId) const
{
    const RunbookModel *model = m_window->incidentView()->runbooks()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex runbook = model->index(r, 0);
        const QModelIndexList found = model->match(
            model->index(0, 0, runbook), RunbookModel::StepIdRole, stepId, 1, Qt::MatchExactly);
        if (!found.isEmpty())
            return found.first();
    }
    return {};
}

void TestReplay::scrubShowsThePastReadOnly()
{
    const int liveRows = m_window->incidentView()
                             ->timeline()
                             ->findChild<QAbstractItemView *>(QStringLiteral("timelineView"))
                             ->model()
                             ->rowCount();
    QCOMPARE(headerStatus(), QStringLiteral("Mitigated"));
    QVERIFY(stepIndex(QStringLiteral("switch")).data(RunbookModel::ApprovedAtRole).toDateTime().isValid());
    enterReplay();
    QCOMPARE(child<QLabel>(QStringLiteral("replayOffsetLabel"))->text(), QStringLiteral("T+00:00:00"));
    QVERIFY(child<QLabel>(QStringLiteral("replayTimeLabel"))
                ->text()
                .contains(demoStart().toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    QCOMPARE(headerStatus(), QStringLiteral("Investigating"));

    // Scrub to 30 minutes in: identified, restore under way, the switch not approved yet (approved at 38').
    child<QSlider>(QStringLiteral("replaySlider"))->setValue(sliderValueAt(30));
    QTRY_VERIFY(qAbs(m_session->replayTime().secsTo(demoStart().addSecs(30 * 60))) <= 1);
    QVERIFY(child<QLabel>(QStringLiteral("replayOffsetLabel"))->text().startsWith(QStringLiteral("T+00:")));
    QCOMPARE(headerStatus(), QStringLiteral("Identified"));
    const QModelIndex step = stepIndex(QStringLiteral("switch"));
    QVERIFY(step.isValid());
    QVERIFY(!step.data(RunbookModel::ApprovedAtRole).toDateTime().isValid());
    QCOMPARE(step.data(RunbookModel::StateRole).toInt(), int(StepState::Open));
    QCOMPARE(stepIndex(QStringLiteral("estimate-gap")).data(RunbookModel::StateRole).toInt(),
        int(StepState::Checked)); // ticked at 25'
    QCOMPARE(stepIndex(QStringLiteral("restore-side")).data(RunbookModel::StateRole).toInt(),
        int(StepState::Open)); // ticked at 33'
    const int pastRows = m_window->incidentView()
                             ->timeline()
                             ->findChild<QAbstractItemView *>(QStringLiteral("timelineView"))
                             ->model()
                             ->rowCount();
    QCOMPARE(pastRows, int(m_session->projection().incident(m_demo)->timeline().size()));
    QVERIFY(pastRows < liveRows);
    const int row = m_window->boardModel()->rowOf(m_demo);
    QCOMPARE(
        m_window->boardModel()->index(row, 0).data(BoardModel::StatusRole).toInt(), int(Status::Identified));
    QCOMPARE(m_window->boardWidget()->currentIncident(), m_demo); // the selection survived the scrub

    // Read-only: the Session refuses, the quick entry is greyed, and a change through the header says why.
    Error error;
    QVERIFY(!m_session->submit(m_session->events().addNote(m_demo, QStringLiteral("from the past")), &error));
    QCOMPARE(error.message, QStringLiteral("Read-only while replaying: press Esc to go back to live"));
    QVERIFY(!child<QWidget>(QStringLiteral("noteLineEdit"))->isEnabled());
    QVERIFY(!child<QWidget>(QStringLiteral("addActionButton"))->isEnabled());
    QVERIFY(!m_window->undoAction()->isEnabled());
    QVERIFY(!m_window->declareAction()->isEnabled());
    auto *title = child<QLineEdit>(QStringLiteral("titleLineEdit"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Rewritten history"));
    QTest::keyClick(title, Qt::Key_Return);
    QVERIFY2(MessageBox::lastWarning().contains(Session::readOnlyMessage()),
        qPrintable(MessageBox::lastWarning()));
    QCOMPARE(m_session->liveProjection().incident(m_demo)->title(),
        QStringLiteral("Order history returns 500 for a third of customers"));

    // Back to live with the button: the live state, editable again.
    QTest::mouseClick(child<QToolButton>(QStringLiteral("liveButton")), Qt::LeftButton);
    QVERIFY(!m_session->isReplaying());
    QVERIFY(!child<ReplayView>(QStringLiteral("replayView"))->isVisible());
    QCOMPARE(headerStatus(), QStringLiteral("Mitigated"));
    QVERIFY(stepIndex(QStringLiteral("switch")).data(RunbookModel::ApprovedAtRole).toDateTime().isValid());
    QCOMPARE(m_window->incidentView()
                 ->timeline()
                 ->findChild<QAbstractItemView *>(QStringLiteral("timelineView"))
                 ->model()
                 ->rowCount(),
        liveRows);
    QVERIFY(child<QWidget>(QStringLiteral("noteLineEdit"))->isEnabled());
    QVERIFY(m_window->declareAction()->isEnabled());
    QVERIFY(m_session->submit(m_session->events().addNote(m_demo, QStringLiteral("live again")), &error));
}

void TestReplay::keyMomentsAndPlay()
{
    enterReplay();
    ReplayBar *bar = m_window->replayView()->bar();
    child<QSlider>(QStringLiteral("replaySlider"))->setValue(sliderValueAt(30));
    QTRY_VERIFY(qAbs(m_session->replayTime().secsTo(demoStart().addSecs(30 * 60))) <= 1);

    // After 30': the evidence-gated check at 36', then the commander's go at 38'.
    QTest::mouseClick(child<QToolButton>(QStringLiteral("nextMomentButton")), Qt::LeftButton);
    QCOMPARE(m_session->replayTime(), demoStart().addSecs(36 * 60));
    QCOMPARE(bar->currentMoment()->kind, KeyMoment::Kind::GatedStepDone);
    QVERIFY(!stepIndex(QStringLiteral("switch")).data(RunbookModel::ApprovedAtRole).toDateTime().isValid());
    QTest::mouseClick(child<QToolButton>(QStringLiteral("nextMomentButton")), Qt::LeftButton);
    QCOMPARE(m_session->replayTime(), demoStart().addSecs(38 * 60));
    QCOMPARE(bar->currentMoment()->kind, KeyMoment::Kind::Approved);
    QVERIFY(stepIndex(QStringLiteral("switch")).data(RunbookModel::ApprovedAtRole).toDateTime().isValid());
    QVERIFY(child<QLabel>(QStringLiteral("replayMomentLabel"))->text().contains(QStringLiteral("Approved")));
    QTest::mouseClick(child<QToolButton>(QStringLiteral("previousMomentButton")), Qt::LeftButton);
    QCOMPARE(m_session->replayTime(), demoStart().addSecs(36 * 60));
    QTest::mouseClick(child<QToolButton>(QStringLiteral("previousMomentButton")), Qt::LeftButton);
    QCOMPARE(m_session->replayTime(), demoStart().addSecs(24 * 60)); // the evidence-gated restore point

    // Play at 60×: each 10 ms tick moves 600 ms of the incident.
    auto *speed = child<QComboBox>(QStringLiteral("replaySpeedComboBox"));
    QCOMPARE(speed->count(), 5);
    speed->setCurrentIndex(speed->findData(60));
    QCOMPARE(bar->speed(), 60);
    const QDateTime before = m_session->replayTime();
    QTest::mouseClick(child<QToolButton>(QStringLiteral("replayPlayButton")), Qt::LeftButton);
    QVERIFY(bar->isPlaying());
    QTRY_VERIFY(m_session->replayTime() >= before.addSecs(3));
    QTest::mouseClick(child<QToolButton>(QStringLiteral("replayPlayButton")), Qt::LeftButton);
    QVERIFY(!bar->isPlaying());
    const QDateTime paused = m_session->replayTime();
    QTest::qWait(50);
    QCOMPARE(m_session->replayTime(), paused);

    // Playing to the end stops there, on the live state of the log.
    m_session->setReplayTime(Now.addSecs(-2));
    bar->setPlaying(true);
    QTRY_VERIFY(!bar->isPlaying());
    QCOMPARE(m_session->replayTime(), Now);
    QCOMPARE(headerStatus(), QStringLiteral("Mitigated"));
}

void TestReplay::shortcutsAndChart()
{
    // Ctrl+R from the window.
    QCOMPARE(m_window->replayAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(m_session->isReplaying());
    QCOMPARE(m_session->replayTime(), demoStart());
    // The slider has the focus: Space plays, Space pauses; Ctrl+Right/Left step through key moments.
    auto *slider = child<QSlider>(QStringLiteral("replaySlider"));
    QTRY_VERIFY(slider->hasFocus());
    ReplayBar *bar = m_window->replayView()->bar();
    QTest::keyClick(slider, Qt::Key_Space);
    QVERIFY(bar->isPlaying());
    QTest::keyClick(slider, Qt::Key_Space);
    QVERIFY(!bar->isPlaying());
    m_session->setReplayTime(demoStart());
    QCOMPARE(bar->currentMoment()->kind, KeyMoment::Kind::Alert); // it came with the declaration
    QTest::keyClick(slider, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(m_session->replayTime(), demoStart().addSecs(11 * 60)); // identified
    QTest::keyClick(slider, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(m_session->replayTime(), demoStart());

    // A click on the chart replays that moment.
    auto *chart = child<SwimlaneChart>(QStringLiteral("swimlaneChart"));
    QVERIFY(chart->isVisible());
    QCOMPARE(chart->markCount(SwimlaneChart::Lane::Status), 3); // investigating, identified, mitigated
    QCOMPARE(chart->markCount(SwimlaneChart::Lane::Alerts), 2);
    QCOMPARE(chart->markCount(SwimlaneChart::Lane::Chat), 1);
    QVERIFY(chart->markCount(SwimlaneChart::Lane::Runbook) >= 8);
    QVERIFY(!chart->accessibleName().isEmpty());
    const QDateTime target = demoStart().addSecs(41 * 60 + 30);
    QTest::mouseClick(chart, Qt::LeftButton, {},
        QPoint(chart->xOf(target), chart->laneCenter(SwimlaneChart::Lane::Status)));
    QTRY_VERIFY(qAbs(m_session->replayTime().secsTo(target)) <= 30);
    QCOMPARE(chart->cursorTime(), m_session->replayTime());
    QCOMPARE(headerStatus(), QStringLiteral("Mitigated"));

    // Esc goes back to live.
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_session->isReplaying());
}

void TestReplay::boardAndLiveEventsWhileReplaying()
{
    // Another incident, declared after the demo: not on the board of the demo's past.
    m_clock->advanceSecs(5 * 60);
    Error error;
    const QString later
        = m_session->declareIncident(QStringLiteral("Search is slow"), Severity::Sev3, {}, &error);
    QVERIFY(!later.isEmpty());
    m_window->boardWidget()->selectIncident(m_demo);
    QCOMPARE(m_window->boardModel()->rowCount(), 2);
    enterReplay();
    QCOMPARE(m_window->boardModel()->rowCount(), 1);
    QCOMPARE(m_window->boardWidget()->currentIncident(), m_demo);

    // Someone else declares meanwhile (another writer on the same file): kept, shown live after the replay.
    m_clock->advanceSecs(60);
    auto otherStore = SqliteStore::open(m_dir->filePath(QStringLiteral("warroom.sqlite")), &error);
    QVERIFY(otherStore);
    Session other(std::move(otherStore), QStringLiteral("bob"));
    QVERIFY(other.load(&error));
    const QString theirs = other.declareIncident(QStringLiteral("Payments down"), Severity::Sev1, {}, &error);
    QVERIFY(m_session->refresh(&error));
    QCOMPARE(m_window->boardModel()->rowCount(), 1);
    QVERIFY(m_session->liveProjection().incident(theirs));
    // Desktop notifications do not wait for the replay to end.
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());

    // Later in the replay the second incident appears; back to live, all three are there.
    m_session->setReplayTime(Now.addSecs(5 * 60));
    QCOMPARE(m_window->boardModel()->rowCount(), 2);
    QCOMPARE(m_window->boardWidget()->currentIncident(), m_demo);
    m_session->stopReplay();
    QCOMPARE(m_window->boardModel()->rowCount(), 3);
    QCOMPARE(m_window->boardWidget()->currentIncident(), m_demo);
}

void TestReplay::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestReplay::screenshots()
{
    // For people to look at (in the test's working folder): the window 30 minutes into the demo.
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? Testing::darkPalette() : m_light);
    const int liveMinimum = m_window->minimumSizeHint().height();
    enterReplay();
    // The replay bar and chart are compact: the window must still fit a 1280×800 screen (DESIGN, PLATFORM).
    QVERIFY2(m_window->minimumSizeHint().height() - liveMinimum <= 160,
        qPrintable(QStringLiteral("%1 → %2").arg(liveMinimum).arg(m_window->minimumSizeHint().height())));
    QVERIFY(m_window->minimumSizeHint().height() <= 800);
    child<QSlider>(QStringLiteral("replaySlider"))->setValue(sliderValueAt(30.5));
    QTRY_VERIFY(m_session->replayTime() > demoStart().addSecs(30 * 60));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
    const QString path = QDir::current().filePath(QStringLiteral("replay-window") + suffix);
    QVERIFY2(m_window->grab().save(path), qPrintable(path));
    const QString chart = QDir::current().filePath(QStringLiteral("replay-chart") + suffix);
    QVERIFY2(m_window->replayView()->grab().save(chart), qPrintable(chart));
    qInfo().noquote() << "wrote" << path << "and" << chart;
}

QTEST_MAIN(TestReplay)
#include "testreplay.moc"
