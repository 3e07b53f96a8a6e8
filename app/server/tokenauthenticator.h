// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "tokenstore.h"

#include <QString>

#include <optional>

namespace Warroom {

/// What a token may do (DESIGN §5).
enum class Role { Viewer, Responder, Hook, Admin };

/// What a route needs.
enum class Permission {
    Identify, ///< GET /api/v1/me: any valid token, hooks too
    Read, ///< GET the log, incidents, runbooks, metrics: viewer, responder, admin
    WriteEvents, ///< POST /api/v1/events: responder, admin
    Hooks, ///< /api/v1/hooks/*: hook, admin (a hook token can do nothing else)
    Admin, ///< PUT /api/v1/runbooks/{name}: admin
};

namespace Roles {
[[nodiscard]] QString name(Role role);
[[nodiscard]] std::optional<Role> fromName(const QString &name);
[[nodiscard]] const QStringList &names(); ///< viewer, responder, hook, admin
[[nodiscard]] bool allows(Role role, Permission permission);
} // namespace Roles

/// Who made a request.
struct Principal
{
    QString name; ///< the token's name
    Role role = Role::Viewer;
};

/// Makes, checks and revokes the bearer tokens of warroomd. A token is "wr_" plus 32 random bytes in
/// base64url; only its SHA-256 reaches the store, so a copy of the database does not hand out access.
class TokenAuthenticator
{
public:
    explicit TokenAuthenticator(TokenStore *store);

    /// A new random token (wr_ + 43 base64url characters), from the operating system's generator.
    [[nodiscard]] static QString generateToken();
    /// SHA-256 of @p token, lower-case hex: what the store keeps.
    [[nodiscard]] static QByteArray hashToken(const QString &token);
    /// Whether @p token has the shape of a token (so a malformed one never reaches the store).
    [[nodiscard]] static bool looksLikeToken(const QByteArray &token);
    /// Token names: 1 to 64 letters, digits and . _ @ -
    [[nodiscard]] static bool isValidName(const QString &name);

    /// Checks an Authorization header. Returns the principal, or the 401 (or 503 when the store fails).
    /// With @p allowBasic, HTTP basic auth is accepted too, the token being the password (what Alertmanager
    /// and Grafana can send to a webhook; the user name is ignored, and a token in the user name with no
    /// password is taken as well).
    [[nodiscard]] std::optional<Principal> authenticate(
        const QByteArray &authorization, ApiError *error, bool allowBasic = false) const;

    /// Creates and stores a token for @p name with @p role; returns it (the only time it is ever shown).
    [[nodiscard]] QString create(const QString &name, const QString &role, Error *error);

private:
    TokenStore *m_store;
};

} // namespace Warroom
