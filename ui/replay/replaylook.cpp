// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaylook.h"

#include "presentation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace Warroom::ReplayLook {

// Free functions have no tr(): every string here is translated in the "Warroom::ReplayLook" context.

namespace {
constexpr int TextMax = 60;

QString elide(const QString &text)
{
    const QString line = text.simplified();
    return line.size() <= TextMax ? line : line.left(TextMax - 1) + QChar(0x2026);
}
} // namespace

QString formatReplayTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    return QCoreApplication::translate("Warroom::ReplayLook", "%1 %2", "replayed moment: date, time")
        .arg(locale.toString(local.date(), QLocale::ShortFormat),
            locale.toString(local.time(), QStringLiteral("HH:mm:ss")));
}

QString formatClock(const QDateTime &utc, bool withDate)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), QStringLiteral("HH:mm:ss"));
    if (!withDate)
        return time;
    return QCoreApplication::translate("Warroom::ReplayLook", "%1 %2", "replayed moment: date, time")
        .arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

QString formatOffset(qint64 msecs)
{
    const bool before = msecs < 0;
    const qint64 seconds = (before ? -msecs : msecs) / 1000;
    return QStringLiteral("T%1%2:%3:%4")
        .arg(before ? QChar(0x2212) : QLatin1Char('+'))
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString momentText(const KeyMoment &moment)
{
    const char *context = "Warroom::ReplayLook";
    switch (moment.kind) {
    case KeyMoment::Kind::Declared:
        return QCoreApplication::translate(context, "Declared %1", "key moment: severity").arg(moment.value);
    case KeyMoment::Kind::Status: {
        const auto status = Names::statusFrom(moment.value);
        const QString name = status ? Presentation::statusText(*status) : moment.value;
        return QCoreApplication::translate(context, "Status: %1", "key moment").arg(name);
    }
    case KeyMoment::Kind::Severity:
        return QCoreApplication::translate(context, "Severity: %1", "key moment").arg(moment.value);
    case KeyMoment::Kind::Pinned:
        return QCoreApplication::translate(context, "Pinned: %1", "key moment: the entry")
            .arg(elide(moment.detail));
    case KeyMoment::Kind::Approved:
        return QCoreApplication::translate(context, "Approved: %1", "key moment: a gated step")
            .arg(elide(moment.detail));
    case KeyMoment::Kind::GatedStepDone:
        return QCoreApplication::translate(context, "Done: %1", "key moment: a gated step")
            .arg(elide(moment.detail));
    case KeyMoment::Kind::Alert:
        return moment.value == QLatin1String("resolved")
            ? QCoreApplication::translate(context, "Alert resolved: %1", "key moment")
                  .arg(elide(moment.detail))
            : QCoreApplication::translate(context, "Alert firing: %1", "key moment")
                  .arg(elide(moment.detail));
    }
    return moment.label;
}

QColor statusColor(Status status)
{
    switch (status) {
    case Status::Investigating:
        return QColor(0xe5, 0x39, 0x35); // red: still looking
    case Status::Identified:
        return QColor(0xf5, 0x9e, 0x0b); // amber: cause known
    case Status::Mitigated:
        return QColor(0x1e, 0x88, 0xe5); // blue: impact stopped
    case Status::Resolved:
        return QColor(0x43, 0xa0, 0x47); // green
    }
    return {};
}

QColor bandFill(const QColor &accent, const QPalette &palette, float weight)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    return QColor::fromRgbF(accent.redF() * weight + base.redF() * (1 - weight),
        accent.greenF() * weight + base.greenF() * (1 - weight),
        accent.blueF() * weight + base.blueF() * (1 - weight));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Base).lightness() < 128;
}

QIcon mediaIcon(Glyph glyph, const QPalette &palette)
{
    static const char *const themeNames[] = {"media-playback-start", "media-playback-pause",
        "media-skip-backward", "media-skip-forward", "go-last"};
    const QString themeName = QLatin1String(themeNames[int(glyph)]);
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette.color(QPalette::Active, QPalette::ButtonText));
        painter.scale(size / 16.0, size / 16.0);
        const auto triangle = [&](qreal left, qreal right) {
            painter.drawPolygon(QPolygonF({QPointF(left, 3), QPointF(right, 8), QPointF(left, 13)}));
        };
        switch (glyph) {
        case Glyph::Play:
            triangle(4, 13);
            break;
        case Glyph::Pause:
            painter.drawRect(QRectF(4, 3, 3, 10));
            painter.drawRect(QRectF(9, 3, 3, 10));
            break;
        case Glyph::Previous:
            painter.drawRect(QRectF(3, 3, 2, 10));
            triangle(13, 5);
            break;
        case Glyph::Next:
            triangle(3, 11);
            painter.drawRect(QRectF(11, 3, 2, 10));
            break;
        case Glyph::Live:
            triangle(2, 8);
            triangle(8, 14);
            break;
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Warroom::ReplayLook
