// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatfixture.h"
#include "messagetemplate.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Warroom;

class TestMessageTemplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().remove(QStringLiteral("chat")); }

    void fillsEveryPlaceholder()
    {
        const IncidentFacts facts = ChatFixture::facts(ChatFixture::incident());
        const QString text = MessageTemplate::render(
            QStringLiteral("{title}|{severity}|{status}|{commander}|{elapsed}|{summary}|{latest_decision}|"
                           "{next_update}|{incident_url?}"),
            facts);
        QCOMPARE(text,
            QStringLiteral(
                "Checkout returns 502 for EU customers|SEV2|Identified|priya|1 h 04 min|Card payments "
                "fail for about 30% of EU checkouts.|Roll back payments-api to v2.14.3|23:34 UTC (in 30 "
                "min)|https://warroom.example.com/incidents/")
                + ChatFixture::incidentId());
        for (const QString &name : MessageTemplate::placeholders())
            QVERIFY2(!MessageTemplate::render(QLatin1Char('{') + name + QLatin1Char('}'), facts).isEmpty(),
                qPrintable(name));
    }

    void dropsLinesWhosePlaceholdersAreAllEmpty()
    {
        IncidentFacts facts = ChatFixture::facts(ChatFixture::incident(), false);
        facts.latestDecision.clear();
        facts.nextUpdate = {};
        const QString text = MessageTemplate::render(QStringLiteral("Title: {title}\n"
                                                                    "Latest decision: {latest_decision}\n"
                                                                    "Kept: {latest_decision} {severity}\n"
                                                                    "Plain line\n"
                                                                    "Next: {next_update}\n"
                                                                    "Link: {incident_url?}\n"),
            facts);
        QCOMPARE(
            text, QStringLiteral("Title: Checkout returns 502 for EU customers\nKept:  SEV2\nPlain line"));
    }

    void keepsUnknownPlaceholders()
    {
        const IncidentFacts facts = ChatFixture::facts(ChatFixture::incident());
        QCOMPARE(MessageTemplate::render(QStringLiteral("{titel} and {title} {} {{severity}}"), facts),
            QStringLiteral("{titel} and Checkout returns 502 for EU customers {} {SEV2}"));
    }

    void commanderMissingIsSaid()
    {
        IncidentFacts facts = ChatFixture::facts(ChatFixture::incident());
        facts.commander.clear();
        QCOMPARE(MessageTemplate::render(QStringLiteral("Commander: {commander}"), facts),
            QStringLiteral("Commander: not assigned yet"));
    }

    void builtInsMentionTheirFields()
    {
        const IncidentFacts open = ChatFixture::facts(ChatFixture::incident());
        const QString declared = MessageTemplate::render(MessageTemplate::text(TemplateKind::Declared), open);
        QVERIFY(declared.startsWith(QStringLiteral("Incident declared: Checkout returns 502")));
        QVERIFY(declared.contains(QStringLiteral("Next update: 23:34 UTC (in 30 min)")));
        const QString update
            = MessageTemplate::render(MessageTemplate::text(TemplateKind::StatusUpdate), open);
        QVERIFY(update.contains(QStringLiteral("Latest decision: Roll back payments-api")));
        QVERIFY(update.contains(QStringLiteral("Elapsed: 1 h 04 min")));
        const IncidentFacts resolved = ChatFixture::facts(ChatFixture::incident(true));
        const QString done = MessageTemplate::render(MessageTemplate::text(TemplateKind::Resolved), resolved);
        // The duration stops at the resolution (23:40), not at the moment of writing (23:45).
        QVERIFY2(done.contains(QStringLiteral("Duration: 1 h 40 min")), qPrintable(done));
        QVERIFY(!done.contains(QStringLiteral("Next update")));
    }

    void suggestsATemplate()
    {
        const IncidentFacts open = ChatFixture::facts(ChatFixture::incident());
        QCOMPARE(MessageTemplate::suggested(open, false), TemplateKind::Declared);
        QCOMPARE(MessageTemplate::suggested(open, true), TemplateKind::StatusUpdate);
        QCOMPARE(MessageTemplate::suggested(ChatFixture::facts(ChatFixture::incident(true)), true),
            TemplateKind::Resolved);
    }

    void customTextIsKept()
    {
        QCOMPARE(
            MessageTemplate::text(TemplateKind::Custom), MessageTemplate::builtInText(TemplateKind::Custom));
        MessageTemplate::setCustomText(QStringLiteral("Ours: {title}"));
        QCOMPARE(MessageTemplate::text(TemplateKind::Custom), QStringLiteral("Ours: {title}"));
        MessageTemplate::setCustomText(QStringLiteral("  "));
        QCOMPARE(
            MessageTemplate::text(TemplateKind::Custom), MessageTemplate::builtInText(TemplateKind::Custom));
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("msecs");
        QTest::addColumn<QString>("text");
        QTest::newRow("negative") << qint64(-5000) << "under a minute";
        QTest::newRow("59 s") << qint64(59999) << "under a minute";
        QTest::newRow("1 min") << qint64(60000) << "1 min";
        QTest::newRow("59 min") << qint64(59 * 60000 + 59999) << "59 min";
        QTest::newRow("1 h 04") << qint64(64 * 60000) << "1 h 04 min";
        QTest::newRow("2 d 03 h") << qint64((51 * 60 + 4) * 60000) << "2 d 03 h";
    }
    void durations()
    {
        QFETCH(qint64, msecs);
        QFETCH(QString, text);
        QCOMPARE(IncidentFacts::formatDuration(msecs), text);
    }

    void nextUpdateRoundsToTheMinute()
    {
        IncidentFacts facts = ChatFixture::facts(ChatFixture::incident());
        facts.nextUpdate = facts.now.addMSecs(29 * 60000 + 100);
        QCOMPARE(facts.nextUpdateText(), QStringLiteral("23:33 UTC (in 29 min)"));
        facts.nextUpdate = facts.now.addMSecs(30 * 60000 - 400);
        QCOMPARE(facts.nextUpdateText(), QStringLiteral("23:34 UTC (in 30 min)"));
        facts.nextUpdate = facts.now.addSecs(-60);
        QCOMPARE(facts.nextUpdateText(), QStringLiteral("23:03 UTC"));
    }
};

QTEST_GUILESS_MAIN(TestMessageTemplate)
#include "testmessagetemplate.moc"
