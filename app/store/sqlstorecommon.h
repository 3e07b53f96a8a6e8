// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "event.h"
#include "eventstore.h"
#include "runbookstore.h"
#include "tokenstore.h"

#include <QSqlDatabase>

#include <functional>

class QSqlError;
class QSqlQuery;

namespace Warroom {

namespace StoreDetail {
/// For refusals that are answers rather than faults (a name taken, nothing to revoke): no warning logged.
void setQuietly(Error *error, const Error &value);
/// A fault: logged as a warning, then handed to the caller.
void setError(Error *error, const Error &value);
} // namespace StoreDetail

/// What SqliteStore and PostgresStore say in the same SQL: reading the event log, the meta table of a new
/// store, and the tables beside the log (API tokens and runbooks). Each store keeps what differs: its schema
/// types, its append, how a failure is described (it names the database), which error is a unique
/// violation, and the runbook upsert (PostgreSQL says in one statement whether it inserted; SQLite asks
/// first, in a transaction).
class SqlStoreCommon
{
public:
    /// Describes a failed statement: @p what the store was doing ("read the tokens of").
    using Fail = std::function<Error(const QString &what, const QSqlError &sqlError)>;
    using IsUniqueViolation = std::function<bool(const QSqlError &sqlError)>;

    /// @p where names the store in messages (its file, or its URL without the password).
    SqlStoreCommon(QSqlDatabase db, QString where, Fail fail, IsUniqueViolation isUniqueViolation);

    /// Schema step 2 of both stores: the meta table, with this store's id and creation time.
    static bool createMeta(QSqlDatabase db, QSqlError *sqlError);

    /// The rules of an append, the same in both stores: every event has an id, incident, type, actor and a
    /// valid time, and no NUL in its text columns (PostgreSQL text cannot hold one; SQLite would keep a
    /// value no other replica can). The refusal names the event and the field; nothing is stored.
    [[nodiscard]] static Error checkBatch(const EventList &events, const QString &where);
    /// Looks @p event's id up with the prepared @p findById (SELECT seq, recorded_at … WHERE id = ?): true
    /// and @p outcome filled when it is stored already. False with @p sqlError set when the query failed.
    static bool findDuplicate(QSqlQuery &findById, const Event &event, bool *duplicate,
        AppendOutcome *outcome, QSqlError *sqlError);
    /// Binds @p event to the prepared INSERT INTO events(id, incident, type, actor, at, recorded_at, data).
    static void bindInsert(QSqlQuery &insert, const Event &event, const QString &recordedAt);

    bool readAfter(qint64 afterSeq, int limit, EventList *events, Error *error);
    bool readIncident(const QString &incident, EventList *events, Error *error);
    bool readById(const QString &id, Event *event, Error *error);

    bool addToken(const TokenRecord &token, Error *error);
    bool listTokens(QList<TokenRecord> *tokens, Error *error);
    bool revokeToken(const QString &name, const QDateTime &at, Error *error);
    bool findToken(const QByteArray &hash, TokenRecord *token, bool *found, Error *error);

    bool listRunbooks(QList<StoredRunbook> *runbooks, Error *error);
    bool findRunbook(const QString &name, StoredRunbook *runbook, bool *found, Error *error);

private:
    /// Runs a prepared SELECT of events (bound with @p values) and reads its rows.
    bool selectEvents(const QString &condition, const QVariantList &values, EventList *events, Error *error);
    bool readRows(QSqlQuery &query, EventList *events, Error *error) const;

    QSqlDatabase m_db;
    QString m_where;
    Fail m_fail;
    IsUniqueViolation m_isUniqueViolation;
};

} // namespace Warroom
