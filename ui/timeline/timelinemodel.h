// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>

#include <optional>

namespace Warroom {

class Session;

/// One incident's timeline, row for row as IncidentState::timeline() orders it (by time, then id). It reads
/// the entries straight from the Session's projection, holding no copy, and follows the Session event by
/// event: a new entry is one insert at its sorted place (back-dated entries land in the middle), an edit,
/// retraction or pin is a dataChanged of that row. It resets only when it is pointed at another incident,
/// so it stays cheap with 100,000 entries (and when the Session rebuilds the incident, see
/// Session::incidentReset).
///
/// While the Session replays, every scrub may change the timeline anywhere, and a list view lays out all of
/// its rows again on any insert or removal. So the replayed timeline shows the latest entries before the
/// replayed moment, replayWindow() of them (earlier ones on request, showEarlier()), and a scrub removes and
/// inserts only the rows after the part the two moments share (Timeline::commonPrefixLength).
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString: id of the event that created the entry
        KindRole, ///< int (NoteKind)
        KindNameRole, ///< QString: the wire name of the kind ("decision")
        ActorRole, ///< QString: who wrote the current text
        AtRole, ///< QDateTime (UTC): when it happened
        TextRole, ///< QString: the current text (the file name for attachments)
        RetractedRole, ///< bool
        RetractReasonRole, ///< QString
        RetractedByRole, ///< QString
        PinnedRole, ///< bool
        HistoryRole, ///< QStringList: the earlier texts, oldest first
        EditedRole, ///< bool: the history is not empty
        EditableRole, ///< bool: a person wrote it and it is not retracted (edit and retract allowed)
        AttachmentRole, ///< bool: the entry is an attached file
        AttachmentNameRole, ///< QString
        AttachmentMimeRole, ///< QString
        AttachmentSizeRole, ///< qint64 (bytes)
        MonospaceRole, ///< bool: the text looks like terminal output
        EventTypeRole, ///< QString: the type of the event that created it
        PendingRole, ///< bool: this client's entry, not yet confirmed by the server
    };
    Q_ENUM(Role)

    explicit TimelineModel(Session *session, QObject *parent = nullptr);
    ~TimelineModel() override;

    /// Shows the timeline of @p incidentId (empty: nothing). The only time the model resets.
    void setIncident(const QString &incidentId);
    [[nodiscard]] QString incident() const { return m_incidentId; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The entry shown in @p row, or nullptr. Valid only until the Session changes: never keep it.
    [[nodiscard]] const TimelineEntry *entryAt(int row) const;
    /// The row of entry @p entryId, or -1.
    [[nodiscard]] int rowOf(const QString &entryId) const;
    /// The entry behind @p index of this model or of any proxy stacked on it (nullptr otherwise). Lets the
    /// delegate and the filter read an entry without building a QVariant per field.
    [[nodiscard]] static const TimelineEntry *entryFor(const QModelIndex &index);
    /// What the delegate needs of a row, found with one look-up in the projection: the entry, the entry of
    /// the row above it in the same (proxy) model when @p withPrevious, and whether it is still pending.
    struct RowEntries
    {
        const TimelineEntry *entry = nullptr;
        const TimelineEntry *previous = nullptr;
        bool pending = false;
    };
    [[nodiscard]] static RowEntries rowEntries(const QModelIndex &index, bool withPrevious);

    /// Rows shown at most while replaying, before showEarlier().
    static constexpr int DefaultReplayWindow = 2000;
    /// While replaying: the entries before the first row, not shown (0 when live).
    [[nodiscard]] int earlierCount() const { return m_first; }
    [[nodiscard]] int replayWindow() const { return m_replayWindow; }
    /// While replaying: shows DefaultReplayWindow more of the entries before the first row.
    void showEarlier();

    /// Everyone who wrote or edited an entry, sorted, for the person filter.
    [[nodiscard]] QStringList people() const;
    /// True when the first and the last entry fall on different days (in UTC when @p utc, else local time).
    [[nodiscard]] bool spansSeveralDays(bool utc) const;

Q_SIGNALS:
    /// Someone new appears in the timeline (people() grew), or the incident changed.
    void peopleChanged();
    /// earlierCount() changed.
    void earlierCountChanged();

private Q_SLOTS:
    void onEventApplied(const Warroom::Event &event);
    void onIncidentReset(const QString &incidentId);
    void onIncidentAdded(const QString &incidentId);
    void onPendingChanged();

private:
    [[nodiscard]] const IncidentState *state() const;
    /// What the rows show: the replayed timeline the views were told about, else the incident's.
    [[nodiscard]] const Timeline *entries() const;
    /// While replaying: the first entry shown when the timeline has @p size entries.
    [[nodiscard]] int windowStart(int size) const;
    /// While replaying: the rows follow the replayed state, changing only those after the shared part.
    void followReplay();
    void updatePeople();
    [[nodiscard]] static const TimelineModel *source(const QModelIndex &index, int *row);
    [[nodiscard]] bool isPending(const QString &entryId) const;
    [[nodiscard]] int sourceRow(int row) const;
    [[nodiscard]] QVariant entryData(const TimelineEntry &entry, int role) const;
    [[nodiscard]] QString toolTip(const TimelineEntry &entry) const;
    [[nodiscard]] QString accessibleText(const TimelineEntry &entry) const;
    void addPerson(const QString &person);
    void resync();

    QPointer<Session> m_session;
    QString m_incidentId;
    // Rows the views know about. The projection already holds a new entry when eventApplied arrives; until
    // endInsertRows the model must still answer as before the insert, so rows from m_pendingRow on are read
    // one further down (the tester and the views check this).
    int m_count = 0;
    int m_pendingRow = -1;
    // While replaying: the timeline the rows show (a copy shares its entries), the entry in row 0, and how
    // many rows to show.
    std::optional<Timeline> m_shown;
    int m_first = 0;
    int m_replayWindow = DefaultReplayWindow;
    QSet<QString> m_people;
    QSet<QString> m_pending; // entries shown as pending, to repaint when the server confirms them
};

} // namespace Warroom
