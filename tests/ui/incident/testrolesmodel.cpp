// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentfixture.h"
#include "rolehistorymodel.h"
#include "rolesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Warroom;

class TestRolesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void assignInsertsARow();
    void standardRolesComeFirst();
    void handOverChangesTheRowAndAddsHistory();
    void releaseRemovesTheRow();
    void otherIncidentsDoNotTouchTheModel();
    void incidentChangeResets();
    void historyShowsEveryTenure();

private:
    void attach();
    [[nodiscard]] Event assign(const QString &role, const QString &person) const
    {
        return m_fixture.session()->events().assignRole(m_fixture.incident(), role, person);
    }

    IncidentFixture m_fixture;
    std::unique_ptr<RolesModel> m_roles;
    std::unique_ptr<RoleHistoryModel> m_history;
    std::unique_ptr<QAbstractItemModelTester> m_rolesTester;
    std::unique_ptr<QAbstractItemModelTester> m_historyTester;
};

void TestRolesModel::init()
{
    m_fixture.setUp();
    QVERIFY(m_fixture.isReady());
    attach();
}

void TestRolesModel::attach()
{
    m_roles = std::make_unique<RolesModel>(m_fixture.session());
    m_history = std::make_unique<RoleHistoryModel>(m_fixture.session());
    m_rolesTester = std::make_unique<QAbstractItemModelTester>(
        m_roles.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_historyTester = std::make_unique<QAbstractItemModelTester>(
        m_history.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_roles->setIncident(m_fixture.incident());
    m_history->setIncident(m_fixture.incident());
}

void TestRolesModel::cleanup()
{
    m_rolesTester.reset();
    m_historyTester.reset();
    m_roles.reset();
    m_history.reset();
    m_fixture.tearDown();
}

void TestRolesModel::assignInsertsARow()
{
    QCOMPARE(m_roles->rowCount(), 0);
    QSignalSpy inserted(m_roles.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_roles.get(), &QAbstractItemModel::modelReset);
    QSignalSpy historyInserted(m_history.get(), &QAbstractItemModel::rowsInserted);
    const QDateTime when = m_fixture.clock()->nowUtc();
    QVERIFY(m_fixture.submit(assign(QStringLiteral("commander"), QStringLiteral("alice"))));

    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(historyInserted.count(), 1);
    QCOMPARE(m_roles->rowCount(), 1);
    const QModelIndex person = m_roles->index(0, RolesModel::PersonColumn);
    QCOMPARE(person.data().toString(), QStringLiteral("alice"));
    QCOMPARE(m_roles->index(0, RolesModel::RoleColumn).data().toString(), QStringLiteral("Commander"));
    QCOMPARE(person.data(RolesModel::RoleNameRole).toString(), QStringLiteral("commander"));
    QCOMPARE(person.data(RolesModel::SinceRole).toDateTime(), when);
    QCOMPARE(m_roles->index(0, RolesModel::AssignedByColumn).data().toString(), QStringLiteral("tester"));
    QVERIFY(!m_roles->index(0, RolesModel::SinceColumn).data().toString().isEmpty());
    QCOMPARE(m_roles->holder(QStringLiteral("commander")), QStringLiteral("alice"));
}

void TestRolesModel::standardRolesComeFirst()
{
    QSignalSpy inserted(m_roles.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(m_fixture.submit(assign(QStringLiteral("db-expert"), QStringLiteral("marco"))));
    QVERIFY(m_fixture.submit(assign(QStringLiteral("scribe"), QStringLiteral("lena"))));
    QVERIFY(m_fixture.submit(assign(QStringLiteral("commander"), QStringLiteral("alice"))));
    QVERIFY(m_fixture.submit(assign(QStringLiteral("comms"), QStringLiteral("bob"))));
    QCOMPARE(inserted.count(), 4);
    QStringList order;
    for (int row = 0; row < m_roles->rowCount(); ++row)
        order << m_roles->index(row, 0).data(RolesModel::RoleNameRole).toString();
    QCOMPARE(order,
        (QStringList {QStringLiteral("commander"), QStringLiteral("scribe"), QStringLiteral("comms"),
            QStringLiteral("db-expert")}));
    // Where each insert landed: db-expert at 0, scribe before it, commander before both, comms after scribe.
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(1).at(1).toInt(), 0);
    QCOMPARE(inserted.at(2).at(1).toInt(), 0);
    QCOMPARE(inserted.at(3).at(1).toInt(), 2);
}

void TestRolesModel::handOverChangesTheRowAndAddsHistory()
{
    QVERIFY(m_fixture.submit(assign(QStringLiteral("commander"), QStringLiteral("alice"))));
    QVERIFY(m_fixture.submit(assign(QStringLiteral("scribe"), QStringLiteral("lena"))));
    m_fixture.clock()->advanceSecs(600);

    QSignalSpy changed(m_roles.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_roles.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_roles.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_roles.get(), &QAbstractItemModel::modelReset);
    QSignalSpy historyChanged(m_history.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy historyInserted(m_history.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy historyReset(m_history.get(), &QAbstractItemModel::modelReset);
    const QDateTime handOver = m_fixture.clock()->nowUtc();
    QVERIFY(m_fixture.submit(assign(QStringLiteral("commander"), QStringLiteral("bob"))));

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_roles->index(0, RolesModel::PersonColumn).data().toString(), QStringLiteral("bob"));
    QCOMPARE(m_roles->index(0, 0).data(RolesModel::SinceRole).toDateTime(), handOver);

    // The history closes alice's tenure (row 0) and appends bob's.
    QCOMPARE(historyReset.count(), 0);
    QCOMPARE(historyChanged.count(), 1);
    QCOMPARE(historyChanged.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(historyInserted.count(), 1);
    QCOMPARE(historyInserted.at(0).at(1).toInt(), 2);
    QCOMPARE(m_history->rowCount(), 3);
    QCOMPARE(m_history->index(0, RoleHistoryModel::PersonColumn).data().toString(), QStringLiteral("alice"));
    QCOMPARE(m_history->index(0, 0).data(RoleHistoryModel::UntilRole).toDateTime(), handOver);
    QCOMPARE(
        m_history->index(0, RoleHistoryModel::ReleasedByColumn).data().toString(), QStringLiteral("tester"));
    QVERIFY(!m_history->index(0, 0).data(RoleHistoryModel::CurrentRole).toBool());
    QCOMPARE(m_history->index(2, RoleHistoryModel::PersonColumn).data().toString(), QStringLiteral("bob"));
    QCOMPARE(m_history->index(2, 0).data(RoleHistoryModel::FromRole).toDateTime(), handOver);
    QVERIFY(m_history->index(2, 0).data(RoleHistoryModel::CurrentRole).toBool());
    QCOMPARE(m_history->index(2, RoleHistoryModel::UntilColumn).data().toString(), QStringLiteral("now"));
}

void TestRolesModel::releaseRemovesTheRow()
{
    QVERIFY(m_fixture.submit(assign(QStringLiteral("commander"), QStringLiteral("alice"))));
    QVERIFY(m_fixture.submit(assign(QStringLiteral("ops"), QStringLiteral("marco"))));
    QSignalSpy removed(m_roles.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_roles.get(), &QAbstractItemModel::modelReset);
    QSignalSpy historyChanged(m_history.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy historyInserted(m_history.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(m_fixture.submit(m_fixture.session()->events().unassignRole(
        m_fixture.incident(), QStringLiteral("commander"), QStringLiteral("alice"))));

    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_roles->rowCount(), 1);
    QCOMPARE(m_roles->index(0, 0).data(RolesModel::RoleNameRole).toString(), QStringLiteral("ops"));
    QCOMPARE(m_roles->rowOf(QStringLiteral("commander")), -1);
    QCOMPARE(historyChanged.count(), 1);
    QCOMPARE(historyInserted.count(), 0);
    QVERIFY(m_history->index(0, 0).data(RoleHistoryModel::UntilRole).toDateTime().isValid());
}

void TestRolesModel::otherIncidentsDoNotTouchTheModel()
{
    Error error;
    const QString other
        = m_fixture.session()->declareIncident(QStringLiteral("Other"), Severity::Sev4, {}, &error);
    QVERIFY2(!other.isEmpty(), qPrintable(error.message));
    QSignalSpy inserted(m_roles.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_roles.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_fixture.submit(
        m_fixture.session()->events().assignRole(other, QStringLiteral("commander"), QStringLiteral("zoe"))));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_roles->rowCount(), 0);
}

void TestRolesModel::incidentChangeResets()
{
    QVERIFY(m_fixture.submit(assign(QStringLiteral("commander"), QStringLiteral("alice"))));
    QSignalSpy reset(m_roles.get(), &QAbstractItemModel::modelReset);
    m_roles->setIncident({});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_roles->rowCount(), 0);
    m_roles->setIncident(m_fixture.incident());
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_roles->rowCount(), 1);
}

void TestRolesModel::historyShowsEveryTenure()
{
    QVERIFY(m_fixture.submit(assign(QStringLiteral("commander"), QStringLiteral("alice"))));
    m_fixture.clock()->advanceSecs(60);
    QVERIFY(m_fixture.submit(assign(QStringLiteral("commander"), QStringLiteral("bob"))));
    m_fixture.clock()->advanceSecs(60);
    QVERIFY(m_fixture.submit(m_fixture.session()->events().unassignRole(
        m_fixture.incident(), QStringLiteral("commander"), QStringLiteral("bob"))));
    m_fixture.clock()->advanceSecs(60);
    QVERIFY(m_fixture.submit(assign(QStringLiteral("commander"), QStringLiteral("alice"))));

    // A fresh model over the same log shows the same rows as the one that followed along.
    RoleHistoryModel fresh(m_fixture.session());
    fresh.setIncident(m_fixture.incident());
    QCOMPARE(m_history->rowCount(), 3);
    QCOMPARE(fresh.rowCount(), 3);
    for (int row = 0; row < fresh.rowCount(); ++row) {
        for (int column = 0; column < RoleHistoryModel::ColumnCount; ++column)
            QCOMPARE(m_history->index(row, column).data(), fresh.index(row, column).data());
    }
    const QStringList people {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("alice")};
    for (int row = 0; row < 3; ++row)
        QCOMPARE(m_history->index(row, RoleHistoryModel::PersonColumn).data().toString(), people.at(row));
    QCOMPARE(m_history->headerData(RoleHistoryModel::ReleasedByColumn, Qt::Horizontal).toString(),
        QStringLiteral("Released by"));
}

QTEST_MAIN(TestRolesModel)
#include "testrolesmodel.moc"
