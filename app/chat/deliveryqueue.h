// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatchannel.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Warroom {

/// How hard a queue tries. The defaults suit the big platforms (Slack and Discord allow about one post per
/// second per webhook); tests shrink them.
struct DeliveryPolicy
{
    int maxAttempts = 5;
    int firstBackoffMs = 1000; ///< wait after the first failure; doubled after each further one
    int maxBackoffMs = 30000; ///< the doubling stops here
    int maxRetryAfterMs = 120000; ///< a platform asking to wait longer than this is given up on
    int minIntervalMs = 1000; ///< at least this long between two POSTs to one channel (retries included)
    int timeoutMs = 15000; ///< a receiver that sends nothing back for this long counts as a failed attempt
};

enum class DeliveryState { Resolving, Queued, Sending, Waiting, Delivered, Failed };

/// One message to one channel as the delivery log shows it. Holds no URL, so it can be logged, shown and
/// turned into a chat.posted event as it is.
struct DeliveryRecord
{
    QString id; ///< this client's id of the delivery (not an event id)
    QString incident;
    QString channel;
    ChatKind kind = ChatKind::Generic;
    QString text; ///< the message as written (the event's text)
    bool record = true; ///< false for a test message: it goes to the log, not the timeline
    DeliveryState state = DeliveryState::Queued;
    int attempts = 0;
    int httpStatus = 0; ///< of the last answer; 0 when there was none
    QString error; ///< why the last attempt failed (scrubbed)
    QDateTime queuedAt;
    QDateTime updatedAt;
    int retryInMs = 0; ///< while Waiting: how long until the next attempt
    QString eventId; ///< the chat.posted event that recorded the outcome, once recorded

    [[nodiscard]] bool isFinal() const
    {
        return state == DeliveryState::Delivered || state == DeliveryState::Failed;
    }
    /// The chat.posted outcome: "delivered" or "failed".
    [[nodiscard]] QString outcome() const
    {
        return state == DeliveryState::Delivered ? QStringLiteral("delivered") : QStringLiteral("failed");
    }
};

/// What to post: the record plus the secret, which stays inside the queue.
struct DeliveryRequest
{
    DeliveryRecord record;
    QUrl url;
    QByteArray body;
};

/// The deliveries of one channel, one at a time and in order: POST through the application's one
/// QNetworkAccessManager; retry on network errors, timeouts, 5xx and 429 (Retry-After honoured, in seconds
/// or as an HTTP date) with exponential backoff up to a cap; never faster than one POST per minIntervalMs;
/// give up on any other answer (a 404 means the webhook was deleted: repeating will not help). Redirects
/// are not followed: a webhook that redirects is misconfigured, and following one would post the incident
/// somewhere nobody chose.
class DeliveryQueue : public QObject
{
    Q_OBJECT
public:
    DeliveryQueue(const QString &channel, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~DeliveryQueue() override;

    void setPolicy(const DeliveryPolicy &policy) { m_policy = policy; }
    /// Used from the next attempt on.
    void setNetwork(QNetworkAccessManager *network);
    [[nodiscard]] const DeliveryPolicy &policy() const { return m_policy; }
    [[nodiscard]] const QString &channel() const { return m_channel; }

    void enqueue(const DeliveryRequest &request);
    /// Deliveries not finished yet (the one in flight included).
    [[nodiscard]] int pending() const { return int(m_items.size()); }

    /// The wait before attempt @p failedAttempts + 1: firstBackoffMs doubled per failure, capped.
    [[nodiscard]] static int backoffMs(const DeliveryPolicy &policy, int failedAttempts);

Q_SIGNALS:
    /// A delivery moved on (queued, sending attempt n, waiting to retry).
    void changed(const Warroom::DeliveryRecord &record);
    /// A delivery reached its outcome: delivered, or failed for good.
    void finished(const Warroom::DeliveryRecord &record);

private:
    void pump();
    void attempt();
    void onFinished(QNetworkReply *reply);
    void finishHead(DeliveryState state);

    QString m_channel;
    QPointer<QNetworkAccessManager> m_network;
    DeliveryPolicy m_policy;
    QList<DeliveryRequest> m_items; // the head is the one being attempted or waited on
    QPointer<QNetworkReply> m_reply;
    QTimer m_cooldown; // runs for minIntervalMs after each POST: the rate limit
    QTimer m_retry; // the backoff before the head's next attempt
    QTimer m_timeout; // the answer to the current POST is overdue
    bool m_timedOut = false;
};

} // namespace Warroom

Q_DECLARE_METATYPE(Warroom::DeliveryRecord)
