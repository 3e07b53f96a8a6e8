// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"

#include <QPointer>
#include <QStyledItemDelegate>

class QTreeView;

namespace Warroom {

/// Paints the checklist from RunbookModel's roles. A runbook row: its name, "5/13", a progress bar and who
/// attached it when. A step row: a checkbox, the text (wrapped, never cut), a gate badge ("Needs
/// commander's go", "Needs evidence", or who approved it), who did what when, and the rollback step.
/// Clicking the checkbox asks for a toggle (toggleRequested); whether it happens is the panel's call.
class RunbookDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// @p view: the tree it paints for; step rows wrap to its width.
    explicit RunbookDelegate(QTreeView *view);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
    [[nodiscard]] QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Where the checkbox of the step at @p index is drawn within @p itemRect (for tests and hit tests).
    [[nodiscard]] QRect checkRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

Q_SIGNALS:
    void toggleRequested(const QModelIndex &index);

private:
    struct Line;
    struct Layout;
    [[nodiscard]] Layout layoutStep(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    [[nodiscard]] Layout layoutRunbook(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static void paintCheckBox(
        QPainter *painter, const QRect &rect, StepState state, const QStyleOptionViewItem &option);
    void paintStep(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintRunbook(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /// The width an item at @p index gets in the view (the option's, or the viewport's minus indentation).
    [[nodiscard]] int itemWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QPointer<QTreeView> m_view;
};

} // namespace Warroom
