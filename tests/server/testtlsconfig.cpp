// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversupport.h"

#include <QFileInfo>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace WarroomTest;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray output; ///< stdout and stderr
};

Run openssl(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    process.closeWriteChannel(); // s_client: end of input, so it leaves after the handshake
    Run run;
    if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.output = process.readAll();
    return run;
}

} // namespace

/// The TLS side of a real warroomd: a key that is not the certificate's, or a missing file, stops it before
/// it creates a database; it offers TLS 1.2 only with forward-secret AEAD suites, and TLS 1.3.
class TestTlsConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void mismatchedKeyStopsNamingBothFiles();
    void missingCertificateStopsBeforeTheDatabase();
    void onlyStrongSuites_data();
    void onlyStrongSuites();

private:
    /// A self-signed certificate for 127.0.0.1 and its key; @p algorithm is "rsa:2048" or "ec".
    bool makeCertificate(const QString &name, const QString &algorithm);
    [[nodiscard]] QString cert(const QString &name) const
    {
        return m_db->filePath(name + QStringLiteral(".crt"));
    }
    [[nodiscard]] QString key(const QString &name) const
    {
        return m_db->filePath(name + QStringLiteral(".key"));
    }
    /// A handshake by `openssl s_client` with only @p cipher (TLS 1.2) or @p protocol offered.
    bool handshakes(quint16 port, const QString &protocol, const QString &cipher, QByteArray *output);

    std::unique_ptr<TestDatabase> m_db;
};

void TestTlsConfig::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend in this Qt");
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("the openssl command is not installed");
    m_db = std::make_unique<TestDatabase>(Backend::Sqlite);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(makeCertificate(QStringLiteral("rsa"), QStringLiteral("rsa:2048")));
    QVERIFY(makeCertificate(QStringLiteral("other"), QStringLiteral("rsa:2048")));
    QVERIFY(makeCertificate(QStringLiteral("ec"), QStringLiteral("ec")));
}

bool TestTlsConfig::makeCertificate(const QString &name, const QString &algorithm)
{
    QStringList arguments {
        QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), algorithm};
    if (algorithm == QLatin1String("ec"))
        arguments << QStringLiteral("-pkeyopt") << QStringLiteral("ec_paramgen_curve:P-256");
    arguments << QStringLiteral("-nodes") << QStringLiteral("-subj") << QStringLiteral("/CN=127.0.0.1")
              << QStringLiteral("-days") << QStringLiteral("2") << QStringLiteral("-keyout") << key(name)
              << QStringLiteral("-out") << cert(name);
    const Run run = openssl(arguments);
    if (run.exitCode != 0)
        qWarning("openssl req: %s", run.output.constData());
    return run.exitCode == 0;
}

bool TestTlsConfig::handshakes(
    quint16 port, const QString &protocol, const QString &cipher, QByteArray *output)
{
    QStringList arguments {QStringLiteral("s_client"), QStringLiteral("-brief"), protocol,
        QStringLiteral("-connect"), QStringLiteral("127.0.0.1:%1").arg(port)};
    if (!cipher.isEmpty())
        arguments << QStringLiteral("-cipher") << cipher;
    const Run run = openssl(arguments);
    *output = run.output;
    return run.exitCode == 0 && run.output.contains("CONNECTION ESTABLISHED");
}

void TestTlsConfig::mismatchedKeyStopsNamingBothFiles()
{
    // Before #11 it printed "listening on https" and every handshake then failed without a word.
    const QString database = m_db->filePath(QStringLiteral("mismatch.db"));
    const CliResult result = runWarroomd({QStringLiteral("serve"), QStringLiteral("--db"), database,
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
        cert(QStringLiteral("rsa")), QStringLiteral("--tls-key"), key(QStringLiteral("other"))});
    QVERIFY2(result.exitCode == 1, (result.out + result.err).constData());
    QVERIFY(!result.out.contains("listening"));
    const QString says = QString::fromUtf8(result.err);
    QVERIFY2(says.contains(cert(QStringLiteral("rsa"))) && says.contains(key(QStringLiteral("other"))),
        qPrintable(says));
    QVERIFY(!QFileInfo::exists(database));

    // An EC key for an RSA certificate is no better.
    const CliResult mixed = runWarroomd({QStringLiteral("serve"), QStringLiteral("--db"), database,
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
        cert(QStringLiteral("rsa")), QStringLiteral("--tls-key"), key(QStringLiteral("ec"))});
    QVERIFY2(mixed.exitCode == 1 && mixed.err.contains("is not the key of the certificate"),
        mixed.err.constData());
}

void TestTlsConfig::missingCertificateStopsBeforeTheDatabase()
{
    const QString database = m_db->filePath(QStringLiteral("missing.db"));
    const QString missing = m_db->filePath(QStringLiteral("nowhere.crt"));
    const CliResult result = runWarroomd({QStringLiteral("serve"), QStringLiteral("--db"), database,
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"), missing,
        QStringLiteral("--tls-key"), key(QStringLiteral("rsa"))});
    QVERIFY2(result.exitCode == 1, (result.out + result.err).constData());
    QVERIFY2(result.err.contains(missing.toUtf8()), result.err.constData());
    QVERIFY2(!QFileInfo::exists(database), "the database was created before the certificate was read");
}

void TestTlsConfig::onlyStrongSuites_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("strong"); ///< forward secret and AEAD
    QTest::addColumn<QString>("cbc"); ///< forward secret, but CBC
    QTest::addColumn<QString>("staticRsa"); ///< AEAD, but no forward secrecy
    QTest::newRow("rsa") << QStringLiteral("rsa") << QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256")
                         << QStringLiteral("ECDHE-RSA-AES128-SHA") << QStringLiteral("AES128-GCM-SHA256");
    QTest::newRow("ec") << QStringLiteral("ec") << QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305")
                        << QStringLiteral("ECDHE-ECDSA-AES128-SHA256") << QString();
}

void TestTlsConfig::onlyStrongSuites()
{
    QFETCH(QString, name);
    QFETCH(QString, strong);
    QFETCH(QString, cbc);
    QFETCH(QString, staticRsa);
    WarroomdProcess server;
    QString error;
    QVERIFY2(server.start(m_db->location(),
                 {QStringLiteral("--tls-cert"), cert(name), QStringLiteral("--tls-key"), key(name)}, &error),
        qPrintable(error));
    const QString tls12 = QStringLiteral("-tls1_2");
    QByteArray output;
    QVERIFY2(handshakes(server.port(), tls12, strong, &output), output.constData());
    QVERIFY2(output.contains(strong.toUtf8()), output.constData());
    QVERIFY2(handshakes(server.port(), QStringLiteral("-tls1_3"), {}, &output), output.constData());
    QVERIFY2(!handshakes(server.port(), tls12, QStringLiteral("AES128-SHA"), &output), output.constData());
    QVERIFY2(!handshakes(server.port(), tls12, cbc, &output), output.constData());
    if (!staticRsa.isEmpty())
        QVERIFY2(!handshakes(server.port(), tls12, staticRsa, &output), output.constData());
    // TLS 1.1 is refused whatever it offers (SECLEVEL=0 lets this openssl offer it at all).
    QVERIFY2(
        !handshakes(server.port(), QStringLiteral("-tls1_1"), QStringLiteral("DEFAULT@SECLEVEL=0"), &output),
        output.constData());
    // The server still serves after the refused handshakes.
    QVERIFY2(handshakes(server.port(), tls12, strong, &output), output.constData());
    QVERIFY(server.terminate());
}

QTEST_GUILESS_MAIN(TestTlsConfig)
#include "testtlsconfig.moc"
