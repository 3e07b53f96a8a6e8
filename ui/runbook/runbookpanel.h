// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "incidentstate.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Warroom {

class AttachRunbookDialog;
class RunbookModel;
class RunbookView;
class Session;
struct RunbookTemplate;

/// The runbook checklist of one incident: the attached runbooks with their progress, and the actions on the
/// selected step — tick (Space), untick, skip with a reason, mark rolled back (then offer the rollback
/// step), the commander's go, and evidence. A gate never refuses silently: the hint under the list and the
/// buttons' tooltips say why and who must act, and trying anyway shows the refusal.
///
/// Every change is an event submitted through the Session; IncidentState::check decides what is possible.
class RunbookPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunbookPanel(Session *session, QWidget *parent = nullptr);
    ~RunbookPanel() override;

    /// Shows the runbooks of @p incidentId (empty: none) and selects the first open step.
    void setIncident(const QString &incidentId);
    [[nodiscard]] QString incidentId() const;

    [[nodiscard]] RunbookModel *model() const { return m_model; }
    [[nodiscard]] RunbookView *view() const { return m_view; }

    /// Selects (and scrolls to) a step; false when it is not shown.
    bool selectStep(const QString &runbookId, const QString &stepId);
    [[nodiscard]] QString currentRunbookId() const;
    [[nodiscard]] QString currentStepId() const; ///< empty when a runbook row (or nothing) is selected

    /// "Attach runbook…": for the incident menu. The step actions act on the selected step.
    [[nodiscard]] QAction *attachRunbookAction() const { return m_attachAction; }
    [[nodiscard]] QAction *checkStepAction() const { return m_checkAction; }
    [[nodiscard]] QAction *uncheckStepAction() const { return m_uncheckAction; }
    [[nodiscard]] QAction *skipStepAction() const { return m_skipAction; }
    [[nodiscard]] QAction *rollBackStepAction() const { return m_rollBackAction; }
    [[nodiscard]] QAction *approveStepAction() const { return m_approveAction; }
    [[nodiscard]] QAction *addEvidenceAction() const { return m_evidenceAction; }
    /// Space in the checklist: ticks an open step, unticks a done one.
    [[nodiscard]] QAction *toggleStepAction() const { return m_toggleAction; }

public Q_SLOTS:
    void attachRunbook();
    void checkCurrentStep();
    void uncheckCurrentStep();
    void skipCurrentStep();
    void rollBackCurrentStep();
    void approveCurrentStep();
    void addEvidenceToCurrentStep();
    void toggleCurrentStep();

private:
    /// A copy of what the actions need of the selected step: the state may move under a pointer on submit.
    struct Target
    {
        QString incident;
        QString runbook;
        RunbookStep step;
    };

    void createActions();
    [[nodiscard]] QPushButton *addButton(QAction *action, const QString &objectName);
    [[nodiscard]] QWidget *createButtons();
    void showContextMenu(const QPoint &position);
    void toggleStep(const QModelIndex &index);
    [[nodiscard]] std::optional<Target> currentTarget() const;
    [[nodiscard]] const IncidentState *incident() const;
    [[nodiscard]] QString commander() const;
    /// Submits @p events; a refusal is shown with MessageBox::warning under @p title. Returns success.
    bool submit(const EventList &events, const QString &title);
    /// Asks for a note of evidence for @p step; nullopt when cancelled.
    [[nodiscard]] std::optional<QString> askEvidence(const RunbookStep &step);
    [[nodiscard]] Event evidenceNote(const Target &target, const QString &text) const;
    void submitAttach(AttachRunbookDialog *dialog, const RunbookTemplate &runbook);
    void offerRollbackStep(const Target &target);
    void selectFirstOpenStep(const QString &runbookId = {});
    void updateActions();
    void updateProgress();
    void updateEmptyState();
    void updateHint(const std::optional<Target> &target);
    [[nodiscard]] QString approveToolTip(const RunbookStep &step, const Error &refusal) const;

    QPointer<Session> m_session;
    RunbookModel *m_model = nullptr;
    RunbookView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_hintLabel = nullptr;
    QWidget *m_stepControls = nullptr;
    QPushButton *m_attachButton = nullptr;

    QAction *m_attachAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_uncheckAction = nullptr;
    QAction *m_skipAction = nullptr;
    QAction *m_rollBackAction = nullptr;
    QAction *m_approveAction = nullptr;
    QAction *m_evidenceAction = nullptr;
    QAction *m_toggleAction = nullptr;
    QPointer<AttachRunbookDialog> m_attachDialog;
};

} // namespace Warroom
