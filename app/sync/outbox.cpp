// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "clock.h"
#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Warroom {

struct Outbox::Private
{
    QString path;
    QString connectionName;
    QSqlDatabase db;

    ~Private()
    {
        if (db.isValid())
            db.close();
        db = QSqlDatabase();
        if (!connectionName.isEmpty())
            QSqlDatabase::removeDatabase(connectionName);
    }

    Error fail(const QString &what, const QSqlError &sqlError) const
    {
        const QString detail = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
        const Error error
            = Error::store(QStringLiteral("Could not %1 the outbox %2: %3.").arg(what, path, detail));
        qCWarning(lcSession).noquote() << error.message;
        return error;
    }

    /// Runs @p sql with @p values bound; returns the query (check isActive()).
    QSqlQuery run(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (query.prepare(sql)) {
            for (const QVariant &value : values)
                query.addBindValue(value);
            query.exec();
        }
        return query;
    }

    /// Runs @p body between BEGIN IMMEDIATE and COMMIT; rolls back when it returns false.
    template<typename Body> bool transaction(const QString &what, Error *error, Body body)
    {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            if (error)
                *error = fail(what, begin.lastError());
            return false;
        }
        begin.finish();
        QSqlError sqlError;
        if (!body(&sqlError)) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            if (error)
                *error = fail(what, sqlError);
            return false;
        }
        QSqlQuery commit(db);
        if (!commit.exec(QStringLiteral("COMMIT"))) {
            const QSqlError commitError = commit.lastError();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            if (error)
                *error = fail(what, commitError);
            return false;
        }
        return true;
    }

    bool readEvents(QSqlQuery &query, EventList *events, Error *error) const
    {
        events->clear();
        while (query.next()) {
            Event event;
            Error problem;
            if (!Event::fromJson(query.value(0).toByteArray(), &event, &problem)) {
                if (error)
                    *error = Error::store(QStringLiteral("The outbox %1 holds an unreadable event: %2")
                                              .arg(path, problem.message));
                return false;
            }
            events->append(event);
        }
        return true;
    }
};

Outbox::Outbox(std::unique_ptr<Private> priv)
    : d(std::move(priv))
{ }

Outbox::~Outbox() = default;

std::unique_ptr<Outbox> Outbox::open(const QString &path, Error *error)
{
    auto d = std::make_unique<Private>();
    d->path = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(d->path).absoluteDir().exists()) {
        if (error)
            *error = Error::store(
                QStringLiteral("Cannot open the outbox %1: the folder does not exist.").arg(d->path));
        return nullptr;
    }
    d->connectionName
        = QStringLiteral("warroom-outbox-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    d->db.setDatabaseName(d->path);
    d->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!d->db.open()) {
        if (error)
            *error = d->fail(QStringLiteral("open"), d->db.lastError());
        return nullptr;
    }
    // The outbox holds the only copy of what the person typed while offline: sync every commit.
    const QStringList setup = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS outbox (local INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "id TEXT NOT NULL UNIQUE, event TEXT NOT NULL, acked_seq INTEGER)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS rejected (id TEXT PRIMARY KEY, event TEXT NOT NULL, "
                       "reason TEXT NOT NULL, at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion),
    };
    for (const QString &sql : setup) {
        QSqlQuery query(d->db);
        if (!query.exec(sql)) {
            if (error)
                *error = d->fail(QStringLiteral("prepare"), query.lastError());
            return nullptr;
        }
    }
    return std::unique_ptr<Outbox>(new Outbox(std::move(d)));
}

bool Outbox::add(const EventList &events, Error *error)
{
    return d->transaction(QStringLiteral("write to"), error, [&](QSqlError *sqlError) {
        for (const Event &event : events) {
            Event waiting = event;
            waiting.seq = 0;
            waiting.recordedAt = {};
            QSqlQuery q = d->run(QStringLiteral("INSERT OR IGNORE INTO outbox (id, event) VALUES (?, ?)"),
                {event.id, QJsonDocument(waiting.toJson()).toJson(QJsonDocument::Compact)});
            if (!q.isActive()) {
                *sqlError = q.lastError();
                return false;
            }
        }
        return true;
    });
}

bool Outbox::list(EventList *events, Error *error) const
{
    QSqlQuery q = d->run(QStringLiteral("SELECT event FROM outbox ORDER BY local"));
    if (!q.isActive()) {
        if (error)
            *error = d->fail(QStringLiteral("read"), q.lastError());
        return false;
    }
    return d->readEvents(q, events, error);
}

bool Outbox::unsent(int limit, EventList *events, Error *error) const
{
    QSqlQuery q = d->run(
        QStringLiteral("SELECT event FROM outbox WHERE acked_seq IS NULL ORDER BY local LIMIT ?"), {limit});
    if (!q.isActive()) {
        if (error)
            *error = d->fail(QStringLiteral("read"), q.lastError());
        return false;
    }
    return d->readEvents(q, events, error);
}

int Outbox::count() const
{
    QSqlQuery q = d->run(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    return q.next() ? q.value(0).toInt() : 0;
}

bool Outbox::markAcknowledged(const QHash<QString, qint64> &seqs, Error *error)
{
    return d->transaction(QStringLiteral("update"), error, [&](QSqlError *sqlError) {
        for (auto it = seqs.cbegin(); it != seqs.cend(); ++it) {
            QSqlQuery q = d->run(
                QStringLiteral("UPDATE outbox SET acked_seq = ? WHERE id = ?"), {it.value(), it.key()});
            if (!q.isActive()) {
                *sqlError = q.lastError();
                return false;
            }
        }
        return true;
    });
}

bool Outbox::remove(const QStringList &ids, Error *error)
{
    return d->transaction(QStringLiteral("update"), error, [&](QSqlError *sqlError) {
        for (const QString &id : ids) {
            QSqlQuery q = d->run(QStringLiteral("DELETE FROM outbox WHERE id = ?"), {id});
            if (!q.isActive()) {
                *sqlError = q.lastError();
                return false;
            }
        }
        return true;
    });
}

bool Outbox::reject(const QString &id, const QString &reason, Error *error)
{
    return d->transaction(QStringLiteral("update"), error, [&](QSqlError *sqlError) {
        QSqlQuery move = d->run(QStringLiteral("INSERT OR REPLACE INTO rejected (id, event, reason, at) "
                                               "SELECT id, event, ?, ? FROM outbox WHERE id = ?"),
            {reason, Wire::formatTime(Clock::now()), id});
        QSqlQuery drop = d->run(QStringLiteral("DELETE FROM outbox WHERE id = ?"), {id});
        if (!move.isActive() || !drop.isActive()) {
            *sqlError = move.isActive() ? drop.lastError() : move.lastError();
            return false;
        }
        return true;
    });
}

bool Outbox::rejected(QList<Rejected> *out, Error *error) const
{
    QSqlQuery q = d->run(QStringLiteral("SELECT event, reason, at FROM rejected ORDER BY at"));
    if (!q.isActive()) {
        if (error)
            *error = d->fail(QStringLiteral("read"), q.lastError());
        return false;
    }
    out->clear();
    while (q.next()) {
        Rejected r;
        Error ignored;
        if (Event::fromJson(q.value(0).toByteArray(), &r.event, &ignored)) {
            r.reason = q.value(1).toString();
            r.at = Wire::parseTime(q.value(2).toString());
            out->append(r);
        }
    }
    return true;
}

qint64 Outbox::pullCursor() const
{
    QSqlQuery q = d->run(QStringLiteral("SELECT value FROM state WHERE key = 'pull_cursor'"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool Outbox::setPullCursor(qint64 seq, Error *error)
{
    QSqlQuery q
        = d->run(QStringLiteral("INSERT OR REPLACE INTO state (key, value) VALUES ('pull_cursor', ?)"),
            {QString::number(seq)});
    if (!q.isActive()) {
        if (error)
            *error = d->fail(QStringLiteral("update"), q.lastError());
        return false;
    }
    return true;
}

QString Outbox::path() const
{
    return d->path;
}

} // namespace Warroom
