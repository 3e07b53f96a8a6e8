// SPDX-License-Identifier: GPL-3.0-or-later
// The stakeholder message renderer: a template text (what a person writes in the chat panel) filled in from
// incident facts (text that other people's events carry), then every platform's payload built from it. The
// input is the template, a NUL, then the facts, drawn by FuzzedDataProvider.
#include "fuzzsupport.h"
#include "messagetemplate.h"
#include "payloadformatter.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace Warroom;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    WarroomFuzz::initialize();
    return 0;
}

namespace {

QString text(FuzzedDataProvider *provider)
{
    return QString::fromStdString(provider->ConsumeRandomLengthString(4096));
}

/// A moment up to ten years either side of 2026-11-21, or an invalid one.
QDateTime moment(FuzzedDataProvider *provider, bool allowInvalid)
{
    if (allowInvalid && provider->ConsumeBool())
        return {};
    static const QDateTime base(QDate(2026, 11, 21), QTime(21, 40), Qt::UTC);
    constexpr qint64 TenYears = 10LL * 366 * 24 * 3600 * 1000;
    return base.addMSecs(provider->ConsumeIntegralInRange<qint64>(-TenYears, TenYears));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = WarroomFuzz::bytes(data, size);
    const qsizetype split = input.indexOf('\0');
    const QString templateText = QString::fromUtf8(split < 0 ? input : input.left(split));
    const QByteArray rest = split < 0 ? QByteArray() : input.mid(split + 1);
    FuzzedDataProvider provider(reinterpret_cast<const uint8_t *>(rest.constData()), size_t(rest.size()));

    IncidentFacts facts;
    facts.incident = QStringLiteral("00000000-0000-4000-8000-000000000001");
    facts.title = text(&provider);
    facts.commander = text(&provider);
    facts.summary = text(&provider);
    facts.latestDecision = text(&provider);
    facts.incidentUrl = text(&provider);
    facts.severity = Severity(provider.ConsumeIntegralInRange(1, 4));
    facts.status = Status(provider.ConsumeIntegralInRange(0, 3));
    facts.clockStart = moment(&provider, false);
    facts.now = moment(&provider, false);
    facts.resolved = facts.status == Status::Resolved ? moment(&provider, true) : QDateTime();
    facts.nextUpdate = moment(&provider, true);

    const QString rendered = MessageTemplate::render(templateText, facts);
    for (const ChatKind kind :
        {ChatKind::Slack, ChatKind::Mattermost, ChatKind::Teams, ChatKind::Discord, ChatKind::Generic})
        (void)PayloadFormatter::body(kind, facts, rendered);
    return 0;
}
