// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenauthenticator.h"

#include "clock.h"
#include "serverlogging.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Warroom {

namespace {

constexpr int TokenBytes = 32;
const QByteArray Prefix = QByteArrayLiteral("wr_");

} // namespace

namespace Roles {

QString name(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Responder:
        return QStringLiteral("responder");
    case Role::Hook:
        return QStringLiteral("hook");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> fromName(const QString &text)
{
    for (Role role : {Role::Viewer, Role::Responder, Role::Hook, Role::Admin}) {
        if (name(role) == text)
            return role;
    }
    return std::nullopt;
}

const QStringList &names()
{
    static const QStringList all {QStringLiteral("viewer"), QStringLiteral("responder"),
        QStringLiteral("hook"), QStringLiteral("admin")};
    return all;
}

bool allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::Identify:
        return true;
    case Permission::Read:
        return role == Role::Viewer || role == Role::Responder || role == Role::Admin;
    case Permission::WriteEvents:
        return role == Role::Responder || role == Role::Admin;
    case Permission::Hooks:
        return role == Role::Hook || role == Role::Admin;
    case Permission::Admin:
        return role == Role::Admin;
    }
    return false;
}

} // namespace Roles

TokenAuthenticator::TokenAuthenticator(TokenStore *store)
    : m_store(store)
{ }

QString TokenAuthenticator::generateToken()
{
    QByteArray random(TokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(random.data()),
        reinterpret_cast<quint32 *>(random.data() + random.size()));
    return QString::fromLatin1(
        Prefix + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray TokenAuthenticator::hashToken(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
}

bool TokenAuthenticator::looksLikeToken(const QByteArray &token)
{
    // 32 bytes are 43 base64url characters without padding.
    if (token.size() != Prefix.size() + 43 || !token.startsWith(Prefix))
        return false;
    for (qsizetype i = Prefix.size(); i < token.size(); ++i) {
        const char c = token.at(i);
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

bool TokenAuthenticator::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

std::optional<Principal> TokenAuthenticator::authenticate(
    const QByteArray &authorization, ApiError *error, bool allowBasic) const
{
    if (authorization.isEmpty()) {
        *error = ApiError::unauthorized(allowBasic
                ? QStringLiteral(
                    "This call needs a token of role hook: send \"Authorization: Bearer <token>\", "
                    "or HTTP basic auth with the token as password (make one with \"warroomd "
                    "token create --role hook\").")
                : QStringLiteral("This call needs a token: send \"Authorization: Bearer <token>\" (make one "
                                 "with \"warroomd token create\")."),
            false);
        return std::nullopt;
    }
    const QByteArray trimmed = authorization.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    const QByteArray scheme = space < 0 ? trimmed : trimmed.left(space);
    QByteArray token = space < 0 ? QByteArray() : trimmed.mid(space + 1).trimmed();
    if (allowBasic && scheme.compare("Basic", Qt::CaseInsensitive) == 0) {
        const auto decoded = QByteArray::fromBase64Encoding(token, QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
        if (colon < 0) {
            *error = ApiError::unauthorized(
                QStringLiteral("The basic credentials are not base64 of \"user:password\"; the password is "
                               "the token."),
                false);
            return std::nullopt;
        }
        const QByteArray password = decoded.decoded.mid(colon + 1);
        token = password.isEmpty() ? decoded.decoded.left(colon) : password;
        if (token.isEmpty()) {
            *error = ApiError::unauthorized(
                QStringLiteral("The basic credentials hold no token: put the token in the password."), false);
            return std::nullopt;
        }
    } else if (scheme.compare("Bearer", Qt::CaseInsensitive) != 0) {
        *error = ApiError::unauthorized(allowBasic
                ? QStringLiteral(
                    "Send \"Authorization: Bearer <token>\", or HTTP basic auth with the token as "
                    "password.")
                : QStringLiteral("Only bearer tokens are accepted: send \"Authorization: Bearer <token>\"."),
            false);
        return std::nullopt;
    }
    if (token.isEmpty()) {
        *error = ApiError::unauthorized(
            QStringLiteral(
                "The Authorization header holds no token: send \"Authorization: Bearer <token>\"."),
            false);
        return std::nullopt;
    }
    const ApiError invalid = ApiError::unauthorized(
        QStringLiteral(
            "The token is not valid: it is malformed, unknown or revoked. Ask an admin for a new one."),
        true);
    if (!looksLikeToken(token)) {
        *error = invalid;
        return std::nullopt;
    }
    TokenRecord record;
    bool found = false;
    Error storeError;
    if (!m_store->findToken(hashToken(QString::fromLatin1(token)), &record, &found, &storeError)) {
        *error = {503, QStringLiteral("store_error"),
            QStringLiteral("Could not check the token: %1").arg(storeError.message), {}, {}};
        return std::nullopt;
    }
    if (!found || record.isRevoked()) {
        if (found)
            qCInfo(lcServer).noquote() << "refused the revoked token of" << record.name;
        *error = invalid;
        return std::nullopt;
    }
    const std::optional<Role> role = Roles::fromName(record.role);
    if (!role) {
        qCWarning(lcServer).noquote()
            << "the token of" << record.name << "has an unknown role" << record.role;
        *error = invalid;
        return std::nullopt;
    }
    return Principal {record.name, *role};
}

QString TokenAuthenticator::create(const QString &name, const QString &role, Error *error)
{
    if (!isValidName(name)) {
        *error = Error::invalid(QStringLiteral("name"),
            QStringLiteral("A token name is 1 to 64 letters, digits and . _ @ - (got \"%1\").")
                .arg(name.left(80)));
        return {};
    }
    if (!Roles::fromName(role)) {
        *error = Error::invalid(QStringLiteral("role"),
            QStringLiteral("The role must be one of %1 (got \"%2\").")
                .arg(Roles::names().join(QStringLiteral(", ")), role.left(80)));
        return {};
    }
    const QString token = generateToken();
    TokenRecord record;
    record.name = name;
    record.role = role;
    record.hash = hashToken(token);
    record.createdAt = Clock::now();
    if (!m_store->addToken(record, error))
        return {};
    return token;
}

} // namespace Warroom
