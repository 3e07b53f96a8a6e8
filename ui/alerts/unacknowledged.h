// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projection.h"

namespace Warroom {

/// When an open incident that nobody commands turns loud (DESIGN §8): after a number of minutes kept in the
/// settings (alerts/unacknowledgedMinutes, default 5), counted from its declaration on the Clock. The board
/// and the notifier share it, so a row turns loud when the notification comes.
namespace Unacknowledged {

inline constexpr int DefaultMinutes = 5;
inline constexpr int MaxMinutes = 24 * 60;

/// The threshold in the settings (1 to 1440; anything else counts as the default).
[[nodiscard]] int thresholdMinutes();
void setThresholdMinutes(int minutes);

/// Open, declared, and no commander.
[[nodiscard]] bool isWaiting(const IncidentSummary &summary);
/// How long @p summary has waited for a commander at @p now (0 when it is not waiting).
[[nodiscard]] qint64 waitingMSecs(const IncidentSummary &summary, const QDateTime &now);
/// How many whole thresholds of @p minutes it has waited: 0 while not overdue, then 1, 2… — the notifier
/// raises one notification per period.
[[nodiscard]] qint64 periods(const IncidentSummary &summary, int minutes, const QDateTime &now);

} // namespace Unacknowledged
} // namespace Warroom
