// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QHash>
#include <QPainter>

namespace Warroom::Presentation {

// Free functions have no tr(): every string here is translated in the "Warroom::Presentation" context.

QKeySequence declareIncidentShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::Key_N);
}

QString severityText(Severity severity)
{
    return Names::severity(severity);
}

QString severityDescription(Severity severity)
{
    switch (severity) {
    case Severity::Sev1:
        return QCoreApplication::translate(
            "Warroom::Presentation", "Critical: the service is down or data is at risk for many customers");
    case Severity::Sev2:
        return QCoreApplication::translate(
            "Warroom::Presentation", "Major: a core feature is broken or badly degraded");
    case Severity::Sev3:
        return QCoreApplication::translate(
            "Warroom::Presentation", "Minor: limited impact, a workaround exists");
    case Severity::Sev4:
        return QCoreApplication::translate("Warroom::Presentation", "Low: cosmetic or no customer impact");
    }
    return {};
}

QString severityAccessibleText(Severity severity)
{
    switch (severity) {
    case Severity::Sev1:
        return QCoreApplication::translate("Warroom::Presentation", "Severity 1, critical");
    case Severity::Sev2:
        return QCoreApplication::translate("Warroom::Presentation", "Severity 2, major");
    case Severity::Sev3:
        return QCoreApplication::translate("Warroom::Presentation", "Severity 3, minor");
    case Severity::Sev4:
        return QCoreApplication::translate("Warroom::Presentation", "Severity 4, low");
    }
    return {};
}

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Sev1:
        return QColor(0xd3, 0x2f, 0x2f); // red
    case Severity::Sev2:
        return QColor(0xef, 0x6c, 0x00); // orange
    case Severity::Sev3:
        return QColor(0xf9, 0xa8, 0x25); // yellow, dark enough to show on a light background
    case Severity::Sev4:
        return QColor(0x1e, 0x88, 0xe5); // blue
    }
    return {};
}

QPixmap severityPixmap(Severity severity, qreal devicePixelRatio)
{
    constexpr int Size = 12;
    const qreal ratio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    QPixmap pixmap(qRound(Size * ratio), qRound(Size * ratio));
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = severityColor(severity);
    // A darker rim keeps the yellow dot visible on light palettes and every dot visible on dark ones.
    painter.setPen(QPen(color.darker(140), 1.0));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0.5, 0.5, Size - 1.0, Size - 1.0));
    return pixmap;
}

QString statusText(Status status)
{
    switch (status) {
    case Status::Investigating:
        return QCoreApplication::translate("Warroom::Presentation", "Investigating", "incident status");
    case Status::Identified:
        return QCoreApplication::translate(
            "Warroom::Presentation", "Identified", "incident status: cause found");
    case Status::Mitigated:
        return QCoreApplication::translate(
            "Warroom::Presentation", "Mitigated", "incident status: impact reduced, not yet fixed");
    case Status::Resolved:
        return QCoreApplication::translate("Warroom::Presentation", "Resolved", "incident status");
    }
    return {};
}

QFont fixedPitchFont()
{
    // Asked once: the answer only changes when fonts are installed, and the delegate asks on every layout.
    static const QFont chosen = [] {
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (QFontInfo(font).fixedPitch())
            return font;
        QStringList candidates {QStringLiteral("DejaVu Sans Mono")};
        candidates += QFontDatabase::families();
        for (const QString &family : std::as_const(candidates)) {
            if (!QFontDatabase::isFixedPitch(family))
                continue;
            font.setFamilies({family});
            font.setStyleHint(QFont::TypeWriter, QFont::PreferMatch);
            if (QFontInfo(font).fixedPitch())
                return font;
        }
        return font; // no fixed-pitch font at all: still the platform's choice
    }();
    return chosen;
}

QString formatElapsed(qint64 msecs)
{
    const qint64 total = qMax<qint64>(0, msecs) / 1000;
    const qint64 days = total / 86400;
    const qint64 hours = (total / 3600) % 24;
    const qint64 minutes = (total / 60) % 60;
    const qint64 seconds = total % 60;
    const auto two = [](qint64 value) {
        return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
    };
    if (days > 0)
        return QCoreApplication::translate(
            "Warroom::Presentation", "%1d %2h %3m", "elapsed time: days, hours, minutes")
            .arg(days)
            .arg(two(hours), two(minutes));
    if (hours > 0)
        return QCoreApplication::translate(
            "Warroom::Presentation", "%1h %2m %3s", "elapsed time: hours, minutes, seconds")
            .arg(hours)
            .arg(two(minutes), two(seconds));
    if (minutes > 0)
        return QCoreApplication::translate(
            "Warroom::Presentation", "%1m %2s", "elapsed time: minutes, seconds")
            .arg(minutes)
            .arg(two(seconds));
    return QCoreApplication::translate("Warroom::Presentation", "%1s", "elapsed time: seconds").arg(seconds);
}

QString eventTypeText(const QString &type)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("incident.declared"),
            QT_TRANSLATE_NOOP("Warroom::Presentation", "declare the incident")},
        {QStringLiteral("incident.updated"),
            QT_TRANSLATE_NOOP("Warroom::Presentation", "change the incident")},
        {QStringLiteral("incident.status"), QT_TRANSLATE_NOOP("Warroom::Presentation", "change the status")},
        {QStringLiteral("role.assigned"), QT_TRANSLATE_NOOP("Warroom::Presentation", "assign a role")},
        {QStringLiteral("role.unassigned"), QT_TRANSLATE_NOOP("Warroom::Presentation", "release a role")},
        {QStringLiteral("runbook.attached"), QT_TRANSLATE_NOOP("Warroom::Presentation", "attach a runbook")},
        {QStringLiteral("step.approved"), QT_TRANSLATE_NOOP("Warroom::Presentation", "approve a step")},
        {QStringLiteral("step.checked"), QT_TRANSLATE_NOOP("Warroom::Presentation", "tick a step")},
        {QStringLiteral("step.unchecked"), QT_TRANSLATE_NOOP("Warroom::Presentation", "untick a step")},
        {QStringLiteral("step.skipped"), QT_TRANSLATE_NOOP("Warroom::Presentation", "skip a step")},
        {QStringLiteral("step.rolled_back"), QT_TRANSLATE_NOOP("Warroom::Presentation", "roll back a step")},
        {QStringLiteral("step.added"), QT_TRANSLATE_NOOP("Warroom::Presentation", "add a step")},
        {QStringLiteral("note.added"), QT_TRANSLATE_NOOP("Warroom::Presentation", "add a note")},
        {QStringLiteral("note.edited"), QT_TRANSLATE_NOOP("Warroom::Presentation", "edit a note")},
        {QStringLiteral("note.retracted"), QT_TRANSLATE_NOOP("Warroom::Presentation", "retract a note")},
        {QStringLiteral("note.pinned"), QT_TRANSLATE_NOOP("Warroom::Presentation", "pin an entry")},
        {QStringLiteral("attachment.added"), QT_TRANSLATE_NOOP("Warroom::Presentation", "attach a file")},
        {QStringLiteral("chat.posted"), QT_TRANSLATE_NOOP("Warroom::Presentation", "post to chat")},
        {QStringLiteral("alert.received"), QT_TRANSLATE_NOOP("Warroom::Presentation", "record an alert")},
        {QStringLiteral("action.added"), QT_TRANSLATE_NOOP("Warroom::Presentation", "add a follow-up")},
        {QStringLiteral("action.updated"), QT_TRANSLATE_NOOP("Warroom::Presentation", "change a follow-up")},
    };
    const char *text = texts.value(type);
    return text ? QCoreApplication::translate("Warroom::Presentation", text) : type;
}

} // namespace Warroom::Presentation
