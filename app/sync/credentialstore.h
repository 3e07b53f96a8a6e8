// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Warroom {

/// The one place Warroom keeps secrets (server tokens, webhook URLs): the OS keychain through QtKeychain.
/// Jobs are asynchronous (the UI never waits in a nested event loop), keys are namespaced, and there is no
/// insecure fallback: when no keychain is available the caller gets an error saying so, and decides
/// (the chat panel offers "this session only") — a secret is never written to a plain file.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const std::optional<QString> &secret, const Error &error)>;
    using DoneCallback = std::function<void(const Error &error)>;

    /// @p service groups Warroom's entries in the keychain ("warroom"; tests use their own).
    explicit CredentialStore(const QString &service = QStringLiteral("warroom"), QObject *parent = nullptr);

    /// Reads the secret under @p key. A missing entry is no error: the callback gets nullopt.
    /// The callback runs later, on this thread, unless @p context is gone by then.
    void read(const QString &key, QObject *context, ReadCallback callback);
    void write(const QString &key, const QString &secret, QObject *context, DoneCallback callback);
    /// Removing a key that is not there succeeds.
    void remove(const QString &key, QObject *context, DoneCallback callback);

    [[nodiscard]] const QString &service() const { return m_service; }

    /// Keys: one namespace per kind of secret, so entries never collide.
    [[nodiscard]] static QString serverTokenKey(const QString &serverUrl);
    [[nodiscard]] static QString webhookKey(const QString &channelName);

private:
    QString m_service;
};

} // namespace Warroom
