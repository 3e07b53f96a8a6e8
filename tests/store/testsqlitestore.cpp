// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "sqlitestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

#include <unistd.h>

using namespace Warroom;

namespace {

const QDateTime BaseTime
    = QDateTime::fromString(QStringLiteral("2026-11-21T22:38:54.123Z"), Qt::ISODateWithMs);

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Event makeEvent(const QString &incident, int n, int textSize = 0)
{
    Event event;
    event.id = newUuid();
    event.incident = incident;
    event.type = QStringLiteral("note.added");
    event.actor = QStringLiteral("alice");
    event.at = BaseTime.addMSecs(n);
    QString text = QStringLiteral("note %1").arg(n);
    if (textSize > 0)
        text = text.leftJustified(textSize, QLatin1Char('x'));
    event.data = QJsonObject {{QStringLiteral("text"), text},
        {QStringLiteral("kind"), QStringLiteral("note")}, {QStringLiteral("n"), n}};
    return event;
}

EventList makeEvents(const QString &incident, int count, int firstN = 0, int textSize = 0)
{
    EventList events;
    for (int i = 0; i < count; ++i)
        events.append(makeEvent(incident, firstN + i, textSize));
    return events;
}

/// Field by field: what the store was given must come back, plus seq and recorded_at.
QString differences(const Event &got, const Event &want)
{
    QStringList diffs;
    if (got.id != want.id)
        diffs << QStringLiteral("id %1 != %2").arg(got.id, want.id);
    if (got.incident != want.incident)
        diffs << QStringLiteral("incident");
    if (got.type != want.type)
        diffs << QStringLiteral("type");
    if (got.actor != want.actor)
        diffs << QStringLiteral("actor");
    if (got.at != want.at)
        diffs << QStringLiteral("at %1 != %2")
                     .arg(got.at.toString(Qt::ISODateWithMs), want.at.toString(Qt::ISODateWithMs));
    if (got.data != want.data)
        diffs << QStringLiteral("data");
    if (got.seq <= 0)
        diffs << QStringLiteral("seq not set");
    if (!got.recordedAt.isValid())
        diffs << QStringLiteral("recorded_at not set");
    return diffs.join(QStringLiteral(", "));
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// A plain Qt Sql connection of the test's own, to look at (or lock) a file behind the store's back.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(newUuid()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next()) {
            m_lastError = query.lastError().text();
            return {};
        }
        return query.value(0);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(sql))
            return true;
        m_lastError = query.lastError().text();
        return false;
    }
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    QString m_name;
    bool m_open = false;
    QString m_lastError;
};

qint64 countRows(const QString &path, const QString &where = {})
{
    RawDb raw(path);
    const QVariant value = raw.value(QStringLiteral("SELECT count(*) FROM events")
        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    return value.isValid() ? value.toLongLong() : -1;
}

} // namespace

class TestSqliteStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createOpenReopen();
    void appendIsIdempotent();
    void duplicateWithinBatch();
    void invalidEventFailsWholeBatch_data();
    void invalidEventFailsWholeBatch();
    void fullDiskMidBatchStoresNothing();
    void failingInsertRollsBackBatch();
    void readAfterAndReadIncident();
    void readById();
    void recordedAtComesFromClock();
    void badDataRowIsAnError();
    void dataVersionSeesOtherConnections();
    void concurrentProcesses();
    void migratesV1WithBackup();
    void failedMigrationLeavesOriginal();
    void migratesV2ToV3WithBackup();
    void failedV3MigrationLeavesOriginal();
    void backupToCopiesEverything();
    void newerVersionRefused();
    void openAtVersionRejectsUnknownVersion();
    void notADatabase();
    void foreignSqliteDatabase();
    void corruptFile();
    void readOnlyFile();
    void readOnlyFolder();
    void missingFolder();
    void lockedDatabase();
    void fullDiskAndRecovery();

private:
    [[nodiscard]] QString pathFor(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<SqliteStore> openOrFail(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    QStringList m_restorePermissions;
};

void TestSqliteStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSqliteStore::cleanup()
{
    for (const QString &path : std::as_const(m_restorePermissions))
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_restorePermissions.clear();
    Clock::setInstance(nullptr);
    m_clock.reset();
    SqliteStore::setBusyTimeoutForTesting(0);
    m_dir.reset();
}

std::unique_ptr<SqliteStore> TestSqliteStore::openOrFail(const QString &path)
{
    Error error;
    auto store = SqliteStore::open(path, &error);
    if (!store)
        qWarning("open failed: %s", qPrintable(error.message));
    return store;
}

void TestSqliteStore::createOpenReopen()
{
    const QString path = pathFor(QStringLiteral("warroom.db"));
    const QString incident = newUuid();
    const EventList events = makeEvents(incident, 3);
    QString storeId;
    {
        Error error;
        auto store = SqliteStore::open(path, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(store->kind(), QStringLiteral("sqlite"));
        QCOMPARE(store->path(), path);
        QCOMPARE(store->schemaVersion(), SqliteStore::SchemaVersion);
        QCOMPARE(store->lastSeq(&error), 0);
        QVERIFY(store->migrationBackup().isEmpty());
        QList<AppendOutcome> outcomes;
        QVERIFY2(store->append(events, &outcomes, &error), qPrintable(error.message));
        QCOMPARE(outcomes.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(outcomes.at(i).seq, i + 1);
            QVERIFY(!outcomes.at(i).duplicate);
        }
        QCOMPARE(store->lastSeq(&error), 3);

        RawDb raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), SqliteStore::SchemaVersion);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        storeId = raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'store_id'")).toString();
        QVERIFY2(!QUuid::fromString(storeId).isNull(), qPrintable(storeId));
        QVERIFY(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'created_at'"))
                    .toDateTime()
                    .isValid());
        QCOMPARE(raw.value(QStringLiteral("SELECT typeof(data) FROM events WHERE seq = 1")).toString(),
            QStringLiteral("text"));
        QCOMPARE(raw.value(QStringLiteral("SELECT at FROM events WHERE seq = 1")).toString(),
            QStringLiteral("2026-11-21T22:38:54.123Z"));
        QCOMPARE(
            raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = "
                                     "'events_incident_seq'"))
                .toInt(),
            1);
    }
    Error error;
    auto store = SqliteStore::open(path, &error);
    QVERIFY2(store, qPrintable(error.message));
    QVERIFY(store->migrationBackup().isEmpty());
    EventList read;
    QVERIFY2(store->readAfter(0, 0, &read, &error), qPrintable(error.message));
    QCOMPARE(read.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QString diff = differences(read.at(i), events.at(i));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(read.at(i).seq, i + 1);
    }
    RawDb raw(path);
    QCOMPARE(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'store_id'")).toString(), storeId);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}, QDir::Files), QStringList());
}

void TestSqliteStore::appendIsIdempotent()
{
    const QString path = pathFor(QStringLiteral("idem.db"));
    auto store = openOrFail(path);
    QVERIFY(store);
    m_clock = std::make_unique<ManualClock>(BaseTime);
    Clock::setInstance(m_clock.get());

    const QString incident = newUuid();
    const EventList first = makeEvents(incident, 3);
    Error error;
    QList<AppendOutcome> firstOutcomes;
    QVERIFY2(store->append(first, &firstOutcomes, &error), qPrintable(error.message));

    m_clock->advanceSecs(60);
    EventList again = first;
    const Event extra = makeEvent(incident, 99);
    again.insert(1, extra);
    QList<AppendOutcome> outcomes;
    QVERIFY2(store->append(again, &outcomes, &error), qPrintable(error.message));
    QCOMPARE(outcomes.size(), 4);
    QVERIFY(outcomes.at(0).duplicate);
    QCOMPARE(outcomes.at(0).seq, firstOutcomes.at(0).seq);
    QCOMPARE(outcomes.at(0).recordedAt, BaseTime);
    QVERIFY(!outcomes.at(1).duplicate);
    QCOMPARE(outcomes.at(1).seq, 4);
    QCOMPARE(outcomes.at(1).recordedAt, BaseTime.addSecs(60));
    QVERIFY(outcomes.at(2).duplicate);
    QCOMPARE(outcomes.at(2).seq, firstOutcomes.at(1).seq);
    QVERIFY(outcomes.at(3).duplicate);
    QCOMPARE(outcomes.at(3).seq, firstOutcomes.at(2).seq);
    QCOMPARE(outcomes.at(3).recordedAt, BaseTime);

    QCOMPARE(countRows(path), 4);
    QCOMPARE(countRows(path, QStringLiteral("id = '%1'").arg(first.at(0).id)), 1);
    QCOMPARE(store->lastSeq(&error), 4);

    // A whole batch of duplicates changes nothing.
    QVERIFY(store->append(first, &outcomes, &error));
    QCOMPARE(outcomes.size(), 3);
    for (const AppendOutcome &outcome : std::as_const(outcomes))
        QVERIFY(outcome.duplicate);
    QCOMPARE(countRows(path), 4);
}

void TestSqliteStore::duplicateWithinBatch()
{
    const QString path = pathFor(QStringLiteral("batchdup.db"));
    auto store = openOrFail(path);
    QVERIFY(store);
    const QString incident = newUuid();
    const Event a = makeEvent(incident, 1);
    const Event b = makeEvent(incident, 2);
    Error error;
    QList<AppendOutcome> outcomes;
    QVERIFY2(store->append({a, b, a}, &outcomes, &error), qPrintable(error.message));
    QCOMPARE(outcomes.size(), 3);
    QVERIFY(!outcomes.at(0).duplicate);
    QVERIFY(!outcomes.at(1).duplicate);
    QVERIFY(outcomes.at(2).duplicate);
    QCOMPARE(outcomes.at(2).seq, outcomes.at(0).seq);
    QCOMPARE(outcomes.at(2).recordedAt, outcomes.at(0).recordedAt);
    QCOMPARE(countRows(path), 2);
    EventList read;
    QVERIFY(store->readAfter(0, 0, &read, &error));
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).id, a.id);
    QCOMPARE(read.at(1).id, b.id);
}

void TestSqliteStore::invalidEventFailsWholeBatch_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("empty incident") << QStringLiteral("incident");
    QTest::newRow("empty id") << QStringLiteral("id");
    QTest::newRow("empty type") << QStringLiteral("type");
}

void TestSqliteStore::invalidEventFailsWholeBatch()
{
    QFETCH(QString, field);
    const QString path = pathFor(QStringLiteral("invalid.db"));
    auto store = openOrFail(path);
    QVERIFY(store);
    EventList batch = makeEvents(newUuid(), 5);
    if (field == QLatin1String("incident"))
        batch[2].incident.clear();
    else if (field == QLatin1String("id"))
        batch[2].id.clear();
    else
        batch[2].type.clear();

    Error error;
    QList<AppendOutcome> outcomes;
    QVERIFY(!store->append(batch, &outcomes, &error));
    QVERIFY(error.isError());
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.contains(QStringLiteral("Event 3 of 5")), qPrintable(error.message));
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    QVERIFY(outcomes.isEmpty());
    QCOMPARE(store->lastSeq(&error), 0);
    QCOMPARE(countRows(path), 0);

    // The store stays usable.
    batch[2] = makeEvent(batch[0].incident, 7);
    QVERIFY2(store->append(batch, &outcomes, &error), qPrintable(error.message));
    QCOMPARE(countRows(path), 5);
}

void TestSqliteStore::fullDiskMidBatchStoresNothing()
{
    const QString path = pathFor(QStringLiteral("fullbatch.db"));
    auto store = openOrFail(path);
    QVERIFY(store);
    const QString incident = newUuid();
    Error error;
    QVERIFY2(store->append(makeEvents(incident, 5), nullptr, &error), qPrintable(error.message));

    qint64 pages = 0;
    {
        RawDb raw(path);
        pages = raw.value(QStringLiteral("PRAGMA page_count")).toLongLong();
    }
    QVERIFY(pages > 0);
    // Room for a couple of pages: the two small events fit, the third (1 MB of overflow pages) does not.
    QVERIFY2(store->execForTesting(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 3), &error),
        qPrintable(error.message));
    EventList batch = makeEvents(incident, 2, 100);
    batch.append(makeEvent(incident, 102, 1024 * 1024));
    QList<AppendOutcome> outcomes;
    QVERIFY(!store->append(batch, &outcomes, &error));
    QVERIFY2(error.message.contains(QStringLiteral("full")), qPrintable(error.message));
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    QVERIFY(outcomes.isEmpty());
    QCOMPARE(store->lastSeq(&error), 5);
    QCOMPARE(countRows(path), 5);
    QCOMPARE(
        countRows(path, QStringLiteral("id = '%1' OR id = '%2'").arg(batch.at(0).id, batch.at(1).id)), 0);
}

void TestSqliteStore::failingInsertRollsBackBatch()
{
    const QString path = pathFor(QStringLiteral("trigger.db"));
    auto store = openOrFail(path);
    QVERIFY(store);
    const QString incident = newUuid();
    Error error;
    QVERIFY(store->append(makeEvents(incident, 2), nullptr, &error));
    // RAISE(ABORT) undoes only the failing statement and leaves the transaction open: the store itself must
    // roll back the two events before it.
    QVERIFY2(
        store->execForTesting(QStringLiteral("CREATE TRIGGER refuse_mallory BEFORE INSERT ON events WHEN "
                                             "NEW.actor = 'mallory' BEGIN SELECT RAISE(ABORT, 'refused by "
                                             "the test trigger'); END"),
            &error),
        qPrintable(error.message));
    EventList batch = makeEvents(incident, 4, 10);
    batch[2].actor = QStringLiteral("mallory");
    QList<AppendOutcome> outcomes;
    QVERIFY(!store->append(batch, &outcomes, &error));
    QVERIFY2(
        error.message.contains(QStringLiteral("refused by the test trigger")), qPrintable(error.message));
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    QVERIFY(outcomes.isEmpty());
    QCOMPARE(store->lastSeq(&error), 2);
    QCOMPARE(countRows(path), 2);

    // No transaction was left open: the next batch goes through and is visible to other connections.
    batch[2].actor = QStringLiteral("alice");
    QVERIFY2(store->append(batch, &outcomes, &error), qPrintable(error.message));
    QCOMPARE(outcomes.size(), 4);
    QCOMPARE(outcomes.first().seq, 3); // the rolled-back rows used no seq
    QCOMPARE(countRows(path), 6);
}

void TestSqliteStore::readAfterAndReadIncident()
{
    auto store = openOrFail(pathFor(QStringLiteral("read.db")));
    QVERIFY(store);
    const QString a = newUuid();
    const QString b = newUuid();
    EventList all;
    for (int i = 0; i < 10; ++i)
        all.append(makeEvent(i % 3 == 0 ? b : a, i));
    Error error;
    // Two batches, so that order across transactions is covered too.
    QVERIFY2(store->append(all.mid(0, 6), nullptr, &error), qPrintable(error.message));
    QVERIFY2(store->append(all.mid(6), nullptr, &error), qPrintable(error.message));

    EventList read;
    QVERIFY2(store->readAfter(0, 4, &read, &error), qPrintable(error.message));
    QCOMPARE(read.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(read.at(i).seq, i + 1);
        const QString diff = differences(read.at(i), all.at(i));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
    QVERIFY(store->readAfter(4, 0, &read, &error));
    QCOMPARE(read.size(), 6);
    QCOMPARE(read.first().seq, 5);
    QCOMPARE(read.last().seq, 10);
    QCOMPARE(read.last().id, all.last().id);
    QVERIFY(store->readAfter(8, 100, &read, &error));
    QCOMPARE(read.size(), 2);
    QVERIFY(store->readAfter(10, 5, &read, &error));
    QVERIFY(read.isEmpty());

    QVERIFY(store->readIncident(b, &read, &error));
    QCOMPARE(read.size(), 4); // n = 0, 3, 6, 9
    const QList<qint64> expectedSeqs {1, 4, 7, 10};
    for (int i = 0; i < read.size(); ++i) {
        QCOMPARE(read.at(i).incident, b);
        QCOMPARE(read.at(i).seq, expectedSeqs.at(i));
        const QString diff = differences(read.at(i), all.at(int(expectedSeqs.at(i) - 1)));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
    QVERIFY(store->readIncident(a, &read, &error));
    QCOMPARE(read.size(), 6);
    for (int i = 1; i < read.size(); ++i)
        QVERIFY(read.at(i - 1).seq < read.at(i).seq);
    QVERIFY(store->readIncident(newUuid(), &read, &error));
    QVERIFY(read.isEmpty());
}

void TestSqliteStore::readById()
{
    Error error;
    auto store = SqliteStore::open(pathFor(QStringLiteral("byid.db")), &error);
    QVERIFY2(store, qPrintable(error.message));
    const EventList events = makeEvents(newUuid(), 3);
    QVERIFY(store->append(events, nullptr, &error));
    Event found;
    QVERIFY2(store->readById(events.at(1).id, &found, &error), qPrintable(error.message));
    QCOMPARE(found.id, events.at(1).id);
    QCOMPARE(found.seq, 2);
    QCOMPARE(found.data, events.at(1).data);
    const QString missing = newUuid();
    QVERIFY(!store->readById(missing, &found, &error));
    QCOMPARE(error.code, QStringLiteral("not_found"));
    QVERIFY(error.message.contains(missing));
}

void TestSqliteStore::recordedAtComesFromClock()
{
    const QString path = pathFor(QStringLiteral("clock.db"));
    auto store = openOrFail(path);
    QVERIFY(store);
    m_clock = std::make_unique<ManualClock>(
        QDateTime::fromString(QStringLiteral("2031-01-02T03:04:05.678Z"), Qt::ISODateWithMs));
    Clock::setInstance(m_clock.get());
    const QDateTime first = m_clock->nowUtc();

    const Event event = makeEvent(newUuid(), 1);
    Error error;
    QList<AppendOutcome> outcomes;
    QVERIFY(store->append({event}, &outcomes, &error));
    QCOMPARE(outcomes.at(0).recordedAt, first);
    EventList read;
    QVERIFY(store->readAfter(0, 0, &read, &error));
    QCOMPARE(read.at(0).recordedAt, first);
    QCOMPARE(read.at(0).at, event.at); // the event's own time is kept apart from recorded_at
    {
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT recorded_at FROM events")).toString(),
            QStringLiteral("2031-01-02T03:04:05.678Z"));
    }

    m_clock->advanceSecs(3600);
    const Event later = makeEvent(event.incident, 2);
    QVERIFY(store->append({event, later}, &outcomes, &error));
    QCOMPARE(outcomes.at(0).recordedAt, first); // a duplicate keeps its original time
    QCOMPARE(outcomes.at(1).recordedAt, first.addSecs(3600));
    QVERIFY(store->readAfter(1, 0, &read, &error));
    QCOMPARE(read.at(0).recordedAt, first.addSecs(3600));
}

void TestSqliteStore::badDataRowIsAnError()
{
    const QString path = pathFor(QStringLiteral("baddata.db"));
    auto store = openOrFail(path);
    QVERIFY(store);
    const QString incident = newUuid();
    Error error;
    QVERIFY(store->append({makeEvent(incident, 1)}, nullptr, &error));
    QVERIFY(store->execForTesting(
        QStringLiteral(
            "INSERT INTO events(id, incident, type, actor, at, recorded_at, data) VALUES('%1', '%2', "
            "'note.added', 'mallory', '2026-11-21T22:38:54.123Z', '2026-11-21T22:38:54.123Z', "
            "'{\"text\": broken')")
            .arg(newUuid(), incident),
        &error));
    QVERIFY(store->append({makeEvent(incident, 3)}, nullptr, &error));

    EventList read {makeEvent(incident, 9)};
    QVERIFY(!store->readAfter(0, 0, &read, &error));
    QVERIFY2(error.message.contains(QStringLiteral("seq 2")), qPrintable(error.message));
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("JSON")), qPrintable(error.message));
    error = {};
    QVERIFY(!store->readIncident(incident, &read, &error));
    QVERIFY2(error.message.contains(QStringLiteral("seq 2")), qPrintable(error.message));
    // Rows around it are still readable.
    QVERIFY(store->readAfter(2, 0, &read, &error));
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.at(0).seq, 3);
}

void TestSqliteStore::dataVersionSeesOtherConnections()
{
    const QString path = pathFor(QStringLiteral("dataversion.db"));
    auto a = openOrFail(path);
    auto b = openOrFail(path);
    QVERIFY(a && b);
    const qint64 before = a->dataVersion();
    QVERIFY(before >= 0);
    Error error;
    QVERIFY(a->append({makeEvent(newUuid(), 1)}, nullptr, &error));
    QCOMPARE(a->dataVersion(), before); // its own commits do not count
    QVERIFY(b->append({makeEvent(newUuid(), 2)}, nullptr, &error));
    QVERIFY(a->dataVersion() != before);
    EventList read;
    QVERIFY(a->readAfter(1, 0, &read, &error));
    QCOMPARE(read.size(), 1);
}

void TestSqliteStore::concurrentProcesses()
{
    const QString path = pathFor(QStringLiteral("shared.db"));
    auto store = openOrFail(path);
    QVERIFY(store);
    const qint64 versionBefore = store->dataVersion();

    constexpr int Writers = 3;
    constexpr int PerWriter = 240;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int w = 0; w < Writers; ++w) {
        auto process = std::make_unique<QProcess>();
        process->setProgram(QStringLiteral(STOREWRITER_PATH));
        process->setArguments(
            {path, QStringLiteral("w%1").arg(w), QString::number(PerWriter), QStringLiteral("7")});
        processes.push_back(std::move(process));
    }
    for (auto &process : processes)
        process->start();
    for (auto &process : processes) {
        QVERIFY2(process->waitForFinished(120000), "a store writer did not finish in time");
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
            qPrintable(QString::fromLocal8Bit(process->readAllStandardError())));
    }

    Error error;
    EventList read;
    QVERIFY2(store->readAfter(0, 0, &read, &error), qPrintable(error.message));
    QCOMPARE(read.size(), Writers * PerWriter);
    QSet<QString> ids;
    QHash<QString, QList<int>> byWriter;
    for (int i = 0; i < read.size(); ++i) {
        QCOMPARE(read.at(i).seq, i + 1); // unique and contiguous
        ids.insert(read.at(i).id);
        byWriter[read.at(i).data.value(QStringLiteral("writer")).toString()].append(
            read.at(i).data.value(QStringLiteral("n")).toInt());
    }
    QCOMPARE(ids.size(), Writers * PerWriter);
    QCOMPARE(byWriter.size(), Writers);
    for (auto it = byWriter.cbegin(); it != byWriter.cend(); ++it) {
        // Each writer's events appear exactly once and in the order it appended them.
        QCOMPARE(it.value().size(), PerWriter);
        for (int n = 0; n < PerWriter; ++n)
            QCOMPARE(it.value().at(n), n);
    }
    QCOMPARE(store->lastSeq(&error), Writers * PerWriter);
    QVERIFY(store->dataVersion() != versionBefore);
}

void TestSqliteStore::migratesV1WithBackup()
{
    const QString path = pathFor(QStringLiteral("old.db"));
    m_clock = std::make_unique<ManualClock>(BaseTime);
    Clock::setInstance(m_clock.get());
    const EventList events = makeEvents(newUuid(), 5);
    {
        Error error;
        auto store = SqliteStore::openAtVersion(path, 1, &error);
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->schemaVersion(), 1);
        QVERIFY(store->append(events, nullptr, &error));
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(
            raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'meta'")).toInt(), 0);
    }
    // Reopening at the same version migrates nothing.
    {
        Error error;
        auto store = SqliteStore::openAtVersion(path, 1, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(store->migrationBackup().isEmpty());
    }

    m_clock->advanceSecs(3600);
    Error error;
    auto store = SqliteStore::open(path, &error);
    QVERIFY2(store, qPrintable(error.message));
    const QString backup = path + QStringLiteral(".v1-20261121-233854.bak");
    QCOMPARE(store->migrationBackup(), backup);
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(store->schemaVersion(), SqliteStore::SchemaVersion);
    EventList read;
    QVERIFY(store->readAfter(0, 0, &read, &error));
    QCOMPARE(read.size(), 5);
    for (int i = 0; i < 5; ++i) {
        const QString diff = differences(read.at(i), events.at(i));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
    QVERIFY(store->append({makeEvent(events.first().incident, 6)}, nullptr, &error));
    {
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), SqliteStore::SchemaVersion);
        const QString storeId
            = raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'store_id'")).toString();
        QVERIFY2(!QUuid::fromString(storeId).isNull(), qPrintable(storeId));
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'created_at'")).toString(),
            QStringLiteral("2026-11-21T23:38:54.123Z"));
    }
    {
        RawDb old(backup);
        QCOMPARE(old.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(old.value(QStringLiteral("SELECT count(*) FROM events")).toInt(), 5);
        QCOMPARE(
            old.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'meta'")).toInt(), 0);
    }
    store.reset();

    // Already current: no second backup.
    store = SqliteStore::open(path, &error);
    QVERIFY(store);
    QVERIFY(store->migrationBackup().isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}, QDir::Files).size(), 1);
}

void TestSqliteStore::failedMigrationLeavesOriginal()
{
    const QString path = pathFor(QStringLiteral("conflict.db"));
    {
        Error error;
        auto store = SqliteStore::openAtVersion(path, 1, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(store->append(makeEvents(newUuid(), 3), nullptr, &error));
        // A "meta" table of another shape makes the v2 step's CREATE TABLE fail.
        QVERIFY2(store->execForTesting(QStringLiteral("CREATE TABLE meta(name INTEGER, blob BLOB)"), &error),
            qPrintable(error.message));
        QVERIFY2(store->execForTesting(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error),
            qPrintable(error.message));
    }
    const QString wal = path + QStringLiteral("-wal");
    QVERIFY(!QFileInfo::exists(wal) || QFileInfo(wal).size() == 0);
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());

    Error error;
    auto store = SqliteStore::open(path, &error);
    QVERIFY(!store);
    const QStringList backups = QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    const QString backup = m_dir->filePath(backups.first());
    QVERIFY2(backup.startsWith(path + QStringLiteral(".v1-")), qPrintable(backup));
    QVERIFY2(error.message.contains(backup), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("backup")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("meta")), qPrintable(error.message));
    QCOMPARE(fileBytes(path), before);
    QVERIFY(!QFileInfo::exists(wal) || QFileInfo(wal).size() == 0);

    RawDb raw(path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM events")).toInt(), 3);
    RawDb copy(backup);
    QCOMPARE(copy.value(QStringLiteral("SELECT count(*) FROM events")).toInt(), 3);
}

void TestSqliteStore::migratesV2ToV3WithBackup()
{
    const QString path = pathFor(QStringLiteral("v2.db"));
    m_clock = std::make_unique<ManualClock>(BaseTime);
    Clock::setInstance(m_clock.get());
    const EventList events = makeEvents(newUuid(), 4);
    QString storeId;
    {
        Error error;
        auto store = SqliteStore::openAtVersion(path, 2, &error);
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->schemaVersion(), 2);
        QVERIFY(store->append(events, nullptr, &error));
        RawDb raw(path);
        QCOMPARE(
            raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'tokens'")).toInt(), 0);
        storeId = raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'store_id'")).toString();
    }

    m_clock->advanceSecs(60);
    Error error;
    auto store = SqliteStore::open(path, &error);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->schemaVersion(), 3);
    const QString backup = path + QStringLiteral(".v2-20261121-223954.bak");
    QCOMPARE(store->migrationBackup(), backup);
    // The log and the store's identity come through; the new tables work.
    EventList read;
    QVERIFY(store->readAfter(0, 0, &read, &error));
    QCOMPARE(read.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const QString diff = differences(read.at(i), events.at(i));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
    TokenRecord token {QStringLiteral("alice"), QStringLiteral("admin"), QByteArray(64, 'a'), BaseTime, {}};
    QVERIFY2(store->addToken(token, &error), qPrintable(error.message));
    bool created = false;
    QVERIFY(store->putRunbook(
        {QStringLiteral("r"), QStringLiteral("# R\n\n- [ ] a\n"), BaseTime, QStringLiteral("alice")},
        &created, &error));
    QVERIFY(created);
    store.reset();
    {
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 3);
        QCOMPARE(
            raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'store_id'")).toString(), storeId);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM tokens")).toInt(), 1);
    }
    {
        RawDb old(backup);
        QCOMPARE(old.value(QStringLiteral("PRAGMA user_version")).toInt(), 2);
        QCOMPARE(old.value(QStringLiteral("SELECT count(*) FROM events")).toInt(), 4);
        QCOMPARE(
            old.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'tokens'")).toInt(), 0);
    }
}

void TestSqliteStore::failedV3MigrationLeavesOriginal()
{
    const QString path = pathFor(QStringLiteral("v2-conflict.db"));
    {
        Error error;
        auto store = SqliteStore::openAtVersion(path, 2, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(store->append(makeEvents(newUuid(), 2), nullptr, &error));
        // Someone made a "tokens" table of their own: the v3 step must stop, not reuse it.
        QVERIFY(store->execForTesting(QStringLiteral("CREATE TABLE tokens(secret TEXT)"), &error));
        QVERIFY(store->execForTesting(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error));
    }
    const QByteArray before = fileBytes(path);
    Error error;
    QVERIFY(!SqliteStore::open(path, &error));
    const QStringList backups = QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    const QString backup = m_dir->filePath(backups.first());
    QVERIFY2(backup.startsWith(path + QStringLiteral(".v2-")), qPrintable(backup));
    QVERIFY2(error.message.contains(QStringLiteral("from schema v2 to v3")), qPrintable(error.message));
    QVERIFY2(error.message.contains(backup), qPrintable(error.message));
    QCOMPARE(fileBytes(path), before);
    RawDb raw(path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 2);
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM events")).toInt(), 2);
}

void TestSqliteStore::backupToCopiesEverything()
{
    const QString path = pathFor(QStringLiteral("live.db"));
    const QString copy = pathFor(QStringLiteral("copy.db"));
    Error error;
    auto store = SqliteStore::open(path, &error);
    QVERIFY2(store, qPrintable(error.message));
    QVERIFY(store->append(makeEvents(newUuid(), 7), nullptr, &error));
    QVERIFY(store->addToken(
        {QStringLiteral("bob"), QStringLiteral("viewer"), QByteArray(64, 'b'), BaseTime, {}}, &error));
    QVERIFY2(store->backupTo(copy, &error), qPrintable(error.message));
    // Never over an existing file, and a missing folder is named.
    QVERIFY(!store->backupTo(copy, &error));
    QVERIFY2(error.message.contains(QStringLiteral("exists")), qPrintable(error.message));
    QVERIFY(!store->backupTo(pathFor(QStringLiteral("no/such/folder/x.db")), &error));
    QVERIFY2(error.message.contains(QStringLiteral("does not exist")), qPrintable(error.message));
    auto copied = SqliteStore::open(copy, &error);
    QVERIFY2(copied, qPrintable(error.message));
    QCOMPARE(copied->lastSeq(&error), 7);
    QList<TokenRecord> tokens;
    QVERIFY(copied->listTokens(&tokens, &error));
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.first().name, QStringLiteral("bob"));
}

void TestSqliteStore::newerVersionRefused()
{
    const QString path = pathFor(QStringLiteral("newer.db"));
    {
        auto store = openOrFail(path);
        QVERIFY(store);
        Error error;
        QVERIFY(store->execForTesting(
            QStringLiteral("PRAGMA user_version = %1").arg(SqliteStore::SchemaVersion + 1), &error));
    }
    const QByteArray before = fileBytes(path);
    Error error;
    QVERIFY(!SqliteStore::open(path, &error));
    QVERIFY2(
        error.message.contains(QStringLiteral("was written by a newer Warroom")), qPrintable(error.message));
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    QCOMPARE(fileBytes(path), before);
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

void TestSqliteStore::openAtVersionRejectsUnknownVersion()
{
    const QString path = pathFor(QStringLiteral("v9.db"));
    Error error;
    QVERIFY(!SqliteStore::openAtVersion(path, SqliteStore::SchemaVersion + 1, &error));
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    QVERIFY(!SqliteStore::openAtVersion(path, 0, &error));
    QVERIFY(!QFileInfo::exists(path));
}

void TestSqliteStore::notADatabase()
{
    const QString path = pathFor(QStringLiteral("notes.txt"));
    QByteArray text;
    for (int i = 0; i < 20; ++i)
        text += "This is a plain text file, not a database.\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    Error error;
    QVERIFY(!SqliteStore::open(path, &error));
    QCOMPARE(error.code, QStringLiteral("store_error"));
    QVERIFY2(error.message.contains(QStringLiteral("is not a Warroom database (not SQLite)")),
        qPrintable(error.message));
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    QCOMPARE(fileBytes(path), text);

    // A folder where the file should be.
    const QString folder = pathFor(QStringLiteral("adir.db"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(!SqliteStore::open(folder, &error));
    QVERIFY2(error.message.contains(folder) && error.message.contains(QStringLiteral("folder")),
        qPrintable(error.message));
}

void TestSqliteStore::foreignSqliteDatabase()
{
    const QString path = pathFor(QStringLiteral("other.sqlite"));
    {
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE contacts(name TEXT)")));
    }
    Error error;
    QVERIFY(!SqliteStore::open(path, &error));
    QVERIFY2(error.message.contains(QStringLiteral("not a Warroom database")), qPrintable(error.message));
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    RawDb raw(path);
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 1);
}

void TestSqliteStore::corruptFile()
{
    const QString good = pathFor(QStringLiteral("good.db"));
    {
        auto store = openOrFail(good);
        QVERIFY(store);
        Error error;
        QVERIFY(store->append(makeEvents(newUuid(), 300, 0, 400), nullptr, &error));
    }
    QVERIFY(!QFileInfo::exists(good + QStringLiteral("-wal")));
    QByteArray bytes = fileBytes(good);
    int pageSize = 0;
    {
        RawDb raw(good);
        pageSize = raw.value(QStringLiteral("PRAGMA page_size")).toInt();
    }
    QVERIFY(pageSize >= 512);
    QVERIFY2(bytes.size() >= 6 * pageSize, "the database is too small to corrupt pages 2 to 5");
    // Pages 2 to 5 become noise; page 1 (the header and schema) stays valid SQLite.
    QRandomGenerator random(42);
    for (qsizetype i = pageSize; i < 5 * pageSize; ++i)
        bytes[i] = char(random.bounded(256));

    const QString path = pathFor(QStringLiteral("corrupt.db"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    Error error;
    QVERIFY(!SqliteStore::open(path, &error));
    QVERIFY2(error.message.contains(QStringLiteral("corrupt")), qPrintable(error.message));
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    QCOMPARE(fileBytes(path), bytes);
}

void TestSqliteStore::readOnlyFile()
{
    const QString path = pathFor(QStringLiteral("readonly.db"));
    {
        auto store = openOrFail(path);
        QVERIFY(store);
        Error error;
        QVERIFY(store->append({makeEvent(newUuid(), 1)}, nullptr, &error));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    m_restorePermissions << path;
    // The check reads the permission bits, so it holds for root too (for whom access(W_OK) always succeeds).
    if (geteuid() == 0)
        qInfo("running as root: the read-only file is recognised by its permission bits");

    Error error;
    QVERIFY(!SqliteStore::open(path, &error));
    QVERIFY2(error.message.contains(QStringLiteral("read-only")), qPrintable(error.message));
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
}

void TestSqliteStore::readOnlyFolder()
{
    const QString folder = pathFor(QStringLiteral("locked-folder"));
    QVERIFY(QDir().mkpath(folder));
    const QString existing = folder + QStringLiteral("/existing.db");
    {
        auto store = openOrFail(existing);
        QVERIFY(store);
    }
    QVERIFY(QFile::setPermissions(folder,
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther));
    m_restorePermissions << folder;

    const QString fresh = folder + QStringLiteral("/new.db");
    Error error;
    QVERIFY(!SqliteStore::open(fresh, &error));
    QVERIFY2(error.message.contains(QStringLiteral("read-only")), qPrintable(error.message));
    QVERIFY2(error.message.contains(fresh) && error.message.contains(folder), qPrintable(error.message));
    QVERIFY(!QFileInfo::exists(fresh));

    error = {};
    QVERIFY(!SqliteStore::open(existing, &error));
    QVERIFY2(error.message.contains(QStringLiteral("read-only")), qPrintable(error.message));
    QVERIFY2(error.message.contains(existing), qPrintable(error.message));
}

void TestSqliteStore::missingFolder()
{
    const QString folder = pathFor(QStringLiteral("missing"));
    const QString path = folder + QStringLiteral("/deeper/warroom.db");
    Error error;
    QVERIFY(!SqliteStore::open(path, &error));
    QVERIFY2(error.message.contains(QStringLiteral("does not exist")), qPrintable(error.message));
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestSqliteStore::lockedDatabase()
{
    const QString path = pathFor(QStringLiteral("locked.db"));
    SqliteStore::setBusyTimeoutForTesting(300);
    auto store = openOrFail(path);
    QVERIFY(store);
    Error error;
    QVERIFY(store->append({makeEvent(newUuid(), 1)}, nullptr, &error));

    RawDb locker(path);
    QVERIFY(locker.isOpen());
    QVERIFY2(locker.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(locker.lastError()));

    QElapsedTimer timer;
    timer.start();
    QVERIFY(!SqliteStore::open(path, &error));
    QVERIFY2(timer.elapsed() >= 250, "open gave up before the busy timeout");
    QVERIFY2(timer.elapsed() < 5000, "open waited far longer than the busy timeout");
    QVERIFY2(error.message.contains(QStringLiteral("locked")), qPrintable(error.message));
    QVERIFY2(error.message.contains(path), qPrintable(error.message));

    // A store opened before the lock fails its append the same way, and stores nothing.
    error = {};
    timer.restart();
    QVERIFY(!store->append({makeEvent(newUuid(), 2)}, nullptr, &error));
    QVERIFY2(timer.elapsed() >= 250 && timer.elapsed() < 5000, "append did not wait for the busy timeout");
    QVERIFY2(error.message.contains(QStringLiteral("locked")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("0.3 s")), qPrintable(error.message));
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    // Readers are not blocked by a writer in WAL mode.
    QCOMPARE(store->lastSeq(&error), 1);

    QVERIFY(locker.exec(QStringLiteral("ROLLBACK")));
    QVERIFY2(store->append({makeEvent(newUuid(), 3)}, nullptr, &error), qPrintable(error.message));
    QCOMPARE(store->lastSeq(&error), 2);
    QVERIFY(SqliteStore::open(path, &error));
}

void TestSqliteStore::fullDiskAndRecovery()
{
    const QString path = pathFor(QStringLiteral("full.db"));
    auto store = openOrFail(path);
    QVERIFY(store);
    const QString incident = newUuid();
    const EventList stored = makeEvents(incident, 20);
    Error error;
    QVERIFY(store->append(stored, nullptr, &error));

    qint64 pages = 0;
    {
        RawDb raw(path);
        pages = raw.value(QStringLiteral("PRAGMA page_count")).toLongLong();
    }
    QVERIFY(pages > 0);
    QVERIFY2(store->execForTesting(QStringLiteral("PRAGMA max_page_count = %1").arg(pages), &error),
        qPrintable(error.message));

    const EventList batch = makeEvents(incident, 50, 100, 4000);
    QList<AppendOutcome> outcomes;
    QVERIFY(!store->append(batch, &outcomes, &error));
    QVERIFY2(error.message.contains(QStringLiteral("disk or database is full")), qPrintable(error.message));
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    QVERIFY(outcomes.isEmpty());

    EventList read;
    QVERIFY2(store->readAfter(0, 0, &read, &error), qPrintable(error.message));
    QCOMPARE(read.size(), 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(read.at(i).id, stored.at(i).id);
    QCOMPARE(store->lastSeq(&error), 20);
    QCOMPARE(countRows(path), 20);

    // Space again: the same batch goes in, right after what was there.
    QVERIFY(store->execForTesting(QStringLiteral("PRAGMA max_page_count = 1073741823"), &error));
    QVERIFY2(store->append(batch, &outcomes, &error), qPrintable(error.message));
    QCOMPARE(outcomes.size(), 50);
    QCOMPARE(outcomes.first().seq, 21);
    QCOMPARE(outcomes.last().seq, 70);
    store.reset();

    store = openOrFail(path);
    QVERIFY(store);
    QVERIFY(store->readAfter(0, 0, &read, &error));
    QCOMPARE(read.size(), 70);
    QCOMPARE(read.last().id, batch.last().id);
}

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "testsqlitestore.moc"
