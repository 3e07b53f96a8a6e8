// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresstore.h"

#include "sqlstorecommon.h"

#include "clock.h"
#include "logging.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <functional>
#include <optional>

namespace Warroom {

namespace {

// Advisory lock keys (any constant bigint; these spell "WARROOM1"/"WARROOM2" in ASCII). The append lock makes
// seq order equal commit order; the migration lock lets several warroomd start on one database at once.
constexpr qint64 AppendLockKey = 0x5741'5252'4f4f'4d31;
constexpr qint64 MigrationLockKey = 0x5741'5252'4f4f'4d32;

// SQLSTATE codes (PostgreSQL appendix A).
const QLatin1StringView UniqueViolation {"23505"};
const QLatin1StringView InvalidPassword {"28P01"};
const QLatin1StringView InvalidAuthorization {"28000"};
const QLatin1StringView InvalidCatalogName {"3D000"};

using StoreDetail::setError;
using StoreDetail::setQuietly;

/// The connection is gone (the server restarted, a failover, a network cut): worth connecting again.
bool isConnectionLoss(const QSqlError &sqlError)
{
    const QString code = sqlError.nativeErrorCode();
    // Class 08: connection exception; 57P01-03: the server shut down or is starting.
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01")
        || code == QLatin1String("57P02") || code == QLatin1String("57P03"))
        return true;
    const QString text = sqlError.databaseText() + QLatin1Char(' ') + sqlError.driverText();
    return sqlError.type() == QSqlError::ConnectionError
        || text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("terminating connection"))
        || text.contains(QLatin1String("connection to server"))
        || text.contains(QLatin1String("SSL SYSCALL"));
}

QString sqlDetail(const QSqlError &sqlError)
{
    QString text = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
    return text.trimmed();
}

} // namespace

QString PostgresStore::ConnectionInfo::display() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    if (!host.startsWith(QLatin1Char('/')))
        text += host + QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + database;
    if (host.startsWith(QLatin1Char('/'))) {
        text += QStringLiteral("?host=") + host;
        if (port != 5432)
            text += QStringLiteral("&port=%1").arg(port);
    }
    return text;
}

bool PostgresStore::isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool PostgresStore::parseUrl(const QString &url, ConnectionInfo *info, Error *error)
{
    const auto bad = [&](const QString &why) {
        // Never repeat the URL itself: it may hold a password.
        setError(error,
            {QStringLiteral("invalid_url"), {},
                QStringLiteral("The PostgreSQL URL is not usable: %1. The form is "
                               "postgresql://user[:password]@host[:port]/dbname (or "
                               "postgresql://user@/dbname?host=/socket/folder).")
                    .arg(why)});
        return false;
    };
    if (!isUrl(url))
        return bad(QStringLiteral("it does not start with postgresql://"));
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return bad(QStringLiteral("it is not a valid URL (%1)").arg(parsed.errorString()));
    ConnectionInfo result;
    result.user = parsed.userName(QUrl::FullyDecoded);
    result.password = parsed.password(QUrl::FullyDecoded);
    result.host = parsed.host(QUrl::FullyDecoded);
    result.port = parsed.port(5432);
    if (result.port < 1 || result.port > 65535)
        return bad(QStringLiteral("the port must be between 1 and 65535"));
    QString path = parsed.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.isEmpty() || path.contains(QLatin1Char('/')))
        return bad(QStringLiteral("it names no database (…/dbname)"));
    result.database = path;

    QStringList options;
    const QUrlQuery query(parsed);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("host")) {
            result.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            result.port = value.toInt(&ok);
            if (!ok || result.port < 1 || result.port > 65535)
                return bad(QStringLiteral("the port must be between 1 and 65535"));
        } else if (key == QLatin1String("sslmode") || key == QLatin1String("connect_timeout")
            || key == QLatin1String("application_name") || key == QLatin1String("sslrootcert")) {
            if (value.contains(QLatin1Char(';')))
                return bad(QStringLiteral("the value of %1 holds a ';'").arg(key));
            options << QStringLiteral("%1=%2").arg(key, value);
        } else {
            return bad(QStringLiteral("the parameter \"%1\" is not supported (host, port, sslmode, "
                                      "connect_timeout, application_name, sslrootcert are)")
                           .arg(key));
        }
    }
    if (result.host.isEmpty())
        return bad(QStringLiteral("it names no host (…@host:port/… or ?host=/socket/folder)"));
    // An unreachable server should fail within seconds, not after the operating system's TCP timeout.
    if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=5");
    result.options = options.join(QLatin1Char(';'));
    *info = result;
    return true;
}

struct PostgresStore::Private
{
    ConnectionInfo info;
    QString connectionName;
    QSqlDatabase db;
    int version = 0;
    std::optional<QSqlQuery> findById;
    std::optional<QSqlQuery> insertEvent;

    Private() = default;
    Private(const Private &) = delete;
    Private &operator=(const Private &) = delete;
    ~Private();

    bool open(const QString &url, int targetVersion, Error *error);
    bool migrate(int targetVersion, Error *error);
    bool applyStep(int step, QSqlError *sqlError);
    [[nodiscard]] Error fail(const QString &what, const QSqlError &sqlError) const;
    [[nodiscard]] Error connectFailure(const QSqlError &sqlError) const;
    bool exec(const QString &sql, QSqlError *sqlError);
    bool queryValue(const QString &sql, QVariant *value, QSqlError *sqlError);
    void rollback();
    bool prepareAppendQueries(Error *error);
    /// The session settings every connection starts with.
    bool configure(Error *error);
    /// Opens the connection again after the server dropped it (a restart, a failover, an idle timeout).
    bool reconnect(Error *error);
    /// Runs @p attempt; when it failed because the connection was lost, connects again and runs it once
    /// more. Safe for writes too: an append is idempotent by event id, so a batch that did commit before the
    /// connection dropped is found, not stored twice.
    bool withReconnect(Error *error, const std::function<bool()> &attempt);

    bool listening = false; // subscribed to NotifyChannel: renewed after a reconnect
    mutable bool connectionLost = false; // set by fail() when a statement failed for want of a connection
};

PostgresStore::Private::~Private()
{
    findById.reset();
    insertEvent.reset();
    if (db.isValid())
        db.close();
    db = QSqlDatabase();
    if (!connectionName.isEmpty())
        QSqlDatabase::removeDatabase(connectionName);
}

Error PostgresStore::Private::fail(const QString &what, const QSqlError &sqlError) const
{
    if (isConnectionLoss(sqlError))
        connectionLost = true;
    return Error::store(QStringLiteral("Could not %1 the event store %2: %3.")
                            .arg(what, info.display(), sqlDetail(sqlError)));
}

Error PostgresStore::Private::connectFailure(const QSqlError &sqlError) const
{
    const QString code = sqlError.nativeErrorCode();
    const QString detail = sqlDetail(sqlError);
    const QString where = info.host.startsWith(QLatin1Char('/'))
        ? QStringLiteral("the socket folder %1").arg(info.host)
        : QStringLiteral("%1:%2").arg(info.host).arg(info.port);
    QString why;
    if (code == InvalidCatalogName
        || (detail.contains(QLatin1String("does not exist")) && detail.contains(QLatin1String("database")))) {
        why = QStringLiteral(
            "the database \"%1\" does not exist on the server at %2. Create it first (createdb "
            "%1) or fix the name in the URL")
                  .arg(info.database, where);
    } else if (code == InvalidPassword || code == InvalidAuthorization
        || detail.contains(QLatin1String("authentication failed"))
        || detail.contains(QLatin1String("password"))
        || (detail.contains(QLatin1String("role")) && detail.contains(QLatin1String("does not exist")))) {
        why = QStringLiteral("the server at %1 refused the user \"%2\": wrong password, unknown role or not "
                             "allowed by pg_hba.conf")
                  .arg(where, info.user);
    } else if (detail.contains(QLatin1String("Connection refused"))
        || detail.contains(QLatin1String("timeout")) || detail.contains(QLatin1String("No such file"))
        || detail.contains(QLatin1String("could not translate"))
        || detail.contains(QLatin1String("Network is unreachable"))
        || detail.contains(QLatin1String("No route to host"))) {
        why = QStringLiteral(
            "no PostgreSQL server answers at %1 (is it running, and are host and port right?)")
                  .arg(where);
    } else {
        why = QStringLiteral("the server at %1 refused the connection").arg(where);
    }
    return Error::store(
        QStringLiteral("Cannot connect to the PostgreSQL event store %1: %2. The server said: %3")
            .arg(info.display(), why, detail.simplified()));
}

bool PostgresStore::Private::exec(const QString &sql, QSqlError *sqlError)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (sqlError)
        *sqlError = query.lastError();
    return false;
}

bool PostgresStore::Private::queryValue(const QString &sql, QVariant *value, QSqlError *sqlError)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        if (sqlError)
            *sqlError = query.lastError();
        return false;
    }
    *value = query.next() ? query.value(0) : QVariant();
    return true;
}

void PostgresStore::Private::rollback()
{
    if (findById)
        findById->finish();
    if (insertEvent)
        insertEvent->finish();
    if (!db.rollback())
        qCDebug(lcStore).noquote()
            << QStringLiteral("Rollback on %1 reported: %2").arg(info.display(), sqlDetail(db.lastError()));
}

bool PostgresStore::Private::applyStep(int step, QSqlError *sqlError)
{
    switch (step) {
    case 1:
        return exec(QStringLiteral(
                        "CREATE TABLE events(seq BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                        "incident TEXT NOT NULL, type TEXT NOT NULL, actor TEXT NOT NULL, at TEXT NOT "
                        "NULL, recorded_at TEXT NOT NULL, data TEXT NOT NULL)"),
                   sqlError)
            && exec(QStringLiteral("CREATE INDEX events_incident_seq ON events(incident, seq)"), sqlError);
    case 2:
        return SqlStoreCommon::createMeta(db, sqlError);
    case 3:
        return exec(QStringLiteral(
                        "CREATE TABLE tokens(id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT "
                        "NULL, hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, revoked_at TEXT)"),
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

bool PostgresStore::Private::migrate(int targetVersion, Error *error)
{
    QSqlError sqlError;
    if (!db.transaction()) {
        setError(error, fail(QStringLiteral("start a migration of"), db.lastError()));
        return false;
    }
    const auto giveUp = [&](const Error &value) {
        rollback();
        setError(error, value);
        return false;
    };
    // Serialises concurrent starts: the second server waits here and then finds the schema current.
    if (!exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLockKey), &sqlError))
        return giveUp(fail(QStringLiteral("lock"), sqlError));
    QVariant value;
    if (!queryValue(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"), &value, &sqlError))
        return giveUp(fail(QStringLiteral("read the schema of"), sqlError));
    int current = 0;
    if (value.toBool()) {
        if (!queryValue(QStringLiteral("SELECT max(version) FROM schema_version"), &value, &sqlError))
            return giveUp(fail(QStringLiteral("read the schema version of"), sqlError));
        current = value.isNull() ? 0 : value.toInt();
    } else {
        if (!queryValue(QStringLiteral("SELECT to_regclass('events') IS NOT NULL"), &value, &sqlError))
            return giveUp(fail(QStringLiteral("read the schema of"), sqlError));
        if (value.toBool())
            return giveUp(
                Error::store(QStringLiteral("The database %1 is not a Warroom database: it holds a table "
                                            "\"events\" but no Warroom schema version.")
                                 .arg(info.display())));
        if (!exec(QStringLiteral("CREATE TABLE schema_version(version INTEGER NOT NULL)"), &sqlError))
            return giveUp(fail(QStringLiteral("create"), sqlError));
    }
    if (current > SchemaVersion)
        return giveUp(
            Error::store(QStringLiteral("The event store %1 was written by a newer Warroom (schema v%2; "
                                        "this version reads up to v%3).")
                             .arg(info.display())
                             .arg(current)
                             .arg(SchemaVersion)));
    if (current >= targetVersion) {
        rollback();
        version = current;
        return true;
    }
    for (int step = current + 1; step <= targetVersion; ++step) {
        if (!applyStep(step, &sqlError))
            return giveUp(
                Error::store(QStringLiteral("Could not migrate the event store %1 from schema v%2 to v%3: "
                                            "%4. The database was left unchanged (the migration runs in "
                                            "one transaction).")
                                 .arg(info.display())
                                 .arg(current)
                                 .arg(targetVersion)
                                 .arg(sqlDetail(sqlError))));
    }
    if (!exec(QStringLiteral("DELETE FROM schema_version"), &sqlError)
        || !exec(
            QStringLiteral("INSERT INTO schema_version(version) VALUES(%1)").arg(targetVersion), &sqlError))
        return giveUp(fail(QStringLiteral("migrate"), sqlError));
    if (!db.commit()) {
        const QSqlError commitError = db.lastError();
        return giveUp(
            Error::store(QStringLiteral("Could not migrate the event store %1 from schema v%2 to v%3: "
                                        "%4. The database was left unchanged.")
                             .arg(info.display())
                             .arg(current)
                             .arg(targetVersion)
                             .arg(sqlDetail(commitError))));
    }
    if (current == 0)
        qCInfo(lcStore).noquote() << QStringLiteral("Created the event store %1 at schema v%2")
                                         .arg(info.display())
                                         .arg(targetVersion);
    else
        qCInfo(lcStore).noquote() << QStringLiteral("Migrated the event store %1 from schema v%2 to v%3")
                                         .arg(info.display())
                                         .arg(current)
                                         .arg(targetVersion);
    version = targetVersion;
    return true;
}

bool PostgresStore::Private::open(const QString &url, int targetVersion, Error *error)
{
    if (!parseUrl(url, &info, error))
        return false;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        setError(error,
            Error::store(
                QStringLiteral("Cannot open the event store %1: the Qt PostgreSQL driver (QPSQL) is not "
                               "installed (Debian: libqt6sql6-psql).")
                    .arg(info.display())));
        return false;
    }
    connectionName = QStringLiteral("warroom-pg-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(info.host);
    db.setPort(info.port);
    db.setDatabaseName(info.database);
    db.setUserName(info.user);
    db.setPassword(info.password);
    db.setConnectOptions(info.options);
    if (!db.open()) {
        setError(error, connectFailure(db.lastError()));
        return false;
    }
    if (!configure(error) || !migrate(targetVersion, error))
        return false;
    qCInfo(lcStore).noquote()
        << QStringLiteral("Opened the event store %1 at schema v%2").arg(info.display()).arg(version);
    return true;
}

bool PostgresStore::Private::configure(Error *error)
{
    QSqlError sqlError;
    // Quiet the NOTICEs of CREATE … IF NOT EXISTS and the like; keep times and text predictable.
    if (!exec(QStringLiteral("SET client_min_messages = warning"), &sqlError)
        || !exec(QStringLiteral("SET client_encoding = 'UTF8'"), &sqlError)) {
        setError(error, fail(QStringLiteral("configure"), sqlError));
        return false;
    }
    return true;
}

bool PostgresStore::Private::reconnect(Error *error)
{
    findById.reset();
    insertEvent.reset();
    db.close();
    if (!db.open()) {
        setError(error, connectFailure(db.lastError()));
        return false;
    }
    if (!configure(error))
        return false;
    QSqlDriver *driver = db.driver();
    if (listening && !driver->subscribeToNotification(QString::fromLatin1(NotifyChannel))) {
        setError(error, fail(QStringLiteral("listen to"), driver->lastError()));
        return false;
    }
    qCWarning(lcStore).noquote() << QStringLiteral(
        "The connection to the event store %1 was lost; connected again")
                                        .arg(info.display());
    return true;
}

bool PostgresStore::Private::withReconnect(Error *error, const std::function<bool()> &attempt)
{
    connectionLost = false;
    if (attempt())
        return true;
    if (!connectionLost)
        return false;
    if (!reconnect(error))
        return false;
    connectionLost = false;
    return attempt();
}

bool PostgresStore::Private::prepareAppendQueries(Error *error)
{
    if (!findById) {
        findById.emplace(db);
        findById->setForwardOnly(true);
        if (!findById->prepare(QStringLiteral("SELECT seq, recorded_at FROM events WHERE id = ?"))) {
            const QSqlError sqlError = findById->lastError();
            findById.reset();
            setError(error, fail(QStringLiteral("prepare an append to"), sqlError));
            return false;
        }
    }
    if (!insertEvent) {
        insertEvent.emplace(db);
        insertEvent->setForwardOnly(true);
        if (!insertEvent->prepare(
                QStringLiteral("INSERT INTO events(id, incident, type, actor, at, recorded_at, data) "
                               "VALUES(?, ?, ?, ?, ?, ?, ?) RETURNING seq"))) {
            const QSqlError sqlError = insertEvent->lastError();
            insertEvent.reset();
            setError(error, fail(QStringLiteral("prepare an append to"), sqlError));
            return false;
        }
    }
    return true;
}

PostgresStore::PostgresStore(std::unique_ptr<Private> priv)
    : d(std::move(priv))
{ }

PostgresStore::~PostgresStore() = default;

std::unique_ptr<PostgresStore> PostgresStore::open(const QString &url, Error *error)
{
    auto priv = std::make_unique<Private>();
    if (!priv->open(url, SchemaVersion, error))
        return nullptr;
    return std::unique_ptr<PostgresStore>(new PostgresStore(std::move(priv)));
}

std::unique_ptr<PostgresStore> PostgresStore::openAtVersion(const QString &url, int version, Error *error)
{
    if (version < 1 || version > SchemaVersion) {
        setError(error,
            Error::store(
                QStringLiteral("Cannot open a PostgreSQL event store at schema v%1: this version knows v1 "
                               "to v%2.")
                    .arg(version)
                    .arg(SchemaVersion)));
        return nullptr;
    }
    auto priv = std::make_unique<Private>();
    if (!priv->open(url, version, error))
        return nullptr;
    return std::unique_ptr<PostgresStore>(new PostgresStore(std::move(priv)));
}

bool PostgresStore::append(const EventList &events, QList<AppendOutcome> *outcomes, Error *error)
{
    return d->withReconnect(error, [&] {
        if (outcomes)
            outcomes->clear();
        if (const Error refusal = SqlStoreCommon::checkBatch(events, d->info.display())) {
            setError(error, refusal);
            return false;
        }
        if (events.isEmpty())
            return true;
        if (!d->prepareAppendQueries(error))
            return false;

        const QDateTime recordedAt = Clock::now();
        const QString recordedText = Wire::formatTime(recordedAt);
        QList<AppendOutcome> result;
        result.reserve(events.size());
        if (!d->db.transaction()) {
            setError(error, d->fail(QStringLiteral("append to"), d->db.lastError()));
            return false;
        }
        const auto giveUp = [&](const QSqlError &sqlError) {
            d->rollback();
            setError(error, d->fail(QStringLiteral("append to"), sqlError));
            return false;
        };
        QSqlError sqlError;
        // Held until COMMIT: the next appender gets its seqs only after ours are visible, so seq order is
        // commit order and a reader that asks "after N" never skips a row that commits late.
        if (!d->exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(AppendLockKey), &sqlError))
            return giveUp(sqlError);
        QSqlQuery &find = *d->findById;
        QSqlQuery &insert = *d->insertEvent;
        qint64 last = 0;
        for (const Event &event : events) {
            AppendOutcome stored;
            bool duplicate = false;
            if (!SqlStoreCommon::findDuplicate(find, event, &duplicate, &stored, &sqlError))
                return giveUp(sqlError);
            if (duplicate) {
                result.append(stored);
                continue;
            }
            SqlStoreCommon::bindInsert(insert, event, recordedText);
            if (!insert.exec() || !insert.next())
                return giveUp(insert.lastError());
            AppendOutcome outcome;
            outcome.seq = insert.value(0).toLongLong();
            outcome.recordedAt = recordedAt;
            insert.finish();
            last = std::max(last, outcome.seq);
            result.append(outcome);
        }
        if (last > 0) {
            // Delivered to listeners at COMMIT, and only if it commits.
            QSqlQuery notify(d->db);
            if (!notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"))) {
                return giveUp(notify.lastError());
            }
            notify.addBindValue(QString::fromLatin1(NotifyChannel));
            notify.addBindValue(QString::number(last));
            if (!notify.exec())
                return giveUp(notify.lastError());
        }
        if (!d->db.commit()) {
            const QSqlError commitError = d->db.lastError();
            return giveUp(commitError);
        }
        if (outcomes)
            *outcomes = std::move(result);
        return true;
    });
}

bool PostgresStore::readAfter(qint64 afterSeq, int limit, EventList *events, Error *error)
{
    return d->withReconnect(error, [&] { return common().readAfter(afterSeq, limit, events, error); });
}

bool PostgresStore::readIncident(const QString &incident, EventList *events, Error *error)
{
    return d->withReconnect(error, [&] { return common().readIncident(incident, events, error); });
}

bool PostgresStore::readById(const QString &id, Event *event, Error *error)
{
    return d->withReconnect(error, [&] { return common().readById(id, event, error); });
}

qint64 PostgresStore::lastSeq(Error *error)
{
    qint64 seq = -1;
    d->withReconnect(error, [&] {
        QVariant value;
        QSqlError sqlError;
        if (!d->queryValue(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events"), &value, &sqlError)) {
            setError(error, d->fail(QStringLiteral("read"), sqlError));
            return false;
        }
        seq = value.toLongLong();
        return true;
    });
    return seq;
}

bool PostgresStore::watchAppends(QObject *context, std::function<void(qint64)> onAppend, Error *error)
{
    QSqlDriver *driver = d->db.driver();
    const QString channel = QString::fromLatin1(NotifyChannel);
    if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel)) {
        setError(error, d->fail(QStringLiteral("listen to"), driver->lastError()));
        return false;
    }
    d->listening = true;
    QObject::connect(driver, &QSqlDriver::notification, context,
        [channel, callback = std::move(onAppend)](
            const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
            // Our own appends are folded by whoever made them; only other connections' news matter here.
            if (name != channel || source == QSqlDriver::SelfSource)
                return;
            bool ok = false;
            const qint64 seq = payload.toString().toLongLong(&ok);
            callback(ok ? seq : 0);
        });
    return true;
}

SqlStoreCommon PostgresStore::common() const
{
    return SqlStoreCommon(
        d->db, d->info.display(),
        [this](const QString &what, const QSqlError &sqlError) { return d->fail(what, sqlError); },
        [](const QSqlError &sqlError) { return sqlError.nativeErrorCode() == UniqueViolation; });
}

bool PostgresStore::addToken(const TokenRecord &token, Error *error)
{
    return d->withReconnect(error, [&] { return common().addToken(token, error); });
}

bool PostgresStore::listTokens(QList<TokenRecord> *tokens, Error *error)
{
    return d->withReconnect(error, [&] { return common().listTokens(tokens, error); });
}

bool PostgresStore::revokeToken(const QString &name, const QDateTime &at, Error *error)
{
    return d->withReconnect(error, [&] { return common().revokeToken(name, at, error); });
}

bool PostgresStore::findToken(const QByteArray &hash, TokenRecord *token, bool *found, Error *error)
{
    return d->withReconnect(error, [&] { return common().findToken(hash, token, found, error); });
}

bool PostgresStore::putRunbook(const StoredRunbook &runbook, bool *created, Error *error)
{
    return d->withReconnect(error, [&] {
        // xmax = 0 on the returned row means it was inserted rather than updated.
        QSqlQuery query(d->db);
        query.setForwardOnly(true);
        if (!query.prepare(QStringLiteral(
                "INSERT INTO runbooks(name, markdown, updated_at, updated_by) VALUES(?, ?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET markdown = excluded.markdown, updated_at = "
                "excluded.updated_at, updated_by = excluded.updated_by RETURNING (xmax = 0)"))) {
            setError(error, d->fail(QStringLiteral("store a runbook in"), query.lastError()));
            return false;
        }
        query.addBindValue(runbook.name);
        query.addBindValue(runbook.markdown);
        query.addBindValue(Wire::formatTime(runbook.updatedAt));
        query.addBindValue(runbook.updatedBy);
        if (!query.exec() || !query.next()) {
            setError(error, d->fail(QStringLiteral("store a runbook in"), query.lastError()));
            return false;
        }
        if (created)
            *created = query.value(0).toBool();
        return true;
    });
}

bool PostgresStore::listRunbooks(QList<StoredRunbook> *runbooks, Error *error)
{
    return d->withReconnect(error, [&] { return common().listRunbooks(runbooks, error); });
}

bool PostgresStore::findRunbook(const QString &name, StoredRunbook *runbook, bool *found, Error *error)
{
    return d->withReconnect(error, [&] { return common().findRunbook(name, runbook, found, error); });
}

int PostgresStore::schemaVersion() const
{
    return d->version;
}

const PostgresStore::ConnectionInfo &PostgresStore::connectionInfo() const
{
    return d->info;
}

bool PostgresStore::execForTesting(const QString &sql, Error *error)
{
    QSqlError sqlError;
    if (d->exec(sql, &sqlError))
        return true;
    setError(error, d->fail(QStringLiteral("run \"%1\" on").arg(sql), sqlError));
    return false;
}

} // namespace Warroom
