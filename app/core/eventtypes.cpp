// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtypes.h"

namespace Warroom::EventType {

const QStringList &all()
{
    static const QStringList types = {
        IncidentDeclared,
        IncidentUpdated,
        IncidentStatus,
        RoleAssigned,
        RoleUnassigned,
        RunbookAttached,
        StepApproved,
        StepChecked,
        StepUnchecked,
        StepSkipped,
        StepRolledBack,
        StepAdded,
        NoteAdded,
        NoteEdited,
        NoteRetracted,
        NotePinned,
        AttachmentAdded,
        ChatPosted,
        AlertReceived,
        ActionAdded,
        ActionUpdated,
    };
    return types;
}

bool isKnown(const QString &type)
{
    return all().contains(type);
}

} // namespace Warroom::EventType
