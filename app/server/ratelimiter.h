// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace Warroom {

/// A token bucket per key (per API token): @p burst requests at once, refilled at @p rate per second.
/// Time is passed in (milliseconds of a monotonic clock), so tests need no sleeping.
class RateLimiter
{
public:
    /// @p rate <= 0 turns limiting off.
    RateLimiter(double rate, double burst);

    [[nodiscard]] bool isEnabled() const { return m_rate > 0; }
    [[nodiscard]] double rate() const { return m_rate; }
    [[nodiscard]] double burst() const { return m_burst; }

    /// Takes one request from @p key's bucket at @p nowMs. When the bucket is empty returns false and sets
    /// @p retryAfterSeconds to the whole seconds until the next request would pass (at least 1).
    bool allow(const QString &key, qint64 nowMs, int *retryAfterSeconds);
    /// Forgets buckets that have refilled completely (they hold nothing a new bucket would not).
    void prune(qint64 nowMs);
    [[nodiscard]] int size() const { return int(m_buckets.size()); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    void refill(Bucket *bucket, qint64 nowMs) const;

    double m_rate;
    double m_burst;
    QHash<QString, Bucket> m_buckets;
};

} // namespace Warroom
