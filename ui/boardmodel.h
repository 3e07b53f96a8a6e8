// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projection.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace Warroom {

class Session;

/// The incident board: one row per incident of the Session's projection, in board order (open first, most
/// severe first, then oldest). It follows the Session row by row — an insert for a new incident, a
/// dataChanged or a move for a changed one — and never resets after the initial load, so views keep their
/// selection and scroll position while an incident unfolds. The Elapsed column ticks every second. While the
/// Session replays, it shows the board as it was at the replay time (and elapsed times up to it).
class BoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeverityColumn = 0,
        TitleColumn,
        StatusColumn,
        CommanderColumn,
        ElapsedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IncidentIdRole = Qt::UserRole + 1, ///< QString
        SeverityRole, ///< int (Severity)
        StatusRole, ///< int (Status)
        CommanderRole, ///< QString, empty when unacknowledged
        AcknowledgedRole, ///< bool: a commander is assigned
        OpenRole, ///< bool: not resolved
        NeedsAttentionRole, ///< bool: open and unacknowledged (shown loud)
        DeclaredAtRole, ///< QDateTime (UTC)
        ElapsedMSecsRole, ///< qint64: since declared, or until resolved
        UnacknowledgedMSecsRole, ///< qint64: how long it has waited for a commander (0: it has one, or
                                 ///< resolved)
        OverdueRole, ///< bool: waited longer than unacknowledgedMinutes() (shown louder still, DESIGN §8)
    };
    Q_ENUM(Role)

    explicit BoardModel(Session *session, QObject *parent = nullptr);
    ~BoardModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// What the Commander column says while nobody has taken command of an open incident.
    [[nodiscard]] static QString unacknowledgedText();
    /// What it says once that has lasted longer than unacknowledgedMinutes(): "No commander for 7 min".
    [[nodiscard]] static QString overdueText(int minutes);

    /// The row showing @p incidentId, or -1.
    [[nodiscard]] int rowOf(const QString &incidentId) const;

    /// How often the Elapsed column refreshes (1 s by default; 0 stops it).
    void setTickInterval(std::chrono::milliseconds interval);
    [[nodiscard]] std::chrono::milliseconds tickInterval() const;

    /// After how many minutes without a commander an open incident is overdue (from the settings,
    /// Unacknowledged::thresholdMinutes(), unless set here).
    void setUnacknowledgedMinutes(int minutes);
    [[nodiscard]] int unacknowledgedMinutes() const { return m_unacknowledgedMinutes; }

public Q_SLOTS:
    /// Announces a new Elapsed value for every open incident (the timer calls it; tests may too).
    void refreshElapsed();

private Q_SLOTS:
    void onIncidentAdded(const QString &incidentId);
    void onIncidentChanged(const QString &incidentId);
    /// Brings every row in line with the Session's projection: rows of incidents it no longer shows go,
    /// the others are updated, added or moved. A replay moving through time shows another board each time;
    /// row by row (not a reset) so that the selection stays.
    void resync();

private:
    [[nodiscard]] int sortedPosition(const IncidentSummary &summary, int skipRow) const;
    [[nodiscard]] qint64 elapsedMSecs(const IncidentSummary &summary) const;
    /// The moment the board shows (the replay time while replaying).
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] bool isOverdue(const IncidentSummary &summary) const;
    /// Overdue rows alternate between two tints each second: loud, but never so fast it hurts to look at.
    [[nodiscard]] QVariant overdueBackground() const;
    [[nodiscard]] QVariant displayData(const IncidentSummary &summary, int column) const;
    [[nodiscard]] QVariant toolTipData(const IncidentSummary &summary, int column) const;
    [[nodiscard]] QVariant accessibleData(const IncidentSummary &summary, int column) const;
    [[nodiscard]] QPixmap severityPixmap(Severity severity) const;
    void emitRowChanged(int row);

    QPointer<Session> m_session;
    QList<IncidentSummary> m_rows;
    QTimer m_ticker;
    int m_unacknowledgedMinutes = 5;
    mutable QHash<int, QPixmap> m_severityPixmaps;
};

} // namespace Warroom
