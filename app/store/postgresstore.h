// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventstore.h"
#include "runbookstore.h"
#include "tokenstore.h"

#include <QString>

#include <memory>

namespace Warroom {

class SqlStoreCommon;

/// The event log in PostgreSQL, for a team that outgrew one machine (DESIGN §2, §4): the same tables as
/// SqliteStore (events with a BIGSERIAL seq, tokens, runbooks), schema versions in a schema_version table,
/// migrations in one transaction. Appends take a transaction-scoped advisory lock so that seq order equals
/// commit order (a reader asking "after seq N" can then never skip a row that commits late), and NOTIFY
/// warroom_events with the last seq at commit, so that several warroomd on one database wake each other.
class PostgresStore final : public EventStore, public TokenStore, public RunbookStore
{
public:
    /// The schema version this build writes (the same numbering as SqliteStore).
    static constexpr int SchemaVersion = 3;
    /// The LISTEN/NOTIFY channel appends are announced on; the payload is the last seq of the batch.
    static constexpr const char *NotifyChannel = "warroom_events";

    /// Where to connect, from postgresql://user[:password]@host[:port]/dbname[?host=/socket/dir&…].
    struct ConnectionInfo
    {
        QString user;
        QString password;
        QString host; ///< a host name or address, or a folder holding the server's Unix socket
        int port = 5432;
        QString database;
        QString options; ///< libpq options for QSqlDatabase::setConnectOptions ("sslmode=require;…")
        /// The URL without the password, for messages and logs.
        [[nodiscard]] QString display() const;
    };

    /// True when @p text is a postgresql:// (or postgres://) URL rather than a file path.
    [[nodiscard]] static bool isUrl(const QString &text);
    /// Parses @p url; on failure returns false with @p error saying what is wrong with it.
    [[nodiscard]] static bool parseUrl(const QString &url, ConnectionInfo *info, Error *error);

    /// Connects to the database at @p url and migrates it to SchemaVersion. Returns nullptr with a clear
    /// @p error for a bad URL, an unreachable server, refused credentials, a missing database, a database
    /// that holds something else, or one written by a newer Warroom.
    [[nodiscard]] static std::unique_ptr<PostgresStore> open(const QString &url, Error *error);
    /// For tests only: connects and migrates no further than @p version.
    [[nodiscard]] static std::unique_ptr<PostgresStore> openAtVersion(
        const QString &url, int version, Error *error);

    ~PostgresStore() override;

    [[nodiscard]] QString kind() const override { return QStringLiteral("postgres"); }
    bool append(const EventList &events, QList<AppendOutcome> *outcomes, Error *error) override;
    bool readAfter(qint64 afterSeq, int limit, EventList *events, Error *error) override;
    bool readIncident(const QString &incident, EventList *events, Error *error) override;
    bool readById(const QString &id, Event *event, Error *error) override;
    [[nodiscard]] qint64 lastSeq(Error *error) override;
    /// LISTEN warroom_events on this connection; notifications of our own appends are left out.
    bool watchAppends(QObject *context, std::function<void(qint64 lastSeq)> onAppend, Error *error) override;

    bool addToken(const TokenRecord &token, Error *error) override;
    bool listTokens(QList<TokenRecord> *tokens, Error *error) override;
    bool revokeToken(const QString &name, const QDateTime &at, Error *error) override;
    bool findToken(const QByteArray &hash, TokenRecord *token, bool *found, Error *error) override;

    bool putRunbook(const StoredRunbook &runbook, bool *created, Error *error) override;
    bool listRunbooks(QList<StoredRunbook> *runbooks, Error *error) override;
    bool findRunbook(const QString &name, StoredRunbook *runbook, bool *found, Error *error) override;

    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] const ConnectionInfo &connectionInfo() const;
    /// Runs an arbitrary statement on the connection. For tests.
    bool execForTesting(const QString &sql, Error *error);

private:
    struct Private;
    explicit PostgresStore(std::unique_ptr<Private> d);
    /// Event reads, tokens and runbooks: the same SQL on both backends.
    [[nodiscard]] SqlStoreCommon common() const;
    std::unique_ptr<Private> d;
};

} // namespace Warroom
