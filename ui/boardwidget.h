// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>
#include <QWidget>

class QLabel;
class QStackedLayout;

namespace Warroom {

class BoardModel;

/// The table of incidents. Read-only: rows are selected and activated, never edited, and the order is the
/// model's board order (no click-to-sort: the most urgent incident must stay on top).
class BoardView : public QTableView
{
    Q_OBJECT
public:
    explicit BoardView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

Q_SIGNALS:
    /// A person double-clicked or pressed Enter on an incident.
    void incidentActivated(const QString &incidentId);
};

/// The board: the incident table, or a short hint of what to do when there is nothing on it.
class BoardWidget : public QWidget
{
    Q_OBJECT
public:
    explicit BoardWidget(BoardModel *model, QWidget *parent = nullptr);

    [[nodiscard]] BoardView *view() const { return m_view; }
    [[nodiscard]] bool isShowingEmptyState() const;
    /// Selects and scrolls to @p incidentId, if it is on the board.
    void selectIncident(const QString &incidentId);

Q_SIGNALS:
    void incidentActivated(const QString &incidentId);

private:
    void updateEmptyState();

    BoardModel *m_model = nullptr;
    BoardView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QStackedLayout *m_stack = nullptr;
};

} // namespace Warroom
