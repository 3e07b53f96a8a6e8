// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestore.h"

#include "sqliteappendwatch.h"
#include "sqlstorecommon.h"

#include "clock.h"
#include "logging.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <optional>

namespace Warroom {

namespace {

int s_busyTimeoutMs = SqliteStore::DefaultBusyTimeoutMs;

// SQLite primary result codes (sqlite3.h); the Qt driver puts them in QSqlError::nativeErrorCode().
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

int primaryCode(const QSqlError &sqlError)
{
    bool ok = false;
    const int code = sqlError.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1; // extended codes carry the primary code in the low byte
}

QString sqlDetail(const QSqlError &sqlError)
{
    return sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
}

/// A sentence fragment saying what went wrong, in words a person can act on.
QString describe(const QSqlError &sqlError, int busyTimeoutMs)
{
    const QString detail = sqlDetail(sqlError);
    switch (primaryCode(sqlError)) {
    case SqliteFull:
        return QStringLiteral("the disk or database is full (%1)").arg(detail);
    case SqliteBusy:
    case SqliteLocked:
        return QStringLiteral(
            "the database is locked by another process or connection; gave up after waiting "
            "%1 s (%2)")
            .arg(QString::number(busyTimeoutMs / 1000.0), detail);
    case SqliteReadOnly:
        return QStringLiteral("the database is read-only (%1)").arg(detail);
    case SqliteCorrupt:
        return QStringLiteral("the database is corrupt (%1)").arg(detail);
    case SqliteNotADb:
        return QStringLiteral("the file is not a Warroom database (not SQLite) (%1)").arg(detail);
    case SqliteIoErr:
        return QStringLiteral("a disk input/output error occurred (%1)").arg(detail);
    case SqliteCantOpen:
        return QStringLiteral("the file cannot be opened (%1)").arg(detail);
    default:
        return detail;
    }
}

/// Whether a file or folder may be written. QFileInfo::isWritable() asks access(), which always says yes to
/// root; the permission bits say what the owner meant, so a chmod 0444 file is refused for root as well.
bool isWritableEntry(const QFileInfo &info)
{
    constexpr auto anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

using StoreDetail::setError;
using StoreDetail::setQuietly;

// The first 16 bytes of every SQLite 3 database file, NUL included.
constexpr char SqliteMagic[] = "SQLite format 3";

} // namespace

struct SqliteStore::Private
{
    QString path;
    QString connectionName;
    QSqlDatabase db;
    int version = 0;
    QString backup;
    int busyTimeoutMs = DefaultBusyTimeoutMs;
    // Prepared once: append runs them for every event.
    std::optional<QSqlQuery> findById;
    std::optional<QSqlQuery> insertEvent;
    // The watches made by watchAppends(): they read through this connection, so they go with the store.
    QList<QPointer<SqliteAppendWatch>> watches;

    Private() = default;
    Private(const Private &) = delete;
    Private &operator=(const Private &) = delete;
    ~Private();

    bool open(const QString &rawPath, int targetVersion, Error *error);
    bool checkFile(Error *error) const;
    bool createOrMigrate(int current, int target, Error *error);
    bool makeBackup(int fromVersion, int toVersion, Error *error);
    bool applyStep(int step, QSqlError *sqlError);

    [[nodiscard]] Error fail(const QString &what, const QSqlError &sqlError) const;
    bool exec(const QString &sql, QSqlError *sqlError);
    bool queryInt(const QString &sql, qint64 *value, QSqlError *sqlError);
    bool begin(QSqlError *sqlError) { return exec(QStringLiteral("BEGIN IMMEDIATE"), sqlError); }
    bool commit(QSqlError *sqlError);
    void rollback();
    void finishQueries();
};

SqliteStore::Private::~Private()
{
    for (const QPointer<SqliteAppendWatch> &watch : std::as_const(watches))
        delete watch.data();
    // Every query must be gone before the connection is removed, or Qt warns that it is still in use.
    findById.reset();
    insertEvent.reset();
    if (db.isValid())
        db.close();
    db = QSqlDatabase();
    if (!connectionName.isEmpty())
        QSqlDatabase::removeDatabase(connectionName);
}

Error SqliteStore::Private::fail(const QString &what, const QSqlError &sqlError) const
{
    return Error::store(QStringLiteral("Could not %1 the event store %2: %3.")
                            .arg(what, path, describe(sqlError, busyTimeoutMs)));
}

bool SqliteStore::Private::exec(const QString &sql, QSqlError *sqlError)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (sqlError)
        *sqlError = query.lastError();
    return false;
}

bool SqliteStore::Private::queryInt(const QString &sql, qint64 *value, QSqlError *sqlError)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql) || !query.next()) {
        if (sqlError)
            *sqlError = query.lastError();
        return false;
    }
    *value = query.value(0).toLongLong();
    return true;
}

void SqliteStore::Private::finishQueries()
{
    if (findById)
        findById->finish();
    if (insertEvent)
        insertEvent->finish();
}

bool SqliteStore::Private::commit(QSqlError *sqlError)
{
    finishQueries();
    if (exec(QStringLiteral("COMMIT"), sqlError))
        return true;
    rollback();
    return false;
}

void SqliteStore::Private::rollback()
{
    finishQueries();
    QSqlError sqlError;
    // SQLite may already have rolled back by itself (e.g. after SQLITE_FULL): then there is nothing to undo.
    if (!exec(QStringLiteral("ROLLBACK"), &sqlError))
        qCDebug(lcStore).noquote()
            << QStringLiteral("Rollback on %1 reported: %2").arg(path, sqlDetail(sqlError));
}

bool SqliteStore::Private::checkFile(Error *error) const
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const QFileInfo folderInfo(folder);
    if (!folderInfo.exists() || !folderInfo.isDir()) {
        setError(error,
            Error::store(QStringLiteral("Cannot open the event store %1: the folder %2 does not exist.")
                             .arg(path, folder)));
        return false;
    }
    if (info.exists()) {
        if (info.isDir()) {
            setError(error,
                Error::store(QStringLiteral("Cannot open the event store %1: it is a folder, not a "
                                            "database file.")
                                 .arg(path)));
            return false;
        }
        if (!isWritableEntry(info)) {
            setError(error,
                Error::store(QStringLiteral("Cannot open the event store %1: the file is read-only. "
                                            "Warroom needs to write to it.")
                                 .arg(path)));
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            setError(error,
                Error::store(QStringLiteral("Cannot open the event store %1: the file cannot be read "
                                            "(%2).")
                                 .arg(path, file.errorString())));
            return false;
        }
        // An empty file is a new database to SQLite; anything else must start with the SQLite header.
        const QByteArray header = file.read(sizeof(SqliteMagic));
        if (info.size() > 0 && header != QByteArray(SqliteMagic, sizeof(SqliteMagic))) {
            setError(error,
                Error::store(
                    QStringLiteral("The file is not a Warroom database (not SQLite): %1").arg(path)));
            return false;
        }
    }
    // SQLite creates the file and, in WAL mode, the -wal and -shm files next to it.
    if (!isWritableEntry(folderInfo)) {
        setError(error,
            Error::store(QStringLiteral("Cannot open the event store %1: the folder %2 is read-only. "
                                        "Warroom needs to create files in it.")
                             .arg(path, folder)));
        return false;
    }
    return true;
}

bool SqliteStore::Private::applyStep(int step, QSqlError *sqlError)
{
    switch (step) {
    case 1:
        return exec(QStringLiteral(
                        "CREATE TABLE events(seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT "
                        "NULL, incident TEXT NOT NULL, type TEXT NOT NULL, actor TEXT NOT NULL, at TEXT "
                        "NOT NULL, recorded_at TEXT NOT NULL, data TEXT NOT NULL)"),
                   sqlError)
            && exec(QStringLiteral("CREATE INDEX events_incident_seq ON events(incident, seq)"), sqlError);
    case 2:
        return SqlStoreCommon::createMeta(db, sqlError);
    case 3:
        // Tokens: only the SHA-256 of each token is kept. A name is unique among valid tokens, so a revoked
        // name may be given out again while the revoked row stays for the audit trail.
        return exec(QStringLiteral(
                        "CREATE TABLE tokens(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, "
                        "role TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, "
                        "revoked_at TEXT)"),
                   sqlError)
            && exec(QStringLiteral(
                        "CREATE UNIQUE INDEX tokens_valid_name ON tokens(name) WHERE revoked_at IS NULL"),
                sqlError)
            && exec(QStringLiteral("CREATE TABLE runbooks(name TEXT PRIMARY KEY, markdown TEXT NOT NULL, "
                                   "updated_at TEXT NOT NULL, updated_by TEXT NOT NULL)"),
                sqlError);
    default:
        *sqlError
            = QSqlError(QStringLiteral("unknown schema step %1").arg(step), {}, QSqlError::UnknownError);
        return false;
    }
}

bool SqliteStore::Private::makeBackup(int fromVersion, int toVersion, Error *error)
{
    const QString stem = QStringLiteral("%1.v%2-%3")
                             .arg(path)
                             .arg(fromVersion)
                             .arg(Clock::now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString candidate = stem + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QStringLiteral("%1-%2.bak").arg(stem).arg(n);

    QSqlQuery vacuum(db);
    if (!vacuum.prepare(QStringLiteral("VACUUM INTO ?"))) {
        setError(error, fail(QStringLiteral("prepare the backup of"), vacuum.lastError()));
        return false;
    }
    vacuum.addBindValue(candidate);
    if (!vacuum.exec()) {
        const QSqlError sqlError = vacuum.lastError();
        vacuum.finish();
        QFile::remove(candidate); // a partial copy is worthless and would be mistaken for a backup
        setError(error,
            Error::store(QStringLiteral("Could not back up the event store %1 to %2 before migrating it "
                                        "from schema v%3 to v%4: %5. Nothing was changed.")
                             .arg(path, candidate)
                             .arg(fromVersion)
                             .arg(toVersion)
                             .arg(describe(sqlError, busyTimeoutMs))));
        return false;
    }
    backup = candidate;
    qCInfo(lcStore).noquote() << QStringLiteral(
        "Backed up %1 to %2 before migrating it from schema v%3 to v%4")
                                     .arg(path, backup)
                                     .arg(fromVersion)
                                     .arg(toVersion);
    return true;
}

bool SqliteStore::Private::createOrMigrate(int current, int target, Error *error)
{
    if (current > 0 && !makeBackup(current, target, error))
        return false;

    QSqlError sqlError;
    if (!begin(&sqlError)) {
        setError(error, fail(current == 0 ? QStringLiteral("create") : QStringLiteral("migrate"), sqlError));
        return false;
    }
    // Read again under the write lock: another process may have created or migrated the file meanwhile.
    qint64 now = 0;
    qint64 tables = 0;
    if (!queryInt(QStringLiteral("PRAGMA user_version"), &now, &sqlError)
        || !queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"), &tables, &sqlError)) {
        rollback();
        setError(error, fail(QStringLiteral("read the schema of"), sqlError));
        return false;
    }
    if (now != current || (current == 0 && tables > 0)) {
        rollback();
        if (now == 0) {
            setError(error,
                Error::store(QStringLiteral("The file is not a Warroom database: %1 holds tables but no "
                                            "Warroom schema version.")
                                 .arg(path)));
            return false;
        }
        version = static_cast<int>(now);
        if (version > SchemaVersion) {
            setError(error,
                Error::store(QStringLiteral("The event store %1 was written by a newer Warroom (schema "
                                            "v%2; this version reads up to v%3).")
                                 .arg(path)
                                 .arg(version)
                                 .arg(SchemaVersion)));
            return false;
        }
        return version >= target || createOrMigrate(version, target, error);
    }

    bool ok = true;
    for (int step = current + 1; ok && step <= target; ++step)
        ok = applyStep(step, &sqlError);
    ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(target), &sqlError);
    if (!ok)
        rollback();
    else
        ok = commit(&sqlError); // rolls back by itself when COMMIT fails
    if (!ok) {
        if (current == 0) {
            setError(error, fail(QStringLiteral("create"), sqlError));
        } else {
            setError(error,
                Error::store(QStringLiteral("Could not migrate the event store %1 from schema v%2 to v%3: "
                                            "%4. The database was left unchanged; a backup copy is at %5.")
                                 .arg(path)
                                 .arg(current)
                                 .arg(target)
                                 .arg(describe(sqlError, busyTimeoutMs), backup)));
        }
        return false;
    }
    if (current == 0) {
        qCInfo(lcStore).noquote()
            << QStringLiteral("Created the event store %1 at schema v%2").arg(path).arg(target);
    } else {
        qCInfo(lcStore).noquote() << QStringLiteral("Migrated the event store %1 from schema v%2 to v%3")
                                         .arg(path)
                                         .arg(current)
                                         .arg(target);
    }
    version = target;
    return true;
}

bool SqliteStore::Private::open(const QString &rawPath, int targetVersion, Error *error)
{
    if (rawPath.isEmpty()) {
        setError(error, Error::store(QStringLiteral("No path was given for the event store.")));
        return false;
    }
    path = QFileInfo(rawPath).absoluteFilePath();
    busyTimeoutMs = s_busyTimeoutMs;
    if (!checkFile(error))
        return false;
    // A new database holds the whole log and the token hashes: only its owner may read it. SQLite gives the
    // -wal and -shm files the mode of the database file.
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            setError(error,
                Error::store(
                    QStringLiteral("Cannot create the event store %1: %2.").arg(path, file.errorString())));
            return false;
        }
    }

    connectionName
        = QStringLiteral("warroom-store-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    if (!db.isValid()) {
        setError(error,
            Error::store(QStringLiteral("Cannot open the event store %1: the Qt SQLite driver (QSQLITE) "
                                        "is not available.")
                             .arg(path)));
        return false;
    }
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        setError(error, fail(QStringLiteral("open"), db.lastError()));
        return false;
    }

    QSqlError sqlError;
    // Per-connection settings. synchronous=FULL: in WAL mode this syncs the WAL at every commit, so an event
    // the store acknowledged survives a power loss too (NORMAL may lose the last commits). Appends come at
    // human speed, so the extra fsync per batch costs nothing anyone notices.
    if (!exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs), &sqlError)
        || !exec(QStringLiteral("PRAGMA foreign_keys = ON"), &sqlError)
        || !exec(QStringLiteral("PRAGMA synchronous = FULL"), &sqlError)) {
        setError(error, fail(QStringLiteral("configure"), sqlError));
        return false;
    }

    {
        QSqlQuery check(db);
        check.setForwardOnly(true);
        if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
            sqlError = check.lastError();
            if (primaryCode(sqlError) == SqliteNotADb) {
                setError(error,
                    Error::store(QStringLiteral("The file is not a Warroom database (not SQLite): %1 (%2)")
                                     .arg(path, sqlDetail(sqlError))));
            } else if (primaryCode(sqlError) == SqliteCorrupt) {
                setError(error,
                    Error::store(QStringLiteral("The event store %1 is corrupt: %2. Restore it from a "
                                                "backup.")
                                     .arg(path, sqlDetail(sqlError))));
            } else {
                setError(error, fail(QStringLiteral("check"), sqlError));
            }
            return false;
        }
        QStringList problems;
        while (check.next())
            problems << check.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (problems != QStringList {QStringLiteral("ok")}) {
            // SQLite lists every damaged page; the first few say enough.
            problems.removeAll(QStringLiteral("*** in database main ***"));
            constexpr int shown = 3;
            QString summary = problems.mid(0, shown).join(QStringLiteral("; "));
            if (problems.size() > shown)
                summary += QStringLiteral(" (and %1 more problems)").arg(problems.size() - shown);
            setError(error,
                Error::store(QStringLiteral("The event store %1 is corrupt: %2. Restore it from a "
                                            "backup.")
                                 .arg(path, summary)));
            return false;
        }
    }

    qint64 current = 0;
    if (!queryInt(QStringLiteral("PRAGMA user_version"), &current, &sqlError)) {
        setError(error, fail(QStringLiteral("read the schema version of"), sqlError));
        return false;
    }
    version = static_cast<int>(current);
    if (version > SchemaVersion) {
        setError(error,
            Error::store(QStringLiteral("The event store %1 was written by a newer Warroom (schema v%2; "
                                        "this version reads up to v%3).")
                             .arg(path)
                             .arg(version)
                             .arg(SchemaVersion)));
        return false;
    }
    if (version == 0) {
        qint64 tables = 0;
        if (!queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"), &tables, &sqlError)) {
            setError(error, fail(QStringLiteral("read the schema of"), sqlError));
            return false;
        }
        if (tables > 0) {
            setError(error,
                Error::store(QStringLiteral("The file is not a Warroom database: %1 holds tables but no "
                                            "Warroom schema version.")
                                 .arg(path)));
            return false;
        }
    }
    if (version < targetVersion && !createOrMigrate(version, targetVersion, error))
        return false;

    // After any migration, so that a failed one leaves a legacy file exactly as it was.
    QSqlQuery journal(db);
    if (!journal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !journal.next()) {
        setError(error, fail(QStringLiteral("switch to WAL"), journal.lastError()));
        return false;
    }
    const QString mode = journal.value(0).toString();
    journal.finish();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        setError(error,
            Error::store(QStringLiteral("Could not switch the event store %1 to WAL mode (it stays in "
                                        "\"%2\" mode).")
                             .arg(path, mode)));
        return false;
    }

    // Take the write lock once, so a read-only or locked database is refused now rather than at the first
    // append.
    if (!begin(&sqlError)) {
        setError(error, fail(QStringLiteral("lock"), sqlError));
        return false;
    }
    rollback();

    qCInfo(lcStore).noquote()
        << QStringLiteral("Opened the event store %1 at schema v%2").arg(path).arg(version);
    return true;
}

SqliteStore::SqliteStore(std::unique_ptr<Private> priv)
    : d(std::move(priv))
{ }

SqliteStore::~SqliteStore() = default;

std::unique_ptr<SqliteStore> SqliteStore::open(const QString &path, Error *error)
{
    auto priv = std::make_unique<Private>();
    if (!priv->open(path, SchemaVersion, error))
        return nullptr;
    return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(priv)));
}

std::unique_ptr<SqliteStore> SqliteStore::openAtVersion(const QString &path, int version, Error *error)
{
    if (version < 1 || version > SchemaVersion) {
        setError(error,
            Error::store(QStringLiteral("Cannot open the event store %1 at schema v%2: this version "
                                        "knows v1 to v%3.")
                             .arg(path)
                             .arg(version)
                             .arg(SchemaVersion)));
        return nullptr;
    }
    auto priv = std::make_unique<Private>();
    if (!priv->open(path, version, error))
        return nullptr;
    return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(priv)));
}

void SqliteStore::setBusyTimeoutForTesting(int msecs)
{
    s_busyTimeoutMs = msecs > 0 ? msecs : DefaultBusyTimeoutMs;
}

bool SqliteStore::append(const EventList &events, QList<AppendOutcome> *outcomes, Error *error)
{
    if (outcomes)
        outcomes->clear();
    if (const Error refusal = SqlStoreCommon::checkBatch(events, d->path)) {
        setError(error, refusal);
        return false;
    }
    if (events.isEmpty())
        return true;

    QSqlError sqlError;
    if (!d->findById) {
        d->findById.emplace(d->db);
        d->findById->setForwardOnly(true);
        if (!d->findById->prepare(QStringLiteral("SELECT seq, recorded_at FROM events WHERE id = ?"))) {
            sqlError = d->findById->lastError();
            d->findById.reset();
            setError(error, d->fail(QStringLiteral("prepare an append to"), sqlError));
            return false;
        }
    }
    if (!d->insertEvent) {
        d->insertEvent.emplace(d->db);
        if (!d->insertEvent->prepare(
                QStringLiteral("INSERT INTO events(id, incident, type, actor, at, recorded_at, "
                               "data) VALUES(?, ?, ?, ?, ?, ?, ?)"))) {
            sqlError = d->insertEvent->lastError();
            d->insertEvent.reset();
            setError(error, d->fail(QStringLiteral("prepare an append to"), sqlError));
            return false;
        }
    }

    const QDateTime recordedAt = Clock::now();
    const QString recordedText = Wire::formatTime(recordedAt);
    QList<AppendOutcome> result;
    result.reserve(events.size());

    // BEGIN IMMEDIATE: the duplicate check reads before it writes; a deferred transaction could not upgrade
    // its lock while another process writes, whatever the busy timeout. Holding the write lock from the
    // start also makes seq order equal commit order.
    if (!d->begin(&sqlError)) {
        setError(error, d->fail(QStringLiteral("append to"), sqlError));
        return false;
    }
    QSqlQuery &find = *d->findById;
    QSqlQuery &insert = *d->insertEvent;
    for (const Event &event : events) {
        AppendOutcome stored;
        bool duplicate = false;
        if (!SqlStoreCommon::findDuplicate(find, event, &duplicate, &stored, &sqlError)) {
            d->rollback();
            setError(error, d->fail(QStringLiteral("append to"), sqlError));
            return false;
        }
        if (duplicate) {
            result.append(stored);
            continue;
        }
        SqlStoreCommon::bindInsert(insert, event, recordedText);
        if (!insert.exec()) {
            sqlError = insert.lastError();
            d->rollback();
            setError(error, d->fail(QStringLiteral("append to"), sqlError));
            return false;
        }
        AppendOutcome outcome;
        outcome.seq = insert.lastInsertId().toLongLong();
        outcome.recordedAt = recordedAt;
        result.append(outcome);
    }
    if (!d->commit(&sqlError)) {
        setError(error, d->fail(QStringLiteral("append to"), sqlError));
        return false;
    }
    if (outcomes)
        *outcomes = std::move(result);
    return true;
}

bool SqliteStore::readAfter(qint64 afterSeq, int limit, EventList *events, Error *error)
{
    return common().readAfter(afterSeq, limit, events, error);
}

bool SqliteStore::readIncident(const QString &incident, EventList *events, Error *error)
{
    return common().readIncident(incident, events, error);
}

bool SqliteStore::readById(const QString &id, Event *event, Error *error)
{
    return common().readById(id, event, error);
}

qint64 SqliteStore::lastSeq(Error *error)
{
    qint64 seq = 0;
    QSqlError sqlError;
    if (!d->queryInt(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events"), &seq, &sqlError)) {
        setError(error, d->fail(QStringLiteral("read"), sqlError));
        return -1;
    }
    return seq;
}

QString SqliteStore::path() const
{
    return d->path;
}

int SqliteStore::schemaVersion() const
{
    return d->version;
}

qint64 SqliteStore::dataVersion() const
{
    qint64 value = -1;
    QSqlError sqlError;
    if (!d->queryInt(QStringLiteral("PRAGMA data_version"), &value, &sqlError)) {
        qCWarning(lcStore).noquote()
            << QStringLiteral("Could not read the data version of %1: %2").arg(d->path, sqlDetail(sqlError));
        return -1;
    }
    return value;
}

bool SqliteStore::watchAppends(QObject *context, std::function<void(qint64)> onAppend, Error *error)
{
    Q_UNUSED(error)
    d->watches.removeAll(nullptr);
    d->watches.append(new SqliteAppendWatch(
        d->path, [this] { return dataVersion(); }, [callback = std::move(onAppend)] { callback(0); },
        context));
    return true;
}

QString SqliteStore::migrationBackup() const
{
    return d->backup;
}

bool SqliteStore::execForTesting(const QString &sql, Error *error)
{
    QSqlError sqlError;
    if (d->exec(sql, &sqlError))
        return true;
    setError(error, d->fail(QStringLiteral("run \"%1\" on").arg(sql), sqlError));
    return false;
}

SqlStoreCommon SqliteStore::common() const
{
    return SqlStoreCommon(
        d->db, d->path,
        [this](const QString &what, const QSqlError &sqlError) { return d->fail(what, sqlError); },
        [](const QSqlError &sqlError) { return primaryCode(sqlError) == SqliteConstraint; });
}

bool SqliteStore::addToken(const TokenRecord &token, Error *error)
{
    return common().addToken(token, error);
}

bool SqliteStore::listTokens(QList<TokenRecord> *tokens, Error *error)
{
    return common().listTokens(tokens, error);
}

bool SqliteStore::revokeToken(const QString &name, const QDateTime &at, Error *error)
{
    return common().revokeToken(name, at, error);
}

bool SqliteStore::findToken(const QByteArray &hash, TokenRecord *token, bool *found, Error *error)
{
    return common().findToken(hash, token, found, error);
}

bool SqliteStore::putRunbook(const StoredRunbook &runbook, bool *created, Error *error)
{
    QSqlError sqlError;
    if (!d->begin(&sqlError)) {
        setError(error, d->fail(QStringLiteral("store a runbook in"), sqlError));
        return false;
    }
    bool exists = false;
    {
        QSqlQuery find(d->db);
        find.setForwardOnly(true);
        if (!find.prepare(QStringLiteral("SELECT 1 FROM runbooks WHERE name = ?"))) {
            sqlError = find.lastError();
        } else {
            find.addBindValue(runbook.name);
            if (find.exec())
                exists = find.next();
            else
                sqlError = find.lastError();
        }
    }
    if (!sqlError.isValid()) {
        QSqlQuery upsert(d->db);
        if (upsert.prepare(
                QStringLiteral("INSERT INTO runbooks(name, markdown, updated_at, updated_by) VALUES(?, ?, "
                               "?, ?) ON CONFLICT(name) DO UPDATE SET markdown = excluded.markdown, "
                               "updated_at = excluded.updated_at, updated_by = excluded.updated_by"))) {
            upsert.addBindValue(runbook.name);
            upsert.addBindValue(runbook.markdown);
            upsert.addBindValue(Wire::formatTime(runbook.updatedAt));
            upsert.addBindValue(runbook.updatedBy);
            if (!upsert.exec())
                sqlError = upsert.lastError();
        } else {
            sqlError = upsert.lastError();
        }
    }
    if (sqlError.isValid()) {
        d->rollback();
        setError(error, d->fail(QStringLiteral("store a runbook in"), sqlError));
        return false;
    }
    if (!d->commit(&sqlError)) {
        setError(error, d->fail(QStringLiteral("store a runbook in"), sqlError));
        return false;
    }
    if (created)
        *created = !exists;
    return true;
}

bool SqliteStore::listRunbooks(QList<StoredRunbook> *runbooks, Error *error)
{
    return common().listRunbooks(runbooks, error);
}

bool SqliteStore::findRunbook(const QString &name, StoredRunbook *runbook, bool *found, Error *error)
{
    return common().findRunbook(name, runbook, found, error);
}

bool SqliteStore::backupTo(const QString &file, Error *error)
{
    const QString target = QFileInfo(file).absoluteFilePath();
    if (QFileInfo::exists(target)) {
        setError(error,
            Error::store(QStringLiteral("Will not back up to %1: the file exists. Choose a new file name.")
                             .arg(target)));
        return false;
    }
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir()) {
        setError(error,
            Error::store(QStringLiteral("Cannot back up to %1: the folder %2 does not exist.")
                             .arg(target, QFileInfo(target).absolutePath())));
        return false;
    }
    QSqlQuery vacuum(d->db);
    if (!vacuum.prepare(QStringLiteral("VACUUM INTO ?"))) {
        setError(error, d->fail(QStringLiteral("prepare the backup of"), vacuum.lastError()));
        return false;
    }
    vacuum.addBindValue(target);
    if (!vacuum.exec()) {
        const QSqlError sqlError = vacuum.lastError();
        vacuum.finish();
        QFile::remove(target); // a partial copy would be mistaken for a backup
        setError(error,
            Error::store(QStringLiteral("Could not back up the event store %1 to %2: %3.")
                             .arg(d->path, target, describe(sqlError, d->busyTimeoutMs))));
        return false;
    }
    return true;
}

} // namespace Warroom
