// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Warroom {

/// Which warroomd this desktop syncs with, and the checks before it does: the server URL lives in the
/// settings, the token only in the keychain (CredentialStore), and each server gets its own replica file.
class ServerConnection : public QObject
{
    Q_OBJECT
public:
    using VerifyCallback = std::function<void(const Error &error, const QString &serverVersion)>;

    explicit ServerConnection(QNetworkAccessManager *network, QObject *parent = nullptr);

    /// Checks that @p server answers as a warroomd and accepts @p token for reading and writing; the
    /// callback gets a clear error otherwise ("connection refused", "the token was refused", "viewer tokens
    /// cannot write").
    void verify(const QUrl &server, const QString &token, QObject *context, VerifyCallback callback);

    /// The server configured in the settings (empty: local mode).
    [[nodiscard]] static QUrl configuredServer();
    static void setConfiguredServer(const QUrl &server);
    /// Parses what a person typed ("warroom.example:8470", "https://…/"): an http(s) URL without a trailing
    /// slash, or an invalid one with @p error saying what is wrong.
    [[nodiscard]] static QUrl parseServer(const QString &text, Error *error);
    /// The local replica of @p server: <data folder>/replicas/<host>-<port>.sqlite.
    [[nodiscard]] static QString replicaPath(const QUrl &server);

private:
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace Warroom
