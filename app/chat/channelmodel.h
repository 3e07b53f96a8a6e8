// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatchannel.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Warroom {

class WebhookSecrets;

/// The configured channels as a table: the name (checkable: Send posts to every checked channel) and the
/// platform, with a note when the URL is kept for this session only. Every change is saved to QSettings at
/// once (names, kinds and the checked flag only).
class ChannelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PlatformColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, NameRole, SessionOnlyRole };

    /// Loads the list from QSettings. @p secrets (optional) tells which URLs are for this session only.
    explicit ChannelModel(WebhookSecrets *secrets = nullptr, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    [[nodiscard]] const ChannelList &list() const { return m_list; }
    [[nodiscard]] ChatChannel channelAt(int row) const { return m_list.channels().value(row); }
    [[nodiscard]] int rowOf(const QString &name) const { return m_list.indexOf(name); }

    Error add(const ChatChannel &channel);
    Error update(const QString &name, const ChatChannel &channel);
    bool remove(const QString &name);

Q_SIGNALS:
    /// The set of checked channels (or their kinds) changed: the preview follows.
    void selectionChanged();

private:
    void onSecretChanged(const QString &channel);

    ChannelList m_list;
    QPointer<WebhookSecrets> m_secrets;
};

} // namespace Warroom
