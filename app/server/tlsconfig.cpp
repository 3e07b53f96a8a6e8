// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsconfig.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>

#include <optional>

namespace Warroom {

namespace {

/// One DER element: where it starts, where its content starts, where it ends.
struct Tlv
{
    qsizetype start = 0;
    qsizetype content = 0;
    qsizetype end = 0;
};

std::optional<Tlv> readTlv(const QByteArray &der, qsizetype at)
{
    if (at < 0 || at + 2 > der.size())
        return std::nullopt;
    Tlv tlv {at, at + 2, 0};
    const uchar first = uchar(der.at(at + 1));
    qsizetype length = first;
    if (first & 0x80) {
        const int bytes = first & 0x7f;
        if (bytes < 1 || bytes > 4 || at + 2 + bytes > der.size())
            return std::nullopt;
        length = 0;
        for (int i = 0; i < bytes; ++i)
            length = (length << 8) | uchar(der.at(at + 2 + i));
        tlv.content += bytes;
    }
    tlv.end = tlv.content + length;
    if (tlv.end > der.size())
        return std::nullopt;
    return tlv;
}

/// The public part of a SubjectPublicKeyInfo that a private key's DER also holds: the RSA modulus (INTEGER)
/// or the EC point (BIT STRING). Empty when the structure is not as expected.
QByteArray publicPart(const QByteArray &spki, QSsl::KeyAlgorithm algorithm)
{
    const std::optional<Tlv> outer = readTlv(spki, 0);
    const std::optional<Tlv> id = outer ? readTlv(spki, outer->content) : std::nullopt;
    const std::optional<Tlv> bits = id ? readTlv(spki, id->end) : std::nullopt;
    if (!bits || spki.at(bits->start) != 0x03)
        return {};
    if (algorithm == QSsl::Ec)
        return spki.mid(bits->start, bits->end - bits->start);
    const std::optional<Tlv> rsa = readTlv(spki, bits->content + 1); // after the unused-bits byte
    const std::optional<Tlv> modulus = rsa ? readTlv(spki, rsa->content) : std::nullopt;
    if (!modulus || spki.at(modulus->start) != 0x02)
        return {};
    return spki.mid(modulus->start, modulus->end - modulus->start);
}

/// Whether @p key is the private key of @p certificate. Qt 6.4 cannot derive a public key from a private
/// one, but the private key's DER (PKCS#1 or SEC1) holds the public part, so that is looked for there. DSA
/// keys are not checked (their DER need not hold it).
bool keyMatches(const QSslKey &key, const QSslCertificate &certificate)
{
    const QSslKey certificateKey = certificate.publicKey();
    if (certificateKey.algorithm() != key.algorithm())
        return false;
    if (key.algorithm() != QSsl::Rsa && key.algorithm() != QSsl::Ec)
        return true;
    const QByteArray part = publicPart(certificateKey.toDer(), key.algorithm());
    return !part.isEmpty() && key.toDer().contains(part);
}

/// For TLS 1.2, only suites with forward secrecy (ECDHE, DHE) and authenticated encryption (GCM,
/// ChaCha20-Poly1305): no CBC, no static RSA key exchange, no PSK. Every TLS 1.3 suite is both.
QList<QSslCipher> strongCiphers()
{
    QList<QSslCipher> strong;
    const QList<QSslCipher> supported = QSslConfiguration::supportedCiphers();
    for (const QSslCipher &cipher : supported) {
        const QString kx = cipher.keyExchangeMethod();
        const QString encryption = cipher.encryptionMethod();
        const bool aead
            = encryption.contains(QLatin1String("GCM")) || encryption.contains(QLatin1String("POLY1305"));
        if (cipher.protocol() == QSsl::TlsV1_3
            || (cipher.protocol() == QSsl::TlsV1_2
                && (kx == QLatin1String("ECDH") || kx == QLatin1String("DH")) && aead))
            strong.append(cipher);
    }
    return strong;
}

} // namespace

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
    if (!keyMatches(key, chain.first())) {
        // Else warroomd would start and every handshake would fail without a word in the log.
        *error = Error::store(QStringLiteral("The TLS key %1 is not the key of the certificate %2 (their "
                                             "public keys differ).")
                                  .arg(keyFile, certFile));
        return false;
    }
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(chain.first());
    if (chain.size() > 1)
        conf.setLocalCertificateChain(chain);
    conf.setPrivateKey(key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone); // clients prove themselves with tokens, not certificates
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    conf.setCiphers(strongCiphers());
    *config = conf;
    return true;
}

} // namespace Warroom
