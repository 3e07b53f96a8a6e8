// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "incidentstate.h"

#include <optional>

namespace Warroom {

/// What an incident.updated changes; the fields left unset stay as they are.
struct IncidentChanges
{
    std::optional<QString> title;
    std::optional<Severity> severity;
    std::optional<QString> summary;
    std::optional<QStringList> services;
    std::optional<QDateTime> impactStartedAt;

    IncidentChanges &setTitle(const QString &value)
    {
        title = value;
        return *this;
    }
    IncidentChanges &setSeverity(Severity value)
    {
        severity = value;
        return *this;
    }
    IncidentChanges &setSummary(const QString &value)
    {
        summary = value;
        return *this;
    }
    IncidentChanges &setServices(const QStringList &value)
    {
        services = value;
        return *this;
    }
    IncidentChanges &setImpactStartedAt(const QDateTime &value)
    {
        impactStartedAt = value;
        return *this;
    }
};

/// What an action.updated changes; unset fields stay. A due time that is not valid clears the due date.
struct ActionChanges
{
    std::optional<QString> text;
    std::optional<QString> owner;
    std::optional<QDateTime> due;
    std::optional<bool> done;

    ActionChanges &setText(const QString &value)
    {
        text = value;
        return *this;
    }
    ActionChanges &setOwner(const QString &value)
    {
        owner = value;
        return *this;
    }
    ActionChanges &setDue(const QDateTime &value)
    {
        due = value;
        return *this;
    }
    ActionChanges &setDone(bool value)
    {
        done = value;
        return *this;
    }
};

/// Builds well-formed events for one actor, stamped by the Clock. The only place that knows the data
/// field names of each type, so callers never write raw JSON keys.
class EventFactory
{
public:
    explicit EventFactory(const QString &actor);
    [[nodiscard]] const QString &actor() const { return m_actor; }

    [[nodiscard]] Event declare(const QString &title, Severity severity, const QString &summary = {},
        const QStringList &services = {}) const; ///< new incident id
    [[nodiscard]] Event update(const QString &incident, const IncidentChanges &changes) const;
    [[nodiscard]] Event setStatus(const QString &incident, Status status, const QString &note = {}) const;
    [[nodiscard]] Event assignRole(const QString &incident, const QString &role, const QString &person) const;
    [[nodiscard]] Event unassignRole(
        const QString &incident, const QString &role, const QString &person) const;
    /// @p steps: objects {id, text, gate, rollback?}
    [[nodiscard]] Event attachRunbook(
        const QString &incident, const QString &name, const QJsonArray &steps) const;
    [[nodiscard]] Event addStep(const QString &incident, const QString &runbook, const QString &stepId,
        const QString &text, Gate gate = Gate::None, const QString &after = {}) const;
    [[nodiscard]] Event approveStep(
        const QString &incident, const QString &runbook, const QString &step) const;
    [[nodiscard]] Event checkStep(const QString &incident, const QString &runbook, const QString &step,
        const QString &note = {}, const QString &evidence = {}) const;
    [[nodiscard]] Event uncheckStep(
        const QString &incident, const QString &runbook, const QString &step, const QString &note = {}) const;
    [[nodiscard]] Event skipStep(
        const QString &incident, const QString &runbook, const QString &step, const QString &reason) const;
    [[nodiscard]] Event rollBackStep(
        const QString &incident, const QString &runbook, const QString &step, const QString &note) const;
    [[nodiscard]] Event addNote(const QString &incident, const QString &text, NoteKind kind = NoteKind::Note,
        const QDateTime &at = {}) const;
    /// An evidence note linked to a runbook step (what an evidence-gated step needs before it is ticked).
    [[nodiscard]] Event addEvidence(
        const QString &incident, const QString &runbook, const QString &step, const QString &text) const;
    [[nodiscard]] Event editNote(const QString &incident, const QString &target, const QString &text) const;
    [[nodiscard]] Event retractNote(
        const QString &incident, const QString &target, const QString &reason) const;
    [[nodiscard]] Event pinNote(const QString &incident, const QString &target, bool pinned) const;
    [[nodiscard]] Event addAttachment(
        const QString &incident, const QString &name, const QString &mime, const QByteArray &content) const;
    [[nodiscard]] Event chatPosted(const QString &incident, const QString &channel, const QString &text,
        const QString &outcome, int httpStatus, const QString &error = {}) const;
    [[nodiscard]] Event alertReceived(const QString &incident, const QString &source, const QString &name,
        const QString &status, const QJsonObject &labels, const QDateTime &startsAt,
        const QString &url) const;
    [[nodiscard]] Event addAction(const QString &incident, const QString &text, const QString &owner = {},
        const QDateTime &due = {}) const;
    [[nodiscard]] Event updateAction(
        const QString &incident, const QString &target, const ActionChanges &changes) const;

private:
    [[nodiscard]] Event make(const QString &incident, QLatin1StringView type, const QJsonObject &data,
        const QDateTime &at = {}) const;
    QString m_actor;
};

} // namespace Warroom
