// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"

#include <QColor>
#include <QPalette>

namespace Warroom {

/// The colours of the runbook checklist, derived from the palette so light and dark themes both read well.
/// The accents (gate, done, rolled back) are fixed hues, as the severity colours are; everything else is
/// the palette's.
namespace RunbookStyle {

/// @p a over @p b: @p weight 1 gives a, 0 gives b.
[[nodiscard]] QColor mix(const QColor &a, const QColor &b, qreal weight);
[[nodiscard]] bool isDark(const QPalette &palette);
/// Secondary text: readable, but a step back from the main text.
[[nodiscard]] QColor dimText(const QPalette &palette, QPalette::ColorRole text = QPalette::Text,
    QPalette::ColorRole background = QPalette::Base);

enum class Accent { Approval, Evidence, Done, RolledBack };
/// The hue of @p accent, adjusted to stay readable as text on the palette's base.
[[nodiscard]] QColor accentText(Accent accent, const QPalette &palette);
/// A badge background: the hue faded into @p background.
[[nodiscard]] QColor badgeFill(Accent accent, const QColor &background);
/// The accent of a gate badge: unmet gates are approval/evidence coloured, met ones done-coloured.
[[nodiscard]] Accent gateAccent(Gate gate, bool met);

} // namespace RunbookStyle
} // namespace Warroom
