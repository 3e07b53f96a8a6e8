// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "runbookstore.h"
#include "tokenstore.h"

#include <QSqlDatabase>

#include <functional>

class QSqlError;

namespace Warroom {

namespace StoreDetail {
/// For refusals that are answers rather than faults (a name taken, nothing to revoke): no warning logged.
void setQuietly(Error *error, const Error &value);
/// A fault: logged as a warning, then handed to the caller.
void setError(Error *error, const Error &value);
} // namespace StoreDetail

/// The tables beside the event log — API tokens and runbooks — in SQL that SQLite and PostgreSQL both speak.
/// SqliteStore and PostgresStore forward to it; each keeps what differs: how a failure is described (it
/// names the database), which error is a unique violation, and the runbook upsert (PostgreSQL says in one
/// statement whether it inserted; SQLite asks first, in a transaction).
class SqlSideTables
{
public:
    /// Describes a failed statement: @p what the store was doing ("read the tokens of").
    using Fail = std::function<Error(const QString &what, const QSqlError &sqlError)>;
    using IsUniqueViolation = std::function<bool(const QSqlError &sqlError)>;

    SqlSideTables(QSqlDatabase db, Fail fail, IsUniqueViolation isUniqueViolation);

    bool addToken(const TokenRecord &token, Error *error);
    bool listTokens(QList<TokenRecord> *tokens, Error *error);
    bool revokeToken(const QString &name, const QDateTime &at, Error *error);
    bool findToken(const QByteArray &hash, TokenRecord *token, bool *found, Error *error);

    bool listRunbooks(QList<StoredRunbook> *runbooks, Error *error);
    bool findRunbook(const QString &name, StoredRunbook *runbook, bool *found, Error *error);

private:
    QSqlDatabase m_db;
    Fail m_fail;
    IsUniqueViolation m_isUniqueViolation;
};

} // namespace Warroom
