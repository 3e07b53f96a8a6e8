// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "noteentryedit.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>

namespace Warroom {

TimelineView::TimelineView(QWidget *parent)
    : QListView(parent)
{
    setUniformItemSizes(false);
    setViewMode(QListView::ListMode);
    setFlow(QListView::TopToBottom);
    setWrapping(false);
    setResizeMode(QListView::Adjust);
    // Rows wrap their text to the viewport: a change of width must lay them out again (QListView only
    // does so for a top-to-bottom list when it wraps item text).
    setWordWrap(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Rows wrap to the viewport; an always-present vertical bar keeps that width from flipping (and the
    // 100,000 rows from being measured twice) when the bar appears.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setMouseTracking(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setDropIndicatorShown(false);
}

void TimelineView::relayout()
{
    scheduleDelayedItemsLayout();
}

bool TimelineView::canTake(const QMimeData *mime)
{
    return mime && (mime->hasImage() || !localFileUrls(mime->urls()).isEmpty());
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        Q_EMIT pasteRequested();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void TimelineView::dragEnterEvent(QDragEnterEvent *event)
{
    if (canTake(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    event->ignore();
}

void TimelineView::dragMoveEvent(QDragMoveEvent *event)
{
    if (canTake(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    event->ignore();
}

void TimelineView::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!canTake(mime)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    // Files first: a file manager's drop may carry a preview image too, but the file is what was meant.
    const QList<QUrl> files = localFileUrls(mime->urls());
    if (!files.isEmpty())
        Q_EMIT filesDropped(files);
    else
        Q_EMIT imageDropped(qvariant_cast<QImage>(mime->imageData()));
}

} // namespace Warroom
