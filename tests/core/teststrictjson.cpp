// SPDX-License-Identifier: GPL-3.0-or-later
#include "strictjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Warroom;

class TestStrictJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsWhatQtAccepts_data();
    void acceptsWhatQtAccepts();
    void refusesWithCodeAndPath_data();
    void refusesWithCodeAndPath();
    void malformedNamesTheOffset();
    void deepNestingNeitherCrashesNorPasses();
    void largeFlatObjectIsChecked();
};

void TestStrictJson::acceptsWhatQtAccepts_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("object") << QByteArray(R"({"a": 1, "b": [true, null, "x"], "c": {"d": -1.5e3}})");
    QTest::newRow("array") << QByteArray(R"([{"a": 1}, {"a": 2}])");
    QTest::newRow("same key in sibling objects") << QByteArray(R"({"x": {"id": 1}, "y": {"id": 2}})");
    QTest::newRow("escapes") << QByteArray(R"({"t\"ab": "line\nnext \u00e9 \ud83d\ude80 \/ \\"})");
    QTest::newRow("keys differ only in case") << QByteArray(R"({"a": 1, "A": 2})");
    QTest::newRow("whitespace around") << QByteArray(" \r\n\t{ \"a\" : [ 1 , 2 ] } \n");
}
void TestStrictJson::acceptsWhatQtAccepts()
{
    QFETCH(QByteArray, body);
    Error error;
    const std::optional<QJsonDocument> document = StrictJson::parse(body, &error);
    QVERIFY2(document.has_value(), qPrintable(error.message));
    QCOMPARE(*document, QJsonDocument::fromJson(body));
}

void TestStrictJson::refusesWithCodeAndPath_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("duplicate top-level key")
        << QByteArray(R"({"events": [], "events": [{}]})") << "duplicate_key"
        << "events";
    QTest::newRow("duplicate key deep in a batch")
        << QByteArray(R"({"events": [{}, {}, {"data": {"title": "a", "sev": 1, "title": "b"}}]})")
        << "duplicate_key"
        << "events[2].data.title";
    QTest::newRow("duplicate key spelled with an escape")
        << QByteArray(R"({"actor": "alice", "\u0061ctor": "mallory"})") << "duplicate_key"
        << "actor";
    QTest::newRow("raw NUL in a value")
        << QByteArray("{\"events\": [{\"actor\": \"al\0ice\"}]}", 33) << "invalid_encoding"
        << "events[0].actor";
    QTest::newRow("raw NUL after the document") << QByteArray("{}\0", 3) << "invalid_encoding"
                                                << "";
    QTest::newRow("escaped NUL in a value")
        << QByteArray(R"({"note": {"text": "a\u0000b"}})") << "invalid_encoding"
        << "note.text";
    QTest::newRow("escaped NUL in a key") << QByteArray(R"({"data": {"k\u0000": 1}})") << "invalid_encoding"
                                          << "data.k" + QString(QChar(0));
    QTest::newRow("lone high surrogate") << QByteArray(R"({"list": ["ok", "\ud800"]})") << "invalid_encoding"
                                         << "list[1]";
    QTest::newRow("lone low surrogate in a key")
        << QByteArray(R"({"\udc00": 1})") << "invalid_encoding" << QString(QChar(0xdc00));
    QTest::newRow("not JSON") << QByteArray(R"({"a": )") << "malformed_json"
                              << "";
    QTest::newRow("trailing comma") << QByteArray(R"({"a": 1,})") << "malformed_json"
                                    << "";
    QTest::newRow("bad escape") << QByteArray(R"({"a": "\u12G4"})") << "malformed_json"
                                << "";
    QTest::newRow("empty") << QByteArray() << "malformed_json"
                           << "";
}
void TestStrictJson::refusesWithCodeAndPath()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    Error error;
    QVERIFY(!StrictJson::parse(body, &error).has_value());
    QCOMPARE(error.code, code);
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.endsWith(QLatin1Char('.')), qPrintable(error.message));
    if (!field.isEmpty() && code != QLatin1String("malformed_json"))
        QVERIFY2(error.message.startsWith(field), qPrintable(error.message));
}

void TestStrictJson::malformedNamesTheOffset()
{
    Error error;
    QVERIFY(!StrictJson::parse(R"({"a": tru})", &error));
    QVERIFY2(error.message.contains(QLatin1String("at offset ")), qPrintable(error.message));
}

/// The scanner walks without recursion: a sender's nesting depth cannot exhaust the stack. Qt then
/// refuses what is deeper than it reads.
void TestStrictJson::deepNestingNeitherCrashesNorPasses()
{
    const QByteArray deep = QByteArray(200000, '[') + QByteArray(200000, ']');
    Error error;
    QVERIFY(!StrictJson::parse(deep, &error).has_value());
    QCOMPARE(error.code, QStringLiteral("malformed_json"));
    const QByteArray deepObjects = QByteArray("{\"a\":").repeated(100000) + "1" + QByteArray(100000, '}');
    QVERIFY(!StrictJson::parse(deepObjects, &error).has_value());
}

void TestStrictJson::largeFlatObjectIsChecked()
{
    QJsonObject object;
    for (int i = 0; i < 5000; ++i)
        object.insert(QStringLiteral("k%1").arg(i), i);
    QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    Error error;
    QVERIFY(StrictJson::parse(body, &error).has_value());
    body.chop(1);
    body += R"(,"k4999":0})";
    QVERIFY(!StrictJson::parse(body, &error).has_value());
    QCOMPARE(error.field, QStringLiteral("k4999"));
}

QTEST_GUILESS_MAIN(TestStrictJson)
#include "teststrictjson.moc"
