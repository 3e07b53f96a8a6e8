// SPDX-License-Identifier: GPL-3.0-or-later
// Append throughput of warroomd on SQLite: 8 clients POSTing batches of 100 and single events, beside raw
// SQLite inserts with the same durability (WAL, synchronous=FULL, one transaction per batch or per event, the
// same duplicate check) in the same run. Prints events/s and the ratios (DESIGN §7: warroomd >= half of raw).
//
//   bench_server_append [--clients N] [--singles N] [--batches N] [--repeats N] [--postgres URL]
#include "clock.h"
#include "event.h"
#include "serversupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <vector>

using namespace WarroomTest;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// @p clients connections, each POSTing @p requestsPerClient batches of @p batchSize notes back to back.
/// Returns events per second, or a negative number on failure.
double benchWarroomd(const QString &database, int clients, int requestsPerClient, int batchSize)
{
    const QString writer = createToken(
        database, QStringLiteral("bench-%1").arg(Events::newId().left(8)), QStringLiteral("responder"));
    WarroomdProcess server;
    QString error;
    if (writer.isEmpty()
        || !server.start(database, {QStringLiteral("--rate"), QStringLiteral("0")}, &error)) {
        out() << "warroomd did not start: " << error << Qt::endl;
        return -1;
    }
    const QByteArray auth = "Bearer " + writer.toUtf8();
    const auto postRequest = [&](const QList<QJsonObject> &events) {
        return RawRequest::build("POST", "/api/v1/events",
            {{"Authorization", auth}, {"Content-Type", "application/json"}}, Events::batch(events));
    };
    // Every client writes into its own incident, declared before the clock starts.
    std::vector<std::unique_ptr<KeepAliveClient>> connections;
    std::vector<QString> incidents;
    std::vector<int> remaining(size_t(clients), requestsPerClient);
    int failures = 0;
    for (int i = 0; i < clients; ++i) {
        auto client = std::make_unique<KeepAliveClient>(server.port());
        if (!client->connectNow())
            return -1;
        incidents.push_back(Events::newId());
        client->send(postRequest({Events::declared(incidents.back(), QStringLiteral("Append benchmark"))}));
        KeepAliveClient *raw = client.get();
        if (!waitFor([raw] { return !raw->isBusy(); }, 10000) || raw->lastReply().status != 200)
            return -1;
        connections.push_back(std::move(client));
    }
    // Requests are built before the clock starts: the client's own JSON work is not the server's. Each event
    // gets its own millisecond, as events people make do (built in one burst they would share one, and the
    // timeline would sort each batch by id).
    auto requests = std::vector<std::vector<QByteArray>>(size_t(clients));
    QDateTime at = Warroom::Clock::now().addSecs(-3600);
    for (int i = 0; i < clients; ++i) {
        for (int r = 0; r < requestsPerClient; ++r) {
            QList<QJsonObject> batch;
            for (int e = 0; e < batchSize; ++e) {
                QJsonObject note
                    = Events::note(incidents.at(size_t(i)), QStringLiteral("note %1.%2").arg(r).arg(e));
                at = at.addMSecs(1);
                note.insert(QStringLiteral("at"), Warroom::Wire::formatTime(at));
                batch.append(note);
            }
            requests.at(size_t(i)).push_back(postRequest(batch));
        }
    }
    for (int i = 0; i < clients; ++i) {
        KeepAliveClient *raw = connections.at(size_t(i)).get();
        QObject::connect(raw, &KeepAliveClient::answered, raw, [&, raw, i](qint64) {
            if (raw->lastReply().status != 200)
                ++failures;
            int &left = remaining.at(size_t(i));
            if (--left > 0)
                raw->send(requests.at(size_t(i)).at(size_t(requestsPerClient - left)));
        });
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < clients; ++i)
        connections.at(size_t(i))->send(requests.at(size_t(i)).front());
    const bool done = waitFor(
        [&] { return std::all_of(remaining.begin(), remaining.end(), [](int left) { return left <= 0; }); },
        600000);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    server.terminate();
    if (!done || failures > 0) {
        out() << "warroomd: " << failures << " requests failed" << Qt::endl;
        return -1;
    }
    return double(clients) * requestsPerClient * batchSize / seconds;
}

/// Raw SQLite with warroomd's durability and schema: WAL, synchronous=FULL, BEGIN IMMEDIATE, the duplicate
/// check, one transaction per batch. Events per second.
double benchRawSqlite(const QString &path, int transactions, int batchSize)
{
    const QString name = QStringLiteral("raw-bench");
    double rate = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return -1;
        QSqlQuery q(db);
        for (const char *sql :
            {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=10000",
                "CREATE TABLE IF NOT EXISTS events(seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT "
                "NULL, "
                "incident TEXT NOT NULL, type TEXT NOT NULL, actor TEXT NOT NULL, at TEXT NOT NULL, "
                "recorded_at TEXT "
                "NOT NULL, data TEXT NOT NULL)",
                "CREATE INDEX IF NOT EXISTS events_incident_seq ON events(incident, seq)"}) {
            if (!q.exec(QLatin1String(sql))) {
                out() << "raw sqlite: " << q.lastError().text() << Qt::endl;
                return -1;
            }
        }
        QSqlQuery find(db);
        find.prepare(QStringLiteral("SELECT seq FROM events WHERE id = ?"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO events(id, incident, type, actor, at, recorded_at, data) "
                                      "VALUES(?, ?, ?, ?, ?, ?, ?)"));
        const QString incident = Events::newId();
        // The same payloads as the POSTs, prepared before the clock starts.
        std::vector<QJsonObject> events;
        for (int i = 0; i < transactions * batchSize; ++i)
            events.push_back(Events::note(incident, QStringLiteral("note %1").arg(i)));
        QElapsedTimer timer;
        timer.start();
        for (int t = 0; t < transactions; ++t) {
            q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            for (int e = 0; e < batchSize; ++e) {
                const QJsonObject &event = events.at(size_t(t * batchSize + e));
                find.bindValue(0, event.value(QStringLiteral("id")).toString());
                find.exec();
                find.next();
                find.finish();
                for (int c = 0; c < 5; ++c) {
                    static const char *keys[] = {"id", "incident", "type", "actor", "at"};
                    insert.bindValue(c, event.value(QLatin1String(keys[c])).toString());
                }
                insert.bindValue(5, Warroom::Wire::formatTime(Warroom::Clock::now()));
                insert.bindValue(6,
                    QString::fromUtf8(QJsonDocument(event.value(QStringLiteral("data")).toObject())
                                          .toJson(QJsonDocument::Compact)));
                insert.exec();
            }
            if (!q.exec(QStringLiteral("COMMIT"))) {
                out() << "raw sqlite: " << q.lastError().text() << Qt::endl;
                return -1;
            }
        }
        rate = double(transactions) * batchSize / (double(timer.nsecsElapsed()) / 1e9);
        find.finish();
        insert.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rate;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? -1 : values.at(values.size() / 2);
}

QString ratio(double a, double b)
{
    return b > 0 && a > 0 ? QStringLiteral("%1").arg(a / b, 0, 'f', 2) : QStringLiteral("n/a");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Writing clients."),
        QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption singlesOption(QStringLiteral("singles"),
        QStringLiteral("Single-event POSTs per client."), QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption batchesOption(QStringLiteral("batches"),
        QStringLiteral("POSTs of 100 events per client."), QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption postgresOption(QStringLiteral("postgres"),
        QStringLiteral("Also run warroomd on this PostgreSQL database."), QStringLiteral("URL"));
    const QCommandLineOption repeatsOption(QStringLiteral("repeats"),
        QStringLiteral("Interleaved repetitions."), QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({clientsOption, singlesOption, batchesOption, postgresOption, repeatsOption});
    parser.process(app);
    const int clients = parser.value(clientsOption).toInt();
    const int singles = parser.value(singlesOption).toInt();
    const int batches = parser.value(batchesOption).toInt();

    out() << "Append throughput, " << clients
          << " clients over loopback, beside raw SQLite with the same durability "
          << "(WAL, synchronous=FULL); DESIGN §7 budget: warroomd >= 0.5 x raw" << Qt::endl;

    // Interleaved and repeated, medians reported: on a shared machine the disk's fsync time drifts, and a
    // ratio of two runs minutes apart would measure the drift.
    const int repeats = parser.value(repeatsOption).toInt();
    std::vector<double> serverSingles, serverBatches, rawSingles, rawBatches;
    for (int r = 0; r < repeats; ++r) {
        TestDatabase db(Backend::Sqlite);
        rawSingles.push_back(
            benchRawSqlite(db.filePath(QStringLiteral("raw-singles.db")), clients * singles, 1));
        serverSingles.push_back(benchWarroomd(db.location(), clients, singles, 1));
        TestDatabase db2(Backend::Sqlite);
        rawBatches.push_back(
            benchRawSqlite(db2.filePath(QStringLiteral("raw-batches.db")), clients * batches, 100));
        serverBatches.push_back(benchWarroomd(db2.location(), clients, batches, 100));
        out() << QStringLiteral("  run %1: singles %2 vs raw %3, batches %4 vs raw %5 events/s")
                     .arg(r + 1)
                     .arg(serverSingles.back(), 0, 'f', 0)
                     .arg(rawSingles.back(), 0, 'f', 0)
                     .arg(serverBatches.back(), 0, 'f', 0)
                     .arg(rawBatches.back(), 0, 'f', 0)
              << Qt::endl;
    }
    const double mServerSingles = median(serverSingles);
    const double mRawSingles = median(rawSingles);
    const double mServerBatches = median(serverBatches);
    const double mRawBatches = median(rawBatches);
    out() << QStringLiteral(
        "  single-event POSTs   warroomd %1 events/s   raw SQLite (1 event/transaction)    %2 events/s   "
        "ratio %3 (median of %4)")
                 .arg(mServerSingles, 8, 'f', 0)
                 .arg(mRawSingles, 8, 'f', 0)
                 .arg(ratio(mServerSingles, mRawSingles))
                 .arg(repeats)
          << Qt::endl;
    out() << QStringLiteral(
        "  batches of 100       warroomd %1 events/s   raw SQLite (100 events/transaction) %2 events/s   "
        "ratio %3 (median of %4)")
                 .arg(mServerBatches, 8, 'f', 0)
                 .arg(mRawBatches, 8, 'f', 0)
                 .arg(ratio(mServerBatches, mRawBatches))
                 .arg(repeats)
          << Qt::endl;
    if (parser.isSet(postgresOption)) {
        const double pgSingles = benchWarroomd(parser.value(postgresOption), clients, singles, 1);
        const double pgBatches = benchWarroomd(parser.value(postgresOption), clients, batches, 100);
        out() << QStringLiteral("  warroomd on PostgreSQL: singles %1 events/s, batches of 100 %2 events/s")
                     .arg(pgSingles, 0, 'f', 0)
                     .arg(pgBatches, 0, 'f', 0)
              << Qt::endl;
    }
    return mServerSingles > 0 && mServerBatches > 0 && mRawSingles > 0 && mRawBatches > 0 ? 0 : 1;
}
