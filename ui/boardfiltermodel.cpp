// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardfiltermodel.h"

#include "boardmodel.h"

namespace Warroom {

BoardFilterModel::BoardFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true); // re-filter rows as they change (resolved ones leave the board)
}

void BoardFilterModel::setShowResolved(bool show)
{
    if (m_showResolved == show)
        return;
    m_showResolved = show;
    invalidateRowsFilter();
}

void BoardFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_search == trimmed)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

int BoardFilterModel::hiddenResolvedCount() const
{
    if (m_showResolved || !sourceModel())
        return 0;
    int count = 0;
    for (int row = 0; row < sourceModel()->rowCount(); ++row) {
        if (!sourceModel()->index(row, 0).data(BoardModel::OpenRole).toBool())
            ++count;
    }
    return count;
}

bool BoardFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!m_showResolved && !source->index(sourceRow, 0, sourceParent).data(BoardModel::OpenRole).toBool())
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        if (column == BoardModel::ElapsedColumn)
            continue;
        const QString text = source->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (text.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Warroom
