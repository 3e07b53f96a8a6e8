// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incomingalert.h"

namespace Warroom {

/// Reads what a Grafana unified alerting webhook contact point posts (version "1"): Alertmanager's shape plus
/// orgId, title, state, message, and per alert silenceURL, dashboardURL, panelURL, values (or the older
/// valueString). The panel (else dashboard, else rule) link is the one recorded on the alert.
class GrafanaParser
{
public:
    static bool parse(const QJsonObject &root, HookPayload *payload, Error *error);
};

} // namespace Warroom
