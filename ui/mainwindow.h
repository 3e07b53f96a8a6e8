// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QSplitter;
class QNetworkAccessManager;

namespace Warroom {

class BoardModel;
class BoardWidget;
class DeclareIncidentDialog;
class IncidentNotifier;
class IncidentView;
class PostmortemActions;
class ReplayView;
class Session;
class SyncEngine;

/// The war room window: the incident board in the middle, declaring an incident one keystroke away, and a
/// status bar saying which database this is and who is acting. It turns intents into Session calls and
/// shows their errors; it holds no state of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// @p session is not owned and must outlive the window. @p databasePath is shown in the status bar.
    MainWindow(Session *session, const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] BoardModel *boardModel() const { return m_boardModel; }
    [[nodiscard]] BoardWidget *boardWidget() const { return m_board; }
    [[nodiscard]] QAction *declareAction() const { return m_declareAction; }
    [[nodiscard]] QAction *undoAction() const { return m_undoAction; }
    [[nodiscard]] IncidentNotifier *notifier() const { return m_notifier; }
    [[nodiscard]] IncidentView *incidentView() const { return m_incidentView; }
    /// Incident → Replay Incident (Ctrl+R), and the replay bar and chart it shows above the board.
    [[nodiscard]] QAction *replayAction() const { return m_replayAction; }
    [[nodiscard]] ReplayView *replayView() const { return m_replayView; }
    /// Write Postmortem…, Export Incident…, Import Incident…
    [[nodiscard]] PostmortemActions *postmortemActions() const { return m_postmortem; }
    /// Shows the sync state in the status bar (server mode).
    void setSyncEngine(SyncEngine *engine);

Q_SIGNALS:
    /// The person connected to a server or went back to the local file: the app reopens in that mode.
    void restartRequested();

public Q_SLOTS:
    /// Opens the Declare Incident dialog (window-modal, not blocking), or raises it if it is already open.
    void showDeclareDialog();
    /// Help → About Warroom: version, licence, links.
    void showAbout();
    void showShortcuts();
    /// Help → Getting Started: the guide for the commander, a responder and the facilitator.
    void showGettingStarted();
    /// Settings → Configure Warroom (the language, applied at the next start).
    void showSettings();
    /// Settings → Connect to Server.
    void showConnectDialog();
    /// Undoes the person's last own action (a compensating event); says why when it cannot.
    void undo();
    /// Adds the demo incident and selects it.
    void addDemoIncident();
    /// Replays the selected incident from its start (read-only; Esc goes back to live).
    void replayIncident();

private:
    void createActions();
    void createMenusAndToolBar();
    void createStatusBar(const QString &databasePath);
    void restoreLayout();
    void closeEvent(QCloseEvent *event) override;
    void updateUndoAction();
    void declare(
        DeclareIncidentDialog *dialog, const QString &title, Severity severity, const QString &summary);

    Session *m_session = nullptr;
    BoardModel *m_boardModel = nullptr;
    BoardWidget *m_board = nullptr;
    QAction *m_declareAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_gettingStartedAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_searchBoardAction = nullptr;
    QSplitter *m_splitter = nullptr;
    IncidentView *m_incidentView = nullptr;
    QLabel *m_databaseLabel = nullptr;
    IncidentNotifier *m_notifier = nullptr;
    PostmortemActions *m_postmortem = nullptr;
    QAction *m_replayAction = nullptr;
    ReplayView *m_replayView = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<DeclareIncidentDialog> m_declareDialog;
};

} // namespace Warroom
