// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooksecrets.h"

#include "chatlogging.h"
#include "credentialstore.h"

#include <QCoreApplication>

namespace Warroom {

namespace {

bool isNoKeychain(const Error &error)
{
    return error.code == QLatin1String("no_keychain");
}

Error noStoreError()
{
    return {QStringLiteral("no_keychain"), {},
        QCoreApplication::translate("Warroom::WebhookSecrets", "No keychain is configured in this Warroom.")};
}

} // namespace

WebhookSecrets::WebhookSecrets(CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (!store) {
        m_keychain = Keychain::Unavailable;
        m_problem = noStoreError().message;
    }
}

void WebhookSecrets::setCredentialStore(CredentialStore *store)
{
    m_store = store;
    m_keychain = store ? Keychain::Unknown : Keychain::Unavailable;
    m_problem = store ? QString() : noStoreError().message;
    Q_EMIT keychainChanged();
}

void WebhookSecrets::noteResult(const Error &error)
{
    Keychain now = m_keychain;
    QString problem = m_problem;
    if (!error) {
        now = Keychain::Available;
        problem.clear();
    } else if (isNoKeychain(error)) {
        now = Keychain::Unavailable;
        problem = error.message;
    }
    if (now != m_keychain || problem != m_problem) {
        m_keychain = now;
        m_problem = problem;
        qCInfo(lcChat) << "keychain" << (now == Keychain::Available ? "available" : "unavailable");
        Q_EMIT keychainChanged();
    }
}

void WebhookSecrets::probe()
{
    if (!m_store)
        return;
    // A channel name is never empty, so this key never holds a real URL.
    m_store->read(CredentialStore::webhookKey(QString()), this,
        [this](const std::optional<QString> &, const Error &error) { noteResult(error); });
}

void WebhookSecrets::read(const QString &channel, QObject *context, ReadCallback callback)
{
    const auto session = m_sessionOnly.constFind(channel);
    if (session != m_sessionOnly.constEnd() || !m_store) {
        // Asynchronous either way, so callers never depend on which store answered.
        const std::optional<QString> url
            = session != m_sessionOnly.constEnd() ? std::optional<QString>(*session) : std::nullopt;
        QMetaObject::invokeMethod(
            context, [url, callback = std::move(callback)] { callback(url, {}); }, Qt::QueuedConnection);
        return;
    }
    m_store->read(CredentialStore::webhookKey(channel), context,
        [this, guard = QPointer<WebhookSecrets>(this), callback = std::move(callback)](
            const std::optional<QString> &url, const Error &error) {
            if (guard)
                noteResult(error);
            callback(url, error);
        });
}

void WebhookSecrets::store(
    const QString &channel, const QString &url, bool sessionOnly, QObject *context, DoneCallback callback)
{
    if (sessionOnly) {
        m_sessionOnly.insert(channel, url);
        Q_EMIT secretChanged(channel);
        if (m_store && m_keychain != Keychain::Unavailable) {
            // A copy left in the keychain from before would come back after a restart: remove it. Its
            // failure does not undo the session copy, which is what the person asked for.
            m_store->remove(CredentialStore::webhookKey(channel), this, [this](const Error &error) {
                if (error)
                    qCWarning(lcChat) << "could not remove the keychain copy:" << error.message;
                noteResult(error);
            });
        }
        QMetaObject::invokeMethod(
            context, [callback = std::move(callback)] { callback({}); }, Qt::QueuedConnection);
        return;
    }
    if (!m_store) {
        const Error error = noStoreError();
        QMetaObject::invokeMethod(
            context, [callback = std::move(callback), error] { callback(error); }, Qt::QueuedConnection);
        return;
    }
    m_store->write(CredentialStore::webhookKey(channel), url, context,
        [this, guard = QPointer<WebhookSecrets>(this), channel, callback = std::move(callback)](
            const Error &error) {
            if (guard) {
                noteResult(error);
                if (!error) {
                    m_sessionOnly.remove(channel);
                    Q_EMIT secretChanged(channel);
                }
            }
            callback(error);
        });
}

void WebhookSecrets::remove(const QString &channel, QObject *context, DoneCallback callback)
{
    if (m_sessionOnly.remove(channel) > 0)
        Q_EMIT secretChanged(channel);
    if (!m_store || m_keychain == Keychain::Unavailable) {
        QMetaObject::invokeMethod(
            context, [callback = std::move(callback)] { callback({}); }, Qt::QueuedConnection);
        return;
    }
    m_store->remove(CredentialStore::webhookKey(channel), context,
        [this, guard = QPointer<WebhookSecrets>(this), channel, callback = std::move(callback)](
            const Error &error) {
            if (guard) {
                noteResult(error);
                Q_EMIT secretChanged(channel);
            }
            callback(error);
        });
}

void WebhookSecrets::rename(const QString &from, const QString &to, QObject *context, DoneCallback callback)
{
    if (from == to) {
        QMetaObject::invokeMethod(
            context, [callback = std::move(callback)] { callback({}); }, Qt::QueuedConnection);
        return;
    }
    const auto session = m_sessionOnly.constFind(from);
    if (session != m_sessionOnly.constEnd()) {
        const QString url = *session;
        m_sessionOnly.remove(from);
        m_sessionOnly.insert(to, url);
        Q_EMIT secretChanged(from);
        Q_EMIT secretChanged(to);
        QMetaObject::invokeMethod(
            context, [callback = std::move(callback)] { callback({}); }, Qt::QueuedConnection);
        return;
    }
    // Keychain: write under the new name first and only then remove the old entry, so a failure halfway
    // leaves the URL findable rather than lost.
    read(from, context,
        [this, guard = QPointer<WebhookSecrets>(this), from, to, context, callback = std::move(callback)](
            const std::optional<QString> &url, const Error &error) {
            if (error || !url || !guard) {
                callback(error);
                return;
            }
            store(to, *url, false, context, [this, guard, from, context, callback](const Error &writeError) {
                if (writeError || !guard) {
                    callback(writeError);
                    return;
                }
                remove(from, context, callback);
            });
        });
}

} // namespace Warroom
