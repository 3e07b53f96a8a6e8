// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

namespace Warroom {

class Session;

/// Who holds which role in one incident now: one row per held role, the standard roles first (commander,
/// scribe, comms, ops) then free-form ones by name. It follows the Session row by row — an insert for a new
/// role, a dataChanged for a hand-over, a remove for a release — and resets only when the incident changes.
class RolesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RoleColumn = 0, PersonColumn, SinceColumn, AssignedByColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        RoleNameRole = Qt::UserRole + 1, ///< QString: the role's wire name ("commander")
        PersonRole, ///< QString
        SinceRole, ///< QDateTime (UTC)
        AssignedByRole, ///< QString
    };
    Q_ENUM(Role)

    explicit RolesModel(Session *session, QObject *parent = nullptr);
    ~RolesModel() override;

    void setIncident(const QString &incidentId);
    [[nodiscard]] const QString &incidentId() const { return m_incidentId; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// The row of @p roleName, or -1 when nobody holds it.
    [[nodiscard]] int rowOf(const QString &roleName) const;
    /// Who holds @p roleName (empty when nobody).
    [[nodiscard]] QString holder(const QString &roleName) const;

    /// How a role's name reads: the standard roles translated ("Commander"), free-form ones as typed.
    [[nodiscard]] static QString displayName(const QString &roleName);
    /// Standard roles first in their usual order, then the others alphabetically.
    [[nodiscard]] static bool roleLessThan(const QString &a, const QString &b);

private:
    struct Row
    {
        QString role;
        QString person;
        QDateTime since;
        QString assignedBy;
        bool operator==(const Row &o) const
        {
            return role == o.role && person == o.person && since == o.since && assignedBy == o.assignedBy;
        }
        bool operator!=(const Row &o) const { return !(*this == o); }
    };

    void onIncidentChanged(const QString &incidentId);
    [[nodiscard]] QList<Row> currentRows() const;
    void sync();

    QPointer<Session> m_session;
    QString m_incidentId;
    QList<Row> m_rows;
};

} // namespace Warroom
