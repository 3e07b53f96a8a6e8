// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolesmodel.h"

#include "incidentlook.h"
#include "session.h"

#include <algorithm>

namespace Warroom {

RolesModel::RolesModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    if (m_session) {
        connect(m_session, &Session::incidentChanged, this, &RolesModel::onIncidentChanged);
        connect(m_session, &Session::incidentAdded, this, &RolesModel::onIncidentChanged);
    }
}

RolesModel::~RolesModel() = default;

void RolesModel::setIncident(const QString &incidentId)
{
    // The one reset: a different incident has nothing in common with the rows shown.
    beginResetModel();
    m_incidentId = incidentId;
    m_rows = currentRows();
    endResetModel();
}

int RolesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RolesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags RolesModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant RolesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RoleColumn:
            return displayName(row.role);
        case PersonColumn:
            return row.person;
        case SinceColumn:
            return IncidentLook::formatMoment(row.since);
        case AssignedByColumn:
            return row.assignedBy;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SinceColumn)
            return IncidentLook::formatMomentLong(row.since);
        return tr("%1 is %2 since %3, assigned by %4.", "person, role, time, person")
            .arg(row.person, displayName(row.role), IncidentLook::formatMoment(row.since), row.assignedBy);
    case Qt::AccessibleTextRole:
        if (index.column() == SinceColumn)
            return IncidentLook::formatMomentLong(row.since);
        return data(index, Qt::DisplayRole);
    case RoleNameRole:
        return row.role;
    case PersonRole:
        return row.person;
    case SinceRole:
        return row.since;
    case AssignedByRole:
        return row.assignedBy;
    default:
        return {};
    }
}

QVariant RolesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case RoleColumn:
            return tr("Role", "incident role such as commander");
        case PersonColumn:
            return tr("Person", "who holds the role");
        case SinceColumn:
            return tr("Since", "when the person took the role");
        case AssignedByColumn:
            return tr("Assigned by");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

int RolesModel::rowOf(const QString &roleName) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).role == roleName)
            return row;
    }
    return -1;
}

QString RolesModel::holder(const QString &roleName) const
{
    const int row = rowOf(roleName);
    return row < 0 ? QString() : m_rows.at(row).person;
}

QString RolesModel::displayName(const QString &roleName)
{
    if (roleName == QLatin1String("commander"))
        return tr("Commander", "incident role");
    if (roleName == QLatin1String("scribe"))
        return tr("Scribe", "incident role: keeps the timeline");
    if (roleName == QLatin1String("comms"))
        return tr("Comms", "incident role: talks to stakeholders");
    if (roleName == QLatin1String("ops"))
        return tr("Ops", "incident role: hands on the systems");
    return roleName;
}

bool RolesModel::roleLessThan(const QString &a, const QString &b)
{
    const QStringList &standard = Names::standardRoles();
    const auto rank = [&](const QString &role) {
        const auto index = standard.indexOf(role);
        return index < 0 ? standard.size() : index;
    };
    const auto rankA = rank(a);
    const auto rankB = rank(b);
    if (rankA != rankB)
        return rankA < rankB;
    return a < b;
}

void RolesModel::onIncidentChanged(const QString &incidentId)
{
    if (incidentId == m_incidentId)
        sync();
}

QList<RolesModel::Row> RolesModel::currentRows() const
{
    QList<Row> rows;
    const IncidentState *state = m_session ? m_session->projection().incident(m_incidentId) : nullptr;
    if (!state)
        return rows;
    for (auto it = state->roles().cbegin(); it != state->roles().cend(); ++it) {
        Row row {it.key(), it.value(), {}, {}};
        // The open tenure of the role says since when and from whom; the last one wins if the log has
        // several (it cannot, but a view should not show an older one).
        for (const RoleTenure &tenure : state->roleHistory()) {
            if (tenure.role == row.role && tenure.person == row.person && !tenure.until.isValid()) {
                row.since = tenure.from;
                row.assignedBy = tenure.assignedBy;
            }
        }
        rows.append(row);
    }
    std::sort(
        rows.begin(), rows.end(), [](const Row &x, const Row &y) { return roleLessThan(x.role, y.role); });
    return rows;
}

void RolesModel::sync()
{
    const QList<Row> next = currentRows();
    // Both lists are in the same order, so after dropping the released roles the rows left are a
    // subsequence of the next rows: a merge then finds the inserts and the changed rows.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const QString &role = m_rows.at(row).role;
        const bool kept
            = std::any_of(next.cbegin(), next.cend(), [&](const Row &r) { return r.role == role; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < next.size(); ++row) {
        if (row < m_rows.size() && m_rows.at(row).role == next.at(row).role) {
            if (m_rows.at(row) != next.at(row)) {
                m_rows[row] = next.at(row);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_rows.insert(row, next.at(row));
        endInsertRows();
    }
}

} // namespace Warroom
