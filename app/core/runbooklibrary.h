// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbooktemplate.h"

#include <QList>
#include <QStringList>

namespace Warroom {

/// The runbook templates a team can attach: the ones shipped with Warroom (embedded under :/runbooks) and
/// the Markdown files in user folders. A broken file is listed with its parse error rather than dropped, so
/// the person who wrote it learns why it does not show up.
class RunbookLibrary
{
public:
    struct Entry
    {
        QString key; ///< file name without .md ("restore-database-backup"); unique in the library
        QString path; ///< ":/runbooks/…" or a file path
        bool builtIn = false;
        RunbookTemplate runbook; ///< valid when error is empty
        Error error;
    };

    /// Loads the built-in templates, then every *.md in @p folders (a user file with a built-in key
    /// replaces the built-in one: teams adapt the shipped runbooks to their systems).
    void load(const QStringList &folders = {});
    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    [[nodiscard]] const Entry *find(const QString &key) const;

    /// Validates the Markdown file at @p source and copies it into @p folder as <key>.md. Returns the key,
    /// or an empty string with @p error naming the line that is wrong.
    static QString import(const QString &source, const QString &folder, Error *error);

    [[nodiscard]] static QString builtInFolder() { return QStringLiteral(":/runbooks"); }

private:
    void loadFolder(const QString &folder, bool builtIn);
    QList<Entry> m_entries;
};

} // namespace Warroom
