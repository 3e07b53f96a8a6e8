// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelmodel.h"

#include "webhooksecrets.h"

namespace Warroom {

ChannelModel::ChannelModel(WebhookSecrets *secrets, QObject *parent)
    : QAbstractTableModel(parent)
    , m_list(ChannelList::load())
    , m_secrets(secrets)
{
    if (secrets)
        connect(secrets, &WebhookSecrets::secretChanged, this, &ChannelModel::onSecretChanged);
}

int ChannelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_list.size();
}

int ChannelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatChannel &channel = m_list.channels().at(index.row());
    const bool sessionOnly = m_secrets && m_secrets->isSessionOnly(channel.name);
    switch (role) {
    case KindRole:
        return int(channel.kind);
    case NameRole:
        return channel.name;
    case SessionOnlyRole:
        return sessionOnly;
    default:
        break;
    }
    if (index.column() == NameColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return channel.name;
        if (role == Qt::CheckStateRole)
            return channel.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return channel.enabled ? tr("Send posts to %1").arg(channel.name)
                                   : tr("Send skips %1: check it to post there").arg(channel.name);
        if (role == Qt::AccessibleTextRole)
            return tr("%1, %2").arg(channel.name, ChatKinds::displayName(channel.kind));
    } else if (index.column() == PlatformColumn) {
        if (role == Qt::DisplayRole)
            return sessionOnly ? tr("%1 · this session only").arg(ChatKinds::displayName(channel.kind))
                               : ChatKinds::displayName(channel.kind);
        if (role == Qt::ToolTipRole)
            return sessionOnly
                ? tr("The webhook URL is kept in memory only and forgotten when Warroom quits.")
                : tr("The webhook URL is kept in the system keychain.");
    }
    return {};
}

QVariant ChannelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Channel");
    case PlatformColumn:
        return tr("Platform");
    default:
        return {};
    }
}

Qt::ItemFlags ChannelModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool ChannelModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool enabled = value.value<Qt::CheckState>() == Qt::Checked;
    const QString name = m_list.channels().at(index.row()).name;
    if (m_list.channels().at(index.row()).enabled == enabled)
        return true;
    m_list.setEnabled(name, enabled);
    m_list.save();
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::ToolTipRole});
    Q_EMIT selectionChanged();
    return true;
}

Error ChannelModel::add(const ChatChannel &channel)
{
    ChannelList next = m_list;
    if (Error error = next.add(channel))
        return error;
    const int row = m_list.size();
    beginInsertRows({}, row, row);
    m_list = next;
    endInsertRows();
    m_list.save();
    Q_EMIT selectionChanged();
    return {};
}

Error ChannelModel::update(const QString &name, const ChatChannel &channel)
{
    ChannelList next = m_list;
    if (Error error = next.update(name, channel))
        return error;
    const int row = m_list.indexOf(name);
    m_list = next;
    m_list.save();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT selectionChanged();
    return {};
}

bool ChannelModel::remove(const QString &name)
{
    const int row = m_list.indexOf(name);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_list.remove(name);
    endRemoveRows();
    m_list.save();
    Q_EMIT selectionChanged();
    return true;
}

void ChannelModel::onSecretChanged(const QString &channel)
{
    const int row = m_list.indexOf(channel);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, PlatformColumn), index(row, PlatformColumn));
}

} // namespace Warroom
