// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinedelegate.h"

#include "presentation.h"
#include "thumbnailcache.h"
#include "timelinemodel.h"
#include "timelinepresentation.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QtMath>

namespace Warroom {

using namespace TimelinePresentation;

namespace {
constexpr int Margin = 4; // above and below a row's content
constexpr int Gap = 8; // between columns
constexpr int Strip = 4; // the accent strip of pinned rows
constexpr int MonoPad = 3; // around the tinted box of terminal output
constexpr int ThumbGap = 4;
constexpr int PinSize = 12;
constexpr int LongLine = 300; // longer single lines are always laid out, never measured in one go
constexpr int MaxRetractLines = 6;
constexpr int AdvanceTableSize = 0x250; // Basic Latin to Latin Extended-B

bool isPersonWritten(NoteKind kind)
{
    return int(kind) <= int(NoteKind::Observation);
}

QString forLayout(QString text)
{
    // QTextLayout breaks lines at U+2028, not at '\n'.
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return text;
}
} // namespace

struct TimelineDelegate::Layout
{
    QRect header;
    QRect body;
    QRect time;
    QRect badge;
    QRect actor;
    QRect markers;
    QRect text;
    QRect retract;
    QRect more;
    QRect thumb;
    int height = 0;
    bool pending = false;
    const Measured *measured = nullptr;

    void translate(const QPoint &offset)
    {
        for (QRect *rect :
            {&header, &body, &time, &badge, &actor, &markers, &text, &retract, &more, &thumb}) {
            if (!rect->isNull())
                rect->translate(offset);
        }
    }
};

TimelineDelegate::TimelineDelegate(ThumbnailCache *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnails(thumbnails)
{ }

TimelineDelegate::~TimelineDelegate() = default;

void TimelineDelegate::setUtc(bool utc)
{
    if (utc == m_utc)
        return;
    m_utc = utc;
    // Only the day headers can move; row heights stay.
    if (m_showDates)
        Q_EMIT measurementsChanged();
}

void TimelineDelegate::setShowDates(bool show)
{
    if (show == m_showDates)
        return;
    m_showDates = show;
    Q_EMIT measurementsChanged();
}

void TimelineDelegate::entryChanged(const QModelIndex &index)
{
    if (const TimelineEntry *entry = TimelineModel::entryFor(index)) {
        m_measured.remove(entry->seq);
        m_measuredPending.remove(entry->id);
    }
    Q_EMIT measurementsChanged();
}

void TimelineDelegate::clearCache()
{
    m_measured.clear();
    m_measuredPending.clear();
    m_localOffsets.clear();
    m_haveFonts = false;
    Q_EMIT measurementsChanged();
}

void TimelineDelegate::ensureFonts(const QFont &font) const
{
    m_haveFonts = true;
    m_measured.clear();
    m_measuredPending.clear();
    m_fonts.text = font;
    m_fonts.bold = font;
    m_fonts.bold.setBold(true);
    m_fonts.small = font;
    if (font.pointSizeF() > 0)
        m_fonts.small.setPointSizeF(font.pointSizeF() * 0.85);
    else
        m_fonts.small.setPixelSize(qMax(8, font.pixelSize() * 85 / 100));
    m_fonts.fixed = Presentation::fixedPitchFont();
    if (font.pointSizeF() > 0)
        m_fonts.fixed.setPointSizeF(font.pointSizeF());

    const QFontMetrics text(m_fonts.text);
    QFont badgeFont = m_fonts.small;
    badgeFont.setBold(true);
    const QFontMetrics badge(badgeFont);
    m_columns.time = text.horizontalAdvance(QStringLiteral("00:00:00")) + 2;
    int widest = 0;
    for (NoteKind kind : allKinds())
        widest = qMax(widest, badge.horizontalAdvance(kindLabel(kind)));
    m_columns.badge = widest + 12;
    m_columns.actor = QFontMetrics(m_fonts.bold).averageCharWidth() * 11;
    QFont italic = m_fonts.small;
    italic.setItalic(true);
    m_columns.edited = QFontMetrics(italic).horizontalAdvance(tr("edited", "marker"));
    m_columns.pending = QFontMetrics(italic).horizontalAdvance(tr("sending…", "marker: not yet confirmed"));
    m_columns.lineHeight = text.height();
    m_columns.averageChar = text.averageCharWidth();
    const QFontMetricsF advances(m_fonts.text);
    m_advances.resize(AdvanceTableSize);
    for (int c = 0; c < AdvanceTableSize; ++c)
        m_advances[c] = c < 0x20 || (c >= 0x7f && c < 0xa0) ? -1 : advances.horizontalAdvance(QChar(c));
}

int TimelineDelegate::viewWidth(const QStyleOptionViewItem &option)
{
    // Rows are as wide as the viewport and wrap within it; the view's option.rect is not set for sizeHint.
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(option.widget))
        return area->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 600;
}

QString TimelineDelegate::displayText(const TimelineEntry &entry) const
{
    if (entry.kind == NoteKind::Attachment)
        return tr("%1 (%2)", "attachment in the timeline: file name (size)")
            .arg(entry.attachmentName.isEmpty() ? entry.text : entry.attachmentName,
                formatSize(entry.attachmentSize));
    return entry.text;
}

QString TimelineDelegate::retractText(const TimelineEntry &entry) const
{
    return tr("Retracted by %1: %2", "a struck-through timeline entry: person, reason")
        .arg(entry.retractedBy, entry.retractReason);
}

bool TimelineDelegate::hasThumbnail(const TimelineEntry &entry) const
{
    return entry.kind == NoteKind::Attachment && ThumbnailCache::isDecodableImage(entry.attachmentMime);
}

int TimelineDelegate::markersWidth(const TimelineEntry &entry, bool pending) const
{
    int width = 0;
    if (entry.pinned)
        width += PinSize;
    if (!entry.history.isEmpty())
        width += (width > 0 ? 4 : 0) + m_columns.edited;
    if (pending)
        width += (width > 0 ? 4 : 0) + m_columns.pending;
    return width;
}

int TimelineDelegate::layoutText(QTextLayout &textLayout, int width, int maxLines)
{
    textLayout.beginLayout();
    qreal y = 0;
    for (int lines = 0; lines < maxLines; ++lines) {
        QTextLine line = textLayout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    textLayout.endLayout();
    return qCeil(y);
}

qreal TimelineDelegate::estimateWidth(const QString &text) const
{
    qreal width = 0;
    for (const QChar c : text) {
        const qreal advance = c.unicode() < AdvanceTableSize ? m_advances.at(c.unicode()) : -1;
        if (advance < 0)
            return -1;
        width += advance;
    }
    return width;
}

const TimelineDelegate::Measured &TimelineDelegate::measure(
    const TimelineEntry &entry, bool pending, int textWidth) const
{
    const quint32 revision = quint32(entry.history.size()) << 3 | quint32(pending) << 2
        | quint32(entry.retracted) << 1 | quint32(entry.pinned);
    Measured *cached = entry.seq > 0 ? &m_measured[entry.seq] : &m_measuredPending[entry.id];
    if (cached->width < 0 || cached->revision != revision) {
        Measured fresh;
        fresh.revision = revision;
        fresh.monospace = isPersonWritten(entry.kind) && looksLikeTerminalOutput(entry.text);
        const QString text = displayText(entry);
        // Most entries are one short line: their width, measured once, decides their height at any view
        // width without a text layout. That keeps a layout of 100,000 rows (first show, resize) cheap. The
        // width comes from a table of advances (no shaping); the margin covers kerning, and paint() notices
        // if a line wrapped after all.
        if (!fresh.monospace && text.size() < LongLine && !text.contains(QLatin1Char('\n'))) {
            const qreal estimate = estimateWidth(text);
            fresh.naturalWidth = estimate >= 0 ? qCeil(estimate) + m_columns.averageChar
                                               : QFontMetrics(m_fonts.text).horizontalAdvance(text);
        }
        *cached = fresh;
    }
    Measured &m = *cached;
    if (m.width == textWidth)
        return m;
    m.width = textWidth;
    m.truncated = false;
    if (m.naturalWidth >= 0 && m.naturalWidth <= textWidth) {
        m.textHeight = m_columns.lineHeight;
    } else {
        QTextLayout text(forLayout(displayText(entry)), m.monospace ? m_fonts.fixed : m_fonts.text);
        QTextOption wrap(Qt::AlignLeading);
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        if (m.monospace)
            wrap.setTabStopDistance(QFontMetricsF(m_fonts.fixed).horizontalAdvance(QLatin1Char(' ')) * 8);
        text.setTextOption(wrap);
        m.textHeight = qMax(layoutText(text, textWidth, MaxTextLines), m_columns.lineHeight);
        m.truncated = text.lineCount() == MaxTextLines && text.lineCount() > 0
            && text.lineAt(MaxTextLines - 1).textStart() + text.lineAt(MaxTextLines - 1).textLength()
                < text.text().size();
    }
    m.retractHeight = 0;
    if (entry.retracted) {
        QFont italic = m_fonts.small;
        italic.setItalic(true);
        QTextLayout reason(forLayout(retractText(entry)), italic);
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        reason.setTextOption(wrap);
        m.retractHeight = layoutText(reason, textWidth, MaxRetractLines);
    }
    return m;
}

bool TimelineDelegate::startsDay(const TimelineModel::RowEntries &row) const
{
    if (!m_showDates)
        return false;
    return !row.previous || shownDay(row.previous->at) != shownDay(row.entry->at);
}

qint64 TimelineDelegate::shownMSecs(const QDateTime &at) const
{
    const qint64 msecs = at.toMSecsSinceEpoch();
    if (m_utc)
        return msecs;
    // Every QDateTime conversion to local time asks the C library, which stats /etc/localtime each time: far
    // too slow for 100,000 rows. Offsets only change at zone transitions, which fall on quarter hours, so one
    // conversion per quarter hour of the incident is exact.
    constexpr qint64 Quarter = 15 * 60 * 1000;
    const qint64 bucket = msecs >= 0 ? msecs / Quarter : (msecs - Quarter + 1) / Quarter;
    auto it = m_localOffsets.constFind(bucket);
    if (it == m_localOffsets.constEnd()) {
        const int offset
            = QDateTime::fromMSecsSinceEpoch(bucket * Quarter, Qt::UTC).toLocalTime().offsetFromUtc();
        it = m_localOffsets.insert(bucket, offset);
    }
    return msecs + qint64(*it) * 1000;
}

QDate TimelineDelegate::shownDay(const QDateTime &at) const
{
    constexpr qint64 Day = 24 * 60 * 60 * 1000;
    constexpr qint64 JulianDayOfEpoch = 2440588;
    const qint64 msecs = shownMSecs(at);
    return QDate::fromJulianDay(JulianDayOfEpoch + (msecs >= 0 ? msecs / Day : (msecs - Day + 1) / Day));
}

QString TimelineDelegate::shownTime(const QDateTime &at) const
{
    constexpr qint64 Day = 24 * 60 * 60 * 1000;
    const qint64 msecs = shownMSecs(at) % Day;
    return QTime::fromMSecsSinceStartOfDay(int(msecs < 0 ? msecs + Day : msecs))
        .toString(QStringLiteral("HH:mm:ss"));
}

TimelineDelegate::Layout TimelineDelegate::layout(
    const QStyleOptionViewItem &option, const TimelineModel::RowEntries &row) const
{
    const TimelineEntry &entry = *row.entry;
    Layout l;
    const int width = qMax(viewWidth(option), 240);
    const QFontMetrics text(m_fonts.text);
    const int lineHeight = text.height();
    int top = 0;
    if (startsDay(row)) {
        l.header = QRect(0, 0, width, QFontMetrics(m_fonts.bold).height() + 2 * Margin + 4);
        top = l.header.bottom() + 1;
    }
    int x = Strip + Gap / 2;
    const int lineTop = top + Margin;
    l.time = QRect(x, lineTop, m_columns.time, lineHeight);
    x += m_columns.time + Gap;
    const int badgeHeight = QFontMetrics(m_fonts.small).height() + 4;
    l.badge = QRect(x, lineTop + (lineHeight - badgeHeight) / 2, m_columns.badge, badgeHeight);
    x += m_columns.badge + Gap;
    l.actor = QRect(x, lineTop, m_columns.actor, lineHeight);
    x += m_columns.actor + Gap;

    l.pending = row.pending;
    const int markers = markersWidth(entry, l.pending);
    const int right = width - Gap / 2 - (markers > 0 ? markers + Gap : 0);
    const int textWidth = qMax(40, right - x);
    if (markers > 0)
        l.markers = QRect(width - Gap / 2 - markers, lineTop, markers, lineHeight);

    const Measured &m = measure(entry, l.pending, textWidth);
    l.measured = &m;
    const int pad = m.monospace ? MonoPad : 0;
    l.text = QRect(x, lineTop + pad, textWidth, m.textHeight);
    int bottom = l.text.bottom() + pad;
    if (m.truncated) {
        l.more = QRect(x, bottom + 1, textWidth, QFontMetrics(m_fonts.small).height());
        bottom = l.more.bottom();
    }
    if (m.retractHeight > 0) {
        l.retract = QRect(x, bottom + 2, textWidth, m.retractHeight);
        bottom = l.retract.bottom();
    }
    if (hasThumbnail(entry)) {
        l.thumb = QRect(QPoint(x, bottom + ThumbGap), ThumbnailCache::BoxSize);
        bottom = l.thumb.bottom();
    }
    bottom = qMax(bottom, qMax(l.badge.bottom(), l.time.bottom()));
    l.height = bottom + 1 + Margin;
    l.body = QRect(0, top, width, l.height - top);
    return l;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const TimelineModel::RowEntries row = TimelineModel::rowEntries(index, m_showDates);
    if (!row.entry)
        return QStyledItemDelegate::sizeHint(option, index);
    if (!m_haveFonts)
        ensureFonts(option.font);
    const Layout l = layout(option, row);
    return {qMax(viewWidth(option), 240), l.height};
}

void TimelineDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const TimelineModel::RowEntries row = TimelineModel::rowEntries(index, m_showDates);
    const TimelineEntry *entry = row.entry;
    if (!entry) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    if (!m_haveFonts)
        ensureFonts(option.font);
    Layout l = layout(option, row);
    l.translate(option.rect.topLeft());
    const Measured &m = *l.measured;

    const QPalette &palette = option.palette;
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (option.state & QStyle::State_Active)                                ? QPalette::Active
                                                                               : QPalette::Inactive;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor base = palette.color(group, QPalette::Base);
    const QColor textColor = palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dimColor = selected ? textColor : blend(palette.color(group, QPalette::Text), base, 0.65);

    painter->save();
    painter->setClipRect(option.rect);

    if (!l.header.isNull()) {
        painter->setFont(m_fonts.bold);
        painter->setPen(palette.color(group, QPalette::Text));
        const QRect dayRect = l.header.adjusted(Strip + Gap / 2, Margin + 2, -Gap, -Margin);
        const QString day = formatDay(shownDay(entry->at), m_utc);
        painter->drawText(dayRect, Qt::AlignLeading | Qt::AlignVCenter, day);
        const int lineX = dayRect.left() + QFontMetrics(m_fonts.bold).horizontalAdvance(day) + Gap;
        painter->setPen(blend(palette.color(group, QPalette::Text), base, 0.25));
        painter->drawLine(lineX, dayRect.center().y(), dayRect.right(), dayRect.center().y());
    }

    // Background: the style's selection/hover panel, over a faint accent for pinned rows.
    if (entry->pinned && !selected)
        painter->fillRect(l.body, blend(palette.color(group, QPalette::Highlight), base, 0.10));
    QStyleOptionViewItem background(option);
    background.rect = l.body;
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, option.widget);
    if (entry->pinned)
        painter->fillRect(QRect(l.body.left(), l.body.top(), Strip, l.body.height()),
            palette.color(group, QPalette::Highlight));

    painter->setFont(m_fonts.text);
    painter->setPen(dimColor);
    painter->drawText(l.time, Qt::AlignLeading | Qt::AlignVCenter, shownTime(entry->at));

    drawBadge(painter, l.badge, entry->kind, palette);

    painter->setFont(m_fonts.bold);
    painter->setPen(textColor);
    painter->drawText(l.actor, Qt::AlignLeading | Qt::AlignVCenter,
        QFontMetrics(m_fonts.bold).elidedText(entry->actor, Qt::ElideRight, l.actor.width()));

    if (m.monospace && !selected)
        painter->fillRect(l.text.adjusted(-MonoPad, -MonoPad, MonoPad, MonoPad),
            blend(palette.color(group, QPalette::Text), base, 0.07));
    QFont textFont = m.monospace ? m_fonts.fixed : m_fonts.text;
    textFont.setStrikeOut(entry->retracted);
    QTextLayout text(forLayout(displayText(*entry)), textFont);
    QTextOption wrap(Qt::AlignLeading);
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    if (m.monospace)
        wrap.setTabStopDistance(QFontMetricsF(m_fonts.fixed).horizontalAdvance(QLatin1Char(' ')) * 8);
    text.setTextOption(wrap);
    if (layoutText(text, l.text.width(), MaxTextLines) > l.text.height()) {
        // The estimate said one line, the text wrapped after all (an unusual kerning): measure it properly
        // and lay out again, rather than clip a line away.
        m_measured.remove(entry->seq);
        m_measuredPending.remove(entry->id);
        QMetaObject::invokeMethod(const_cast<TimelineDelegate *>(this),
            &TimelineDelegate::measurementsChanged, Qt::QueuedConnection);
    }
    // A retracted entry steps back but stays readable: people must still see what was said.
    painter->setPen(entry->retracted ? dimColor : textColor);
    text.draw(painter, l.text.topLeft());

    if (!l.more.isNull()) {
        QFont italic = m_fonts.small;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(dimColor);
        painter->drawText(l.more, Qt::AlignLeading | Qt::AlignVCenter,
            tr("… open the entry to read all of it", "a long timeline entry is cut short"));
    }

    if (!l.retract.isNull()) {
        QFont italic = m_fonts.small;
        italic.setItalic(true);
        QTextLayout reason(forLayout(retractText(*entry)), italic);
        QTextOption reasonWrap;
        reasonWrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        reason.setTextOption(reasonWrap);
        layoutText(reason, l.retract.width(), MaxRetractLines);
        painter->setPen(textColor);
        reason.draw(painter, l.retract.topLeft());
    }

    if (!l.thumb.isNull()) {
        const QPixmap pixmap = m_thumbnails
            ? m_thumbnails->thumbnail(entry->id, painter->device()->devicePixelRatioF())
            : QPixmap();
        if (pixmap.isNull()) {
            painter->setPen(dimColor);
            painter->drawRect(l.thumb.adjusted(0, 0, -1, -1));
            painter->setFont(m_fonts.small);
            painter->drawText(l.thumb, Qt::AlignCenter | Qt::TextWordWrap, tr("No preview"));
        } else {
            const QSize size = pixmap.deviceIndependentSize().toSize();
            const QRect target(l.thumb.topLeft(), size);
            painter->drawPixmap(target, pixmap);
            painter->setPen(blend(palette.color(group, QPalette::Text), base, 0.3));
            painter->drawRect(target.adjusted(0, 0, -1, -1));
        }
    }

    if (!l.markers.isNull())
        drawMarkers(painter, l.markers, *entry, l.pending, dimColor, palette);

    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = l.body;
        focus.backgroundColor = palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, option.widget);
    }
    painter->restore();
}

void TimelineDelegate::drawBadge(
    QPainter *painter, const QRect &rect, NoteKind kind, const QPalette &palette) const
{
    const QColor accent = kindColor(kind, palette);
    const QColor base = palette.color(QPalette::Base);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(accent, 1.0));
    painter->setBrush(blend(accent, base, 0.22));
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    QFont font = m_fonts.small;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(rect, Qt::AlignCenter, kindLabel(kind));
    painter->restore();
}

void TimelineDelegate::drawMarkers(QPainter *painter, const QRect &rect, const TimelineEntry &entry,
    bool pending, const QColor &color, const QPalette &palette) const
{
    int x = rect.left();
    if (entry.pinned) {
        const QColor pin = isDark(palette) ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
        drawPin(painter, QRectF(x, rect.center().y() - PinSize / 2.0, PinSize, PinSize), pin);
        x += PinSize + 4;
    }
    QFont italic = m_fonts.small;
    italic.setItalic(true);
    painter->setFont(italic);
    painter->setPen(color);
    const auto word = [&](const QString &text, int width) {
        painter->drawText(
            QRect(x, rect.top(), width, rect.height()), Qt::AlignLeading | Qt::AlignVCenter, text);
        x += width + 4;
    };
    if (!entry.history.isEmpty())
        word(tr("edited", "marker"), m_columns.edited);
    if (pending)
        word(tr("sending…", "marker: not yet confirmed"), m_columns.pending);
}

void TimelineDelegate::drawPin(QPainter *painter, const QRectF &rect, const QColor &color)
{
    // A push pin leaning left: round head top right, needle to the bottom left.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal unit = rect.width() / 12.0;
    painter->setPen(QPen(color.darker(130), 1.4 * unit, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(rect.left() + 1.5 * unit, rect.bottom() - 1 * unit),
        QPointF(rect.left() + 6 * unit, rect.top() + 6 * unit));
    QPainterPath head;
    head.addEllipse(QPointF(rect.left() + 7.5 * unit, rect.top() + 4.5 * unit), 3.6 * unit, 3.6 * unit);
    painter->setPen(QPen(color.darker(140), 1.0));
    painter->setBrush(color);
    painter->drawPath(head);
    painter->restore();
}

} // namespace Warroom
