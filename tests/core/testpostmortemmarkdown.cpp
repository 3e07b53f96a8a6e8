// SPDX-License-Identifier: GPL-3.0-or-later
#include "postmortemfixture.h"
#include "postmortemmarkdown.h"

#include <QTest>

using namespace Warroom;

/// The Markdown export against a golden file (tests/data/postmortem/postmortem.md; WARROOM_UPDATE_GOLDEN=1
/// rewrites it after a deliberate change, to be reviewed in the diff).
class TestPostmortemMarkdown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesTheGoldenFile();
    void firstDraftSaysWhatIsMissing();
    void escapesGeneratedText();
    void tableCellsStayOnOneLine();
};

void TestPostmortemMarkdown::matchesTheGoldenFile()
{
    const PostmortemFixture fixture;
    QVERIFY(PostmortemFixture::matchesGolden(
        PostmortemMarkdown::render(PostmortemFixture::draft()), QStringLiteral("postmortem.md")));
}

void TestPostmortemMarkdown::firstDraftSaysWhatIsMissing()
{
    const PostmortemFixture fixture;
    const QString md = PostmortemMarkdown::render(PostmortemDraft::generate(PostmortemFixture::state()));
    QVERIFY(md.startsWith(QStringLiteral("# Postmortem: Checkout returns 502 for EU customers\n")));
    QCOMPARE(md.count(QStringLiteral("_Not written yet._")), 5);
    QVERIFY(!md.contains(QStringLiteral("## Language check"))); // not checked yet
    QVERIFY(
        md.contains(QStringLiteral("| Time to detect | 9m 00s | 21:31 impact started → 21:40 declared |")));
    QVERIFY(md.endsWith(QStringLiteral("|\n")));
}

void TestPostmortemMarkdown::escapesGeneratedText()
{
    QCOMPARE(PostmortemMarkdown::escape(QStringLiteral("a *b* _c_ [d](e) <f> `g` h|i ~j~ \\")),
        QStringLiteral("a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\`g\\` h\\|i \\~j\\~ \\\\"));
    const PostmortemFixture fixture;
    const QString md = PostmortemMarkdown::render(PostmortemFixture::draft());
    QVERIFY(md.contains(QStringLiteral("hot-patch the \\*bundle\\* in place")));
    QVERIFY(md.contains(QStringLiteral("deploy\\_freeze posted")));
    QVERIFY(md.contains(QStringLiteral("1,200 failed payments \\| most retried")));
}

void TestPostmortemMarkdown::tableCellsStayOnOneLine()
{
    QCOMPARE(
        PostmortemMarkdown::cell(QStringLiteral("one\ntwo\r\nthree")), QStringLiteral("one<br>two<br>three"));
    QCOMPARE(PostmortemMarkdown::cell(QString()), QStringLiteral(" "));
}

QTEST_GUILESS_MAIN(TestPostmortemMarkdown)
#include "testpostmortemmarkdown.moc"
