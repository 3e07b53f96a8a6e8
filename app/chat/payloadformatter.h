// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatchannel.h"
#include "incidentfacts.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Warroom {

/// Turns a message (the rendered template: first line the headline, the rest the body) into the exact JSON
/// each platform's incoming webhook expects, within that platform's limits. Pure: same facts and text, same
/// bytes (the golden files in tests/data/chat hold them). Shapes, in short:
/// - Slack: {text, blocks: [header (plain_text ≤ 150), section mrkdwn ≤ 3000 each…]}; &, < and > escaped
///   in mrkdwn (so nobody can slip in <!channel> or a disguised link);
/// - Mattermost: {text: "#### headline\nbody"} (Markdown; Mattermost itself splits posts over 16,383);
/// - Teams (Workflows): {type: message, attachments: [{contentType: application/vnd.microsoft.card.adaptive,
///   content: AdaptiveCard 1.4: the headline as a bold TextBlock, "Label: value" lines as FactSets, other
///   lines as TextBlocks, an Open incident action when there is a link}]}, at most 28 KB;
/// - Discord: {content: "### headline\nbody" ≤ 2,000 characters (cut with "…"), allowed_mentions: none};
/// - Generic: {source, version 1, incident, title, severity, status, commander, text, sent_at,
///   next_update_at, url} with null for what is unknown.
class PayloadFormatter
{
public:
    static constexpr int SlackHeaderMax = 150;
    static constexpr int SlackSectionMax = 3000;
    static constexpr int SlackBlocksMax = 50;
    static constexpr int SlackTextMax = 40000;
    static constexpr int MattermostPostMax = 16383;
    static constexpr int TeamsPayloadMax = 28 * 1024; ///< bytes of JSON
    static constexpr int DiscordContentMax = 2000;

    [[nodiscard]] static QJsonObject payload(ChatKind kind, const IncidentFacts &facts, const QString &text);
    /// The request body exactly as posted: compact UTF-8 JSON of payload().
    [[nodiscard]] static QByteArray body(ChatKind kind, const IncidentFacts &facts, const QString &text);

    /// What people in the channel will read, and how it measures against the platform's limit.
    struct Preview
    {
        QString text; ///< the message as the platform shows it (markup included, JSON escaping not)
        int size = 0; ///< characters of the message (bytes of JSON for Teams)
        int limit = 0; ///< the platform's limit in the same unit; 0 when there is none
        bool shortened = false; ///< the message will be cut to fit
        QString note; ///< one sentence about limits or formatting, for the preview's heading
    };
    [[nodiscard]] static Preview preview(ChatKind kind, const IncidentFacts &facts, const QString &text);

    /// Slack's required escaping of &, < and > in mrkdwn text.
    [[nodiscard]] static QString escapeSlack(const QString &text);
    /// @p text cut to at most @p max UTF-16 units, the last being "…", never inside a character or an
    /// emoji sequence. Unchanged when it fits.
    [[nodiscard]] static QString truncated(const QString &text, int max);

    // Last: the macro leaves the access at private.
    Q_DECLARE_TR_FUNCTIONS(Warroom::PayloadFormatter)
};

} // namespace Warroom
