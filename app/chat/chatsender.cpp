// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatsender.h"

#include "chatlogging.h"
#include "clock.h"
#include "eventtypes.h"
#include "session.h"
#include "webhooksecrets.h"

#include <QNetworkAccessManager>

namespace Warroom {

ChatSender::ChatSender(
    Session *session, QNetworkAccessManager *network, WebhookSecrets *secrets, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_network(network)
    , m_secrets(secrets)
{ }

void ChatSender::setNetwork(QNetworkAccessManager *network)
{
    m_network = network;
    for (DeliveryQueue *queue : std::as_const(m_queues))
        queue->setNetwork(network);
}

void ChatSender::setPolicy(const DeliveryPolicy &policy)
{
    m_policy = policy;
    for (DeliveryQueue *queue : std::as_const(m_queues))
        queue->setPolicy(policy);
}

int ChatSender::pending() const
{
    int count = 0;
    for (const DeliveryRecord &record : m_records)
        count += record.isFinal() ? 0 : 1;
    return count;
}

DeliveryQueue *ChatSender::queue(const QString &channel)
{
    DeliveryQueue *&queue = m_queues[channel];
    if (!queue) {
        queue = new DeliveryQueue(channel, m_network, this);
        queue->setPolicy(m_policy);
        connect(queue, &DeliveryQueue::changed, this, &ChatSender::update);
        connect(queue, &DeliveryQueue::finished, this, &ChatSender::finish);
    }
    return queue;
}

QString ChatSender::send(const QString &incident, const ChatChannel &channel, const QByteArray &body,
    const QString &text, bool record)
{
    DeliveryRecord delivery;
    delivery.id = Wire::newId();
    delivery.incident = incident;
    delivery.channel = channel.name;
    delivery.kind = channel.kind;
    // The event keeps the text within the validator's limit; the platform got its own cut already.
    delivery.text = text.left(Limits::TextMax);
    delivery.record = record;
    delivery.state = DeliveryState::Resolving;
    delivery.queuedAt = Clock::now();
    delivery.updatedAt = delivery.queuedAt;
    update(delivery);

    if (!m_secrets) {
        delivery.error = tr("No place to keep webhook URLs is set up.");
        finish(delivery);
        return delivery.id;
    }
    m_secrets->read(channel.name, this,
        [this, delivery, body](const std::optional<QString> &url, const Error &error) mutable {
            if (error) {
                delivery.error = tr("Could not read the webhook URL: %1").arg(error.message);
                finish(delivery);
            } else if (!url || url->isEmpty()) {
                delivery.error = m_secrets && m_secrets->keychain() == WebhookSecrets::Keychain::Unavailable
                    ? tr("No webhook URL for this session: edit the channel and enter it again.")
                    : tr("No webhook URL is stored for this channel: edit the channel and enter it.");
                finish(delivery);
            } else if (ChatChannel::checkWebhookUrl(*url)) {
                // A stored URL that no longer parses would only fail five times over: say so at once.
                delivery.error
                    = tr("The stored webhook URL is not valid: edit the channel and enter it again.");
                finish(delivery);
            } else {
                queue(delivery.channel)->enqueue({delivery, QUrl(url->trimmed()), body});
            }
        });
    return delivery.id;
}

void ChatSender::update(const DeliveryRecord &record)
{
    for (DeliveryRecord &known : m_records) {
        if (known.id == record.id) {
            known = record;
            Q_EMIT deliveryChanged(known);
            return;
        }
    }
    m_records.append(record);
    Q_EMIT deliveryChanged(record);
}

void ChatSender::finish(DeliveryRecord record)
{
    if (!record.isFinal())
        record.state = DeliveryState::Failed;
    record.updatedAt = Clock::now();
    if (record.record && m_session) {
        const Event event = m_session->events().chatPosted(record.incident, record.channel, record.text,
            record.outcome(), record.httpStatus >= 100 && record.httpStatus <= 599 ? record.httpStatus : 0,
            record.error.left(Limits::TextMax));
        Error error;
        // An outcome, not an intent: recorded during a replay too, and never on the person's undo stack.
        if (m_session->recordOutcome(event, &error)) {
            record.eventId = event.id;
        } else {
            // The post happened (or not) either way; the log still shows it, and says the record failed.
            qCWarning(lcChat) << "could not record the delivery to" << record.channel << ":" << error.message;
            record.error = record.error.isEmpty()
                ? tr("Not recorded in the timeline: %1").arg(error.message)
                : tr("%1 (not recorded in the timeline: %2)").arg(record.error, error.message);
        }
    }
    update(record);
    Q_EMIT deliveryFinished(record);
}

} // namespace Warroom
