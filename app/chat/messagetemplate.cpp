// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagetemplate.h"

#include <QRegularExpression>
#include <QSettings>

namespace Warroom {

namespace {

const QString CustomKey = QStringLiteral("chat/customTemplate");

QString value(const QString &placeholder, const IncidentFacts &facts, bool *known)
{
    *known = true;
    if (placeholder == QLatin1String("title"))
        return facts.title;
    if (placeholder == QLatin1String("severity"))
        return facts.severityText();
    if (placeholder == QLatin1String("status"))
        return facts.statusText();
    if (placeholder == QLatin1String("commander"))
        return facts.commanderText();
    if (placeholder == QLatin1String("elapsed"))
        return facts.elapsedText();
    if (placeholder == QLatin1String("summary"))
        return facts.summary.trimmed();
    if (placeholder == QLatin1String("latest_decision"))
        return facts.latestDecision.trimmed();
    if (placeholder == QLatin1String("next_update"))
        return facts.nextUpdateText();
    if (placeholder == QLatin1String("incident_url"))
        return facts.incidentUrl;
    *known = false;
    return {};
}

} // namespace

QList<TemplateKind> MessageTemplate::all()
{
    return {TemplateKind::Declared, TemplateKind::StatusUpdate, TemplateKind::Resolved, TemplateKind::Custom};
}

QString MessageTemplate::name(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::Declared:
        return QStringLiteral("declared");
    case TemplateKind::StatusUpdate:
        return QStringLiteral("status_update");
    case TemplateKind::Resolved:
        return QStringLiteral("resolved");
    case TemplateKind::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

QString MessageTemplate::displayName(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::Declared:
        return tr("Incident declared");
    case TemplateKind::StatusUpdate:
        return tr("Status update");
    case TemplateKind::Resolved:
        return tr("Resolved");
    case TemplateKind::Custom:
        return tr("Custom");
    }
    return {};
}

QString MessageTemplate::builtInText(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::Declared:
        return tr("Incident declared: {title}\n"
                  "Severity: {severity} · Status: {status}\n"
                  "Commander: {commander}\n"
                  "Impact: {summary}\n"
                  "Next update: {next_update}\n"
                  "Details: {incident_url}",
            "chat template; keep the {placeholders} as they are");
    case TemplateKind::StatusUpdate:
        return tr("Update on {title} ({severity})\n"
                  "Status: {status} · Elapsed: {elapsed}\n"
                  "Commander: {commander}\n"
                  "Latest decision: {latest_decision}\n"
                  "Impact: {summary}\n"
                  "Next update: {next_update}\n"
                  "Details: {incident_url}",
            "chat template; keep the {placeholders} as they are");
    case TemplateKind::Resolved:
        return tr("Resolved: {title}\n"
                  "Severity: {severity} · Duration: {elapsed}\n"
                  "Impact: {summary}\n"
                  "Thank you to everyone who helped. A blameless review will follow.\n"
                  "Details: {incident_url}",
            "chat template; keep the {placeholders} as they are");
    case TemplateKind::Custom:
        return tr("{title} ({severity}, {status}): ", "chat template; keep the {placeholders} as they are");
    }
    return {};
}

QString MessageTemplate::text(TemplateKind kind)
{
    if (kind == TemplateKind::Custom) {
        const QString saved = QSettings().value(CustomKey).toString();
        if (!saved.trimmed().isEmpty())
            return saved;
    }
    return builtInText(kind);
}

void MessageTemplate::setCustomText(const QString &text)
{
    QSettings().setValue(CustomKey, text);
}

QStringList MessageTemplate::placeholders()
{
    return {QStringLiteral("title"), QStringLiteral("severity"), QStringLiteral("status"),
        QStringLiteral("commander"), QStringLiteral("elapsed"), QStringLiteral("summary"),
        QStringLiteral("latest_decision"), QStringLiteral("next_update"), QStringLiteral("incident_url")};
}

TemplateKind MessageTemplate::suggested(const IncidentFacts &facts, bool postedBefore)
{
    if (facts.status == Status::Resolved)
        return TemplateKind::Resolved;
    return postedBefore ? TemplateKind::StatusUpdate : TemplateKind::Declared;
}

QString MessageTemplate::render(const QString &templateText, const IncidentFacts &facts)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\??\\}"));
    QStringList out;
    const QStringList lines = templateText.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        QString rendered;
        int from = 0;
        int known = 0;
        int filled = 0;
        QRegularExpressionMatchIterator it = placeholder.globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            bool isKnown = false;
            const QString text = value(match.captured(1), facts, &isKnown);
            rendered += line.mid(from, match.capturedStart() - from);
            if (isKnown) {
                rendered += text;
                ++known;
                filled += text.isEmpty() ? 0 : 1;
            } else {
                rendered += match.captured(0);
            }
            from = int(match.capturedEnd());
        }
        rendered += line.mid(from);
        if (known > 0 && filled == 0)
            continue;
        out.append(rendered);
    }
    // Dropped lines can leave blank ones at the end: the message ends with its last word.
    while (!out.isEmpty() && out.constLast().trimmed().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n'));
}

} // namespace Warroom
