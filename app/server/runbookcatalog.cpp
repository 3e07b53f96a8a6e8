// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbookcatalog.h"

#include "clock.h"
#include "runbooklibrary.h"
#include "serverlogging.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace Warroom {

RunbookCatalog::RunbookCatalog(RunbookStore *store)
    : m_store(store)
{
    RunbookLibrary library;
    library.load();
    for (const RunbookLibrary::Entry &entry : library.entries()) {
        if (!entry.builtIn || entry.error)
            continue;
        QFile file(entry.path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Item item;
        item.name = entry.key;
        item.markdown = QString::fromUtf8(file.readAll());
        item.parsed = entry.runbook;
        item.builtIn = true;
        m_builtIn.append(item);
    }
    if (m_builtIn.isEmpty())
        qCWarning(lcServer) << "no built-in runbook templates found under" << RunbookLibrary::builtInFolder();
}

bool RunbookCatalog::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

bool RunbookCatalog::list(QList<Item> *items, Error *error) const
{
    QList<StoredRunbook> stored;
    if (!m_store->listRunbooks(&stored, error))
        return false;
    QList<Item> result;
    for (const Item &item : m_builtIn) {
        const bool replaced = std::any_of(
            stored.cbegin(), stored.cend(), [&](const StoredRunbook &s) { return s.name == item.name; });
        if (!replaced)
            result.append(item);
    }
    for (const StoredRunbook &runbook : std::as_const(stored)) {
        Item item;
        item.name = runbook.name;
        item.markdown = runbook.markdown;
        item.updatedAt = runbook.updatedAt;
        item.updatedBy = runbook.updatedBy;
        Error ignored;
        // Stored only after it parsed; a failure here would mean a newer parser, so list it without steps.
        if (!RunbookTemplate::parse(runbook.markdown, &item.parsed, &ignored))
            qCWarning(lcServer).noquote()
                << "stored runbook" << runbook.name << "no longer parses:" << ignored.message;
        result.append(item);
    }
    std::sort(result.begin(), result.end(), [](const Item &a, const Item &b) { return a.name < b.name; });
    *items = std::move(result);
    return true;
}

bool RunbookCatalog::find(const QString &name, Item *item, bool *found, Error *error) const
{
    StoredRunbook stored;
    if (!m_store->findRunbook(name, &stored, found, error))
        return false;
    if (*found) {
        item->name = stored.name;
        item->markdown = stored.markdown;
        item->updatedAt = stored.updatedAt;
        item->updatedBy = stored.updatedBy;
        item->builtIn = false;
        Error ignored;
        (void)RunbookTemplate::parse(stored.markdown, &item->parsed, &ignored);
        return true;
    }
    for (const Item &candidate : m_builtIn) {
        if (candidate.name == name) {
            *item = candidate;
            *found = true;
            return true;
        }
    }
    return true;
}

bool RunbookCatalog::put(
    const QString &name, const QString &markdown, const QString &by, Item *item, bool *created, Error *error)
{
    RunbookTemplate parsed;
    if (!RunbookTemplate::parse(markdown, &parsed, error))
        return false;
    StoredRunbook runbook;
    runbook.name = name;
    runbook.markdown = markdown;
    runbook.updatedAt = Clock::now();
    runbook.updatedBy = by;
    if (!m_store->putRunbook(runbook, created, error))
        return false;
    item->name = name;
    item->markdown = markdown;
    item->parsed = parsed;
    item->builtIn = false;
    item->updatedAt = runbook.updatedAt;
    item->updatedBy = by;
    return true;
}

} // namespace Warroom
