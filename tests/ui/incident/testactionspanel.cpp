// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionsmodel.h"
#include "actionspanel.h"
#include "eventtypes.h"
#include "incidentfixture.h"
#include "messagebox.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Warroom;

class TestActionsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void addsAFollowUpWithOwnerAndDue();
    void addsAFollowUpWithoutDueDate();
    void ticksDone();
    void overdueIsSaidInWords();
    void addNeedsText();
    void controlsHaveAccessibleNames();

private:
    template<typename T> T *child(const QString &name) const
    {
        auto *found = m_panel->findChild<T *>(name);
        if (!found)
            qWarning() << "no child" << name;
        return found;
    }

    IncidentFixture m_fixture;
    std::unique_ptr<ActionsPanel> m_panel;
};

void TestActionsPanel::init()
{
    m_fixture.setUp();
    QVERIFY(m_fixture.isReady());
    MessageBox::setRecordWarnings(true);
    m_panel = std::make_unique<ActionsPanel>(m_fixture.session());
    m_panel->setIncident(m_fixture.incident());
    m_panel->resize(450, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

void TestActionsPanel::cleanup()
{
    m_panel.reset();
    MessageBox::setRecordWarnings(false);
    m_fixture.tearDown();
}

void TestActionsPanel::addsAFollowUpWithOwnerAndDue()
{
    QCOMPARE(m_panel->objectName(), QStringLiteral("actionsPanel"));
    auto *text = child<QLineEdit>(QStringLiteral("actionTextLineEdit"));
    auto *owner = child<QLineEdit>(QStringLiteral("actionOwnerLineEdit"));
    auto *due = child<QDateEdit>(QStringLiteral("actionDueEdit"));
    auto *add = child<QPushButton>(QStringLiteral("addActionButton"));
    QVERIFY(text && owner && due && add);
    QVERIFY(!add->isEnabled());

    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Add a dry run to the migration checklist"));
    QTest::keyClicks(owner, QStringLiteral("marco"));
    const QDate day = m_fixture.clock()->nowUtc().toLocalTime().date().addDays(10);
    due->setDate(day);
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);

    const Event stored = m_fixture.lastStored(EventType::ActionAdded);
    QVERIFY(stored.isStored());
    QCOMPARE(stored.data.value(QStringLiteral("text")).toString(),
        QStringLiteral("Add a dry run to the migration checklist"));
    QCOMPARE(stored.data.value(QStringLiteral("owner")).toString(), QStringLiteral("marco"));
    QCOMPARE(Wire::parseTime(stored.data.value(QStringLiteral("due")).toString()).toLocalTime().date(), day);
    auto *view = child<QTableView>(QStringLiteral("actionsView"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, ActionsModel::OwnerColumn).data().toString(), QStringLiteral("marco"));
    QVERIFY(text->text().isEmpty());
    QVERIFY(text->hasFocus()); // ready for the next one
    QVERIFY(child<QLabel>(QStringLiteral("actionsSummaryLabel"))->text().contains(QStringLiteral("1 open")));
}

void TestActionsPanel::addsAFollowUpWithoutDueDate()
{
    auto *text = child<QLineEdit>(QStringLiteral("actionTextLineEdit"));
    auto *noDue = child<QCheckBox>(QStringLiteral("actionDueCheckBox"));
    QVERIFY(noDue->isChecked());
    noDue->click();
    QVERIFY(!child<QDateEdit>(QStringLiteral("actionDueEdit"))->isEnabled());
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Alert per endpoint"));
    QTest::keyClick(text, Qt::Key_Return);
    const Event stored = m_fixture.lastStored(EventType::ActionAdded);
    QVERIFY(!stored.data.contains(QStringLiteral("due")));
    QVERIFY(!stored.data.contains(QStringLiteral("owner")));
    QVERIFY(!m_fixture.state()->actions().first().due.isValid());
}

void TestActionsPanel::ticksDone()
{
    QVERIFY(m_fixture.submit(m_fixture.session()->events().addAction(
        m_fixture.incident(), QStringLiteral("Alert per endpoint"), QStringLiteral("lena"))));
    auto *view = child<QTableView>(QStringLiteral("actionsView"));
    QCOMPARE(view->model()->rowCount(), 1);
    // Space on the Done cell ticks it, like any check box.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, ActionsModel::DoneColumn));
    QTest::keyClick(view, Qt::Key_Space);
    QTRY_VERIFY(m_fixture.state()->actions().first().done);
    const Event stored = m_fixture.lastStored(EventType::ActionUpdated);
    QCOMPARE(stored.data.value(QStringLiteral("done")).toBool(), true);
    QCOMPARE(
        view->model()->index(0, ActionsModel::DoneColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(child<QLabel>(QStringLiteral("actionsSummaryLabel"))->text().contains(QStringLiteral("1 done")));
}

void TestActionsPanel::overdueIsSaidInWords()
{
    QVERIFY(m_fixture.submit(m_fixture.session()->events().addAction(m_fixture.incident(),
        QStringLiteral("Alert per endpoint"), {}, m_fixture.clock()->nowUtc().addSecs(60))));
    m_fixture.clock()->advanceSecs(120);
    m_panel->model()->refreshOverdue();
    auto *view = child<QTableView>(QStringLiteral("actionsView"));
    QVERIFY(view->model()
                ->index(0, ActionsModel::DueColumn)
                .data()
                .toString()
                .contains(QStringLiteral("overdue")));
    QVERIFY(
        child<QLabel>(QStringLiteral("actionsSummaryLabel"))->text().contains(QStringLiteral("1 overdue")));
}

void TestActionsPanel::addNeedsText()
{
    auto *text = child<QLineEdit>(QStringLiteral("actionTextLineEdit"));
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("   "));
    QVERIFY(!child<QPushButton>(QStringLiteral("addActionButton"))->isEnabled());
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(m_fixture.storedCount(EventType::ActionAdded), 0);
}

void TestActionsPanel::controlsHaveAccessibleNames()
{
    for (const QString &name : {QStringLiteral("actionsView"), QStringLiteral("actionTextLineEdit"),
             QStringLiteral("actionOwnerLineEdit"), QStringLiteral("actionDueCheckBox"),
             QStringLiteral("actionDueEdit"), QStringLiteral("addActionButton")}) {
        auto *widget = child<QWidget>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
    }
}

QTEST_MAIN(TestActionsPanel)
#include "testactionspanel.moc"
