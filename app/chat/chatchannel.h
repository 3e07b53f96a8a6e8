// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Warroom {

/// The chat platforms Warroom formats messages for.
enum class ChatKind { Slack, Mattermost, Teams, Discord, Generic };

namespace ChatKinds {
/// Every kind, in the order the channel dialog offers them.
[[nodiscard]] QList<ChatKind> all();
/// The settings name ("slack", "mattermost", "teams", "discord", "generic").
[[nodiscard]] QString name(ChatKind kind);
[[nodiscard]] std::optional<ChatKind> fromName(const QString &name);
/// What a person reads ("Slack", "Microsoft Teams", "Generic JSON").
[[nodiscard]] QString displayName(ChatKind kind);
/// What a webhook URL of that platform looks like, as a hint in the channel dialog.
[[nodiscard]] QString urlExample(ChatKind kind);
} // namespace ChatKinds

/// One place to post to: a name people recognise ("#incident-orders"), the platform, and whether Send posts
/// to it. The webhook URL is deliberately not a member: it is a secret kept by WebhookSecrets (the keychain,
/// or memory for this session), so that nothing that copies or saves a channel can leak it.
struct ChatChannel
{
    QString name;
    ChatKind kind = ChatKind::Slack;
    bool enabled = true; ///< checked in the panel: Send posts to every enabled channel

    bool operator==(const ChatChannel &other) const
    {
        return name == other.name && kind == other.kind && enabled == other.enabled;
    }
    bool operator!=(const ChatChannel &other) const { return !(*this == other); }

    /// A name is 1–100 characters (it goes into chat.posted events) without line breaks.
    [[nodiscard]] static Error checkName(const QString &name);
    /// A webhook URL must be absolute https; plain http is accepted only for this machine (127.0.0.1,
    /// ::1, localhost), where test receivers and local relays live. The message never repeats the URL.
    [[nodiscard]] static Error checkWebhookUrl(const QString &url);

    // Last: the macro leaves the access at private.
    Q_DECLARE_TR_FUNCTIONS(Warroom::ChatChannel)
};

/// The configured channels, kept in QSettings under "chat/channels": names, kinds and the enabled flag
/// only, never a URL.
class ChannelList
{
public:
    [[nodiscard]] const QList<ChatChannel> &channels() const { return m_channels; }
    [[nodiscard]] int size() const { return int(m_channels.size()); }
    [[nodiscard]] int indexOf(const QString &name) const;
    [[nodiscard]] const ChatChannel *channel(const QString &name) const;
    [[nodiscard]] QList<ChatChannel> enabledChannels() const;

    /// Adds @p channel; refused (with the reason) when the name is invalid or taken.
    Error add(const ChatChannel &channel);
    /// Replaces the channel called @p name (which may be renamed, to a name not taken).
    Error update(const QString &name, const ChatChannel &channel);
    bool remove(const QString &name);
    bool setEnabled(const QString &name, bool enabled);

    /// Reads the list from the application's QSettings; entries that do not parse are skipped.
    [[nodiscard]] static ChannelList load();
    void save() const;

private:
    QList<ChatChannel> m_channels;
};

} // namespace Warroom
