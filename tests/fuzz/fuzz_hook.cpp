// SPDX-License-Identifier: GPL-3.0-or-later
// One alert hook (WARROOM_FUZZ_HOOK: alertmanager, grafana, pagerduty, generic) as POST
// /api/v1/hooks/{name} handles it, without HTTP: the JSON, the format's parser, AlertIntake's plan, and its
// events validated and folded as EventService would. The same delivery is then planned again on top of the
// first: the path of a retry (duplicates) and of an incident the group already opened.
#include "alertintake.h"
#include "eventvalidator.h"
#include "fuzzsupport.h"
#include "hookformats.h"
#include "strictjson.h"

#include <QJsonDocument>
#include <QSet>

using namespace Warroom;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    WarroomFuzz::initialize();
    return 0;
}

namespace {

/// Folds what @p plan adds into @p log; @p stored collects the ids.
void fold(const AlertIntake::Plan &plan, Projection *log, QSet<QString> *stored, qint64 *seq)
{
    for (Event event : plan.events) {
        event.seq = ++*seq;
        Error error = EventValidator::validate(event, log->incident(event.incident));
        if (!error)
            error = log->apply(event);
        if (!error)
            stored->insert(event.id);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The body as warroomd reads it (StrictJson), then the hook's parser.
    Error refusal;
    const std::optional<QJsonDocument> parsed = StrictJson::parse(WarroomFuzz::bytes(data, size), &refusal);
    if (!parsed || !parsed->isObject())
        return 0;
    const QJsonDocument &document = *parsed;
    HookPayload payload;
    Error error;
    if (!HookFormats::parse(QStringLiteral(WARROOM_FUZZ_HOOK), document.object(), &payload, &error))
        return 0;

    static const AlertIntake intake;
    Projection log;
    QSet<QString> stored;
    qint64 seq = 0;
    const auto isStored = [&stored](const QString &id) {
        return stored.contains(id);
    };
    for (int delivery = 0; delivery < 2; ++delivery)
        fold(intake.plan(payload, log, isStored, QStringLiteral("fuzz-hook")), &log, &stored, &seq);
    return 0;
}
