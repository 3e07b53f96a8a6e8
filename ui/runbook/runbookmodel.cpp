// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbookmodel.h"

#include "clock.h"
#include "eventtypes.h"
#include "logging.h"
#include "session.h"

#include <QLocale>
#include <QRegularExpression>

namespace Warroom {

namespace {
// Top-level items carry 0; a step carries its runbook's row + 1. Runbooks are only ever appended, so a
// runbook's row never changes while the model shows one incident.
constexpr quintptr RunbookMarker = 0;

QString dataString(const Event &event, const char *key)
{
    return event.data.value(QLatin1String(key)).toString();
}
} // namespace

RunbookModel::RunbookModel(Session *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    if (m_session)
        connect(m_session, &Session::eventApplied, this, &RunbookModel::onEventApplied);
}

RunbookModel::~RunbookModel() = default;

void RunbookModel::setIncident(const QString &incidentId)
{
    if (incidentId == m_incidentId)
        return;
    beginResetModel();
    m_incidentId = incidentId;
    rebuildRows();
    endResetModel();
}

const IncidentState *RunbookModel::incident() const
{
    if (!m_session || m_incidentId.isEmpty())
        return nullptr;
    return m_session->projection().incident(m_incidentId);
}

QModelIndex RunbookModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, RunbookMarker);
    if (parent.internalId() == RunbookMarker)
        return createIndex(row, column, quintptr(parent.row()) + 1);
    return {};
}

QModelIndex RunbookModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == RunbookMarker)
        return {};
    return createIndex(int(child.internalId() - 1), 0, RunbookMarker);
}

int RunbookModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != RunbookMarker || parent.row() >= m_rows.size())
        return 0;
    return int(m_rows.at(parent.row()).steps.size());
}

int RunbookModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1;
}

Qt::ItemFlags RunbookModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    if (index.internalId() == RunbookMarker)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // Checkable for views and screen readers, but the model is read-only: a tick is an event the panel
    // submits through the Session (and the gates may refuse), never a setData.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> RunbookModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(RunbookIdRole, "runbookId");
    names.insert(StepIdRole, "stepId");
    names.insert(DoneCountRole, "doneCount");
    names.insert(StepCountRole, "stepCount");
    names.insert(ProgressTextRole, "progressText");
    names.insert(AttachedByRole, "attachedBy");
    names.insert(AttachedAtRole, "attachedAt");
    names.insert(AttachedTextRole, "attachedText");
    names.insert(GateRole, "gate");
    names.insert(StateRole, "state");
    names.insert(ByRole, "by");
    names.insert(AtRole, "at");
    names.insert(NoteRole, "note");
    names.insert(ApprovedByRole, "approvedBy");
    names.insert(ApprovedAtRole, "approvedAt");
    names.insert(EvidenceCountRole, "evidenceCount");
    names.insert(EvidenceRole, "evidence");
    names.insert(RollbackStepIdRole, "rollbackStepId");
    names.insert(RollbackTextRole, "rollbackText");
    names.insert(RollbackForRole, "rollbackFor");
    names.insert(GateTextRole, "gateText");
    names.insert(GateMetRole, "gateMet");
    names.insert(GateDetailRole, "gateDetail");
    names.insert(BlockedRole, "blocked");
    names.insert(StatusTextRole, "statusText");
    names.insert(CommanderRole, "commander");
    return names;
}

const Runbook *RunbookModel::runbookAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const int row = index.internalId() == RunbookMarker ? index.row() : int(index.internalId() - 1);
    const IncidentState *state = incident();
    if (!state || row < 0 || row >= m_rows.size())
        return nullptr;
    return state->runbook(m_rows.at(row).id);
}

const RunbookStep *RunbookModel::stepAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == RunbookMarker)
        return nullptr;
    const Runbook *runbook = runbookAt(index);
    const QStringList &steps = m_rows.at(int(index.internalId() - 1)).steps;
    if (!runbook || index.row() >= steps.size())
        return nullptr;
    return runbook->step(steps.at(index.row()));
}

QModelIndex RunbookModel::runbookIndex(const QString &runbookId) const
{
    const int row = rowOfRunbook(runbookId);
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex RunbookModel::stepIndex(const QString &runbookId, const QString &stepId) const
{
    const int row = rowOfRunbook(runbookId);
    if (row < 0)
        return {};
    const int stepRow = int(m_rows.at(row).steps.indexOf(stepId));
    return stepRow < 0 ? QModelIndex() : index(stepRow, 0, index(row, 0));
}

int RunbookModel::rowOfRunbook(const QString &runbookId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == runbookId)
            return row;
    }
    return -1;
}

QVariant RunbookModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Runbook *runbook = runbookAt(index);
    if (!runbook)
        return {};
    if (index.internalId() == RunbookMarker)
        return runbookData(*runbook, role);
    const RunbookStep *step = stepAt(index);
    return step ? stepData(*runbook, *step, role) : QVariant();
}

QVariant RunbookModel::runbookData(const Runbook &runbook, int role) const
{
    const int done = runbook.doneCount();
    const int total = int(runbook.steps.size());
    switch (role) {
    case Qt::DisplayRole:
        return runbook.name;
    case Qt::ToolTipRole:
        return tr(
            "%1\n%2 of %3 steps done\nAttached by %4 %5", "runbook tooltip: name, done, total, person, time")
            .arg(runbook.name)
            .arg(done)
            .arg(total)
            .arg(runbook.attachedBy, formatTime(runbook.attachedAt));
    case Qt::AccessibleTextRole:
        return tr("Runbook %1, %2 of %3 steps done").arg(runbook.name).arg(done).arg(total);
    case KindRole:
        return int(RunbookItem);
    case RunbookIdRole:
        return runbook.id;
    case DoneCountRole:
        return done;
    case StepCountRole:
        return total;
    case ProgressTextRole:
        return tr("%1/%2", "runbook progress: steps done / steps in total").arg(done).arg(total);
    case AttachedByRole:
        return runbook.attachedBy;
    case AttachedAtRole:
        return runbook.attachedAt;
    case AttachedTextRole:
        return tr("Attached by %1 %2", "runbook: person, time")
            .arg(runbook.attachedBy, formatTime(runbook.attachedAt));
    default:
        return {};
    }
}

QVariant RunbookModel::stepData(const Runbook &runbook, const RunbookStep &step, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return step.text;
    case Qt::CheckStateRole:
        // Skipped counts as done (ticked); a rolled-back step is neither done nor open.
        switch (step.state) {
        case StepState::Checked:
        case StepState::Skipped:
            return Qt::Checked;
        case StepState::RolledBack:
            return Qt::PartiallyChecked;
        case StepState::Open:
            return Qt::Unchecked;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines {step.text};
        for (const QString &line : {blockedReason(step, incident() ? incident()->commander() : QString()),
                 statusText(step), gateDetail(step), rollbackText(runbook, step)}) {
            if (!line.isEmpty())
                lines << line;
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        return accessibleStepText(runbook, step);
    case KindRole:
        return int(StepItem);
    case RunbookIdRole:
        return runbook.id;
    case StepIdRole:
        return step.id;
    case GateRole:
        return int(step.gate);
    case StateRole:
        return int(step.state);
    case ByRole:
        return step.by;
    case AtRole:
        return step.at;
    case NoteRole:
        return step.note;
    case ApprovedByRole:
        return step.approvedBy;
    case ApprovedAtRole:
        return step.approvedAt;
    case EvidenceCountRole:
        return int(step.evidence.size());
    case EvidenceRole:
        return evidenceTexts(step);
    case RollbackStepIdRole:
        return step.rollback;
    case RollbackTextRole:
        return rollbackText(runbook, step);
    case RollbackForRole: {
        QStringList sources;
        for (const RunbookStep &other : runbook.steps) {
            if (other.rollback == step.id && other.state == StepState::RolledBack)
                sources << other.text;
        }
        return sources;
    }
    case GateTextRole:
        switch (step.gate) {
        case Gate::Approval:
            return tr("Needs commander's go", "badge of a step gated by the commander's approval");
        case Gate::Evidence:
            return tr("Needs evidence", "badge of a step that needs a note or attachment as evidence");
        case Gate::None:
            return QString();
        }
        return {};
    case GateMetRole:
        switch (step.gate) {
        case Gate::Approval:
            return step.isApproved();
        case Gate::Evidence:
            return !step.evidence.isEmpty();
        case Gate::None:
            return true;
        }
        return {};
    case GateDetailRole:
        return gateDetail(step);
    case BlockedRole:
        return blockedReason(step, incident() ? incident()->commander() : QString());
    case StatusTextRole:
        return statusText(step);
    case CommanderRole:
        return incident() ? incident()->commander() : QString();
    default:
        return {};
    }
}

QString RunbookModel::statusText(const RunbookStep &step) const
{
    const QString when = formatTime(step.at);
    switch (step.state) {
    case StepState::Checked:
        if (step.note.isEmpty())
            return tr("✓ %1 %2", "step done: person, time").arg(step.by, when);
        return tr("✓ %1 %2 — %3", "step done: person, time, note").arg(step.by, when, step.note);
    case StepState::Skipped:
        return tr("Skipped by %1 %2: %3", "step skipped: person, time, reason").arg(step.by, when, step.note);
    case StepState::RolledBack:
        return tr("Rolled back by %1 %2: %3", "step rolled back: person, time, note")
            .arg(step.by, when, step.note);
    case StepState::Open:
        // Open again after someone unticked it: say who, so nobody wonders where the tick went.
        if (step.by.isEmpty())
            return {};
        if (step.note.isEmpty())
            return tr("Reopened by %1 %2", "step unticked: person, time").arg(step.by, when);
        return tr("Reopened by %1 %2: %3", "step unticked: person, time, note").arg(step.by, when, step.note);
    }
    return {};
}

QString RunbookModel::rollbackText(const Runbook &runbook, const RunbookStep &step)
{
    const RunbookStep *rollback = step.rollback.isEmpty() ? nullptr : runbook.step(step.rollback);
    return rollback ? tr("Rollback: %1", "the step that undoes this one").arg(rollback->text) : QString();
}

QString RunbookModel::gateDetail(const RunbookStep &step) const
{
    QStringList parts;
    if (step.isApproved())
        parts << tr("Approved by %1 %2", "commander's go: person, time")
                     .arg(step.approvedBy, formatTime(step.approvedAt));
    if (!step.evidence.isEmpty())
        parts << tr(
            "Evidence: %n linked", "notes or attachments linked to the step", int(step.evidence.size()));
    return parts.join(QStringLiteral(" · "));
}

QStringList RunbookModel::evidenceTexts(const RunbookStep &step) const
{
    QStringList texts;
    const IncidentState *state = incident();
    for (const QString &id : step.evidence) {
        const TimelineEntry *entry = state ? state->entry(id) : nullptr;
        if (!entry)
            continue;
        const QString text = entry->attachmentName.isEmpty() ? entry->text : entry->attachmentName;
        texts << (entry->retracted ? tr("%1 (retracted)", "evidence that was retracted").arg(text) : text);
    }
    return texts;
}

QString RunbookModel::accessibleStepText(const Runbook &runbook, const RunbookStep &step) const
{
    Q_UNUSED(runbook)
    QString state;
    switch (step.state) {
    case StepState::Open:
        state = tr("Open", "step state");
        break;
    case StepState::Checked:
        state = tr("Done", "step state");
        break;
    case StepState::Skipped:
        state = tr("Skipped", "step state");
        break;
    case StepState::RolledBack:
        state = tr("Rolled back", "step state");
        break;
    }
    QStringList parts {QStringLiteral("%1: %2").arg(state, step.text)};
    const QString commander = incident() ? incident()->commander() : QString();
    for (const QString &part : {blockedReason(step, commander), statusText(step), gateDetail(step)}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(". "));
}

QString RunbookModel::formatTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    // A checklist is read to the minute: drop the seconds some locales' short format has (C: HH:mm:ss).
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    const QString time
        = locale.toString(local.time(), locale.timeFormat(QLocale::ShortFormat).remove(seconds));
    if (local.date() == Clock::now().toLocalTime().date())
        return time;
    return tr("%1 %2", "date and time of a step change")
        .arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

QString RunbookModel::blockedReason(const RunbookStep &step, const QString &commander)
{
    if (step.state == StepState::Checked)
        return {};
    if (step.gate == Gate::Approval && !step.isApproved()) {
        if (commander.isEmpty())
            return tr("Assign a commander first: only the commander can give the go for this step.");
        return tr("Waits for the commander's go (%1)", "%1 is the commander").arg(commander);
    }
    if (step.gate == Gate::Evidence && step.evidence.isEmpty())
        return tr("Needs evidence first: a note that shows it is done.");
    return {};
}

void RunbookModel::rebuildRows()
{
    m_rows.clear();
    const IncidentState *state = incident();
    if (!state)
        return;
    for (const Runbook &runbook : state->runbooks()) {
        Row row {runbook.id, {}};
        for (const RunbookStep &step : runbook.steps)
            row.steps << step.id;
        m_rows << row;
    }
}

void RunbookModel::syncStructure()
{
    const IncidentState *state = incident();
    if (!state)
        return;
    const QList<Runbook> &runbooks = state->runbooks();
    for (int row = 0; row < runbooks.size(); ++row) {
        const Runbook &runbook = runbooks.at(row);
        if (row < m_rows.size()) {
            if (m_rows.at(row).id != runbook.id) {
                // Cannot happen with an append-only fold; if it ever does, a reset is the honest answer.
                qCWarning(lcUi) << "runbook model out of step with the state; resetting";
                beginResetModel();
                rebuildRows();
                endResetModel();
                return;
            }
            syncSteps(row, runbook);
            continue;
        }
        Row added {runbook.id, {}};
        for (const RunbookStep &step : runbook.steps)
            added.steps << step.id;
        beginInsertRows({}, row, row);
        m_rows.append(added);
        endInsertRows();
    }
}

void RunbookModel::syncSteps(int runbookRow, const Runbook &runbook)
{
    // Steps are only ever inserted (step.added, after a given step): walk both lists and insert what is new.
    const QModelIndex parent = index(runbookRow, 0);
    for (int i = 0; i < runbook.steps.size(); ++i) {
        const QStringList &have = m_rows.at(runbookRow).steps;
        if (i < have.size() && have.at(i) == runbook.steps.at(i).id)
            continue;
        beginInsertRows(parent, i, i);
        m_rows[runbookRow].steps.insert(i, runbook.steps.at(i).id);
        endInsertRows();
    }
}

void RunbookModel::onEventApplied(const Event &event)
{
    if (m_incidentId.isEmpty() || event.incident != m_incidentId)
        return;
    const QString runbookId = dataString(event, "runbook");
    const QString stepId = dataString(event, "step");

    switch (event.kind()) {
    case EventKind::RunbookAttached:
        syncStructure();
        return;
    case EventKind::StepAdded: {
        const int row = rowOfRunbook(runbookId);
        const Runbook *runbook = incident() ? incident()->runbook(runbookId) : nullptr;
        if (row < 0 || !runbook) {
            syncStructure();
            return;
        }
        syncSteps(row, *runbook);
        emitRunbookChanged(row);
        return;
    }
    case EventKind::StepApproved:
    case EventKind::StepChecked:
    case EventKind::StepUnchecked:
    case EventKind::StepSkipped:
    case EventKind::StepRolledBack: {
        emitStepChanged(runbookId, stepId);
        // The step this one names as its rollback is offered (highlighted) while this one is rolled back.
        const Runbook *runbook = incident() ? incident()->runbook(runbookId) : nullptr;
        const RunbookStep *step = runbook ? runbook->step(stepId) : nullptr;
        if (step && !step->rollback.isEmpty())
            emitStepChanged(runbookId, step->rollback);
        emitRunbookChanged(rowOfRunbook(runbookId));
        return;
    }
    case EventKind::NoteAdded:
    case EventKind::AttachmentAdded:
        if (!runbookId.isEmpty())
            emitStepChanged(runbookId, stepId); // new evidence
        return;
    case EventKind::NoteEdited:
    case EventKind::NoteRetracted: {
        const TimelineEntry *entry = incident() ? incident()->entry(dataString(event, "target")) : nullptr;
        if (entry && !entry->step.isEmpty())
            emitStepChanged(entry->runbook, entry->step); // the evidence text changed
        return;
    }
    case EventKind::RoleAssigned:
    case EventKind::RoleUnassigned:
        // Who must approve is part of every waiting step's text.
        if (dataString(event, "role") == QLatin1String("commander"))
            emitAllStepsChanged();
        return;
    case EventKind::IncidentDeclared:
    case EventKind::IncidentUpdated:
    case EventKind::IncidentStatus:
    case EventKind::NotePinned:
    case EventKind::ChatPosted:
    case EventKind::AlertReceived:
    case EventKind::ActionAdded:
    case EventKind::ActionUpdated:
    case EventKind::Unknown:
        return; // nothing a runbook shows
    }
}

void RunbookModel::emitStepChanged(const QString &runbookId, const QString &stepId)
{
    QModelIndex index = stepIndex(runbookId, stepId);
    if (!index.isValid()) {
        syncStructure();
        index = stepIndex(runbookId, stepId);
    }
    if (index.isValid())
        Q_EMIT dataChanged(index, index);
}

void RunbookModel::emitRunbookChanged(int runbookRow)
{
    if (runbookRow < 0 || runbookRow >= m_rows.size())
        return;
    const QModelIndex runbook = index(runbookRow, 0);
    Q_EMIT dataChanged(runbook, runbook);
}

void RunbookModel::emitAllStepsChanged()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const QModelIndex parent = index(row, 0);
        const int count = rowCount(parent);
        if (count > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(count - 1, 0, parent));
    }
}

} // namespace Warroom
