// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlstorecommon.h"

#include "clock.h"

#include "logging.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Warroom {

namespace StoreDetail {

void setQuietly(Error *error, const Error &value)
{
    if (error)
        *error = value;
}

void setError(Error *error, const Error &value)
{
    qCWarning(lcStore).noquote() << value.message;
    if (error)
        *error = value;
}

} // namespace StoreDetail

using StoreDetail::setError;
using StoreDetail::setQuietly;

namespace {

TokenRecord tokenFromRow(const QSqlQuery &query)
{
    TokenRecord token;
    token.name = query.value(0).toString();
    token.role = query.value(1).toString();
    token.hash = query.value(2).toString().toLatin1();
    token.createdAt = Wire::parseTime(query.value(3).toString());
    if (!query.value(4).isNull())
        token.revokedAt = Wire::parseTime(query.value(4).toString());
    return token;
}

StoredRunbook runbookFromRow(const QSqlQuery &query)
{
    StoredRunbook runbook;
    runbook.name = query.value(0).toString();
    runbook.markdown = query.value(1).toString();
    runbook.updatedAt = Wire::parseTime(query.value(2).toString());
    runbook.updatedBy = query.value(3).toString();
    return runbook;
}

} // namespace

SqlStoreCommon::SqlStoreCommon(QSqlDatabase db, QString where, Fail fail, IsUniqueViolation isUniqueViolation)
    : m_db(std::move(db))
    , m_where(std::move(where))
    , m_fail(std::move(fail))
    , m_isUniqueViolation(std::move(isUniqueViolation))
{ }

Error SqlStoreCommon::checkBatch(const EventList &events, const QString &where)
{
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event &event = events.at(i);
        const auto refuse = [&](const char *field, const QString &what) {
            return Error::invalid(QLatin1String(field),
                QStringLiteral("Event %1 of %2 %3; nothing of the batch was stored in %4.")
                    .arg(i + 1)
                    .arg(events.size())
                    .arg(what, where));
        };
        for (const auto &[field, text] :
            {std::pair {"id", &event.id}, std::pair {"incident", &event.incident},
                std::pair {"type", &event.type}, std::pair {"actor", &event.actor}}) {
            if (text->isEmpty())
                return refuse(field, QStringLiteral("has an empty %1").arg(QLatin1String(field)));
            if (text->contains(QChar(0)))
                return refuse(field, QStringLiteral("has a NUL character in %1").arg(QLatin1String(field)));
        }
        if (!event.at.isValid())
            return refuse("at", QStringLiteral("has no valid time (at)"));
    }
    return {};
}

bool SqlStoreCommon::findDuplicate(
    QSqlQuery &findById, const Event &event, bool *duplicate, AppendOutcome *outcome, QSqlError *sqlError)
{
    findById.bindValue(0, event.id);
    if (!findById.exec()) {
        *sqlError = findById.lastError();
        return false;
    }
    *duplicate = findById.next();
    if (*duplicate) {
        outcome->seq = findById.value(0).toLongLong();
        outcome->duplicate = true;
        outcome->recordedAt = Wire::parseTime(findById.value(1).toString());
    }
    findById.finish();
    return true;
}

void SqlStoreCommon::bindInsert(QSqlQuery &insert, const Event &event, const QString &recordedAt)
{
    insert.bindValue(0, event.id);
    insert.bindValue(1, event.incident);
    insert.bindValue(2, event.type);
    insert.bindValue(3, event.actor);
    insert.bindValue(4, Wire::formatTime(event.at));
    insert.bindValue(5, recordedAt);
    // As text, not QByteArray: Qt would bind a BLOB, which a TEXT column keeps as a BLOB.
    insert.bindValue(6, QString::fromUtf8(event.dataJson()));
}

bool SqlStoreCommon::createMeta(QSqlDatabase db, QSqlError *sqlError)
{
    // No IF NOT EXISTS: a foreign "meta" table must stop the migration, not be silently reused.
    QSqlQuery create(db);
    if (!create.exec(QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"))) {
        *sqlError = create.lastError();
        return false;
    }
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?), (?, ?)"))) {
        *sqlError = insert.lastError();
        return false;
    }
    insert.addBindValue(QStringLiteral("store_id"));
    insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    insert.addBindValue(QStringLiteral("created_at"));
    insert.addBindValue(Wire::formatTime(Clock::now()));
    if (!insert.exec()) {
        *sqlError = insert.lastError();
        return false;
    }
    return true;
}

bool SqlStoreCommon::selectEvents(
    const QString &condition, const QVariantList &values, EventList *events, Error *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT seq, id, incident, type, actor, at, recorded_at, data FROM events ")
            + condition)) {
        setError(error, m_fail(QStringLiteral("read"), query.lastError()));
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        setError(error, m_fail(QStringLiteral("read"), query.lastError()));
        return false;
    }
    return readRows(query, events, error);
}

bool SqlStoreCommon::readRows(QSqlQuery &query, EventList *events, Error *error) const
{
    EventList result;
    while (query.next()) {
        Event event;
        event.seq = query.value(0).toLongLong();
        event.id = query.value(1).toString();
        event.incident = query.value(2).toString();
        event.type = query.value(3).toString();
        event.actor = query.value(4).toString();
        event.at = Wire::parseTime(query.value(5).toString());
        event.recordedAt = Wire::parseTime(query.value(6).toString());
        if (!event.at.isValid() || !event.recordedAt.isValid()) {
            setError(error,
                Error::store(QStringLiteral("Event seq %1 in the event store %2 has an unreadable time "
                                            "(at \"%3\", recorded_at \"%4\").")
                                 .arg(event.seq)
                                 .arg(m_where, query.value(5).toString(), query.value(6).toString())));
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument data = QJsonDocument::fromJson(query.value(7).toString().toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !data.isObject()) {
            setError(error,
                Error::store(
                    QStringLiteral("Event seq %1 in the event store %2 has data that is not a "
                                   "JSON object (%3).")
                        .arg(event.seq)
                        .arg(m_where,
                            parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                         : QStringLiteral("not an object"))));
            return false;
        }
        event.data = data.object();
        result.append(std::move(event));
    }
    if (query.lastError().isValid()) {
        setError(error, m_fail(QStringLiteral("read"), query.lastError()));
        return false;
    }
    *events = std::move(result);
    return true;
}

bool SqlStoreCommon::readAfter(qint64 afterSeq, int limit, EventList *events, Error *error)
{
    if (limit > 0)
        return selectEvents(
            QStringLiteral("WHERE seq > ? ORDER BY seq LIMIT ?"), {afterSeq, limit}, events, error);
    return selectEvents(QStringLiteral("WHERE seq > ? ORDER BY seq"), {afterSeq}, events, error);
}

bool SqlStoreCommon::readIncident(const QString &incident, EventList *events, Error *error)
{
    return selectEvents(QStringLiteral("WHERE incident = ? ORDER BY seq"), {incident}, events, error);
}

bool SqlStoreCommon::readById(const QString &id, Event *event, Error *error)
{
    EventList found;
    if (!selectEvents(QStringLiteral("WHERE id = ?"), {id}, &found, error))
        return false;
    if (found.isEmpty()) {
        setError(error,
            {QStringLiteral("not_found"), QStringLiteral("id"),
                QStringLiteral("there is no event %1").arg(id)});
        return false;
    }
    *event = found.first();
    return true;
}

bool SqlStoreCommon::addToken(const TokenRecord &token, Error *error)
{
    QSqlQuery query(m_db);
    if (!query.prepare(
            QStringLiteral("INSERT INTO tokens(name, role, hash, created_at) VALUES(?, ?, ?, ?)"))) {
        setError(error, m_fail(QStringLiteral("prepare a token for"), query.lastError()));
        return false;
    }
    query.addBindValue(token.name);
    query.addBindValue(token.role);
    query.addBindValue(QString::fromLatin1(token.hash));
    query.addBindValue(Wire::formatTime(token.createdAt));
    if (!query.exec()) {
        if (m_isUniqueViolation(query.lastError())) {
            setQuietly(error,
                {QStringLiteral("conflict"), QStringLiteral("name"),
                    QStringLiteral(
                        "A valid token called \"%1\" exists already; revoke it first or choose another "
                        "name.")
                        .arg(token.name)});
        } else {
            setError(error, m_fail(QStringLiteral("store a token in"), query.lastError()));
        }
        return false;
    }
    return true;
}

bool SqlStoreCommon::listTokens(QList<TokenRecord> *tokens, Error *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT name, role, hash, created_at, revoked_at FROM tokens ORDER BY id"))) {
        setError(error, m_fail(QStringLiteral("read the tokens of"), query.lastError()));
        return false;
    }
    QList<TokenRecord> result;
    while (query.next())
        result.append(tokenFromRow(query));
    *tokens = std::move(result);
    return true;
}

bool SqlStoreCommon::revokeToken(const QString &name, const QDateTime &at, Error *error)
{
    QSqlQuery query(m_db);
    if (!query.prepare(
            QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL"))) {
        setError(error, m_fail(QStringLiteral("revoke a token in"), query.lastError()));
        return false;
    }
    query.addBindValue(Wire::formatTime(at));
    query.addBindValue(name);
    if (!query.exec()) {
        setError(error, m_fail(QStringLiteral("revoke a token in"), query.lastError()));
        return false;
    }
    if (query.numRowsAffected() < 1) {
        setQuietly(error,
            {QStringLiteral("not_found"), QStringLiteral("name"),
                QStringLiteral("There is no valid token called \"%1\".").arg(name)});
        return false;
    }
    return true;
}

bool SqlStoreCommon::findToken(const QByteArray &hash, TokenRecord *token, bool *found, Error *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT name, role, hash, created_at, revoked_at FROM tokens WHERE hash = ?"))) {
        setError(error, m_fail(QStringLiteral("read the tokens of"), query.lastError()));
        return false;
    }
    query.addBindValue(QString::fromLatin1(hash));
    if (!query.exec()) {
        setError(error, m_fail(QStringLiteral("read the tokens of"), query.lastError()));
        return false;
    }
    *found = query.next();
    if (*found)
        *token = tokenFromRow(query);
    return true;
}

bool SqlStoreCommon::listRunbooks(QList<StoredRunbook> *runbooks, Error *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT name, markdown, updated_at, updated_by FROM runbooks ORDER BY name"))) {
        setError(error, m_fail(QStringLiteral("read the runbooks of"), query.lastError()));
        return false;
    }
    QList<StoredRunbook> result;
    while (query.next())
        result.append(runbookFromRow(query));
    *runbooks = std::move(result);
    return true;
}

bool SqlStoreCommon::findRunbook(const QString &name, StoredRunbook *runbook, bool *found, Error *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT name, markdown, updated_at, updated_by FROM runbooks WHERE name = ?"))) {
        setError(error, m_fail(QStringLiteral("read the runbooks of"), query.lastError()));
        return false;
    }
    query.addBindValue(name);
    if (!query.exec()) {
        setError(error, m_fail(QStringLiteral("read the runbooks of"), query.lastError()));
        return false;
    }
    *found = query.next();
    if (*found)
        *runbook = runbookFromRow(query);
    return true;
}

} // namespace Warroom
