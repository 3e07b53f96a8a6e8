// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagerdutyparser.h"

#include "eventtypes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Warroom {

using namespace HookParsing;

namespace {

constexpr int MaxUrlLength = 64 * 1024;

QString compactJson(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A bare value: wrap and unwrap.
    const QByteArray text = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

/// links: [{href, text?}], images: [{src, href?, alt?}]
bool readLinks(const QJsonObject &root, const QString &key, const QString &urlKey, const QString &textKey,
    IncomingAlert *alert, Error *error)
{
    const QJsonValue value = root.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = invalid(key, QStringLiteral("must be an array of objects"));
        return false;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > MaxLabels) {
        *error = invalid(key, QStringLiteral("has %1 items, at most %2").arg(array.size()).arg(MaxLabels));
        return false;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!array.at(i).isObject()) {
            *error = invalid(path, QStringLiteral("must be an object"));
            return false;
        }
        QString url;
        QString text;
        if (!readString(array.at(i).toObject(), urlKey, path, true, MaxUrlLength, &url, error)
            || !readString(array.at(i).toObject(), textKey, path, false, Limits::TitleMax * 5, &text, error))
            return false;
        if (const QString web = webUrl(url); !web.isEmpty())
            alert->links.append({text.trimmed().isEmpty() ? QStringLiteral("Link") : text.trimmed(), web});
    }
    return true;
}

} // namespace

bool PagerDutyParser::parse(const QJsonObject &root, HookPayload *payload, Error *error)
{
    QString routingKey;
    QString action;
    QString dedupKey;
    QString client;
    QString clientUrl;
    if (!readString(root, QStringLiteral("routing_key"), {}, true, 200, &routingKey, error)
        || !readString(root, QStringLiteral("event_action"), {}, true, 20, &action, error)
        || !readString(root, QStringLiteral("dedup_key"), {}, false, 255, &dedupKey, error)
        || !readString(root, QStringLiteral("client"), {}, false, Limits::TextMax, &client, error)
        || !readString(root, QStringLiteral("client_url"), {}, false, MaxUrlLength, &clientUrl, error))
        return false;
    IncomingAlert alert;
    if (action == QLatin1String("trigger"))
        alert.status = IncomingAlert::Status::Firing;
    else if (action == QLatin1String("acknowledge"))
        alert.status = IncomingAlert::Status::Acknowledged;
    else if (action == QLatin1String("resolve"))
        alert.status = IncomingAlert::Status::Resolved;
    else {
        *error = invalid(QStringLiteral("event_action"),
            QStringLiteral("must be trigger, acknowledge or resolve (got \"%1\")").arg(action.left(20)));
        return false;
    }
    if (alert.status != IncomingAlert::Status::Firing && dedupKey.trimmed().isEmpty()) {
        *error = invalid(QStringLiteral("dedup_key"),
            QStringLiteral("is missing: %1 names the alert to change by its dedup_key").arg(action));
        return false;
    }
    // The routing key is the sender's secret for PagerDuty: it takes no part in what is stored.
    QJsonObject identity = root;
    identity.remove(QStringLiteral("routing_key"));
    alert.fingerprint = contentFingerprint(identity);

    if (alert.status == IncomingAlert::Status::Firing) {
        const QJsonValue body = root.value(QStringLiteral("payload"));
        if (!body.isObject()) {
            *error = invalid(QStringLiteral("payload"),
                body.isUndefined() ? QStringLiteral("is missing: a trigger needs {summary, source, severity}")
                                   : QStringLiteral("must be an object {summary, source, severity}"));
            return false;
        }
        const QJsonObject event = body.toObject();
        const QString path = QStringLiteral("payload");
        QString source;
        QString severity;
        QString component;
        QString group;
        QString type;
        if (!readString(event, QStringLiteral("summary"), path, true, 1024, &alert.summary, error)
            || !readString(event, QStringLiteral("source"), path, true, 1024, &source, error)
            || !readString(event, QStringLiteral("severity"), path, true, 20, &severity, error)
            || !readTime(event, QStringLiteral("timestamp"), path, false, &alert.startsAt, error)
            || !readString(event, QStringLiteral("component"), path, false, 1024, &component, error)
            || !readString(event, QStringLiteral("group"), path, false, 1024, &group, error)
            || !readString(event, QStringLiteral("class"), path, false, 1024, &type, error))
            return false;
        static const QStringList severities {QStringLiteral("critical"), QStringLiteral("error"),
            QStringLiteral("warning"), QStringLiteral("info")};
        if (!severities.contains(severity)) {
            *error = invalid(QStringLiteral("payload.severity"),
                QStringLiteral("must be critical, error, warning or info (got \"%1\")")
                    .arg(severity.left(20)));
            return false;
        }
        alert.severity = severity;
        alert.labels.insert(QStringLiteral("severity"), severity);
        alert.labels.insert(QStringLiteral("source"), source);
        for (const auto &[name, value] : {qMakePair(QStringLiteral("component"), component),
                 qMakePair(QStringLiteral("group"), group), qMakePair(QStringLiteral("class"), type)}) {
            if (!value.isEmpty())
                alert.labels.insert(name, value);
        }
        alert.summary = alert.summary.trimmed();
        alert.name = clip(alert.summary.simplified(), Limits::TitleMax);
        alert.title = alert.name;
        const QJsonValue details = event.value(QStringLiteral("custom_details"));
        if (details.isObject()) {
            const QJsonObject map = details.toObject();
            for (auto it = map.begin(); it != map.end(); ++it)
                alert.details << QStringLiteral("%1: %2").arg(it.key(), clip(compactJson(it.value()), 2000));
        } else if (!details.isUndefined() && !details.isNull()) {
            alert.details << clip(compactJson(details), 2000);
        }
    }
    if (!readLinks(
            root, QStringLiteral("links"), QStringLiteral("href"), QStringLiteral("text"), &alert, error)
        || !readLinks(
            root, QStringLiteral("images"), QStringLiteral("src"), QStringLiteral("alt"), &alert, error))
        return false;
    if (const QString url = webUrl(clientUrl); !url.isEmpty())
        alert.links.append(
            {client.trimmed().isEmpty() ? QStringLiteral("Source") : clip(client.trimmed(), 100), url});
    if (!alert.links.isEmpty())
        alert.url = alert.links.constFirst().second;

    HookPayload parsed;
    parsed.source = QStringLiteral("pagerduty");
    // Without a dedup key PagerDuty makes a new alert for each trigger; so does this hook.
    parsed.key = dedupKey.trimmed().isEmpty() ? alert.fingerprint : dedupKey.trimmed();
    parsed.alerts.append(alert);
    *payload = parsed;
    return true;
}

} // namespace Warroom
