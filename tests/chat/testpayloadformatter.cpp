// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatfixture.h"
#include "goldenfiles.h"
#include "messagetemplate.h"
#include "payloadformatter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Warroom;

Q_DECLARE_METATYPE(Warroom::ChatKind)
Q_DECLARE_METATYPE(Warroom::TemplateKind)

/// The exact JSON of every platform × template against golden files in tests/data/chat (run with
/// WARROOM_UPDATE_GOLDEN=1 to rewrite them after an intended change, then read the diff), plus the limits:
/// escaping, Discord's 2,000 characters, Slack's section size, the Teams card size.
class TestPayloadFormatter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();
    void slackEscapesOnlyWhereParsed();
    void discordCutsAt2000WithAnEllipsis();
    void truncationNeverSplitsAnEmoji();
    void slackSplitsLongTextIntoSections();
    void teamsCardStaysUnder28KB();
    void previewShowsWhatIsPosted();
    void teamsTurnsLabelledLinesIntoFacts();

private:
    static QString goldenPath(const QString &name);
    static void compareWithGolden(const QString &name, const QByteArray &body);
};

namespace {

const QString CustomText = QStringLiteral("{title}: rolling back now.\nNext update {next_update}.");
const QString EscapingTitle = QStringLiteral("<script>alert(\"x\")</script> & 'quotes' 🔥");
const QString EscapingText
    = QStringLiteral("Heads up: <!channel> & <https://evil.example|click> — \"quoted\", 'single'\n"
                     "Line two with a tab\tand a backslash \\ and emoji 🚨👩‍💻\n\n"
                     "After a blank line: 5 > 3 && 2 < 4");

} // namespace

void TestPayloadFormatter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("chat"));
}

QString TestPayloadFormatter::goldenPath(const QString &name)
{
    return QStringLiteral(WARROOM_TEST_DATA "/chat/") + name + QStringLiteral(".json");
}

void TestPayloadFormatter::compareWithGolden(const QString &name, const QByteArray &body)
{
    const QString path = goldenPath(name);
    QJsonParseError parseError;
    const QJsonDocument produced = QJsonDocument::fromJson(body, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    if (Testing::updatingGoldenFiles()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(produced.toJson(QJsonDocument::Indented));
        qInfo().noquote() << "rewrote" << path;
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(": missing golden file")));
    const QJsonDocument expected = QJsonDocument::fromJson(file.readAll(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(path + parseError.errorString()));
    // Byte for byte what is posted: the golden file is stored indented for people, compared compact.
    QCOMPARE(QString::fromUtf8(body), QString::fromUtf8(expected.toJson(QJsonDocument::Compact)));
}

void TestPayloadFormatter::golden_data()
{
    QTest::addColumn<ChatKind>("kind");
    QTest::addColumn<TemplateKind>("templateKind");
    for (ChatKind kind : ChatKinds::all()) {
        for (TemplateKind templateKind : MessageTemplate::all()) {
            const QString name
                = ChatKinds::name(kind) + QLatin1Char('-') + MessageTemplate::name(templateKind);
            QTest::newRow(qPrintable(name)) << kind << templateKind;
        }
        const QString escaping = ChatKinds::name(kind) + QStringLiteral("-escaping");
        QTest::newRow(qPrintable(escaping)) << kind << TemplateKind(-1);
    }
}

void TestPayloadFormatter::golden()
{
    QFETCH(ChatKind, kind);
    QFETCH(TemplateKind, templateKind);
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    if (int(templateKind) < 0) {
        const IncidentState state = ChatFixture::incident(false, EscapingTitle,
            QStringLiteral("Summary with <b>markup</b> & \"quotes\"\nand a second line"));
        // Without a link: the Teams card has no action, the generic url is null.
        const IncidentFacts facts = ChatFixture::facts(state, false);
        compareWithGolden(
            name, PayloadFormatter::body(kind, facts, EscapingTitle + QLatin1Char('\n') + EscapingText));
        return;
    }
    const IncidentState state = ChatFixture::incident(templateKind == TemplateKind::Resolved);
    const IncidentFacts facts = ChatFixture::facts(state);
    const QString templateText
        = templateKind == TemplateKind::Custom ? CustomText : MessageTemplate::builtInText(templateKind);
    compareWithGolden(
        name, PayloadFormatter::body(kind, facts, MessageTemplate::render(templateText, facts)));
}

void TestPayloadFormatter::slackEscapesOnlyWhereParsed()
{
    const IncidentFacts facts = ChatFixture::facts(ChatFixture::incident());
    const QJsonObject payload
        = PayloadFormatter::payload(ChatKind::Slack, facts, QStringLiteral("A & B <C>\nx <!channel> & y"));
    const QJsonArray blocks = payload.value(QStringLiteral("blocks")).toArray();
    QCOMPARE(blocks.size(), 2);
    // The header is plain_text: Slack shows it as written, so escaping it would show "&amp;".
    QCOMPARE(blocks.at(0)
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
        QStringLiteral("A & B <C>"));
    QCOMPARE(blocks.at(1)
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
        QStringLiteral("x &lt;!channel&gt; &amp; y"));
    QCOMPARE(payload.value(QStringLiteral("text")).toString(),
        QStringLiteral("A &amp; B &lt;C&gt;\nx &lt;!channel&gt; &amp; y"));
}

void TestPayloadFormatter::discordCutsAt2000WithAnEllipsis()
{
    const IncidentFacts facts = ChatFixture::facts(ChatFixture::incident());
    QString text = QStringLiteral("Long update\n");
    for (int i = 0; text.size() < 2600; ++i)
        text += QStringLiteral("Step %1 of the rollback is done 🚀. ").arg(i);
    const QJsonObject payload = PayloadFormatter::payload(ChatKind::Discord, facts, text);
    const QString content = payload.value(QStringLiteral("content")).toString();
    QVERIFY2(content.size() <= 2000, qPrintable(QString::number(content.size())));
    QVERIFY(content.size() >= 1990);
    QVERIFY(content.endsWith(QStringLiteral("…")));
    QVERIFY(content.startsWith(QStringLiteral("### Long update\nStep 0 ")));
    QCOMPARE(payload.value(QStringLiteral("allowed_mentions"))
                 .toObject()
                 .value(QStringLiteral("parse"))
                 .toArray()
                 .size(),
        0);
    compareWithGolden(
        QStringLiteral("discord-truncation"), PayloadFormatter::body(ChatKind::Discord, facts, text));

    const PayloadFormatter::Preview preview = PayloadFormatter::preview(ChatKind::Discord, facts, text);
    QVERIFY(preview.shortened);
    QCOMPARE(preview.limit, 2000);
    QVERIFY(preview.size > 2000);
    QCOMPARE(preview.text, content);

    // Exactly 2,000 fits as it is.
    const QString exact = QStringLiteral("### ") + QString(1996, QLatin1Char('x'));
    const QString fits = PayloadFormatter::payload(ChatKind::Discord, facts, exact.mid(4))
                             .value(QStringLiteral("content"))
                             .toString();
    QCOMPARE(fits, exact);
}

void TestPayloadFormatter::truncationNeverSplitsAnEmoji()
{
    // 👩‍💻 is five UTF-16 units (two surrogate pairs joined by U+200D): the cut goes before it, whole.
    const QString coder = QStringLiteral("👩‍💻");
    QCOMPARE(coder.size(), 5);
    const QString text = QStringLiteral("abc") + coder + QStringLiteral("def");
    for (int max = 4; max <= 9; ++max) {
        const QString cut = PayloadFormatter::truncated(text, max);
        QVERIFY(cut.size() <= max);
        QVERIFY(cut.endsWith(QStringLiteral("…")));
        QVERIFY2(
            cut == QStringLiteral("abc…") || cut.startsWith(QStringLiteral("abc") + coder), qPrintable(cut));
    }
    QCOMPARE(PayloadFormatter::truncated(text, int(text.size())), text);
}

void TestPayloadFormatter::slackSplitsLongTextIntoSections()
{
    const IncidentFacts facts = ChatFixture::facts(ChatFixture::incident());
    QString body;
    for (int i = 0; body.size() < 7000; ++i)
        body += QStringLiteral("Line %1: orders & payments <ok>\n").arg(i);
    const QJsonObject payload
        = PayloadFormatter::payload(ChatKind::Slack, facts, QStringLiteral("Headline\n") + body);
    const QJsonArray blocks = payload.value(QStringLiteral("blocks")).toArray();
    QVERIFY(blocks.size() >= 4); // header + at least three sections of ≤ 3000 escaped characters
    QString joined;
    for (int i = 1; i < blocks.size(); ++i) {
        const QString section = blocks.at(i)
                                    .toObject()
                                    .value(QStringLiteral("text"))
                                    .toObject()
                                    .value(QStringLiteral("text"))
                                    .toString();
        QVERIFY2(
            section.size() <= PayloadFormatter::SlackSectionMax, qPrintable(QString::number(section.size())));
        // Broken at line ends, never inside an escape.
        QVERIFY(section.endsWith(QStringLiteral("&gt;")));
        joined += section + QLatin1Char('\n');
    }
    QCOMPARE(joined, PayloadFormatter::escapeSlack(body));
}

void TestPayloadFormatter::teamsCardStaysUnder28KB()
{
    const IncidentFacts facts = ChatFixture::facts(ChatFixture::incident());
    // 20,000 characters of three UTF-8 bytes each: 60 KB of text.
    const QString text = QStringLiteral("Headline\n") + QString(20000, QChar(0x4E2D));
    const QByteArray body = PayloadFormatter::body(ChatKind::Teams, facts, text);
    QVERIFY2(body.size() <= PayloadFormatter::TeamsPayloadMax, qPrintable(QString::number(body.size())));
    QVERIFY(body.size() > PayloadFormatter::TeamsPayloadMax - 2048);
    QVERIFY(QString::fromUtf8(body).contains(QStringLiteral("…")));
    QVERIFY(PayloadFormatter::preview(ChatKind::Teams, facts, text).shortened);
}

void TestPayloadFormatter::previewShowsWhatIsPosted()
{
    const IncidentFacts facts = ChatFixture::facts(ChatFixture::incident());
    const QString text = QStringLiteral("Headline & more\nBody <line>");
    QCOMPARE(PayloadFormatter::preview(ChatKind::Mattermost, facts, text).text,
        PayloadFormatter::payload(ChatKind::Mattermost, facts, text)
            .value(QStringLiteral("text"))
            .toString());
    QCOMPARE(PayloadFormatter::preview(ChatKind::Discord, facts, text).text,
        PayloadFormatter::payload(ChatKind::Discord, facts, text)
            .value(QStringLiteral("content"))
            .toString());
    QCOMPARE(PayloadFormatter::preview(ChatKind::Slack, facts, text).text, text);
    QCOMPARE(PayloadFormatter::preview(ChatKind::Teams, facts, text).text,
        QStringLiteral("Headline & more\nBody <line>\n[Open incident] → ") + facts.incidentUrl);
    const QString stated = QStringLiteral("Headline\nSeverity: SEV2 · Status: Identified\n\nWe roll back.");
    QCOMPARE(PayloadFormatter::preview(ChatKind::Teams, facts, stated).text,
        QStringLiteral("Headline\nSeverity: SEV2\nStatus: Identified\n\nWe roll back.\n[Open incident] → ")
            + facts.incidentUrl);
    const QJsonDocument generic
        = QJsonDocument::fromJson(PayloadFormatter::preview(ChatKind::Generic, facts, text).text.toUtf8());
    QCOMPARE(generic.object(), PayloadFormatter::payload(ChatKind::Generic, facts, text));
}

void TestPayloadFormatter::teamsTurnsLabelledLinesIntoFacts()
{
    const IncidentFacts facts = ChatFixture::facts(ChatFixture::incident(), false);
    const QString text = QStringLiteral("Headline: not a fact\n"
                                        "Severity: SEV2 · Status: Identified\n"
                                        "Impact: card payments · EU only\n"
                                        "https://status.example.com: not a label\n"
                                        "This sentence has far too many words before its colon: prose");
    const QJsonArray body = PayloadFormatter::payload(ChatKind::Teams, facts, text)
                                .value(QStringLiteral("attachments"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("content"))
                                .toObject()
                                .value(QStringLiteral("body"))
                                .toArray();
    QCOMPARE(body.size(), 4);
    QCOMPARE(body.at(0).toObject().value(QStringLiteral("text")).toString(),
        QStringLiteral("Headline: not a fact"));
    const QJsonArray factSet = body.at(1).toObject().value(QStringLiteral("facts")).toArray();
    QCOMPARE(factSet.size(), 3);
    QCOMPARE(factSet.at(1).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Status"));
    QCOMPARE(factSet.at(2).toObject().value(QStringLiteral("value")).toString(),
        QStringLiteral("card payments · EU only"));
    QCOMPARE(body.at(2).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("TextBlock"));
    QCOMPARE(body.at(3).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("TextBlock"));
}

QTEST_GUILESS_MAIN(TestPayloadFormatter)
#include "testpayloadformatter.moc"
