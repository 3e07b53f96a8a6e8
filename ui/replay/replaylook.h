// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replayindex.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace Warroom {

/// Words, colours and formats of the replay bar and the swimlane chart, so that they never disagree.
namespace ReplayLook {

/// The replayed moment as the banner shows it: local date and time to the second ("21/11/2026 23:12:04").
[[nodiscard]] QString formatReplayTime(const QDateTime &utc);
/// A moment on the chart's axis and in tooltips: "23:12:04" (with the date when @p withDate).
[[nodiscard]] QString formatClock(const QDateTime &utc, bool withDate = false);
/// Time since the incident's start in the war-room notation "T+00:42:10" (hours go past 24; "T−" before).
[[nodiscard]] QString formatOffset(qint64 msecs);
/// What a key moment was, translated ("Status: Identified", "Approved: Swap the column").
[[nodiscard]] QString momentText(const KeyMoment &moment);

/// The colour of a status band: red, amber, blue, green; the chart blends it into the base colour.
[[nodiscard]] QColor statusColor(Status status);
/// @p accent mixed into the palette's base colour: a fill that text in the palette's text colour reads on,
/// light or dark.
[[nodiscard]] QColor bandFill(const QColor &accent, const QPalette &palette, float weight = 0.38f);
/// True for a dark palette (light text on a dark base).
[[nodiscard]] bool isDark(const QPalette &palette);

enum class Glyph { Play, Pause, Previous, Next, Live };
/// The icon theme's media icon, or one drawn in @p palette's button text colour (the style's fallback
/// icons are dark glyphs that vanish on a dark theme).
[[nodiscard]] QIcon mediaIcon(Glyph glyph, const QPalette &palette);

} // namespace ReplayLook
} // namespace Warroom
