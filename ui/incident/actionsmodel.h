// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace Warroom {
struct ActionChanges;

class Session;

/// The follow-up actions of one incident, in the order they were added. Editing goes through setData, which
/// submits an action.updated event: the Done column is checkable, Text, Owner and Due are editable. The
/// model follows the Session row by row (insert for a new action, dataChanged for an edit) and resets only
/// when the incident changes. Open actions past their due date are flagged overdue, and the flag follows the
/// clock (checked every minute).
class ActionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DoneColumn = 0, TextColumn, OwnerColumn, DueColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ActionIdRole = Qt::UserRole + 1, ///< QString: id of the action.added event
        DoneRole, ///< bool
        DueRole, ///< QDateTime (UTC), invalid when there is no due date
        OverdueRole, ///< bool: open and past its due date
        OwnerRole, ///< QString
    };
    Q_ENUM(Role)

    explicit ActionsModel(Session *session, QObject *parent = nullptr);
    ~ActionsModel() override;

    void setIncident(const QString &incidentId);
    [[nodiscard]] const QString &incidentId() const { return m_incidentId; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// Submits action.updated: Qt::CheckStateRole on Done; Qt::EditRole on Text (not blank), Owner (blank
    /// clears it) and Due (a QDateTime or QDate; an invalid value clears it). Returns false and emits
    /// submitFailed when the Session refuses.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    [[nodiscard]] int openCount() const;
    [[nodiscard]] int overdueCount() const;

    /// How often the overdue flags are checked against the clock (a minute by default; 0 stops it).
    void setTickInterval(std::chrono::milliseconds interval);

    /// A due date picked as a day means the end of that day in local time.
    [[nodiscard]] static QDateTime endOfLocalDay(const QDate &date);

public Q_SLOTS:
    /// Re-checks which open actions are past due and announces the rows whose flag changed.
    void refreshOverdue();

Q_SIGNALS:
    /// An edit was refused (by validation or the store); @p message says why, for a person.
    void submitFailed(const QString &message);

private:
    void onIncidentChanged(const QString &incidentId);
    [[nodiscard]] QList<FollowUpAction> currentRows() const;
    [[nodiscard]] bool isOverdue(const FollowUpAction &action) const;
    [[nodiscard]] QVariant displayData(const FollowUpAction &action, int column) const;
    [[nodiscard]] QString dueText(const FollowUpAction &action) const;
    bool submitChange(const FollowUpAction &action, const ActionChanges &changes);
    void sync();

    QPointer<Session> m_session;
    QString m_incidentId;
    QList<FollowUpAction> m_rows;
    QList<bool> m_overdue; // the flag last announced for each row
    QTimer m_ticker;
};

} // namespace Warroom
