// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedLayout;

namespace Warroom {

class BoardFilterModel;
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

/// The board: a search field and a "show resolved" toggle over the incident table, or a short hint of
/// what to do when there is nothing on it (with the demo incident one click away on a brand-new board).
class BoardWidget : public QWidget
{
    Q_OBJECT
public:
    explicit BoardWidget(BoardModel *model, QWidget *parent = nullptr);

    [[nodiscard]] BoardView *view() const { return m_view; }
    [[nodiscard]] BoardFilterModel *filterModel() const { return m_filter; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] bool isShowingEmptyState() const;
    /// Selects and scrolls to @p incidentId; shows resolved incidents or clears the search if that hides it.
    void selectIncident(const QString &incidentId);
    /// The incident of the selected row, or empty.
    [[nodiscard]] QString currentIncident() const;

Q_SIGNALS:
    void incidentActivated(const QString &incidentId);
    /// The selection moved to another incident (empty when none is selected).
    void currentIncidentChanged(const QString &incidentId);
    /// The person asked for the demo incident from the empty board.
    void demoRequested();

private:
    void updateEmptyState();

    BoardModel *m_model = nullptr;
    BoardFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showResolved = nullptr;
    BoardView *m_view = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_demoButton = nullptr;
    QStackedLayout *m_stack = nullptr;
    QString m_current;
};

} // namespace Warroom
