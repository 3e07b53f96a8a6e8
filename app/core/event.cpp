// SPDX-License-Identifier: GPL-3.0-or-later
#include "event.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

namespace Warroom {

namespace Wire {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime parseTime(const QString &text)
{
    // An explicit zone is required: a bare local time would mean different moments on different machines.
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!pattern.match(text).hasMatch())
        return {};
    QString normalized = text;
    // Qt parses at most millisecond precision: drop extra fraction digits.
    static const QRegularExpression longFraction(QStringLiteral("(\\.\\d{3})\\d+"));
    normalized.replace(longFraction, QStringLiteral("\\1"));
    const QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

} // namespace Wire

QJsonObject Event::toJson() const
{
    QJsonObject json {
        {QStringLiteral("id"), id},
        {QStringLiteral("incident"), incident},
        {QStringLiteral("type"), type},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("at"), Wire::formatTime(at)},
        {QStringLiteral("data"), data},
    };
    if (seq > 0)
        json.insert(QStringLiteral("seq"), seq);
    if (recordedAt.isValid())
        json.insert(QStringLiteral("recorded_at"), Wire::formatTime(recordedAt));
    return json;
}

QByteArray Event::dataJson() const
{
    return QJsonDocument(data).toJson(QJsonDocument::Compact);
}

namespace {

bool stringField(const QJsonObject &json, const QString &name, QString *out, Error *error)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined() || value.isNull()) {
        *error = Error::invalid(name, QStringLiteral("%1: is missing").arg(name));
        return false;
    }
    if (!value.isString()) {
        *error = Error::invalid(name, QStringLiteral("%1: must be a string").arg(name));
        return false;
    }
    *out = value.toString();
    return true;
}

} // namespace

bool Event::fromJson(const QJsonObject &json, Event *event, Error *error)
{
    Error scratch;
    Error *err = error ? error : &scratch;
    Event e;
    QString at;
    if (!stringField(json, QStringLiteral("id"), &e.id, err)
        || !stringField(json, QStringLiteral("incident"), &e.incident, err)
        || !stringField(json, QStringLiteral("type"), &e.type, err)
        || !stringField(json, QStringLiteral("actor"), &e.actor, err)
        || !stringField(json, QStringLiteral("at"), &at, err))
        return false;
    e.at = Wire::parseTime(at);
    if (!e.at.isValid()) {
        *err = Error::invalid(QStringLiteral("at"),
            QStringLiteral("at: \"%1\" is not an ISO 8601 time with a zone (e.g. 2026-11-21T22:38:54.123Z)")
                .arg(at.left(64)));
        return false;
    }
    const QJsonValue data = json.value(QStringLiteral("data"));
    if (data.isUndefined() || data.isNull()) {
        e.data = {};
    } else if (!data.isObject()) {
        *err = Error::invalid(QStringLiteral("data"), QStringLiteral("data: must be a JSON object"));
        return false;
    } else {
        e.data = data.toObject();
    }
    const QJsonValue seq = json.value(QStringLiteral("seq"));
    if (!seq.isUndefined() && !seq.isNull()) {
        if (!seq.isDouble() || seq.toDouble() < 1 || seq.toDouble() != double(seq.toInteger())) {
            *err = Error::invalid(QStringLiteral("seq"), QStringLiteral("seq: must be a positive integer"));
            return false;
        }
        e.seq = seq.toInteger();
    }
    const QJsonValue recorded = json.value(QStringLiteral("recorded_at"));
    if (recorded.isString())
        e.recordedAt = Wire::parseTime(recorded.toString());
    *event = e;
    return true;
}

bool Event::fromJson(const QByteArray &json, Event *event, Error *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = {QStringLiteral("malformed_json"), {},
                QStringLiteral("malformed JSON at offset %1: %2")
                    .arg(parseError.offset)
                    .arg(parseError.errorString())};
        return false;
    }
    if (!doc.isObject()) {
        if (error)
            *error = {QStringLiteral("malformed_json"), {}, QStringLiteral("an event must be a JSON object")};
        return false;
    }
    return fromJson(doc.object(), event, error);
}

bool Event::operator==(const Event &o) const
{
    return id == o.id && incident == o.incident && type == o.type && actor == o.actor && at == o.at
        && seq == o.seq && recordedAt == o.recordedAt && data == o.data;
}

} // namespace Warroom
