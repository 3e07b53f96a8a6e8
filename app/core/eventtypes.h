// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QStringList>

namespace Warroom {

/// The v1 event types of DESIGN §3. The string is the wire name.
namespace EventType {
inline constexpr QLatin1StringView IncidentDeclared {"incident.declared"};
inline constexpr QLatin1StringView IncidentUpdated {"incident.updated"};
inline constexpr QLatin1StringView IncidentStatus {"incident.status"};
inline constexpr QLatin1StringView RoleAssigned {"role.assigned"};
inline constexpr QLatin1StringView RoleUnassigned {"role.unassigned"};
inline constexpr QLatin1StringView RunbookAttached {"runbook.attached"};
inline constexpr QLatin1StringView StepApproved {"step.approved"};
inline constexpr QLatin1StringView StepChecked {"step.checked"};
inline constexpr QLatin1StringView StepUnchecked {"step.unchecked"};
inline constexpr QLatin1StringView StepSkipped {"step.skipped"};
inline constexpr QLatin1StringView StepRolledBack {"step.rolled_back"};
inline constexpr QLatin1StringView StepAdded {"step.added"};
inline constexpr QLatin1StringView NoteAdded {"note.added"};
inline constexpr QLatin1StringView NoteEdited {"note.edited"};
inline constexpr QLatin1StringView NoteRetracted {"note.retracted"};
inline constexpr QLatin1StringView NotePinned {"note.pinned"};
inline constexpr QLatin1StringView AttachmentAdded {"attachment.added"};
inline constexpr QLatin1StringView ChatPosted {"chat.posted"};
inline constexpr QLatin1StringView AlertReceived {"alert.received"};
inline constexpr QLatin1StringView ActionAdded {"action.added"};
inline constexpr QLatin1StringView ActionUpdated {"action.updated"};

/// Every known type, in the order of DESIGN §3.
[[nodiscard]] const QStringList &all();
[[nodiscard]] bool isKnown(const QString &type);
} // namespace EventType

/// The event types as an enum: what the fold, the validator and the compensation switch on, so that the
/// compiler (-Wswitch) names every place a new kind must be handled. The wire keeps the type strings.
enum class EventKind {
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
    Unknown, ///< a type this version does not know (refused by validation, never folded)
};

namespace EventKinds {
/// The kind of a wire type; Unknown for any other string. One table for both directions.
[[nodiscard]] EventKind fromType(const QString &type);
/// The wire type of @p kind (empty for Unknown).
[[nodiscard]] QLatin1StringView typeOf(EventKind kind);
} // namespace EventKinds

/// Limits shared by validation, the stores and the server.
namespace Limits {
inline constexpr int TitleMax = 200;
inline constexpr int TextMax = 20000; ///< note, summary, reason
inline constexpr int NameMax = 100; ///< actor, person, role, channel, runbook name
inline constexpr int StepsMax = 500;
inline constexpr int ServicesMax = 50;
inline constexpr int AttachmentMaxBytes = 5 * 1024 * 1024;
} // namespace Limits

} // namespace Warroom
