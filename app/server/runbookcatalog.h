// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbookstore.h"
#include "runbooktemplate.h"

#include <QList>

namespace Warroom {

/// The runbook templates warroomd serves: the ones shipped with Warroom (embedded in Warroom::Core under
/// :/runbooks) and the ones the team stored with PUT. A stored template with a shipped template's name
/// replaces it, as a user file does in the desktop RunbookLibrary.
class RunbookCatalog
{
public:
    struct Item
    {
        QString name; ///< the URL name
        QString markdown;
        RunbookTemplate parsed;
        bool builtIn = false;
        QDateTime updatedAt; ///< stored ones only
        QString updatedBy;
    };

    explicit RunbookCatalog(RunbookStore *store);

    /// Names in URLs: 1 to 64 lower-case letters, digits, - and _, starting with a letter or digit.
    [[nodiscard]] static bool isValidName(const QString &name);

    bool list(QList<Item> *items, Error *error) const;
    bool find(const QString &name, Item *item, bool *found, Error *error) const;
    /// Validates @p markdown (RunbookTemplate::parse; the error names the line) and stores it.
    bool put(const QString &name, const QString &markdown, const QString &by, Item *item, bool *created,
        Error *error);

private:
    RunbookStore *m_store;
    QList<Item> m_builtIn;
};

} // namespace Warroom
