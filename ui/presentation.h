// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"

#include <QColor>
#include <QFont>
#include <QKeySequence>
#include <QPixmap>
#include <QString>

namespace Warroom {

/// How incident fields look and read in the desktop client: one place for the words, colours and formats
/// that the board, the dialogs and (later) the incident view share, so that they never disagree.
namespace Presentation {

/// Ctrl+N: declaring an incident is one keystroke away everywhere, and the empty board says which.
[[nodiscard]] QKeySequence declareIncidentShortcut();

/// "SEV1".."SEV4": the wire name, the same in every language.
[[nodiscard]] QString severityText(Severity severity);
/// One line that helps someone pick the right severity ("Critical: …").
[[nodiscard]] QString severityDescription(Severity severity);
/// What a screen reader says for a severity ("Severity 1, critical").
[[nodiscard]] QString severityAccessibleText(Severity severity);
/// The accent colour of a severity: red, orange, yellow, blue. The only hard-coded colours of the UI.
[[nodiscard]] QColor severityColor(Severity severity);
/// A small filled circle in the severity colour, for decoration roles and combo boxes.
[[nodiscard]] QPixmap severityPixmap(Severity severity, qreal devicePixelRatio = 1.0);

/// The translated name of a status ("Investigating").
[[nodiscard]] QString statusText(Status status);

/// What an event type means to a person, as an action: "add a note", "change the status".
[[nodiscard]] QString eventTypeText(const QString &type);

/// The fixed-pitch font for terminal output and logs. The platform's choice (QFontDatabase::FixedFont) when
/// it really is fixed-pitch, else DejaVu Sans Mono (the font the packages depend on), else the first
/// fixed-pitch family installed: "monospace" resolves to whatever fontconfig finds, which on some machines is
/// a proportional font.
[[nodiscard]] QFont fixedPitchFont();

/// A duration as the board shows it: "9s", "4m 09s", "1h 04m 09s", "2d 03h 04m". Negative counts as zero.
[[nodiscard]] QString formatElapsed(qint64 msecs);

} // namespace Presentation
} // namespace Warroom
