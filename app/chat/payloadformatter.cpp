// SPDX-License-Identifier: GPL-3.0-or-later
#include "payloadformatter.h"

#include "event.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>
#include <QTextBoundaryFinder>

namespace Warroom {

namespace {

const QString Ellipsis = QStringLiteral("…");

/// The message as headline (its first non-blank line) and body (the rest, without blank lines around it).
struct Parts
{
    QString headline;
    QString body;
    [[nodiscard]] QString joined() const
    {
        return body.isEmpty() ? headline : headline + QLatin1Char('\n') + body;
    }
};

Parts split(const QString &text)
{
    QStringList lines
        = QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.constFirst().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    Parts parts;
    if (lines.isEmpty())
        return parts;
    parts.headline = lines.takeFirst().trimmed();
    while (!lines.isEmpty() && lines.constFirst().trimmed().isEmpty())
        lines.removeFirst();
    parts.body = lines.join(QLatin1Char('\n'));
    return parts;
}

/// The grapheme boundaries of @p text after position 0, in order (the last is text.size()).
QList<int> boundaries(const QString &text)
{
    QList<int> result;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype at = finder.toNextBoundary(); at > 0; at = finder.toNextBoundary())
        result.append(int(at));
    return result;
}

/// The longest prefix of @p raw (cut at a grapheme boundary) whose Slack-escaped form has at most @p budget
/// characters; its length in @p raw.
int fittingPrefix(const QString &raw, int budget)
{
    int fitted = 0;
    int size = 0;
    int previous = 0;
    for (int boundary : boundaries(raw)) {
        size += int(PayloadFormatter::escapeSlack(raw.mid(previous, boundary - previous)).size());
        if (size > budget)
            break;
        fitted = boundary;
        previous = boundary;
    }
    return fitted;
}

/// Slack mrkdwn sections: the escaped @p raw in pieces of at most SlackSectionMax characters, broken at a
/// line end where one is in the second half of a piece, and no more than @p maxSections of them (the last
/// one then ends with "…").
QStringList slackSections(const QString &raw, int maxSections)
{
    QStringList sections;
    int pos = 0;
    while (pos < raw.size() && sections.size() < maxSections) {
        const QString rest = raw.mid(pos);
        const bool last = sections.size() == maxSections - 1;
        int take = fittingPrefix(rest, PayloadFormatter::SlackSectionMax);
        if (take < rest.size() && last) {
            take = fittingPrefix(rest, PayloadFormatter::SlackSectionMax - 1);
            sections.append(PayloadFormatter::escapeSlack(rest.left(take)) + Ellipsis);
            break;
        }
        if (take < rest.size()) {
            const int newline = int(rest.lastIndexOf(QLatin1Char('\n'), take - 1));
            if (newline > take / 2)
                take = newline + 1;
        }
        const QString piece = rest.left(take);
        pos += take;
        // Slack refuses an empty or blank section text.
        if (!piece.trimmed().isEmpty())
            sections.append(
                PayloadFormatter::escapeSlack(piece.endsWith(QLatin1Char('\n')) ? piece.chopped(1) : piece));
    }
    return sections;
}

QJsonObject slack(const Parts &parts)
{
    QJsonArray blocks;
    QString sectionText = parts.body;
    if (parts.headline.size() <= PayloadFormatter::SlackHeaderMax) {
        // A header block is plain_text: shown as written, so it needs (and gets) no escaping.
        blocks.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("header")},
            {QStringLiteral("text"),
                QJsonObject {{QStringLiteral("type"), QStringLiteral("plain_text")},
                    {QStringLiteral("text"), parts.headline}, {QStringLiteral("emoji"), true}}}});
    } else {
        sectionText = parts.joined();
    }
    const QStringList sections
        = slackSections(sectionText, PayloadFormatter::SlackBlocksMax - int(blocks.size()));
    for (const QString &section : sections) {
        blocks.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("section")},
            {QStringLiteral("text"),
                QJsonObject {
                    {QStringLiteral("type"), QStringLiteral("mrkdwn")}, {QStringLiteral("text"), section}}}});
    }
    // The top-level text is what notifications and old clients show; it is mrkdwn too.
    const QString all = parts.joined();
    const int fits = fittingPrefix(all, PayloadFormatter::SlackTextMax);
    const QString fallback = fits == all.size()
        ? PayloadFormatter::escapeSlack(all)
        : PayloadFormatter::escapeSlack(all.left(fittingPrefix(all, PayloadFormatter::SlackTextMax - 1)))
            + Ellipsis;
    return {{QStringLiteral("text"), fallback}, {QStringLiteral("blocks"), blocks}};
}

QString mattermostText(const Parts &parts)
{
    // A level-4 heading is bold and stands out whatever the headline contains (** would break on a *).
    return parts.body.isEmpty() ? QStringLiteral("#### ") + parts.headline
                                : QStringLiteral("#### ") + parts.headline + QLatin1Char('\n') + parts.body;
}

QString discordText(const Parts &parts)
{
    return parts.body.isEmpty() ? QStringLiteral("### ") + parts.headline
                                : QStringLiteral("### ") + parts.headline + QLatin1Char('\n') + parts.body;
}

struct Fact
{
    QString title;
    QString value;
};

/// The facts a line states, when it reads "Label: value" — or several such joined by " · ", as the built-in
/// templates write "Severity: SEV2 · Status: Identified". A label is one to four words before the first
/// colon and never part of a URL ("https://…" is no label). Empty when the line is prose.
QList<Fact> factsOf(const QString &line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\p{L}[\\p{L}\\p{N}'’ _-]{0,39}):\\s+(\\S.*)$"));
    const auto one = [](const QString &part, Fact *fact) {
        const QRegularExpressionMatch match = pattern.match(part);
        if (!match.hasMatch())
            return false;
        const QString label = match.captured(1).trimmed();
        if (label.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > 4)
            return false;
        *fact = {label, match.captured(2).trimmed()};
        return true;
    };
    QList<Fact> facts;
    const QStringList parts = line.split(QStringLiteral(" · "));
    for (const QString &part : parts) {
        Fact fact;
        if (!one(part, &fact))
            break;
        facts.append(fact);
    }
    if (facts.size() == parts.size())
        return facts;
    // Only the first part reads as a fact: the whole rest of the line is its value.
    Fact whole;
    if (one(line, &whole))
        return {whole};
    return {};
}

QJsonObject teamsCard(const IncidentFacts &facts, const Parts &parts)
{
    QJsonArray body;
    body.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("TextBlock")},
        {QStringLiteral("text"), parts.headline}, {QStringLiteral("weight"), QStringLiteral("Bolder")},
        {QStringLiteral("size"), QStringLiteral("Medium")}, {QStringLiteral("wrap"), true}});
    // "Label: value" lines become a FactSet (Teams lines them up as a table); other lines become one
    // TextBlock each: Teams does not reliably turn a single "\n" inside a TextBlock into a line break. Lines
    // of a paragraph sit close together; a blank line opens a new paragraph.
    QJsonArray factArray;
    bool afterBlank = false;
    bool first = true;
    const auto spaced = [&](QJsonObject block) {
        if (afterBlank)
            block.insert(QStringLiteral("spacing"), QStringLiteral("Medium"));
        else if (!first)
            block.insert(QStringLiteral("spacing"), QStringLiteral("None"));
        first = false;
        afterBlank = false;
        return block;
    };
    const auto flushFacts = [&] {
        if (factArray.isEmpty())
            return;
        body.append(spaced(QJsonObject {
            {QStringLiteral("type"), QStringLiteral("FactSet")}, {QStringLiteral("facts"), factArray}}));
        factArray = QJsonArray();
    };
    for (const QString &line : parts.body.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty()) {
            flushFacts();
            afterBlank = !first;
            continue;
        }
        const QList<Fact> lineFacts = factsOf(line);
        if (!lineFacts.isEmpty()) {
            for (const Fact &fact : lineFacts)
                factArray.append(QJsonObject {
                    {QStringLiteral("title"), fact.title}, {QStringLiteral("value"), fact.value}});
            continue;
        }
        flushFacts();
        body.append(spaced(QJsonObject {{QStringLiteral("type"), QStringLiteral("TextBlock")},
            {QStringLiteral("text"), line}, {QStringLiteral("wrap"), true}}));
    }
    flushFacts();
    QJsonObject card {
        {QStringLiteral("$schema"), QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
        {QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
        {QStringLiteral("version"), QStringLiteral("1.4")}, {QStringLiteral("body"), body}};
    if (!facts.incidentUrl.isEmpty()) {
        card.insert(QStringLiteral("actions"),
            QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("Action.OpenUrl")},
                {QStringLiteral("title"), PayloadFormatter::tr("Open incident")},
                {QStringLiteral("url"), facts.incidentUrl}}});
    }
    return {{QStringLiteral("type"), QStringLiteral("message")},
        {QStringLiteral("attachments"),
            QJsonArray {QJsonObject {
                {QStringLiteral("contentType"), QStringLiteral("application/vnd.microsoft.card.adaptive")},
                {QStringLiteral("contentUrl"), QJsonValue::Null}, {QStringLiteral("content"), card}}}}};
}

int jsonSize(const QJsonObject &object)
{
    return int(QJsonDocument(object).toJson(QJsonDocument::Compact).size());
}

/// The Teams card within TeamsPayloadMax: the body is cut (ending with "…") until the JSON fits.
QJsonObject teams(const IncidentFacts &facts, Parts parts, bool *shortened = nullptr)
{
    QJsonObject card = teamsCard(facts, parts);
    int size = jsonSize(card);
    bool cut = false;
    while (size > PayloadFormatter::TeamsPayloadMax && !parts.body.isEmpty()) {
        // Shrink in proportion to the excess (bytes per character vary), a little more than needed.
        const qint64 keep = qint64(parts.body.size()) * PayloadFormatter::TeamsPayloadMax / size - 16;
        parts.body = keep <= 1 ? QString() : PayloadFormatter::truncated(parts.body, int(keep));
        card = teamsCard(facts, parts);
        size = jsonSize(card);
        cut = true;
    }
    if (shortened)
        *shortened = cut;
    return card;
}

/// The card's blocks as lines of text: what a reader sees, facts as "Label: value".
QString teamsText(const QJsonObject &card)
{
    const QJsonArray blocks = card.value(QStringLiteral("attachments"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("content"))
                                  .toObject()
                                  .value(QStringLiteral("body"))
                                  .toArray();
    QStringList lines;
    for (const QJsonValue &value : blocks) {
        const QJsonObject block = value.toObject();
        if (block.value(QStringLiteral("spacing")).toString() == QLatin1String("Medium"))
            lines.append(QString());
        if (block.value(QStringLiteral("type")).toString() == QLatin1String("FactSet")) {
            for (const QJsonValue &fact : block.value(QStringLiteral("facts")).toArray())
                lines.append(
                    QStringLiteral("%1: %2").arg(fact.toObject().value(QStringLiteral("title")).toString(),
                        fact.toObject().value(QStringLiteral("value")).toString()));
        } else {
            lines.append(block.value(QStringLiteral("text")).toString());
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject generic(const IncidentFacts &facts, const Parts &parts)
{
    return {{QStringLiteral("source"), QStringLiteral("warroom")}, {QStringLiteral("version"), 1},
        {QStringLiteral("incident"), facts.incident}, {QStringLiteral("title"), facts.title},
        {QStringLiteral("severity"), facts.severityText()}, {QStringLiteral("status"), facts.statusName()},
        {QStringLiteral("commander"), orNull(facts.commander)}, {QStringLiteral("text"), parts.joined()},
        {QStringLiteral("sent_at"), Wire::formatTime(facts.now)},
        {QStringLiteral("next_update_at"),
            facts.nextUpdate.isValid() ? QJsonValue(Wire::formatTime(facts.nextUpdate))
                                       : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("url"), orNull(facts.incidentUrl)}};
}

} // namespace

QString PayloadFormatter::escapeSlack(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('&'))
            escaped += QLatin1String("&amp;");
        else if (c == QLatin1Char('<'))
            escaped += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            escaped += QLatin1String("&gt;");
        else
            escaped += c;
    }
    return escaped;
}

QString PayloadFormatter::truncated(const QString &text, int max)
{
    if (text.size() <= max)
        return text;
    if (max <= 0)
        return {};
    int cut = 0;
    for (int boundary : boundaries(text)) {
        if (boundary > max - 1)
            break;
        cut = boundary;
    }
    return text.left(cut) + Ellipsis;
}

QJsonObject PayloadFormatter::payload(ChatKind kind, const IncidentFacts &facts, const QString &text)
{
    const Parts parts = split(text);
    switch (kind) {
    case ChatKind::Slack:
        return slack(parts);
    case ChatKind::Mattermost:
        return {{QStringLiteral("text"), mattermostText(parts)}};
    case ChatKind::Teams:
        return teams(facts, parts);
    case ChatKind::Discord:
        // No mention is parsed: a title from an alert must not be able to ping @everyone.
        return {{QStringLiteral("content"), truncated(discordText(parts), DiscordContentMax)},
            {QStringLiteral("allowed_mentions"), QJsonObject {{QStringLiteral("parse"), QJsonArray {}}}}};
    case ChatKind::Generic:
        return generic(facts, parts);
    }
    return {};
}

QByteArray PayloadFormatter::body(ChatKind kind, const IncidentFacts &facts, const QString &text)
{
    return QJsonDocument(payload(kind, facts, text)).toJson(QJsonDocument::Compact);
}

PayloadFormatter::Preview PayloadFormatter::preview(
    ChatKind kind, const IncidentFacts &facts, const QString &text)
{
    const Parts parts = split(text);
    Preview preview;
    switch (kind) {
    case ChatKind::Slack: {
        preview.text = parts.joined();
        preview.size = int(preview.text.size());
        preview.limit = SlackSectionMax;
        const int sections = int(slackSections(parts.body, SlackBlocksMax).size());
        preview.note = parts.headline.size() > SlackHeaderMax
            ? tr("The first line is longer than a Slack header (%1 characters): it is sent as text.")
                  .arg(SlackHeaderMax)
            : sections > 1 ? tr("Sent as a header and %1 text sections of up to %2 characters.")
                                 .arg(sections)
                                 .arg(SlackSectionMax)
                           : tr("The first line becomes the header; &, < and > are sent escaped.");
        break;
    }
    case ChatKind::Mattermost:
        preview.text = mattermostText(parts);
        preview.size = int(preview.text.size());
        preview.limit = MattermostPostMax;
        preview.note = preview.size > MattermostPostMax
            ? tr("Mattermost splits a message this long into several posts.")
            : tr("Markdown; the first line becomes a heading.");
        break;
    case ChatKind::Teams: {
        bool shortened = false;
        const QJsonObject card = teams(facts, parts, &shortened);
        preview.text = teamsText(card);
        if (!facts.incidentUrl.isEmpty())
            preview.text += QLatin1Char('\n') + tr("[Open incident] → %1").arg(facts.incidentUrl);
        preview.size = jsonSize(teamsCard(facts, parts));
        preview.limit = TeamsPayloadMax;
        preview.shortened = shortened;
        preview.note = shortened
            ? tr("Too long for a Teams card (28 KB): the end is cut.")
            : tr("An Adaptive Card: the first line in bold, \"Label: value\" lines as facts.");
        break;
    }
    case ChatKind::Discord: {
        const QString full = discordText(parts);
        preview.text = truncated(full, DiscordContentMax);
        preview.size = int(full.size());
        preview.limit = DiscordContentMax;
        preview.shortened = full.size() > DiscordContentMax;
        preview.note = preview.shortened
            ? tr("Discord takes %L1 characters: the end is cut.").arg(DiscordContentMax)
            : tr("Markdown; mentions such as @everyone are not notified.");
        break;
    }
    case ChatKind::Generic:
        preview.text = QString::fromUtf8(QJsonDocument(generic(facts, parts)).toJson(QJsonDocument::Indented))
                           .trimmed();
        preview.size = int(parts.joined().size());
        preview.note = tr("JSON for your own relay; documented in docs/ARCHITECTURE.md.");
        break;
    }
    return preview;
}

} // namespace Warroom
