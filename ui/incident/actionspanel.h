// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Warroom {

class ActionsModel;
class IncidentPeople;
class Session;

/// The follow-up actions of one incident: a table to tick, edit and re-date them (overdue ones flagged in
/// words and colour), and a row to add one with an owner and an optional due date.
class ActionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActionsPanel(Session *session, QWidget *parent = nullptr);
    ~ActionsPanel() override;

    void setIncident(const QString &incidentId);
    [[nodiscard]] const QString &incidentId() const { return m_incidentId; }
    [[nodiscard]] ActionsModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void updateControls();
    void updateSummary();
    void addAction();
    void showContextMenu(const QPoint &position);

    QPointer<Session> m_session;
    QString m_incidentId;
    ActionsModel *m_model = nullptr;
    IncidentPeople *m_people = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_textEdit = nullptr;
    QLineEdit *m_ownerEdit = nullptr;
    QCheckBox *m_dueCheck = nullptr;
    QDateEdit *m_dueEdit = nullptr;
    QPushButton *m_addButton = nullptr;
};

} // namespace Warroom
