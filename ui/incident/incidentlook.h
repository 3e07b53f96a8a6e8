// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"

#include <QColor>
#include <QDateTime>
#include <QPalette>
#include <QString>

#include <optional>

class QTableView;

namespace Warroom {

/// Words, colours and formats of the incident view that the Presentation namespace does not have yet. Kept
/// beside the incident view's widgets so that they share one look; candidates to move into Presentation.
namespace IncidentLook {

/// A colour that says "act on this" (no commander, an overdue follow-up) and reads on @p palette's
/// background: the SEV1 red pulled towards the palette's text colour, so it is darker on light themes and
/// lighter on dark ones. Always paired with words or an icon, never the only signal.
[[nodiscard]] QColor warningColor(const QPalette &palette, QPalette::ColorRole text = QPalette::WindowText);
/// Text that steps back but stays readable (resolved, done): the text colour 60 % of the way over the base.
[[nodiscard]] QColor mutedColor(const QPalette &palette);

/// A moment as a row shows it, in local time: "14:05" today, "Nov 20, 14:05" on another day.
[[nodiscard]] QString formatMoment(const QDateTime &utc);
/// A moment in full, for tooltips: the local date and time and the UTC time.
[[nodiscard]] QString formatMomentLong(const QDateTime &utc);

/// A metric's value: Presentation::formatElapsed, or "—" while the milestone has not been reached.
[[nodiscard]] QString formatMetric(const std::optional<qint64> &msecs);

enum class Metric { TimeToDetect, TimeToAcknowledge, TimeToMitigate, TimeToResolve };
/// The short name of a metric for the compact row ("Detect").
[[nodiscard]] QString metricName(Metric metric);
/// The full name of a metric ("Time to detect").
[[nodiscard]] QString metricLongName(Metric metric);
/// What the metric measures (docs/ARCHITECTURE.md), for its tooltip.
[[nodiscard]] QString metricDefinition(Metric metric);
[[nodiscard]] std::optional<qint64> metricValue(const Metrics &metrics, Metric metric);

/// Sets up a small, keyboard-driven table for a side panel: whole rows selected, no grid, no row numbers,
/// headers left-aligned.
void setUpPanelTable(QTableView *view);

/// When the incident's clock started: the recorded impact start, else the declaration.
[[nodiscard]] QDateTime clockStart(const IncidentState &state);

} // namespace IncidentLook
} // namespace Warroom
