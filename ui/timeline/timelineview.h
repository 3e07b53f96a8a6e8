// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QListView>
#include <QUrl>

namespace Warroom {

/// The list of timeline rows. Rows have their own heights (wrapped text, thumbnails) and follow the
/// viewport's width. Files and images dropped on it, and Ctrl+V, become attachments (the widget decides).
class TimelineView : public QListView
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

public Q_SLOTS:
    /// Lays the rows out again at the next chance (coalesced), after row heights changed.
    void relayout();

Q_SIGNALS:
    void filesDropped(const QList<QUrl> &urls);
    void imageDropped(const QImage &image);
    void pasteRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    [[nodiscard]] static bool canTake(const QMimeData *mime);
};

} // namespace Warroom
