// SPDX-License-Identifier: GPL-3.0-or-later
// A POST /api/v1/events body through the steps EventService::submit takes, without the store: the batch,
// StrictJson, Event::fromJson, EventValidator against the fold of the batch so far, Projection::apply. Every
// event that passes is written back to JSON and must read again to the same JSON: the stores keep that form.
#include "eventservice.h"
#include "eventvalidator.h"
#include "fuzzsupport.h"
#include "projection.h"
#include "strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Warroom;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    WarroomFuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The body as warroomd reads it (StrictJson). What it accepts, Qt must read the same way: it only ever
    // refuses more (equal keys, NUL, lone surrogates), never reads differently.
    const QByteArray body = WarroomFuzz::bytes(data, size);
    Error refusal;
    const std::optional<QJsonDocument> parsed = StrictJson::parse(body, &refusal);
    if (!parsed)
        return 0;
    QJsonParseError parseError;
    if (QJsonDocument::fromJson(body, &parseError) != *parsed || parseError.error != QJsonParseError::NoError)
        WarroomFuzz::fail("StrictJson accepts a body that Qt reads differently");
    const QJsonDocument &document = *parsed;
    if (!document.isObject())
        return 0;
    const QJsonArray items = document.object().value(QStringLiteral("events")).toArray();
    if (items.size() > EventService::MaxBatch)
        return 0;
    Projection scratch;
    qint64 seq = 0;
    for (const QJsonValue &item : items) {
        Event event;
        Error error;
        if (!item.isObject() || !Event::fromJson(item.toObject(), &event, &error))
            continue;
        event.seq = ++seq;
        error = EventValidator::validate(event, scratch.incident(event.incident));
        if (!error)
            error = scratch.apply(event);
        if (error)
            continue;
        const QJsonObject written = event.toJson();
        Event again;
        if (!Event::fromJson(written, &again, &error))
            WarroomFuzz::fail("an accepted event does not read back from its own JSON");
        if (again.toJson() != written)
            WarroomFuzz::fail("an accepted event changes on a JSON round trip");
    }
    (void)scratch.board();
    return 0;
}
