// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepresentation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>

namespace Warroom::TimelinePresentation {

// Free functions have no tr(): strings here are translated in the "Warroom::TimelinePresentation" context,
// spelled out at each call so that lupdate files them there.
namespace { } // namespace

const QList<NoteKind> &writableKinds()
{
    static const QList<NoteKind> kinds {
        NoteKind::Note, NoteKind::Decision, NoteKind::Action, NoteKind::Evidence, NoteKind::Observation};
    return kinds;
}

const QList<NoteKind> &allKinds()
{
    static const QList<NoteKind> kinds {NoteKind::Note, NoteKind::Decision, NoteKind::Action,
        NoteKind::Evidence, NoteKind::Observation, NoteKind::Attachment, NoteKind::System, NoteKind::Alert,
        NoteKind::Chat};
    return kinds;
}

QString kindLabel(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Note:
        return QCoreApplication::translate("Warroom::TimelinePresentation", "Note", "timeline entry kind");
    case NoteKind::Decision:
        return QCoreApplication::translate(
            "Warroom::TimelinePresentation", "Decision", "timeline entry kind");
    case NoteKind::Action:
        return QCoreApplication::translate(
            "Warroom::TimelinePresentation", "Action", "timeline entry kind: something someone did");
    case NoteKind::Evidence:
        return QCoreApplication::translate(
            "Warroom::TimelinePresentation", "Evidence", "timeline entry kind");
    case NoteKind::Observation:
        return QCoreApplication::translate(
            "Warroom::TimelinePresentation", "Observation", "timeline entry kind: something someone saw");
    case NoteKind::System:
        return QCoreApplication::translate("Warroom::TimelinePresentation", "Change",
            "timeline entry kind: a change Warroom recorded (status, role, step)");
    case NoteKind::Alert:
        return QCoreApplication::translate(
            "Warroom::TimelinePresentation", "Alert", "timeline entry kind: an alert from monitoring");
    case NoteKind::Chat:
        return QCoreApplication::translate("Warroom::TimelinePresentation", "Chat",
            "timeline entry kind: a message posted to a chat channel");
    case NoteKind::Attachment:
        return QCoreApplication::translate(
            "Warroom::TimelinePresentation", "File", "timeline entry kind: an attached file or image");
    }
    return {};
}

QColor kindColor(NoteKind kind, const QPalette &palette)
{
    QColor color;
    switch (kind) {
    case NoteKind::Note:
        color = QColor(0x60, 0x7d, 0x8b); // blue grey
        break;
    case NoteKind::Decision:
        color = QColor(0x8e, 0x24, 0xaa); // purple: decisions must stand out when reading back
        break;
    case NoteKind::Action:
        color = QColor(0x1e, 0x88, 0xe5); // blue
        break;
    case NoteKind::Evidence:
        color = QColor(0x2e, 0x7d, 0x32); // green
        break;
    case NoteKind::Observation:
        color = QColor(0x00, 0x89, 0x7b); // teal
        break;
    case NoteKind::System:
        color = QColor(0x75, 0x75, 0x75); // neutral: Warroom's own lines step back
        break;
    case NoteKind::Alert:
        color = QColor(0xd3, 0x2f, 0x2f); // red
        break;
    case NoteKind::Chat:
        color = QColor(0x5c, 0x6b, 0xc0); // indigo
        break;
    case NoteKind::Attachment:
        color = QColor(0x8d, 0x6e, 0x63); // brown
        break;
    }
    // On a dark base the saturated colours above sink into the background; lift them.
    return isDark(palette) ? color.lighter(150) : color;
}

QuickEntry parseQuickEntry(const QString &typed, NoteKind fallback)
{
    static const QRegularExpression prefix(
        QStringLiteral("^\\s*([dnaeo]):[ \\t]*"), QRegularExpression::CaseInsensitiveOption);
    QuickEntry entry;
    entry.kind = fallback;
    entry.text = typed;
    const QRegularExpressionMatch match = prefix.match(typed);
    if (match.hasMatch()) {
        switch (match.captured(1).toLower().at(0).unicode()) {
        case 'd':
            entry.kind = NoteKind::Decision;
            break;
        case 'a':
            entry.kind = NoteKind::Action;
            break;
        case 'e':
            entry.kind = NoteKind::Evidence;
            break;
        case 'o':
            entry.kind = NoteKind::Observation;
            break;
        default:
            entry.kind = NoteKind::Note;
            break;
        }
        entry.text = typed.mid(match.capturedLength());
        entry.prefixed = true;
    }
    // Trailing blank lines are noise; leading indentation may be part of pasted output, so keep it.
    while (!entry.text.isEmpty() && entry.text.back().isSpace())
        entry.text.chop(1);
    return entry;
}

bool looksLikeTerminalOutput(const QString &text)
{
    if (text.contains(QLatin1String("```")))
        return true;
    static const QRegularExpression prompt(
        QStringLiteral("^(\\s*\\$ |[\\w.-]+@[\\w.-]+(:\\S*)?[$#] )"), QRegularExpression::MultilineOption);
    if (prompt.match(text).hasMatch())
        return true;
    if (!text.contains(QLatin1Char('\n')))
        return false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('\t')) || line.startsWith(QLatin1String("  ")))
            return true;
    }
    return false;
}

QDate dayOf(const QDateTime &at, bool utc)
{
    return (utc ? at.toUTC() : at.toLocalTime()).date();
}

QString formatTime(const QDateTime &at, bool utc)
{
    // Seconds matter when reconstructing an outage; the 24-hour clock keeps the column one width.
    return (utc ? at.toUTC() : at.toLocalTime()).toString(QStringLiteral("HH:mm:ss"));
}

QString formatFullTime(const QDateTime &at, bool utc)
{
    const QDateTime shown = utc ? at.toUTC() : at.toLocalTime();
    const QString text = QLocale().toString(shown, QLocale::LongFormat);
    return utc
        ? QCoreApplication::translate("Warroom::TimelinePresentation", "%1 (UTC)", "a date and time in UTC")
              .arg(text)
        : text;
}

QString formatDay(const QDate &day, bool utc)
{
    const QString text = QLocale().toString(day, QLocale::LongFormat);
    return utc
        ? QCoreApplication::translate("Warroom::TimelinePresentation", "%1 (UTC)", "a calendar day in UTC")
              .arg(text)
        : text;
}

QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

QColor blend(const QColor &a, const QColor &b, qreal weight)
{
    const auto mix = [weight](float x, float y) {
        return float(x * weight + y * (1 - weight));
    };
    return QColor::fromRgbF(mix(a.redF(), b.redF()), mix(a.greenF(), b.greenF()), mix(a.blueF(), b.blueF()));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < palette.color(QPalette::Text).lightnessF();
}

} // namespace Warroom::TimelinePresentation
