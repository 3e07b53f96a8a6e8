// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Warroom {

class CredentialStore;

/// Where the webhook URLs live: the OS keychain through the one CredentialStore (key
/// CredentialStore::webhookKey(name)), or — when the person chooses "this session only", typically because
/// no keychain is available — in this object's memory, gone when Warroom quits. There is no third place:
/// a URL is never written to a settings file, the database or a log.
class WebhookSecrets : public QObject
{
    Q_OBJECT
public:
    enum class Keychain { Unknown, Available, Unavailable };
    Q_ENUM(Keychain)

    using ReadCallback = std::function<void(const std::optional<QString> &url, const Error &error)>;
    using DoneCallback = std::function<void(const Error &error)>;

    /// @p store may be null: then there is no keychain and only "this session" works.
    explicit WebhookSecrets(CredentialStore *store, QObject *parent = nullptr);

    /// Replaces the credential store (the application hands over its one store after construction). The
    /// keychain's state is unknown again until the next probe or access; session copies stay.
    void setCredentialStore(CredentialStore *store);

    /// Asks the keychain once (a read of a key that need not exist) to learn whether one answers; the
    /// answer arrives as keychainChanged(). Reads and writes also update it.
    void probe();
    [[nodiscard]] Keychain keychain() const { return m_keychain; }
    /// Why there is no keychain, in words a person can act on (empty while available or unknown).
    [[nodiscard]] const QString &keychainProblem() const { return m_problem; }

    /// True when @p channel's URL is held in memory for this session only.
    [[nodiscard]] bool isSessionOnly(const QString &channel) const { return m_sessionOnly.contains(channel); }

    /// The URL of @p channel: the session copy if there is one, else the keychain's. A missing URL is no
    /// error (nullopt); a keychain failure is.
    void read(const QString &channel, QObject *context, ReadCallback callback);
    /// Keeps @p url for @p channel: in memory when @p sessionOnly (and any keychain copy is removed, so the
    /// two never disagree), else in the keychain (and the session copy is dropped).
    void store(const QString &channel, const QString &url, bool sessionOnly, QObject *context,
        DoneCallback callback);
    /// Forgets @p channel's URL everywhere. Removing what is not there succeeds.
    void remove(const QString &channel, QObject *context, DoneCallback callback);
    /// Moves the URL of @p from to @p to (a renamed channel), wherever it is kept.
    void rename(const QString &from, const QString &to, QObject *context, DoneCallback callback);

Q_SIGNALS:
    void keychainChanged();
    /// Where @p channel's URL is kept changed (stored, removed, moved to or from the session).
    void secretChanged(const QString &channel);

private:
    void noteResult(const Error &error);

    QPointer<CredentialStore> m_store;
    QHash<QString, QString> m_sessionOnly; // channel name → URL, memory only
    Keychain m_keychain = Keychain::Unknown;
    QString m_problem;
};

} // namespace Warroom
