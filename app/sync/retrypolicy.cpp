// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include "clock.h"

#include <QNetworkReply>
#include <QRandomGenerator>

#include <algorithm>

namespace Warroom::RetryPolicy {

qint64 retryAfterMs(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return std::max<qint64>(0, seconds) * 1000;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return std::max<qint64>(0, Clock::now().msecsTo(at));
}

int backoffMs(int firstMs, int maxMs, int failedAttempts)
{
    qint64 wait = firstMs;
    for (int i = 1; i < failedAttempts && wait < maxMs; ++i)
        wait *= 2;
    return int(std::min<qint64>(wait, maxMs));
}

int withJitter(int ms, int percent)
{
    if (ms <= 0 || percent <= 0)
        return ms;
    const int spread = QRandomGenerator::global()->bounded(2 * percent + 1) - percent;
    return int(qint64(ms) * (100 + spread) / 100);
}

} // namespace Warroom::RetryPolicy
