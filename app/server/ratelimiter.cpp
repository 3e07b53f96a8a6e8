// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace Warroom {

namespace {
// Pruning is cheap but not free: do it only when many tokens have been seen.
constexpr int PruneAbove = 1000;
} // namespace

RateLimiter::RateLimiter(double rate, double burst)
    : m_rate(rate)
    , m_burst(std::max(1.0, burst))
{ }

void RateLimiter::refill(Bucket *bucket, qint64 nowMs) const
{
    const qint64 elapsed = std::max<qint64>(0, nowMs - bucket->lastMs);
    bucket->tokens = std::min(m_burst, bucket->tokens + double(elapsed) * m_rate / 1000.0);
    bucket->lastMs = std::max(bucket->lastMs, nowMs);
}

bool RateLimiter::allow(const QString &key, qint64 nowMs, int *retryAfterSeconds)
{
    if (!isEnabled())
        return true;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() > PruneAbove)
            prune(nowMs);
        it = m_buckets.insert(key, Bucket {m_burst, nowMs});
    }
    refill(&it.value(), nowMs);
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return true;
    }
    if (retryAfterSeconds)
        *retryAfterSeconds = std::max(1, int(std::ceil((1.0 - it->tokens) / m_rate)));
    return false;
}

void RateLimiter::prune(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        refill(&it.value(), nowMs);
        if (it->tokens >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace Warroom
