// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"

#include <QSortFilterProxyModel>

namespace Warroom {

/// Narrows a TimelineModel down by kind, by person and by a search text, keeping the timeline's order.
/// The search is case-insensitive and also looks at earlier versions of edited entries, retraction reasons
/// and attachment names, so nothing that was ever written is unfindable.
class TimelineFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TimelineFilterModel(QObject *parent = nullptr);

    /// Shows only entries of @p kinds (empty: every kind).
    void setKinds(const QList<NoteKind> &kinds);
    [[nodiscard]] QList<NoteKind> kinds() const;
    /// Shows only entries @p person wrote or edited (empty: everyone).
    void setPerson(const QString &person);
    [[nodiscard]] QString person() const { return m_person; }
    /// Shows only entries containing @p text (case-insensitive; empty: all).
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_search; }
    /// True while any filter narrows the timeline.
    [[nodiscard]] bool isFiltering() const;

    /// Does @p entry pass the filters? (The same test filterAcceptsRow applies.)
    [[nodiscard]] bool accepts(const TimelineEntry &entry) const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    quint32 m_kindMask = 0; // bit per NoteKind; 0 = all
    QString m_person;
    QString m_search;
};

} // namespace Warroom
