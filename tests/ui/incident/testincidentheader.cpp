// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtypes.h"
#include "incidentfixture.h"
#include "incidentheader.h"
#include "messagebox.h"
#include "presentation.h"
#include "rolespanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace Warroom;
using namespace std::chrono_literals;

class TestIncidentHeader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void showsTheIncident();
    void editsTheTitleInPlace();
    void escapeRevertsTheTitle();
    void emptyTitleRevertsWithAWarning();
    void focusOutSavesTheTitle();
    void editTitleActionFocusesTheTitle();
    void changesSeverity();
    void statusLifecycle();
    void changeStatusActionOpensTheList();
    void wheelDoesNotChangeTheStatus();
    void backDatedImpactStartShowsTimeToDetect();
    void impactStartCannotBeInTheFuture();
    void elapsedTicksWithTheClock();
    void editsServices();
    void savesTheSummary();
    void anotherWriterDoesNotOverwriteTyping();
    void missingCommanderIsLoudUntilAssigned();

private:
    template<typename T> T *child(const QString &name) const
    {
        auto *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning() << "no child" << name;
        return found;
    }
    void chooseStatus(Status status);

    IncidentFixture m_fixture;
    std::unique_ptr<QWidget> m_window;
    IncidentHeader *m_header = nullptr;
    RolesPanel *m_roles = nullptr;
};

void TestIncidentHeader::init()
{
    m_fixture.setUp();
    QVERIFY(m_fixture.isReady());
    MessageBox::setRecordWarnings(true);
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_header = new IncidentHeader(m_fixture.session(), m_window.get());
    m_header->setTickInterval(0ms);
    m_roles = new RolesPanel(m_fixture.session(), m_window.get());
    layout->addWidget(m_header);
    layout->addWidget(m_roles);
    connect(m_header, &IncidentHeader::assignCommanderRequested, m_roles,
        [this] { m_roles->startAssigning(QStringLiteral("commander")); });
    m_header->setIncident(m_fixture.incident());
    m_roles->setIncident(m_fixture.incident());
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestIncidentHeader::cleanup()
{
    m_window.reset();
    m_header = nullptr;
    m_roles = nullptr;
    MessageBox::setRecordWarnings(false);
    m_fixture.tearDown();
}

void TestIncidentHeader::chooseStatus(Status status)
{
    auto *combo = child<QComboBox>(QStringLiteral("statusComboBox"));
    QVERIFY(combo);
    QVERIFY(pickComboItem(combo, combo->findData(int(status))));
}

void TestIncidentHeader::showsTheIncident()
{
    QCOMPARE(m_header->objectName(), QStringLiteral("incidentHeader"));
    QCOMPARE(
        child<QLineEdit>(QStringLiteral("titleLineEdit"))->text(), QStringLiteral("Checkout returns 502"));
    QCOMPARE(
        child<QComboBox>(QStringLiteral("severityComboBox"))->currentData().toInt(), int(Severity::Sev2));
    QCOMPARE(
        child<QComboBox>(QStringLiteral("statusComboBox"))->currentText(), QStringLiteral("Investigating"));
    QCOMPARE(
        child<QPlainTextEdit>(QStringLiteral("summaryTextEdit"))->toPlainText(), QStringLiteral("EU only"));
    QCOMPARE(child<QLabel>(QStringLiteral("timeToDetectLabel"))->text(), QStringLiteral("Detect —"));
    QVERIFY(!child<QLabel>(QStringLiteral("timeToDetectLabel"))->toolTip().isEmpty());
    QCOMPARE(child<QLabel>(QStringLiteral("timeToResolveLabel"))->text(), QStringLiteral("Resolve —"));
    // Every control has an accessible name.
    for (QWidget *widget : m_header->findChildren<QWidget *>()) {
        if (widget->focusPolicy() != Qt::NoFocus && widget->isVisibleTo(m_header)
            && !qobject_cast<QAbstractItemView *>(widget) && widget->parentWidget() == m_header)
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

void TestIncidentHeader::editsTheTitleInPlace()
{
    auto *title = child<QLineEdit>(QStringLiteral("titleLineEdit"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Checkout down in the EU  "));
    QTest::keyClick(title, Qt::Key_Return);

    const Event stored = m_fixture.lastStored(EventType::IncidentUpdated);
    QVERIFY(stored.isStored());
    QCOMPARE(
        stored.data.value(QStringLiteral("title")).toString(), QStringLiteral("Checkout down in the EU"));
    QCOMPARE(m_fixture.session()->projection().summary(m_fixture.incident()).title,
        QStringLiteral("Checkout down in the EU"));
    QCOMPARE(title->text(), QStringLiteral("Checkout down in the EU"));
    // Enter again, or leaving the field, does not store the same title twice.
    QTest::keyClick(title, Qt::Key_Return);
    child<QLineEdit>(QStringLiteral("servicesLineEdit"))->setFocus();
    QCOMPARE(m_fixture.storedCount(EventType::IncidentUpdated), 1);
}

void TestIncidentHeader::escapeRevertsTheTitle()
{
    auto *title = child<QLineEdit>(QStringLiteral("titleLineEdit"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Something else"));
    QTest::keyClick(title, Qt::Key_Escape);
    QCOMPARE(title->text(), QStringLiteral("Checkout returns 502"));
    child<QLineEdit>(QStringLiteral("servicesLineEdit"))->setFocus();
    QCOMPARE(m_fixture.storedCount(EventType::IncidentUpdated), 0);
}

void TestIncidentHeader::emptyTitleRevertsWithAWarning()
{
    auto *title = child<QLineEdit>(QStringLiteral("titleLineEdit"));
    title->setFocus();
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(title->text(), QStringLiteral("Checkout returns 502"));
    QVERIFY(MessageBox::lastWarning().contains(QStringLiteral("needs a title")));
    QCOMPARE(m_fixture.storedCount(EventType::IncidentUpdated), 0);
}

void TestIncidentHeader::focusOutSavesTheTitle()
{
    auto *title = child<QLineEdit>(QStringLiteral("titleLineEdit"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Saved on leaving"));
    child<QLineEdit>(QStringLiteral("servicesLineEdit"))->setFocus();
    QCOMPARE(m_fixture.state()->title(), QStringLiteral("Saved on leaving"));
}

void TestIncidentHeader::editTitleActionFocusesTheTitle()
{
    QAction *action = m_header->editTitleAction();
    QVERIFY(action);
    QCOMPARE(action->objectName(), QStringLiteral("editTitleAction"));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F2));
    child<QLineEdit>(QStringLiteral("servicesLineEdit"))->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F2);
    auto *title = child<QLineEdit>(QStringLiteral("titleLineEdit"));
    QTRY_VERIFY(title->hasFocus());
    QCOMPARE(title->selectedText(), title->text());
}

void TestIncidentHeader::changesSeverity()
{
    auto *severity = child<QComboBox>(QStringLiteral("severityComboBox"));
    QVERIFY(!severity->itemIcon(0).isNull());
    QVERIFY(pickComboItem(severity, severity->findData(int(Severity::Sev1))));
    const Event stored = m_fixture.lastStored(EventType::IncidentUpdated);
    QCOMPARE(stored.data.value(QStringLiteral("severity")).toString(), QStringLiteral("SEV1"));
    QCOMPARE(m_fixture.session()->projection().summary(m_fixture.incident()).severity, Severity::Sev1);
    QCOMPARE(severity->currentData().toInt(), int(Severity::Sev1));
}

void TestIncidentHeader::statusLifecycle()
{
    auto *combo = child<QComboBox>(QStringLiteral("statusComboBox"));
    chooseStatus(Status::Identified);
    QCOMPARE(m_fixture.state()->status(), Status::Identified);
    chooseStatus(Status::Mitigated);
    QCOMPARE(m_fixture.state()->status(), Status::Mitigated);

    // Resolving asks first; No changes nothing.
    MessageBox::setNextAnswer(QMessageBox::No);
    chooseStatus(Status::Resolved);
    QCOMPARE(m_fixture.state()->status(), Status::Mitigated);
    QCOMPARE(combo->currentData().toInt(), int(Status::Mitigated));
    QCOMPARE(m_fixture.storedCount(EventType::IncidentStatus), 2);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    chooseStatus(Status::Resolved);
    QCOMPARE(m_fixture.state()->status(), Status::Resolved);
    QVERIFY(!m_fixture.session()->projection().summary(m_fixture.incident()).isOpen());
    QCOMPARE(combo->currentData().toInt(), int(Status::Resolved));
    QVERIFY(
        child<QLabel>(QStringLiteral("elapsedLabel"))->text().startsWith(QStringLiteral("Resolved after")));
    QVERIFY(child<QLabel>(QStringLiteral("timeToResolveLabel"))->text() != QStringLiteral("Resolve —"));

    // Once resolved, only a reopen (back to investigating) is on offer.
    auto *items = qobject_cast<QStandardItemModel *>(combo->model());
    QVERIFY(items);
    QVERIFY(!items->item(combo->findData(int(Status::Identified)))->isEnabled());
    QVERIFY(items->item(combo->findData(int(Status::Investigating)))->isEnabled());
    QVERIFY(
        combo->itemText(combo->findData(int(Status::Investigating))).startsWith(QStringLiteral("Reopen")));

    MessageBox::setNextAnswer(QMessageBox::No);
    chooseStatus(Status::Investigating);
    QCOMPARE(m_fixture.state()->status(), Status::Resolved);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    chooseStatus(Status::Investigating);
    QCOMPARE(m_fixture.state()->status(), Status::Investigating);
    QVERIFY(m_fixture.session()->projection().summary(m_fixture.incident()).isOpen());
    QCOMPARE(combo->currentText(), QStringLiteral("Investigating"));
    QCOMPARE(child<QLabel>(QStringLiteral("timeToResolveLabel"))->text(), QStringLiteral("Resolve —"));
}

void TestIncidentHeader::changeStatusActionOpensTheList()
{
    QAction *action = m_header->changeStatusAction();
    QCOMPARE(action->objectName(), QStringLiteral("changeStatusAction"));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    auto *combo = child<QComboBox>(QStringLiteral("statusComboBox"));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(combo->view()->isVisible());
    combo->hidePopup();
}

void TestIncidentHeader::wheelDoesNotChangeTheStatus()
{
    auto *combo = child<QComboBox>(QStringLiteral("statusComboBox"));
    const QPoint centre = combo->rect().center();
    QWheelEvent wheel(centre, combo->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(combo, &wheel);
    QCOMPARE(combo->currentData().toInt(), int(Status::Investigating));
    QCOMPARE(m_fixture.storedCount(EventType::IncidentStatus), 0);
}

void TestIncidentHeader::backDatedImpactStartShowsTimeToDetect()
{
    auto *edit = child<QDateTimeEdit>(QStringLiteral("impactStartEdit"));
    const QDateTime declared = m_fixture.state()->milestones().declared;
    QCOMPARE(edit->dateTime().toUTC(), declared);
    QCOMPARE(child<QLabel>(QStringLiteral("timeToDetectLabel"))->text(), QStringLiteral("Detect —"));

    // Back-date by 9 minutes, as a person would: the edit shows local time.
    edit->setFocus();
    edit->setDateTime(declared.addSecs(-9 * 60).toLocalTime());
    QTest::keyClick(edit, Qt::Key_Return);

    const Event stored = m_fixture.lastStored(EventType::IncidentUpdated);
    QCOMPARE(stored.data.value(QStringLiteral("impact_started_at")).toString(),
        Wire::formatTime(declared.addSecs(-9 * 60)));
    QCOMPARE(m_fixture.state()->milestones().impactStarted, declared.addSecs(-9 * 60));
    QCOMPARE(child<QLabel>(QStringLiteral("timeToDetectLabel"))->text(),
        QStringLiteral("Detect %1").arg(Presentation::formatElapsed(9 * 60 * 1000)));
}

void TestIncidentHeader::impactStartCannotBeInTheFuture()
{
    auto *edit = child<QDateTimeEdit>(QStringLiteral("impactStartEdit"));
    QVERIFY(edit->maximumDateTime().toUTC() <= m_fixture.clock()->nowUtc());
    edit->setFocus();
    edit->setDateTime(m_fixture.clock()->nowUtc().addSecs(3600).toLocalTime());
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!m_fixture.state()->milestones().impactStarted.isValid()
        || m_fixture.state()->milestones().impactStarted <= m_fixture.clock()->nowUtc());
}

void TestIncidentHeader::elapsedTicksWithTheClock()
{
    auto *elapsed = child<QLabel>(QStringLiteral("elapsedLabel"));
    // Declared a minute before the fixture handed over.
    QCOMPARE(elapsed->text(), QStringLiteral("Open for %1").arg(Presentation::formatElapsed(60 * 1000)));
    m_fixture.clock()->advanceSecs(5);
    m_header->refreshElapsed();
    QCOMPARE(elapsed->text(), QStringLiteral("Open for %1").arg(Presentation::formatElapsed(65 * 1000)));

    // The real timer does it every second.
    m_header->setTickInterval(20ms);
    m_fixture.clock()->advanceSecs(10);
    QTRY_COMPARE(elapsed->text(), QStringLiteral("Open for %1").arg(Presentation::formatElapsed(75 * 1000)));
}

void TestIncidentHeader::editsServices()
{
    auto *services = child<QLineEdit>(QStringLiteral("servicesLineEdit"));
    services->setFocus();
    QTest::keyClicks(services, QStringLiteral(" checkout,payments-api , ,checkout"));
    QTest::keyClick(services, Qt::Key_Return);
    QCOMPARE(m_fixture.state()->services(),
        (QStringList {QStringLiteral("checkout"), QStringLiteral("payments-api")}));
    QCOMPARE(services->text(), QStringLiteral("checkout, payments-api"));
    const Event stored = m_fixture.lastStored(EventType::IncidentUpdated);
    QCOMPARE(stored.data.value(QStringLiteral("services")).toArray().size(), 2);
}

void TestIncidentHeader::savesTheSummary()
{
    auto *summary = child<QPlainTextEdit>(QStringLiteral("summaryTextEdit"));
    auto *save = child<QPushButton>(QStringLiteral("saveSummaryButton"));
    QVERIFY(!save->isEnabled());
    summary->setFocus();
    summary->moveCursor(QTextCursor::End);
    QTest::keyClicks(summary, QStringLiteral(", since 22:31 UTC"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_fixture.state()->summary(), QStringLiteral("EU only, since 22:31 UTC"));
    QVERIFY(!save->isEnabled());

    // Escape puts the saved text back; Ctrl+Enter saves.
    summary->setFocus();
    QTest::keyClicks(summary, QStringLiteral(" oops"));
    QTest::keyClick(summary, Qt::Key_Escape);
    QCOMPARE(summary->toPlainText(), QStringLiteral("EU only, since 22:31 UTC"));
    QTest::keyClicks(summary, QStringLiteral(" - payments OK"));
    QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_fixture.state()->summary().endsWith(QStringLiteral("payments OK")));
    QCOMPARE(m_fixture.storedCount(EventType::IncidentUpdated), 2);
}

void TestIncidentHeader::anotherWriterDoesNotOverwriteTyping()
{
    auto *title = child<QLineEdit>(QStringLiteral("titleLineEdit"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("My words"));
    QVERIFY(m_fixture.submit(m_fixture.session()->events().update(
        m_fixture.incident(), IncidentChanges().setTitle(QStringLiteral("Their words")))));
    QCOMPARE(title->text(), QStringLiteral("My words"));
    QTest::keyClick(title, Qt::Key_Escape);
    QCOMPARE(title->text(), QStringLiteral("Their words"));
}

void TestIncidentHeader::missingCommanderIsLoudUntilAssigned()
{
    auto *label = child<QLabel>(QStringLiteral("commanderLabel"));
    auto *button = child<QPushButton>(QStringLiteral("assignCommanderButton"));
    QCOMPARE(label->text(), QStringLiteral("No commander — assign one"));
    QVERIFY(label->font().bold());
    QVERIFY(label->palette().color(QPalette::WindowText) != m_header->palette().color(QPalette::WindowText));
    QVERIFY(button->isVisible());
    QVERIFY(!m_fixture.session()->projection().summary(m_fixture.incident()).isAcknowledged());

    // The button lands in the roles panel, commander picked, cursor in the person field.
    QTest::mouseClick(button, Qt::LeftButton);
    auto *role = child<QComboBox>(QStringLiteral("roleComboBox"));
    auto *person = child<QLineEdit>(QStringLiteral("personLineEdit"));
    QCOMPARE(role->currentText(), QStringLiteral("commander"));
    QTRY_VERIFY(person->hasFocus());

    // Drive the real widgets, as a person would.
    role->setFocus();
    role->lineEdit()->selectAll();
    QTest::keyClicks(role->lineEdit(), QStringLiteral("commander"));
    QTest::keyClicks(person, QStringLiteral("alice"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("assignRoleButton")), Qt::LeftButton);

    QVERIFY(m_fixture.session()->projection().summary(m_fixture.incident()).isAcknowledged());
    QCOMPARE(label->text(), QStringLiteral("Commander: alice"));
    QVERIFY(!label->font().bold());
    QVERIFY(!button->isVisible());
    QVERIFY(
        child<QLabel>(QStringLiteral("timeToAcknowledgeLabel"))->text() != QStringLiteral("Acknowledge —"));
}

QTEST_MAIN(TestIncidentHeader)
#include "testincidentheader.moc"
