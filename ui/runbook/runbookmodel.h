// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace Warroom {

class Session;

/// The runbooks attached to one incident, as a tree: the runbooks at the top level (in the order they were
/// attached), their steps as children (in runbook order). It follows the Session event by event: an attach
/// inserts a top-level row, step.added inserts a child at its place, every other step event (and evidence
/// linked to a step) is a dataChanged of that step and of its runbook's progress. It resets only when it is
/// pointed at another incident, so a view keeps its selection while people tick steps.
///
/// One column: the delegate paints a whole step (checkbox, text, gate badge, who and when) from the roles.
class RunbookModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum ItemKind {
        RunbookItem = 0,
        StepItem,
    };
    Q_ENUM(ItemKind)

    enum Role {
        KindRole = Qt::UserRole + 1, ///< int (ItemKind)
        RunbookIdRole, ///< QString: the runbook instance (both kinds)
        StepIdRole, ///< QString (steps)
        // runbooks
        DoneCountRole, ///< int: steps checked or skipped
        StepCountRole, ///< int
        ProgressTextRole, ///< QString "5/13"
        AttachedByRole, ///< QString
        AttachedAtRole, ///< QDateTime (UTC)
        AttachedTextRole, ///< QString "Attached by priya 14:15"
        // steps
        GateRole, ///< int (Gate)
        StateRole, ///< int (StepState)
        ByRole, ///< QString: who last changed the state
        AtRole, ///< QDateTime (UTC)
        NoteRole, ///< QString: check note, skip reason or rollback note
        ApprovedByRole, ///< QString
        ApprovedAtRole, ///< QDateTime (UTC), invalid while not approved
        EvidenceCountRole, ///< int: linked notes and attachments
        EvidenceRole, ///< QStringList: texts (or file names) of the linked evidence
        RollbackStepIdRole, ///< QString: the step that undoes this one
        RollbackTextRole, ///< QString "Rollback: Switch back…" (empty when none)
        RollbackForRole, ///< QStringList: texts of rolled-back steps whose rollback is this step
        GateTextRole, ///< QString: badge "Needs commander's go" / "Needs evidence" (empty for none)
        GateMetRole, ///< bool: approved / evidence linked (true for ungated steps)
        GateDetailRole, ///< QString "Approved by priya 14:20" / "Evidence: 2 notes" (empty when none)
        BlockedRole, ///< QString: why ticking would be refused now (empty when it would not)
        StatusTextRole, ///< QString "✓ marco 14:22 — note", "Skipped by lena 14:30: reason"…
        CommanderRole, ///< QString: the incident's commander, who must approve gated steps (may be empty)
    };
    Q_ENUM(Role)

    explicit RunbookModel(Session *session, QObject *parent = nullptr);
    ~RunbookModel() override;

    /// Shows the runbooks of @p incidentId (empty: none). The only reset of this model.
    void setIncident(const QString &incidentId);
    [[nodiscard]] QString incidentId() const { return m_incidentId; }

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QModelIndex runbookIndex(const QString &runbookId) const;
    [[nodiscard]] QModelIndex stepIndex(const QString &runbookId, const QString &stepId) const;
    /// The runbook shown at (or containing the step at) @p index; nullptr when none.
    [[nodiscard]] const Runbook *runbookAt(const QModelIndex &index) const;
    /// The step shown at @p index; nullptr for runbook rows.
    [[nodiscard]] const RunbookStep *stepAt(const QModelIndex &index) const;
    /// The incident shown, or nullptr.
    [[nodiscard]] const IncidentState *incident() const;

    /// A time as the checklist shows it: local hours and minutes, with the date when it is not today.
    [[nodiscard]] static QString formatTime(const QDateTime &utc);
    /// Why ticking @p step would be refused because of its gate (empty when the gate lets it through).
    /// @p commander is the incident's commander (may be empty).
    [[nodiscard]] static QString blockedReason(const RunbookStep &step, const QString &commander);

private:
    struct Row
    {
        QString id;
        QStringList steps;
    };

    void onEventApplied(const Event &event);
    /// Inserts the runbooks and steps the state has and the rows do not (both only ever grow).
    void syncStructure();
    void syncSteps(int runbookRow, const Runbook &runbook);
    void rebuildRows();
    void emitStepChanged(const QString &runbookId, const QString &stepId);
    void emitRunbookChanged(int runbookRow);
    void emitAllStepsChanged();
    [[nodiscard]] int rowOfRunbook(const QString &runbookId) const;
    [[nodiscard]] QVariant runbookData(const Runbook &runbook, int role) const;
    [[nodiscard]] QVariant stepData(const Runbook &runbook, const RunbookStep &step, int role) const;
    [[nodiscard]] QString statusText(const RunbookStep &step) const;
    [[nodiscard]] static QString rollbackText(const Runbook &runbook, const RunbookStep &step);
    [[nodiscard]] QString gateDetail(const RunbookStep &step) const;
    [[nodiscard]] QStringList evidenceTexts(const RunbookStep &step) const;
    [[nodiscard]] QString accessibleStepText(const Runbook &runbook, const RunbookStep &step) const;

    QPointer<Session> m_session;
    QString m_incidentId;
    QList<Row> m_rows;
};

} // namespace Warroom
