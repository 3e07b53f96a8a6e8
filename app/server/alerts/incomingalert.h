// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Warroom {

/// One alert as a hook delivered it, whatever sent it (Alertmanager, Grafana, PagerDuty, a script): what
/// AlertIntake turns into events. The parsers fill it; nothing here knows HTTP.
struct IncomingAlert
{
    enum class Status { Firing, Resolved, Acknowledged };

    Status status = Status::Firing;
    QString name; ///< stable from firing to resolved (alertname, plus the instance when there is one)
    QString title; ///< a headline for an incident it opens (summary, else the name)
    QString fingerprint; ///< identifies the alert among its group's: the sender's, or a hash of its labels
    QString severity; ///< the sender's own severity word, if it has a field for it (PagerDuty, generic)
    QJsonObject labels; ///< strings only
    QString summary;
    QString description;
    QDateTime startsAt; ///< invalid when the sender gave none
    QDateTime endsAt; ///< invalid while firing
    QString url; ///< recorded on alert.received: the generator / dashboard / panel link
    QList<QPair<QString, QString>> links; ///< (what, URL) for the timeline note: runbook, dashboard, silence…
    QStringList details; ///< further lines for the note (values, custom details)

    [[nodiscard]] static QString statusName(Status status); ///< firing, resolved, acknowledged
};

/// One delivery to a hook, parsed: the alerts of one group (Alertmanager, Grafana) or of one dedup key
/// (PagerDuty, generic). Alerts of one key share an incident while it is open.
struct HookPayload
{
    QString source; ///< alertmanager, grafana, pagerduty or generic
    QString key; ///< group key or dedup key
    QList<IncomingAlert> alerts;
};

/// What the hook parsers share: reading fields with errors that name them, and the limits of a payload.
/// Every problem is an Error with code "invalid_payload" (or "payload_too_large") and the JSON path at fault
/// ("alerts[1].startsAt").
namespace HookParsing {

inline constexpr int MaxAlerts = 500; ///< per delivery (Alertmanager's max_alerts: 0 means unlimited)
inline constexpr int MaxLabels = 200; ///< per alert
inline constexpr int MaxKeyLength = 2000; ///< group / dedup key
inline constexpr int MaxLabelNameLength = 200;

[[nodiscard]] Error invalid(const QString &field, const QString &problem);
[[nodiscard]] Error tooLarge(const QString &field, const QString &problem);

/// The payload's "version" must be the string @p expected, which @p product's webhook sends.
bool checkVersion(const QJsonObject &root, const QString &expected, const QString &product, Error *error);
/// A string field; @p max characters at most. Absent (or null) is fine unless @p required.
bool readString(const QJsonObject &object, const QString &key, const QString &path, bool required, int max,
    QString *out, Error *error);
/// An object whose values are all strings (labels, annotations). Absent is an empty object.
bool readStringMap(
    const QJsonObject &object, const QString &key, const QString &path, QJsonObject *out, Error *error);
/// An RFC 3339 time (also with a +hhmm offset, as PagerDuty writes it). Absent, empty or the zero time
/// (0001-01-01T00:00:00Z, Go's "unset") gives an invalid QDateTime; before 2000 or more than a day ahead of
/// the clock is an error.
bool readTime(const QJsonObject &object, const QString &key, const QString &path, bool required,
    QDateTime *out, Error *error);
/// An array of objects with 1 to @p maxItems items (the "alerts" of a delivery).
bool readObjects(const QJsonObject &object, const QString &key, const QString &path, int maxItems,
    QList<QJsonObject> *out, Error *error);

/// A stable id for an alert without one: SHA-256 of its sorted labels, 16 hex digits.
[[nodiscard]] QString labelsFingerprint(const QJsonObject &labels);
/// SHA-256 of the compact JSON of @p object (keys sorted), 16 hex digits: the identity of an event that
/// has no other (PagerDuty, generic).
[[nodiscard]] QString contentFingerprint(const QJsonObject &object);
/// @p text cut to @p max characters (with an ellipsis when cut).
[[nodiscard]] QString clip(const QString &text, int max);
/// The alert's name: alertname (or @p fallback), with the instance (or pod, host) in brackets when the
/// labels have one, so that two instances of one rule are two alerts on the timeline.
[[nodiscard]] QString alertName(const QJsonObject &labels, const QString &fallback);
/// @p url when it is an http(s) URL of at most 2000 characters, else empty.
[[nodiscard]] QString webUrl(const QString &url);

} // namespace HookParsing

} // namespace Warroom
