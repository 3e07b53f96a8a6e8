// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incomingalert.h"

namespace Warroom {

/// Reads the generic hook's small shape, for scripts and tools without a format of their own (docs/API.md):
/// {key, title, status firing|resolved, severity?, summary?, labels?, url?, starts_at?}. Alerts with the
/// same key join the same open incident; severity is a word the severity map knows (critical, warning…) or
/// SEV1…SEV4.
class GenericParser
{
public:
    static bool parse(const QJsonObject &root, HookPayload *payload, Error *error);
};

} // namespace Warroom
