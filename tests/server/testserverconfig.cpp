// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Warroom;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    return path;
}

} // namespace

class TestServerConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void parseListen_data();
    void parseListen();
    void iniFile();
    void iniErrors_data();
    void iniErrors();
    void settingsAreRangeChecked_data();
    void settingsAreRangeChecked();
    void validate();
};

void TestServerConfig::defaults()
{
    const ServerConfig config;
    QCOMPARE(config.address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(config.port, quint16(8470));
    QCOMPARE(config.idleTimeoutSeconds, 60);
    QCOMPARE(config.maxConnections, 512);
    QCOMPARE(config.rate, 50.0);
    QCOMPARE(config.burst, 100.0);
    QVERIFY(ServerConfig::defaultDatabase().endsWith(QStringLiteral("/warroomd.db")));
}

void TestServerConfig::parseListen_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::newRow("ipv4") << "127.0.0.1:8470" << true << "127.0.0.1" << 8470;
    QTest::newRow("free port") << "127.0.0.1:0" << true << "127.0.0.1" << 0;
    QTest::newRow("ipv6") << "[::1]:9000" << true << "::1" << 9000;
    QTest::newRow("localhost") << "localhost:80" << true << "127.0.0.1" << 80;
    QTest::newRow("any") << "*:8470" << true << "any" << 8470;
    QTest::newRow("no port") << "127.0.0.1" << false << "" << 0;
    QTest::newRow("port too big") << "127.0.0.1:70000" << false << "" << 0;
    QTest::newRow("negative port") << "127.0.0.1:-1" << false << "" << 0;
    QTest::newRow("host name") << "example.com:80" << false << "" << 0;
    QTest::newRow("empty host") << ":80" << false << "" << 0;
}

void TestServerConfig::parseListen()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QHostAddress parsed;
    quint16 parsedPort = 1;
    QString error;
    QCOMPARE(ServerConfig::parseListen(text, &parsed, &parsedPort, &error), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QFETCH(QString, address);
    QFETCH(int, port);
    if (address == QLatin1String("any"))
        QCOMPARE(parsed, QHostAddress(QHostAddress::Any));
    else
        QCOMPARE(parsed, QHostAddress(address));
    QCOMPARE(int(parsedPort), port);
}

void TestServerConfig::iniFile()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("warroomd.ini"),
        "[server]\nlisten = 0.0.0.0:9999\ndb = postgresql://warroom@db:5432/warroom\ntls_cert = cert.pem\n"
        "tls_key = /etc/key.pem\nidle_timeout = 30\nhead_timeout = 5\nmax_connections = 64\n"
        "max_connections_per_host = 8\nrate = 2.5\nburst = 10\n");
    ServerConfig config;
    QString error;
    QVERIFY2(config.loadIni(path, &error), qPrintable(error));
    QCOMPARE(config.address, QHostAddress(QStringLiteral("0.0.0.0")));
    QCOMPARE(config.port, quint16(9999));
    QCOMPARE(config.database, QStringLiteral("postgresql://warroom@db:5432/warroom"));
    QCOMPARE(config.tlsCert, dir.filePath(QStringLiteral("cert.pem"))); // relative to the file
    QCOMPARE(config.tlsKey, QStringLiteral("/etc/key.pem"));
    QCOMPARE(config.idleTimeoutSeconds, 30);
    QCOMPARE(config.maxConnections, 64);
    QCOMPARE(config.headTimeoutSeconds, 5);
    QCOMPARE(config.maxConnectionsPerHost, 8);
    QCOMPARE(config.rate, 2.5);
    QCOMPARE(config.burst, 10.0);
    QVERIFY2(config.validate(&error), qPrintable(error));
    // The command line wins: later set() calls override what the file said.
    QVERIFY(config.set(QStringLiteral("max_connections"), QStringLiteral("5"), &error));
    QCOMPARE(config.maxConnections, 5);
}

void TestServerConfig::iniErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown key") << QByteArray("[server]\nmax_conections = 5\n") << "max_conections";
    QTest::newRow("unknown section") << QByteArray("[client]\nlisten = 1.2.3.4:5\n") << "[client]";
    QTest::newRow("outside a section") << QByteArray("listen = 1.2.3.4:5\n") << "[server]";
    QTest::newRow("bad number") << QByteArray("[server]\nrate = fast\n") << "rate";
    QTest::newRow("bad listen") << QByteArray("[server]\nlisten = nowhere\n") << "nowhere";
}

void TestServerConfig::iniErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bad.ini"), text);
    ServerConfig config;
    QString error;
    QVERIFY(!config.loadIni(path, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestServerConfig::settingsAreRangeChecked_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("idle 0") << "idle_timeout"
                            << "0" << false;
    QTest::newRow("idle 1") << "idle_timeout"
                            << "1" << true;
    QTest::newRow("connections 0") << "max_connections"
                                   << "0" << false;
    QTest::newRow("connections nan") << "max_connections"
                                     << "nan" << false;
    QTest::newRow("head 0") << "head_timeout"
                            << "0" << false;
    QTest::newRow("head over an hour") << "head_timeout"
                                       << "3601" << false;
    QTest::newRow("per host 0") << "max_connections_per_host"
                                << "0" << false;
    QTest::newRow("per host 1") << "max_connections_per_host"
                                << "1" << true;
    QTest::newRow("rate off") << "rate"
                              << "0" << true;
    QTest::newRow("rate negative") << "rate"
                                   << "-1" << false;
    QTest::newRow("rate inf") << "rate"
                              << "inf" << false;
    QTest::newRow("burst 0") << "burst"
                             << "0" << false;
    QTest::newRow("unknown") << "colour"
                             << "red" << false;
}

void TestServerConfig::settingsAreRangeChecked()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    ServerConfig config;
    QString error;
    QCOMPARE(config.set(key, value, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
}

void TestServerConfig::validate()
{
    ServerConfig config;
    QString error;
    QVERIFY(config.validate(&error));
    config.tlsCert = QStringLiteral("/etc/cert.pem");
    QVERIFY(!config.validate(&error));
    QVERIFY2(error.contains(QStringLiteral("--tls-key")), qPrintable(error));
    config.tlsKey = QStringLiteral("/etc/key.pem");
    QVERIFY(config.validate(&error));
}

QTEST_GUILESS_MAIN(TestServerConfig)
#include "testserverconfig.moc"
