// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbookstyle.h"

namespace Warroom::RunbookStyle {

namespace {
QColor hue(Accent accent)
{
    switch (accent) {
    case Accent::Approval:
        return QColor(0xef, 0x6c, 0x00); // the orange of SEV2: stop and ask
    case Accent::Evidence:
        return QColor(0x1e, 0x88, 0xe5); // blue: write something down
    case Accent::Done:
        return QColor(0x2e, 0x7d, 0x32); // green
    case Accent::RolledBack:
        return QColor(0xd3, 0x2f, 0x2f); // red
    }
    return {};
}
} // namespace

QColor mix(const QColor &a, const QColor &b, qreal weight)
{
    const auto channel = [weight](float x, float y) {
        return float(x * weight + y * (1 - weight));
    };
    return QColor::fromRgbF(
        channel(a.redF(), b.redF()), channel(a.greenF(), b.greenF()), channel(a.blueF(), b.blueF()));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor dimText(const QPalette &palette, QPalette::ColorRole text, QPalette::ColorRole background)
{
    return mix(palette.color(text), palette.color(background), 0.68);
}

QColor accentText(Accent accent, const QPalette &palette)
{
    // Saturated mid-tones lose contrast on both ends: darken them on light bases, lighten them on dark ones.
    const QColor color = hue(accent);
    return isDark(palette) ? color.lighter(150) : color.darker(125);
}

QColor badgeFill(Accent accent, const QColor &background)
{
    const bool dark = background.lightnessF() < 0.5;
    return mix(hue(accent), background, dark ? 0.38 : 0.18);
}

Accent gateAccent(Gate gate, bool met)
{
    if (met)
        return Accent::Done;
    return gate == Gate::Approval ? Accent::Approval : Accent::Evidence;
}

} // namespace Warroom::RunbookStyle
