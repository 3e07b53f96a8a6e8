// SPDX-License-Identifier: GPL-3.0-or-later
#include "postmortemfixture.h"
#include "postmortemhtml.h"

#include <QRegularExpression>
#include <QTest>

using namespace Warroom;

/// The HTML export against a golden file (tests/data/postmortem/postmortem.html; WARROOM_UPDATE_GOLDEN=1
/// rewrites it), and the properties a golden file alone does not make obvious.
class TestPostmortemHtml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesTheGoldenFile();
    void isSelfContained();
    void escapesEverything();
    void hasSemanticStructure();
    void writtenTextKeepsItsParagraphsAndLists();
    void richTextFlavorIsAFragmentQtCanRender();
};

void TestPostmortemHtml::matchesTheGoldenFile()
{
    const PostmortemFixture fixture;
    QVERIFY(PostmortemFixture::matchesGolden(
        PostmortemHtml::render(PostmortemFixture::draft()), QStringLiteral("postmortem.html")));
}

void TestPostmortemHtml::isSelfContained()
{
    const PostmortemFixture fixture;
    const QString html = PostmortemHtml::render(PostmortemFixture::draft());
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QStringLiteral("@media print")));
    // Nothing loaded from elsewhere: no scripts, links, images or imports.
    for (const char *needle : {"<script", "<link", "<img", "@import", "src=", "url("})
        QVERIFY2(!html.contains(QLatin1String(needle)), needle);
}

void TestPostmortemHtml::escapesEverything()
{
    const PostmortemFixture fixture;
    PostmortemDraft draft = PostmortemFixture::draft();
    draft.setText(PostmortemDraft::Section::Hard, QStringLiteral("<script>alert(1)</script> & \"quotes\""));
    const QString html = PostmortemHtml::render(draft);
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;")));
    QVERIFY(html.contains(QStringLiteral("EU region &lt;eu-west-1&gt; &amp; eu-central-1")));
}

void TestPostmortemHtml::hasSemanticStructure()
{
    const PostmortemFixture fixture;
    const QString html = PostmortemHtml::render(PostmortemFixture::draft());
    QCOMPARE(html.count(QStringLiteral("<h1>")), 1);
    QStringList headings;
    const QRegularExpression h2(QStringLiteral("<h2>([^<]+)</h2>"));
    for (auto it = h2.globalMatch(html); it.hasNext();)
        headings << it.next().captured(1);
    QCOMPARE(headings,
        (QStringList {QStringLiteral("Summary"), QStringLiteral("Impact"), QStringLiteral("Metrics"),
            QStringLiteral("Timeline"), QStringLiteral("Runbooks as executed"),
            QStringLiteral("Chat updates sent"), QStringLiteral("Contributing factors"),
            QStringLiteral("What went well"), QStringLiteral("What was hard"),
            QStringLiteral("Follow-up actions"), QStringLiteral("Language check")}));
    QCOMPARE(html.count(QStringLiteral("<section")), headings.size());
    QCOMPARE(html.count(QStringLiteral("<table")), html.count(QStringLiteral("</table>")));
    QVERIFY(html.contains(QStringLiteral("<th scope=\"col\">Definition</th>")));
    QVERIFY(html.contains(QStringLiteral("<del>Support saw 1,200 failed payments | most retried.</del>")));
}

void TestPostmortemHtml::writtenTextKeepsItsParagraphsAndLists()
{
    QCOMPARE(PostmortemHtml::paragraphs(QStringLiteral("One\ntwo\n\n- a\n- b <c>")),
        QStringLiteral("<p>One<br>two</p>\n<ul><li>a</li><li>b &lt;c&gt;</li></ul>"));
}

void TestPostmortemHtml::richTextFlavorIsAFragmentQtCanRender()
{
    const PostmortemFixture fixture;
    const QString html = PostmortemHtml::render(PostmortemFixture::draft(), PostmortemHtml::Flavor::RichText);
    QVERIFY(!html.contains(QStringLiteral("<section")));
    QVERIFY(!html.contains(QStringLiteral("<!DOCTYPE")));
    QVERIFY(html.contains(QStringLiteral("cellpadding=\"4\"")));
    const QString generated = PostmortemHtml::renderGenerated(PostmortemFixture::draft());
    QVERIFY(generated.contains(QStringLiteral("<h2>Metrics</h2>")));
    QVERIFY(!generated.contains(QStringLiteral("<h2>Summary</h2>")));
    QVERIFY(!generated.contains(QStringLiteral("<h2>Contributing factors</h2>")));
}

QTEST_GUILESS_MAIN(TestPostmortemHtml)
#include "testpostmortemhtml.moc"
