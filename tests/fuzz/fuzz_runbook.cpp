// SPDX-License-Identifier: GPL-3.0-or-later
// Runbook Markdown (PUT /api/v1/runbooks/{name}, imported files) through RunbookTemplate::parse. A template
// that parses must survive toMarkdown() and parse again unchanged, as runbooktemplate.h promises: the
// server stores what it parsed and clients parse it again.
#include "fuzzsupport.h"
#include "runbooktemplate.h"

using namespace Warroom;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    WarroomFuzz::initialize();
    return 0;
}

namespace {

bool sameSteps(const RunbookTemplate &a, const RunbookTemplate &b)
{
    if (a.steps.size() != b.steps.size())
        return false;
    for (qsizetype i = 0; i < a.steps.size(); ++i) {
        const RunbookTemplate::Step &x = a.steps.at(i);
        const RunbookTemplate::Step &y = b.steps.at(i);
        if (x.id != y.id || x.text != y.text || x.gate != y.gate || x.rollback != y.rollback
            || x.section != y.section)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    RunbookTemplate parsed;
    Error error;
    if (!RunbookTemplate::parse(QString::fromUtf8(WarroomFuzz::bytes(data, size)), &parsed, &error))
        return 0;
    (void)parsed.stepsJson();
    RunbookTemplate again;
    if (!RunbookTemplate::parse(parsed.toMarkdown(), &again, &error))
        WarroomFuzz::fail("toMarkdown() of a parsed runbook does not parse");
    if (again.name != parsed.name || again.description != parsed.description || !sameSteps(parsed, again))
        WarroomFuzz::fail("a parsed runbook changes through toMarkdown()");
    return 0;
}
