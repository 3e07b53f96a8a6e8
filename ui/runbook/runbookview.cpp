// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbookview.h"

#include "runbookdelegate.h"

#include <QKeyEvent>
#include <QPainter>

namespace Warroom {

RunbookView::RunbookView(QWidget *parent)
    : QTreeView(parent)
    , m_delegate(new RunbookDelegate(this))
{
    setObjectName(QStringLiteral("runbookView"));
    setAccessibleName(tr("Runbook checklist"));
    setHeaderHidden(true);
    setItemDelegate(m_delegate);
    setUniformRowHeights(false); // steps wrap
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAllColumnsShowFocus(true);
    setExpandsOnDoubleClick(true);
    setAnimated(false);
    // Rows are tall: scroll by pixels, and never sideways (the text wraps instead).
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setIndentation(qMax(12, fontMetrics().horizontalAdvance(QLatin1Char('M'))));
    setMouseTracking(true);
    connect(m_delegate, &RunbookDelegate::toggleRequested, this, &RunbookView::toggleRequested);
}

void RunbookView::keyPressEvent(QKeyEvent *event)
{
    // Space is the checklist's tick key (the panel's toggle action has it as its shortcut; this catches it
    // when the shortcut is not delivered, e.g. while the window is not active).
    if ((event->key() == Qt::Key_Space || event->key() == Qt::Key_Select)
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && currentIndex().isValid()) {
        Q_EMIT toggleRequested(currentIndex());
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}

void RunbookView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    // Row heights depend on the width (wrapped text); QTreeView caches them, so lay out again.
    if (viewport()->width() != m_laidOutWidth) {
        m_laidOutWidth = viewport()->width();
        scheduleDelayedItemsLayout();
    }
}

void RunbookView::drawBranches(QPainter *painter, const QRect &rect, const QModelIndex &index) const
{
    // The delegate shades runbook rows; shade the branch area beside them too, so the row reads as one band.
    if (!index.parent().isValid() && !selectionModel()->isSelected(index))
        painter->fillRect(rect, palette().brush(QPalette::AlternateBase));
    QTreeView::drawBranches(painter, rect, index);
}

} // namespace Warroom
