// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeopener.h"

#include "postgresstore.h"
#include "sqlitestore.h"

#include <QDir>
#include <QFileInfo>

namespace Warroom {

OpenedStore::~OpenedStore() = default;

std::unique_ptr<OpenedStore> OpenedStore::open(const QString &database, Error *error)
{
    std::unique_ptr<OpenedStore> opened(new OpenedStore);
    if (PostgresStore::isUrl(database)) {
        opened->m_postgres = PostgresStore::open(database, error);
        if (!opened->m_postgres)
            return nullptr;
        opened->m_description = opened->m_postgres->connectionInfo().display();
        return opened;
    }
    QString path = database;
    if (path.isEmpty()) {
        path = ServerConfig::defaultDatabase();
        // The service's own folder may not exist on a first start; a folder someone named must.
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    opened->m_sqlite = SqliteStore::open(path, error);
    if (!opened->m_sqlite)
        return nullptr;
    opened->m_description = opened->m_sqlite->path();
    return opened;
}

ApiServer::Stores OpenedStore::stores() const
{
    if (m_postgres)
        return {m_postgres.get(), m_postgres.get(), m_postgres.get()};
    return {m_sqlite.get(), m_sqlite.get(), m_sqlite.get()};
}

EventStore *OpenedStore::events() const
{
    return stores().events;
}

TokenStore *OpenedStore::tokens() const
{
    return stores().tokens;
}

} // namespace Warroom
