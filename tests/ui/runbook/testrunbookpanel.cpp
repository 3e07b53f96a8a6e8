// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachrunbookdialog.h"
#include "clock.h"
#include "eventtypes.h"
#include "messagebox.h"
#include "runbookdelegate.h"
#include "runbookmodel.h"
#include "runbookpanel.h"
#include "runbookview.h"
#include "session.h"
#include "sqlitestore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Warroom;

namespace {
const QString RestoreName = QStringLiteral("Restore a database from backup");
} // namespace

class TestRunbookPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyPanelSaysWhatToDo();
    void attachesThroughTheDialog();
    void approvalGateRefusesUntilTheCommanderApproves();
    void approveNeedsACommander();
    void commanderApprovesFromThePanel();
    void evidenceStepAsksForEvidence();
    void addEvidenceLinksANote();
    void skipNeedsAReason();
    void rollBackOffersTheRollbackStep();
    void spaceTogglesAndProgressFollows();
    void controlsAreNamedForKeyboardAndScreenReaders();
    void demoIncidentScreenshots();

private:
    [[nodiscard]] QString databasePath() const { return m_dir->filePath(QStringLiteral("warroom.sqlite")); }
    std::unique_ptr<Session> openSession(const QString &actor);
    void showPanel(Session *session);
    /// Attaches the restore runbook through the real dialog; returns the runbook instance id.
    QString attachRestoreRunbook();
    void click(const char *buttonName);
    [[nodiscard]] QPushButton *button(const char *name) const;
    [[nodiscard]] const RunbookStep *step(
        const QString &runbook, const QString &stepId, Session *session = nullptr) const;
    [[nodiscard]] QModelIndex stepIndex(const QString &runbook, const QString &stepId) const;
    void submitAs(Session *session, const Event &event);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_bob; // the responder at the keyboard
    std::unique_ptr<Session> m_priya; // the commander, on another client over the same file
    std::unique_ptr<RunbookPanel> m_panel;
    QString m_incident;
};

void TestRunbookPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The same look on every machine (and the one the screenshots are taken with).
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

void TestRunbookPanel::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC));
    Clock::setInstance(m_clock.get());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QDir(AttachRunbookDialog::userFolder()).removeRecursively();
    m_bob = openSession(QStringLiteral("bob"));
    m_priya = openSession(QStringLiteral("priya"));
    QVERIFY(m_bob && m_priya);
    Error error;
    m_incident
        = m_bob->declareIncident(QStringLiteral("Order history returns 500"), Severity::Sev2, {}, &error);
    QVERIFY2(!m_incident.isEmpty(), qPrintable(error.message));
    MessageBox::setRecordWarnings(true);
}

void TestRunbookPanel::cleanup()
{
    m_panel.reset();
    m_priya.reset();
    m_bob.reset();
    m_dir.reset();
    QDir(AttachRunbookDialog::userFolder()).removeRecursively();
    MessageBox::setRecordWarnings(false);
    Clock::setInstance(nullptr);
    m_clock.reset();
}

std::unique_ptr<Session> TestRunbookPanel::openSession(const QString &actor)
{
    Error error;
    auto store = SqliteStore::open(databasePath(), &error);
    if (!store) {
        qWarning() << error.message;
        return nullptr;
    }
    auto session = std::make_unique<Session>(std::move(store), actor);
    if (!session->load(&error)) {
        qWarning() << error.message;
        return nullptr;
    }
    return session;
}

void TestRunbookPanel::showPanel(Session *session)
{
    m_panel = std::make_unique<RunbookPanel>(session);
    m_panel->resize(500, 720);
    m_panel->setIncident(m_incident);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestRunbookPanel::submitAs(Session *session, const Event &event)
{
    Error error;
    QVERIFY2(session->refresh(&error), qPrintable(error.message));
    QVERIFY2(session->submit(event, &error), qPrintable(error.message));
    QVERIFY2(m_bob->refresh(&error), qPrintable(error.message));
}

QPushButton *TestRunbookPanel::button(const char *name) const
{
    return m_panel->findChild<QPushButton *>(QLatin1String(name));
}

void TestRunbookPanel::click(const char *buttonName)
{
    QPushButton *target = button(buttonName);
    QVERIFY2(target, buttonName);
    QVERIFY2(target->isEnabled(), buttonName);
    QTest::mouseClick(target, Qt::LeftButton);
}

const RunbookStep *TestRunbookPanel::step(
    const QString &runbook, const QString &stepId, Session *session) const
{
    const IncidentState *state = (session ? session : m_bob.get())->projection().incident(m_incident);
    const Runbook *found = state ? state->runbook(runbook) : nullptr;
    return found ? found->step(stepId) : nullptr;
}

QModelIndex TestRunbookPanel::stepIndex(const QString &runbook, const QString &stepId) const
{
    return m_panel->model()->stepIndex(runbook, stepId);
}

QString TestRunbookPanel::attachRestoreRunbook()
{
    auto *action = m_panel->findChild<QAction *>(QStringLiteral("attachRunbookAction"));
    if (!action || !action->isEnabled())
        return {};
    action->trigger();
    if (!QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 5000))
        return {};
    QPointer<AttachRunbookDialog> dialog
        = qobject_cast<AttachRunbookDialog *>(QApplication::activeModalWidget());
    if (!dialog || dialog->objectName() != QLatin1String("attachRunbookDialog"))
        return {};
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("runbookListWidget"));
    auto *attach = dialog->findChild<QPushButton *>(QStringLiteral("attachButton"));
    auto *preview = dialog->findChild<QTextBrowser *>(QStringLiteral("runbookPreview"));
    if (!list || !attach || !preview)
        return {};
    const QList<QListWidgetItem *> items = list->findItems(RestoreName, Qt::MatchStartsWith);
    if (items.size() != 1)
        return {};
    list->setCurrentItem(items.first());
    if (!preview->toPlainText().contains(QStringLiteral("Needs commander's go")))
        return {};
    QTest::mouseClick(attach, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return dialog.isNull() || !dialog->isVisible(); }, 5000))
        return {};
    const IncidentState *state = m_panel->model()->incident(); // the panel's session, whoever it is
    return state && !state->runbooks().isEmpty() ? state->runbooks().last().id : QString();
}

void TestRunbookPanel::emptyPanelSaysWhatToDo()
{
    showPanel(m_bob.get());
    auto *empty = m_panel->findChild<QLabel *>(QStringLiteral("emptyRunbookLabel"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("Attach Runbook…")));
    QVERIFY(!button("checkStepButton")->isVisible());
    QVERIFY(button("attachRunbookButton")->isEnabled());

    m_panel->setIncident(QString());
    QVERIFY(!button("attachRunbookButton")->isEnabled());
    QVERIFY(empty->text().contains(QStringLiteral("Open an incident")));
}

void TestRunbookPanel::attachesThroughTheDialog()
{
    showPanel(m_bob.get());
    const QString runbook = attachRestoreRunbook();
    QVERIFY(!runbook.isEmpty());

    const IncidentState *state = m_bob->projection().incident(m_incident);
    QCOMPARE(state->runbooks().size(), 1);
    QCOMPARE(state->runbooks().first().name, RestoreName);
    QCOMPARE(state->runbooks().first().steps.size(), 13);
    QCOMPARE(state->runbooks().first().attachedBy, QStringLiteral("bob"));

    auto *view = m_panel->findChild<RunbookView *>(QStringLiteral("runbookView"));
    QVERIFY(view && view->isVisible());
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->isExpanded(view->model()->index(0, 0)));
    // The first open step is selected, ready for Space.
    QCOMPARE(m_panel->currentRunbookId(), runbook);
    QCOMPARE(m_panel->currentStepId(), QStringLiteral("stop-writes"));

    auto *bar = m_panel->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    QVERIFY(bar && bar->isVisible());
    QCOMPARE(bar->value(), 0);
    QCOMPARE(bar->maximum(), 13);
    QCOMPARE(bar->accessibleName(), QStringLiteral("Progress of %1").arg(RestoreName));
    QCOMPARE(bar->accessibleDescription(), QStringLiteral("0 of 13 steps done"));
}

void TestRunbookPanel::approvalGateRefusesUntilTheCommanderApproves()
{
    submitAs(m_priya.get(),
        m_priya->events().assignRole(m_incident, QStringLiteral("commander"), QStringLiteral("priya")));
    showPanel(m_bob.get());
    const QString runbook = attachRestoreRunbook();
    QVERIFY(!runbook.isEmpty());
    QVERIFY(m_panel->selectStep(runbook, QStringLiteral("switch")));

    // Bob is not the commander: Approve is off and says who must approve; the hint says so too.
    QVERIFY(!button("approveStepButton")->isEnabled());
    QCOMPARE(button("approveStepButton")->toolTip(), QStringLiteral("Waits for the commander's go (priya)"));
    auto *hint = m_panel->findChild<QLabel *>(QStringLiteral("stepHintLabel"));
    QVERIFY(hint && hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("Waits for the commander's go (priya)")));
    // Tick is not greyed out silently: it stays enabled, its tooltip says why, and trying shows the refusal.
    QVERIFY(button("checkStepButton")->isEnabled());
    QCOMPARE(button("checkStepButton")->toolTip(), QStringLiteral("Waits for the commander's go (priya)"));
    click("checkStepButton");
    QVERIFY(MessageBox::lastWarning().contains(QStringLiteral("was not ticked")));
    QVERIFY(MessageBox::lastWarning().contains(QStringLiteral("priya")));
    QCOMPARE(step(runbook, QStringLiteral("switch"))->state, StepState::Open);

    // Space and a click on the box are refused the same way.
    MessageBox::setRecordWarnings(true);
    QTest::keyClick(m_panel->view(), Qt::Key_Space);
    QVERIFY(MessageBox::lastWarning().contains(QStringLiteral("priya")));
    QCOMPARE(step(runbook, QStringLiteral("switch"))->state, StepState::Open);

    // The commander gives the go on her client; Bob's client picks it up.
    m_clock->advanceSecs(20 * 60);
    submitAs(m_priya.get(), m_priya->events().approveStep(m_incident, runbook, QStringLiteral("switch")));
    const QString approvedAt = RunbookModel::formatTime(m_clock->nowUtc());
    const QModelIndex index = stepIndex(runbook, QStringLiteral("switch"));
    QCOMPARE(index.data(RunbookModel::GateDetailRole).toString(),
        QStringLiteral("Approved by priya %1").arg(approvedAt));
    QCOMPARE(button("approveStepButton")->toolTip(), QStringLiteral("Approved by priya %1").arg(approvedAt));
    QCOMPARE(button("checkStepButton")->toolTip(), QStringLiteral("Mark the step done (Space)"));
    QCOMPARE(m_panel->currentStepId(), QStringLiteral("switch")); // the selection survived the update

    MessageBox::setRecordWarnings(true);
    m_clock->advanceSecs(2 * 60);
    click("checkStepButton");
    QVERIFY(MessageBox::lastWarning().isEmpty());
    QCOMPARE(step(runbook, QStringLiteral("switch"))->state, StepState::Checked);
    QCOMPARE(step(runbook, QStringLiteral("switch"))->by, QStringLiteral("bob"));
    QCOMPARE(index.data(RunbookModel::StatusTextRole).toString(),
        QStringLiteral("✓ bob %1").arg(RunbookModel::formatTime(m_clock->nowUtc())));
    QCOMPARE(index.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    // The commander's client sees the same.
    Error error;
    QVERIFY(m_priya->refresh(&error));
    QCOMPARE(step(runbook, QStringLiteral("switch"), m_priya.get())->state, StepState::Checked);
}

void TestRunbookPanel::approveNeedsACommander()
{
    showPanel(m_bob.get());
    const QString runbook = attachRestoreRunbook();
    QVERIFY(m_panel->selectStep(runbook, QStringLiteral("switch")));
    QVERIFY(!button("approveStepButton")->isEnabled());
    QCOMPARE(button("approveStepButton")->toolTip(), QStringLiteral("Assign a commander first"));
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("stepHintLabel"))
                ->text()
                .contains(QStringLiteral("Assign a commander first")));

    // As soon as someone takes command, the panel names them.
    submitAs(m_priya.get(),
        m_priya->events().assignRole(m_incident, QStringLiteral("commander"), QStringLiteral("priya")));
    QCOMPARE(button("approveStepButton")->toolTip(), QStringLiteral("Waits for the commander's go (priya)"));

    // A step without a gate needs no approval.
    QVERIFY(m_panel->selectStep(runbook, QStringLiteral("stop-writes")));
    QVERIFY(!button("approveStepButton")->isEnabled());
    QCOMPARE(button("approveStepButton")->toolTip(), QStringLiteral("This step needs no approval"));
}

void TestRunbookPanel::commanderApprovesFromThePanel()
{
    submitAs(m_priya.get(),
        m_priya->events().assignRole(m_incident, QStringLiteral("commander"), QStringLiteral("priya")));
    Error error;
    QVERIFY(m_priya->refresh(&error));
    showPanel(m_priya.get());
    const QString runbook = attachRestoreRunbook();
    QVERIFY(m_panel->selectStep(runbook, QStringLiteral("switch")));
    QVERIFY(button("approveStepButton")->isEnabled());
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("stepHintLabel"))
                ->text()
                .contains(QStringLiteral("You are the commander")));
    click("approveStepButton");
    QVERIFY(step(runbook, QStringLiteral("switch"), m_priya.get())->isApproved());
    QCOMPARE(step(runbook, QStringLiteral("switch"), m_priya.get())->approvedBy, QStringLiteral("priya"));
    QVERIFY(!button("approveStepButton")->isEnabled()); // approved once
    QVERIFY(button("approveStepButton")->toolTip().startsWith(QStringLiteral("Approved by priya")));
}

void TestRunbookPanel::evidenceStepAsksForEvidence()
{
    showPanel(m_bob.get());
    const QString runbook = attachRestoreRunbook();
    QVERIFY(m_panel->selectStep(runbook, QStringLiteral("backup-now")));
    QCOMPARE(button("checkStepButton")->toolTip(),
        QStringLiteral("Needs evidence first: ticking asks for a note (Space)"));

    // Cancelling the prompt changes nothing.
    MessageBox::setNextText(std::nullopt);
    click("checkStepButton");
    QCOMPARE(step(runbook, QStringLiteral("backup-now"))->state, StepState::Open);
    QVERIFY(step(runbook, QStringLiteral("backup-now"))->evidence.isEmpty());

    MessageBox::setNextText(QStringLiteral("pg_dump taken: 4 GB"));
    click("checkStepButton");
    QVERIFY(MessageBox::lastWarning().isEmpty());
    const RunbookStep *ticked = step(runbook, QStringLiteral("backup-now"));
    QCOMPARE(ticked->state, StepState::Checked);
    QCOMPARE(ticked->evidence.size(), 1);
    const TimelineEntry *evidence = m_bob->projection().incident(m_incident)->entry(ticked->evidence.first());
    QVERIFY(evidence);
    QCOMPARE(evidence->text, QStringLiteral("pg_dump taken: 4 GB"));
    QCOMPARE(evidence->kind, NoteKind::Evidence);
    QCOMPARE(evidence->actor, QStringLiteral("bob"));
    QCOMPARE(evidence->runbook, runbook);
    QCOMPARE(evidence->step, QStringLiteral("backup-now"));

    // The tick names its evidence in the log.
    EventList events;
    Error error;
    QVERIFY(m_bob->store()->readIncident(m_incident, &events, &error));
    QCOMPARE(events.last().type, QString(EventType::StepChecked));
    QCOMPARE(events.last().data.value(QStringLiteral("evidence")).toString(), evidence->id);

    const QModelIndex index = stepIndex(runbook, QStringLiteral("backup-now"));
    QCOMPARE(index.data(RunbookModel::EvidenceRole).toStringList(),
        QStringList {QStringLiteral("pg_dump taken: 4 GB")});
    QVERIFY(index.data(RunbookModel::GateMetRole).toBool());
}

void TestRunbookPanel::addEvidenceLinksANote()
{
    showPanel(m_bob.get());
    const QString runbook = attachRestoreRunbook();
    QVERIFY(m_panel->selectStep(runbook, QStringLiteral("pick-point")));
    MessageBox::setNextText(QStringLiteral("Restore point: hourly backup 13:00"));
    click("addEvidenceButton");
    const RunbookStep *withEvidence = step(runbook, QStringLiteral("pick-point"));
    QCOMPARE(withEvidence->evidence.size(), 1);
    QCOMPARE(withEvidence->state, StepState::Open); // evidence alone does not tick
    // Now the tick goes straight through, without a prompt (none is prepared: one would show a dialog).
    QCOMPARE(button("checkStepButton")->toolTip(), QStringLiteral("Mark the step done (Space)"));
    click("checkStepButton");
    QCOMPARE(step(runbook, QStringLiteral("pick-point"))->state, StepState::Checked);
    QCOMPARE(step(runbook, QStringLiteral("pick-point"))->evidence.size(), 1);
}

void TestRunbookPanel::skipNeedsAReason()
{
    showPanel(m_bob.get());
    const QString runbook = attachRestoreRunbook();
    QVERIFY(m_panel->selectStep(runbook, QStringLiteral("estimate-gap")));

    MessageBox::setNextText(std::nullopt);
    click("skipStepButton");
    QCOMPARE(step(runbook, QStringLiteral("estimate-gap"))->state, StepState::Open);
    MessageBox::setNextText(QStringLiteral("   "));
    click("skipStepButton");
    QCOMPARE(step(runbook, QStringLiteral("estimate-gap"))->state, StepState::Open);

    m_clock->advanceSecs(5 * 60);
    MessageBox::setNextText(QStringLiteral("not needed: writes were stopped at the restore point"));
    click("skipStepButton");
    const RunbookStep *skipped = step(runbook, QStringLiteral("estimate-gap"));
    QCOMPARE(skipped->state, StepState::Skipped);
    QCOMPARE(skipped->note, QStringLiteral("not needed: writes were stopped at the restore point"));
    const QModelIndex index = stepIndex(runbook, QStringLiteral("estimate-gap"));
    QCOMPARE(index.data(RunbookModel::StatusTextRole).toString(),
        QStringLiteral("Skipped by bob %1: not needed: writes were stopped at the restore point")
            .arg(RunbookModel::formatTime(m_clock->nowUtc())));
    QCOMPARE(index.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QVERIFY(!button("skipStepButton")->isEnabled()); // only open steps can be skipped
    QVERIFY(button("uncheckStepButton")->isEnabled());
    QCOMPARE(m_panel->findChild<QProgressBar *>(QStringLiteral("progressBar"))->value(), 1);
}

void TestRunbookPanel::rollBackOffersTheRollbackStep()
{
    submitAs(m_priya.get(),
        m_priya->events().assignRole(m_incident, QStringLiteral("commander"), QStringLiteral("priya")));
    showPanel(m_bob.get());
    const QString runbook = attachRestoreRunbook();
    submitAs(m_priya.get(), m_priya->events().approveStep(m_incident, runbook, QStringLiteral("switch")));
    QVERIFY(m_panel->selectStep(runbook, QStringLiteral("switch")));
    QVERIFY(!button("rollBackButton")->isEnabled()); // nothing done yet, nothing to roll back
    click("checkStepButton");
    QCOMPARE(step(runbook, QStringLiteral("switch"))->state, StepState::Checked);
    QVERIFY(button("rollBackButton")->isEnabled());

    // Cancelled: nothing happens.
    MessageBox::setNextText(std::nullopt);
    click("rollBackButton");
    QCOMPARE(step(runbook, QStringLiteral("switch"))->state, StepState::Checked);

    MessageBox::setNextText(QStringLiteral("restored copy misses the orders of 12:40–13:00"));
    MessageBox::setNextAnswer(QMessageBox::Yes); // go to the rollback step
    click("rollBackButton");
    const RunbookStep *rolledBack = step(runbook, QStringLiteral("switch"));
    QCOMPARE(rolledBack->state, StepState::RolledBack);
    QCOMPARE(rolledBack->note, QStringLiteral("restored copy misses the orders of 12:40–13:00"));
    const QModelIndex index = stepIndex(runbook, QStringLiteral("switch"));
    QCOMPARE(index.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
    QVERIFY(
        index.data(RunbookModel::StatusTextRole).toString().startsWith(QStringLiteral("Rolled back by bob")));

    // The panel jumped to the rollback step, which is highlighted as the one to take now.
    QCOMPARE(m_panel->currentStepId(), QStringLiteral("switch-back"));
    const QModelIndex back = stepIndex(runbook, QStringLiteral("switch-back"));
    QCOMPARE(back.data(RunbookModel::RollbackForRole).toStringList(),
        QStringList {QStringLiteral("Commander's go: switch the application to the restored database")});
    QVERIFY(m_panel->view()->visualRect(back).isValid());

    // Declining the jump keeps the selection where it was.
    QVERIFY(m_panel->selectStep(runbook, QStringLiteral("switch")));
    click("checkStepButton"); // ticked again after a fix (it was approved before)
    MessageBox::setNextText(QStringLiteral("again"));
    MessageBox::setNextAnswer(QMessageBox::No);
    click("rollBackButton");
    QCOMPARE(m_panel->currentStepId(), QStringLiteral("switch"));
}

void TestRunbookPanel::spaceTogglesAndProgressFollows()
{
    showPanel(m_bob.get());
    const QString runbook = attachRestoreRunbook();
    auto *bar = m_panel->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    RunbookView *view = m_panel->view();
    view->setFocus();
    QCOMPARE(m_panel->currentStepId(), QStringLiteral("stop-writes"));

    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(step(runbook, QStringLiteral("stop-writes"))->state, StepState::Checked);
    QCOMPARE(bar->value(), 1);
    QCOMPARE(m_panel->model()->runbookIndex(runbook).data(RunbookModel::ProgressTextRole).toString(),
        QStringLiteral("1/13"));
    QVERIFY(!button("checkStepButton")->isEnabled());
    QVERIFY(button("uncheckStepButton")->isEnabled());

    QTest::keyClick(view, Qt::Key_Space); // untick
    QCOMPARE(step(runbook, QStringLiteral("stop-writes"))->state, StepState::Open);
    QCOMPARE(bar->value(), 0);

    // A click on the step's box ticks it too.
    QVERIFY(m_panel->selectStep(runbook, QStringLiteral("restore-side")));
    const QModelIndex index = stepIndex(runbook, QStringLiteral("restore-side"));
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    option.font = view->font();
    const QRect box = view->delegate()->checkRect(option, index);
    QVERIFY(box.isValid());
    QVERIFY(option.rect.contains(box));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
    QCOMPARE(step(runbook, QStringLiteral("restore-side"))->state, StepState::Checked);
    QCOMPARE(bar->value(), 1);

    // A click elsewhere on the row only selects it.
    const QModelIndex other = stepIndex(runbook, QStringLiteral("verify-health"));
    m_panel->view()->scrollTo(other);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(other).center());
    QCOMPARE(m_panel->currentStepId(), QStringLiteral("verify-health"));
    QCOMPARE(step(runbook, QStringLiteral("verify-health"))->state, StepState::Open);

    // The incident read again, as the incident view does when the Session rebuilds it (a sync reorder, a
    // replay scrub): the selection stays, so Space ticks the step the person was looking at.
    m_panel->setIncident(m_incident);
    QCOMPARE(m_panel->currentStepId(), QStringLiteral("verify-health"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(step(runbook, QStringLiteral("verify-health"))->state, StepState::Checked);
    QCOMPARE(step(runbook, QStringLiteral("stop-writes"))->state, StepState::Open);
}

void TestRunbookPanel::controlsAreNamedForKeyboardAndScreenReaders()
{
    showPanel(m_bob.get());
    attachRestoreRunbook();
    for (const char *name : {"checkStepButton", "uncheckStepButton", "skipStepButton", "rollBackButton",
             "approveStepButton", "addEvidenceButton", "attachRunbookButton"}) {
        QPushButton *control = button(name);
        QVERIFY2(control, name);
        QVERIFY2(!control->accessibleName().isEmpty(), name);
        QVERIFY2(!control->accessibleName().contains(QLatin1Char('&')), name);
        QVERIFY2(control->text().contains(QLatin1Char('&')), name); // a mnemonic
    }
    for (const char *name : {"attachRunbookAction", "checkStepAction", "uncheckStepAction", "skipStepAction",
             "rollBackStepAction", "approveStepAction", "addEvidenceAction", "toggleStepAction"})
        QVERIFY2(m_panel->findChild<QAction *>(QLatin1String(name)), name);
    QCOMPARE(m_panel->toggleStepAction()->shortcut(), QKeySequence(Qt::Key_Space));
    QVERIFY(!m_panel->view()->accessibleName().isEmpty());
    const QModelIndex first = m_panel->view()->currentIndex();
    QVERIFY(first.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Open: Stop writes")));
}

void TestRunbookPanel::demoIncidentScreenshots()
{
    // Not a check of pixels: PNGs in the build folder for a person to look at (light and dark palettes).
    Error error;
    m_incident = m_bob->addDemoIncident(&error);
    QVERIFY2(!m_incident.isEmpty(), qPrintable(error.message));
    showPanel(m_bob.get());
    const IncidentState *state = m_bob->projection().incident(m_incident);
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QCOMPARE(m_panel->findChild<QProgressBar *>(QStringLiteral("progressBar"))->value(),
        state->runbooks().first().doneCount());
    QCOMPARE(m_panel->currentStepId(), QStringLiteral("verify-health"));

    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x2f, 0x2f, 0x2f));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    const QString folder = QDir::currentPath();
    for (const auto &[name, palette] :
        {std::pair {QStringLiteral("light"), light}, std::pair {QStringLiteral("dark"), dark}}) {
        QApplication::setPalette(palette);
        m_panel->resize(500, 900);
        QCoreApplication::processEvents();
        const QPixmap shot = m_panel->grab();
        QVERIFY(!shot.isNull());
        const QString path = QDir(folder).filePath(QStringLiteral("runbookpanel-%1.png").arg(name));
        QVERIFY2(shot.save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
    QApplication::setPalette(light);
    QCoreApplication::processEvents();

    // After a rollback: the rolled-back step and the rollback step to take now.
    const QString runbook = state->runbooks().first().id;
    QVERIFY(m_panel->selectStep(runbook, QStringLiteral("switch")));
    MessageBox::setNextText(QStringLiteral("restored copy misses the orders of 12:40–13:00"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click("rollBackButton");
    QCOMPARE(m_panel->currentStepId(), QStringLiteral("switch-back"));
    QVERIFY(m_panel->grab().save(QDir(folder).filePath(QStringLiteral("runbookpanel-rolledback.png"))));

    // The attach dialog.
    m_panel->attachRunbookAction()->trigger();
    QTRY_VERIFY(qobject_cast<AttachRunbookDialog *>(QApplication::activeModalWidget()));
    auto *dialog = qobject_cast<AttachRunbookDialog *>(QApplication::activeModalWidget());
    QVERIFY(dialog->selectEntry(QStringLiteral("restore-database-backup")));
    QVERIFY(dialog->grab().save(QDir(folder).filePath(QStringLiteral("attachrunbookdialog.png"))));
    dialog->reject();
}

QTEST_MAIN(TestRunbookPanel)
#include "testrunbookpanel.moc"
