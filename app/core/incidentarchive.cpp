// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentarchive.h"

#include "eventvalidator.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Warroom {

QByteArray IncidentArchive::write(const QString &incident, const EventList &events)
{
    QJsonArray array;
    for (const Event &event : events)
        array.append(event.toJson());
    const QJsonObject root {{QStringLiteral("format"), QString(FormatName)},
        {QStringLiteral("version"), FormatVersion}, {QStringLiteral("incident"), incident},
        {QStringLiteral("events"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool IncidentArchive::read(const QByteArray &json, IncidentArchive *archive, Error *error)
{
    const auto fail = [error](const QString &code, const QString &field, const QString &message) {
        if (error)
            *error = {code, field, message};
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("malformed_json"), {},
            QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return fail(
            QStringLiteral("malformed_json"), {}, QStringLiteral("an incident archive is a JSON object"));
    const QJsonObject root = doc.object();

    if (root.value(QStringLiteral("format")).toString() != FormatName)
        return fail(QStringLiteral("invalid_field"), QStringLiteral("format"),
            QStringLiteral("format: must be \"%1\" (this is not a Warroom incident archive)")
                .arg(FormatName));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != FormatVersion)
        return fail(QStringLiteral("invalid_field"), QStringLiteral("version"),
            QStringLiteral("version: this Warroom reads version %1 (got %2)")
                .arg(FormatVersion)
                .arg(version.isUndefined() ? QStringLiteral("none") : version.toVariant().toString()));
    const QString incident = root.value(QStringLiteral("incident")).toString();
    if (!Wire::isUuid(incident))
        return fail(QStringLiteral("invalid_field"), QStringLiteral("incident"),
            QStringLiteral("incident: must be the incident's uuid"));
    const QJsonValue eventsValue = root.value(QStringLiteral("events"));
    if (!eventsValue.isArray() || eventsValue.toArray().isEmpty())
        return fail(QStringLiteral("invalid_field"), QStringLiteral("events"),
            QStringLiteral("events: must be a non-empty array of events"));
    const QJsonArray array = eventsValue.toArray();

    IncidentArchive out;
    out.m_incident = incident;
    out.m_state = IncidentState(incident);
    QHash<QString, int> seen;
    for (int i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("events[%1]").arg(i);
        const auto failAt = [&](const Error &inner, const QString &type) {
            const QString field = inner.field.isEmpty() ? at : at + QLatin1Char('.') + inner.field;
            const QString where = type.isEmpty() ? at : QStringLiteral("%1 (%2)").arg(at, type);
            return fail(inner.code.isEmpty() ? QStringLiteral("invalid_field") : inner.code, field,
                QStringLiteral("%1: %2").arg(where, inner.message));
        };
        if (!array.at(i).isObject())
            return failAt(Error::invalid({}, QStringLiteral("must be a JSON object")), {});
        Event event;
        Error parseFailure;
        if (!Event::fromJson(array.at(i).toObject(), &event, &parseFailure))
            return failAt(parseFailure, array.at(i).toObject().value(QStringLiteral("type")).toString());
        if (event.incident != incident)
            return failAt(
                Error::invalid(QStringLiteral("incident"),
                    QStringLiteral("incident: belongs to incident %1, not %2").arg(event.incident, incident)),
                event.type);
        if (const auto previous = seen.constFind(event.id); previous != seen.cend())
            return failAt(Error::invalid(QStringLiteral("id"),
                              QStringLiteral("id: the same id as events[%1]").arg(previous.value())),
                event.type);
        seen.insert(event.id, i);
        if (const Error invalid
            = EventValidator::validate(event, out.m_state.isDeclared() ? &out.m_state : nullptr))
            return failAt(invalid, event.type);
        if (const Error refused = out.m_state.apply(event))
            return failAt(refused, event.type);
        out.m_events.append(event);
    }
    *archive = out;
    return true;
}

} // namespace Warroom
