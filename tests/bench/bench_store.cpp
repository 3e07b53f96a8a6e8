// SPDX-License-Identifier: GPL-3.0-or-later
// bench_store [folder]: appends 100,000 events through SqliteStore and as raw SQLite inserts (same pragmas,
// schema and durability, 100 rows per transaction), reads them back and folds them through Projection.
// The files go to a temporary folder unless one is given (to measure a particular disk).
#include "clock.h"
#include "eventfactory.h"
#include "projection.h"
#include "sqlitestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace Warroom;

namespace {

constexpr int EventCount = 100000;
constexpr int BatchSize = 100;
constexpr int RunbookSteps = 10;

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString rate(const char *what, qint64 count, qint64 ms)
{
    const double perSecond = ms > 0 ? count * 1000.0 / ms : 0.0;
    return QStringLiteral("%1: %2 events in %3 ms = %4 ev/s")
        .arg(QLatin1String(what))
        .arg(count)
        .arg(ms)
        .arg(qRound64(perSecond));
}

/// One declared incident with a commander and a runbook, then mostly notes and every 20th event a step
/// check or uncheck: the shape of a long real incident.
EventList makeEvents(ManualClock *clock)
{
    const EventFactory factory(QStringLiteral("alice"));
    EventList events;
    events.reserve(EventCount);
    const Event declared = factory.declare(QStringLiteral("Checkout latency above SLO"), Severity::Sev2,
        QStringLiteral("p99 over 2 s in eu-west"), {QStringLiteral("checkout")});
    const QString incident = declared.incident;
    events.append(declared);
    clock->advanceSecs(1);
    events.append(factory.assignRole(incident, QStringLiteral("commander"), QStringLiteral("alice")));
    QJsonArray steps;
    for (int s = 0; s < RunbookSteps; ++s) {
        steps.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("s%1").arg(s)},
            {QStringLiteral("text"), QStringLiteral("Remediation step %1").arg(s)},
            {QStringLiteral("gate"), QStringLiteral("none")}});
    }
    clock->advanceSecs(1);
    const Event runbook = factory.attachRunbook(incident, QStringLiteral("Checkout latency"), steps);
    const QString runbookId = runbook.data.value(QStringLiteral("runbook")).toString();
    events.append(runbook);

    QList<bool> checked(RunbookSteps, false);
    for (int i = static_cast<int>(events.size()); i < EventCount; ++i) {
        clock->advanceMSecs(250);
        if (i % 20 == 0) {
            const int s = (i / 20) % RunbookSteps;
            const QString step = QStringLiteral("s%1").arg(s);
            events.append(checked[s] ? factory.uncheckStep(incident, runbookId, step, QStringLiteral("redo"))
                                     : factory.checkStep(incident, runbookId, step, QStringLiteral("done")));
            checked[s] = !checked[s];
        } else {
            events.append(factory.addNote(incident,
                QStringLiteral("Observation %1: error rate still at 3%, watching the "
                               "canary pods in eu-west-1b.")
                    .arg(i),
                i % 7 == 0 ? NoteKind::Decision : NoteKind::Note));
        }
    }
    return events;
}

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    print(QStringLiteral("raw SQLite: \"%1\" failed: %2").arg(sql, query.lastError().text()));
    return false;
}

/// The same table, pragmas and transaction size as SqliteStore, but plain prepared INSERTs of rows that
/// were serialized beforehand: what SQLite itself costs.
qint64 rawInserts(const QString &path, const EventList &events)
{
    struct Row
    {
        QString id, incident, type, actor, at, recordedAt, data;
    };
    QList<Row> rows;
    rows.reserve(events.size());
    const QString recordedAt = Wire::formatTime(Clock::now());
    for (const Event &e : events)
        rows.append({e.id, e.incident, e.type, e.actor, Wire::formatTime(e.at), recordedAt,
            QString::fromUtf8(e.dataJson())});

    const QString name
        = QStringLiteral("bench-raw-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    qint64 ms = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(SqliteStore::DefaultBusyTimeoutMs));
        if (db.open() && exec(db, QStringLiteral("PRAGMA foreign_keys = ON"))
            && exec(db, QStringLiteral("PRAGMA synchronous = FULL"))
            && exec(db, QStringLiteral("PRAGMA journal_mode = WAL"))
            && exec(db,
                QStringLiteral("CREATE TABLE events(seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE "
                               "NOT NULL, incident TEXT NOT NULL, type TEXT NOT NULL, actor TEXT NOT NULL, "
                               "at TEXT NOT NULL, recorded_at TEXT NOT NULL, data TEXT NOT NULL)"))
            && exec(db, QStringLiteral("CREATE INDEX events_incident_seq ON events(incident, seq)"))) {
            QSqlQuery insert(db);
            insert.prepare(
                QStringLiteral("INSERT INTO events(id, incident, type, actor, at, recorded_at, data) "
                               "VALUES(?, ?, ?, ?, ?, ?, ?)"));
            QElapsedTimer timer;
            timer.start();
            bool ok = true;
            for (qsizetype first = 0; ok && first < rows.size(); first += BatchSize) {
                ok = exec(db, QStringLiteral("BEGIN IMMEDIATE"));
                for (qsizetype i = first; ok && i < qMin(rows.size(), first + BatchSize); ++i) {
                    const Row &row = rows.at(i);
                    insert.bindValue(0, row.id);
                    insert.bindValue(1, row.incident);
                    insert.bindValue(2, row.type);
                    insert.bindValue(3, row.actor);
                    insert.bindValue(4, row.at);
                    insert.bindValue(5, row.recordedAt);
                    insert.bindValue(6, row.data);
                    ok = insert.exec();
                }
                insert.finish();
                ok = ok && exec(db, QStringLiteral("COMMIT"));
            }
            if (ok)
                ms = timer.elapsed();
            else
                print(QStringLiteral("raw SQLite insert failed: %1").arg(insert.lastError().text()));
        } else if (!db.isOpen()) {
            print(QStringLiteral("raw SQLite: cannot open %1: %2").arg(path, db.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tempDir;
    const QString folder = app.arguments().size() > 1 ? app.arguments().at(1) : tempDir.path();
    if (folder.isEmpty()) {
        print(QStringLiteral("cannot make a temporary folder"));
        return 1;
    }

    ManualClock clock(QDateTime::fromString(QStringLiteral("2026-11-21T22:00:00.000Z"), Qt::ISODateWithMs));
    Clock::setInstance(&clock);
    const EventList events = makeEvents(&clock);
    print(QStringLiteral(
        "bench_store: %1 events (1 incident, notes and step checks), batches of %2, files in %3")
              .arg(events.size())
              .arg(BatchSize)
              .arg(folder));

    // 1. Through the store.
    const QString storePath = folder + QStringLiteral("/bench-store.db");
    QFile::remove(storePath);
    Error error;
    auto store = SqliteStore::open(storePath, &error);
    if (!store) {
        print(error.message);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    for (qsizetype first = 0; first < events.size(); first += BatchSize) {
        if (!store->append(events.mid(first, BatchSize), nullptr, &error)) {
            print(error.message);
            return 1;
        }
    }
    const qint64 storeMs = timer.elapsed();
    print(rate("append via SqliteStore", events.size(), storeMs));

    // 2. Raw SQLite, same durability.
    const QString rawPath = folder + QStringLiteral("/bench-raw.db");
    QFile::remove(rawPath);
    const qint64 rawMs = rawInserts(rawPath, events);
    if (rawMs < 0)
        return 1;
    print(rate("append via raw SQLite (pre-serialized rows)", events.size(), rawMs));
    if (storeMs > 0 && rawMs > 0) {
        print(QStringLiteral("ratio store/raw: %1 (throughput of the store as a share of raw SQLite)")
                  .arg(double(rawMs) / double(storeMs), 0, 'f', 2));
    }

    // 3. Read back and fold.
    EventList stored;
    timer.restart();
    if (!store->readAfter(0, 0, &stored, &error)) {
        print(error.message);
        return 1;
    }
    print(rate("readAfter(0) via SqliteStore", stored.size(), timer.elapsed()));

    Projection projection;
    int refused = 0;
    timer.restart();
    for (const Event &event : std::as_const(stored)) {
        if (projection.apply(event))
            ++refused;
    }
    const qint64 foldMs = timer.elapsed();
    print(QStringLiteral("fold via Projection: %1 events in %2 ms = %3 ev/s (%4 refused)")
              .arg(stored.size())
              .arg(foldMs)
              .arg(qRound64(foldMs > 0 ? stored.size() * 1000.0 / foldMs : 0.0))
              .arg(refused));
    const IncidentState *state = projection.incident(stored.first().incident);
    if (state) {
        print(QStringLiteral("folded state: %1 timeline entries, last seq %2")
                  .arg(state->timeline().size())
                  .arg(projection.lastSeq()));
    }

    // Opening runs PRAGMA quick_check, which reads every page: what a user waits for at start.
    store.reset();
    timer.restart();
    store = SqliteStore::open(storePath, &error);
    if (!store) {
        print(error.message);
        return 1;
    }
    print(QStringLiteral("reopen with quick_check: %1 events in %2 ms")
              .arg(stored.size())
              .arg(timer.elapsed()));

    store.reset();
    Clock::setInstance(nullptr);
    return 0;
}
