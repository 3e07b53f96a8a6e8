// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Warroom {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

QByteArray ApiError::body() const
{
    const QJsonObject inner {
        {QStringLiteral("code"), code},
        {QStringLiteral("message"), message},
        {QStringLiteral("field"), field},
    };
    return QJsonDocument(QJsonObject {{QStringLiteral("error"), inner}}).toJson(QJsonDocument::Compact);
}

QByteArray ApiError::rawResponse() const
{
    const QByteArray json = body();
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Connection: close\r\n\r\n" + json;
    return out;
}

ApiError ApiError::badRequest(const QString &code, const QString &message, const QString &field)
{
    return {400, code, message, field, {}};
}

ApiError ApiError::unauthorized(const QString &message, bool invalidToken)
{
    ApiError error {401, QStringLiteral("unauthorized"), message, {}, {}};
    error.headers.append({QByteArrayLiteral("WWW-Authenticate"),
        invalidToken ? QByteArrayLiteral("Bearer realm=\"warroom\", error=\"invalid_token\"")
                     : QByteArrayLiteral("Bearer realm=\"warroom\"")});
    return error;
}

ApiError ApiError::forbidden(const QString &message)
{
    return {403, QStringLiteral("forbidden"), message, {}, {}};
}

ApiError ApiError::notFound(const QString &message)
{
    return {404, QStringLiteral("not_found"), message, {}, {}};
}

ApiError ApiError::methodNotAllowed(const QByteArray &allowed)
{
    ApiError error {405, QStringLiteral("method_not_allowed"),
        QStringLiteral("This path does not take that method; it takes %1.").arg(QString::fromLatin1(allowed)),
        {}, {}};
    error.headers.append({QByteArrayLiteral("Allow"), allowed});
    return error;
}

ApiError ApiError::requestTimeout(const QString &message)
{
    return {408, QStringLiteral("request_timeout"), message, {}, {}};
}

ApiError ApiError::payloadTooLarge(const QString &message, const QString &field)
{
    return {413, QStringLiteral("payload_too_large"), message, field, {}};
}

ApiError ApiError::headersTooLarge(const QString &message)
{
    return {431, QStringLiteral("headers_too_large"), message, {}, {}};
}

ApiError ApiError::unsupportedMediaType(const QString &message)
{
    return {415, QStringLiteral("unsupported_media_type"), message, {}, {}};
}

ApiError ApiError::tooManyRequests(int retryAfterSeconds, const QString &code, const QString &message)
{
    ApiError error {429, code,
        !message.isEmpty()
            ? message
            : QStringLiteral("Too many requests with this token; try again in %1 s.").arg(retryAfterSeconds),
        {}, {}};
    error.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds)});
    return error;
}

ApiError ApiError::internal(const QString &message)
{
    return {500, QStringLiteral("internal_error"), message, {}, {}};
}

ApiError ApiError::fromError(const Error &error)
{
    int status = 422;
    if (error.code == QLatin1String("conflict"))
        status = 409;
    else if (error.code == QLatin1String("store_error"))
        status = 503;
    else if (error.code == QLatin1String("malformed_json"))
        status = 400;
    return {status, error.code, error.message, error.field, {}};
}

} // namespace Warroom
