// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "runbookmodel.h"
#include "runbooktemplate.h"
#include "session.h"
#include "sqlitestore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Warroom;

namespace {
const QString SmallRunbook = QStringLiteral(R"(# Small restore
Just enough to test with.

- [ ] Stop writes {#stop}
- [ ] Take a backup {#backup gate=evidence}
- [ ] Switch to the restored copy {#switch gate=approval rollback=back}
- [ ] Switch back {#back}
)");
} // namespace

class TestRunbookModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsRunbooksAndSteps();
    void attachInsertsATopLevelRow();
    void tickChangesTheStepAndTheProgress();
    void stepAddedInsertsAtItsPlace();
    void stepAddedWithoutAfterGoesLast();
    void evidenceApprovalAndCommanderUpdateSteps();
    void skipAndRollBackAreShownDistinctly();
    void otherIncidentsAreIgnored();
    void changingTheIncidentResets();
    void followsOtherWritersOnRefresh();

private:
    void submit(const Event &event);
    QString attach(const QString &incident);
    [[nodiscard]] const IncidentState *state() const { return m_session->projection().incident(m_incident); }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<RunbookModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    RunbookTemplate m_template;
    QString m_incident;
};

void TestRunbookModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Error error;
    QVERIFY2(RunbookTemplate::parse(SmallRunbook, &m_template, &error), qPrintable(error.message));
}

void TestRunbookModel::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC));
    Clock::setInstance(m_clock.get());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Error error;
    auto store = SqliteStore::open(m_dir->filePath(QStringLiteral("runbooks.sqlite")), &error);
    QVERIFY2(store, qPrintable(error.message));
    m_session = std::make_unique<Session>(std::move(store), QStringLiteral("priya"));
    QVERIFY2(m_session->load(&error), qPrintable(error.message));
    m_incident = m_session->declareIncident(QStringLiteral("Orders fail"), Severity::Sev2, {}, &error);
    QVERIFY2(!m_incident.isEmpty(), qPrintable(error.message));
    m_model = std::make_unique<RunbookModel>(m_session.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestRunbookModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_session.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
    m_clock.reset();
}

void TestRunbookModel::submit(const Event &event)
{
    Error error;
    QVERIFY2(m_session->submit(event, &error), qPrintable(error.message));
}

QString TestRunbookModel::attach(const QString &incident)
{
    const Event event = m_session->events().attachRunbook(incident, m_template.name, m_template.stepsJson());
    Error error;
    if (!m_session->submit(event, &error)) {
        qWarning() << error.message;
        return {};
    }
    return event.data.value(QStringLiteral("runbook")).toString();
}

void TestRunbookModel::showsRunbooksAndSteps()
{
    const QString runbook = attach(m_incident);
    QVERIFY(!runbook.isEmpty());
    m_model->setIncident(m_incident);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex top = m_model->index(0, 0);
    QCOMPARE(top.data().toString(), QStringLiteral("Small restore"));
    QCOMPARE(top.data(RunbookModel::KindRole).toInt(), int(RunbookModel::RunbookItem));
    QCOMPARE(top.data(RunbookModel::RunbookIdRole).toString(), runbook);
    QCOMPARE(top.data(RunbookModel::ProgressTextRole).toString(), QStringLiteral("0/4"));
    QCOMPARE(top.data(RunbookModel::AttachedByRole).toString(), QStringLiteral("priya"));
    QCOMPARE(top.data(RunbookModel::AttachedTextRole).toString(),
        QStringLiteral("Attached by priya %1").arg(RunbookModel::formatTime(m_clock->nowUtc())));
    QVERIFY(!(m_model->flags(top) & Qt::ItemIsUserCheckable));

    QCOMPARE(m_model->rowCount(top), 4);
    const QModelIndex backup = m_model->index(1, 0, top);
    QCOMPARE(backup, m_model->stepIndex(runbook, QStringLiteral("backup")));
    QCOMPARE(backup.parent(), top);
    QCOMPARE(backup.data().toString(), QStringLiteral("Take a backup"));
    QCOMPARE(backup.data(RunbookModel::KindRole).toInt(), int(RunbookModel::StepItem));
    QCOMPARE(backup.data(RunbookModel::GateRole).toInt(), int(Gate::Evidence));
    QCOMPARE(backup.data(RunbookModel::GateTextRole).toString(), QStringLiteral("Needs evidence"));
    QCOMPARE(backup.data(RunbookModel::GateMetRole).toBool(), false);
    QCOMPARE(backup.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(m_model->flags(backup) & Qt::ItemIsUserCheckable);

    const QModelIndex go = m_model->index(2, 0, top);
    QCOMPARE(go.data(RunbookModel::GateTextRole).toString(), QStringLiteral("Needs commander's go"));
    QCOMPARE(go.data(RunbookModel::RollbackStepIdRole).toString(), QStringLiteral("back"));
    QCOMPARE(go.data(RunbookModel::RollbackTextRole).toString(), QStringLiteral("Rollback: Switch back"));
    // Nobody is commander yet: the step says what has to happen first.
    QVERIFY(
        go.data(RunbookModel::BlockedRole).toString().startsWith(QStringLiteral("Assign a commander first")));
    QCOMPARE(m_model->stepAt(go)->id, QStringLiteral("switch"));
    QCOMPARE(m_model->runbookAt(go)->id, runbook);
    QVERIFY(!m_model->stepAt(top));
}

void TestRunbookModel::attachInsertsATopLevelRow()
{
    m_model->setIncident(m_incident);
    QCOMPARE(m_model->rowCount(), 0);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    attach(m_incident);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(0).toModelIndex(), QModelIndex());
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 0);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 4);

    attach(m_incident); // a second instance of the same template is a runbook of its own
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(reset.size(), 0);
}

void TestRunbookModel::tickChangesTheStepAndTheProgress()
{
    const QString runbook = attach(m_incident);
    m_model->setIncident(m_incident);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const QModelIndex stop = m_model->stepIndex(runbook, QStringLiteral("stop"));
    const QModelIndex top = m_model->runbookIndex(runbook);

    m_clock->advanceSecs(120);
    submit(m_session->events().checkStep(
        m_incident, runbook, QStringLiteral("stop"), QStringLiteral("scaled to 0")));

    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), stop);
    QCOMPARE(changed.at(0).at(1).toModelIndex(), stop);
    QCOMPARE(changed.at(1).at(0).toModelIndex(), top);
    QCOMPARE(changed.at(1).at(1).toModelIndex(), top);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(reset.size(), 0);

    QCOMPARE(stop.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(stop.data(RunbookModel::StateRole).toInt(), int(StepState::Checked));
    QCOMPARE(stop.data(RunbookModel::ByRole).toString(), QStringLiteral("priya"));
    QCOMPARE(stop.data(RunbookModel::AtRole).toDateTime(), m_clock->nowUtc());
    QCOMPARE(stop.data(RunbookModel::StatusTextRole).toString(),
        QStringLiteral("✓ priya %1 — scaled to 0").arg(RunbookModel::formatTime(m_clock->nowUtc())));
    QCOMPARE(top.data(RunbookModel::DoneCountRole).toInt(), 1);
    QCOMPARE(top.data(RunbookModel::ProgressTextRole).toString(), QStringLiteral("1/4"));

    submit(m_session->events().uncheckStep(m_incident, runbook, QStringLiteral("stop")));
    QCOMPARE(changed.size(), 4);
    QCOMPARE(stop.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(
        stop.data(RunbookModel::StatusTextRole).toString().startsWith(QStringLiteral("Reopened by priya")));
    QCOMPARE(top.data(RunbookModel::ProgressTextRole).toString(), QStringLiteral("0/4"));
    QCOMPARE(reset.size(), 0);
}

void TestRunbookModel::stepAddedInsertsAtItsPlace()
{
    const QString runbook = attach(m_incident);
    m_model->setIncident(m_incident);
    const QPersistentModelIndex go = m_model->stepIndex(runbook, QStringLiteral("switch"));
    QCOMPARE(go.row(), 2);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    submit(m_session->events().addStep(m_incident, runbook, QStringLiteral("verify"),
        QStringLiteral("Verify the backup restores"), Gate::Evidence, QStringLiteral("backup")));

    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(0).toModelIndex(), m_model->runbookIndex(runbook));
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    const QModelIndex top = m_model->runbookIndex(runbook);
    QCOMPARE(m_model->rowCount(top), 5);
    QCOMPARE(m_model->index(2, 0, top).data().toString(), QStringLiteral("Verify the backup restores"));
    QCOMPARE(m_model->index(2, 0, top).data(RunbookModel::GateRole).toInt(), int(Gate::Evidence));
    QCOMPARE(go.row(), 3); // the persistent index moved along
    QCOMPARE(top.data(RunbookModel::ProgressTextRole).toString(), QStringLiteral("0/5"));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toModelIndex(), top);
    QCOMPARE(reset.size(), 0);
}

void TestRunbookModel::stepAddedWithoutAfterGoesLast()
{
    const QString runbook = attach(m_incident);
    m_model->setIncident(m_incident);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    submit(m_session->events().addStep(
        m_incident, runbook, QStringLiteral("tell"), QStringLiteral("Tell support")));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 4);
    QCOMPARE(m_model->index(4, 0, m_model->runbookIndex(runbook)).data().toString(),
        QStringLiteral("Tell support"));
}

void TestRunbookModel::evidenceApprovalAndCommanderUpdateSteps()
{
    const QString runbook = attach(m_incident);
    m_model->setIncident(m_incident);
    const QModelIndex backup = m_model->stepIndex(runbook, QStringLiteral("backup"));
    const QModelIndex go = m_model->stepIndex(runbook, QStringLiteral("switch"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // Evidence linked to a step changes that step.
    Event note
        = m_session->events().addNote(m_incident, QStringLiteral("pg_dump taken: 4 GB"), NoteKind::Evidence);
    note.data.insert(QStringLiteral("runbook"), runbook);
    note.data.insert(QStringLiteral("step"), QStringLiteral("backup"));
    submit(note);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), backup);
    QCOMPARE(backup.data(RunbookModel::EvidenceCountRole).toInt(), 1);
    QCOMPARE(backup.data(RunbookModel::EvidenceRole).toStringList(),
        QStringList {QStringLiteral("pg_dump taken: 4 GB")});
    QCOMPARE(backup.data(RunbookModel::GateMetRole).toBool(), true);
    QCOMPARE(backup.data(RunbookModel::GateDetailRole).toString(), QStringLiteral("Evidence: 1 linked"));
    QVERIFY(backup.data(RunbookModel::BlockedRole).toString().isEmpty());

    // A note without a link changes nothing here.
    changed.clear();
    submit(m_session->events().addNote(m_incident, QStringLiteral("just a note")));
    QCOMPARE(changed.size(), 0);

    // A new commander changes what every waiting step says.
    submit(m_session->events().assignRole(m_incident, QStringLiteral("commander"), QStringLiteral("priya")));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(go.data(RunbookModel::BlockedRole).toString(),
        QStringLiteral("Waits for the commander's go (priya)"));
    QCOMPARE(go.data(RunbookModel::CommanderRole).toString(), QStringLiteral("priya"));

    changed.clear();
    m_clock->advanceSecs(60);
    submit(m_session->events().approveStep(m_incident, runbook, QStringLiteral("switch")));
    QCOMPARE(changed.size(), 3); // the step, its rollback step, the runbook
    QCOMPARE(changed.at(0).at(0).toModelIndex(), go);
    QCOMPARE(go.data(RunbookModel::ApprovedByRole).toString(), QStringLiteral("priya"));
    QCOMPARE(go.data(RunbookModel::ApprovedAtRole).toDateTime(), m_clock->nowUtc());
    QCOMPARE(go.data(RunbookModel::GateMetRole).toBool(), true);
    QCOMPARE(go.data(RunbookModel::GateDetailRole).toString(),
        QStringLiteral("Approved by priya %1").arg(RunbookModel::formatTime(m_clock->nowUtc())));
    QVERIFY(go.data(RunbookModel::BlockedRole).toString().isEmpty());
    QCOMPARE(go.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked); // approved is not done
}

void TestRunbookModel::skipAndRollBackAreShownDistinctly()
{
    const QString runbook = attach(m_incident);
    m_model->setIncident(m_incident);
    submit(m_session->events().assignRole(m_incident, QStringLiteral("commander"), QStringLiteral("priya")));
    const QModelIndex stop = m_model->stepIndex(runbook, QStringLiteral("stop"));
    const QModelIndex go = m_model->stepIndex(runbook, QStringLiteral("switch"));
    const QModelIndex back = m_model->stepIndex(runbook, QStringLiteral("back"));
    const QString now = RunbookModel::formatTime(m_clock->nowUtc());

    submit(m_session->events().skipStep(
        m_incident, runbook, QStringLiteral("stop"), QStringLiteral("not needed")));
    QCOMPARE(stop.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(stop.data(RunbookModel::StateRole).toInt(), int(StepState::Skipped));
    QCOMPARE(stop.data(RunbookModel::NoteRole).toString(), QStringLiteral("not needed"));
    QCOMPARE(stop.data(RunbookModel::StatusTextRole).toString(),
        QStringLiteral("Skipped by priya %1: not needed").arg(now));
    QCOMPARE(m_model->runbookIndex(runbook).data(RunbookModel::DoneCountRole).toInt(), 1);

    submit(m_session->events().approveStep(m_incident, runbook, QStringLiteral("switch")));
    submit(m_session->events().checkStep(m_incident, runbook, QStringLiteral("switch")));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    submit(m_session->events().rollBackStep(
        m_incident, runbook, QStringLiteral("switch"), QStringLiteral("rows missing")));
    // The step, its rollback step (now offered) and the runbook's progress.
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.at(1).at(0).toModelIndex(), back);
    QCOMPARE(go.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
    QCOMPARE(go.data(RunbookModel::StatusTextRole).toString(),
        QStringLiteral("Rolled back by priya %1: rows missing").arg(now));
    QCOMPARE(back.data(RunbookModel::RollbackForRole).toStringList(),
        QStringList {QStringLiteral("Switch to the restored copy")});
    QCOMPARE(m_model->runbookIndex(runbook).data(RunbookModel::DoneCountRole).toInt(), 1);
}

void TestRunbookModel::otherIncidentsAreIgnored()
{
    attach(m_incident);
    m_model->setIncident(m_incident);
    Error error;
    const QString other = m_session->declareIncident(QStringLiteral("Other"), Severity::Sev3, {}, &error);
    QVERIFY2(!other.isEmpty(), qPrintable(error.message));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QString otherRunbook = attach(other);
    submit(m_session->events().checkStep(other, otherRunbook, QStringLiteral("stop")));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_model->rowCount(), 1);
}

void TestRunbookModel::changingTheIncidentResets()
{
    attach(m_incident);
    m_model->setIncident(m_incident);
    Error error;
    const QString other = m_session->declareIncident(QStringLiteral("Other"), Severity::Sev3, {}, &error);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setIncident(m_incident); // the same: nothing to do
    QCOMPARE(reset.size(), 0);
    m_model->setIncident(other);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setIncident(QString());
    QCOMPARE(reset.size(), 2);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->incident());
}

void TestRunbookModel::followsOtherWritersOnRefresh()
{
    // Another client (a second Session over the same file) ticks a step; refresh() brings it in row by row.
    const QString runbook = attach(m_incident);
    m_model->setIncident(m_incident);
    Error error;
    auto store = SqliteStore::open(m_dir->filePath(QStringLiteral("runbooks.sqlite")), &error);
    QVERIFY2(store, qPrintable(error.message));
    Session marco(std::move(store), QStringLiteral("marco"));
    QVERIFY2(marco.load(&error), qPrintable(error.message));
    QVERIFY2(marco.submit(marco.events().checkStep(m_incident, runbook, QStringLiteral("stop")), &error),
        qPrintable(error.message));
    QVERIFY2(marco.submit(marco.events().addStep(m_incident, runbook, QStringLiteral("extra"),
                              QStringLiteral("Extra"), Gate::None, QStringLiteral("stop")),
                 &error),
        qPrintable(error.message));

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY2(m_session->refresh(&error), qPrintable(error.message));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->stepIndex(runbook, QStringLiteral("stop")).data(RunbookModel::ByRole).toString(),
        QStringLiteral("marco"));
    QCOMPARE(m_model->runbookIndex(runbook).data(RunbookModel::ProgressTextRole).toString(),
        QStringLiteral("1/5"));
}

QTEST_MAIN(TestRunbookModel)
#include "testrunbookmodel.moc"
