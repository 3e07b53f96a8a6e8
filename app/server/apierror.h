// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Warroom {

/// An answer that is not a success: the HTTP status plus the JSON error body of DESIGN §5,
/// {"error": {"code": "...", "message": "...", "field": "..."}}, and any headers it needs (WWW-Authenticate,
/// Retry-After, Allow). Every refusal warroomd gives goes through here, so the body never varies in shape.
struct ApiError
{
    int status = 400;
    QString code;
    QString message; ///< a sentence a person can act on
    QString field; ///< JSON path or parameter at fault ("events[7].data.severity", "limit"), or empty
    QList<QPair<QByteArray, QByteArray>> headers;

    [[nodiscard]] QByteArray body() const;
    /// A complete HTTP/1.1 response that closes the connection, for answers written before or outside
    /// QHttpServer's request handling (an oversized upload, a request it could not parse).
    [[nodiscard]] QByteArray rawResponse() const;

    static ApiError badRequest(const QString &code, const QString &message, const QString &field = {});
    /// 401 with WWW-Authenticate; @p invalidToken adds error="invalid_token" (RFC 6750).
    static ApiError unauthorized(const QString &message, bool invalidToken);
    static ApiError forbidden(const QString &message);
    static ApiError notFound(const QString &message);
    static ApiError methodNotAllowed(const QByteArray &allowed);
    static ApiError requestTimeout(const QString &message);
    static ApiError payloadTooLarge(const QString &message, const QString &field = {});
    static ApiError headersTooLarge(const QString &message);
    static ApiError unsupportedMediaType(const QString &message);
    /// 429 with Retry-After; by default the per-token rate limit's answer.
    static ApiError tooManyRequests(int retryAfterSeconds,
        const QString &code = QStringLiteral("rate_limited"), const QString &message = {});
    static ApiError internal(const QString &message);
    /// The status for a refusal from validation or the store: 409 for "conflict" (the incident's state does
    /// not allow it), 422 for the other validation codes, 503 for "store_error".
    static ApiError fromError(const Error &error);
};

/// The reason phrase of the statuses warroomd answers with ("Unprocessable Entity").
[[nodiscard]] QByteArray reasonPhrase(int status);

} // namespace Warroom
