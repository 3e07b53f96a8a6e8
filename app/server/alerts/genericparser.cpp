// SPDX-License-Identifier: GPL-3.0-or-later
#include "genericparser.h"

#include "eventtypes.h"

namespace Warroom {

using namespace HookParsing;

bool GenericParser::parse(const QJsonObject &root, HookPayload *payload, Error *error)
{
    HookPayload parsed;
    parsed.source = QStringLiteral("generic");
    IncomingAlert alert;
    QString status;
    QString url;
    if (!readString(root, QStringLiteral("key"), {}, true, MaxKeyLength, &parsed.key, error)
        || !readString(root, QStringLiteral("title"), {}, true, Limits::TitleMax, &alert.title, error)
        || !readString(root, QStringLiteral("status"), {}, true, 20, &status, error)
        || !readString(root, QStringLiteral("severity"), {}, false, 100, &alert.severity, error)
        || !readString(root, QStringLiteral("summary"), {}, false, Limits::TextMax, &alert.summary, error)
        || !readStringMap(root, QStringLiteral("labels"), {}, &alert.labels, error)
        || !readString(root, QStringLiteral("url"), {}, false, 2000, &url, error)
        || !readTime(root, QStringLiteral("starts_at"), {}, false, &alert.startsAt, error))
        return false;
    if (status == QLatin1String("firing"))
        alert.status = IncomingAlert::Status::Firing;
    else if (status == QLatin1String("resolved"))
        alert.status = IncomingAlert::Status::Resolved;
    else {
        *error = invalid(QStringLiteral("status"),
            QStringLiteral("must be \"firing\" or \"resolved\" (got \"%1\")").arg(status.left(20)));
        return false;
    }
    if (!url.isEmpty()) {
        alert.url = webUrl(url);
        if (alert.url.isEmpty()) {
            *error = invalid(QStringLiteral("url"), QStringLiteral("must be an http:// or https:// URL"));
            return false;
        }
    }
    parsed.key = parsed.key.trimmed();
    alert.title = alert.title.simplified();
    alert.summary = alert.summary.trimmed();
    alert.severity = alert.severity.trimmed();
    alert.name = alertName(alert.labels, alert.title);
    alert.fingerprint = contentFingerprint(root);
    parsed.alerts.append(alert);
    *payload = parsed;
    return true;
}

} // namespace Warroom
