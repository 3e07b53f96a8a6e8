// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatchannel.h"
#include "deliveryqueue.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Warroom {

class Session;
class WebhookSecrets;

/// Sends messages to channels and records how it went. For each send it looks up the channel's URL
/// (WebhookSecrets), hands the POST to that channel's DeliveryQueue, and records the final outcome as a
/// chat.posted event through Session::submit — channel name, text, outcome, HTTP status, error; never the
/// URL — so every client sees it in the timeline. Test messages go to the log only.
class ChatSender : public QObject
{
    Q_OBJECT
public:
    ChatSender(
        Session *session, QNetworkAccessManager *network, WebhookSecrets *secrets, QObject *parent = nullptr);

    /// The application's one QNetworkAccessManager, when it comes after construction.
    void setNetwork(QNetworkAccessManager *network);

    /// Applies to every channel's queue, now and later.
    void setPolicy(const DeliveryPolicy &policy);
    [[nodiscard]] const DeliveryPolicy &policy() const { return m_policy; }

    /// Queues @p body (the platform's JSON) for @p channel; @p text is the message as written, for the log
    /// and the event. @p record false: a test message, not recorded in the incident. Returns the delivery id.
    QString send(const QString &incident, const ChatChannel &channel, const QByteArray &body,
        const QString &text, bool record = true);

    /// Every delivery of this session (newest last), in progress or finished.
    [[nodiscard]] const QList<DeliveryRecord> &records() const { return m_records; }
    /// Deliveries not finished yet, over all channels.
    [[nodiscard]] int pending() const;

Q_SIGNALS:
    /// A delivery was added or moved on.
    void deliveryChanged(const Warroom::DeliveryRecord &record);
    /// A delivery reached its outcome (and, unless a test, was recorded as an event).
    void deliveryFinished(const Warroom::DeliveryRecord &record);

private:
    DeliveryQueue *queue(const QString &channel);
    void update(const DeliveryRecord &record);
    void finish(DeliveryRecord record);

    QPointer<Session> m_session;
    QPointer<QNetworkAccessManager> m_network;
    QPointer<WebhookSecrets> m_secrets;
    DeliveryPolicy m_policy;
    QHash<QString, DeliveryQueue *> m_queues; // by channel name
    QList<DeliveryRecord> m_records;
};

} // namespace Warroom
