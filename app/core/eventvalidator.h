// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"

namespace Warroom {

class IncidentState;

/// Checks an event before it is stored, in client and server alike (DESIGN §3). Every error names the
/// field: "data.severity: must be one of SEV1, SEV2, SEV3, SEV4 (got \"SEV9\")".
class EventValidator
{
public:
    /// Envelope and data shape: known type, uuids, sane timestamps, text lengths, enum values.
    [[nodiscard]] static Error validate(const Event &event);
    /// validate() plus the references: targets, runbooks and steps must exist in @p state (nullptr when the
    /// incident is unknown), and gates must allow the change.
    [[nodiscard]] static Error validate(const Event &event, const IncidentState *state);
    /// Empty when @p time is a sane moment (after 2000, at most a day ahead of Clock::now()), else why not.
    [[nodiscard]] static QString timeProblem(const QDateTime &time, const QString &original);
};

} // namespace Warroom
