// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionsmodel.h"
#include "eventtypes.h"
#include "incidentfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Warroom;
using namespace std::chrono_literals;

class TestActionsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void addInsertsARow();
    void tickingDoneSubmitsAnUpdate();
    void editingOwnerSubmitsAnUpdate();
    void editingTextAndDue();
    void blankTextIsRefused();
    void clearingTheDueDate();
    void unchangedValueSubmitsNothing();
    void overdueFollowsTheClock();
    void flagsAndHeaders();

private:
    QString addAction(const QString &text, const QString &owner = {}, const QDateTime &due = {});

    IncidentFixture m_fixture;
    std::unique_ptr<ActionsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestActionsModel::init()
{
    m_fixture.setUp();
    QVERIFY(m_fixture.isReady());
    m_model = std::make_unique<ActionsModel>(m_fixture.session());
    m_model->setTickInterval(0ms);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setIncident(m_fixture.incident());
}

void TestActionsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_fixture.tearDown();
}

QString TestActionsModel::addAction(const QString &text, const QString &owner, const QDateTime &due)
{
    const Event event = m_fixture.session()->events().addAction(m_fixture.incident(), text, owner, due);
    return m_fixture.submit(event) ? event.id : QString();
}

void TestActionsModel::addInsertsARow()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const QDateTime due = m_fixture.clock()->nowUtc().addDays(3);
    const QString id = addAction(QStringLiteral("Add a dry run"), QStringLiteral("marco"), due);
    QVERIFY(!id.isEmpty());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, ActionsModel::TextColumn).data().toString(), QStringLiteral("Add a dry run"));
    QCOMPARE(m_model->index(0, ActionsModel::OwnerColumn).data().toString(), QStringLiteral("marco"));
    QCOMPARE(m_model->index(0, 0).data(ActionsModel::ActionIdRole).toString(), id);
    QCOMPARE(m_model->index(0, 0).data(ActionsModel::DueRole).toDateTime(), due);
    QCOMPARE(
        m_model->index(0, ActionsModel::DoneColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!m_model->index(0, ActionsModel::DueColumn).data().toString().isEmpty());
    QCOMPARE(m_model->openCount(), 1);

    QVERIFY(!addAction(QStringLiteral("Second")).isEmpty());
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
}

void TestActionsModel::tickingDoneSubmitsAnUpdate()
{
    const QString id = addAction(QStringLiteral("Alert per endpoint"), QStringLiteral("lena"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const QModelIndex done = m_model->index(0, ActionsModel::DoneColumn);
    QVERIFY(m_model->setData(done, Qt::Checked, Qt::CheckStateRole));

    const Event stored = m_fixture.lastStored(EventType::ActionUpdated);
    QVERIFY(stored.isStored());
    QCOMPARE(stored.data.value(QStringLiteral("target")).toString(), id);
    QCOMPARE(stored.data.value(QStringLiteral("done")).toBool(), true);
    QVERIFY(m_fixture.state()->actions().first().done);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(done.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(m_model->openCount(), 0);

    QVERIFY(m_model->setData(done, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(m_fixture.storedCount(EventType::ActionUpdated), 2);
    QVERIFY(!m_fixture.state()->actions().first().done);
}

void TestActionsModel::editingOwnerSubmitsAnUpdate()
{
    addAction(QStringLiteral("Alert per endpoint"), QStringLiteral("lena"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QModelIndex owner = m_model->index(0, ActionsModel::OwnerColumn);
    QCOMPARE(owner.data(Qt::EditRole).toString(), QStringLiteral("lena"));
    QVERIFY(m_model->setData(owner, QStringLiteral("  priya ")));
    const Event stored = m_fixture.lastStored(EventType::ActionUpdated);
    QCOMPARE(stored.data.value(QStringLiteral("owner")).toString(), QStringLiteral("priya"));
    QVERIFY(!stored.data.contains(QStringLiteral("text")));
    QCOMPARE(owner.data().toString(), QStringLiteral("priya"));
    QCOMPARE(changed.count(), 1);

    // A blank owner clears it.
    QVERIFY(m_model->setData(owner, QString()));
    QCOMPARE(m_fixture.state()->actions().first().owner, QString());
}

void TestActionsModel::editingTextAndDue()
{
    addAction(QStringLiteral("Alert per endpoint"));
    QVERIFY(m_model->setData(m_model->index(0, ActionsModel::TextColumn), QStringLiteral("Alert per route")));
    QCOMPARE(m_fixture.state()->actions().first().text, QStringLiteral("Alert per route"));

    // A date picked as a day means the end of that day, local time.
    const QDate day = m_fixture.clock()->nowUtc().toLocalTime().date().addDays(5);
    QVERIFY(m_model->setData(m_model->index(0, ActionsModel::DueColumn), day));
    const QDateTime due = m_fixture.state()->actions().first().due;
    QCOMPARE(due, ActionsModel::endOfLocalDay(day));
    QCOMPARE(due.toLocalTime().date(), day);

    // A QDateTime is taken as it is.
    const QDateTime exact = m_fixture.clock()->nowUtc().addSecs(3600);
    QVERIFY(m_model->setData(m_model->index(0, ActionsModel::DueColumn), exact));
    QCOMPARE(m_fixture.state()->actions().first().due, exact);
    QCOMPARE(m_fixture.lastStored(EventType::ActionUpdated).data.value(QStringLiteral("due")).toString(),
        Wire::formatTime(exact));
}

void TestActionsModel::blankTextIsRefused()
{
    addAction(QStringLiteral("Alert per endpoint"));
    QSignalSpy failed(m_model.get(), &ActionsModel::submitFailed);
    QVERIFY(!m_model->setData(m_model->index(0, ActionsModel::TextColumn), QStringLiteral("   ")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_fixture.storedCount(EventType::ActionUpdated), 0);
    QCOMPARE(
        m_model->index(0, ActionsModel::TextColumn).data().toString(), QStringLiteral("Alert per endpoint"));
}

void TestActionsModel::clearingTheDueDate()
{
    addAction(QStringLiteral("Alert per endpoint"), {}, m_fixture.clock()->nowUtc().addDays(2));
    QVERIFY(m_model->setData(m_model->index(0, ActionsModel::DueColumn), QDateTime()));
    QVERIFY(!m_fixture.state()->actions().first().due.isValid());
    QVERIFY(!m_model->index(0, 0).data(ActionsModel::DueRole).toDateTime().isValid());
    QCOMPARE(m_model->index(0, ActionsModel::DueColumn).data().toString(), QString());
    QCOMPARE(m_model->index(0, ActionsModel::DueColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("No due date"));
}

void TestActionsModel::unchangedValueSubmitsNothing()
{
    addAction(QStringLiteral("Alert per endpoint"), QStringLiteral("lena"));
    QVERIFY(m_model->setData(m_model->index(0, ActionsModel::OwnerColumn), QStringLiteral("lena")));
    QVERIFY(m_model->setData(m_model->index(0, ActionsModel::DoneColumn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(m_model->setData(m_model->index(0, ActionsModel::DueColumn), QDateTime()));
    QCOMPARE(m_fixture.storedCount(EventType::ActionUpdated), 0);
}

void TestActionsModel::overdueFollowsTheClock()
{
    addAction(QStringLiteral("Due soon"), {}, m_fixture.clock()->nowUtc().addSecs(3600));
    addAction(QStringLiteral("No due date"));
    const QModelIndex due = m_model->index(0, ActionsModel::DueColumn);
    QVERIFY(!due.data(ActionsModel::OverdueRole).toBool());
    QVERIFY(!due.data().toString().contains(QStringLiteral("overdue")));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_fixture.clock()->advanceSecs(2 * 3600);
    m_model->refreshOverdue();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QVERIFY(due.data(ActionsModel::OverdueRole).toBool());
    // Said in words, not colour alone.
    QVERIFY(due.data().toString().contains(QStringLiteral("overdue")));
    QVERIFY(due.data(Qt::ForegroundRole).isValid());
    QVERIFY(due.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Overdue")));
    QCOMPARE(m_model->overdueCount(), 1);
    QVERIFY(!m_model->index(1, ActionsModel::DueColumn).data(ActionsModel::OverdueRole).toBool());

    // Nothing new to announce on the next tick; done actions are never overdue.
    m_model->refreshOverdue();
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_model->setData(m_model->index(0, ActionsModel::DoneColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!due.data(ActionsModel::OverdueRole).toBool());
    QCOMPARE(m_model->overdueCount(), 0);
}

void TestActionsModel::flagsAndHeaders()
{
    addAction(QStringLiteral("Alert per endpoint"));
    QVERIFY(m_model->flags(m_model->index(0, ActionsModel::DoneColumn)).testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(!m_model->flags(m_model->index(0, ActionsModel::DoneColumn)).testFlag(Qt::ItemIsEditable));
    for (const int column : {ActionsModel::TextColumn, ActionsModel::OwnerColumn, ActionsModel::DueColumn})
        QVERIFY(m_model->flags(m_model->index(0, column)).testFlag(Qt::ItemIsEditable));
    QCOMPARE(m_model->headerData(ActionsModel::TextColumn, Qt::Horizontal).toString(),
        QStringLiteral("Follow-up"));
    QCOMPARE(m_model->headerData(ActionsModel::DueColumn, Qt::Horizontal).toString(), QStringLiteral("Due"));
}

QTEST_MAIN(TestActionsModel)
#include "testactionsmodel.moc"
