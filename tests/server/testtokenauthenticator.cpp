// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "sqlitestore.h"
#include "tokenauthenticator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Warroom;

class TestTokenAuthenticator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tokensAreRandomAndWellFormed();
    void onlyTheHashIsStored();
    void authenticates();
    void refusals_data();
    void refusals();
    void basicAuthOnlyWhenAllowed();
    void revokedTokenIsRefused();
    void namesAndRolesAreChecked();
    void duplicateNameRefusedUntilRevoked();
    void roleMatrix();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
};

void TestTokenAuthenticator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Error error;
    m_store = SqliteStore::open(m_dir->filePath(QStringLiteral("t.db")), &error);
    QVERIFY2(m_store, qPrintable(error.message));
}

void TestTokenAuthenticator::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestTokenAuthenticator::tokensAreRandomAndWellFormed()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString token = TokenAuthenticator::generateToken();
        QCOMPARE(token.size(), 46);
        QVERIFY(token.startsWith(QStringLiteral("wr_")));
        QVERIFY(TokenAuthenticator::looksLikeToken(token.toLatin1()));
        QVERIFY(!seen.contains(token));
        seen.insert(token);
        // 32 random bytes behind the prefix.
        QCOMPARE(QByteArray::fromBase64(token.mid(3).toLatin1(), QByteArray::Base64UrlEncoding).size(), 32);
    }
    QVERIFY(!TokenAuthenticator::looksLikeToken("wr_short"));
    QVERIFY(!TokenAuthenticator::looksLikeToken(QByteArray(46, 'a')));
    QVERIFY(!TokenAuthenticator::looksLikeToken("wr_" + QByteArray(42, 'a') + "!"));
}

void TestTokenAuthenticator::onlyTheHashIsStored()
{
    TokenAuthenticator authenticator(m_store.get());
    Error error;
    const QString token = authenticator.create(QStringLiteral("alice"), QStringLiteral("responder"), &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error.message));
    QList<TokenRecord> records;
    QVERIFY(m_store->listTokens(&records, &error));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().name, QStringLiteral("alice"));
    QCOMPARE(records.first().role, QStringLiteral("responder"));
    QCOMPARE(
        records.first().hash, QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
    QVERIFY(!records.first().isRevoked());
    // The token itself is nowhere in the database file.
    QFile file(m_dir->filePath(QStringLiteral("t.db")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(token.toLatin1()));
    QFile wal(m_dir->filePath(QStringLiteral("t.db-wal")));
    if (wal.open(QIODevice::ReadOnly))
        QVERIFY(!wal.readAll().contains(token.toLatin1()));
}

void TestTokenAuthenticator::authenticates()
{
    TokenAuthenticator authenticator(m_store.get());
    Error error;
    const QString token = authenticator.create(QStringLiteral("ops-bot"), QStringLiteral("admin"), &error);
    ApiError refusal;
    for (const QByteArray &header : {"Bearer " + token.toLatin1(), "bearer  " + token.toLatin1() + "  "}) {
        const auto principal = authenticator.authenticate(header, &refusal);
        QVERIFY2(principal, qPrintable(refusal.message));
        QCOMPARE(principal->name, QStringLiteral("ops-bot"));
        QCOMPARE(principal->role, Role::Admin);
    }
}

void TestTokenAuthenticator::refusals_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("invalidToken"); // error="invalid_token" in WWW-Authenticate
    QTest::newRow("none") << QByteArray() << false;
    QTest::newRow("basic") << QByteArray("Basic YWxpY2U6cHc=") << false;
    QTest::newRow("bearer only") << QByteArray("Bearer") << false;
    QTest::newRow("bearer empty") << QByteArray("Bearer   ") << false;
    QTest::newRow("malformed") << QByteArray("Bearer not-a-token") << true;
    QTest::newRow("unknown") << ("Bearer " + TokenAuthenticator::generateToken().toLatin1()) << true;
    QTest::newRow("sql") << QByteArray("Bearer ' OR 1=1 --") << true;
    QTest::newRow("bad utf-8") << QByteArray("Bearer wr_\xff\xfe") << true;
}

void TestTokenAuthenticator::refusals()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, invalidToken);
    TokenAuthenticator authenticator(m_store.get());
    Error error;
    QVERIFY(!authenticator.create(QStringLiteral("alice"), QStringLiteral("viewer"), &error).isEmpty());
    ApiError refusal;
    QVERIFY(!authenticator.authenticate(header, &refusal));
    QCOMPARE(refusal.status, 401);
    QCOMPARE(refusal.code, QStringLiteral("unauthorized"));
    QVERIFY(!refusal.message.isEmpty());
    QCOMPARE(refusal.headers.size(), 1);
    QCOMPARE(refusal.headers.first().first, QByteArray("WWW-Authenticate"));
    QVERIFY(refusal.headers.first().second.startsWith("Bearer realm=\"warroom\""));
    QCOMPARE(refusal.headers.first().second.contains("invalid_token"), invalidToken);
}

void TestTokenAuthenticator::basicAuthOnlyWhenAllowed()
{
    // The hooks accept HTTP basic auth with the token as the password (what Alertmanager and Grafana send).
    TokenAuthenticator authenticator(m_store.get());
    Error error;
    const QByteArray token
        = authenticator.create(QStringLiteral("am-prod"), QStringLiteral("hook"), &error).toLatin1();
    ApiError refusal;
    for (const QByteArray &credentials : {"alertmanager:" + token, token + ":", ":" + token}) {
        const QByteArray header = "Basic " + credentials.toBase64();
        const auto principal = authenticator.authenticate(header, &refusal, true);
        QVERIFY2(principal, qPrintable(refusal.message));
        QCOMPARE(principal->name, QStringLiteral("am-prod"));
        QCOMPARE(principal->role, Role::Hook);
        QVERIFY(!authenticator.authenticate(header, &refusal)); // not where only bearer tokens go
        QCOMPARE(refusal.status, 401);
    }
    QVERIFY(authenticator.authenticate("Bearer " + token, &refusal, true));
    for (const QByteArray &header : {QByteArray("Basic"), QByteArray("Basic !!!"),
             "Basic " + QByteArray("no-colon").toBase64(), "Basic " + QByteArray("user:").toBase64(),
             "Basic " + QByteArray("user:wr_" + QByteArray(43, 'A')).toBase64(), QByteArray("Digest x")}) {
        QVERIFY2(!authenticator.authenticate(header, &refusal, true), header.constData());
        QCOMPARE(refusal.status, 401);
    }
}

void TestTokenAuthenticator::revokedTokenIsRefused()
{
    TokenAuthenticator authenticator(m_store.get());
    Error error;
    const QString token = authenticator.create(QStringLiteral("alice"), QStringLiteral("responder"), &error);
    ApiError refusal;
    QVERIFY(authenticator.authenticate("Bearer " + token.toLatin1(), &refusal));
    QVERIFY(m_store->revokeToken(QStringLiteral("alice"), Clock::now(), &error));
    QVERIFY(!authenticator.authenticate("Bearer " + token.toLatin1(), &refusal));
    QCOMPARE(refusal.status, 401);
    QVERIFY(!m_store->revokeToken(QStringLiteral("alice"), Clock::now(), &error));
    QCOMPARE(error.code, QStringLiteral("not_found"));
}

void TestTokenAuthenticator::namesAndRolesAreChecked()
{
    TokenAuthenticator authenticator(m_store.get());
    Error error;
    QVERIFY(authenticator.create(QStringLiteral("bad name"), QStringLiteral("viewer"), &error).isEmpty());
    QCOMPARE(error.field, QStringLiteral("name"));
    QVERIFY(authenticator.create(QString(65, QLatin1Char('a')), QStringLiteral("viewer"), &error).isEmpty());
    QVERIFY(authenticator.create(QStringLiteral("alice"), QStringLiteral("root"), &error).isEmpty());
    QCOMPARE(error.field, QStringLiteral("role"));
    QVERIFY2(
        error.message.contains(QStringLiteral("viewer, responder, hook, admin")), qPrintable(error.message));
    QList<TokenRecord> records;
    QVERIFY(m_store->listTokens(&records, &error));
    QVERIFY(records.isEmpty());
}

void TestTokenAuthenticator::duplicateNameRefusedUntilRevoked()
{
    TokenAuthenticator authenticator(m_store.get());
    Error error;
    const QString first = authenticator.create(QStringLiteral("alice"), QStringLiteral("viewer"), &error);
    QVERIFY(!first.isEmpty());
    QVERIFY(authenticator.create(QStringLiteral("alice"), QStringLiteral("admin"), &error).isEmpty());
    QCOMPARE(error.code, QStringLiteral("conflict"));
    QVERIFY(m_store->revokeToken(QStringLiteral("alice"), Clock::now(), &error));
    const QString second = authenticator.create(QStringLiteral("alice"), QStringLiteral("admin"), &error);
    QVERIFY2(!second.isEmpty(), qPrintable(error.message));
    ApiError refusal;
    QVERIFY(!authenticator.authenticate("Bearer " + first.toLatin1(), &refusal));
    const auto principal = authenticator.authenticate("Bearer " + second.toLatin1(), &refusal);
    QVERIFY(principal);
    QCOMPARE(principal->role, Role::Admin);
    QList<TokenRecord> records;
    QVERIFY(m_store->listTokens(&records, &error));
    QCOMPARE(records.size(), 2);
    QVERIFY(records.at(0).isRevoked());
    QVERIFY(!records.at(1).isRevoked());
}

void TestTokenAuthenticator::roleMatrix()
{
    using P = Permission;
    QVERIFY(Roles::allows(Role::Viewer, P::Read));
    QVERIFY(!Roles::allows(Role::Viewer, P::WriteEvents));
    QVERIFY(!Roles::allows(Role::Viewer, P::Hooks));
    QVERIFY(!Roles::allows(Role::Viewer, P::Admin));
    QVERIFY(Roles::allows(Role::Responder, P::Read));
    QVERIFY(Roles::allows(Role::Responder, P::WriteEvents));
    QVERIFY(!Roles::allows(Role::Responder, P::Hooks));
    QVERIFY(!Roles::allows(Role::Responder, P::Admin));
    QVERIFY(!Roles::allows(Role::Hook, P::Read));
    QVERIFY(!Roles::allows(Role::Hook, P::WriteEvents));
    QVERIFY(Roles::allows(Role::Hook, P::Hooks));
    QVERIFY(!Roles::allows(Role::Hook, P::Admin));
    for (P p : {P::Read, P::WriteEvents, P::Hooks, P::Admin})
        QVERIFY(Roles::allows(Role::Admin, p));
    for (const QString &name : Roles::names())
        QCOMPARE(Roles::name(*Roles::fromName(name)), name);
    QVERIFY(!Roles::fromName(QStringLiteral("Admin")));
}

QTEST_GUILESS_MAIN(TestTokenAuthenticator)
#include "testtokenauthenticator.moc"
