// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatchannel.h"

#include "eventtypes.h"

#include <QHostAddress>
#include <QSettings>

namespace Warroom {

namespace {

const QString SettingsArray = QStringLiteral("chat/channels");

} // namespace

QList<ChatKind> ChatKinds::all()
{
    return {ChatKind::Slack, ChatKind::Mattermost, ChatKind::Teams, ChatKind::Discord, ChatKind::Generic};
}

QString ChatKinds::name(ChatKind kind)
{
    switch (kind) {
    case ChatKind::Slack:
        return QStringLiteral("slack");
    case ChatKind::Mattermost:
        return QStringLiteral("mattermost");
    case ChatKind::Teams:
        return QStringLiteral("teams");
    case ChatKind::Discord:
        return QStringLiteral("discord");
    case ChatKind::Generic:
        return QStringLiteral("generic");
    }
    return {};
}

std::optional<ChatKind> ChatKinds::fromName(const QString &name)
{
    for (ChatKind kind : all()) {
        if (ChatKinds::name(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString ChatKinds::displayName(ChatKind kind)
{
    switch (kind) {
    case ChatKind::Slack:
        return ChatChannel::tr("Slack");
    case ChatKind::Mattermost:
        return ChatChannel::tr("Mattermost");
    case ChatKind::Teams:
        return ChatChannel::tr("Microsoft Teams");
    case ChatKind::Discord:
        return ChatChannel::tr("Discord");
    case ChatKind::Generic:
        return ChatChannel::tr("Generic JSON");
    }
    return {};
}

QString ChatKinds::urlExample(ChatKind kind)
{
    switch (kind) {
    case ChatKind::Slack:
        return QStringLiteral("https://hooks.slack.com/services/T…/B…/…");
    case ChatKind::Mattermost:
        return QStringLiteral("https://mattermost.example.com/hooks/…");
    case ChatKind::Teams:
        return QStringLiteral("https://….logic.azure.com/workflows/…");
    case ChatKind::Discord:
        return QStringLiteral("https://discord.com/api/webhooks/…/…");
    case ChatKind::Generic:
        return QStringLiteral("https://relay.example.com/warroom");
    }
    return {};
}

Error ChatChannel::checkName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(
            QStringLiteral("name"), ChatChannel::tr("Give the channel a name, such as #incident-orders."));
    if (trimmed.size() > Limits::NameMax)
        return Error::invalid(QStringLiteral("name"),
            ChatChannel::tr("A channel name holds at most %1 characters.").arg(Limits::NameMax));
    if (trimmed.contains(QLatin1Char('\n')) || trimmed.contains(QLatin1Char('\r')))
        return Error::invalid(QStringLiteral("name"), ChatChannel::tr("A channel name is one line."));
    return {};
}

Error ChatChannel::checkWebhookUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        return Error::invalid(
            QStringLiteral("url"), ChatChannel::tr("Paste the webhook URL the chat platform gave you."));
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return Error::invalid(QStringLiteral("url"),
            ChatChannel::tr("This is not a webhook URL: it should start with https:// and name a server."));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    // Plain http would send the secret (and the incident) in the clear, except to a receiver on this machine.
    const QHostAddress address(url.host());
    const bool loopback = url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback());
    if (scheme == QLatin1String("http") && loopback)
        return {};
    return Error::invalid(QStringLiteral("url"),
        ChatChannel::tr(
            "Webhook URLs must use https:// (plain http:// only for a receiver on this computer)."));
}

int ChannelList::indexOf(const QString &name) const
{
    for (int i = 0; i < m_channels.size(); ++i) {
        if (m_channels.at(i).name == name)
            return i;
    }
    return -1;
}

const ChatChannel *ChannelList::channel(const QString &name) const
{
    const int i = indexOf(name);
    return i < 0 ? nullptr : &m_channels.at(i);
}

QList<ChatChannel> ChannelList::enabledChannels() const
{
    QList<ChatChannel> enabled;
    for (const ChatChannel &c : m_channels) {
        if (c.enabled)
            enabled.append(c);
    }
    return enabled;
}

Error ChannelList::add(const ChatChannel &channel)
{
    ChatChannel added = channel;
    added.name = channel.name.trimmed();
    if (Error error = ChatChannel::checkName(added.name))
        return error;
    if (indexOf(added.name) >= 0)
        return Error::invalid(
            QStringLiteral("name"), ChatChannel::tr("There is already a channel called %1.").arg(added.name));
    m_channels.append(added);
    return {};
}

Error ChannelList::update(const QString &name, const ChatChannel &channel)
{
    const int i = indexOf(name);
    if (i < 0)
        return {QStringLiteral("unknown_target"), QStringLiteral("name"),
            ChatChannel::tr("There is no channel called %1 any more.").arg(name)};
    ChatChannel updated = channel;
    updated.name = channel.name.trimmed();
    if (Error error = ChatChannel::checkName(updated.name))
        return error;
    const int other = indexOf(updated.name);
    if (other >= 0 && other != i)
        return Error::invalid(QStringLiteral("name"),
            ChatChannel::tr("There is already a channel called %1.").arg(updated.name));
    m_channels[i] = updated;
    return {};
}

bool ChannelList::remove(const QString &name)
{
    const int i = indexOf(name);
    if (i < 0)
        return false;
    m_channels.removeAt(i);
    return true;
}

bool ChannelList::setEnabled(const QString &name, bool enabled)
{
    const int i = indexOf(name);
    if (i < 0)
        return false;
    m_channels[i].enabled = enabled;
    return true;
}

ChannelList ChannelList::load()
{
    ChannelList list;
    QSettings settings;
    const int count = settings.beginReadArray(SettingsArray);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ChatChannel channel;
        channel.name = settings.value(QStringLiteral("name")).toString();
        const std::optional<ChatKind> kind
            = ChatKinds::fromName(settings.value(QStringLiteral("kind")).toString());
        channel.enabled = settings.value(QStringLiteral("enabled"), true).toBool();
        if (!kind)
            continue;
        channel.kind = *kind;
        // A hand-edited file may hold duplicates or junk: keep what makes sense, skip the rest.
        (void)list.add(channel);
    }
    settings.endArray();
    return list;
}

void ChannelList::save() const
{
    QSettings settings;
    settings.remove(SettingsArray);
    settings.beginWriteArray(SettingsArray, int(m_channels.size()));
    for (int i = 0; i < m_channels.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), m_channels.at(i).name);
        settings.setValue(QStringLiteral("kind"), ChatKinds::name(m_channels.at(i).kind));
        settings.setValue(QStringLiteral("enabled"), m_channels.at(i).enabled);
    }
    settings.endArray();
}

} // namespace Warroom
