// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresstore.h"
#include "storebackend.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Warroom;

namespace {

const QDateTime BaseTime
    = QDateTime::fromString(QStringLiteral("2026-11-21T22:38:54.123Z"), Qt::ISODateWithMs);

Event makeEvent(int n)
{
    Event event;
    event.id = Wire::newId();
    event.incident = Wire::newId();
    event.type = QStringLiteral("note.added");
    event.actor = QStringLiteral("writer");
    event.at = BaseTime.addMSecs(n);
    event.data = QJsonObject {{QStringLiteral("n"), n}};
    return event;
}

QString withUrlPart(const QString &url, const std::function<void(QUrl &)> &edit)
{
    QUrl parsed(url);
    edit(parsed);
    return parsed.toString();
}

} // namespace

/// What only PostgresStore does on a real server (URL parsing is testpostgresurl): connection errors, its own
/// migrations, and seq order equal to commit order under concurrent writers (the advisory lock).
class TestPostgresStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectionErrors_data();
    void connectionErrors();
    void unixSocketUrl();
    void migratesFromV1();
    void foreignDatabaseRefused();
    void newerSchemaRefused();
    void concurrentStartsMigrateOnce();
    void readersNeverSkipACommit();
    void reconnectsAfterTheServerDropsIt();

private:
    QString m_admin;
};

void TestPostgresStore::initTestCase()
{
    QString error;
    m_admin = StoreBackend::fixtureUrl(&error);
    if (m_admin.isEmpty())
        QSKIP(qPrintable(error));
}

void TestPostgresStore::connectionErrors_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("says");
    QTest::newRow("nobody listening") << withUrlPart(m_admin, [](QUrl &u) { u.setPort(1); })
                                      << "no PostgreSQL server answers at 127.0.0.1:1";
    QTest::newRow("wrong password") << withUrlPart(m_admin, [](QUrl &u) {
        u.setPassword(QStringLiteral("wrong"));
    }) << "refused the user \"warroom\"";
    QTest::newRow("unknown user") << withUrlPart(m_admin, [](QUrl &u) {
        u.setUserName(QStringLiteral("mallory"));
    }) << "refused the user \"mallory\"";
    QTest::newRow("missing database")
        << withUrlPart(m_admin, [](QUrl &u) { u.setPath(QStringLiteral("/no_such_db")); })
        << "the database \"no_such_db\" does not exist";
}

void TestPostgresStore::connectionErrors()
{
    QFETCH(QString, url);
    QFETCH(QString, says);
    Error error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!PostgresStore::open(url, &error));
    QVERIFY2(error.message.contains(says), qPrintable(error.message));
    QCOMPARE(error.code, QStringLiteral("store_error"));
    QVERIFY2(!error.message.contains(QUrl(m_admin).password()), qPrintable(error.message));
    QVERIFY(timer.elapsed() < 10000);
}

void TestPostgresStore::unixSocketUrl()
{
    QFile file(QFileInfo(qEnvironmentVariable("WARROOM_TEST_PG_URL_FILE")).absolutePath()
        + QStringLiteral("/socket-url"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("the fixture's socket URL is not there (run through CTest)");
    const QString url = QString::fromUtf8(file.readAll()).trimmed();
    Error error;
    auto store = PostgresStore::open(url, &error);
    QVERIFY2(store, qPrintable(error.message));
    QVERIFY(store->connectionInfo().host.startsWith(QLatin1Char('/')));
    QVERIFY(store->lastSeq(&error) >= 0);
}

void TestPostgresStore::migratesFromV1()
{
    StoreBackend::ScratchDatabase db;
    QVERIFY2(!db.url().isEmpty(), qPrintable(db.error()));
    const EventList events {makeEvent(1), makeEvent(2)};
    Error error;
    {
        auto old = PostgresStore::openAtVersion(db.url(), 1, &error);
        QVERIFY2(old, qPrintable(error.message));
        QCOMPARE(old->schemaVersion(), 1);
        QVERIFY(old->append(events, nullptr, &error));
        TokenRecord token;
        bool found = false;
        QVERIFY(!old->findToken("x", &token, &found, &error)); // no tokens table at v1
    }
    auto store = PostgresStore::open(db.url(), &error);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->schemaVersion(), 3);
    EventList read;
    QVERIFY(store->readAfter(0, 0, &read, &error));
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(1).id, events.at(1).id);
    QVERIFY(store->addToken(
        {QStringLiteral("a"), QStringLiteral("viewer"), QByteArray(64, 'e'), BaseTime, {}}, &error));
    QVERIFY(store->execForTesting(QStringLiteral("SELECT 1 FROM meta WHERE key = 'store_id'"), &error));
    // Reopening migrates nothing.
    store.reset();
    store = PostgresStore::open(db.url(), &error);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), 3);
}

void TestPostgresStore::foreignDatabaseRefused()
{
    StoreBackend::ScratchDatabase db;
    QVERIFY2(!db.url().isEmpty(), qPrintable(db.error()));
    QString problem;
    QVERIFY2(StoreBackend::exec(db.url(), QStringLiteral("CREATE TABLE events(x INTEGER)"), &problem),
        qPrintable(problem));
    Error error;
    QVERIFY(!PostgresStore::open(db.url(), &error));
    QVERIFY2(error.message.contains(QStringLiteral("not a Warroom database")), qPrintable(error.message));
    // Nothing of ours was left behind (the migration ran in one transaction).
    QVERIFY(!StoreBackend::exec(db.url(), QStringLiteral("SELECT 1 FROM schema_version"), &problem));
}

void TestPostgresStore::newerSchemaRefused()
{
    StoreBackend::ScratchDatabase db;
    QVERIFY2(!db.url().isEmpty(), qPrintable(db.error()));
    Error error;
    {
        auto store = PostgresStore::open(db.url(), &error);
        QVERIFY(store);
        QVERIFY(store->execForTesting(QStringLiteral("UPDATE schema_version SET version = 99"), &error));
    }
    QVERIFY(!PostgresStore::open(db.url(), &error));
    QVERIFY2(error.message.contains(QStringLiteral("newer Warroom")), qPrintable(error.message));
}

void TestPostgresStore::concurrentStartsMigrateOnce()
{
    // Several servers starting at once on an empty database: one creates the schema, the others wait for it.
    StoreBackend::ScratchDatabase db;
    QVERIFY2(!db.url().isEmpty(), qPrintable(db.error()));
    constexpr int Starters = 4;
    QAtomicInt opened = 0;
    QList<QThread *> threads;
    for (int i = 0; i < Starters; ++i) {
        threads.append(QThread::create([&] {
            Error error;
            auto store = PostgresStore::open(db.url(), &error);
            if (store && store->schemaVersion() == PostgresStore::SchemaVersion)
                opened.fetchAndAddRelaxed(1);
            else
                qWarning("%s", qPrintable(error.message));
        }));
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(30000));
        delete thread;
    }
    QCOMPARE(opened.loadRelaxed(), Starters);
}

void TestPostgresStore::readersNeverSkipACommit()
{
    // Writers append batches concurrently; a reader following "after its last seq" must see every seq, in
    // order, never a gap that fills in later. That holds because an append takes the advisory lock before its
    // seqs.
    StoreBackend::ScratchDatabase db;
    QVERIFY2(!db.url().isEmpty(), qPrintable(db.error()));
    Error error;
    auto reader = PostgresStore::open(db.url(), &error);
    QVERIFY2(reader, qPrintable(error.message));
    constexpr int Writers = 3;
    constexpr int Batches = 60;
    std::atomic<int> failures {0};
    QList<QThread *> threads;
    for (int w = 0; w < Writers; ++w) {
        threads.append(QThread::create([&, w] {
            Error writeError;
            auto store = PostgresStore::open(db.url(), &writeError);
            if (!store) {
                ++failures;
                return;
            }
            for (int b = 0; b < Batches; ++b) {
                QList<AppendOutcome> outcomes;
                if (!store->append(
                        {makeEvent(w * 1000 + b), makeEvent(w * 1000 + b), makeEvent(w * 1000 + b)},
                        &outcomes, &writeError)
                    || outcomes.at(2).seq != outcomes.at(0).seq + 2)
                    ++failures; // a batch's seqs are consecutive: nobody else got one in between
            }
        }));
        threads.last()->start();
    }
    qint64 cursor = 0;
    int gaps = 0;
    const auto running = [&] {
        return std::any_of(threads.cbegin(), threads.cend(), [](QThread *t) { return t->isRunning(); });
    };
    for (;;) {
        // Whether the writers were done is asked before reading, so that a read that comes back empty after
        // they finished has seen everything they wrote.
        const bool writersDone = !running();
        EventList events;
        QVERIFY(reader->readAfter(cursor, 0, &events, &error));
        for (const Event &event : std::as_const(events)) {
            if (event.seq != cursor + 1)
                ++gaps;
            cursor = event.seq;
        }
        if (writersDone && events.isEmpty())
            break;
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(30000));
        delete thread;
    }
    QCOMPARE(failures.load(), 0);
    QCOMPARE(gaps, 0);
    QCOMPARE(cursor, qint64(Writers * Batches * 3));
}

void TestPostgresStore::reconnectsAfterTheServerDropsIt()
{
    // The server ends the store's session (as a restart or a failover does): the next call connects again
    // and succeeds, nothing stored is lost, an append is not doubled, and LISTEN is renewed.
    StoreBackend::ScratchDatabase db;
    QVERIFY2(!db.url().isEmpty(), qPrintable(db.error()));
    Error error;
    auto store = PostgresStore::open(db.url(), &error);
    QVERIFY2(store, qPrintable(error.message));
    auto other = PostgresStore::open(db.url(), &error);
    QVERIFY2(other, qPrintable(error.message));
    QObject context;
    QList<qint64> notified;
    QVERIFY(store->watchAppends(
        &context, [&](qint64 seq) { notified.append(seq); }, &error));
    QList<AppendOutcome> outcomes;
    QVERIFY2(store->append({makeEvent(1), makeEvent(2)}, &outcomes, &error), qPrintable(error.message));

    const QString database = QUrl(db.url()).path().mid(1);
    const auto dropSessions = [&] {
        QString sqlError;
        // Every session on the scratch database but the one that asks (the other store's too).
        return StoreBackend::exec(db.adminUrl(),
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' AND "
                           "pid <> pg_backend_pid()")
                .arg(database),
            &sqlError);
    };

    QVERIFY(dropSessions());
    QCOMPARE(store->lastSeq(&error), qint64(2));

    QVERIFY(dropSessions());
    EventList events;
    QVERIFY2(store->readAfter(0, 0, &events, &error), qPrintable(error.message));
    QCOMPARE(events.size(), 2);

    QVERIFY(dropSessions());
    const Event third = makeEvent(3);
    QVERIFY2(store->append({third}, &outcomes, &error), qPrintable(error.message));
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().seq, qint64(3));
    QVERIFY2(store->append({third}, &outcomes, &error), qPrintable(error.message));
    QCOMPARE(outcomes.first().seq, qint64(3)); // the same event: found, not stored twice
    QVERIFY(outcomes.first().duplicate);
    QCOMPARE(store->lastSeq(&error), qint64(3));

    QVERIFY(dropSessions());
    TokenRecord token {
        QStringLiteral("grafana"), QStringLiteral("hook"), QByteArray(64, 'a'), BaseTime, QDateTime()};
    QVERIFY2(store->addToken(token, &error), qPrintable(error.message));

    // LISTEN was renewed on the new connection: another server's append wakes this one.
    QVERIFY2(other->append({makeEvent(4)}, &outcomes, &error), qPrintable(error.message));
    QTRY_VERIFY_WITH_TIMEOUT(notified.contains(4), 10000);
}

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "testpostgresstore.moc"
