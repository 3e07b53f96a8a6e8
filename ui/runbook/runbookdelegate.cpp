// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbookdelegate.h"

#include "runbookmodel.h"
#include "runbookstyle.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTreeView>

namespace Warroom {

namespace {
constexpr int Padding = 6; // above and below an item
constexpr int Gap = 3; // between the lines of an item
constexpr int BarHeight = 6;
constexpr int BadgePadding = 6; // left and right of a badge's text
constexpr int Unbounded = 100000;

QFont smallFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qMax(8, font.pixelSize() * 9 / 10));
    return font;
}

int wrappedHeight(const QFont &font, int width, const QString &text)
{
    if (text.isEmpty() || width <= 0)
        return 0;
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, Unbounded), Qt::TextWordWrap, text).height();
}

bool isSelected(const QStyleOptionViewItem &option)
{
    return option.state & QStyle::State_Selected;
}

QPalette::ColorGroup colorGroup(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
}
} // namespace

/// One line (or wrapped paragraph) of an item, with where it goes.
struct RunbookDelegate::Line
{
    QRect rect;
    QString text;
};

/// Where everything of one item goes; computed the same way for sizeHint, paint and hit tests.
struct RunbookDelegate::Layout
{
    int height = 0;
    QRect check;
    Line title;
    Line progress; // runbook: "5/13"
    QRect bar; // runbook: the progress bar
    Line badge; // step: gate badge (a pill)
    Line badgeNote; // step: beside the badge ("priya must approve")
    Line status; // step: who did what when; runbook: who attached it
    Line rollback;
    Line rollbackFor;
};

RunbookDelegate::RunbookDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{ }

int RunbookDelegate::itemWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // sizeHint() gets no usable rect from QTreeView: the width is the viewport's minus the indentation of
    // the item's depth (the view lays items out again when its width changes).
    if (option.rect.width() > 0)
        return option.rect.width();
    if (!m_view)
        return 400;
    int depth = m_view->rootIsDecorated() ? 1 : 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    return qMax(100, m_view->viewport()->width() - depth * m_view->indentation());
}

RunbookDelegate::Layout RunbookDelegate::layoutRunbook(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Layout layout;
    const int width = itemWidth(option, index);
    const int left = option.rect.left() + Padding;
    const int right = option.rect.left() + width - Padding;
    int y = option.rect.top() + Padding;

    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);

    layout.progress.text = index.data(RunbookModel::ProgressTextRole).toString();
    const int progressWidth = boldMetrics.horizontalAdvance(layout.progress.text);
    layout.progress.rect = QRect(right - progressWidth, y, progressWidth, boldMetrics.height());
    const int titleWidth = qMax(10, right - left - progressWidth - 2 * Padding);
    layout.title.text = index.data(Qt::DisplayRole).toString();
    const int titleHeight = qMax(boldMetrics.height(), wrappedHeight(bold, titleWidth, layout.title.text));
    layout.title.rect = QRect(left, y, titleWidth, titleHeight);
    y += titleHeight + Gap + 1;

    layout.bar = QRect(left, y, right - left, BarHeight);
    y += BarHeight + Gap + 1;

    layout.status.text = index.data(RunbookModel::AttachedTextRole).toString();
    layout.status.rect = QRect(left, y, right - left, smallMetrics.height());
    y += smallMetrics.height();

    layout.height = y + Padding - option.rect.top();
    return layout;
}

RunbookDelegate::Layout RunbookDelegate::layoutStep(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Layout layout;
    const int width = itemWidth(option, index);
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    // A box a little larger than the style's: it is the main target of the panel, for mouse and eye.
    const int indicator = qMax(style->pixelMetric(QStyle::PM_IndicatorWidth, &option, option.widget),
        QFontMetrics(option.font).height() - 1);
    const int left = option.rect.left() + Padding;
    const int right = option.rect.left() + width - Padding;
    int y = option.rect.top() + Padding;

    const QFontMetrics metrics(option.font);
    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);

    // The box sits on the first line of text, whatever the font's height.
    layout.check = QRect(left, y + (metrics.height() - indicator) / 2, indicator, indicator);
    const int textLeft = left + indicator + Padding + 2;
    const int textWidth = qMax(10, right - textLeft);

    layout.title.text = index.data(Qt::DisplayRole).toString();
    const int titleHeight = qMax(metrics.height(), wrappedHeight(option.font, textWidth, layout.title.text));
    layout.title.rect = QRect(textLeft, y, textWidth, titleHeight);
    y += titleHeight;

    const auto addLine = [&](Line &line, const QString &text) {
        line.text = text;
        if (text.isEmpty())
            return;
        y += Gap;
        const int height = wrappedHeight(small, textWidth, text);
        line.rect = QRect(textLeft, y, textWidth, height);
        y += height;
    };

    const auto gate = Gate(index.data(RunbookModel::GateRole).toInt());
    const bool met = index.data(RunbookModel::GateMetRole).toBool();
    const QString detail = index.data(RunbookModel::GateDetailRole).toString();
    if (gate != Gate::None) {
        y += Gap + 1;
        layout.badge.text = met ? detail : index.data(RunbookModel::GateTextRole).toString();
        const int badgeWidth
            = qMin(textWidth, smallMetrics.horizontalAdvance(layout.badge.text) + 2 * BadgePadding + 4);
        layout.badge.rect = QRect(textLeft, y, badgeWidth, smallMetrics.height() + 2);
        if (!met && gate == Gate::Approval) {
            const QString commander = index.data(RunbookModel::CommanderRole).toString();
            layout.badgeNote.text = commander.isEmpty()
                ? tr("no commander yet", "beside the badge of a step waiting for approval")
                : tr(
                    "%1 must approve", "beside the badge of a step waiting for approval; %1 is the commander")
                      .arg(commander);
        }
        if (!layout.badgeNote.text.isEmpty()) {
            const int noteLeft = layout.badge.rect.right() + 1 + Padding;
            layout.badgeNote.rect = QRect(noteLeft, y + 1, qMax(0, right - noteLeft), smallMetrics.height());
        }
        y += layout.badge.rect.height();
    } else if (!detail.isEmpty()) {
        addLine(layout.badgeNote, detail); // evidence linked to an ungated step
    }

    addLine(layout.status, index.data(RunbookModel::StatusTextRole).toString());
    const QString rollback = index.data(RunbookModel::RollbackTextRole).toString();
    addLine(layout.rollback, rollback.isEmpty() ? QString() : QStringLiteral("↩ ") + rollback);
    const QStringList sources = index.data(RunbookModel::RollbackForRole).toStringList();
    if (!sources.isEmpty() && StepState(index.data(RunbookModel::StateRole).toInt()) == StepState::Open)
        addLine(layout.rollbackFor,
            tr("⚠ Undoes “%1”, which was rolled back", "a rollback step whose step went wrong")
                .arg(sources.join(QStringLiteral("”, “"))));

    layout.height = y + Padding - option.rect.top();
    return layout;
}

QSize RunbookDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.rect = QRect(0, 0, itemWidth(option, index), 0);
    const bool isStep = index.data(RunbookModel::KindRole).toInt() == RunbookModel::StepItem;
    const Layout layout = isStep ? layoutStep(opt, index) : layoutRunbook(opt, index);
    return QSize(opt.rect.width(), layout.height);
}

QRect RunbookDelegate::checkRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(RunbookModel::KindRole).toInt() != RunbookModel::StepItem)
        return {};
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    return layoutStep(opt, index).check;
}

void RunbookDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Let the style draw the selection and hover backgrounds, then draw the content ourselves.
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    painter->save();
    if (index.data(RunbookModel::KindRole).toInt() == RunbookModel::RunbookItem && !isSelected(opt))
        painter->fillRect(opt.rect, opt.palette.brush(colorGroup(opt), QPalette::AlternateBase));
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
    if (index.data(RunbookModel::KindRole).toInt() == RunbookModel::StepItem)
        paintStep(painter, opt, index);
    else
        paintRunbook(painter, opt, index);
    painter->restore();
}

void RunbookDelegate::paintRunbook(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout layout = layoutRunbook(option, index);
    const QPalette::ColorGroup group = colorGroup(option);
    const QPalette::ColorRole textRole = isSelected(option) ? QPalette::HighlightedText : QPalette::Text;
    const QPalette::ColorRole backRole = isSelected(option) ? QPalette::Highlight : QPalette::Base;
    const QColor text = option.palette.color(group, textRole);
    const QColor background = option.palette.color(group, backRole);

    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(layout.title.rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, layout.title.text);
    painter->drawText(layout.progress.rect, Qt::AlignRight | Qt::AlignTop, layout.progress.text);

    const int done = index.data(RunbookModel::DoneCountRole).toInt();
    const int total = index.data(RunbookModel::StepCountRole).toInt();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(RunbookStyle::mix(text, background, 0.18));
    const qreal radius = BarHeight / 2.0;
    painter->drawRoundedRect(QRectF(layout.bar), radius, radius);
    if (total > 0 && done > 0) {
        QRectF fill(layout.bar);
        fill.setWidth(fill.width() * done / total);
        const QColor color = done == total
            ? RunbookStyle::accentText(RunbookStyle::Accent::Done, option.palette)
            : option.palette.color(
                group, isSelected(option) ? QPalette::HighlightedText : QPalette::Highlight);
        painter->setBrush(color);
        painter->drawRoundedRect(fill, radius, radius);
    }

    painter->setFont(smallFont(option.font));
    painter->setPen(RunbookStyle::dimText(option.palette, textRole, backRole));
    painter->drawText(layout.status.rect, Qt::AlignLeft | Qt::AlignTop,
        QFontMetrics(painter->font())
            .elidedText(layout.status.text, Qt::ElideRight, layout.status.rect.width()));
}

void RunbookDelegate::paintCheckBox(
    QPainter *painter, const QRect &rect, StepState state, const QStyleOptionViewItem &option)
{
    // Drawn here rather than by the style: the styles' boxes vanish on dark palettes, and a rolled-back
    // step needs a mark of its own (a box that is neither ticked nor empty).
    const QPalette::ColorGroup group = colorGroup(option);
    const bool selected = isSelected(option);
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor base = option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    QColor fill = base;
    QColor border = RunbookStyle::mix(text, base, 0.55);
    QColor mark = text;
    switch (state) {
    case StepState::Checked:
        fill = RunbookStyle::accentText(RunbookStyle::Accent::Done, option.palette);
        if (RunbookStyle::isDark(option.palette))
            fill = fill.darker(170);
        border = fill;
        mark = Qt::white;
        break;
    case StepState::Skipped:
        fill = RunbookStyle::mix(text, base, 0.35); // ticked, but greyed: done without doing it
        border = fill;
        mark = base;
        break;
    case StepState::RolledBack:
        border = RunbookStyle::accentText(RunbookStyle::Accent::RolledBack, option.palette);
        mark = border;
        break;
    case StepState::Open:
        break;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    painter->setPen(QPen(border, 1.2));
    painter->setBrush(fill);
    painter->drawRoundedRect(box, 3, 3);
    const qreal w = box.width();
    const QPointF origin = box.topLeft();
    const auto at = [&](qreal x, qreal y) {
        return origin + QPointF(x * w, y * w);
    };
    painter->setPen(QPen(mark, qMax(1.6, w / 8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    if (state == StepState::Checked || state == StepState::Skipped) {
        const QPointF tick[] = {at(0.24, 0.52), at(0.43, 0.71), at(0.77, 0.30)};
        painter->drawPolyline(tick, 3);
    } else if (state == StepState::RolledBack) {
        // An arrow turning back on itself: "undone".
        const QRectF arc(at(0.26, 0.26), at(0.74, 0.74));
        QPainterPath path;
        path.arcMoveTo(arc, 90);
        path.arcTo(arc, 90, 270);
        painter->drawPath(path);
        const QPointF tip = at(0.5, 0.26);
        painter->drawLine(tip, tip + QPointF(-0.16 * w, -0.12 * w));
        painter->drawLine(tip, tip + QPointF(-0.14 * w, 0.14 * w));
    }
    painter->restore();
}

void RunbookDelegate::paintStep(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout layout = layoutStep(option, index);
    const QPalette::ColorGroup group = colorGroup(option);
    const bool selected = isSelected(option);
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QPalette::ColorRole backRole = selected ? QPalette::Highlight : QPalette::Base;
    const QColor text = option.palette.color(group, textRole);
    const QColor background = option.palette.color(group, backRole);
    const QColor dim = RunbookStyle::dimText(option.palette, textRole, backRole);
    const auto state = StepState(index.data(RunbookModel::StateRole).toInt());
    const auto accent = [&](RunbookStyle::Accent a) {
        return selected ? text : RunbookStyle::accentText(a, option.palette);
    };

    // A rollback step to take now gets a bar down its left edge, so the eye finds it after a rollback.
    if (!layout.rollbackFor.text.isEmpty())
        painter->fillRect(QRect(option.rect.left(), option.rect.top() + 2, 3, option.rect.height() - 4),
            accent(RunbookStyle::Accent::RolledBack));

    paintCheckBox(painter, layout.check, state, option);

    // Done steps step back so the open ones stand out; the text stays readable.
    painter->setFont(option.font);
    painter->setPen(state == StepState::Open || state == StepState::RolledBack ? text : dim);
    painter->drawText(layout.title.rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, layout.title.text);

    const QFont small = smallFont(option.font);
    painter->setFont(small);
    const QFontMetrics smallMetrics(small);
    if (!layout.badge.text.isEmpty()) {
        const auto gate = Gate(index.data(RunbookModel::GateRole).toInt());
        const RunbookStyle::Accent badgeAccent
            = RunbookStyle::gateAccent(gate, index.data(RunbookModel::GateMetRole).toBool());
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(accent(badgeAccent), 1));
        painter->setBrush(RunbookStyle::badgeFill(badgeAccent, background));
        const qreal radius = layout.badge.rect.height() / 2.0;
        painter->drawRoundedRect(QRectF(layout.badge.rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        painter->setPen(text);
        // Elide only when the badge was cut to the width (the slack above covers rounding of advances).
        const QRect textRect = layout.badge.rect.adjusted(BadgePadding, 0, -BadgePadding, 0);
        const QString shown = smallMetrics.horizontalAdvance(layout.badge.text) <= textRect.width() + 4
            ? layout.badge.text
            : smallMetrics.elidedText(layout.badge.text, Qt::ElideRight, textRect.width());
        painter->drawText(textRect.adjusted(-2, 0, 2, 0), Qt::AlignCenter, shown);
    }
    if (!layout.badgeNote.text.isEmpty()) {
        painter->setPen(dim);
        const int flags = layout.badge.text.isEmpty() ? Qt::TextWordWrap : Qt::TextSingleLine;
        const QString shown = layout.badge.text.isEmpty()
            ? layout.badgeNote.text
            : smallMetrics.elidedText(layout.badgeNote.text, Qt::ElideRight, layout.badgeNote.rect.width());
        painter->drawText(layout.badgeNote.rect, Qt::AlignLeft | Qt::AlignVCenter | flags, shown);
    }
    if (!layout.status.text.isEmpty()) {
        painter->setPen(state == StepState::RolledBack ? accent(RunbookStyle::Accent::RolledBack)
                : state == StepState::Checked          ? accent(RunbookStyle::Accent::Done)
                                                       : dim);
        painter->drawText(
            layout.status.rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, layout.status.text);
    }
    if (!layout.rollback.text.isEmpty()) {
        painter->setPen(state == StepState::RolledBack ? text : dim);
        painter->drawText(
            layout.rollback.rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, layout.rollback.text);
    }
    if (!layout.rollbackFor.text.isEmpty()) {
        painter->setPen(accent(RunbookStyle::Accent::RolledBack));
        painter->drawText(layout.rollbackFor.rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
            layout.rollbackFor.text);
    }

    // A hairline between steps: long wrapped steps otherwise run into each other.
    if (!selected) {
        painter->setPen(RunbookStyle::mix(text, background, 0.1));
        painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    }
}

bool RunbookDelegate::editorEvent(
    QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    Q_UNUSED(model)
    const auto type = event->type();
    if (type != QEvent::MouseButtonRelease && type != QEvent::MouseButtonDblClick)
        return false; // a press still selects the row, so the step clicked becomes the current one
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const QRect box = checkRect(option, index);
    // A little slack around the box: it is small, and a near miss should not just select the row.
    if (!box.isValid() || !box.adjusted(-4, -4, 4, 4).contains(mouse->position().toPoint()))
        return false;
    if (type == QEvent::MouseButtonRelease)
        Q_EMIT toggleRequested(index);
    return true;
}

QWidget *RunbookDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(parent)
    Q_UNUSED(option)
    Q_UNUSED(index)
    return nullptr; // nothing is edited in place: every change is an event with its own prompt
}

} // namespace Warroom
