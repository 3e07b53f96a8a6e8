// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlsidetables.h"

#include "event.h"
#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

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

SqlSideTables::SqlSideTables(QSqlDatabase db, Fail fail, IsUniqueViolation isUniqueViolation)
    : m_db(std::move(db))
    , m_fail(std::move(fail))
    , m_isUniqueViolation(std::move(isUniqueViolation))
{ }

bool SqlSideTables::addToken(const TokenRecord &token, Error *error)
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

bool SqlSideTables::listTokens(QList<TokenRecord> *tokens, Error *error)
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

bool SqlSideTables::revokeToken(const QString &name, const QDateTime &at, Error *error)
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

bool SqlSideTables::findToken(const QByteArray &hash, TokenRecord *token, bool *found, Error *error)
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

bool SqlSideTables::listRunbooks(QList<StoredRunbook> *runbooks, Error *error)
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

bool SqlSideTables::findRunbook(const QString &name, StoredRunbook *runbook, bool *found, Error *error)
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
