// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbooktemplate.h"

#include "eventtypes.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Warroom {

namespace {

Error lineError(int line, const QString &message)
{
    return {QStringLiteral("invalid_runbook"), QStringLiteral("line %1").arg(line),
        QStringLiteral("line %1: %2").arg(line).arg(message)};
}

} // namespace

bool RunbookTemplate::parse(const QString &markdown, RunbookTemplate *out, Error *error)
{
    static const QRegularExpression taskPattern(QStringLiteral("^\\s*[-*+]\\s+\\[([ xX])\\]\\s+(.*)$"));
    static const QRegularExpression headingPattern(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression attrPattern(QStringLiteral("\\s*\\{([^{}]*)\\}\\s*$"));
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));

    const auto fail = [error](const Error &problem) {
        if (error)
            *error = problem;
        return false;
    };
    RunbookTemplate t;
    QString section;
    QStringList description;
    QSet<QString> ids;
    QList<int> stepLines;

    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = lines.at(i).trimmed().isEmpty() ? QString() : lines.at(i);
        if (const auto heading = headingPattern.match(line); heading.hasMatch()) {
            if (heading.captured(1).size() == 1 && t.name.isEmpty())
                t.name = heading.captured(2);
            else
                section = heading.captured(2);
            continue;
        }
        const auto task = taskPattern.match(line);
        if (!task.hasMatch()) {
            if (t.steps.isEmpty() && !line.trimmed().isEmpty() && !t.name.isEmpty())
                description << line.trimmed();
            continue;
        }
        Step step;
        QString text = task.captured(2);
        if (const auto attrs = attrPattern.match(text); attrs.hasMatch()) {
            text.truncate(attrs.capturedStart());
            const QStringList parts = attrs.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &part : parts) {
                if (part.startsWith(QLatin1Char('#'))) {
                    step.id = part.mid(1);
                    if (!idPattern.match(step.id).hasMatch())
                        return fail(lineError(lineNo,
                            QStringLiteral("\"%1\" is not a step id (letters, digits, . _ -)").arg(step.id)));
                } else if (part.startsWith(QLatin1String("gate="))) {
                    const auto gate = Names::gateFrom(part.mid(5));
                    if (!gate)
                        return fail(lineError(lineNo,
                            QStringLiteral("unknown gate \"%1\" (none, approval or evidence)")
                                .arg(part.mid(5))));
                    step.gate = *gate;
                } else if (part.startsWith(QLatin1String("rollback="))) {
                    step.rollback = part.mid(9);
                } else {
                    return fail(lineError(lineNo,
                        QStringLiteral("unknown attribute \"%1\" (use #id, gate=…, rollback=…)").arg(part)));
                }
            }
        }
        step.text = text.trimmed();
        if (step.text.isEmpty())
            return fail(lineError(lineNo, QStringLiteral("the step has no text")));
        if (step.text.size() > Limits::TitleMax * 5)
            return fail(lineError(lineNo,
                QStringLiteral("the step is too long (at most %1 characters)").arg(Limits::TitleMax * 5)));
        if (step.id.isEmpty()) {
            int n = int(t.steps.size()) + 1;
            while (ids.contains(QStringLiteral("s%1").arg(n)))
                ++n;
            step.id = QStringLiteral("s%1").arg(n);
        }
        if (ids.contains(step.id))
            return fail(lineError(lineNo, QStringLiteral("step id \"%1\" is used twice").arg(step.id)));
        ids.insert(step.id);
        step.section = section;
        t.steps.append(step);
        stepLines.append(lineNo);
    }

    if (t.steps.isEmpty())
        return fail({QStringLiteral("invalid_runbook"), {},
            QStringLiteral("no steps: a runbook is a Markdown task list of lines like \"- [ ] step\"")});
    if (t.steps.size() > Limits::StepsMax)
        return fail({QStringLiteral("invalid_runbook"), {},
            QStringLiteral("%1 steps; a runbook has at most %2").arg(t.steps.size()).arg(Limits::StepsMax)});
    for (int i = 0; i < t.steps.size(); ++i) {
        const QString &rollback = t.steps.at(i).rollback;
        if (!rollback.isEmpty() && !ids.contains(rollback))
            return fail(lineError(
                stepLines.at(i), QStringLiteral("rollback=%1 names no step of this runbook").arg(rollback)));
    }
    if (t.name.isEmpty())
        t.name = QStringLiteral("Runbook");
    t.name = t.name.left(Limits::NameMax);
    t.description = description.join(QLatin1Char(' '));
    *out = t;
    return true;
}

QJsonArray RunbookTemplate::stepsJson() const
{
    QJsonArray array;
    for (const Step &s : steps) {
        QJsonObject step {{QStringLiteral("id"), s.id}, {QStringLiteral("text"), s.text},
            {QStringLiteral("gate"), Names::gate(s.gate)}};
        if (!s.rollback.isEmpty())
            step.insert(QStringLiteral("rollback"), s.rollback);
        array.append(step);
    }
    return array;
}

QString RunbookTemplate::toMarkdown() const
{
    QString md = QStringLiteral("# %1\n").arg(name);
    if (!description.isEmpty())
        md += QStringLiteral("\n%1\n").arg(description);
    QString section;
    md += QLatin1Char('\n');
    for (const Step &s : steps) {
        if (s.section != section) {
            section = s.section;
            md += QStringLiteral("\n## %1\n\n").arg(section);
        }
        QStringList attrs {QLatin1Char('#') + s.id};
        if (s.gate != Gate::None)
            attrs << QStringLiteral("gate=") + Names::gate(s.gate);
        if (!s.rollback.isEmpty())
            attrs << QStringLiteral("rollback=") + s.rollback;
        md += QStringLiteral("- [ ] %1 {%2}\n").arg(s.text, attrs.join(QLatin1Char(' ')));
    }
    return md;
}

} // namespace Warroom
