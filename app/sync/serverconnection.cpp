// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverconnection.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace Warroom {

namespace {

const QString ServerKey = QStringLiteral("sync/server");

QNetworkRequest request(
    const QUrl &server, const QString &path, const QString &token, const QString &query = {})
{
    QUrl url = server;
    url.setPath(url.path() + path);
    url.setQuery(query);
    QNetworkRequest r(url);
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    r.setTransferTimeout(10000);
    return r;
}

QString serverMessage(QNetworkReply *reply)
{
    const QJsonObject error
        = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("error")).toObject();
    return error.value(QStringLiteral("message")).toString();
}

} // namespace

ServerConnection::ServerConnection(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

void ServerConnection::verify(
    const QUrl &server, const QString &token, QObject *context, VerifyCallback callback)
{
    QNetworkReply *health = m_network->get(request(server, QStringLiteral("/api/v1/health"), {}));
    connect(health, &QNetworkReply::finished, context, [=] {
        health->deleteLater();
        const QJsonObject body = QJsonDocument::fromJson(health->readAll()).object();
        if (health->error() != QNetworkReply::NoError
            || body.value(QStringLiteral("status")).toString() != QLatin1String("ok")) {
            callback({QStringLiteral("unreachable"), QStringLiteral("server"),
                         tr("%1 does not answer as a Warroom server: %2")
                             .arg(server.toDisplayString(), health->errorString())},
                {});
            return;
        }
        const QString version = body.value(QStringLiteral("version")).toString();
        // The cheapest call that needs the token: one event at most, no waiting.
        QNetworkReply *check = m_network->get(
            request(server, QStringLiteral("/api/v1/events"), token, QStringLiteral("after=0&limit=1")));
        connect(check, &QNetworkReply::finished, context, [=] {
            check->deleteLater();
            const int status = check->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 401) {
                callback({QStringLiteral("unauthorized"), QStringLiteral("token"),
                             tr("The server refused the token (%1). Ask its admin for a responder token.")
                                 .arg(serverMessage(check))},
                    version);
            } else if (status == 403) {
                callback({QStringLiteral("forbidden"), QStringLiteral("token"),
                             tr("This token may not read incidents (%1). Ask for a responder token.")
                                 .arg(serverMessage(check))},
                    version);
            } else if (status != 200) {
                callback({QStringLiteral("unreachable"), QStringLiteral("server"),
                             tr("The server answered %1: %2").arg(status).arg(check->errorString())},
                    version);
            } else {
                callback({}, version);
            }
        });
    });
}

QUrl ServerConnection::configuredServer()
{
    return QSettings().value(ServerKey).toUrl();
}

void ServerConnection::setConfiguredServer(const QUrl &server)
{
    QSettings settings;
    if (server.isEmpty())
        settings.remove(ServerKey);
    else
        settings.setValue(ServerKey, server);
}

QUrl ServerConnection::parseServer(const QString &text, Error *error)
{
    QString trimmed = text.trimmed();
    if (!trimmed.contains(QStringLiteral("://")))
        trimmed.prepend(QStringLiteral("https://"));
    while (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        if (error)
            *error = {QStringLiteral("invalid_field"), QStringLiteral("server"),
                tr("\"%1\" is not a server address such as https://warroom.example:8470")
                    .arg(text.trimmed())};
        return {};
    }
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) {
        if (error)
            *error = {QStringLiteral("invalid_field"), QStringLiteral("server"),
                tr("The address must start with https:// (or http:// on a trusted network).")};
        return {};
    }
    if (!url.query().isEmpty() || !url.fragment().isEmpty() || !url.userInfo().isEmpty()) {
        if (error)
            *error = {QStringLiteral("invalid_field"), QStringLiteral("server"),
                tr("Give only the server address; the token goes in its own field.")};
        return {};
    }
    return url;
}

QString ServerConnection::replicaPath(const QUrl &server)
{
    QString name = QStringLiteral("%1-%2")
                       .arg(server.host())
                       .arg(server.port(server.scheme() == QLatin1String("https") ? 443 : 80));
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("replicas"));
    return QDir(folder).filePath(name + QStringLiteral(".sqlite"));
}

} // namespace Warroom
