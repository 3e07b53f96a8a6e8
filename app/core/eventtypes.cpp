// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtypes.h"

#include <array>
#include <utility>

namespace Warroom {
namespace {

using Entry = std::pair<EventKind, QLatin1StringView>;
/// The one table of wire names, in the order of DESIGN §3 and of the enum.
constexpr std::array<Entry, 21> Table {{
    {EventKind::IncidentDeclared, EventType::IncidentDeclared},
    {EventKind::IncidentUpdated, EventType::IncidentUpdated},
    {EventKind::IncidentStatus, EventType::IncidentStatus},
    {EventKind::RoleAssigned, EventType::RoleAssigned},
    {EventKind::RoleUnassigned, EventType::RoleUnassigned},
    {EventKind::RunbookAttached, EventType::RunbookAttached},
    {EventKind::StepApproved, EventType::StepApproved},
    {EventKind::StepChecked, EventType::StepChecked},
    {EventKind::StepUnchecked, EventType::StepUnchecked},
    {EventKind::StepSkipped, EventType::StepSkipped},
    {EventKind::StepRolledBack, EventType::StepRolledBack},
    {EventKind::StepAdded, EventType::StepAdded},
    {EventKind::NoteAdded, EventType::NoteAdded},
    {EventKind::NoteEdited, EventType::NoteEdited},
    {EventKind::NoteRetracted, EventType::NoteRetracted},
    {EventKind::NotePinned, EventType::NotePinned},
    {EventKind::AttachmentAdded, EventType::AttachmentAdded},
    {EventKind::ChatPosted, EventType::ChatPosted},
    {EventKind::AlertReceived, EventType::AlertReceived},
    {EventKind::ActionAdded, EventType::ActionAdded},
    {EventKind::ActionUpdated, EventType::ActionUpdated},
}};
static_assert(Table.size() == std::size_t(EventKind::Unknown), "one table row per kind");

} // namespace

namespace EventType {

const QStringList &all()
{
    static const QStringList types = [] {
        QStringList list;
        for (const Entry &entry : Table)
            list << entry.second;
        return list;
    }();
    return types;
}

bool isKnown(const QString &type)
{
    return EventKinds::fromType(type) != EventKind::Unknown;
}

} // namespace EventType

namespace EventKinds {

EventKind fromType(const QString &type)
{
    // A scan that compares lengths first beats hashing: most rows differ in length, and this runs once for
    // every event folded.
    for (const Entry &entry : Table) {
        if (entry.second.size() == type.size() && entry.second == type)
            return entry.first;
    }
    return EventKind::Unknown;
}

QLatin1StringView typeOf(EventKind kind)
{
    const auto index = std::size_t(kind);
    return index < Table.size() ? Table.at(index).second : QLatin1StringView();
}

} // namespace EventKinds
} // namespace Warroom
