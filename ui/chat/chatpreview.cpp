// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatpreview.h"

#include "incidentlook.h"
#include "payloadformatter.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QJsonDocument>
#include <QLocale>
#include <QPalette>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace Warroom {

void ChatPreview::render(QTextDocument *document, const QList<ChatChannel> &channels,
    const IncidentFacts &facts, const QString &text, bool json, const QPalette &palette)
{
    document->clear();
    QTextCursor cursor(document);
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    QTextCharFormat muted;
    muted.setForeground(IncidentLook::mutedColor(palette));
    QTextCharFormat warning;
    warning.setForeground(IncidentLook::warningColor(palette, QPalette::Text));
    QTextCharFormat body;
    if (json)
        body.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    if (channels.isEmpty()) {
        cursor.insertText(tr("Check one or more channels above to see what each platform will show."), muted);
        return;
    }
    const QLocale locale;
    bool first = true;
    for (ChatKind kind : ChatKinds::all()) {
        QStringList names;
        for (const ChatChannel &channel : channels) {
            if (channel.kind == kind)
                names.append(channel.name);
        }
        if (names.isEmpty())
            continue;
        if (!first) {
            // Air between platforms, so one's text is never read as part of another's.
            QTextBlockFormat spaced;
            spaced.setTopMargin(QFontMetrics(document->defaultFont()).height());
            cursor.insertBlock(spaced);
        }
        first = false;
        const PayloadFormatter::Preview preview = PayloadFormatter::preview(kind, facts, text);
        cursor.insertText(
            tr("%1 · %2").arg(ChatKinds::displayName(kind), names.join(QStringLiteral(", "))), heading);
        cursor.insertBlock(QTextBlockFormat());
        const QString size = kind == ChatKind::Teams
            ? tr("%1 of %2 bytes").arg(locale.toString(preview.size), locale.toString(preview.limit))
            : preview.limit > 0
            ? tr("%1 of %2 characters").arg(locale.toString(preview.size), locale.toString(preview.limit))
            : tr("%1 characters").arg(locale.toString(preview.size));
        cursor.insertText(tr("%1 — %2").arg(size, preview.note), preview.shortened ? warning : muted);
        cursor.insertBlock(QTextBlockFormat());
        if (json) {
            cursor.insertText(QString::fromUtf8(QJsonDocument(PayloadFormatter::payload(kind, facts, text))
                                                    .toJson(QJsonDocument::Indented))
                                  .trimmed(),
                body);
            continue;
        }
        // Slack's header block and the Teams card's first TextBlock are bold on the platform: here too.
        const qsizetype lineEnd = preview.text.indexOf(QLatin1Char('\n'));
        const bool boldHeadline = kind == ChatKind::Slack || kind == ChatKind::Teams;
        QTextCharFormat headline = body;
        if (boldHeadline)
            headline.setFontWeight(QFont::Bold);
        cursor.insertText(preview.text.left(lineEnd < 0 ? preview.text.size() : lineEnd), headline);
        if (lineEnd >= 0)
            cursor.insertText(preview.text.mid(lineEnd), body);
    }
}

} // namespace Warroom
