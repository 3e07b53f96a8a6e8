// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "alerthooksdialog.h"
#include "boardmodel.h"
#include "boardwidget.h"
#include "chatpanel.h"
#include "connectdialog.h"
#include "credentialstore.h"
#include "declareincidentdialog.h"
#include "gettingstarteddialog.h"
#include "incidentheader.h"
#include "incidentnotifier.h"
#include "incidentview.h"
#include "logging.h"
#include "messagebox.h"
#include "postmortemactions.h"
#include "presentation.h"
#include "replayview.h"
#include "runbookpanel.h"
#include "serverconnection.h"
#include "session.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "syncstatuswidget.h"
#include "timelinewidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace Warroom {

MainWindow::MainWindow(Session *session, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_boardModel(new BoardModel(session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Warroom", "product name, window title"));

    // The board on top (every open incident, always in sight), the selected incident below.
    auto *central = new QWidget(this);
    m_splitter = new QSplitter(Qt::Vertical, central);
    m_splitter->setObjectName(QStringLiteral("boardSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_board = new BoardWidget(m_boardModel, m_splitter);
    m_incidentView = new IncidentView(session, m_splitter);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    // Replay (DESIGN §9): its bar and swimlane chart above the board while the session replays.
    m_replayView = new ReplayView(session, central);
    m_replayView->setReadOnlyArea(m_incidentView);
    connect(m_board, &BoardWidget::currentIncidentChanged, m_replayView, &ReplayView::setIncident);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_replayView);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    connect(m_board, &BoardWidget::currentIncidentChanged, m_incidentView, &IncidentView::setIncident);
    // One network access manager and one credential store for the window (docs/ARCHITECTURE.md, "Code style
    // we follow"): the chat panel posts and keeps its webhook URLs through them.
    m_network = new QNetworkAccessManager(this);
    m_incidentView->chat()->setServices(m_network, new CredentialStore(QStringLiteral("warroom"), this));
    connect(m_incidentView->chat(), &ChatPanel::updateDue, this,
        [this](const QString &, const QString &title, const QString &message) {
            statusBar()->showMessage(QStringLiteral("%1: %2").arg(title, message), 60000);
            QApplication::alert(this);
        });

    createActions();
    createMenusAndToolBar();
    createStatusBar(databasePath);

    m_notifier = new IncidentNotifier(session, this);
    connect(m_notifier, &IncidentNotifier::notified, this,
        [this](const QString &, const QString &title, const QString &message) {
            statusBar()->showMessage(QStringLiteral("%1: %2").arg(title, message), 30000);
            QApplication::alert(this);
        });
    connect(m_notifier, &IncidentNotifier::incidentRequested, this, [this](const QString &id) {
        m_board->selectIncident(id);
        raise();
        activateWindow();
    });
    connect(m_board, &BoardWidget::demoRequested, this, &MainWindow::addDemoIncident);
    connect(session, &Session::undoChanged, this, &MainWindow::updateUndoAction);
    connect(session, &Session::replayChanged, this, [this](bool replaying) {
        m_declareAction->setEnabled(!replaying);
        updateUndoAction();
    });
    updateUndoAction();

    // Fits a 1280×800 screen with room for the window frame; smaller screens get 90 % of theirs.
    QSize size(1240, 740);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
    m_splitter->setSizes({size.height() / 4, size.height() * 3 / 4});
    restoreLayout();

    // Open on the most urgent incident, so the first look is at what matters.
    if (m_board->view()->model()->rowCount() > 0)
        m_board->selectIncident(
            m_board->view()->model()->index(0, 0).data(BoardModel::IncidentIdRole).toString());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/boardSplitter")).toByteArray());
    m_incidentView->splitter()->restoreState(
        settings.value(QStringLiteral("window/incidentSplitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/boardSplitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/incidentSplitter"), m_incidentView->splitter()->saveState());
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_declareAction = new QAction(tr("&Declare Incident…"), this);
    m_declareAction->setObjectName(QStringLiteral("declareAction"));
    m_declareAction->setShortcut(Presentation::declareIncidentShortcut());
    m_declareAction->setIcon(QIcon::fromTheme(
        QStringLiteral("dialog-warning"), style()->standardIcon(QStyle::SP_MessageBoxWarning)));
    m_declareAction->setToolTip(tr("Declare a new incident (%1)")
                                    .arg(m_declareAction->shortcut().toString(QKeySequence::NativeText)));
    m_declareAction->setStatusTip(tr("Open a new incident and put it on the board"));
    connect(m_declareAction, &QAction::triggered, this, &MainWindow::showDeclareDialog);

    m_quitAction = new QAction(tr("&Quit", "menu: leave the application"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_connectAction = new QAction(tr("&Connect to Server…"), this);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_connectAction->setStatusTip(tr("Work with your team through a warroomd server"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::showConnectDialog);

    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setStatusTip(tr("Reverse your last change with a new entry; nothing is deleted"));
    connect(m_undoAction, &QAction::triggered, this, &MainWindow::undo);

    m_searchBoardAction = new QAction(tr("Search the &Board"), this);
    m_searchBoardAction->setObjectName(QStringLiteral("searchBoardAction"));
    m_searchBoardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_searchBoardAction, &QAction::triggered, this, [this] {
        m_board->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_board->searchField()->selectAll();
    });

    m_replayAction = new QAction(tr("&Replay Incident"), this);
    m_replayAction->setObjectName(QStringLiteral("replayAction"));
    m_replayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_replayAction->setIcon(QIcon::fromTheme(
        QStringLiteral("media-playback-start"), style()->standardIcon(QStyle::SP_MediaPlay)));
    m_replayAction->setToolTip(tr("Replay the selected incident minute by minute, read-only (%1)")
                                   .arg(m_replayAction->shortcut().toString(QKeySequence::NativeText)));
    m_replayAction->setStatusTip(tr("Show the window as it was at any moment of the incident"));
    connect(m_replayAction, &QAction::triggered, this, &MainWindow::replayIncident);

    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_postmortem = new PostmortemActions(m_session, this, [this] { return m_incidentView->incident(); });
    connect(m_postmortem, &PostmortemActions::imported, this,
        [this](const QString &id) { m_board->selectIncident(id); });
    connect(m_postmortem, &PostmortemActions::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 15000); });

    m_settingsAction = new QAction(tr("&Configure Warroom…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setIcon(QIcon::fromTheme(QStringLiteral("configure")));
    m_settingsAction->setStatusTip(tr("Choose the language of Warroom"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_gettingStartedAction = new QAction(tr("&Getting Started"), this);
    m_gettingStartedAction->setObjectName(QStringLiteral("gettingStartedAction"));
    m_gettingStartedAction->setShortcut(QKeySequence::HelpContents);
    m_gettingStartedAction->setIcon(QIcon::fromTheme(QStringLiteral("help-contents")));
    m_gettingStartedAction->setStatusTip(
        tr("What the commander, a responder and the facilitator do in Warroom"));
    connect(m_gettingStartedAction, &QAction::triggered, this, &MainWindow::showGettingStarted);

    m_aboutAction = new QAction(tr("&About Warroom"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_declareAction);
    fileMenu->addAction(m_postmortem->importIncidentAction());
    fileMenu->addSeparator();
    fileMenu->addAction(m_connectAction);
    // Where alerting systems send their alerts for the connected server (DESIGN §8).
    auto *alertHooksAction = new QAction(tr("Alert &Hooks…"), this);
    alertHooksAction->setObjectName(QStringLiteral("alertHooksAction"));
    alertHooksAction->setStatusTip(
        tr("Hook URLs and receiver configuration for Alertmanager, Grafana and others"));
    connect(alertHooksAction, &QAction::triggered, this, [this] {
        auto *dialog = new AlertHooksDialog(ServerConnection::configuredServer(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AlertHooksDialog::connectRequested, this, &MainWindow::showConnectDialog);
        dialog->open();
    });
    fileMenu->addAction(alertHooksAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(m_undoAction);

    QMenu *incidentMenu = menuBar()->addMenu(tr("&Incident"));
    incidentMenu->setObjectName(QStringLiteral("incidentMenu"));
    incidentMenu->addAction(m_incidentView->header()->changeStatusAction());
    incidentMenu->addAction(m_incidentView->header()->editTitleAction());
    incidentMenu->addSeparator();
    incidentMenu->addAction(m_incidentView->timeline()->focusEntryAction());
    incidentMenu->addAction(m_incidentView->timeline()->searchAction());
    incidentMenu->addAction(m_incidentView->timeline()->pinAction());
    incidentMenu->addSeparator();
    incidentMenu->addAction(m_incidentView->runbooks()->attachRunbookAction());
    incidentMenu->addSeparator();
    incidentMenu->addAction(m_postmortem->postmortemAction());
    incidentMenu->addAction(m_postmortem->exportIncidentAction());
    incidentMenu->addAction(m_replayAction);
    incidentMenu->addAction(m_searchBoardAction);
    // The incident's actions only make sense with an incident selected.
    const auto enableIncidentActions = [this, incidentMenu] {
        const bool has = !m_incidentView->incident().isEmpty();
        for (QAction *action : incidentMenu->actions()) {
            if (action != m_searchBoardAction && !action->isSeparator())
                action->setEnabled(has);
        }
    };
    connect(m_board, &BoardWidget::currentIncidentChanged, this, enableIncidentActions);
    enableIncidentActions();

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    settingsMenu->addAction(m_settingsAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(m_gettingStartedAction);
    helpMenu->addAction(m_shortcutsAction);
    helpMenu->addSeparator();
    helpMenu->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_declareAction);
    toolBar->addAction(m_replayAction);
}

void MainWindow::createStatusBar(const QString &databasePath)
{
    const QString nativePath = QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath());
    auto *databaseLabel = new QLabel(tr("Database: %1").arg(nativePath), this);
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    databaseLabel->setToolTip(nativePath);
    databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path must not push the window wider than the screen: let the label shrink.
    databaseLabel->setMinimumWidth(1);
    m_databaseLabel = databaseLabel;

    auto *actorLabel = new QLabel(tr("Acting as %1").arg(m_session->actor()), this);
    actorLabel->setObjectName(QStringLiteral("actorLabel"));

    statusBar()->addWidget(databaseLabel, 1);
    statusBar()->addPermanentWidget(actorLabel);
}

void MainWindow::showDeclareDialog()
{
    if (m_declareDialog) {
        m_declareDialog->raise();
        m_declareDialog->activateWindow();
        return;
    }
    auto *dialog = new DeclareIncidentDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeclareIncidentDialog::declareRequested, this,
        [this, dialog](const QString &title, Severity severity, const QString &summary) {
            declare(dialog, title, severity, summary);
        });
    m_declareDialog = dialog;
    // open(), not exec(): no nested event loop, so the board keeps ticking and tests can drive the dialog.
    dialog->open();
}

void MainWindow::declare(
    DeclareIncidentDialog *dialog, const QString &title, Severity severity, const QString &summary)
{
    Error error;
    const QString id = m_session->declareIncident(title, severity, summary, &error);
    if (id.isEmpty()) {
        qCWarning(lcUi) << "declare refused:" << error.code << error.field << error.message;
        // The dialog stays open with everything typed in it; the message says what to fix.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Could Not Declare the Incident"),
            error.message.isEmpty() ? tr("The incident could not be stored.") : error.message,
            QMessageBox::Ok, dialog);
        box->setObjectName(QStringLiteral("declareErrorMessageBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    dialog->accept();
    m_board->selectIncident(id);
}

void MainWindow::updateUndoAction()
{
    m_undoAction->setEnabled(m_session->canUndo() && !m_session->isReplaying());
    m_undoAction->setText(m_session->canUndo()
            ? tr("&Undo %1").arg(Presentation::eventTypeText(m_session->undoType()))
            : tr("&Undo"));
}

void MainWindow::undo()
{
    Error error;
    if (!m_session->undoLast(&error))
        MessageBox::warning(this, tr("Cannot Undo"), error.message);
}

void MainWindow::addDemoIncident()
{
    Error error;
    const QString id = m_session->addDemoIncident(&error);
    if (id.isEmpty()) {
        MessageBox::warning(this, tr("Cannot Add the Demo"), error.message);
        return;
    }
    m_board->selectIncident(id);
}

void MainWindow::replayIncident()
{
    // A long incident takes a moment to read and index (about 2 s for 100,000 events): say so.
    statusBar()->showMessage(tr("Preparing the replay…"));
    statusBar()->repaint(); // now: the work below blocks the event loop
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Error error;
    const bool started = m_replayView->start(m_incidentView->incident(), &error);
    QApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    if (!started)
        MessageBox::warning(this, tr("Cannot Replay"), error.message);
}

void MainWindow::setSyncEngine(SyncEngine *engine)
{
    auto *status = new SyncStatusWidget(m_session, engine, this);
    connect(status, &SyncStatusWidget::connectRequested, this, &MainWindow::showConnectDialog);
    statusBar()->insertPermanentWidget(0, status);
    m_databaseLabel->setText(tr("Local copy: %1").arg(m_databaseLabel->toolTip()));
}

void MainWindow::showConnectDialog()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    auto *connection = new ServerConnection(m_network, this);
    auto *credentials = new CredentialStore(QStringLiteral("warroom"), this);
    auto *dialog = new ConnectDialog(connection, credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, connection, &QObject::deleteLater);
    connect(dialog, &QObject::destroyed, credentials, &QObject::deleteLater);
    const auto reopen = [this](const QString &question) {
        if (MessageBox::question(
                this, tr("Reopen Warroom"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes)
            Q_EMIT restartRequested();
    };
    connect(dialog, &ConnectDialog::connected, this, [reopen](const QUrl &server) {
        reopen(tr("Reopen Warroom now to work with %1? Your local incidents stay in their file.")
                   .arg(server.toDisplayString()));
    });
    connect(dialog, &ConnectDialog::disconnected, this,
        [reopen] { reopen(tr("Reopen Warroom now to work from the local file?")); });
    dialog->open();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(menuBar(), actions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    const QString homepage = QStringLiteral(WARROOM_HOMEPAGE);
    QMessageBox::about(this, tr("About Warroom"),
        tr("<h3>Warroom %1</h3>"
           "<p>A desktop war room for production incidents: one board for every open incident, "
           "a timeline written while it happens, and a blameless review afterwards.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                .arg(QCoreApplication::applicationVersion().toHtmlEscaped())
            + tr("<p>Warroom comes with absolutely no warranty. <a href=\"%1\">Read the licence</a>.</p>"
                 "<p><a href=\"%2\">Home page</a> · <a href=\"%3\">Report a problem</a></p>"
                 "<p>Built with Qt %4.</p>",
                "About: %1 to %3 are web addresses, %4 a version number")
                  .arg(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html"), homepage,
                      homepage + QStringLiteral("/issues"), QString::fromLatin1(qVersion())));
}

void MainWindow::showGettingStarted()
{
    auto *dialog = new GettingStartedDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // not modal: the guide can stay open beside the window
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Warroom
