// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "eventtypes.h"
#include "logging.h"
#include "session.h"
#include "timelinepresentation.h"

#include <QAbstractProxyModel>

#include <algorithm>

namespace Warroom {

namespace {
bool isPersonWritten(NoteKind kind)
{
    return int(kind) <= int(NoteKind::Observation) || kind == NoteKind::Attachment;
}
} // namespace

TimelineModel::TimelineModel(Session *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    if (m_session) {
        connect(m_session, &Session::eventApplied, this, &TimelineModel::onEventApplied);
        connect(m_session, &Session::incidentReset, this, &TimelineModel::onIncidentReset);
        connect(m_session, &Session::incidentAdded, this, &TimelineModel::onIncidentAdded);
        connect(m_session, &Session::pendingChanged, this, &TimelineModel::onPendingChanged);
    }
}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setIncident(const QString &incidentId)
{
    beginResetModel();
    if (incidentId != m_incidentId)
        m_replayWindow = DefaultReplayWindow;
    m_incidentId = incidentId;
    m_pendingRow = -1;
    m_pending.clear();
    const IncidentState *incident = state();
    const bool replaying = m_session && m_session->isReplaying() && incident;
    if (replaying)
        m_shown = incident->timeline();
    else
        m_shown.reset();
    const int size = incident ? int(incident->timeline().size()) : 0;
    m_first = replaying ? windowStart(size) : 0;
    m_count = size - m_first;
    endResetModel();
    Q_EMIT earlierCountChanged();
    updatePeople();
}

void TimelineModel::updatePeople()
{
    // The fold keeps who wrote: no scan of the entries.
    QSet<QString> people;
    if (const IncidentState *incident = state()) {
        for (const QStringList *list : {&incident->writers(), &incident->alertSenders()}) {
            for (const QString &person : *list)
                people.insert(person);
        }
    }
    if (people != m_people) {
        m_people = people;
        Q_EMIT peopleChanged();
    }
}

int TimelineModel::windowStart(int size) const
{
    // In steps, so that playing forward mostly appends rows instead of moving the first one.
    constexpr int Step = 500;
    return size <= m_replayWindow ? 0 : (size - m_replayWindow) / Step * Step;
}

void TimelineModel::showEarlier()
{
    if (!m_shown || m_first == 0)
        return;
    m_replayWindow += DefaultReplayWindow;
    const int first = windowStart(int(m_shown->size()));
    beginInsertRows({}, 0, m_first - first - 1);
    m_count += m_first - first;
    m_first = first;
    endInsertRows();
    Q_EMIT earlierCountChanged();
}

void TimelineModel::followReplay()
{
    const IncidentState *incident = state();
    if (!m_shown || !incident) {
        setIncident(m_incidentId);
        return;
    }
    const Timeline next = incident->timeline();
    const int size = int(next.size());
    const int first = windowStart(size);
    const int common = int(m_shown->commonPrefixLength(next));
    if (first != m_first || common < m_first) {
        setIncident(m_incidentId);
        return;
    }
    // Rows before `keep` show the same entries at both moments.
    const int keep = common - m_first;
    if (m_count > keep) {
        beginRemoveRows({}, keep, m_count - 1);
        m_count = keep;
        endRemoveRows();
    }
    m_shown = next;
    if (size - m_first > keep) {
        beginInsertRows({}, keep, size - m_first - 1);
        m_count = size - m_first;
        endInsertRows();
    }
    updatePeople();
}

const IncidentState *TimelineModel::state() const
{
    if (!m_session || m_incidentId.isEmpty())
        return nullptr;
    return m_session->projection().incident(m_incidentId);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

const Timeline *TimelineModel::entries() const
{
    if (m_shown)
        return &*m_shown;
    const IncidentState *incident = state();
    return incident ? &incident->timeline() : nullptr;
}

int TimelineModel::sourceRow(int row) const
{
    return m_first + (m_pendingRow >= 0 && row >= m_pendingRow ? row + 1 : row);
}

const TimelineEntry *TimelineModel::entryAt(int row) const
{
    const Timeline *timeline = entries();
    if (!timeline || row < 0 || row >= m_count)
        return nullptr;
    const int at = sourceRow(row);
    return at < timeline->size() ? &timeline->at(at) : nullptr;
}

int TimelineModel::rowOf(const QString &entryId) const
{
    const Timeline *timeline = entries();
    if (!timeline)
        return -1;
    // The timeline keeps an id index: O(log n), no scan of 100,000 rows.
    const qsizetype index = timeline->indexOf(entryId);
    const int row = index < 0 ? -1 : int(index) - m_first;
    return row >= 0 && row < m_count ? row : -1;
}

const TimelineModel *TimelineModel::source(const QModelIndex &index, int *row)
{
    QModelIndex current = index;
    const QAbstractItemModel *model = current.model();
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model)) {
        current = proxy->mapToSource(current);
        model = current.model();
    }
    *row = current.row();
    return current.isValid() ? qobject_cast<const TimelineModel *>(model) : nullptr;
}

const TimelineEntry *TimelineModel::entryFor(const QModelIndex &index)
{
    int row = -1;
    const TimelineModel *timeline = source(index, &row);
    return timeline ? timeline->entryAt(row) : nullptr;
}

TimelineModel::RowEntries TimelineModel::rowEntries(const QModelIndex &index, bool withPrevious)
{
    RowEntries found;
    int row = -1;
    const TimelineModel *timeline = source(index, &row);
    const Timeline *shown = timeline ? timeline->entries() : nullptr;
    if (!shown || row < 0 || row >= timeline->m_count)
        return found;
    // One projection look-up for both rows: the delegate asks this for every row at every layout.
    const Timeline &entries = *shown;
    const auto at = [&](int r) {
        const int i = timeline->sourceRow(r);
        return i >= 0 && i < entries.size() ? &entries.at(i) : nullptr;
    };
    found.entry = at(row);
    if (withPrevious && index.row() > 0) {
        int previousRow = -1;
        if (source(index.siblingAtRow(index.row() - 1), &previousRow) == timeline && previousRow >= 0
            && previousRow < timeline->m_count)
            found.previous = at(previousRow);
    }
    found.pending = found.entry && timeline->isPending(found.entry->id);
    return found;
}

bool TimelineModel::isPending(const QString &entryId) const
{
    return m_session && m_session->pendingCount() > 0 && m_session->isPending(entryId);
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry *entry = entryAt(index.row());
    return entry ? entryData(*entry, role) : QVariant();
}

QVariant TimelineModel::entryData(const TimelineEntry &entry, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return entry.text;
    case Qt::ToolTipRole:
        return toolTip(entry);
    case Qt::AccessibleTextRole:
        return accessibleText(entry);
    case IdRole:
        return entry.id;
    case KindRole:
        return int(entry.kind);
    case KindNameRole:
        return Names::noteKind(entry.kind);
    case ActorRole:
        return entry.actor;
    case AtRole:
        return entry.at;
    case RetractedRole:
        return entry.retracted;
    case RetractReasonRole:
        return entry.retractReason;
    case RetractedByRole:
        return entry.retractedBy;
    case PinnedRole:
        return entry.pinned;
    case HistoryRole: {
        QStringList texts;
        texts.reserve(entry.history.size());
        for (const Revision &revision : entry.history)
            texts << revision.text;
        return texts;
    }
    case EditedRole:
        return !entry.history.isEmpty();
    case EditableRole:
        return isPersonWritten(entry.kind) && !entry.retracted;
    case AttachmentRole:
        return entry.kind == NoteKind::Attachment;
    case AttachmentNameRole:
        return entry.attachmentName;
    case AttachmentMimeRole:
        return entry.attachmentMime;
    case AttachmentSizeRole:
        return entry.attachmentSize;
    case MonospaceRole:
        return TimelinePresentation::looksLikeTerminalOutput(entry.text);
    case EventTypeRole:
        return entry.eventType;
    case PendingRole:
        return isPending(entry.id);
    default:
        return {};
    }
}

QString TimelineModel::toolTip(const TimelineEntry &entry) const
{
    using namespace TimelinePresentation;
    QStringList lines;
    lines << tr("%1 by %2", "timeline tooltip: kind by person").arg(kindLabel(entry.kind), entry.actor);
    lines << formatFullTime(entry.at, false);
    if (entry.at.toLocalTime().offsetFromUtc() != 0)
        lines << formatFullTime(entry.at, true);
    if (entry.kind == NoteKind::Attachment)
        lines << tr("%1, %2", "attachment tooltip: mime type, size")
                     .arg(entry.attachmentMime, formatSize(entry.attachmentSize));
    if (entry.pinned)
        lines << tr("Pinned as a key moment");
    if (entry.retracted)
        lines << tr("Retracted by %1: %2").arg(entry.retractedBy, entry.retractReason);
    if (!entry.history.isEmpty()) {
        lines << tr("Edited. Earlier versions, oldest first:");
        for (const Revision &revision : entry.history)
            lines << tr("• %1: %2", "an earlier version of an entry: author, text")
                         .arg(revision.by, revision.text);
    }
    return lines.join(QLatin1Char('\n'));
}

QString TimelineModel::accessibleText(const TimelineEntry &entry) const
{
    using namespace TimelinePresentation;
    QString text = tr("%1, %2 by %3: %4", "screen reader: time, kind, person, text")
                       .arg(formatTime(entry.at, false), kindLabel(entry.kind), entry.actor, entry.text);
    if (entry.pinned)
        text += QLatin1String(". ") + tr("Pinned");
    if (!entry.history.isEmpty())
        text += QLatin1String(". ") + tr("Edited");
    if (entry.retracted)
        text += QLatin1String(". ") + tr("Retracted by %1: %2").arg(entry.retractedBy, entry.retractReason);
    return text;
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "entryId");
    names.insert(KindRole, "kind");
    names.insert(KindNameRole, "kindName");
    names.insert(ActorRole, "actor");
    names.insert(AtRole, "at");
    names.insert(TextRole, "text");
    names.insert(RetractedRole, "retracted");
    names.insert(RetractReasonRole, "retractReason");
    names.insert(RetractedByRole, "retractedBy");
    names.insert(PinnedRole, "pinned");
    names.insert(HistoryRole, "history");
    names.insert(EditedRole, "edited");
    names.insert(EditableRole, "editable");
    names.insert(AttachmentRole, "attachment");
    names.insert(AttachmentNameRole, "attachmentName");
    names.insert(AttachmentMimeRole, "attachmentMime");
    names.insert(AttachmentSizeRole, "attachmentSize");
    names.insert(MonospaceRole, "monospace");
    names.insert(EventTypeRole, "eventType");
    names.insert(PendingRole, "pending");
    return names;
}

QStringList TimelineModel::people() const
{
    QStringList list(m_people.cbegin(), m_people.cend());
    list.removeAll(QString());
    std::sort(list.begin(), list.end(),
        [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return list;
}

bool TimelineModel::spansSeveralDays(bool utc) const
{
    if (m_count < 2)
        return false;
    const TimelineEntry *first = entryAt(0);
    const TimelineEntry *last = entryAt(m_count - 1);
    return first && last
        && TimelinePresentation::dayOf(first->at, utc) != TimelinePresentation::dayOf(last->at, utc);
}

void TimelineModel::addPerson(const QString &person)
{
    if (person.isEmpty() || m_people.contains(person))
        return;
    m_people.insert(person);
    Q_EMIT peopleChanged();
}

void TimelineModel::onEventApplied(const Event &event)
{
    if (event.incident != m_incidentId || m_incidentId.isEmpty())
        return;
    const IncidentState *incident = state();
    if (!incident)
        return;
    const int size = int(incident->timeline().size());

    if (const TimelineEntry *entry = incident->entry(event.id); entry && size == m_count + 1) {
        const int row = int(incident->timeline().indexOf(event.id));
        const QString actor = entry->actor; // slots of the views run before we read it again
        m_pendingRow = row;
        beginInsertRows({}, row, row);
        m_pendingRow = -1;
        ++m_count;
        endInsertRows();
        if (isPending(event.id))
            m_pending.insert(event.id);
        addPerson(actor);
        return;
    }
    if (size != m_count) {
        // Only possible if someone folded events into the projection without telling us (a slot that
        // submits from inside eventApplied). Stay correct rather than fast.
        qCWarning(lcUi) << "timeline: lost track of" << m_incidentId << "(" << m_count << "rows," << size
                        << "entries); resetting";
        resync();
        return;
    }
    if (event.kind() == EventKind::NoteEdited || event.kind() == EventKind::NoteRetracted
        || event.kind() == EventKind::NotePinned) {
        const int row = rowOf(event.data.value(QLatin1String("target")).toString());
        if (row < 0)
            return;
        const QModelIndex changed = index(row, 0);
        Q_EMIT dataChanged(changed, changed);
        if (event.kind() == EventKind::NoteEdited)
            addPerson(event.actor);
    }
}

void TimelineModel::onIncidentReset(const QString &incidentId)
{
    if (incidentId != m_incidentId || m_incidentId.isEmpty())
        return;
    // A scrub of the replay: change the rows after the part both moments share.
    if (m_shown && m_session && m_session->isReplaying())
        followReplay();
    else // A rebuilt incident may differ anywhere: the one case besides setIncident that resets.
        resync();
}

void TimelineModel::onIncidentAdded(const QString &incidentId)
{
    // Usually its entries arrived through eventApplied already; a rebuilt view announces it only here.
    if (incidentId != m_incidentId || m_incidentId.isEmpty())
        return;
    const IncidentState *incident = state();
    if (incident && incident->timeline().size() != m_count)
        resync();
}

void TimelineModel::onPendingChanged()
{
    // Confirmed by the server: the same entry, without its "sending" marker.
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (isPending(*it)) {
            ++it;
            continue;
        }
        const int row = rowOf(*it);
        it = m_pending.erase(it);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, 0), {PendingRole});
    }
}

void TimelineModel::resync()
{
    setIncident(m_incidentId);
}

} // namespace Warroom
