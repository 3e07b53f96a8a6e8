// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Warroom {

/// A runbook template a team stored on the server (PUT /api/v1/runbooks/{name}), as Markdown.
struct StoredRunbook
{
    QString name; ///< the URL name ("restore-database-backup")
    QString markdown;
    QDateTime updatedAt;
    QString updatedBy; ///< name of the token that stored it
};

/// The team's runbook templates beside the event log. Templates are configuration, not history: a PUT
/// replaces the text, and incidents keep the snapshot they attached (runbook.attached), so nothing that
/// happened is rewritten. Implemented by SqliteStore and PostgresStore.
class RunbookStore
{
public:
    virtual ~RunbookStore();

    /// Inserts or replaces the template called runbook.name; @p created says which it was.
    virtual bool putRunbook(const StoredRunbook &runbook, bool *created, Error *error) = 0;
    /// Every stored template, by name.
    virtual bool listRunbooks(QList<StoredRunbook> *runbooks, Error *error) = 0;
    /// The template called @p name; @p found says whether there is one.
    virtual bool findRunbook(const QString &name, StoredRunbook *runbook, bool *found, Error *error) = 0;
};

} // namespace Warroom
