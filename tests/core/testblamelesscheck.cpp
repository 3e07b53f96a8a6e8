// SPDX-License-Identifier: GPL-3.0-or-later
#include "blamelesscheck.h"
#include "postmortemfixture.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Warroom;

class TestBlamelessCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flags_data();
    void flags();
    void doesNotFlag_data();
    void doesNotFlag();
    void findingPointsAtThePhraseAndThePerson();
    void longerPhraseWinsOverItsPart();
    void configuredNamesAreWatched();
    void loginNamesMatchTheirParts();
    void windowIsConfigurable();
    void peopleOfTheIncident();
    void missingFileGivesTheDefaults();
    void savedRulesLoadBack();
    void customRulesReplaceTheDefaults();
    void brokenFileIsRefusedWithTheField_data();
    void brokenFileIsRefusedWithTheField();

private:
    static BlamelessCheck check()
    {
        BlamelessCheck c;
        c.setNames({QStringLiteral("marco"), QStringLiteral("lena"), QStringLiteral("priya")});
        return c;
    }
};

void TestBlamelessCheck::flags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("phrase"); // as written in the text
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("language");

    // English
    QTest::newRow("en should have") << "Marco should have checked the backup."
                                    << "should have"
                                    << "Marco"
                                    << "en";
    QTest::newRow("en should've") << "Honestly lena should've known."
                                  << "should've"
                                  << "lena"
                                  << "en";
    QTest::newRow("en careless") << "It was careless of Priya to deploy on Friday."
                                 << "careless"
                                 << "Priya"
                                 << "en";
    QTest::newRow("en carelessly") << "Marco carelessly ran the migration."
                                   << "carelessly"
                                   << "Marco"
                                   << "en";
    QTest::newRow("en human error") << "Root cause: human error by Lena."
                                    << "human error"
                                    << "Lena"
                                    << "en";
    QTest::newRow("en fault possessive") << "This was Marco's fault."
                                         << "fault"
                                         << "Marco"
                                         << "en";
    QTest::newRow("en blame") << "We blame Priya for the outage."
                              << "blame"
                              << "Priya"
                              << "en";
    QTest::newRow("en to blame") << "Marco is to blame."
                                 << "blame"
                                 << "Marco"
                                 << "en";
    QTest::newRow("en negligent") << "Lena was negligent with the keys."
                                  << "negligent"
                                  << "Lena"
                                  << "en";
    QTest::newRow("en failed to") << "Priya failed to page the database team."
                                  << "failed to"
                                  << "Priya"
                                  << "en";
    QTest::newRow("en forgot to") << "MARCO FORGOT TO renew it."
                                  << "FORGOT TO"
                                  << "MARCO"
                                  << "en";
    QTest::newRow("en second sentence") << "The alert fired late. Then Marco failed to notice it."
                                        << "failed to"
                                        << "Marco"
                                        << "en";

    // French
    QTest::newRow("fr aurait dû") << "Marco aurait dû vérifier la sauvegarde."
                                  << "aurait dû"
                                  << "Marco"
                                  << "fr";
    QTest::newRow("fr aurait du") << "Lena aurait du relire le script."
                                  << "aurait du"
                                  << "Lena"
                                  << "fr";
    QTest::newRow("fr négligent") << "Priya a été négligente avec les accès."
                                  << "négligente"
                                  << "Priya"
                                  << "fr";
    QTest::newRow("fr erreur humaine") << "Erreur humaine de Marco pendant la migration."
                                       << "Erreur humaine"
                                       << "Marco"
                                       << "fr";
    QTest::newRow("fr la faute de") << "C'est la faute de Lena."
                                    << "la faute de"
                                    << "Lena"
                                    << "fr";
    QTest::newRow("fr blâme") << "On blâme Priya pour la panne."
                              << "blâme"
                              << "Priya"
                              << "fr";
    QTest::newRow("fr a oublié de") << "Marco a oublié de prévenir l'équipe."
                                    << "a oublié de"
                                    << "Marco"
                                    << "fr";

    // German
    QTest::newRow("de hätte … sollen") << "Marco hätte das Backup prüfen sollen."
                                       << "hätte das Backup prüfen sollen"
                                       << "Marco"
                                       << "de";
    QTest::newRow("de name in the gap") << "Das hätte Lena vorher testen sollen."
                                        << "hätte Lena vorher testen sollen"
                                        << "Lena"
                                        << "de";
    QTest::newRow("de nachlässig") << "Priya war nachlässig beim Deploy."
                                   << "nachlässig"
                                   << "Priya"
                                   << "de";
    QTest::newRow("de menschliches Versagen") << "Menschliches Versagen von Marco."
                                              << "Menschliches Versagen"
                                              << "Marco"
                                              << "de";
    QTest::newRow("de Schuld") << "Lena ist schuld an dem Ausfall."
                               << "schuld"
                               << "Lena"
                               << "de";
    QTest::newRow("de Schuld capital") << "Die Schuld liegt bei Marco."
                                       << "Schuld"
                                       << "Marco"
                                       << "de";
    QTest::newRow("de Marcos Schuld") << "Es war Marcos Schuld."
                                      << "Schuld"
                                      << "Marcos"
                                      << "de";
    QTest::newRow("de fahrlässig") << "Priya hat fahrlässig gehandelt."
                                   << "fahrlässig"
                                   << "Priya"
                                   << "de";
}

void TestBlamelessCheck::flags()
{
    QFETCH(QString, text);
    QFETCH(QString, phrase);
    QFETCH(QString, person);
    QFETCH(QString, language);
    const QList<BlamelessFinding> findings = check().check(text);
    QCOMPARE(findings.size(), 1);
    const BlamelessFinding &f = findings.first();
    QCOMPARE(f.phrase, phrase);
    QCOMPARE(text.mid(f.position, f.length), phrase);
    QCOMPARE(f.person, person);
    QCOMPARE(text.mid(f.personPosition, f.personLength), person);
    QCOMPARE(f.language, language);
    QVERIFY(!f.suggestion.isEmpty());
    QVERIFY(!f.explanation.isEmpty());
}

void TestBlamelessCheck::doesNotFlag_data()
{
    QTest::addColumn<QString>("text");

    // English
    QTest::newRow("en fault injection") << "Marco ran the fault injection test.";
    QTest::newRow("en fault tolerant") << "Lena made the queue fault-tolerant.";
    QTest::newRow("en no blame") << "No blame: Marco and Lena restored it together.";
    QTest::newRow("en not to blame") << "Marco is not to blame.";
    QTest::newRow("en nobody at fault") << "Priya said nobody was at fault.";
    QTest::newRow("en no person") << "The alert should have fired at 14:05.";
    QTest::newRow("en person after a verb") << "The alert should have fired, Marco said.";
    QTest::newRow("en other sentence") << "Marco restarted the pods. The alert should have fired earlier.";
    QTest::newRow("en far away") << "Marco opened the dashboard and then, an hour and many graphs later, the "
                                    "system failed to recover.";
    QTest::newRow("en not careless") << "Lena was not careless; the form was confusing.";
    QTest::newRow("en git blame") << "Priya used git blame to find the change.";
    QTest::newRow("en blameless") << "Marco wrote a blameless review.";
    QTest::newRow("en unknown name") << "Bob should have checked.";
    QTest::newRow("en name inside a word") << "Marcopolo should have checked.";
    QTest::newRow("en page fault") << "Lena traced a page fault in the kernel.";

    // French
    QTest::newRow("fr pas la faute") << "Ce n'est pas la faute de Marco.";
    QTest::newRow("fr sans faute") << "Lena a exécuté le runbook sans faute.";
    QTest::newRow("fr injection de fautes") << "Priya a lancé l'injection de fautes.";
    QTest::newRow("fr sans blâme") << "Marco anime une revue sans blâme.";
    QTest::newRow("fr pas de nom") << "L'alerte aurait dû se déclencher.";
    QTest::newRow("fr pas négligent") << "Marco n'a pas été négligent.";

    // German
    QTest::newRow("de keine Schuld") << "Marco trifft keine Schuld.";
    QTest::newRow("de nicht schuld") << "Lena ist nicht schuld.";
    QTest::newRow("de ohne Schuld") << "Priya hat ohne Schuld gehandelt.";
    QTest::newRow("de kein Name") << "Der Alarm hätte früher auslösen sollen.";
    QTest::newRow("de Schuldzuweisung") << "Marco schrieb eine Analyse ohne Schuldzuweisung.";
    QTest::newRow("de gap too long")
        << "Marco hätte nach dem langen und sehr mühsamen Abend gestern lieber schlafen sollen.";
}

void TestBlamelessCheck::doesNotFlag()
{
    QFETCH(QString, text);
    const QList<BlamelessFinding> findings = check().check(text);
    if (!findings.isEmpty())
        qWarning() << "flagged" << findings.first().phrase << "near" << findings.first().person;
    QVERIFY(findings.isEmpty());
}

void TestBlamelessCheck::findingPointsAtThePhraseAndThePerson()
{
    const QString text = QStringLiteral("Summary: the backup was old.\nMarco should have checked it.");
    const QList<BlamelessFinding> findings = check().check(text);
    QCOMPARE(findings.size(), 1);
    const BlamelessFinding &f = findings.first();
    QCOMPARE(f.position, text.indexOf(QStringLiteral("should")));
    QCOMPARE(f.length, 11);
    QCOMPARE(f.personPosition, text.indexOf(QStringLiteral("Marco")));
    QCOMPARE(f.spanStart(), f.personPosition);
    QCOMPARE(f.spanEnd(), f.position + f.length);
    QCOMPARE(f.rule, QStringLiteral("should have"));
    QVERIFY(f.suggestion.contains(QStringLiteral("runbook")));
    QVERIFY(f.explanation.contains(QStringLiteral("Blameless")));
}

void TestBlamelessCheck::longerPhraseWinsOverItsPart()
{
    // "la faute de" and "faute" cover the same word: one finding, the longer phrase.
    const QList<BlamelessFinding> findings
        = check().check(QStringLiteral("C'est la faute de Marco, et Lena a été négligente."));
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).rule, QStringLiteral("la faute de"));
    QCOMPARE(findings.at(1).rule, QStringLiteral("négligent*"));
    QCOMPARE(findings.at(1).person, QStringLiteral("Lena"));
}

void TestBlamelessCheck::configuredNamesAreWatched()
{
    BlamelessRules rules = BlamelessRules::defaults();
    rules.names = {QStringLiteral("Alex")};
    BlamelessCheck c(rules);
    QCOMPARE(c.check(QStringLiteral("Alex should have known.")).size(), 1);
    QVERIFY(c.check(QStringLiteral("Marco should have known.")).isEmpty());
    c.setNames({QStringLiteral("marco")});
    QCOMPARE(c.check(QStringLiteral("Marco should have known.")).size(), 1);
    QCOMPARE(c.check(QStringLiteral("Alex should have known.")).size(), 1);
    QCOMPARE(c.names(), (QStringList {QStringLiteral("Alex"), QStringLiteral("marco")}));
}

void TestBlamelessCheck::loginNamesMatchTheirParts()
{
    BlamelessCheck c;
    c.setNames({QStringLiteral("priya.sharma"), QStringLiteral("Lena Vogel")});
    QCOMPARE(c.check(QStringLiteral("Priya should have paged.")).size(), 1);
    QCOMPARE(c.check(QStringLiteral("Sharma should have paged.")).size(), 1);
    QCOMPARE(c.check(QStringLiteral("Vogel was careless.")).size(), 1);
    QCOMPARE(
        c.check(QStringLiteral("Lena Vogel was careless.")).first().person, QStringLiteral("Lena Vogel"));
}

void TestBlamelessCheck::windowIsConfigurable()
{
    const QString text = QStringLiteral("Marco, who was on call then, failed to page.");
    QCOMPARE(check().check(text).size(), 1); // five words between
    BlamelessRules rules = BlamelessRules::defaults();
    rules.window = 2;
    BlamelessCheck narrow(rules);
    narrow.setNames({QStringLiteral("marco")});
    QVERIFY(narrow.check(text).isEmpty());
}

void TestBlamelessCheck::peopleOfTheIncident()
{
    const PostmortemFixture fixture;
    const QStringList people = BlamelessCheck::peopleOf(PostmortemFixture::state());
    QCOMPARE(
        people, (QStringList {QStringLiteral("lena"), QStringLiteral("marco"), QStringLiteral("priya")}));
}

void TestBlamelessCheck::missingFileGivesTheDefaults()
{
    QTemporaryDir dir;
    BlamelessRules rules;
    Error error;
    QVERIFY(BlamelessRules::load(dir.filePath(QStringLiteral("none.json")), &rules, &error));
    QCOMPARE(rules.languages.size(), 3);
    QCOMPARE(rules.languages.at(1).code, QStringLiteral("fr"));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(BlamelessRules::defaultPath().endsWith(QStringLiteral("/blameless.json")));
}

void TestBlamelessCheck::savedRulesLoadBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config/blameless.json"));
    BlamelessRules rules = BlamelessRules::defaults();
    rules.names = {QStringLiteral("Alex")};
    rules.window = 3;
    Error error;
    QVERIFY2(rules.save(path, &error), qPrintable(error.message));
    BlamelessRules loaded;
    QVERIFY2(BlamelessRules::load(path, &loaded, &error), qPrintable(error.message));
    QCOMPARE(loaded.toJson(), rules.toJson());
    const auto german = std::find_if(loaded.languages.cbegin(), loaded.languages.cend(),
        [](const BlamelessLanguage &l) { return l.code == QLatin1String("de"); });
    QVERIFY(german != loaded.languages.cend());
    QCOMPARE(german->phrases.first().phrase, QStringLiteral("hätte … sollen"));
    QCOMPARE(german->phrases.first().person, BlamelessPhrase::Person::Before);
    QCOMPARE(german->negations, BlamelessRules::defaults().languages.at(2).negations);
}

void TestBlamelessCheck::customRulesReplaceTheDefaults()
{
    // A team that writes Dutch adds its own language.
    QJsonObject json = BlamelessRules::defaults().toJson();
    QJsonObject languages = json.value(QStringLiteral("languages")).toObject();
    languages.insert(QStringLiteral("nl"),
        QJsonObject {{QStringLiteral("explanation"), QStringLiteral("Zonder schuld.")},
            {QStringLiteral("phrases"),
                QJsonArray {QJsonObject {{QStringLiteral("phrase"), QStringLiteral("had … moeten")},
                    {QStringLiteral("suggestion"), QStringLiteral("Beschrijf de omstandigheden.")},
                    {QStringLiteral("person"), QStringLiteral("before")}}}}});
    json.insert(QStringLiteral("languages"), languages);
    BlamelessRules rules;
    Error error;
    QVERIFY2(BlamelessRules::fromJson(json, &rules, &error), qPrintable(error.message));
    BlamelessCheck c(rules);
    c.setNames({QStringLiteral("marco")});
    const QList<BlamelessFinding> findings = c.check(QStringLiteral("Marco had de back-up moeten testen."));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().language, QStringLiteral("nl"));
    QCOMPARE(findings.first().suggestion, QStringLiteral("Beschrijf de omstandigheden."));
}

void TestBlamelessCheck::brokenFileIsRefusedWithTheField_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("field");
    QTest::newRow("not json") << QByteArray("{\"format\": ") << QString();
    QTest::newRow("format") << QByteArray(R"({"format": "other", "version": 1})") << QStringLiteral("format");
    QTest::newRow("window") << QByteArray(R"({"format": "warroom-blameless", "version": 1, "window": -1,
        "languages": {}})") << QStringLiteral("window");
    QTest::newRow("empty phrase") << QByteArray(R"({"format": "warroom-blameless", "version": 1,
        "languages": {"en": {"phrases": [{"phrase": " "}]}}})")
                                  << QStringLiteral("languages.en.phrases[0].phrase");
    QTest::newRow("person") << QByteArray(R"({"format": "warroom-blameless", "version": 1,
        "languages": {"en": {"phrases": [{"phrase": "oops", "person": "after"}]}}})")
                            << QStringLiteral("languages.en.phrases[0].person");
}

void TestBlamelessCheck::brokenFileIsRefusedWithTheField()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, field);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blameless.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    BlamelessRules rules;
    Error error;
    QVERIFY(!BlamelessRules::load(path, &rules, &error));
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestBlamelessCheck)
#include "testblamelesscheck.moc"
