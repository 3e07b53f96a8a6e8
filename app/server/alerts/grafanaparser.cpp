// SPDX-License-Identifier: GPL-3.0-or-later
#include "grafanaparser.h"

#include "alertmanagerparser.h"
#include "eventtypes.h"

namespace Warroom {

using namespace HookParsing;

namespace {

constexpr int MaxUrlLength = 64 * 1024;

bool readExtras(const QJsonObject &object, const QString &path, IncomingAlert *alert, Error *error)
{
    QString dashboard;
    QString panel;
    QString silence;
    QString valueString;
    if (!readString(object, QStringLiteral("dashboardURL"), path, false, MaxUrlLength, &dashboard, error)
        || !readString(object, QStringLiteral("panelURL"), path, false, MaxUrlLength, &panel, error)
        || !readString(object, QStringLiteral("silenceURL"), path, false, MaxUrlLength, &silence, error)
        || !readString(
            object, QStringLiteral("valueString"), path, false, Limits::TextMax, &valueString, error))
        return false;
    const QJsonValue values = object.value(QStringLiteral("values"));
    QStringList figures;
    if (values.isObject()) {
        const QJsonObject map = values.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it.value().isDouble() && !it.value().isNull()) {
                *error = invalid(path + QStringLiteral(".values.") + it.key().left(MaxLabelNameLength),
                    QStringLiteral("must be a number"));
                return false;
            }
            figures << QStringLiteral("%1=%2").arg(it.key().left(MaxLabelNameLength),
                it.value().isNull() ? QStringLiteral("null")
                                    : QString::number(it.value().toDouble(), 'g', 6));
        }
    } else if (!values.isUndefined() && !values.isNull()) {
        *error = invalid(path + QStringLiteral(".values"), QStringLiteral("must be an object of numbers"));
        return false;
    }

    const QString generator = alert->url;
    panel = webUrl(panel);
    dashboard = webUrl(dashboard);
    // The panel shows the graph that fired; the dashboard around it; the rule page last.
    alert->url = !panel.isEmpty() ? panel : (!dashboard.isEmpty() ? dashboard : generator);
    QList<QPair<QString, QString>> links;
    if (!dashboard.isEmpty())
        links.append({QStringLiteral("Dashboard"), dashboard});
    if (!panel.isEmpty())
        links.append({QStringLiteral("Panel"), panel});
    if (!generator.isEmpty())
        links.append({QStringLiteral("Alert rule"), generator});
    if (const QString url = webUrl(silence); !url.isEmpty())
        links.append({QStringLiteral("Silence"), url});
    alert->links = links + alert->links;
    if (!figures.isEmpty())
        alert->details.prepend(QStringLiteral("Values: %1").arg(figures.join(QStringLiteral(", "))));
    else if (!valueString.trimmed().isEmpty())
        alert->details.prepend(QStringLiteral("Values: %1").arg(valueString.trimmed()));
    return true;
}

} // namespace

bool GrafanaParser::parse(const QJsonObject &root, HookPayload *payload, Error *error)
{
    if (!checkVersion(root, QStringLiteral("1"), QStringLiteral("Grafana"), error))
        return false;
    HookPayload parsed;
    parsed.source = QStringLiteral("grafana");
    QString status;
    QString ignored;
    QJsonObject map;
    if (!readString(root, QStringLiteral("groupKey"), {}, true, MaxKeyLength, &parsed.key, error)
        || !readString(root, QStringLiteral("status"), {}, true, 20, &status, error)
        || !readString(root, QStringLiteral("receiver"), {}, false, Limits::TextMax, &ignored, error)
        || !readString(root, QStringLiteral("title"), {}, false, Limits::TextMax, &ignored, error)
        || !readString(root, QStringLiteral("state"), {}, false, 100, &ignored, error)
        || !readString(root, QStringLiteral("message"), {}, false, 1024 * 1024, &ignored, error)
        || !readString(root, QStringLiteral("externalURL"), {}, false, MaxUrlLength, &ignored, error)
        || !readStringMap(root, QStringLiteral("groupLabels"), {}, &map, error)
        || !readStringMap(root, QStringLiteral("commonLabels"), {}, &map, error)
        || !readStringMap(root, QStringLiteral("commonAnnotations"), {}, &map, error))
        return false;
    if (status != QLatin1String("firing") && status != QLatin1String("resolved")) {
        *error = invalid(QStringLiteral("status"),
            QStringLiteral("must be \"firing\" or \"resolved\" (got \"%1\")").arg(status.left(20)));
        return false;
    }
    const QJsonValue orgId = root.value(QStringLiteral("orgId"));
    if (!orgId.isUndefined() && !orgId.isNull() && !orgId.isDouble()) {
        *error = invalid(QStringLiteral("orgId"), QStringLiteral("must be a number"));
        return false;
    }
    QList<QJsonObject> alerts;
    if (!readObjects(root, QStringLiteral("alerts"), {}, MaxAlerts, &alerts, error))
        return false;
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        const QString path = QStringLiteral("alerts[%1]").arg(i);
        IncomingAlert alert;
        if (!AlertmanagerParser::parseAlert(alerts.at(i), path, &alert, error)
            || !readExtras(alerts.at(i), path, &alert, error))
            return false;
        parsed.alerts.append(alert);
    }
    *payload = parsed;
    return true;
}

} // namespace Warroom
