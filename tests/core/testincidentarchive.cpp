// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentarchive.h"
#include "postmortemfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Warroom;

class TestIncidentArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesTheFormat();
    void roundTripKeepsEveryEventAndTheState();
    void attachmentsTravelWithTheIncident();
    void refusals_data();
    void refusals();
    void invalidEventAtIndexSevenIsNamed();

private:
    static QJsonObject archiveJson()
    {
        return QJsonDocument::fromJson(
            IncidentArchive::write(PostmortemFixture::incident(), PostmortemFixture::events()))
            .object();
    }
    static QByteArray withEvent(int index, const std::function<void(QJsonObject &)> &change)
    {
        QJsonObject root = archiveJson();
        QJsonArray events = root.value(QStringLiteral("events")).toArray();
        QJsonObject event = events.at(index).toObject();
        change(event);
        events.replace(index, event);
        root.insert(QStringLiteral("events"), events);
        return QJsonDocument(root).toJson();
    }
};

void TestIncidentArchive::writesTheFormat()
{
    const PostmortemFixture fixture;
    const QJsonObject root = archiveJson();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("warroom-incident"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("incident")).toString(), PostmortemFixture::incident());
    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), PostmortemFixture::events().size());
    QCOMPARE(events.first().toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("incident.declared"));
}

void TestIncidentArchive::roundTripKeepsEveryEventAndTheState()
{
    const PostmortemFixture fixture;
    IncidentArchive archive;
    Error error;
    QVERIFY2(IncidentArchive::read(
                 IncidentArchive::write(PostmortemFixture::incident(), PostmortemFixture::events()), &archive,
                 &error),
        qPrintable(error.message));
    QCOMPARE(archive.incident(), PostmortemFixture::incident());
    QCOMPARE(archive.events(), PostmortemFixture::events());
    QCOMPARE(archive.state().hash(), PostmortemFixture::state().hash());
}

void TestIncidentArchive::attachmentsTravelWithTheIncident()
{
    const PostmortemFixture fixture;
    EventList events = PostmortemFixture::events();
    const QByteArray content("2026-11-21 21:31:02 payments-gw: x509: certificate has expired\n");
    Event attachment = EventFactory(QStringLiteral("lena"))
                           .addAttachment(PostmortemFixture::incident(), QStringLiteral("gw.log"),
                               QStringLiteral("text/plain"), content);
    attachment.id = PostmortemFixture::id(500);
    attachment.at = PostmortemFixture::start().addSecs(50 * 60);
    attachment.seq = 77;
    events.append(attachment);
    IncidentArchive archive;
    Error error;
    QVERIFY2(IncidentArchive::read(
                 IncidentArchive::write(PostmortemFixture::incident(), events), &archive, &error),
        qPrintable(error.message));
    const Event &back = archive.events().last();
    QCOMPARE(back.seq, 77); // as exported; the store gives its own
    QCOMPARE(
        QByteArray::fromBase64(back.data.value(QStringLiteral("content")).toString().toLatin1()), content);
    QCOMPARE(archive.state().entry(attachment.id)->attachmentName, QStringLiteral("gw.log"));
}

void TestIncidentArchive::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    const PostmortemFixture fixture;
    QTest::newRow("not json") << QByteArray("{\"format\": \"warroom-incident\", ") << "malformed_json"
                              << "";
    QTest::newRow("array") << QByteArray("[]") << "malformed_json"
                           << "";
    QTest::newRow("format") << QByteArray(R"({"format": "something-else", "version": 1})") << "invalid_field"
                            << "format";
    QTest::newRow("version") << QByteArray(R"({"format": "warroom-incident", "version": 2})")
                             << "invalid_field"
                             << "version";
    QTest::newRow("incident") << QByteArray(
        R"({"format": "warroom-incident", "version": 1, "incident": "x"})")
                              << "invalid_field"
                              << "incident";
    QTest::newRow("no events") << QByteArray(
        R"({"format": "warroom-incident", "version": 1, "incident": "1b6a3c1e-0000-4000-8000-00000000cafe", "events": []})")
                               << "invalid_field"
                               << "events";
    QTest::newRow("empty event") << withEvent(0, [](QJsonObject &e) { e = {}; }) << "invalid_field"
                                 << "events[0].id";
    QTest::newRow("event not an object") <<
        [] {
            QJsonObject root = archiveJson();
            QJsonArray events = root.value(QStringLiteral("events")).toArray();
            events.replace(2, 42);
            root.insert(QStringLiteral("events"), events);
            return QJsonDocument(root).toJson();
        }() << "invalid_field"
                                         << "events[2]";
    QTest::newRow("bad time") << withEvent(
        3, [](QJsonObject &e) { e.insert(QStringLiteral("at"), QStringLiteral("yesterday")); })
                              << "invalid_field"
                              << "events[3].at";
    QTest::newRow("other incident") << withEvent(4,
        [](QJsonObject &e) {
            e.insert(QStringLiteral("incident"), QStringLiteral("2b6a3c1e-0000-4000-8000-00000000cafe"));
        }) << "invalid_field"
                                    << "events[4].incident";
    QTest::newRow("same id twice") << withEvent(
        5, [](QJsonObject &e) { e.insert(QStringLiteral("id"), PostmortemFixture::id(2)); })
                                   << "invalid_field"
                                   << "events[5].id";
    QTest::newRow("unknown type") << withEvent(
        6, [](QJsonObject &e) { e.insert(QStringLiteral("type"), QStringLiteral("incident.exploded")); })
                                  << "unknown_type"
                                  << "events[6].type";
    QTest::newRow("unknown target") << withEvent(10,
        [](QJsonObject &e) {
            QJsonObject data = e.value(QStringLiteral("data")).toObject();
            data.insert(QStringLiteral("target"), PostmortemFixture::id(404));
            e.insert(QStringLiteral("data"), data);
        }) << "unknown_target"
                                    << "events[10].data.target";
    QTest::newRow("missing declaration") <<
        [] {
            QJsonObject root = archiveJson();
            QJsonArray events = root.value(QStringLiteral("events")).toArray();
            events.removeFirst();
            root.insert(QStringLiteral("events"), events);
            return QJsonDocument(root).toJson();
        }() << "unknown_target"
                                         << "events[0].incident";
    QTest::newRow("gate not approved") <<
        [] {
            // Without the commander's approval (event 14), the gated step cannot be ticked (event 15).
            QJsonObject root = archiveJson();
            QJsonArray events = root.value(QStringLiteral("events")).toArray();
            events.removeAt(13);
            root.insert(QStringLiteral("events"), events);
            return QJsonDocument(root).toJson();
        }() << "conflict"
                                       << "events[13].data.step";
}

void TestIncidentArchive::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const PostmortemFixture fixture;
    IncidentArchive archive;
    Error error;
    QVERIFY(!IncidentArchive::read(json, &archive, &error));
    QCOMPARE(error.code, code);
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
    if (field.startsWith(QLatin1String("events[")))
        QVERIFY2(error.message.startsWith(field.section(QLatin1Char('.'), 0, 0)), qPrintable(error.message));
    QVERIFY(archive.events().isEmpty());
}

void TestIncidentArchive::invalidEventAtIndexSevenIsNamed()
{
    const PostmortemFixture fixture;
    const QByteArray json = withEvent(7, [](QJsonObject &e) {
        QJsonObject data = e.value(QStringLiteral("data")).toObject();
        data.insert(QStringLiteral("text"), QString());
        e.insert(QStringLiteral("data"), data);
    });
    IncidentArchive archive;
    Error error;
    QVERIFY(!IncidentArchive::read(json, &archive, &error));
    QCOMPARE(error.field, QStringLiteral("events[7].data.text"));
    QVERIFY2(error.message.startsWith(QStringLiteral("events[7] (note.added): data.text:")),
        qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestIncidentArchive)
#include "testincidentarchive.moc"
