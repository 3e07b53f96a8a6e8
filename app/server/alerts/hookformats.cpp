// SPDX-License-Identifier: GPL-3.0-or-later
#include "hookformats.h"

#include "alertmanagerparser.h"
#include "genericparser.h"
#include "grafanaparser.h"
#include "pagerdutyparser.h"

namespace Warroom::HookFormats {

const QStringList &names()
{
    static const QStringList all {QStringLiteral("alertmanager"), QStringLiteral("grafana"),
        QStringLiteral("pagerduty"), QStringLiteral("generic")};
    return all;
}

bool parse(const QString &name, const QJsonObject &root, HookPayload *payload, Error *error)
{
    if (name == QLatin1String("alertmanager"))
        return AlertmanagerParser::parse(root, payload, error);
    if (name == QLatin1String("grafana"))
        return GrafanaParser::parse(root, payload, error);
    if (name == QLatin1String("pagerduty"))
        return PagerDutyParser::parse(root, payload, error);
    if (name == QLatin1String("generic"))
        return GenericParser::parse(root, payload, error);
    *error = {QStringLiteral("not_found"), {}, QStringLiteral("There is no hook \"%1\".").arg(name.left(64))};
    return false;
}

} // namespace Warroom::HookFormats
