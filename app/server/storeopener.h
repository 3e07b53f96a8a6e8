// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiserver.h"

#include <memory>

namespace Warroom {

class PostgresStore;
class SqliteStore;

/// The database warroomd runs on, opened from --db: a SQLite file (the default, in the service's data
/// folder) or a postgresql:// URL. One object, seen through the three store interfaces.
class OpenedStore
{
public:
    /// Opens @p database (empty: ServerConfig::defaultDatabase(), its folder created when missing).
    [[nodiscard]] static std::unique_ptr<OpenedStore> open(const QString &database, Error *error);
    ~OpenedStore();

    [[nodiscard]] ApiServer::Stores stores() const;
    [[nodiscard]] EventStore *events() const;
    [[nodiscard]] TokenStore *tokens() const;
    [[nodiscard]] SqliteStore *sqlite() const { return m_sqlite.get(); }
    [[nodiscard]] PostgresStore *postgres() const { return m_postgres.get(); }
    /// The path or the URL without its password, for messages.
    [[nodiscard]] QString description() const { return m_description; }

private:
    OpenedStore() = default;
    std::unique_ptr<SqliteStore> m_sqlite;
    std::unique_ptr<PostgresStore> m_postgres;
    QString m_description;
};

} // namespace Warroom
