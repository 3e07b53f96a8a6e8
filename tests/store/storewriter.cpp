// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: storewriter <path> <tag> <count> <batch>
// Appends <count> note events in batches of <batch> to the store at <path>. Each event carries
// {"writer": <tag>, "n": <index>} so the test can check that every one was stored exactly once.
#include "clock.h"
#include "sqlitestore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

#include <cstdio>

using namespace Warroom;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: storewriter <path> <tag> <count> <batch>\n");
        return 2;
    }
    const QString path = args.at(1);
    const QString tag = args.at(2);
    const int count = args.at(3).toInt();
    const int batch = qMax(1, args.at(4).toInt());

    Error error;
    const auto store = SqliteStore::open(path, &error);
    if (!store) {
        std::fprintf(stderr, "storewriter %s: %s\n", qPrintable(tag), qPrintable(error.message));
        return 1;
    }
    const QString incident = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (int first = 0; first < count; first += batch) {
        EventList events;
        for (int n = first; n < qMin(count, first + batch); ++n) {
            Event event;
            event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            event.incident = incident;
            event.type = QStringLiteral("note.added");
            event.actor = tag;
            event.at = Clock::now();
            event.data = QJsonObject {{QStringLiteral("writer"), tag}, {QStringLiteral("n"), n}};
            events.append(event);
        }
        QList<AppendOutcome> outcomes;
        if (!store->append(events, &outcomes, &error)) {
            std::fprintf(stderr, "storewriter %s: %s\n", qPrintable(tag), qPrintable(error.message));
            return 1;
        }
    }
    return 0;
}
