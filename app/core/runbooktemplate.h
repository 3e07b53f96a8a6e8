// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "incidentstate.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace Warroom {

/// A runbook template: a Markdown task list with a small attribute syntax for gates and rollbacks.
///
///     # Restore a database from backup
///     Why and when to use it (free text, kept as the description).
///
///     - [ ] Announce the restore in the incident channel
///     - [ ] Take a backup of the damaged database {#backup gate=evidence}
///     - [ ] Restore the last good dump {#restore gate=approval rollback=reapply}
///     - [ ] Re-apply the migration {#reapply}
///
/// `{…}` at the end of a step holds `#id` (letters, digits, . _ -), `gate=none|approval|evidence` and
/// `rollback=<id of another step>`. Steps without an id get s1, s2… by position. Headings below the title
/// group steps; their text is kept as the step's section. A `[x]` box is read like `[ ]`: a template has
/// no progress of its own. Headings end CommonMark's way: closing #s count only after a space. A backslash
/// before punctuation at the start of a description line is an escape (`\# not a heading`). Control
/// characters (C0 but the tab, DEL, C1) are refused with the line; CRLF line ends are fine.
struct RunbookTemplate
{
    struct Step
    {
        QString id;
        QString text;
        Gate gate = Gate::None;
        QString rollback;
        QString section;
    };

    QString name;
    QString description;
    QList<Step> steps;

    /// Parses @p markdown; on failure returns false and @p error names the line ("line 7: …").
    [[nodiscard]] static bool parse(const QString &markdown, RunbookTemplate *out, Error *error);
    /// The steps as runbook.attached wants them: [{id, text, gate, rollback?}].
    [[nodiscard]] QJsonArray stepsJson() const;
    /// Back to Markdown in the documented syntax (parse(toMarkdown()) gives the same template).
    [[nodiscard]] QString toMarkdown() const;
};

} // namespace Warroom
