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

const QRegularExpression &taskPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*[-*+]\\s+\\[([ xX])\\]\\s+(.*)$"));
    return pattern;
}

/// An ATX heading as CommonMark has it: the closing #s count only after a space (so "# Upgrade C#" keeps its
/// #).
const QRegularExpression &headingPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$"));
    return pattern;
}

/// Where @p line holds a character no runbook needs: a C0 or C1 control or DEL (a tab is fine); -1 if none.
/// They are refused rather than kept: a NUL cannot be stored in PostgreSQL text, and the others would be
/// invisible in every panel that shows the step.
qsizetype controlAt(const QString &line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char16_t c = line.at(i).unicode();
        if ((c < 0x20 && c != u'\t') || (c >= 0x7f && c <= 0x9f))
            return i;
    }
    return -1;
}

/// Whether @p text starts with a Markdown backslash escape: a backslash before ASCII punctuation.
bool startsEscaped(const QString &text)
{
    static const QLatin1String punctuation("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
    return text.size() > 1 && text.at(0) == QLatin1Char('\\') && punctuation.contains(text.at(1));
}

/// A description line as written: with a Markdown backslash in front if it would read as a heading or a
/// step, or starts with an escape of its own.
QString escapedDescription(const QString &text)
{
    if (headingPattern().match(text).hasMatch() || taskPattern().match(text).hasMatch()
        || startsEscaped(text))
        return QLatin1Char('\\') + text;
    return text;
}

/// A heading line; a text ending in # gets a closing sequence, which the parser then takes off instead.
QString headingLine(const QString &hashes, const QString &text)
{
    return hashes + QLatin1Char(' ') + text
        + (text.endsWith(QLatin1Char('#')) ? QStringLiteral(" #\n") : QStringLiteral("\n"));
}

} // namespace

bool RunbookTemplate::parse(const QString &markdown, RunbookTemplate *out, Error *error)
{
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
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r'))) // a file with CRLF line ends
            line.chop(1);
        if (const qsizetype at = controlAt(line); at >= 0)
            return fail(lineError(lineNo,
                QStringLiteral("control character U+%1 in column %2 (a runbook is plain text)")
                    .arg(int(line.at(at).unicode()), 4, 16, QLatin1Char('0'))
                    .arg(at + 1)));
        if (line.trimmed().isEmpty())
            line.clear();
        if (const auto heading = headingPattern().match(line); heading.hasMatch()) {
            if (heading.captured(1).size() == 1 && t.name.isEmpty())
                t.name = heading.captured(2);
            else
                section = heading.captured(2);
            continue;
        }
        const auto task = taskPattern().match(line);
        if (!task.hasMatch()) {
            if (t.steps.isEmpty() && !line.isEmpty() && !t.name.isEmpty()) {
                const QString text = line.trimmed();
                description << (startsEscaped(text) ? text.mid(1) : text);
            }
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
    // Cut to the limit, never inside a surrogate pair, and trimmed after the cut: a heading keeps no space at
    // its end, so the name would not survive toMarkdown() otherwise.
    t.name.truncate(Limits::NameMax);
    if (!t.name.isEmpty() && t.name.back().isHighSurrogate())
        t.name.chop(1);
    t.name = t.name.trimmed();
    if (t.name.isEmpty())
        t.name = QStringLiteral("Runbook");
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
    QString md = headingLine(QStringLiteral("#"), name);
    if (!description.isEmpty())
        md += QLatin1Char('\n') + escapedDescription(description) + QLatin1Char('\n');
    QString section;
    md += QLatin1Char('\n');
    for (const Step &s : steps) {
        if (s.section != section) {
            section = s.section;
            md += QLatin1Char('\n') + headingLine(QStringLiteral("##"), section) + QLatin1Char('\n');
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
