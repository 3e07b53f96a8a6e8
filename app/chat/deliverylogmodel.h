// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deliveryqueue.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Warroom {

class ChatSender;
class Session;

/// The delivery log of one incident, newest first: this client's deliveries as they happen (with their
/// attempts, retries and test messages) and every chat.posted event in the incident's log — so posts made
/// by other clients, or before a restart, show too (their attempts are not known here).
class DeliveryLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ChannelColumn,
        OutcomeColumn,
        HttpStatusColumn,
        AttemptsColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role { StateRole = Qt::UserRole + 1, FailedRole, TestRole, DeliveryIdRole };

    DeliveryLogModel(Session *session, ChatSender *sender, QObject *parent = nullptr);

    void setIncident(const QString &incidentId);
    [[nodiscard]] const QString &incident() const { return m_incident; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The row's delivery as shown.
    [[nodiscard]] DeliveryRecord recordAt(int row) const { return m_rows.value(row); }

private:
    void rebuild();
    [[nodiscard]] QList<DeliveryRecord> collect() const;
    [[nodiscard]] static QString outcomeText(const DeliveryRecord &record);

    QPointer<Session> m_session;
    QPointer<ChatSender> m_sender;
    QString m_incident;
    QList<DeliveryRecord> m_rows;
};

} // namespace Warroom
