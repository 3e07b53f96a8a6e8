// SPDX-License-Identifier: GPL-3.0-or-later
// StrictJson::parse beside QJsonDocument::fromJson on a POST /api/v1/events body of 100 notes (about
// 27 KB): what warroomd's strict reading costs on every request (docs/PERFORMANCE.md).
#include "strictjson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Warroom;

int main()
{
    QJsonArray events;
    for (int i = 0; i < 100; ++i) {
        const QJsonObject data {
            {QStringLiteral("text"), QStringLiteral("p99 at 4 s on checkout; rollback %1 started").arg(i)},
            {QStringLiteral("kind"), QStringLiteral("observation")}};
        events.append(
            QJsonObject {{QStringLiteral("id"), QStringLiteral("1b6a3c1e-1f2d-4c3b-9a8e-7d6c5b4a3f21")},
                {QStringLiteral("incident"), QStringLiteral("1b6a3c1e-1f2d-4c3b-9a8e-7d6c5b4a3f22")},
                {QStringLiteral("type"), QStringLiteral("note.added")},
                {QStringLiteral("actor"), QStringLiteral("alice")},
                {QStringLiteral("at"), QStringLiteral("2026-11-21T22:38:54.123Z")},
                {QStringLiteral("data"), data}});
    }
    const QByteArray body
        = QJsonDocument(QJsonObject {{QStringLiteral("events"), events}}).toJson(QJsonDocument::Compact);
    constexpr int Rounds = 2000;
    for (int run = 1; run <= 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < Rounds; ++i) {
            Error error;
            if (!StrictJson::parse(body, &error))
                return 1;
        }
        const double strict = double(timer.nsecsElapsed()) / Rounds / 1000;
        timer.restart();
        for (int i = 0; i < Rounds; ++i) {
            if (QJsonDocument::fromJson(body).isNull())
                return 1;
        }
        const double qt = double(timer.nsecsElapsed()) / Rounds / 1000;
        std::printf(
            "run %d: %lld-byte batch: StrictJson::parse %.1f us, QJsonDocument::fromJson %.1f us (baseline), "
            "ratio %.2f\n",
            run, static_cast<long long>(body.size()), strict, qt, strict / qt);
    }
    return 0;
}
