// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "postgresstore.h"
#include "sqlitestore.h"
#include "storebackend.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Warroom;

namespace {

const QDateTime BaseTime
    = QDateTime::fromString(QStringLiteral("2026-11-21T22:38:54.123Z"), Qt::ISODateWithMs);

Event makeEvent(const QString &incident, int n, const QString &actor = QStringLiteral("alice"))
{
    Event event;
    event.id = Wire::newId();
    event.incident = incident;
    event.type = QStringLiteral("note.added");
    event.actor = actor;
    event.at = BaseTime.addMSecs(n);
    event.data
        = QJsonObject {{QStringLiteral("text"), QStringLiteral("note %1").arg(n)}, {QStringLiteral("n"), n}};
    return event;
}

/// One store under test, seen through its three interfaces.
struct Opened
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<StoreBackend::ScratchDatabase> scratch;
    std::unique_ptr<SqliteStore> sqlite;
    std::unique_ptr<PostgresStore> postgres;
    EventStore *events = nullptr;
    TokenStore *tokens = nullptr;
    RunbookStore *runbooks = nullptr;
    QString location;

    /// A second connection to the same database (another process would do the same).
    [[nodiscard]] std::unique_ptr<EventStore> another() const
    {
        Error error;
        if (sqlite)
            return SqliteStore::open(location, &error);
        return PostgresStore::open(location, &error);
    }
};

} // namespace

/// What every EventStore, TokenStore and RunbookStore must do, run on SQLite and
/// (WARROOM_TEST_STORE=postgres) on PostgreSQL with the same expectations.
class TestStoreContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void kindAndEmptyStore();
    void appendAndRead();
    void duplicatesKeepTheirSeq();
    void invalidEventStoresNothing();
    void hostileTextIsJustData();
    void seqOrderAcrossConnections();
    void tokens();
    void runbooks();
    void watchAppends();

private:
    Opened m_store;
};

void TestStoreContract::init()
{
    Opened opened;
    Error error;
    if (StoreBackend::isPostgres()) {
        opened.scratch = std::make_unique<StoreBackend::ScratchDatabase>();
        QVERIFY2(!opened.scratch->url().isEmpty(), qPrintable(opened.scratch->error()));
        opened.location = opened.scratch->url();
        opened.postgres = PostgresStore::open(opened.location, &error);
        QVERIFY2(opened.postgres, qPrintable(error.message));
        opened.events = opened.postgres.get();
        opened.tokens = opened.postgres.get();
        opened.runbooks = opened.postgres.get();
    } else {
        opened.dir = std::make_unique<QTemporaryDir>();
        opened.location = opened.dir->filePath(QStringLiteral("contract.db"));
        opened.sqlite = SqliteStore::open(opened.location, &error);
        QVERIFY2(opened.sqlite, qPrintable(error.message));
        opened.events = opened.sqlite.get();
        opened.tokens = opened.sqlite.get();
        opened.runbooks = opened.sqlite.get();
    }
    m_store = std::move(opened);
}

void TestStoreContract::cleanup()
{
    // Close the connection before the scratch database is dropped under it.
    m_store.sqlite.reset();
    m_store.postgres.reset();
    m_store = Opened();
}

void TestStoreContract::kindAndEmptyStore()
{
    QCOMPARE(m_store.events->kind(),
        StoreBackend::isPostgres() ? QStringLiteral("postgres") : QStringLiteral("sqlite"));
    Error error;
    QCOMPARE(m_store.events->lastSeq(&error), 0);
    EventList events;
    QVERIFY(m_store.events->readAfter(0, 0, &events, &error));
    QVERIFY(events.isEmpty());
    QVERIFY(!m_store.events->readById(Wire::newId(), nullptr, &error));
    QCOMPARE(error.code, QStringLiteral("not_found"));
}

void TestStoreContract::appendAndRead()
{
    const QString a = Wire::newId();
    const QString b = Wire::newId();
    const EventList batch {makeEvent(a, 1), makeEvent(b, 2), makeEvent(a, 3)};
    QList<AppendOutcome> outcomes;
    Error error;
    QVERIFY2(m_store.events->append(batch, &outcomes, &error), qPrintable(error.message));
    QCOMPARE(outcomes.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(outcomes.at(i).seq, i + 1);
        QVERIFY(!outcomes.at(i).duplicate);
        QVERIFY(outcomes.at(i).recordedAt.isValid());
    }
    QCOMPARE(m_store.events->lastSeq(&error), 3);

    EventList read;
    QVERIFY(m_store.events->readAfter(0, 0, &read, &error));
    QCOMPARE(read.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(read.at(i).id, batch.at(i).id);
        QCOMPARE(read.at(i).seq, i + 1);
        QCOMPARE(read.at(i).at, batch.at(i).at);
        QCOMPARE(read.at(i).data, batch.at(i).data);
        QCOMPARE(read.at(i).actor, batch.at(i).actor);
    }
    QVERIFY(m_store.events->readAfter(1, 1, &read, &error));
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().seq, 2);
    QVERIFY(m_store.events->readIncident(a, &read, &error));
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(1).seq, 3);
    Event one;
    QVERIFY(m_store.events->readById(batch.at(1).id, &one, &error));
    QCOMPARE(one.incident, b);
}

void TestStoreContract::duplicatesKeepTheirSeq()
{
    const QString incident = Wire::newId();
    const EventList batch {makeEvent(incident, 1), makeEvent(incident, 2)};
    QList<AppendOutcome> first;
    Error error;
    QVERIFY(m_store.events->append(batch, &first, &error));
    const Event fresh = makeEvent(incident, 3);
    QList<AppendOutcome> again;
    QVERIFY(m_store.events->append({batch.at(1), fresh, fresh, batch.at(0)}, &again, &error));
    QCOMPARE(again.size(), 4);
    QVERIFY(again.at(0).duplicate);
    QCOMPARE(again.at(0).seq, first.at(1).seq);
    QCOMPARE(again.at(0).recordedAt, first.at(1).recordedAt);
    QVERIFY(!again.at(1).duplicate);
    QCOMPARE(again.at(1).seq, 3);
    QVERIFY(again.at(2).duplicate); // twice in one batch: stored once
    QCOMPARE(again.at(2).seq, 3);
    QVERIFY(again.at(3).duplicate);
    QCOMPARE(m_store.events->lastSeq(&error), 3);
}

void TestStoreContract::invalidEventStoresNothing()
{
    EventList batch {makeEvent(Wire::newId(), 1), makeEvent(Wire::newId(), 2), makeEvent(Wire::newId(), 3)};
    batch[1].actor.clear();
    Error error;
    QVERIFY(!m_store.events->append(batch, nullptr, &error));
    QCOMPARE(error.field, QStringLiteral("actor"));
    QVERIFY2(error.message.startsWith(QLatin1String("Event 2 of 3 has an empty actor")),
        qPrintable(error.message));
    QCOMPARE(m_store.events->lastSeq(&error), 0);
    // A NUL in a text column is refused the same way by both stores (PostgreSQL text cannot hold one).
    batch[1].actor = QStringLiteral("al") + QChar(0) + QStringLiteral("ice");
    QVERIFY(!m_store.events->append(batch, nullptr, &error));
    QCOMPARE(error.field, QStringLiteral("actor"));
    QVERIFY2(error.message.contains(QLatin1String("NUL character in actor")), qPrintable(error.message));
    QCOMPARE(m_store.events->lastSeq(&error), 0);
    // The store is still usable afterwards.
    QVERIFY2(
        m_store.events->append({makeEvent(Wire::newId(), 4)}, nullptr, &error), qPrintable(error.message));
    QCOMPARE(m_store.events->lastSeq(&error), 1);
}

void TestStoreContract::hostileTextIsJustData()
{
    const QString incident = Wire::newId();
    const QStringList texts {QStringLiteral("'; DROP TABLE events;--"),
        QStringLiteral("Robert'); DELETE FROM tokens;--"), QStringLiteral("\" OR \"\"=\""),
        QStringLiteral("$1 ? :name @p %s \\x00"), QStringLiteral("🔥 事件 — ünïcödé"),
        QString(20000, QLatin1Char('x'))};
    EventList batch;
    for (int i = 0; i < texts.size(); ++i) {
        Event event = makeEvent(incident, i, texts.at(i).left(100));
        event.data.insert(QStringLiteral("text"), texts.at(i));
        batch.append(event);
    }
    Error error;
    QVERIFY2(m_store.events->append(batch, nullptr, &error), qPrintable(error.message));
    EventList read;
    QVERIFY(m_store.events->readIncident(incident, &read, &error));
    QCOMPARE(read.size(), texts.size());
    for (int i = 0; i < texts.size(); ++i) {
        QCOMPARE(read.at(i).data.value(QStringLiteral("text")).toString(), texts.at(i));
        QCOMPARE(read.at(i).actor, texts.at(i).left(100));
    }
    // Lookups by a hostile id find nothing and break nothing.
    QVERIFY(!m_store.events->readById(QStringLiteral("' OR '1'='1"), nullptr, &error));
    QCOMPARE(error.code, QStringLiteral("not_found"));
    QVERIFY(m_store.events->readIncident(QStringLiteral("' OR 1=1 --"), &read, &error));
    QVERIFY(read.isEmpty());
    TokenRecord token;
    bool found = true;
    QVERIFY(m_store.tokens->findToken("' OR '1'='1", &token, &found, &error));
    QVERIFY(!found);
    QCOMPARE(m_store.events->lastSeq(&error), texts.size());
}

void TestStoreContract::seqOrderAcrossConnections()
{
    // Two writers on one database: every seq is handed out once, and each batch gets consecutive seqs.
    std::unique_ptr<EventStore> other = m_store.another();
    QVERIFY(other);
    QSet<qint64> seen;
    for (int round = 0; round < 20; ++round) {
        EventStore *writer = round % 2 ? other.get() : m_store.events;
        QList<AppendOutcome> outcomes;
        Error error;
        QVERIFY(writer->append(
            {makeEvent(Wire::newId(), round), makeEvent(Wire::newId(), round)}, &outcomes, &error));
        QCOMPARE(outcomes.at(1).seq, outcomes.at(0).seq + 1);
        for (const AppendOutcome &outcome : outcomes) {
            QVERIFY(!seen.contains(outcome.seq));
            seen.insert(outcome.seq);
        }
    }
    Error error;
    EventList read;
    QVERIFY(other->readAfter(0, 0, &read, &error));
    QCOMPARE(read.size(), 40);
    for (int i = 0; i < read.size(); ++i)
        QCOMPARE(read.at(i).seq, i + 1);
}

void TestStoreContract::tokens()
{
    Error error;
    QList<TokenRecord> list;
    QVERIFY(m_store.tokens->listTokens(&list, &error));
    QVERIFY(list.isEmpty());
    const TokenRecord alice {
        QStringLiteral("alice"), QStringLiteral("responder"), QByteArray(64, 'a'), BaseTime, {}};
    QVERIFY2(m_store.tokens->addToken(alice, &error), qPrintable(error.message));
    QVERIFY(m_store.tokens->addToken(
        {QStringLiteral("bob"), QStringLiteral("viewer"), QByteArray(64, 'b'), BaseTime, {}}, &error));
    // A second valid token of the same name is refused; so is a hash that exists.
    QVERIFY(!m_store.tokens->addToken(
        {QStringLiteral("alice"), QStringLiteral("admin"), QByteArray(64, 'c'), BaseTime, {}}, &error));
    QCOMPARE(error.code, QStringLiteral("conflict"));
    QVERIFY(!m_store.tokens->addToken(
        {QStringLiteral("carol"), QStringLiteral("admin"), QByteArray(64, 'a'), BaseTime, {}}, &error));

    TokenRecord found;
    bool exists = false;
    QVERIFY(m_store.tokens->findToken(QByteArray(64, 'a'), &found, &exists, &error));
    QVERIFY(exists);
    QCOMPARE(found.name, QStringLiteral("alice"));
    QCOMPARE(found.role, QStringLiteral("responder"));
    QCOMPARE(found.createdAt, BaseTime);
    QVERIFY(!found.isRevoked());

    QVERIFY(m_store.tokens->revokeToken(QStringLiteral("alice"), BaseTime.addSecs(60), &error));
    QVERIFY(m_store.tokens->findToken(QByteArray(64, 'a'), &found, &exists, &error));
    QCOMPARE(found.revokedAt, BaseTime.addSecs(60));
    QVERIFY(!m_store.tokens->revokeToken(QStringLiteral("alice"), BaseTime, &error));
    QCOMPARE(error.code, QStringLiteral("not_found"));
    // The name is free again once revoked.
    QVERIFY2(
        m_store.tokens->addToken(
            {QStringLiteral("alice"), QStringLiteral("admin"), QByteArray(64, 'd'), BaseTime, {}}, &error),
        qPrintable(error.message));
    QVERIFY(m_store.tokens->listTokens(&list, &error));
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).name, QStringLiteral("alice"));
    QVERIFY(list.at(0).isRevoked());
    QCOMPARE(list.at(2).role, QStringLiteral("admin"));
}

void TestStoreContract::runbooks()
{
    Error error;
    bool created = false;
    const StoredRunbook first {
        QStringLiteral("zeta"), QStringLiteral("# Z\n\n- [ ] a\n"), BaseTime, QStringLiteral("adam")};
    QVERIFY2(m_store.runbooks->putRunbook(first, &created, &error), qPrintable(error.message));
    QVERIFY(created);
    QVERIFY(m_store.runbooks->putRunbook(
        {QStringLiteral("alpha"), QStringLiteral("# A\n\n- [ ] b\n"), BaseTime, QStringLiteral("adam")},
        &created, &error));
    QVERIFY(m_store.runbooks->putRunbook({QStringLiteral("zeta"), QStringLiteral("# Z2\n\n- [ ] c\n"),
                                             BaseTime.addSecs(5), QStringLiteral("eve")},
        &created, &error));
    QVERIFY(!created);
    QList<StoredRunbook> list;
    QVERIFY(m_store.runbooks->listRunbooks(&list, &error));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).name, QStringLiteral("alpha"));
    QCOMPARE(list.at(1).markdown, QStringLiteral("# Z2\n\n- [ ] c\n"));
    QCOMPARE(list.at(1).updatedBy, QStringLiteral("eve"));
    QCOMPARE(list.at(1).updatedAt, BaseTime.addSecs(5));
    StoredRunbook found;
    bool exists = true;
    QVERIFY(m_store.runbooks->findRunbook(QStringLiteral("missing"), &found, &exists, &error));
    QVERIFY(!exists);
    QVERIFY(m_store.runbooks->findRunbook(QStringLiteral("alpha"), &found, &exists, &error));
    QVERIFY(exists);
    QCOMPARE(found.markdown, QStringLiteral("# A\n\n- [ ] b\n"));
}

void TestStoreContract::watchAppends()
{
    QObject context;
    qint64 heard = -1;
    int calls = 0;
    Error error;
    const bool watching = m_store.events->watchAppends(
        &context,
        [&](qint64 seq) {
            heard = seq;
            ++calls;
        },
        &error);
    // PostgreSQL hears NOTIFY at once; SQLite reads the file's data_version at least every 250 ms.
    QVERIFY2(watching, qPrintable(error.message));
    const int settle = StoreBackend::isPostgres() ? 200 : 600;
    // Our own appends are not announced to ourselves.
    QVERIFY(m_store.events->append({makeEvent(Wire::newId(), 1)}, nullptr, &error));
    QTest::qWait(settle);
    QCOMPARE(calls, 0);
    // Another connection's are, with its last seq, at its commit.
    std::unique_ptr<EventStore> other = m_store.another();
    QVERIFY(other);
    QVERIFY(other->append({makeEvent(Wire::newId(), 2), makeEvent(Wire::newId(), 3)}, nullptr, &error));
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 2000);
    QCOMPARE(heard, StoreBackend::isPostgres() ? 3 : 0); // SQLite cannot tell the seq: 0, read again
    QTest::qWait(settle);
    QCOMPARE(calls, 1); // one commit, one call
    // A refused batch (nothing committed) announces nothing.
    EventList bad {makeEvent(Wire::newId(), 4)};
    bad[0].type.clear();
    QVERIFY(!other->append(bad, nullptr, &error));
    QTest::qWait(settle);
    QCOMPARE(calls, 1);
}

QTEST_GUILESS_MAIN(TestStoreContract)
#include "teststorecontract.moc"
