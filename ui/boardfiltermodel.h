// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Warroom {

/// What the board shows of the BoardModel: open incidents (resolved ones one toggle away) matching a search
/// over title, commander, status and severity. It never sorts: the board order is BoardModel's, and row
/// signals pass through one by one.
class BoardFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit BoardFilterModel(QObject *parent = nullptr);

    [[nodiscard]] bool showResolved() const { return m_showResolved; }
    void setShowResolved(bool show);
    [[nodiscard]] const QString &searchText() const { return m_search; }
    void setSearchText(const QString &text);
    /// Rows of the source the current filter hides because they are resolved.
    [[nodiscard]] int hiddenResolvedCount() const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showResolved = false;
    QString m_search;
};

} // namespace Warroom
