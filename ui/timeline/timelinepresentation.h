// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"

#include <QColor>
#include <QList>
#include <QString>

class QPalette;

namespace Warroom {

/// Words, colours and small text rules of the timeline, shared by its model, delegate and widget so they
/// never disagree.
namespace TimelinePresentation {

/// The kinds a person may write, in the order the selectors offer them.
[[nodiscard]] const QList<NoteKind> &writableKinds();
/// Every kind, in the order the filter offers them.
[[nodiscard]] const QList<NoteKind> &allKinds();

/// The translated label of a kind ("Decision"), drawn on its badge so that colour is never the only cue.
[[nodiscard]] QString kindLabel(NoteKind kind);
/// The accent colour of a kind, adjusted to stay visible on @p palette's base (light or dark).
[[nodiscard]] QColor kindColor(NoteKind kind, const QPalette &palette);

/// What the quick-entry line means: the kind chosen by a prefix ("d: roll back" → decision), else
/// @p fallback, and the text without the prefix.
struct QuickEntry
{
    NoteKind kind = NoteKind::Note;
    QString text;
    bool prefixed = false;
};
[[nodiscard]] QuickEntry parseQuickEntry(const QString &typed, NoteKind fallback);

/// True for text that looks pasted from a terminal: fenced with ```, a shell prompt ("$ ", "user@host:~$ "),
/// or several lines of which some are indented. Such text is shown in the fixed-width font.
[[nodiscard]] bool looksLikeTerminalOutput(const QString &text);

/// Clock time of @p at ("22:38:54") in local time, or in UTC when @p utc.
[[nodiscard]] QString formatTime(const QDateTime &at, bool utc);
/// The full date and time with its zone, for tooltips ("Saturday 21 November 2026 22:38:54 UTC").
[[nodiscard]] QString formatFullTime(const QDateTime &at, bool utc);
/// The calendar day of @p at in local time or UTC.
[[nodiscard]] QDate dayOf(const QDateTime &at, bool utc);
/// A day header ("Saturday 21 November 2026", with "UTC" when @p utc).
[[nodiscard]] QString formatDay(const QDate &day, bool utc);
/// A byte count for people ("4.2 MiB").
[[nodiscard]] QString formatSize(qint64 bytes);

/// Blends @p a over @p b: @p weight 1 gives a, 0 gives b.
[[nodiscard]] QColor blend(const QColor &a, const QColor &b, qreal weight);
/// True when @p palette has light text on a dark base.
[[nodiscard]] bool isDark(const QPalette &palette);

} // namespace TimelinePresentation
} // namespace Warroom
