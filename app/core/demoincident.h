// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "runbooktemplate.h"

namespace Warroom {

/// A realistic incident for a first look: a migration that converted JSON columns broke order history,
/// found from an alert, and restored from a backup. It ends mitigated, with the restore runbook half done,
/// so a newcomer can tick, approve and resolve it.
class DemoIncident
{
public:
    /// The events of the demo, the last one at @p now; @p restoreRunbook is the "Restore a database from
    /// backup" template (the app reads it from its resources).
    [[nodiscard]] static EventList build(const QDateTime &now, const RunbookTemplate &restoreRunbook);
};

} // namespace Warroom
