// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Warroom {

class Session;

/// Who held which role from when until when in one incident, oldest first: every tenure, including the
/// current ones ("until" empty). A hand-over closes one row (dataChanged) and appends another (insert);
/// it resets only when the incident changes.
class RoleHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RoleColumn = 0,
        PersonColumn,
        FromColumn,
        UntilColumn,
        AssignedByColumn,
        ReleasedByColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RoleNameRole = Qt::UserRole + 1, ///< QString
        PersonRole, ///< QString
        FromRole, ///< QDateTime (UTC)
        UntilRole, ///< QDateTime (UTC), invalid while the person still holds the role
        CurrentRole, ///< bool: still holds it
    };
    Q_ENUM(Role)

    explicit RoleHistoryModel(Session *session, QObject *parent = nullptr);
    ~RoleHistoryModel() override;

    void setIncident(const QString &incidentId);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void onIncidentChanged(const QString &incidentId);
    [[nodiscard]] QList<RoleTenure> currentRows() const;
    [[nodiscard]] QVariant displayData(const RoleTenure &tenure, int column) const;
    void sync();

    QPointer<Session> m_session;
    QString m_incidentId;
    QList<RoleTenure> m_rows;
};

} // namespace Warroom
