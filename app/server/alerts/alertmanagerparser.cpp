// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmanagerparser.h"

#include "eventtypes.h"

namespace Warroom {

using namespace HookParsing;

namespace {

// Long enough for a generator URL that carries a whole PromQL expression; webUrl() drops what the event
// format cannot hold.
constexpr int MaxUrlLength = 64 * 1024;

/// The annotations the timeline note shows by name, in this order; others follow as "key: value".
struct LinkAnnotation
{
    const char *key;
    const char *label;
};
constexpr LinkAnnotation LinkAnnotations[] = {
    {"runbook_url", "Runbook"},
    {"runbook", "Runbook"},
    {"dashboard_url", "Dashboard"},
    {"dashboard", "Dashboard"},
};

} // namespace

bool AlertmanagerParser::parse(const QJsonObject &root, HookPayload *payload, Error *error)
{
    if (!checkVersion(root, QStringLiteral("4"), QStringLiteral("Alertmanager"), error))
        return false;
    HookPayload parsed;
    parsed.source = QStringLiteral("alertmanager");
    QString status;
    QString ignored;
    QJsonObject map;
    if (!readString(root, QStringLiteral("groupKey"), {}, true, MaxKeyLength, &parsed.key, error)
        || !readString(root, QStringLiteral("status"), {}, true, 20, &status, error)
        || !readString(root, QStringLiteral("receiver"), {}, false, Limits::TextMax, &ignored, error)
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
    QList<QJsonObject> alerts;
    if (!readObjects(root, QStringLiteral("alerts"), {}, MaxAlerts, &alerts, error))
        return false;
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        IncomingAlert alert;
        if (!parseAlert(alerts.at(i), QStringLiteral("alerts[%1]").arg(i), &alert, error))
            return false;
        parsed.alerts.append(alert);
    }
    *payload = parsed;
    return true;
}

bool AlertmanagerParser::parseAlert(
    const QJsonObject &object, const QString &path, IncomingAlert *alert, Error *error)
{
    QString status;
    QString generator;
    QString fingerprint;
    QJsonObject labels;
    QJsonObject annotations;
    IncomingAlert parsed;
    if (!readString(object, QStringLiteral("status"), path, true, 20, &status, error)
        || !readStringMap(object, QStringLiteral("labels"), path, &labels, error)
        || !readStringMap(object, QStringLiteral("annotations"), path, &annotations, error)
        || !readTime(object, QStringLiteral("startsAt"), path, true, &parsed.startsAt, error)
        || !readTime(object, QStringLiteral("endsAt"), path, false, &parsed.endsAt, error)
        || !readString(object, QStringLiteral("generatorURL"), path, false, MaxUrlLength, &generator, error)
        || !readString(object, QStringLiteral("fingerprint"), path, false, 200, &fingerprint, error))
        return false;
    if (status == QLatin1String("firing")) {
        parsed.status = IncomingAlert::Status::Firing;
        parsed.endsAt = {}; // a firing alert's endsAt is only when it would time out
    } else if (status == QLatin1String("resolved")) {
        parsed.status = IncomingAlert::Status::Resolved;
    } else {
        *error = invalid(path + QStringLiteral(".status"),
            QStringLiteral("must be \"firing\" or \"resolved\" (got \"%1\")").arg(status.left(20)));
        return false;
    }
    parsed.labels = labels;
    parsed.fingerprint = fingerprint.trimmed().isEmpty() ? labelsFingerprint(labels) : fingerprint.trimmed();
    parsed.name = alertName(labels, QStringLiteral("alert %1").arg(parsed.fingerprint));
    parsed.summary = annotations.value(QStringLiteral("summary")).toString().trimmed();
    if (parsed.summary.isEmpty())
        parsed.summary = annotations.value(QStringLiteral("message")).toString().trimmed();
    parsed.description = annotations.value(QStringLiteral("description")).toString().trimmed();
    const QString alertname = labels.value(QStringLiteral("alertname")).toString().trimmed();
    QString title = parsed.summary.isEmpty() ? parsed.name : parsed.summary;
    if (!alertname.isEmpty() && !parsed.summary.isEmpty() && !parsed.summary.contains(alertname))
        title = QStringLiteral("%1: %2").arg(alertname, parsed.summary);
    parsed.title = clip(title.simplified(), Limits::TitleMax);
    parsed.url = webUrl(generator);

    QStringList shown {QStringLiteral("summary"), QStringLiteral("message"), QStringLiteral("description")};
    for (const LinkAnnotation &link : LinkAnnotations) {
        const QString key = QLatin1String(link.key);
        shown << key;
        const QString url = webUrl(annotations.value(key).toString());
        if (!url.isEmpty())
            parsed.links.append({QLatin1String(link.label), url});
    }
    for (auto it = annotations.begin(); it != annotations.end(); ++it) {
        if (!shown.contains(it.key()) && !it.value().toString().trimmed().isEmpty())
            parsed.details << QStringLiteral("%1: %2").arg(it.key(), it.value().toString().trimmed());
    }
    *alert = parsed;
    return true;
}

} // namespace Warroom
