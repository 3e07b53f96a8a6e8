// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Warroom {

/// One API token as the store keeps it: never the token itself, only the SHA-256 of it (DESIGN §5).
struct TokenRecord
{
    QString name; ///< who or what holds it ("alice", "grafana"); unique among tokens not revoked
    QString role; ///< viewer | responder | hook | admin
    QByteArray hash; ///< SHA-256 of the token, lower-case hex
    QDateTime createdAt;
    QDateTime revokedAt; ///< invalid while the token is valid
    [[nodiscard]] bool isRevoked() const { return revokedAt.isValid(); }
};

/// Where warroomd keeps its API tokens: the same database as the event log, so a backup holds both.
/// Implemented by SqliteStore and PostgresStore.
class TokenStore
{
public:
    virtual ~TokenStore();

    /// Stores a new token. Fails with code "conflict" when a token of that name is not revoked.
    virtual bool addToken(const TokenRecord &token, Error *error) = 0;
    /// Every token, revoked ones too, oldest first.
    virtual bool listTokens(QList<TokenRecord> *tokens, Error *error) = 0;
    /// Marks the valid token called @p name revoked at @p at. Fails with code "not_found" when there is none.
    virtual bool revokeToken(const QString &name, const QDateTime &at, Error *error) = 0;
    /// The token whose hash is @p hash (revoked or not); @p found says whether there is one.
    virtual bool findToken(const QByteArray &hash, TokenRecord *token, bool *found, Error *error) = 0;
};

} // namespace Warroom
