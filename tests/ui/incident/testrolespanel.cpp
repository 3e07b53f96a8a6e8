// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtypes.h"
#include "incidentfixture.h"
#include "messagebox.h"
#include "rolehistorymodel.h"
#include "rolesmodel.h"
#include "rolespanel.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTableView>
#include <QTest>

using namespace Warroom;

class TestRolesPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void assignsARole();
    void handsOverAndKeepsHistory();
    void releasesARole();
    void releasingTheCommanderAsksFirst();
    void freeFormRolesAreValidatedLikeTheCore();
    void completesPeopleSeenInTheIncident();
    void selectingARowPicksItsRole();
    void controlsHaveAccessibleNames();

private:
    void assign(const QString &role, const QString &person);
    [[nodiscard]] QComboBox *roleCombo() const
    {
        return m_panel->findChild<QComboBox *>(QStringLiteral("roleComboBox"));
    }
    [[nodiscard]] QLineEdit *personEdit() const
    {
        return m_panel->findChild<QLineEdit *>(QStringLiteral("personLineEdit"));
    }
    [[nodiscard]] QPushButton *assignButton() const
    {
        return m_panel->findChild<QPushButton *>(QStringLiteral("assignRoleButton"));
    }
    [[nodiscard]] QPushButton *releaseButton() const
    {
        return m_panel->findChild<QPushButton *>(QStringLiteral("releaseRoleButton"));
    }

    IncidentFixture m_fixture;
    std::unique_ptr<RolesPanel> m_panel;
};

void TestRolesPanel::init()
{
    m_fixture.setUp();
    QVERIFY(m_fixture.isReady());
    MessageBox::setRecordWarnings(true);
    m_panel = std::make_unique<RolesPanel>(m_fixture.session());
    m_panel->setIncident(m_fixture.incident());
    m_panel->resize(450, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    QVERIFY(roleCombo() && personEdit() && assignButton() && releaseButton());
}

void TestRolesPanel::cleanup()
{
    m_panel.reset();
    MessageBox::setRecordWarnings(false);
    m_fixture.tearDown();
}

void TestRolesPanel::assign(const QString &role, const QString &person)
{
    roleCombo()->setFocus();
    roleCombo()->lineEdit()->selectAll();
    QTest::keyClicks(roleCombo()->lineEdit(), role);
    QTest::keyClick(roleCombo()->lineEdit(), Qt::Key_Return); // Enter moves on to the person
    QVERIFY(personEdit()->hasFocus());
    QTest::keyClicks(personEdit(), person);
    QVERIFY(assignButton()->isEnabled());
    QTest::keyClick(personEdit(), Qt::Key_Return);
}

void TestRolesPanel::assignsARole()
{
    QCOMPARE(m_panel->objectName(), QStringLiteral("rolesPanel"));
    auto *view = m_panel->findChild<QTableView *>(QStringLiteral("rolesView"));
    QVERIFY(view);
    QCOMPARE(assignButton()->text(), QStringLiteral("Assign"));
    QVERIFY(!assignButton()->isEnabled()); // nobody typed yet
    QVERIFY(!releaseButton()->isEnabled());

    assign(QStringLiteral("commander"), QStringLiteral("alice"));
    const Event stored = m_fixture.lastStored(EventType::RoleAssigned);
    QCOMPARE(stored.data.value(QStringLiteral("role")).toString(), QStringLiteral("commander"));
    QCOMPARE(stored.data.value(QStringLiteral("person")).toString(), QStringLiteral("alice"));
    QVERIFY(m_fixture.session()->projection().summary(m_fixture.incident()).isAcknowledged());
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, RolesModel::PersonColumn).data().toString(), QStringLiteral("alice"));
    QVERIFY(personEdit()->text().isEmpty());
    // The role is held now: the same button hands it over, and it can be released.
    QCOMPARE(assignButton()->text(), QStringLiteral("Hand over"));
    QVERIFY(releaseButton()->isEnabled());
}

void TestRolesPanel::handsOverAndKeepsHistory()
{
    assign(QStringLiteral("commander"), QStringLiteral("alice"));
    const QDateTime first = m_fixture.clock()->nowUtc();
    m_fixture.clock()->advanceSecs(15 * 60);
    const QDateTime second = m_fixture.clock()->nowUtc();

    roleCombo()->setCurrentText(QStringLiteral("commander"));
    QTest::keyClicks(personEdit(), QStringLiteral("alice"));
    QVERIFY(!assignButton()->isEnabled()); // alice holds it already
    auto *hint = m_panel->findChild<QLabel *>(QStringLiteral("roleHintLabel"));
    QVERIFY(hint->text().contains(QStringLiteral("already")));
    personEdit()->clear();
    QTest::keyClicks(personEdit(), QStringLiteral("bob"));
    QCOMPARE(assignButton()->text(), QStringLiteral("Hand over"));
    QTest::mouseClick(assignButton(), Qt::LeftButton);

    QCOMPARE(m_fixture.state()->commander(), QStringLiteral("bob"));
    auto *history = m_panel->findChild<QTableView *>(QStringLiteral("roleHistoryView"));
    QVERIFY(history);
    QAbstractItemModel *model = history->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, RoleHistoryModel::PersonColumn).data().toString(), QStringLiteral("alice"));
    QCOMPARE(model->index(0, 0).data(RoleHistoryModel::FromRole).toDateTime(), first);
    QCOMPARE(model->index(0, 0).data(RoleHistoryModel::UntilRole).toDateTime(), second);
    QVERIFY(!model->index(0, RoleHistoryModel::UntilColumn).data().toString().isEmpty());
    QCOMPARE(model->index(1, RoleHistoryModel::PersonColumn).data().toString(), QStringLiteral("bob"));
    QCOMPARE(model->index(1, 0).data(RoleHistoryModel::FromRole).toDateTime(), second);
    QVERIFY(!model->index(1, 0).data(RoleHistoryModel::UntilRole).toDateTime().isValid());
}

void TestRolesPanel::releasesARole()
{
    assign(QStringLiteral("scribe"), QStringLiteral("lena"));
    roleCombo()->setCurrentText(QStringLiteral("scribe"));
    QVERIFY(releaseButton()->isEnabled());
    QTest::mouseClick(releaseButton(), Qt::LeftButton);
    const Event stored = m_fixture.lastStored(EventType::RoleUnassigned);
    QCOMPARE(stored.data.value(QStringLiteral("role")).toString(), QStringLiteral("scribe"));
    QCOMPARE(stored.data.value(QStringLiteral("person")).toString(), QStringLiteral("lena"));
    QVERIFY(m_fixture.state()->roles().isEmpty());
    QCOMPARE(m_panel->rolesModel()->rowCount(), 0);
    QVERIFY(!releaseButton()->isEnabled());
    QCOMPARE(assignButton()->text(), QStringLiteral("Assign"));
}

void TestRolesPanel::releasingTheCommanderAsksFirst()
{
    assign(QStringLiteral("commander"), QStringLiteral("alice"));
    roleCombo()->setCurrentText(QStringLiteral("commander"));
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(releaseButton(), Qt::LeftButton);
    QCOMPARE(m_fixture.state()->commander(), QStringLiteral("alice"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(releaseButton(), Qt::LeftButton);
    QVERIFY(m_fixture.state()->commander().isEmpty());
}

void TestRolesPanel::freeFormRolesAreValidatedLikeTheCore()
{
    QLineEdit *role = roleCombo()->lineEdit();
    role->setFocus();
    role->selectAll();
    // Capitals are lowered, characters the core refuses never get in.
    QTest::keyClicks(role, QStringLiteral("DB Expert!?"));
    QCOMPARE(role->text(), QStringLiteral("db expert"));
    QTest::keyClicks(personEdit(), QStringLiteral("marco"));
    QVERIFY(assignButton()->isEnabled());
    QTest::mouseClick(assignButton(), Qt::LeftButton);
    QCOMPARE(m_fixture.state()->roles().value(QStringLiteral("db expert")), QStringLiteral("marco"));
    // The new role is offered in the list from now on.
    QVERIFY(roleCombo()->findText(QStringLiteral("db expert")) >= 0);

    // Too long for the core: the field stops at 40 characters.
    role->selectAll();
    QTest::keyClicks(role, QString(50, QLatin1Char('x')));
    QCOMPARE(role->text().size(), 40);
}

void TestRolesPanel::completesPeopleSeenInTheIncident()
{
    QVERIFY(m_fixture.submit(m_fixture.session()->events().addAction(
        m_fixture.incident(), QStringLiteral("Write the postmortem"), QStringLiteral("priya"))));
    QVERIFY(m_fixture.submit(m_fixture.session()->events().assignRole(
        m_fixture.incident(), QStringLiteral("ops"), QStringLiteral("marco"))));
    QCompleter *completer = personEdit()->completer();
    QVERIFY(completer);
    const QStringList people = qobject_cast<QStringListModel *>(completer->model())->stringList();
    QCOMPARE(
        people, (QStringList {QStringLiteral("marco"), QStringLiteral("priya"), QStringLiteral("tester")}));
}

void TestRolesPanel::selectingARowPicksItsRole()
{
    assign(QStringLiteral("commander"), QStringLiteral("alice"));
    assign(QStringLiteral("ops"), QStringLiteral("marco"));
    auto *view = m_panel->findChild<QTableView *>(QStringLiteral("rolesView"));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0));
    QCOMPARE(roleCombo()->currentText(), QStringLiteral("ops"));
    QVERIFY(releaseButton()->isEnabled());
}

void TestRolesPanel::controlsHaveAccessibleNames()
{
    for (const QString &name : {QStringLiteral("rolesView"), QStringLiteral("roleComboBox"),
             QStringLiteral("personLineEdit"), QStringLiteral("assignRoleButton"),
             QStringLiteral("releaseRoleButton"), QStringLiteral("roleHistoryView")}) {
        auto *widget = m_panel->findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
    }
}

QTEST_MAIN(TestRolesPanel)
#include "testrolespanel.moc"
