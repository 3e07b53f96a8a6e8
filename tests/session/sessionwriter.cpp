// SPDX-License-Identifier: GPL-3.0-or-later
// sessionwriter DB ACTOR COUNT: another Warroom process on the same file. Declares COUNT incidents through
// a Session, one every 50 ms, printing each id, so the shared-file test can watch them arrive.
#include "session.h"
#include "sqlitestore.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: sessionwriter DB ACTOR COUNT\n");
        return 2;
    }
    Warroom::Error error;
    auto store = Warroom::SqliteStore::open(args.at(1), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    Warroom::Session session(std::move(store), args.at(2));
    if (!session.load(&error))
        return 1;
    for (int i = 0; i < args.at(3).toInt(); ++i) {
        const QString id = session.declareIncident(
            QStringLiteral("From %1 #%2").arg(args.at(2)).arg(i), Warroom::Severity::Sev3, {}, &error);
        if (id.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
        std::printf("%s\n", qPrintable(id));
        std::fflush(stdout);
        QThread::msleep(50);
    }
    return 0;
}
