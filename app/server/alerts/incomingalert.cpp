// SPDX-License-Identifier: GPL-3.0-or-later
#include "incomingalert.h"

#include "eventtypes.h"
#include "eventvalidator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Warroom {

namespace {

QString kind(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("nothing");
    }
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString shortHash(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace

QString IncomingAlert::statusName(Status status)
{
    switch (status) {
    case Status::Firing:
        return QStringLiteral("firing");
    case Status::Resolved:
        return QStringLiteral("resolved");
    case Status::Acknowledged:
        return QStringLiteral("acknowledged");
    }
    return {};
}

namespace HookParsing {

Error invalid(const QString &field, const QString &problem)
{
    return {QStringLiteral("invalid_payload"), field,
        field.isEmpty() ? problem : QStringLiteral("%1: %2").arg(field, problem)};
}

Error tooLarge(const QString &field, const QString &problem)
{
    return {QStringLiteral("payload_too_large"), field, QStringLiteral("%1: %2").arg(field, problem)};
}

bool checkVersion(const QJsonObject &root, const QString &expected, const QString &product, Error *error)
{
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined() || version.isNull()) {
        *error = invalid(QStringLiteral("version"),
            QStringLiteral("is missing: this hook takes %1's webhook version \"%2\"").arg(product, expected));
        return false;
    }
    if (version.toString() != expected) {
        *error = invalid(QStringLiteral("version"),
            QStringLiteral("this hook takes %1's webhook version \"%2\" (got %3)")
                .arg(product, expected,
                    version.isString() ? QLatin1Char('"') + version.toString().left(20) + QLatin1Char('"')
                                       : QStringLiteral("a non-string")));
        return false;
    }
    return true;
}

bool readString(const QJsonObject &object, const QString &key, const QString &path, bool required, int max,
    QString *out, Error *error)
{
    const QString field = join(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            *error = invalid(field, QStringLiteral("is missing"));
            return false;
        }
        out->clear();
        return true;
    }
    if (!value.isString()) {
        *error = invalid(field, QStringLiteral("must be a string, got %1").arg(kind(value)));
        return false;
    }
    const QString text = value.toString();
    if (required && text.trimmed().isEmpty()) {
        *error = invalid(field, QStringLiteral("must not be empty"));
        return false;
    }
    if (text.size() > max) {
        *error = invalid(
            field, QStringLiteral("is too long (%1 characters, at most %2)").arg(text.size()).arg(max));
        return false;
    }
    *out = text;
    return true;
}

bool readStringMap(
    const QJsonObject &object, const QString &key, const QString &path, QJsonObject *out, Error *error)
{
    const QString field = join(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        *out = {};
        return true;
    }
    if (!value.isObject()) {
        *error = invalid(field, QStringLiteral("must be an object of strings, got %1").arg(kind(value)));
        return false;
    }
    const QJsonObject map = value.toObject();
    if (map.size() > MaxLabels) {
        *error = invalid(field, QStringLiteral("has %1 entries, at most %2").arg(map.size()).arg(MaxLabels));
        return false;
    }
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString child = field + QLatin1Char('.') + it.key().left(MaxLabelNameLength);
        if (it.key().trimmed().isEmpty() || it.key().size() > MaxLabelNameLength) {
            *error = invalid(
                child, QStringLiteral("a name must have 1 to %1 characters").arg(MaxLabelNameLength));
            return false;
        }
        if (!it.value().isString()) {
            *error = invalid(child, QStringLiteral("must be a string, got %1").arg(kind(it.value())));
            return false;
        }
        if (it.value().toString().size() > Limits::TextMax) {
            *error
                = invalid(child, QStringLiteral("is too long (at most %1 characters)").arg(Limits::TextMax));
            return false;
        }
    }
    *out = map;
    return true;
}

bool readTime(const QJsonObject &object, const QString &key, const QString &path, bool required,
    QDateTime *out, Error *error)
{
    const QString field = join(path, key);
    *out = {};
    const QJsonValue value = object.value(key);
    if (!value.isUndefined() && !value.isNull() && !value.isString()) {
        *error = invalid(field, QStringLiteral("must be an RFC 3339 time string, got %1").arg(kind(value)));
        return false;
    }
    const QString text = value.toString().trimmed();
    // Go writes its zero time for "not set": Alertmanager and Grafana send it as the endsAt of a firing
    // alert.
    if (text.isEmpty() || text.startsWith(QLatin1String("0001-01-01T"))) {
        if (required) {
            *error = invalid(field, QStringLiteral("is missing"));
            return false;
        }
        return true;
    }
    QDateTime parsed = Wire::parseTime(text);
    if (!parsed.isValid()) {
        // PagerDuty's own examples write the offset without a colon: 2015-07-17T08:42:58.315+0000.
        static const QRegularExpression compactOffset(QStringLiteral("([+-]\\d{2})(\\d{2})$"));
        QString fixed = text;
        fixed.replace(compactOffset, QStringLiteral("\\1:\\2"));
        parsed = Wire::parseTime(fixed);
    }
    if (!parsed.isValid()) {
        *error = invalid(field,
            QStringLiteral("\"%1\" is not an RFC 3339 time with a zone (e.g. 2026-11-21T22:38:54.123Z)")
                .arg(text.left(64)));
        return false;
    }
    if (const QString problem = EventValidator::timeProblem(parsed, text); !problem.isEmpty()) {
        *error = invalid(field, problem);
        return false;
    }
    *out = parsed;
    return true;
}

bool readObjects(const QJsonObject &object, const QString &key, const QString &path, int maxItems,
    QList<QJsonObject> *out, Error *error)
{
    const QString field = join(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        *error = invalid(field, QStringLiteral("is missing"));
        return false;
    }
    if (!value.isArray()) {
        *error = invalid(field, QStringLiteral("must be an array, got %1").arg(kind(value)));
        return false;
    }
    const QJsonArray array = value.toArray();
    if (array.isEmpty()) {
        *error = invalid(field, QStringLiteral("is empty: there is no alert in this delivery"));
        return false;
    }
    if (array.size() > maxItems) {
        *error = tooLarge(field,
            QStringLiteral("%1 alerts in one delivery; at most %2 are accepted")
                .arg(array.size())
                .arg(maxItems));
        return false;
    }
    out->clear();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = invalid(QStringLiteral("%1[%2]").arg(field).arg(i),
                QStringLiteral("must be an object, got %1").arg(kind(array.at(i))));
            return false;
        }
        out->append(array.at(i).toObject());
    }
    return true;
}

QString labelsFingerprint(const QJsonObject &labels)
{
    QByteArray text;
    // QJsonObject iterates in key order: the same labels always give the same text.
    for (auto it = labels.begin(); it != labels.end(); ++it)
        text += it.key().toUtf8() + '\0' + it.value().toString().toUtf8() + '\0';
    return shortHash(text);
}

QString contentFingerprint(const QJsonObject &object)
{
    return shortHash(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString clip(const QString &text, int max)
{
    if (text.size() <= max)
        return text;
    return text.left(max - 1) + QChar(0x2026);
}

QString alertName(const QJsonObject &labels, const QString &fallback)
{
    QString name = labels.value(QStringLiteral("alertname")).toString().trimmed();
    if (name.isEmpty())
        name = fallback.trimmed();
    for (const QString &identity :
        {QStringLiteral("instance"), QStringLiteral("pod"), QStringLiteral("host")}) {
        const QString value = labels.value(identity).toString().trimmed();
        if (!value.isEmpty()) {
            name += QStringLiteral(" (%1=%2)").arg(identity, value);
            break;
        }
    }
    return clip(name.simplified(), Limits::TitleMax);
}

QString webUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.size() > 2000
        || !(trimmed.startsWith(QLatin1String("http://")) || trimmed.startsWith(QLatin1String("https://"))))
        return {};
    return trimmed;
}

} // namespace HookParsing

} // namespace Warroom
