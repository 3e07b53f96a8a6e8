// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include "logging.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace Warroom {

namespace {

/// What a person can do about a keychain failure. docs/PLATFORM.md: without a Secret Service the jobs fail
/// with OtherError, not NoBackendAvailable, so both read as "no keychain".
Error describe(QKeychain::Error code, const QString &detail)
{
    switch (code) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return {QStringLiteral("no_keychain"), {},
            QCoreApplication::translate("Warroom::CredentialStore",
                "No keychain is available (%1). Warroom keeps secrets only in the "
                "system keychain (GNOME Keyring, KWallet or another Secret Service): "
                "start or unlock one and try again.")
                .arg(detail)};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {QStringLiteral("keychain_denied"), {},
            QCoreApplication::translate(
                "Warroom::CredentialStore", "The keychain refused access (%1). Unlock it and allow Warroom.")
                .arg(detail)};
    case QKeychain::CouldNotDeleteEntry:
        return {QStringLiteral("keychain_error"), {},
            QCoreApplication::translate(
                "Warroom::CredentialStore", "The keychain could not delete the entry (%1).")
                .arg(detail)};
    }
    return {QStringLiteral("keychain_error"), {}, detail};
}

template<typename JobType> JobType *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new JobType(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

void CredentialStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, context, [job, callback = std::move(callback)] {
        if (job->error() == QKeychain::EntryNotFound) {
            callback(std::nullopt, {});
        } else if (job->error() != QKeychain::NoError) {
            const Error error = describe(job->error(), job->errorString());
            qCWarning(lcSession) << "keychain read failed:" << error.message;
            callback(std::nullopt, error);
        } else {
            callback(job->textData(), {});
        }
    });
    job->start();
}

void CredentialStore::write(
    const QString &key, const QString &secret, QObject *context, DoneCallback callback)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context,
        [job, callback = std::move(callback)] { callback(describe(job->error(), job->errorString())); });
    job->start();
}

void CredentialStore::remove(const QString &key, QObject *context, DoneCallback callback)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, context, [job, callback = std::move(callback)] {
        callback(
            job->error() == QKeychain::EntryNotFound ? Error() : describe(job->error(), job->errorString()));
    });
    job->start();
}

QString CredentialStore::serverTokenKey(const QString &serverUrl)
{
    return QStringLiteral("server-token:") + serverUrl;
}

QString CredentialStore::webhookKey(const QString &channelName)
{
    return QStringLiteral("webhook:") + channelName;
}

} // namespace Warroom
