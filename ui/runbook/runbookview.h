// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace Warroom {

class RunbookDelegate;

/// The checklist tree: runbooks with their steps below, painted by RunbookDelegate. Space toggles the
/// current step and a click on a step's box does too; both only ask (toggleRequested): the panel decides,
/// because a gate may refuse. Steps wrap to the width, so a resize lays the rows out again.
class RunbookView : public QTreeView
{
    Q_OBJECT
public:
    explicit RunbookView(QWidget *parent = nullptr);

    [[nodiscard]] RunbookDelegate *delegate() const { return m_delegate; }

Q_SIGNALS:
    void toggleRequested(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawBranches(QPainter *painter, const QRect &rect, const QModelIndex &index) const override;

private:
    RunbookDelegate *m_delegate = nullptr;
    int m_laidOutWidth = -1;
};

} // namespace Warroom
