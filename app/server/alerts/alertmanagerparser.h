// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incomingalert.h"

namespace Warroom {

/// Reads what Prometheus Alertmanager posts to a webhook_config (webhook version 4):
/// {version: "4", groupKey, status, receiver, groupLabels, commonLabels, commonAnnotations, externalURL,
/// truncatedAlerts, alerts: [{status, labels, annotations, startsAt, endsAt, generatorURL, fingerprint}]}.
/// The group key becomes the payload's key, so a group's later notifications join its incident.
class AlertmanagerParser
{
public:
    static bool parse(const QJsonObject &root, HookPayload *payload, Error *error);

    /// One alert of the Prometheus shape (Alertmanager and Grafana share it) at @p path ("alerts[0]").
    static bool parseAlert(
        const QJsonObject &object, const QString &path, IncomingAlert *alert, Error *error);
};

} // namespace Warroom
