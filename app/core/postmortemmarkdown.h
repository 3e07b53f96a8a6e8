// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postmortemdraft.h"

namespace Warroom {

/// The postmortem as Markdown (CommonMark with GitHub tables): what the sections people wrote say, verbatim
/// (they may use Markdown), and the generated sections as tables with every generated text escaped.
class PostmortemMarkdown
{
public:
    [[nodiscard]] static QString render(const PostmortemDraft &draft);
    /// @p text with Markdown's inline syntax characters escaped, so that it reads as written.
    [[nodiscard]] static QString escape(const QString &text);
    /// escape() for a table cell: pipes escaped, line breaks as <br>.
    [[nodiscard]] static QString cell(const QString &text);
};

} // namespace Warroom
