// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverylogmodel.h"

#include "chatsender.h"
#include "session.h"

#include <QSet>

#include <algorithm>

namespace Warroom {

DeliveryLogModel::DeliveryLogModel(Session *session, ChatSender *sender, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_sender(sender)
{
    connect(session, &Session::incidentChanged, this, [this](const QString &id) {
        if (id == m_incident)
            rebuild();
    });
    connect(session, &Session::incidentReset, this, [this](const QString &id) {
        if (id == m_incident)
            rebuild();
    });
    if (sender) {
        connect(sender, &ChatSender::deliveryChanged, this, [this](const DeliveryRecord &record) {
            if (record.incident == m_incident)
                rebuild();
        });
    }
}

void DeliveryLogModel::setIncident(const QString &incidentId)
{
    beginResetModel();
    m_incident = incidentId;
    m_rows = collect();
    endResetModel();
}

QList<DeliveryRecord> DeliveryLogModel::collect() const
{
    QList<DeliveryRecord> rows;
    if (m_incident.isEmpty())
        return rows;
    QSet<QString> recorded;
    if (m_sender) {
        const QList<DeliveryRecord> &records = m_sender->records();
        for (auto it = records.crbegin(); it != records.crend(); ++it) {
            const DeliveryRecord &record = *it;
            if (record.incident != m_incident)
                continue;
            rows.append(record);
            if (!record.eventId.isEmpty())
                recorded.insert(record.eventId);
        }
    }
    const IncidentState *state = m_session ? m_session->projection().incident(m_incident) : nullptr;
    if (state) {
        const QList<ChatDelivery> &chats = state->chats();
        for (auto it = chats.crbegin(); it != chats.crend(); ++it) {
            const ChatDelivery &chat = *it;
            if (recorded.contains(chat.id))
                continue;
            DeliveryRecord record;
            record.id = chat.id;
            record.eventId = chat.id;
            record.incident = m_incident;
            record.channel = chat.channel;
            record.text = chat.text;
            record.state = chat.outcome == QLatin1String("delivered") ? DeliveryState::Delivered
                                                                      : DeliveryState::Failed;
            record.httpStatus = chat.httpStatus;
            record.error = chat.error;
            record.queuedAt = chat.at;
            record.updatedAt = chat.at;
            rows.append(record);
        }
    }
    // Newest first, by when each was sent; ties (one Send to several channels) keep a stable order.
    std::stable_sort(rows.begin(), rows.end(),
        [](const DeliveryRecord &a, const DeliveryRecord &b) { return a.queuedAt > b.queuedAt; });
    return rows;
}

void DeliveryLogModel::rebuild()
{
    const QList<DeliveryRecord> rows = collect();
    const auto sameIds = [](const QList<DeliveryRecord> &a, int aFrom, const QList<DeliveryRecord> &b) {
        if (a.size() - aFrom != b.size())
            return false;
        for (int i = 0; i < b.size(); ++i) {
            if (a.at(aFrom + i).id != b.at(i).id)
                return false;
        }
        return true;
    };
    if (sameIds(rows, 0, m_rows)) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    // The usual change: new deliveries on top of the ones already shown.
    const int added = int(rows.size() - m_rows.size());
    if (added > 0 && sameIds(rows, added, m_rows)) {
        beginInsertRows({}, 0, added - 1);
        m_rows = rows;
        endInsertRows();
        if (rows.size() > added)
            Q_EMIT dataChanged(index(added, 0), index(int(rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int DeliveryLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeliveryLogModel::outcomeText(const DeliveryRecord &record)
{
    QString text;
    switch (record.state) {
    case DeliveryState::Resolving:
        text = tr("Looking up URL");
        break;
    case DeliveryState::Queued:
        text = tr("Queued");
        break;
    case DeliveryState::Sending:
        text = record.attempts > 1 ? tr("Sending (attempt %1)").arg(record.attempts) : tr("Sending");
        break;
    case DeliveryState::Waiting:
        text = tr("Retrying in %1 s").arg((record.retryInMs + 999) / 1000);
        break;
    case DeliveryState::Delivered:
        text = tr("Delivered");
        break;
    case DeliveryState::Failed:
        text = tr("Failed");
        break;
    }
    return record.record ? text : tr("%1 (test)").arg(text);
}

QVariant DeliveryLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryRecord &record = m_rows.at(index.row());
    switch (role) {
    case StateRole:
        return int(record.state);
    case FailedRole:
        return record.state == DeliveryState::Failed;
    case TestRole:
        return !record.record;
    case DeliveryIdRole:
        return record.id;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return record.queuedAt.toLocalTime().toString(Qt::ISODate);
        return record.error.isEmpty() ? record.text : record.error;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return record.queuedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    case ChannelColumn:
        return record.channel;
    case OutcomeColumn:
        return outcomeText(record);
    case HttpStatusColumn:
        return record.httpStatus > 0 ? QString::number(record.httpStatus) : QStringLiteral("—");
    case AttemptsColumn:
        // Deliveries known only from the log (another client, an earlier run) never said how many tries.
        return record.attempts > 0 ? QString::number(record.attempts) : QStringLiteral("—");
    case ErrorColumn:
        return record.error;
    default:
        return {};
    }
}

QVariant DeliveryLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ChannelColumn:
        return tr("Channel");
    case OutcomeColumn:
        return tr("Outcome");
    case HttpStatusColumn:
        return tr("HTTP", "column: HTTP status code of the answer");
    case AttemptsColumn:
        return tr("Tries", "column: attempts");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

} // namespace Warroom
