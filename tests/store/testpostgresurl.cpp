// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresstore.h"

#include <QTest>

using namespace Warroom;

/// How PostgresStore reads a --db URL: no server needed, so it runs on every machine.
class TestPostgresUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseUrl_data();
    void parseUrl();
};

void TestPostgresUrl::parseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::newRow("full") << "postgresql://alice:s3cret@db.internal:6543/warroom" << true << "alice"
                          << "s3cret"
                          << "db.internal" << 6543 << "warroom";
    QTest::newRow("no password, default port") << "postgresql://alice@10.0.0.5/warroom" << true << "alice"
                                               << ""
                                               << "10.0.0.5" << 5432 << "warroom";
    QTest::newRow("postgres scheme") << "postgres://a@h/d" << true << "a"
                                     << ""
                                     << "h" << 5432 << "d";
    QTest::newRow("encoded password") << "postgresql://a:p%40ss%2Fw@h:1/d" << true << "a"
                                      << "p@ss/w"
                                      << "h" << 1 << "d";
    QTest::newRow("socket folder") << "postgresql://a@/d?host=/run/postgresql" << true << "a"
                                   << ""
                                   << "/run/postgresql" << 5432 << "d";
    QTest::newRow("socket and port") << "postgresql://a@/d?host=/tmp/s&port=7000" << true << "a"
                                     << ""
                                     << "/tmp/s" << 7000 << "d";
    QTest::newRow("no database") << "postgresql://a@h:1/" << false << ""
                                 << ""
                                 << "" << 0 << "";
    QTest::newRow("no host") << "postgresql://a@/d" << false << ""
                             << ""
                             << "" << 0 << "";
    QTest::newRow("file path") << "/var/lib/warroom.db" << false << ""
                               << ""
                               << "" << 0 << "";
    QTest::newRow("unknown parameter") << "postgresql://a@h/d?options=-c%20x" << false << ""
                                       << ""
                                       << "" << 0 << "";
    QTest::newRow("semicolon smuggling") << "postgresql://a@h/d?sslmode=disable;host=evil" << false << ""
                                         << ""
                                         << "" << 0 << "";
    QTest::newRow("bad port") << "postgresql://a@h:99999/d" << false << ""
                              << ""
                              << "" << 0 << "";
}

void TestPostgresUrl::parseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    PostgresStore::ConnectionInfo info;
    Error error;
    QCOMPARE(PostgresStore::parseUrl(url, &info, &error), ok);
    if (!ok) {
        QVERIFY(!error.message.isEmpty());
        // A message never repeats a password.
        QVERIFY(!error.message.contains(QStringLiteral("s3cret")));
        return;
    }
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QCOMPARE(info.user, user);
    QCOMPARE(info.password, password);
    QCOMPARE(info.host, host);
    QCOMPARE(info.port, port);
    QCOMPARE(info.database, database);
    QVERIFY(info.options.contains(QStringLiteral("connect_timeout=")));
    QVERIFY(!info.display().contains(QStringLiteral("s3cret")));
}

QTEST_GUILESS_MAIN(TestPostgresUrl)
#include "testpostgresurl.moc"
