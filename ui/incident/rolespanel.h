// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Warroom {

class IncidentPeople;
class RoleHistoryModel;
class RolesModel;
class Session;

/// The roles of one incident: who holds what now, a row to assign, hand over or release a role, and the
/// history of who held what when. Assigning the first commander acknowledges the incident.
class RolesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RolesPanel(Session *session, QWidget *parent = nullptr);
    ~RolesPanel() override;

    void setIncident(const QString &incidentId);
    [[nodiscard]] const QString &incidentId() const { return m_incidentId; }

    [[nodiscard]] RolesModel *rolesModel() const { return m_rolesModel; }
    [[nodiscard]] RoleHistoryModel *historyModel() const { return m_historyModel; }

public Q_SLOTS:
    /// Picks @p role and puts the cursor in the person field: the header's "Assign commander" lands here.
    void startAssigning(const QString &role);

private:
    void buildLayout();
    [[nodiscard]] QString currentRole() const;
    [[nodiscard]] QString currentPerson() const;
    void updateControls();
    void refreshRoleChoices();
    void assign();
    void release();
    void onCurrentRowChanged();

    QPointer<Session> m_session;
    QString m_incidentId;
    RolesModel *m_rolesModel = nullptr;
    RoleHistoryModel *m_historyModel = nullptr;
    IncidentPeople *m_people = nullptr;
    QTableView *m_rolesView = nullptr;
    QComboBox *m_roleCombo = nullptr;
    QLineEdit *m_personEdit = nullptr;
    QPushButton *m_assignButton = nullptr;
    QPushButton *m_releaseButton = nullptr;
    QLabel *m_hintLabel = nullptr;
    QTableView *m_historyView = nullptr;
};

} // namespace Warroom
