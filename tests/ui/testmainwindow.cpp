// SPDX-License-Identifier: GPL-3.0-or-later
#include "appstartup.h"
#include "boardmodel.h"
#include "boardwidget.h"
#include "declareincidentdialog.h"
#include "eventtypes.h"
#include "incidentnotifier.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "session.h"
#include "shortcutsdialog.h"
#include "sqlitestore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Warroom;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithEmptyBoard();
    void declaresThroughTheDialog();
    void declareButtonNeedsATitle();
    void refusedDeclarationKeepsTheDialog();
    void frenchCatalogueLoads();
    void germanCatalogueLoads();
    void openFailureNamesTheProblem();
    void defaultDatabaseFolderIsCreated();
    void undoFromTheEditMenu();
    void shortcutsDialogListsTheKeys();
    void othersDeclarationsNotify();
    void demoFromTheEmptyBoard();
    void demoOption();
    void restoresGeometryAndPanels();

private:
    [[nodiscard]] QString databasePath() const { return m_dir->filePath(QStringLiteral("warroom.sqlite")); }
    /// Runs AppStartup as main() does and shows the window.
    void start(const QStringList &extraArguments = {});
    DeclareIncidentDialog *openDeclareDialog();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppStartup> m_startup;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_startup.reset();
    m_dir.reset();
    QLocale::setDefault(QLocale::c());
}

void TestMainWindow::start(const QStringList &extraArguments)
{
    m_startup = std::make_unique<AppStartup>();
    QString message;
    QVERIFY2(m_startup->parse(QStringList {QStringLiteral("warroom"), QStringLiteral("--db"), databasePath(),
                                  QStringLiteral("--actor"), QStringLiteral("tester")}
                     + extraArguments,
                 &message),
        qPrintable(message));
    QCOMPARE(m_startup->databasePath(), databasePath());
    QCOMPARE(m_startup->actor(), QStringLiteral("tester"));
    Error error;
    m_session = m_startup->openSession(&error);
    QVERIFY2(m_session, qPrintable(error.message));
    m_window = std::make_unique<MainWindow>(m_session.get(), m_startup->databasePath());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

DeclareIncidentDialog *TestMainWindow::openDeclareDialog()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("declareAction"));
    if (!action)
        return nullptr;
    action->trigger();
    // The dialog is opened with open(), not exec(): wait for it to become the active modal window.
    if (!QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 5000))
        return nullptr;
    return qobject_cast<DeclareIncidentDialog *>(QApplication::activeModalWidget());
}

void TestMainWindow::startsWithEmptyBoard()
{
    start();
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Warroom"));
    auto *board = m_window->findChild<BoardWidget *>();
    QVERIFY(board);
    QVERIFY(board->isShowingEmptyState());
    auto *empty = m_window->findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No open incidents. Declare one with Ctrl+N."));

    auto *databaseLabel = m_window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(databaseLabel);
    QVERIFY(databaseLabel->text().contains(QDir::toNativeSeparators(databasePath())));
    auto *actorLabel = m_window->findChild<QLabel *>(QStringLiteral("actorLabel"));
    QVERIFY(actorLabel);
    QVERIFY(actorLabel->text().contains(QStringLiteral("tester")));

    auto *declareAction = m_window->findChild<QAction *>(QStringLiteral("declareAction"));
    QVERIFY(declareAction);
    QCOMPARE(declareAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    auto *quitAction = m_window->findChild<QAction *>(QStringLiteral("quitAction"));
    QVERIFY(quitAction);
    QCOMPARE(quitAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("aboutAction")));
}

void TestMainWindow::declaresThroughTheDialog()
{
    start();
    const QString title = QStringLiteral("Checkout returns 502 for EU customers");
    const QString summary = QStringLiteral("Payments fail since 22:31 UTC.");

    QPointer<DeclareIncidentDialog> dialog = openDeclareDialog();
    QVERIFY(dialog);
    auto *titleEdit = dialog->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"));
    auto *severityCombo = dialog->findChild<QComboBox *>(QStringLiteral("severityComboBox"));
    auto *summaryEdit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("summaryTextEdit"));
    auto *declareButton = dialog->findChild<QPushButton *>(QStringLiteral("declareButton"));
    QVERIFY(titleEdit && severityCombo && summaryEdit && declareButton);
    QCOMPARE(severityCombo->currentData().toInt(), int(Severity::Sev3)); // the default
    QVERIFY(!titleEdit->accessibleName().isEmpty());

    QTest::keyClicks(titleEdit, title);
    severityCombo->setFocus();
    QTest::keyClick(severityCombo, Qt::Key_Up); // SEV3 → SEV2
    QTest::keyClick(severityCombo, Qt::Key_Up); // SEV2 → SEV1
    QCOMPARE(severityCombo->currentData().toInt(), int(Severity::Sev1));
    QTest::keyClicks(summaryEdit, summary);
    QVERIFY(declareButton->isEnabled());
    QTest::mouseClick(declareButton, Qt::LeftButton);

    QTRY_VERIFY(!dialog); // accepted and deleted
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("boardView"));
    QVERIFY(view);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->isVisible());
    QCOMPARE(view->model()->index(0, BoardModel::TitleColumn).data().toString(), title);
    QCOMPARE(view->model()->index(0, BoardModel::SeverityColumn).data().toString(), QStringLiteral("SEV1"));
    QCOMPARE(view->currentIndex().row(), 0); // the new incident is selected

    // Everything was stored: a new Session over the same file sees the same incident and its event.
    m_window.reset();
    m_session.reset();
    Error error;
    std::unique_ptr<SqliteStore> store = SqliteStore::open(databasePath(), &error);
    QVERIFY2(store, qPrintable(error.message));
    SqliteStore *rawStore = store.get();
    Session reopened(std::move(store), QStringLiteral("someone-else"));
    QVERIFY2(reopened.load(&error), qPrintable(error.message));
    const QList<IncidentSummary> board = reopened.projection().board();
    QCOMPARE(board.size(), 1);
    QCOMPARE(board.first().title, title);
    QCOMPARE(board.first().severity, Severity::Sev1);
    QCOMPARE(reopened.projection().incident(board.first().id)->summary(), summary);

    EventList events;
    QVERIFY2(rawStore->readAfter(0, 0, &events, &error), qPrintable(error.message));
    QCOMPARE(events.size(), 1);
    const Event &declared = events.first();
    QCOMPARE(declared.type, QString(EventType::IncidentDeclared));
    QCOMPARE(declared.incident, board.first().id);
    QCOMPARE(declared.actor, QStringLiteral("tester"));
    QCOMPARE(declared.data.value(QStringLiteral("title")).toString(), title);
    QCOMPARE(declared.data.value(QStringLiteral("severity")).toString(), QStringLiteral("SEV1"));
    QCOMPARE(declared.data.value(QStringLiteral("summary")).toString(), summary);
}

void TestMainWindow::declareButtonNeedsATitle()
{
    start();
    QPointer<DeclareIncidentDialog> dialog = openDeclareDialog();
    QVERIFY(dialog);
    auto *titleEdit = dialog->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"));
    auto *declareButton = dialog->findChild<QPushButton *>(QStringLiteral("declareButton"));
    QVERIFY(titleEdit && declareButton);
    QVERIFY(!declareButton->isEnabled());
    QTest::keyClicks(titleEdit, QStringLiteral("   "));
    QVERIFY(!declareButton->isEnabled()); // blanks are no title
    QTest::keyClicks(titleEdit, QStringLiteral("x"));
    QVERIFY(declareButton->isEnabled());
    QTest::keyClick(titleEdit, Qt::Key_Backspace);
    QVERIFY(!declareButton->isEnabled());
    QCOMPARE(titleEdit->maxLength(), Limits::TitleMax);

    // Enter with no title declares nothing.
    QTest::keyClick(titleEdit, Qt::Key_Return);
    QVERIFY(dialog);
    QCOMPARE(m_window->boardModel()->rowCount(), 0);
    dialog->reject();
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_session->projection().size(), 0);
}

void TestMainWindow::refusedDeclarationKeepsTheDialog()
{
    start();
    // A store that refuses writes: the declaration fails after validation, as with a full disk.
    auto *store = dynamic_cast<SqliteStore *>(m_session->store());
    QVERIFY(store);
    Error error;
    QVERIFY2(
        store->execForTesting(QStringLiteral("PRAGMA query_only = ON"), &error), qPrintable(error.message));

    QPointer<DeclareIncidentDialog> dialog = openDeclareDialog();
    QVERIFY(dialog);
    auto *titleEdit = dialog->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"));
    auto *summaryEdit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("summaryTextEdit"));
    QTest::keyClicks(titleEdit, QStringLiteral("Disk full on db-1"));
    QTest::keyClicks(summaryEdit, QStringLiteral("Every word of this must survive."));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("declareButton")), Qt::LeftButton);

    QMessageBox *box = nullptr;
    QTRY_VERIFY(
        (box = dialog->findChild<QMessageBox *>(QStringLiteral("declareErrorMessageBox"))) != nullptr);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(!box->text().isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(titleEdit->text(), QStringLiteral("Disk full on db-1"));
    QCOMPARE(summaryEdit->toPlainText(), QStringLiteral("Every word of this must survive."));
    QCOMPARE(m_window->boardModel()->rowCount(), 0);

    // Once the store accepts writes again, the same dialog declares the incident.
    box->accept();
    QVERIFY2(
        store->execForTesting(QStringLiteral("PRAGMA query_only = OFF"), &error), qPrintable(error.message));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("declareButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_window->boardModel()->rowCount(), 1);
}

void TestMainWindow::frenchCatalogueLoads()
{
    start({QStringLiteral("--lang"), QStringLiteral("fr")});
    QVERIFY(m_startup->hasAppTranslation());
    QCOMPARE(m_window->declareAction()->text(), QStringLiteral("&Déclarer un incident…"));
    QCOMPARE(m_window->boardModel()->headerData(BoardModel::SeverityColumn, Qt::Horizontal).toString(),
        QStringLiteral("Gravité"));
    auto *empty = m_window->findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
    QVERIFY(empty);
    QVERIFY(empty->text().startsWith(QStringLiteral("Aucun incident ouvert.")));
}

void TestMainWindow::germanCatalogueLoads()
{
    start({QStringLiteral("--lang"), QStringLiteral("de")});
    QVERIFY(m_startup->hasAppTranslation());
    QCOMPARE(m_window->declareAction()->text(), QStringLiteral("Vorfall &melden…"));
}

void TestMainWindow::openFailureNamesTheProblem()
{
    AppStartup startup;
    const QString missing = m_dir->filePath(QStringLiteral("no/such/folder/warroom.sqlite"));
    QVERIFY(startup.parse({QStringLiteral("warroom"), QStringLiteral("--db"), missing}));
    QVERIFY(!startup.usesDefaultDatabase());
    Error error;
    QVERIFY(!startup.openSession(&error));
    QVERIFY(error.isError());
    QVERIFY2(!error.message.isEmpty(), "the person must be told what is wrong");
    // A folder given with --db is never created: a typo must not start an empty war room elsewhere.
    QVERIFY(!QDir(m_dir->filePath(QStringLiteral("no"))).exists());

    QString message;
    AppStartup bad;
    QVERIFY(!bad.parse({QStringLiteral("warroom"), QStringLiteral("--no-such-option")}, &message));
    QVERIFY(message.contains(QStringLiteral("no-such-option")));
}

void TestMainWindow::defaultDatabaseFolderIsCreated()
{
    AppStartup startup;
    QVERIFY(startup.parse({QStringLiteral("warroom")}));
    QVERIFY(startup.usesDefaultDatabase());
    QCOMPARE(startup.databasePath(), Session::defaultDatabasePath());
    QCOMPARE(startup.actor(), Session::defaultActor());
    // In test mode the default location is under ~/.qttest, never the person's real data.
    QVERIFY(startup.databasePath().contains(QStringLiteral(".qttest")));
    QFile::remove(startup.databasePath());
    Error error;
    std::unique_ptr<Session> session = startup.openSession(&error);
    QVERIFY2(session, qPrintable(error.message));
    QVERIFY(QFile::exists(startup.databasePath()));
    session.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(startup.databasePath() + suffix);
}

void TestMainWindow::undoFromTheEditMenu()
{
    start();
    QAction *undo = m_window->undoAction();
    QVERIFY(!undo->isEnabled());
    Error error;
    const QString id = m_session->declareIncident(QStringLiteral("x"), Severity::Sev3, {}, &error);
    QVERIFY(m_session->submit(m_session->events().setStatus(id, Status::Identified), &error));
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo change the status"));
    undo->trigger();
    QCOMPARE(m_session->projection().incident(id)->status(), Status::Investigating);
    // The declaration itself cannot be undone: the person is told why, nothing changes.
    MessageBox::setRecordWarnings(true);
    undo->trigger();
    QVERIFY(MessageBox::lastWarning().contains(QStringLiteral("resolve")));
    MessageBox::setRecordWarnings(false);
    QVERIFY(m_session->projection().incident(id));
}

void TestMainWindow::shortcutsDialogListsTheKeys()
{
    start();
    m_window->showShortcuts();
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>()));
    const auto rows = dialog->rows();
    QVERIFY(rows.contains(qMakePair(QStringLiteral("Declare Incident"), QStringLiteral("Ctrl+N"))));
    QVERIFY(rows.contains(qMakePair(QStringLiteral("Undo"), QStringLiteral("Ctrl+Z"))));
    QVERIFY(rows.contains(qMakePair(QStringLiteral("Keyboard Shortcuts"), QStringLiteral("Ctrl+/"))));
    dialog->close();
}

void TestMainWindow::othersDeclarationsNotify()
{
    start();
    QSignalSpy notified(m_window->notifier(), &IncidentNotifier::notified);
    Error error;
    // My own declaration does not notify me.
    const QString mine = m_session->declareIncident(QStringLiteral("mine"), Severity::Sev3, {}, &error);
    QCOMPARE(notified.size(), 0);

    // Another responder writes to the same file; my session picks it up.
    auto store = SqliteStore::open(databasePath(), &error);
    QVERIFY2(store, qPrintable(error.message));
    Session other(std::move(store), QStringLiteral("bob"));
    QVERIFY(other.load(&error));
    const QString theirs = other.declareIncident(QStringLiteral("Payments down"), Severity::Sev2, {}, &error);
    QVERIFY(other.submit(other.events().update(mine, IncidentChanges().setSeverity(Severity::Sev1)), &error));
    QVERIFY(other.submit(other.events().update(mine, IncidentChanges().setSeverity(Severity::Sev2)), &error));
    QVERIFY(m_session->refresh(&error));
    QCOMPARE(notified.size(), 2); // declared, raised; lowering a severity is no alarm
    QCOMPARE(notified.at(0).at(0).toString(), theirs);
    QVERIFY(notified.at(0).at(1).toString().contains(QStringLiteral("SEV2 declared by bob")));
    QCOMPARE(notified.at(1).at(0).toString(), mine);
    QVERIFY(notified.at(1).at(1).toString().contains(QStringLiteral("raised to SEV1")));
}

void TestMainWindow::demoFromTheEmptyBoard()
{
    start();
    auto *demo = m_window->findChild<QPushButton *>(QStringLiteral("demoButton"));
    QVERIFY(demo && demo->isVisible());
    demo->click();
    QCOMPARE(m_session->projection().size(), 1);
    QVERIFY(!m_window->boardWidget()->isShowingEmptyState());
    QCOMPARE(m_window->boardWidget()->currentIncident(), m_session->projection().incidentIds().first());
}

void TestMainWindow::demoOption()
{
    start({QStringLiteral("--demo")}); // with --db: the demo goes into that file
    QCOMPARE(m_session->projection().size(), 1);
    const IncidentState *demo
        = m_session->projection().incident(m_session->projection().incidentIds().first());
    QCOMPARE(demo->status(), Status::Mitigated);
    QCOMPARE(m_window->boardModel()->rowCount(), 1);
    QVERIFY(m_startup->demo());
}

void TestMainWindow::restoresGeometryAndPanels()
{
    QSettings().remove(QStringLiteral("window"));
    start();
    m_window->resize(1000, 700);
    auto *boardSplitter = m_window->findChild<QSplitter *>(QStringLiteral("boardSplitter"));
    QVERIFY(boardSplitter);
    QTRY_COMPARE(m_window->size(), QSize(1000, 700));
    boardSplitter->setSizes({250, 400});
    const QList<int> sizes = boardSplitter->sizes();
    QVERIFY(m_window->close()); // saves the layout

    // The next window (the next start) comes back the same size, with the same panels.
    m_window = std::make_unique<MainWindow>(m_session.get(), databasePath());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), QSize(1000, 700));
    QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("boardSplitter"))->sizes(), sizes);
    QSettings().remove(QStringLiteral("window")); // the other tests start from the default layout
}

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
