// SPDX-License-Identifier: GPL-3.0-or-later
#include "swimlanechart.h"

#include "eventtypes.h"
#include "presentation.h"
#include "replaylook.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QStyleOptionFocusRect>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Warroom {

namespace {

constexpr int Margin = 4;
constexpr int MarkHitPixels = 6;
constexpr int EdgeInset = 7;

const QColor Green(0x43, 0xa0, 0x47);
const QColor Red(0xe5, 0x39, 0x35);
const QColor Amber(0xf5, 0x9e, 0x0b);
const QColor Blue(0x1e, 0x88, 0xe5);
const QColor Purple(0x8e, 0x24, 0xaa);
const QColor Orange(0xfb, 0x8c, 0x00);

qint64 msOf(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime timeOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

/// Axis steps: the first that leaves room for a label between two ticks.
qint64 tickStep(qint64 spanMs, int width, int labelWidth)
{
    static constexpr qint64 Steps[] = {1000, 5000, 10000, 30000, 60000, 2 * 60000, 5 * 60000, 10 * 60000,
        15 * 60000, 30 * 60000, 3600000, 2 * 3600000, 3 * 3600000, 6 * 3600000, 12 * 3600000, 24 * 3600000,
        2 * 24 * 3600000LL, 7 * 24 * 3600000LL};
    const int maxTicks = std::max(1, width / std::max(1, labelWidth + 24));
    for (qint64 step : Steps) {
        if (spanMs / step <= maxTicks)
            return step;
    }
    return Steps[std::size(Steps) - 1];
}

} // namespace

SwimlaneChart::SwimlaneChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("swimlaneChart"));
    setAccessibleName(tr("Incident over time"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    setCursor(Qt::PointingHandCursor);
    updateAccessibleDescription();
}

SwimlaneChart::~SwimlaneChart() = default;

QString SwimlaneChart::laneName(Lane lane)
{
    switch (lane) {
    case Lane::Status:
        return tr("Status", "swimlane");
    case Lane::Severity:
        return tr("Severity", "swimlane");
    case Lane::Moments:
        return tr("Key moments", "swimlane: pins, approvals, gated steps");
    case Lane::Runbook:
        return tr("Runbook steps", "swimlane");
    case Lane::Chat:
        return tr("Chat posts", "swimlane");
    case Lane::Alerts:
        return tr("Alerts", "swimlane");
    }
    return {};
}

void SwimlaneChart::setData(const ReplayIndex *index, const QString &incident)
{
    m_status.clear();
    m_severity.clear();
    m_marks.clear();
    m_hasData = false;
    const ReplaySpan span = index ? index->span(incident) : ReplaySpan();
    if (span.isValid()) {
        m_hasData = true;
        m_first = msOf(span.first);
        // A span of one instant still gets a width: a minute.
        m_last = std::max(msOf(span.last), m_first + 60000);

        for (const KeyMoment &moment : index->keyMoments(incident)) {
            const qint64 ms = msOf(moment.time);
            const QString text = ReplayLook::momentText(moment);
            switch (moment.kind) {
            case KeyMoment::Kind::Declared:
                m_status.append({ms, int(Status::Investigating)});
                m_severity.append({ms, int(Names::severityFrom(moment.value).value_or(Severity::Sev3))});
                break;
            case KeyMoment::Kind::Status:
                m_status.append({ms, int(Names::statusFrom(moment.value).value_or(Status::Investigating))});
                break;
            case KeyMoment::Kind::Severity:
                m_severity.append({ms, int(Names::severityFrom(moment.value).value_or(Severity::Sev3))});
                break;
            case KeyMoment::Kind::Pinned:
                m_marks.append({ms, Lane::Moments, Shape::Diamond, Purple, text});
                break;
            case KeyMoment::Kind::Approved:
                m_marks.append({ms, Lane::Moments, Shape::Diamond, Green, text});
                break;
            case KeyMoment::Kind::GatedStepDone:
                m_marks.append({ms, Lane::Moments, Shape::Square, Blue, text});
                break;
            case KeyMoment::Kind::Alert:
                m_marks.append(
                    {ms, Lane::Alerts, moment.value == QLatin1String("resolved") ? Shape::Down : Shape::Up,
                        moment.value == QLatin1String("resolved") ? Green : Red, text});
                break;
            }
        }

        // Steps and chat posts come from the log itself: one pass, when the replay starts.
        const IncidentState *latest = index->latest().incident(incident);
        const auto stepText = [&](const Event &event) {
            const Runbook *runbook
                = latest ? latest->runbook(event.data.value(QLatin1String("runbook")).toString()) : nullptr;
            const RunbookStep *step
                = runbook ? runbook->step(event.data.value(QLatin1String("step")).toString()) : nullptr;
            return step ? step->text : event.data.value(QLatin1String("step")).toString();
        };
        for (qsizetype i = 0; i < index->size(); ++i) {
            if (index->eventIncident(i) != incident || !index->isApplied(i))
                continue;
            const EventKind kind = EventKinds::fromType(index->eventType(i));
            switch (kind) { // which kinds have a mark here, before the event is read
            case EventKind::StepChecked:
            case EventKind::StepUnchecked:
            case EventKind::StepSkipped:
            case EventKind::StepRolledBack:
            case EventKind::StepApproved:
            case EventKind::StepAdded:
            case EventKind::RunbookAttached:
            case EventKind::ChatPosted:
                break;
            case EventKind::IncidentDeclared:
            case EventKind::IncidentUpdated:
            case EventKind::IncidentStatus:
            case EventKind::RoleAssigned:
            case EventKind::RoleUnassigned:
            case EventKind::NoteAdded:
            case EventKind::NoteEdited:
            case EventKind::NoteRetracted:
            case EventKind::NotePinned:
            case EventKind::AttachmentAdded:
            case EventKind::AlertReceived:
            case EventKind::ActionAdded:
            case EventKind::ActionUpdated:
            case EventKind::Unknown:
                continue; // the key moments above, or nothing for the lanes
            }
            const Event event = index->event(i);
            const qint64 ms = msOf(index->replayTime(i));
            switch (kind) {
            case EventKind::StepChecked:
                m_marks.append({ms, Lane::Runbook, Shape::Dot, Green, tr("Done: %1").arg(stepText(event))});
                break;
            case EventKind::StepUnchecked:
                m_marks.append(
                    {ms, Lane::Runbook, Shape::Ring, QColor(), tr("Reopened: %1").arg(stepText(event))});
                break;
            case EventKind::StepSkipped:
                m_marks.append({ms, Lane::Runbook, Shape::Ring, Amber,
                    tr("Skipped: %1 (%2)")
                        .arg(stepText(event), event.data.value(QLatin1String("reason")).toString())});
                break;
            case EventKind::StepRolledBack:
                m_marks.append(
                    {ms, Lane::Runbook, Shape::Cross, Orange, tr("Rolled back: %1").arg(stepText(event))});
                break;
            case EventKind::StepApproved:
                m_marks.append(
                    {ms, Lane::Runbook, Shape::Diamond, Green, tr("Approved: %1").arg(stepText(event))});
                break;
            case EventKind::StepAdded:
                m_marks.append({ms, Lane::Runbook, Shape::Square, QColor(),
                    tr("Step added: %1").arg(event.data.value(QLatin1String("text")).toString())});
                break;
            case EventKind::RunbookAttached:
                m_marks.append({ms, Lane::Runbook, Shape::Square, Blue,
                    tr("Runbook attached: %1").arg(event.data.value(QLatin1String("name")).toString())});
                break;
            case EventKind::ChatPosted: {
                const QString channel = event.data.value(QLatin1String("channel")).toString();
                const bool delivered
                    = event.data.value(QLatin1String("outcome")).toString() == QLatin1String("delivered");
                m_marks.append({ms, Lane::Chat, delivered ? Shape::Square : Shape::Cross,
                    delivered ? Blue : Red,
                    delivered ? tr("Posted to %1").arg(channel) : tr("Failed to post to %1").arg(channel)});
                break;
            }
            default: // filtered out above
                break;
            }
        }
        std::stable_sort(
            m_marks.begin(), m_marks.end(), [](const Mark &a, const Mark &b) { return a.ms < b.ms; });
    }
    m_layer = {};
    updateAccessibleDescription();
    update();
}

void SwimlaneChart::setCursorTime(const QDateTime &time)
{
    if (!time.isValid() || msOf(time) == m_cursor)
        return;
    m_cursor = msOf(time);
    updateAccessibleDescription();
    update();
}

QDateTime SwimlaneChart::cursorTime() const
{
    return m_hasData ? timeOf(m_cursor) : QDateTime();
}

int SwimlaneChart::markCount(Lane lane) const
{
    switch (lane) {
    case Lane::Status:
        return int(m_status.size());
    case Lane::Severity:
        return int(m_severity.size());
    default:
        return int(
            std::count_if(m_marks.cbegin(), m_marks.cend(), [&](const Mark &m) { return m.lane == lane; }));
    }
}

// ---------------------------------------------------------------------------------------------------------
// Geometry

int SwimlaneChart::laneHeight() const
{
    // As tall as a line of text when there is room, down to a thin strip when the window is short.
    const int room = (height() - 2 * Margin - axisHeight()) / LaneCount;
    return std::clamp(room, fontMetrics().height() + 1, fontMetrics().height() + 5);
}

int SwimlaneChart::axisHeight() const
{
    return fontMetrics().height() + 4;
}

int SwimlaneChart::labelWidth() const
{
    int width = 0;
    for (int lane = 0; lane < LaneCount; ++lane)
        width = std::max(width, fontMetrics().horizontalAdvance(laneName(Lane(lane))));
    return width + 3 * Margin;
}

QRect SwimlaneChart::plotRect() const
{
    const int left = labelWidth();
    return {left, Margin, std::max(1, width() - left - 3 * Margin), LaneCount * laneHeight()};
}

QRect SwimlaneChart::laneRect(Lane lane) const
{
    const QRect plot = plotRect();
    return {plot.left(), plot.top() + int(lane) * laneHeight(), plot.width(), laneHeight()};
}

int SwimlaneChart::laneCenter(Lane lane) const
{
    return laneRect(lane).center().y();
}

QSize SwimlaneChart::sizeHint() const
{
    return {720, 2 * Margin + LaneCount * (fontMetrics().height() + 5) + axisHeight()};
}

QSize SwimlaneChart::minimumSizeHint() const
{
    return {labelWidth() + 160, 2 * Margin + LaneCount * (fontMetrics().height() + 1) + axisHeight()};
}

int SwimlaneChart::xOfMs(qint64 ms) const
{
    // Inset by half a mark, so that the first and the last moments are drawn whole.
    const QRect plot = plotRect();
    const double span = double(std::max<qint64>(1, m_last - m_first));
    return plot.left() + EdgeInset
        + int(std::lround(double(ms - m_first) * (plot.width() - 1 - 2 * EdgeInset) / span));
}

qint64 SwimlaneChart::msAt(int x) const
{
    const QRect plot = plotRect();
    const double fraction = std::clamp(
        double(x - plot.left() - EdgeInset) / std::max(1, plot.width() - 1 - 2 * EdgeInset), 0.0, 1.0);
    return m_first + qint64(std::llround(fraction * double(m_last - m_first)));
}

QDateTime SwimlaneChart::timeAt(int x) const
{
    return m_hasData ? timeOf(msAt(x)) : QDateTime();
}

int SwimlaneChart::xOf(const QDateTime &time) const
{
    return xOfMs(msOf(time));
}

// ---------------------------------------------------------------------------------------------------------
// Painting

void SwimlaneChart::paintEvent(QPaintEvent *)
{
    const qreal ratio = devicePixelRatioF();
    if (m_layer.isNull() || m_layer.size() != size() * ratio) {
        m_layer = QPixmap(size() * ratio);
        m_layer.setDevicePixelRatio(ratio);
        QPainter layer(&m_layer);
        paintLayer(layer);
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_layer);
    const QPalette &pal = palette();
    const QRect plot = plotRect();
    if (m_hasData) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setClipRect(plot);
        // What the team did not know yet at the cursor steps back.
        const int cursorX = xOfMs(m_cursor);
        if (cursorX < plot.right()) {
            QColor veil = pal.color(QPalette::Base);
            veil.setAlpha(140);
            painter.fillRect(QRect(QPoint(cursorX + 1, plot.top()), plot.bottomRight()), veil);
        }
        QPen cursorPen(pal.color(QPalette::Highlight), 2);
        painter.setPen(cursorPen);
        painter.drawLine(cursorX, plot.top(), cursorX, plot.bottom());
        painter.setBrush(pal.color(QPalette::Highlight));
        painter.setPen(Qt::NoPen);
        const QPolygon handle({QPoint(cursorX - 5, plot.top()), QPoint(cursorX + 5, plot.top()),
            QPoint(cursorX, plot.top() + 6)});
        painter.drawPolygon(handle);
        painter.restore();
    }

    QColor frame = pal.color(QPalette::WindowText);
    frame.setAlpha(70);
    painter.setPen(frame);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot.adjusted(0, 0, -1, -1));

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = plot.adjusted(-2, -2, 2, 2);
        option.backgroundColor = pal.color(QPalette::Window);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void SwimlaneChart::paintLayer(QPainter &painter) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    const QPalette &pal = palette();
    const QRect plot = plotRect();
    painter.fillRect(rect(), pal.color(QPalette::Window));
    painter.fillRect(plot, pal.color(QPalette::Base));

    QColor grid = pal.color(QPalette::WindowText);
    grid.setAlpha(40);
    for (int lane = 0; lane < LaneCount; ++lane) {
        const QRect row = laneRect(Lane(lane));
        painter.setPen(grid);
        painter.drawLine(plot.left(), row.bottom(), plot.right(), row.bottom());
        painter.setPen(pal.color(QPalette::WindowText));
        const QRect label(Margin, row.top(), plot.left() - 2 * Margin, row.height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
            fontMetrics().elidedText(laneName(Lane(lane)), Qt::ElideRight, label.width()));
    }

    if (!m_hasData) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("Nothing to replay"));
        return;
    }
    painter.save();
    painter.setClipRect(plot);
    paintBands(painter, Lane::Status, m_status);
    paintBands(painter, Lane::Severity, m_severity);
    // A long incident has thousands of marks on a few hundred pixels: a mark drawn again at the same x, in
    // the same lane, shape and colour adds nothing.
    QSet<quint64> drawn;
    for (const Mark &mark : m_marks) {
        const quint64 key = (quint64(quint32(xOfMs(mark.ms))) << 32) | (quint64(mark.lane) << 28)
            | (quint64(mark.shape) << 24) | (mark.color.rgb() & 0xffffff);
        if (drawn.contains(key))
            continue;
        drawn.insert(key);
        paintMark(painter, mark);
    }
    painter.restore();
    paintAxis(painter);
}

void SwimlaneChart::resizeEvent(QResizeEvent *event)
{
    m_layer = {};
    QWidget::resizeEvent(event);
}

void SwimlaneChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        m_layer = {};
    QWidget::changeEvent(event);
}

void SwimlaneChart::paintBands(QPainter &painter, Lane lane, const QList<Band> &bands) const
{
    const QRect row = laneRect(lane).adjusted(0, 1, 0, -1);
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const qint64 from = bands.at(i).from;
        const qint64 to = i + 1 < bands.size() ? bands.at(i + 1).from : m_last;
        const int left = xOfMs(from);
        const int right = std::max(left + 1, xOfMs(to));
        const QColor accent = lane == Lane::Status ? ReplayLook::statusColor(Status(bands.at(i).value))
                                                   : Presentation::severityColor(Severity(bands.at(i).value));
        const QRect band(left, row.top(), right - left, row.height());
        painter.fillRect(band, ReplayLook::bandFill(accent, palette()));
        // A solid edge in the accent colour marks the change itself.
        painter.fillRect(QRect(left, row.top(), 2, row.height()), accent);
        const QString text = lane == Lane::Status ? Presentation::statusText(Status(bands.at(i).value))
                                                  : Presentation::severityText(Severity(bands.at(i).value));
        const QRect textRect = band.adjusted(6, 0, -2, 0);
        if (fontMetrics().horizontalAdvance(text) <= textRect.width()) {
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    }
}

void SwimlaneChart::paintMark(QPainter &painter, const Mark &mark) const
{
    const int size = std::max(7, laneHeight() / 2);
    const QPointF c(xOfMs(mark.ms), laneCenter(mark.lane));
    const double r = size / 2.0;
    const QColor fill = mark.color.isValid() ? mark.color : palette().color(QPalette::PlaceholderText);
    // An outline in the text colour keeps light fills visible on light bases and dark ones on dark bases.
    QColor outline = palette().color(QPalette::Text);
    outline.setAlpha(150);
    painter.setPen(QPen(outline, 1));
    painter.setBrush(fill);
    switch (mark.shape) {
    case Shape::Dot:
        painter.drawEllipse(c, r, r);
        break;
    case Shape::Ring:
        painter.setPen(QPen(fill, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(c, r - 1, r - 1);
        break;
    case Shape::Diamond:
        painter.drawPolygon(QPolygonF(
            {c + QPointF(0, -r - 1), c + QPointF(r + 1, 0), c + QPointF(0, r + 1), c + QPointF(-r - 1, 0)}));
        break;
    case Shape::Square:
        painter.drawRect(QRectF(c.x() - r + 0.5, c.y() - r + 0.5, 2 * r - 1, 2 * r - 1));
        break;
    case Shape::Up:
        painter.drawPolygon(
            QPolygonF({c + QPointF(0, -r - 1), c + QPointF(r + 1, r), c + QPointF(-r - 1, r)}));
        break;
    case Shape::Down:
        painter.drawPolygon(
            QPolygonF({c + QPointF(0, r + 1), c + QPointF(r + 1, -r), c + QPointF(-r - 1, -r)}));
        break;
    case Shape::Cross:
        painter.setPen(QPen(fill, 2.5));
        painter.drawLine(c + QPointF(-r, -r), c + QPointF(r, r));
        painter.drawLine(c + QPointF(-r, r), c + QPointF(r, -r));
        break;
    }
}

void SwimlaneChart::paintAxis(QPainter &painter) const
{
    const QRect plot = plotRect();
    const bool severalDays = timeOf(m_first).toLocalTime().date() != timeOf(m_last).toLocalTime().date();
    const int sample = fontMetrics().horizontalAdvance(ReplayLook::formatClock(timeOf(m_first), severalDays));
    const qint64 step = tickStep(m_last - m_first, plot.width(), sample);
    // Ticks on round local times.
    const qint64 offset = qint64(timeOf(m_first).toLocalTime().offsetFromUtc()) * 1000;
    qint64 tick = ((m_first + offset) / step + 1) * step - offset;
    const int top = plot.bottom() + 1;
    painter.setPen(palette().color(QPalette::WindowText));
    for (; tick <= m_last; tick += step) {
        const int x = xOfMs(tick);
        painter.drawLine(x, top, x, top + 3);
        const QString text = ReplayLook::formatClock(timeOf(tick), severalDays);
        const int w = fontMetrics().horizontalAdvance(text);
        const int left = std::clamp(x - w / 2, plot.left(), plot.right() - w);
        painter.drawText(QRect(left, top + 4, w, fontMetrics().height()), Qt::AlignCenter, text);
    }
}

// ---------------------------------------------------------------------------------------------------------
// Interaction

void SwimlaneChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_hasData && event->position().x() >= plotRect().left() - 4) {
        Q_EMIT timeRequested(timeAt(int(event->position().x())));
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void SwimlaneChart::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && m_hasData) {
        Q_EMIT timeRequested(timeAt(int(event->position().x())));
        event->accept();
        return;
    }
    QWidget::mouseMoveEvent(event);
}

void SwimlaneChart::keyPressEvent(QKeyEvent *event)
{
    if (!m_hasData) {
        QWidget::keyPressEvent(event);
        return;
    }
    const qint64 span = m_last - m_first;
    const qint64 small = std::max<qint64>(1000, span / 100);
    const qint64 large = std::max<qint64>(1000, span / 10);
    qint64 target = m_cursor;
    switch (event->key()) {
    case Qt::Key_Left:
        target -= small;
        break;
    case Qt::Key_Right:
        target += small;
        break;
    case Qt::Key_PageUp:
        target -= large;
        break;
    case Qt::Key_PageDown:
        target += large;
        break;
    case Qt::Key_Home:
        target = m_first;
        break;
    case Qt::Key_End:
        target = m_last;
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    Q_EMIT timeRequested(timeOf(std::clamp(target, m_first, m_last)));
    event->accept();
}

bool SwimlaneChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

QString SwimlaneChart::toolTipAt(const QPoint &pos) const
{
    const QRect plot = plotRect();
    const int laneIndex = (pos.y() - plot.top()) / laneHeight();
    if (pos.y() < plot.top() || laneIndex >= LaneCount)
        return {};
    const Lane lane = Lane(laneIndex);
    if (pos.x() < plot.left() || !m_hasData) {
        return tr("%1: click the chart to replay that moment", "swimlane label tooltip").arg(laneName(lane));
    }
    const qint64 ms = msAt(pos.x());
    const QString at = ReplayLook::formatClock(timeOf(ms));
    if (lane == Lane::Status || lane == Lane::Severity) {
        const QList<Band> &bands = lane == Lane::Status ? m_status : m_severity;
        for (qsizetype i = bands.size() - 1; i >= 0; --i) {
            if (bands.at(i).from <= ms) {
                const qint64 to = i + 1 < bands.size() ? bands.at(i + 1).from : m_last;
                const QString value = lane == Lane::Status
                    ? Presentation::statusText(Status(bands.at(i).value))
                    : Presentation::severityText(Severity(bands.at(i).value));
                return tr("%1: %2, %3 to %4", "swimlane band: lane, value, from, to")
                    .arg(laneName(lane), value, ReplayLook::formatClock(timeOf(bands.at(i).from)),
                        ReplayLook::formatClock(timeOf(to)));
            }
        }
        return tr("%1 at %2").arg(laneName(lane), at);
    }
    QStringList lines;
    for (const Mark &mark : m_marks) {
        if (mark.lane == lane && std::abs(xOfMs(mark.ms) - pos.x()) <= MarkHitPixels) {
            lines << tr("%1 — %2", "swimlane mark: time, what")
                         .arg(ReplayLook::formatClock(timeOf(mark.ms)), mark.text);
            if (lines.size() == 6) {
                lines << tr("…and more: zoom in by widening the window");
                break;
            }
        }
    }
    if (lines.isEmpty())
        return tr("%1 at %2: click to replay this moment").arg(laneName(lane), at);
    return lines.join(QLatin1Char('\n'));
}

void SwimlaneChart::updateAccessibleDescription()
{
    if (!m_hasData) {
        setAccessibleDescription(tr("Nothing to replay"));
        setToolTip({});
        return;
    }
    setAccessibleDescription(
        tr("From %1 to %2: %3 status changes, %4 key moments, %5 runbook steps, %6 chat posts, %7 alerts. "
           "Replaying %8. Click, drag or use the arrow keys to move the replay.")
            .arg(ReplayLook::formatClock(timeOf(m_first)), ReplayLook::formatClock(timeOf(m_last)))
            .arg(markCount(Lane::Status))
            .arg(markCount(Lane::Moments))
            .arg(markCount(Lane::Runbook))
            .arg(markCount(Lane::Chat))
            .arg(markCount(Lane::Alerts))
            .arg(ReplayLook::formatClock(timeOf(m_cursor))));
}

} // namespace Warroom
