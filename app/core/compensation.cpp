// SPDX-License-Identifier: GPL-3.0-or-later
#include "compensation.h"

#include "eventtypes.h"

namespace Warroom {

namespace {

Error cannot(const QString &message)
{
    return {QStringLiteral("cannot_undo"), {}, message};
}

QString str(const QJsonObject &data, const char *key)
{
    return data.value(QLatin1String(key)).toString();
}

} // namespace

bool Compensation::compensate(const Event &target, const EventList &before, const IncidentState &current,
    const EventFactory &f, Event *out, Error *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = cannot(message);
        return false;
    };
    IncidentState past;
    for (const Event &e : before)
        past.apply(e);

    const QJsonObject &d = target.data;
    const QString incident = target.incident;
    Event undo;

    switch (target.kind()) {
    case EventKind::NoteAdded:
    case EventKind::AttachmentAdded: {
        const TimelineEntry *entry = current.entry(target.id);
        if (!entry || entry->retracted)
            return fail(QStringLiteral("that entry is already retracted"));
        undo = f.retractNote(incident, target.id, QStringLiteral("Undone"));
        break;
    }
    case EventKind::NoteEdited: {
        const TimelineEntry *entry = current.entry(str(d, "target"));
        if (!entry || entry->retracted || entry->text != str(d, "text") || entry->history.isEmpty())
            return fail(QStringLiteral("the entry was changed again since"));
        undo = f.editNote(incident, entry->id, entry->history.last().text);
        break;
    }
    case EventKind::NotePinned: {
        const bool pinned = d.value(QLatin1String("pinned")).toBool();
        const TimelineEntry *entry = current.entry(str(d, "target"));
        if (!entry || entry->pinned != pinned)
            return fail(QStringLiteral("the pin was changed again since"));
        undo = f.pinNote(incident, entry->id, !pinned);
        break;
    }
    case EventKind::IncidentStatus: {
        if (Names::status(current.status()) != str(d, "status"))
            return fail(QStringLiteral("the status was changed again since (now %1)")
                            .arg(Names::status(current.status())));
        undo = f.setStatus(incident, past.status(), QStringLiteral("Undone"));
        break;
    }
    case EventKind::IncidentUpdated: {
        IncidentChanges old;
        if (d.contains(QLatin1String("title")))
            old.setTitle(past.title());
        if (d.contains(QLatin1String("severity")))
            old.setSeverity(past.severity());
        if (d.contains(QLatin1String("summary")))
            old.setSummary(past.summary());
        if (d.contains(QLatin1String("services")))
            old.setServices(past.services());
        if (d.contains(QLatin1String("impact_started_at"))) {
            if (!past.milestones().impactStarted.isValid())
                return fail(QStringLiteral("there was no impact start before; set the right one instead"));
            old.setImpactStartedAt(past.milestones().impactStarted);
        }
        undo = f.update(incident, old);
        break;
    }
    case EventKind::RoleAssigned: {
        const QString role = str(d, "role");
        if (current.roles().value(role) != str(d, "person"))
            return fail(QStringLiteral("the role %1 was handed on since").arg(role));
        const QString previous = past.roles().value(role);
        undo = previous.isEmpty() ? f.unassignRole(incident, role, str(d, "person"))
                                  : f.assignRole(incident, role, previous);
        break;
    }
    case EventKind::RoleUnassigned: {
        const QString role = str(d, "role");
        if (current.roles().contains(role))
            return fail(QStringLiteral("somebody holds the role %1 again").arg(role));
        undo = f.assignRole(incident, role, str(d, "person"));
        break;
    }
    case EventKind::StepChecked:
    case EventKind::StepSkipped:
    case EventKind::StepRolledBack:
    case EventKind::StepUnchecked: {
        const QString runbook = str(d, "runbook");
        const QString stepId = str(d, "step");
        const Runbook *now = current.runbook(runbook);
        const Runbook *then = past.runbook(runbook);
        const RunbookStep *step = now ? now->step(stepId) : nullptr;
        const RunbookStep *old = then ? then->step(stepId) : nullptr;
        if (!step || !old || step->at != target.at || step->by != target.actor)
            return fail(QStringLiteral("the step was changed again since"));
        switch (old->state) {
        case StepState::Open:
            undo = f.uncheckStep(incident, runbook, stepId, QStringLiteral("Undone"));
            break;
        case StepState::Checked:
            undo = f.checkStep(incident, runbook, stepId, old->note);
            break;
        case StepState::Skipped:
            undo = f.skipStep(incident, runbook, stepId, old->note);
            break;
        case StepState::RolledBack:
            return fail(QStringLiteral(
                "a rolled-back step cannot be put back that way; tick it again if it was redone"));
        }
        break;
    }
    case EventKind::ActionUpdated: {
        const QString targetId = str(d, "target");
        const FollowUpAction *old = nullptr;
        for (const FollowUpAction &a : past.actions()) {
            if (a.id == targetId)
                old = &a;
        }
        if (!old)
            return fail(QStringLiteral("the follow-up action is unknown"));
        ActionChanges changes;
        if (d.contains(QLatin1String("text")))
            changes.setText(old->text);
        if (d.contains(QLatin1String("owner")))
            changes.setOwner(old->owner);
        if (d.contains(QLatin1String("due")) && old->due.isValid())
            changes.setDue(old->due);
        if (d.contains(QLatin1String("done")))
            changes.setDone(old->done);
        if (!changes.text && !changes.owner && !changes.due && !changes.done)
            return fail(QStringLiteral("there is nothing to restore"));
        undo = f.updateAction(incident, targetId, changes);
        break;
    }
    case EventKind::IncidentDeclared:
        return fail(QStringLiteral("a declaration cannot be undone; resolve the incident instead"));
    case EventKind::RunbookAttached:
    case EventKind::StepAdded:
        return fail(QStringLiteral("a runbook or step stays once attached; skip the steps you do not need"));
    case EventKind::StepApproved:
        return fail(QStringLiteral("an approval cannot be taken back; write a decision note instead"));
    case EventKind::NoteRetracted:
        return fail(QStringLiteral("a retraction cannot be undone; add the note again"));
    case EventKind::ActionAdded:
        return fail(QStringLiteral("a follow-up action stays; mark it done instead"));
    case EventKind::ChatPosted:
    case EventKind::AlertReceived:
    case EventKind::Unknown:
        return fail(
            QStringLiteral("%1 events are recorded by Warroom and cannot be undone").arg(target.type));
    }

    if (const Error refused = current.check(undo)) {
        if (error)
            *error = refused;
        return false;
    }
    *out = undo;
    return true;
}

} // namespace Warroom
