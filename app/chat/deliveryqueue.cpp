// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveryqueue.h"

#include "chatlogging.h"
#include "clock.h"
#include "retrypolicy.h"
#include "secretscrubber.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace Warroom {

namespace {

/// The first line or so of an error answer (Slack says "invalid_payload", Discord {"message": …}).
QString snippet(const QByteArray &body)
{
    constexpr int Max = 200;
    QString text = QString::fromUtf8(body.left(Max * 4)).simplified();
    if (text.size() > Max)
        text = text.left(Max - 1) + QStringLiteral("…");
    return text;
}

} // namespace

DeliveryQueue::DeliveryQueue(const QString &channel, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
    , m_network(network)
{
    m_cooldown.setSingleShot(true);
    m_retry.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: a platform's rate limit and Retry-After must never be
    // undercut.
    m_cooldown.setTimerType(Qt::PreciseTimer);
    m_retry.setTimerType(Qt::PreciseTimer);
    m_timeout.setSingleShot(true);
    connect(&m_cooldown, &QTimer::timeout, this, &DeliveryQueue::pump);
    connect(&m_retry, &QTimer::timeout, this, &DeliveryQueue::pump);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_timedOut = true;
        m_reply->abort();
    });
}

DeliveryQueue::~DeliveryQueue()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void DeliveryQueue::setNetwork(QNetworkAccessManager *network)
{
    m_network = network;
}

int DeliveryQueue::backoffMs(const DeliveryPolicy &policy, int failedAttempts)
{
    return RetryPolicy::backoffMs(policy.firstBackoffMs, policy.maxBackoffMs, failedAttempts);
}

void DeliveryQueue::enqueue(const DeliveryRequest &request)
{
    DeliveryRequest item = request;
    item.record.state = DeliveryState::Queued;
    item.record.attempts = 0;
    item.record.updatedAt = Clock::now();
    if (!item.record.queuedAt.isValid())
        item.record.queuedAt = item.record.updatedAt;
    m_items.append(item);
    qCDebug(lcChat) << "queued for" << m_channel << "—" << m_items.size() << "waiting";
    Q_EMIT changed(item.record);
    pump();
}

void DeliveryQueue::pump()
{
    // One POST at a time per channel, none while the head waits out its backoff, and none before the rate
    // limit allows: each of these timers calls pump() again when it runs out.
    if (m_items.isEmpty() || m_reply || m_retry.isActive() || m_cooldown.isActive())
        return;
    attempt();
}

void DeliveryQueue::attempt()
{
    DeliveryRequest &head = m_items.first();
    if (!m_network) {
        head.record.error = tr("No network access is set up.");
        finishHead(DeliveryState::Failed);
        return;
    }
    QNetworkRequest request(head.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Warroom/" WARROOM_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    ++head.record.attempts;
    head.record.state = DeliveryState::Sending;
    head.record.retryInMs = 0;
    head.record.updatedAt = Clock::now();
    m_timedOut = false;
    m_cooldown.start(m_policy.minIntervalMs);
    m_reply = m_network->post(request, head.body);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    m_timeout.start(m_policy.timeoutMs);
    qCDebug(lcChat) << "posting to" << m_channel << "attempt" << head.record.attempts;
    Q_EMIT changed(head.record);
}

void DeliveryQueue::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply || m_items.isEmpty())
        return;
    m_reply = nullptr;
    m_timeout.stop();
    DeliveryRequest &head = m_items.first();
    const SecretScrubber scrubber(head.url);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    head.record.httpStatus = status;

    if (status >= 200 && status < 300) {
        head.record.error.clear();
        finishHead(DeliveryState::Delivered);
        return;
    }

    bool retryable = false;
    if (m_timedOut) {
        head.record.error
            = tr("No answer within %1 s.").arg(QLocale::c().toString(m_policy.timeoutMs / 1000.0, 'g', 3));
        retryable = true;
    } else if (status == 0) {
        head.record.error = scrubber.scrub(reply->errorString());
        retryable = true;
    } else {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const QString answer = snippet(reply->readAll());
        QString error
            = reason.isEmpty() ? tr("HTTP %1").arg(status) : tr("HTTP %1 %2").arg(status).arg(reason);
        if (!answer.isEmpty())
            error += QStringLiteral(": ") + answer;
        head.record.error = scrubber.scrub(error);
        retryable = status == 429 || status >= 500;
    }
    qCInfo(lcChat) << "attempt" << head.record.attempts << "to" << m_channel
                   << "failed:" << head.record.error;

    if (!retryable) {
        finishHead(DeliveryState::Failed);
        return;
    }
    if (head.record.attempts >= m_policy.maxAttempts) {
        // Spelled out rather than %n: the library's strings have no plural catalogue of their own.
        head.record.error = head.record.attempts == 1
            ? tr("Gave up after 1 attempt: %1").arg(head.record.error)
            : tr("Gave up after %1 attempts: %2").arg(head.record.attempts).arg(head.record.error);
        finishHead(DeliveryState::Failed);
        return;
    }
    qint64 wait = backoffMs(m_policy, head.record.attempts);
    const qint64 asked = RetryPolicy::retryAfterMs(reply);
    if (asked > m_policy.maxRetryAfterMs) {
        head.record.error
            = tr("%1 (the platform asked to wait %2 s: given up)").arg(head.record.error).arg(asked / 1000);
        finishHead(DeliveryState::Failed);
        return;
    }
    wait = std::max(wait, asked);
    head.record.state = DeliveryState::Waiting;
    head.record.retryInMs = int(wait);
    head.record.updatedAt = Clock::now();
    m_retry.start(int(wait));
    Q_EMIT changed(head.record);
}

void DeliveryQueue::finishHead(DeliveryState state)
{
    DeliveryRequest head = m_items.takeFirst();
    head.record.state = state;
    head.record.retryInMs = 0;
    head.record.updatedAt = Clock::now();
    qCInfo(lcChat).nospace() << (state == DeliveryState::Delivered ? "delivered to " : "gave up on ")
                             << m_channel << " after " << head.record.attempts << " attempt(s)";
    Q_EMIT finished(head.record);
    pump();
}

} // namespace Warroom
