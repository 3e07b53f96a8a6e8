// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventstore.h"

#include <QString>

#include <memory>

namespace Warroom {

/// The event log in one SQLite file: WAL, a busy timeout, BEGIN IMMEDIATE for read-then-write, schema
/// versions in PRAGMA user_version with a backup copy made before any migration.
class SqliteStore final : public EventStore
{
public:
    /// The schema version this build writes.
    static constexpr int SchemaVersion = 2;
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
    std::unique_ptr<Private> d;
};

} // namespace Warroom
