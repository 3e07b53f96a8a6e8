// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postmortemdraft.h"

namespace Warroom {

/// The postmortem as one self-contained HTML page: semantic headings and tables, every text escaped, a
/// stylesheet for screens and print, no external resources.
class PostmortemHtml
{
public:
    enum class Flavor {
        Standalone, ///< an HTML5 page for browsers and printing
        RichText, ///< the subset Qt's QTextDocument renders well (the PDF and the editor's preview)
    };

    [[nodiscard]] static QString render(const PostmortemDraft &draft, Flavor flavor = Flavor::Standalone);
    /// Only the sections generated from the log (metrics, timeline, runbooks, chat updates, follow-ups).
    [[nodiscard]] static QString renderGenerated(
        const PostmortemDraft &draft, Flavor flavor = Flavor::RichText);
    /// A written section as HTML: paragraphs at blank lines, line breaks kept, "- " lines as a list.
    [[nodiscard]] static QString paragraphs(const QString &text);
    /// The stylesheet of @p flavor (QTextDocument::setDefaultStyleSheet for RichText).
    [[nodiscard]] static QString styleSheet(Flavor flavor);
};

} // namespace Warroom
