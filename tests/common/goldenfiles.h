// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Warroom::Testing {

/// The one switch for every golden-file test: WARROOM_UPDATE_GOLDEN=1 rewrites the golden files from what the
/// code produces now (read the diff before committing); unset, 0 or anything else compares against them.
[[nodiscard]] inline bool updatingGoldenFiles()
{
    return qEnvironmentVariableIntValue("WARROOM_UPDATE_GOLDEN") == 1;
}

} // namespace Warroom::Testing
