// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QNetworkReply;

namespace Warroom {

/// How Warroom waits before trying a peer again, one policy for every client: the sync engine toward
/// warroomd and the chat delivery queue toward Slack, Teams, Mattermost and Discord.
namespace RetryPolicy {

/// The reply's Retry-After in milliseconds (delta-seconds or an HTTP date), or -1 when absent or unreadable.
[[nodiscard]] qint64 retryAfterMs(const QNetworkReply *reply);
/// Exponential backoff: @p firstMs after the first failure, doubled after each further one, at most @p maxMs.
[[nodiscard]] int backoffMs(int firstMs, int maxMs, int failedAttempts);
/// @p ms spread by up to ±@p percent, so that a hundred clients cut off together do not return together.
[[nodiscard]] int withJitter(int ms, int percent);

} // namespace RetryPolicy
} // namespace Warroom
