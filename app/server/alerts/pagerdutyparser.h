// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incomingalert.h"

namespace Warroom {

/// Reads a PagerDuty Events API v2 event, for senders that speak it (the same body they would send to
/// events.pagerduty.com/v2/enqueue): {routing_key, event_action trigger|acknowledge|resolve, dedup_key,
/// payload: {summary, source, severity critical|error|warning|info, timestamp?, component?, group?, class?,
/// custom_details?}, links?, images?, client?, client_url?}. The dedup key is the payload's key (without one,
/// a trigger is its own key, as PagerDuty makes a new alert); acknowledge and resolve need it. The routing
/// key is checked for shape only and never stored.
class PagerDutyParser
{
public:
    static bool parse(const QJsonObject &root, HookPayload *payload, Error *error);
};

} // namespace Warroom
