// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolehistorymodel.h"

#include "incidentlook.h"
#include "rolesmodel.h"
#include "session.h"

#include <QFont>

namespace Warroom {

namespace {
bool sameTenure(const RoleTenure &a, const RoleTenure &b)
{
    return a.role == b.role && a.person == b.person && a.assignedBy == b.assignedBy && a.from == b.from
        && a.until == b.until && a.releasedBy == b.releasedBy;
}
} // namespace

RoleHistoryModel::RoleHistoryModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    if (m_session) {
        connect(m_session, &Session::incidentChanged, this, &RoleHistoryModel::onIncidentChanged);
        connect(m_session, &Session::incidentAdded, this, &RoleHistoryModel::onIncidentChanged);
    }
}

RoleHistoryModel::~RoleHistoryModel() = default;

void RoleHistoryModel::setIncident(const QString &incidentId)
{
    beginResetModel();
    m_incidentId = incidentId;
    m_rows = currentRows();
    endResetModel();
}

int RoleHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoleHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags RoleHistoryModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant RoleHistoryModel::displayData(const RoleTenure &tenure, int column) const
{
    switch (column) {
    case RoleColumn:
        return RolesModel::displayName(tenure.role);
    case PersonColumn:
        return tenure.person;
    case FromColumn:
        return IncidentLook::formatMoment(tenure.from);
    case UntilColumn:
        return tenure.until.isValid() ? IncidentLook::formatMoment(tenure.until)
                                      : tr("now", "still holds the role");
    case AssignedByColumn:
        return tenure.assignedBy;
    case ReleasedByColumn:
        return tenure.releasedBy;
    default:
        return {};
    }
}

QVariant RoleHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoleTenure &tenure = m_rows.at(index.row());
    const bool current = !tenure.until.isValid();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(tenure, index.column());
    case Qt::ToolTipRole:
        if (current)
            return tr("%1 has been %2 since %3 (assigned by %4).", "person, role, time, person")
                .arg(tenure.person, RolesModel::displayName(tenure.role),
                    IncidentLook::formatMomentLong(tenure.from), tenure.assignedBy);
        return tr("%1 was %2 from %3 until %4 (assigned by %5, released by %6).",
            "person, role, time, time, person, person")
            .arg(tenure.person, RolesModel::displayName(tenure.role),
                IncidentLook::formatMomentLong(tenure.from), IncidentLook::formatMomentLong(tenure.until),
                tenure.assignedBy, tenure.releasedBy);
    case Qt::AccessibleTextRole:
        if (index.column() == FromColumn)
            return IncidentLook::formatMomentLong(tenure.from);
        if (index.column() == UntilColumn && !current)
            return IncidentLook::formatMomentLong(tenure.until);
        return displayData(tenure, index.column());
    case Qt::FontRole:
        if (current && index.column() == UntilColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case RoleNameRole:
        return tenure.role;
    case PersonRole:
        return tenure.person;
    case FromRole:
        return tenure.from;
    case UntilRole:
        return tenure.until;
    case CurrentRole:
        return current;
    default:
        return {};
    }
}

QVariant RoleHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case RoleColumn:
            return tr("Role", "incident role such as commander");
        case PersonColumn:
            return tr("Person", "who held the role");
        case FromColumn:
            return tr("From", "when the person took the role");
        case UntilColumn:
            return tr("Until", "when the person gave the role up");
        case AssignedByColumn:
            return tr("Assigned by");
        case ReleasedByColumn:
            return tr("Released by", "who ended the tenure: a hand-over or a release");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void RoleHistoryModel::onIncidentChanged(const QString &incidentId)
{
    if (incidentId == m_incidentId)
        sync();
}

QList<RoleTenure> RoleHistoryModel::currentRows() const
{
    const IncidentState *state = m_session ? m_session->projection().incident(m_incidentId) : nullptr;
    return state ? state->roleHistory() : QList<RoleTenure>();
}

void RoleHistoryModel::sync()
{
    // The history only grows, and only its open tenures change (they get an "until"): compare the rows in
    // place, then append the new ones.
    const QList<RoleTenure> next = currentRows();
    const int common = int(qMin(m_rows.size(), next.size()));
    for (int row = 0; row < common; ++row) {
        if (!sameTenure(m_rows.at(row), next.at(row))) {
            m_rows[row] = next.at(row);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (next.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(next.size()) - 1);
        m_rows.append(next.mid(m_rows.size()));
        endInsertRows();
    } else if (next.size() < m_rows.size()) {
        beginRemoveRows({}, int(next.size()), int(m_rows.size()) - 1);
        m_rows.resize(next.size());
        endRemoveRows();
    }
}

} // namespace Warroom
