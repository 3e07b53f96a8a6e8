// SPDX-License-Identifier: GPL-3.0-or-later
// Runbook Markdown (PUT /api/v1/runbooks/{name}, imported files) through RunbookTemplate::parse. A template
// that parses must survive toMarkdown() and parse again unchanged, as runbooktemplate.h promises: the
// server stores what it parsed and clients parse it again.
#include "eventtypes.h"
#include "fuzzsupport.h"
#include "runbooktemplate.h"

#include <cstdio>

using namespace Warroom;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    WarroomFuzz::initialize();
    return 0;
}

namespace {

/// Prints the first field in which @p a and @p b differ; false if they do not.
bool reportDifference(const RunbookTemplate &a, const RunbookTemplate &b)
{
    const auto differs = [](const char *field, const QString &x, const QString &y) {
        if (x == y)
            return false;
        std::fprintf(stderr, "%s: %s became %s\n", field, WarroomFuzz::shown(x).constData(),
            WarroomFuzz::shown(y).constData());
        return true;
    };
    if (differs("name", a.name, b.name) || differs("description", a.description, b.description))
        return true;
    if (a.steps.size() != b.steps.size()) {
        std::fprintf(
            stderr, "%lld steps became %lld\n", qlonglong(a.steps.size()), qlonglong(b.steps.size()));
        return true;
    }
    for (qsizetype i = 0; i < a.steps.size(); ++i) {
        const RunbookTemplate::Step &x = a.steps.at(i);
        const RunbookTemplate::Step &y = b.steps.at(i);
        if (differs("step id", x.id, y.id) || differs("step text", x.text, y.text)
            || differs("step gate", Names::gate(x.gate), Names::gate(y.gate))
            || differs("step rollback", x.rollback, y.rollback)
            || differs("step section", x.section, y.section))
            return true;
    }
    return false;
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
    if (reportDifference(parsed, again))
        WarroomFuzz::fail("a parsed runbook changes through toMarkdown()");
    return 0;
}
