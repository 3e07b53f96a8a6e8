// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventstore.h"
#include "runbookstore.h"
#include "tokenstore.h"

#include <QString>

#include <memory>

namespace Warroom {

class SqlStoreCommon;

/// The event log in one SQLite file: WAL, a busy timeout, BEGIN IMMEDIATE for read-then-write, schema
/// versions in PRAGMA user_version with a backup copy made before any migration. Beside the log it keeps
/// warroomd's API tokens (hashes only) and the team's runbook templates (schema v3).
class SqliteStore final : public EventStore, public TokenStore, public RunbookStore
{
public:
    /// The schema version this build writes.
    /// v1 events · v2 meta (store id, created at) · v3 tokens and runbooks (warroomd).
    static constexpr int SchemaVersion = 3;
    /// How long a connection waits for another writer before giving up with "locked".
    static constexpr int DefaultBusyTimeoutMs = 10000;

    /// Opens (creating if needed) the database at @p path and migrates it to SchemaVersion.
    /// Returns nullptr with a clear @p error for a missing folder, a read-only or locked file, a file that
    /// is not a database, a corrupt one, or a failed migration (the error then names the backup file).
    [[nodiscard]] static std::unique_ptr<SqliteStore> open(const QString &path, Error *error);
    /// For tests only: creates or opens @p path and migrates it no further than @p version.
    [[nodiscard]] static std::unique_ptr<SqliteStore> openAtVersion(
        const QString &path, int version, Error *error);

    ~SqliteStore() override;

    [[nodiscard]] QString kind() const override { return QStringLiteral("sqlite"); }
    bool append(const EventList &events, QList<AppendOutcome> *outcomes, Error *error) override;
    bool readAfter(qint64 afterSeq, int limit, EventList *events, Error *error) override;
    bool readIncident(const QString &incident, EventList *events, Error *error) override;
    bool readById(const QString &id, Event *event, Error *error) override;
    [[nodiscard]] qint64 lastSeq(Error *error) override;
    /// Other connections' and processes' commits to the file (data_version, a file watcher and a 250 ms
    /// poll): several warroomd on one file wake each other's long-polls. Stops with @p context or the store.
    bool watchAppends(QObject *context, std::function<void(qint64 lastSeq)> onAppend, Error *error) override;

    bool addToken(const TokenRecord &token, Error *error) override;
    bool listTokens(QList<TokenRecord> *tokens, Error *error) override;
    bool revokeToken(const QString &name, const QDateTime &at, Error *error) override;
    bool findToken(const QByteArray &hash, TokenRecord *token, bool *found, Error *error) override;

    bool putRunbook(const StoredRunbook &runbook, bool *created, Error *error) override;
    bool listRunbooks(QList<StoredRunbook> *runbooks, Error *error) override;
    bool findRunbook(const QString &name, StoredRunbook *runbook, bool *found, Error *error) override;

    /// Writes a consistent copy of the whole database to @p file (VACUUM INTO: safe while others write).
    /// Refuses to overwrite an existing file.
    bool backupTo(const QString &file, Error *error);

    [[nodiscard]] QString path() const;
    [[nodiscard]] int schemaVersion() const;
    /// PRAGMA data_version: changes when another connection (or process) commits to the file.
    [[nodiscard]] qint64 dataVersion() const;
    /// The backup made by the last migration at open, or empty when none was needed.
    [[nodiscard]] QString migrationBackup() const;
    /// Runs an arbitrary PRAGMA/statement on the connection. For tests (e.g. "PRAGMA max_page_count=…").
    bool execForTesting(const QString &sql, Error *error);
    /// For tests only: the busy timeout of stores opened from now on (<= 0 restores DefaultBusyTimeoutMs).
    static void setBusyTimeoutForTesting(int msecs);

private:
    struct Private;
    explicit SqliteStore(std::unique_ptr<Private> d);
    /// Event reads, tokens and runbooks: the same SQL on both backends.
    [[nodiscard]] SqlStoreCommon common() const;
    std::unique_ptr<Private> d;
};

} // namespace Warroom
