// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbookpanel.h"

#include "attachrunbookdialog.h"
#include "messagebox.h"
#include "runbookmodel.h"
#include "runbooktemplate.h"
#include "runbookview.h"
#include "session.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Warroom {

namespace {
QString plainText(const QAction *action)
{
    // Mnemonic markers are for the keyboard, not for screen readers.
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    return text;
}
} // namespace

RunbookPanel::RunbookPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RunbookModel(session, this))
    , m_view(new RunbookView(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_hintLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("runbookPanel"));
    setAccessibleName(tr("Runbooks"));
    createActions();

    auto *heading = new QLabel(tr("Runbooks", "panel heading"), this);
    heading->setObjectName(QStringLiteral("runbookHeadingLabel"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_attachButton = addButton(m_attachAction, QStringLiteral("attachRunbookButton"));

    // In the header, which stays put while the list scrolls: on a long runbook the runbook's own row (with
    // its bar) is soon out of sight, but how far along it is should not be. It follows the selected runbook.
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setFormat(tr("%v/%m", "runbook progress bar: steps done / steps in total"));
    m_progressBar->setTextVisible(true);
    m_progressBar->setMaximumWidth(m_progressBar->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);

    m_emptyLabel->setObjectName(QStringLiteral("emptyRunbookLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setMargin(12);

    m_view->setModel(m_model);
    m_view->addAction(m_toggleAction);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_view);

    m_hintLabel->setObjectName(QStringLiteral("stepHintLabel"));
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setTextFormat(Qt::PlainText);
    m_stepControls = createButtons();

    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(heading);
    headerRow->addSpacing(heading->fontMetrics().horizontalAdvance(QLatin1Char('M')));
    headerRow->addWidget(m_progressBar, 1);
    headerRow->addWidget(m_attachButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(headerRow);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_stepControls);

    connect(m_view, &RunbookView::toggleRequested, this, &RunbookPanel::toggleStep);
    connect(m_view, &QWidget::customContextMenuRequested, this, &RunbookPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        updateProgress();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &inserted, int first, int last) {
            if (!inserted.isValid()) {
                for (int row = first; row <= last; ++row)
                    m_view->expand(m_model->index(row, 0));
            }
            updateEmptyState();
            updateProgress();
            updateActions();
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateEmptyState();
        updateProgress();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateProgress();
        updateActions();
    });

    updateEmptyState();
    updateProgress();
    updateActions();
}

RunbookPanel::~RunbookPanel() = default;

void RunbookPanel::createActions()
{
    const auto make = [this](const QString &text, const QString &objectName, void (RunbookPanel::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_attachAction
        = make(tr("Attach &Runbook…"), QStringLiteral("attachRunbookAction"), &RunbookPanel::attachRunbook);
    m_attachAction->setToolTip(tr("Attach a runbook from the library to this incident"));
    m_checkAction = make(tr("&Tick", "mark a runbook step done"), QStringLiteral("checkStepAction"),
        &RunbookPanel::checkCurrentStep);
    m_uncheckAction = make(tr("&Untick", "reopen a runbook step"), QStringLiteral("uncheckStepAction"),
        &RunbookPanel::uncheckCurrentStep);
    m_skipAction = make(tr("S&kip…", "skip a runbook step, with a reason"), QStringLiteral("skipStepAction"),
        &RunbookPanel::skipCurrentStep);
    m_rollBackAction = make(tr("Rolled &Back…", "mark a runbook step as rolled back"),
        QStringLiteral("rollBackStepAction"), &RunbookPanel::rollBackCurrentStep);
    m_approveAction = make(tr("&Approve", "the commander's go for a gated step"),
        QStringLiteral("approveStepAction"), &RunbookPanel::approveCurrentStep);
    m_evidenceAction = make(tr("Add Evi&dence…", "link a note to a runbook step as evidence"),
        QStringLiteral("addEvidenceAction"), &RunbookPanel::addEvidenceToCurrentStep);

    // Space belongs to the checklist only: as a window-wide shortcut it would steal the key from buttons and
    // text fields.
    m_toggleAction = make(
        tr("Tick or Untick Step"), QStringLiteral("toggleStepAction"), &RunbookPanel::toggleCurrentStep);
    m_toggleAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_toggleAction->setShortcutContext(Qt::WidgetShortcut);
}

QPushButton *RunbookPanel::addButton(QAction *action, const QString &objectName)
{
    auto *button = new QPushButton(action->text(), this);
    button->setObjectName(objectName);
    const auto sync = [button, action] {
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
        button->setAccessibleName(plainText(action));
        button->setAccessibleDescription(action->toolTip());
    };
    connect(action, &QAction::changed, button, sync);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    sync();
    return button;
}

QWidget *RunbookPanel::createButtons()
{
    // Two rows of three: the panel sits beside the timeline at about 500 px, too narrow for one row.
    auto *controls = new QWidget(this);
    controls->setObjectName(QStringLiteral("stepControls"));
    auto *grid = new QGridLayout(controls);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(addButton(m_checkAction, QStringLiteral("checkStepButton")), 0, 0);
    grid->addWidget(addButton(m_uncheckAction, QStringLiteral("uncheckStepButton")), 0, 1);
    grid->addWidget(addButton(m_skipAction, QStringLiteral("skipStepButton")), 0, 2);
    grid->addWidget(addButton(m_approveAction, QStringLiteral("approveStepButton")), 1, 0);
    grid->addWidget(addButton(m_evidenceAction, QStringLiteral("addEvidenceButton")), 1, 1);
    grid->addWidget(addButton(m_rollBackAction, QStringLiteral("rollBackButton")), 1, 2);
    return controls;
}

void RunbookPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    if (!m_model->stepAt(index))
        return;
    QMenu menu(this);
    menu.addActions({m_checkAction, m_uncheckAction, m_skipAction, m_rollBackAction});
    menu.addSeparator();
    menu.addActions({m_approveAction, m_evidenceAction});
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void RunbookPanel::setIncident(const QString &incidentId)
{
    // The same incident read again (a sync reorder, a replay scrub): the selection stays on the same step,
    // so that Space never ticks another step than the one the person was looking at.
    const bool same = incidentId == m_model->incidentId() && !incidentId.isEmpty();
    const QString runbookId = same ? currentRunbookId() : QString();
    const QString stepId = same ? currentStepId() : QString();
    m_model->setIncident(incidentId);
    if (stepId.isEmpty() || !selectStep(runbookId, stepId))
        selectFirstOpenStep();
    updateEmptyState();
    updateProgress();
    updateActions();
}

QString RunbookPanel::incidentId() const
{
    return m_model->incidentId();
}

const IncidentState *RunbookPanel::incident() const
{
    return m_model->incident();
}

QString RunbookPanel::commander() const
{
    const IncidentState *state = incident();
    return state ? state->commander() : QString();
}

bool RunbookPanel::selectStep(const QString &runbookId, const QString &stepId)
{
    const QModelIndex index = m_model->stepIndex(runbookId, stepId);
    if (!index.isValid())
        return false;
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

QString RunbookPanel::currentRunbookId() const
{
    return m_view->currentIndex().data(RunbookModel::RunbookIdRole).toString();
}

QString RunbookPanel::currentStepId() const
{
    return m_view->currentIndex().data(RunbookModel::StepIdRole).toString();
}

std::optional<RunbookPanel::Target> RunbookPanel::currentTarget() const
{
    const QModelIndex index = m_view->currentIndex();
    const Runbook *runbook = m_model->runbookAt(index);
    const RunbookStep *step = m_model->stepAt(index);
    if (!runbook || !step || !m_session)
        return std::nullopt;
    return Target {m_model->incidentId(), runbook->id, *step};
}

void RunbookPanel::selectFirstOpenStep(const QString &runbookId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex runbook = m_model->index(row, 0);
        if (!runbookId.isEmpty() && runbook.data(RunbookModel::RunbookIdRole).toString() != runbookId)
            continue;
        for (int stepRow = 0; stepRow < m_model->rowCount(runbook); ++stepRow) {
            const QModelIndex step = m_model->index(stepRow, 0, runbook);
            if (StepState(step.data(RunbookModel::StateRole).toInt()) != StepState::Checked
                && StepState(step.data(RunbookModel::StateRole).toInt()) != StepState::Skipped) {
                m_view->setCurrentIndex(step);
                m_view->scrollTo(step);
                return;
            }
        }
        if (!runbookId.isEmpty()) {
            m_view->setCurrentIndex(runbook);
            return;
        }
    }
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
}

bool RunbookPanel::submit(const EventList &events, const QString &title)
{
    if (!m_session)
        return false;
    Error error;
    if (m_session->submit(events, &error))
        return true;
    MessageBox::warning(this, title, error.message);
    return false;
}

// --- actions --------------------------------------------------------------------------------------------

void RunbookPanel::attachRunbook()
{
    if (!m_session || m_model->incidentId().isEmpty())
        return;
    if (m_attachDialog) {
        m_attachDialog->raise();
        m_attachDialog->activateWindow();
        return;
    }
    auto *dialog = new AttachRunbookDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AttachRunbookDialog::attachRequested, this,
        [this, dialog](const RunbookTemplate &runbook) { submitAttach(dialog, runbook); });
    m_attachDialog = dialog;
    // open(), not exec(): no nested event loop, and tests can drive the dialog.
    dialog->open();
}

void RunbookPanel::submitAttach(AttachRunbookDialog *dialog, const RunbookTemplate &runbook)
{
    if (!m_session || m_model->incidentId().isEmpty())
        return;
    // The steps are copied into the event: later edits of the template never rewrite this incident.
    const Event attach
        = m_session->events().attachRunbook(m_model->incidentId(), runbook.name, runbook.stepsJson());
    Error error;
    if (!m_session->submit(attach, &error)) {
        MessageBox::warning(dialog, tr("Runbook Not Attached"), error.message);
        return;
    }
    dialog->accept();
    selectFirstOpenStep(attach.data.value(QStringLiteral("runbook")).toString());
    m_view->setFocus();
}

void RunbookPanel::toggleCurrentStep()
{
    toggleStep(m_view->currentIndex());
}

void RunbookPanel::toggleStep(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (m_view->currentIndex() != index)
        m_view->setCurrentIndex(index);
    const RunbookStep *step = m_model->stepAt(index);
    if (!step)
        return;
    if (step->state == StepState::Checked || step->state == StepState::Skipped)
        uncheckCurrentStep();
    else
        checkCurrentStep();
}

void RunbookPanel::checkCurrentStep()
{
    const std::optional<Target> target = currentTarget();
    const IncidentState *state = incident();
    if (!target || !state || target->step.state == StepState::Checked)
        return;
    const EventFactory &events = m_session->events();
    Event check = events.checkStep(target->incident, target->runbook, target->step.id);
    const Error refusal = state->check(check);
    if (refusal && target->step.gate == Gate::Evidence && target->step.evidence.isEmpty()) {
        // The gate wants evidence: ask for it now rather than refuse, and link it to the tick.
        const std::optional<QString> text = askEvidence(target->step);
        if (!text)
            return;
        const Event note = evidenceNote(*target, *text);
        check = events.checkStep(target->incident, target->runbook, target->step.id, {}, note.id);
        submit({note, check}, tr("Step Not Ticked"));
        return;
    }
    if (refusal) {
        QString reason = RunbookModel::blockedReason(target->step, state->commander());
        if (reason.isEmpty())
            reason = refusal.message;
        MessageBox::warning(this, tr("Step Not Ticked"),
            tr("“%1” was not ticked.\n\n%2", "step text, reason").arg(target->step.text, reason));
        return;
    }
    submit({check}, tr("Step Not Ticked"));
}

void RunbookPanel::uncheckCurrentStep()
{
    const std::optional<Target> target = currentTarget();
    if (!target || target->step.state == StepState::Open)
        return;
    submit({m_session->events().uncheckStep(target->incident, target->runbook, target->step.id)},
        tr("Step Not Unticked"));
}

void RunbookPanel::skipCurrentStep()
{
    const std::optional<Target> target = currentTarget();
    if (!target)
        return;
    const std::optional<QString> reason = MessageBox::text(this, tr("Skip Step"),
        tr("Why skip “%1”? The reason is kept in the timeline and the postmortem.").arg(target->step.text));
    if (!reason || reason->trimmed().isEmpty())
        return;
    submit(
        {m_session->events().skipStep(target->incident, target->runbook, target->step.id, reason->trimmed())},
        tr("Step Not Skipped"));
}

void RunbookPanel::rollBackCurrentStep()
{
    const std::optional<Target> target = currentTarget();
    if (!target)
        return;
    const std::optional<QString> note = MessageBox::text(this, tr("Mark Step Rolled Back"),
        tr("“%1” was undone. What went wrong, and what state is it in now?").arg(target->step.text));
    if (!note || note->trimmed().isEmpty())
        return;
    if (!submit({m_session->events().rollBackStep(
                    target->incident, target->runbook, target->step.id, note->trimmed())},
            tr("Step Not Marked Rolled Back")))
        return;
    offerRollbackStep(*target);
}

void RunbookPanel::offerRollbackStep(const Target &target)
{
    const IncidentState *state = incident();
    const Runbook *runbook = state ? state->runbook(target.runbook) : nullptr;
    const RunbookStep *rollback
        = runbook && !target.step.rollback.isEmpty() ? runbook->step(target.step.rollback) : nullptr;
    if (!rollback)
        return;
    const QString rollbackId = rollback->id;
    const auto answer = MessageBox::question(this, tr("Go to the Rollback Step?"),
        tr("“%1” names the step that undoes it:\n\n“%2”\n\nGo to that step now?")
            .arg(target.step.text, rollback->text),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    selectStep(target.runbook, rollbackId);
    m_view->setFocus();
}

void RunbookPanel::approveCurrentStep()
{
    const std::optional<Target> target = currentTarget();
    if (!target)
        return;
    submit({m_session->events().approveStep(target->incident, target->runbook, target->step.id)},
        tr("Step Not Approved"));
}

void RunbookPanel::addEvidenceToCurrentStep()
{
    const std::optional<Target> target = currentTarget();
    if (!target)
        return;
    const std::optional<QString> text = askEvidence(target->step);
    if (!text)
        return;
    submit({evidenceNote(*target, *text)}, tr("Evidence Not Added"));
}

std::optional<QString> RunbookPanel::askEvidence(const RunbookStep &step)
{
    const std::optional<QString> text = MessageBox::text(this, tr("Add Evidence"),
        tr("Evidence for “%1”: what shows it is done? (A dump's name and size, a checksum, a query result…) "
           "It goes into the timeline, linked to the step.")
            .arg(step.text));
    if (!text || text->trimmed().isEmpty())
        return std::nullopt;
    return text->trimmed();
}

Event RunbookPanel::evidenceNote(const Target &target, const QString &text) const
{
    return m_session->events().addEvidence(target.incident, target.runbook, target.step.id, text);
}

// --- state of the controls ------------------------------------------------------------------------------

void RunbookPanel::updateEmptyState()
{
    const bool hasIncident = m_session && !m_model->incidentId().isEmpty() && incident();
    const bool hasRunbooks = m_model->rowCount() > 0;
    m_attachAction->setEnabled(hasIncident);
    if (!hasIncident)
        m_emptyLabel->setText(tr("Open an incident to see its runbooks."));
    else
        m_emptyLabel->setText(
            tr("No runbook attached yet.\n\nA runbook is a rehearsed checklist: it pauses before each risky "
               "step and shows everyone who did what, and when. Attach one with “%1”.")
                .arg(plainText(m_attachAction)));
    m_stack->setCurrentWidget(hasRunbooks ? static_cast<QWidget *>(m_view) : m_emptyLabel);
    m_stepControls->setVisible(hasRunbooks);
    m_hintLabel->setVisible(hasRunbooks);
}

void RunbookPanel::updateProgress()
{
    QModelIndex runbook = m_view->currentIndex();
    if (runbook.parent().isValid())
        runbook = runbook.parent();
    if (!runbook.isValid() && m_model->rowCount() > 0)
        runbook = m_model->index(0, 0);
    m_progressBar->setVisible(runbook.isValid());
    if (!runbook.isValid())
        return;
    const int done = runbook.data(RunbookModel::DoneCountRole).toInt();
    const int total = runbook.data(RunbookModel::StepCountRole).toInt();
    const QString name = runbook.data(Qt::DisplayRole).toString();
    m_progressBar->setRange(0, qMax(1, total));
    m_progressBar->setValue(done);
    const QString text = tr("%1 of %2 steps done", "runbook progress").arg(done).arg(total);
    m_progressBar->setToolTip(tr("%1: %2", "runbook name: progress").arg(name, text));
    m_progressBar->setAccessibleName(tr("Progress of %1", "runbook name").arg(name));
    m_progressBar->setAccessibleDescription(text);
}

void RunbookPanel::updateActions()
{
    const std::optional<Target> target = currentTarget();
    const IncidentState *state = incident();
    const QList<QAction *> stepActions {
        m_checkAction, m_uncheckAction, m_skipAction, m_rollBackAction, m_approveAction, m_evidenceAction};
    if (!target || !state) {
        for (QAction *action : stepActions) {
            action->setEnabled(false);
            action->setToolTip(tr("Select a step first"));
        }
        updateHint(target);
        return;
    }
    const EventFactory &events = m_session->events();
    const RunbookStep &step = target->step;
    const auto check = [state](const Event &event) {
        return state->check(event);
    };

    // Tick stays enabled while a gate refuses: pressing it says why (or asks for the evidence).
    const Error tick = check(events.checkStep(target->incident, target->runbook, step.id));
    m_checkAction->setEnabled(step.state != StepState::Checked);
    if (step.state == StepState::Checked)
        m_checkAction->setToolTip(tr("The step is done"));
    else if (tick && step.gate == Gate::Evidence && step.evidence.isEmpty())
        m_checkAction->setToolTip(tr("Needs evidence first: ticking asks for a note (Space)"));
    else if (tick) {
        const QString reason = RunbookModel::blockedReason(step, state->commander());
        m_checkAction->setToolTip(reason.isEmpty() ? tick.message : reason);
    } else
        m_checkAction->setToolTip(tr("Mark the step done (Space)"));

    const Error untick = check(events.uncheckStep(target->incident, target->runbook, step.id));
    m_uncheckAction->setEnabled(!untick);
    m_uncheckAction->setToolTip(untick ? tr("The step is open") : tr("Reopen the step (Space)"));

    // Placeholders stand in for the reason and note the prompts will ask for.
    const QString placeholder = QStringLiteral("-");
    const Error skip = check(events.skipStep(target->incident, target->runbook, step.id, placeholder));
    m_skipAction->setEnabled(!skip);
    m_skipAction->setToolTip(skip ? tr("Only an open step can be skipped") : tr("Skip the step, saying why"));

    const Error rollBack
        = check(events.rollBackStep(target->incident, target->runbook, step.id, placeholder));
    m_rollBackAction->setEnabled(!rollBack);
    m_rollBackAction->setToolTip(rollBack
            ? tr("Only a done step can be rolled back")
            : tr("Record that the step was undone, and go to its rollback step"));

    const Error approve = check(events.approveStep(target->incident, target->runbook, step.id));
    m_approveAction->setEnabled(!approve);
    m_approveAction->setToolTip(approveToolTip(step, approve));

    m_evidenceAction->setEnabled(true);
    m_evidenceAction->setToolTip(tr("Link a note to the step as evidence (what shows it is done)"));
    updateHint(target);
}

QString RunbookPanel::approveToolTip(const RunbookStep &step, const Error &refusal) const
{
    if (step.gate != Gate::Approval)
        return tr("This step needs no approval");
    if (step.isApproved())
        return tr("Approved by %1 %2", "commander's go: person, time")
            .arg(step.approvedBy, RunbookModel::formatTime(step.approvedAt));
    const QString commander = this->commander();
    if (commander.isEmpty())
        return tr("Assign a commander first");
    if (m_session && m_session->actor() != commander)
        return tr("Waits for the commander's go (%1)", "%1 is the commander").arg(commander);
    if (refusal)
        return refusal.message;
    return tr("Give your go as commander: the step can then be ticked");
}

void RunbookPanel::updateHint(const std::optional<Target> &target)
{
    if (!target) {
        m_hintLabel->setText(
            m_model->rowCount() > 0 ? tr("Select a step to tick, skip or approve it.") : QString());
        return;
    }
    const RunbookStep &step = target->step;
    const QString commander = this->commander();
    const QString blocked = RunbookModel::blockedReason(step, commander);
    QString hint;
    if (!blocked.isEmpty()) {
        hint = QStringLiteral("⚠ ") + blocked;
        if (step.gate == Gate::Approval && !commander.isEmpty() && m_session
            && m_session->actor() == commander)
            hint += QLatin1Char(' ') + tr("You are the commander: approve it when it is safe to go on.");
        else if (step.gate == Gate::Evidence)
            hint += QLatin1Char(' ') + tr("Ticking it asks for one.");
    } else if (step.state == StepState::RolledBack && !step.rollback.isEmpty()) {
        const Runbook *runbook = incident() ? incident()->runbook(target->runbook) : nullptr;
        const RunbookStep *rollback = runbook ? runbook->step(step.rollback) : nullptr;
        hint = rollback ? tr("Rolled back. The step that undoes it: “%1”.").arg(rollback->text) : QString();
    } else if (step.state == StepState::Open) {
        hint = tr("Space ticks the selected step.");
    }
    m_hintLabel->setText(hint);
}

} // namespace Warroom
