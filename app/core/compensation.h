// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventfactory.h"
#include "incidentstate.h"

namespace Warroom {

/// Undo without rewriting history: the event that reverses an earlier one (DESIGN §3). Nothing is deleted;
/// the undo is one more line in the log.
class Compensation
{
public:
    /// Builds into @p out the event that undoes @p target.
    /// @p before: the incident's events that were folded before @p target (seq order), to learn what it
    /// replaced; @p current: the incident as it is now, to make sure nobody changed it since.
    /// Returns false with a clear @p error when @p target cannot be undone (e.g. a declaration: resolve
    /// it instead) or when the state moved on since.
    [[nodiscard]] static bool compensate(const Event &target, const EventList &before,
        const IncidentState &current, const EventFactory &factory, Event *out, Error *error);
};

} // namespace Warroom
