// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinefiltermodel.h"

#include "timelinemodel.h"
#include "timelinepresentation.h"

#include <algorithm>

namespace Warroom {

namespace {
quint32 bit(NoteKind kind)
{
    return quint32(1) << int(kind);
}
} // namespace

TimelineFilterModel::TimelineFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The timeline's own order is the only order: no sorting, so a new entry never reshuffles the view.
    setDynamicSortFilter(true);
}

void TimelineFilterModel::setKinds(const QList<NoteKind> &kinds)
{
    quint32 mask = 0;
    for (NoteKind kind : kinds)
        mask |= bit(kind);
    if (mask == m_kindMask)
        return;
    m_kindMask = mask;
    invalidateFilter();
}

QList<NoteKind> TimelineFilterModel::kinds() const
{
    QList<NoteKind> kinds;
    for (NoteKind kind : TimelinePresentation::allKinds()) {
        if (m_kindMask & bit(kind))
            kinds << kind;
    }
    return kinds;
}

void TimelineFilterModel::setPerson(const QString &person)
{
    if (person == m_person)
        return;
    m_person = person;
    invalidateFilter();
}

void TimelineFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool TimelineFilterModel::isFiltering() const
{
    return m_kindMask != 0 || !m_person.isEmpty() || !m_search.isEmpty();
}

bool TimelineFilterModel::accepts(const TimelineEntry &entry) const
{
    if (m_kindMask != 0 && !(m_kindMask & bit(entry.kind)))
        return false;
    if (!m_person.isEmpty() && entry.actor != m_person) {
        const bool edited = std::any_of(entry.history.cbegin(), entry.history.cend(),
            [this](const Revision &revision) { return revision.by == m_person; });
        if (!edited && entry.retractedBy != m_person)
            return false;
    }
    if (m_search.isEmpty())
        return true;
    const auto found = [this](const QString &text) {
        return text.contains(m_search, Qt::CaseInsensitive);
    };
    return found(entry.text) || found(entry.actor) || found(entry.retractReason)
        || found(entry.attachmentName)
        || std::any_of(entry.history.cbegin(), entry.history.cend(),
            [&found](const Revision &revision) { return found(revision.text); });
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const TimelineEntry *entry = TimelineModel::entryFor(sourceModel()->index(sourceRow, 0, sourceParent));
    return entry && accepts(*entry);
}

} // namespace Warroom
