// SPDX-License-Identifier: GPL-3.0-or-later
#include "event.h"

#include <QJsonDocument>
#include <QTest>

using namespace Warroom;

class TestEvent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// One table for both directions: every wire type has its kind and back, in the order of DESIGN §3.
    void kindsMatchTheWireTypes()
    {
        QCOMPARE(EventType::all().size(), int(EventKind::Unknown));
        for (int i = 0; i < int(EventKind::Unknown); ++i) {
            const auto kind = EventKind(i);
            const QString type = EventKinds::typeOf(kind);
            QCOMPARE(type, EventType::all().at(i));
            QCOMPARE(EventKinds::fromType(type), kind);
            Event event;
            event.type = type;
            QCOMPARE(event.kind(), kind);
        }
        for (const QString &other : {QString(), QStringLiteral("note.Added"), QStringLiteral("note.added "),
                 QStringLiteral("step."), QStringLiteral("incident.deleted")})
            QCOMPARE(EventKinds::fromType(other), EventKind::Unknown);
        QVERIFY(EventKinds::typeOf(EventKind::Unknown).isEmpty());
    }

    void newIdsAreUuidsAndUnique()
    {
        const QString a = Wire::newId();
        const QString b = Wire::newId();
        QVERIFY(Wire::isUuid(a));
        QVERIFY(a != b);
        QVERIFY(!a.startsWith(QLatin1Char('{')));
        QVERIFY(!Wire::isUuid(QStringLiteral("not-a-uuid")));
        QVERIFY(!Wire::isUuid(QStringLiteral("{") + a + QStringLiteral("}")));
    }

    void timeRoundTrip()
    {
        const QDateTime t(QDate(2026, 11, 21), QTime(22, 38, 54, 123), Qt::UTC);
        QCOMPARE(Wire::formatTime(t), QStringLiteral("2026-11-21T22:38:54.123Z"));
        QCOMPARE(Wire::parseTime(QStringLiteral("2026-11-21T22:38:54.123Z")), t);
        QCOMPARE(Wire::parseTime(QStringLiteral("2026-11-21T23:38:54.123+01:00")), t);
        QCOMPARE(Wire::parseTime(QStringLiteral("2026-11-21T22:38:54.123456Z")), t);
        QVERIFY(!Wire::parseTime(QStringLiteral("2026-11-21T22:38:54")).isValid()); // no zone
        QVERIFY(!Wire::parseTime(QStringLiteral("yesterday")).isValid());
        QVERIFY(!Wire::parseTime(QStringLiteral("2026-13-45T22:38:54Z")).isValid());
    }

    void jsonRoundTrip()
    {
        Event e;
        e.id = Wire::newId();
        e.incident = Wire::newId();
        e.type = QStringLiteral("note.added");
        e.actor = QStringLiteral("alice");
        e.at = QDateTime(QDate(2026, 11, 21), QTime(22, 0, 1, 5), Qt::UTC);
        e.data = {{QStringLiteral("text"), QStringLiteral("élan ✓")},
            {QStringLiteral("kind"), QStringLiteral("note")}};
        const QJsonObject json = e.toJson();
        QVERIFY(!json.contains(QStringLiteral("seq")));
        QVERIFY(!json.contains(QStringLiteral("recorded_at")));

        Event back;
        Error error;
        QVERIFY(Event::fromJson(QJsonDocument(json).toJson(), &back, &error));
        QCOMPARE(back, e);

        e.seq = 42;
        e.recordedAt = e.at.addSecs(1);
        QVERIFY(Event::fromJson(e.toJson(), &back, &error));
        QCOMPARE(back.seq, 42);
        QCOMPARE(back, e);
    }

    void envelopeErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray ok
            = R"("id":"0b6a3c1e-1f2d-4c3b-9a8e-7d6c5b4a3f21","incident":"1b6a3c1e-1f2d-4c3b-9a8e-7d6c5b4a3f21",)";
        QTest::newRow("missing id") << QByteArray(
            R"({"incident":"x","type":"t","actor":"a","at":"2026-11-21T22:00:00Z"})")
                                    << "id";
        QTest::newRow("id not a string")
            << QByteArray(R"({"id":5,"incident":"x","type":"t","actor":"a","at":"2026-11-21T22:00:00Z"})")
            << "id";
        QTest::newRow("missing type")
            << QByteArray("{" + ok + R"("actor":"a","at":"2026-11-21T22:00:00Z"})") << "type";
        QTest::newRow("actor array") << QByteArray(
            "{" + ok + R"("type":"note.added","actor":[],"at":"2026-11-21T22:00:00Z"})")
                                     << "actor";
        QTest::newRow("bad time") << QByteArray(
            "{" + ok + R"("type":"note.added","actor":"a","at":"tomorrow"})")
                                  << "at";
        QTest::newRow("data not object") << QByteArray(
            "{" + ok + R"("type":"note.added","actor":"a","at":"2026-11-21T22:00:00Z","data":[1]})")
                                         << "data";
        QTest::newRow("seq negative") << QByteArray(
            "{" + ok + R"("type":"note.added","actor":"a","at":"2026-11-21T22:00:00Z","seq":-3})")
                                      << "seq";
    }

    void envelopeErrorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        Event e;
        Error error;
        QVERIFY(!Event::fromJson(json, &e, &error));
        QCOMPARE(error.field, field);
        QVERIFY2(error.message.startsWith(field + QLatin1Char(':')), qPrintable(error.message));
    }

    void malformedJson()
    {
        Event e;
        Error error;
        QVERIFY(!Event::fromJson(QByteArray("{\"id\": "), &e, &error));
        QCOMPARE(error.code, QStringLiteral("malformed_json"));
        QVERIFY(error.message.contains(QStringLiteral("offset")));
        QVERIFY(!Event::fromJson(QByteArray("[1,2]"), &e, &error));
        QCOMPARE(error.code, QStringLiteral("malformed_json"));
    }
};

QTEST_GUILESS_MAIN(TestEvent)
#include "testevent.moc"
