// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsconfig.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace Warroom {

bool loadTlsConfiguration(
    const QString &certFile, const QString &keyFile, QSslConfiguration *config, Error *error)
{
    QFile cert(certFile);
    if (!cert.open(QIODevice::ReadOnly)) {
        *error = Error::store(
            QStringLiteral("Cannot read the TLS certificate %1: %2").arg(certFile, cert.errorString()));
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(cert.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error
            = Error::store(QStringLiteral("The TLS certificate %1 holds no PEM certificate.").arg(certFile));
        return false;
    }
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly)) {
        *error = Error::store(
            QStringLiteral("Cannot read the TLS key %1: %2").arg(keyFile, keyIn.errorString()));
        return false;
    }
    const QByteArray keyData = keyIn.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyData, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = Error::store(
            QStringLiteral("The TLS key %1 is not an unencrypted PEM private key (RSA, EC or DSA).")
                .arg(keyFile));
        return false;
    }
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(chain.first());
    if (chain.size() > 1)
        conf.setLocalCertificateChain(chain);
    conf.setPrivateKey(key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone); // clients prove themselves with tokens, not certificates
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    *config = conf;
    return true;
}

} // namespace Warroom
