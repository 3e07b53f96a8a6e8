// SPDX-License-Identifier: GPL-3.0-or-later
#include "postmortemexport.h"
#include "postmortemfixture.h"
#include "postmortempdf.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Warroom;

/// The PDF export: a real PDF with pages, whose text (read back by pdftotext from poppler-utils) holds the
/// title, the metrics and the timeline; written in steps so the UI keeps running; never half-written.
class TestPostmortemPdf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesAPdfWithTheDraftInIt();
    void longExportRunsPageByPageWithProgress();
    void cancelLeavesThePreviousFile();
    void unwritablePathIsAnError();

private:
    static QString run(const QString &program, const QStringList &arguments);
    /// A draft with @p extra more pinned notes in its timeline, for a long document.
    static PostmortemDraft longDraft(int extra);

    QTemporaryDir m_dir;
};

void TestPostmortemPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestPostmortemPdf::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << program << arguments << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

PostmortemDraft TestPostmortemPdf::longDraft(int extra)
{
    IncidentState state = PostmortemFixture::state();
    const EventFactory lena(QStringLiteral("lena"));
    for (int i = 0; i < extra; ++i) {
        Event note = lena.addNote(PostmortemFixture::incident(),
            QStringLiteral("Observation %1: error rate in region %2 still above the line, retries climbing.")
                .arg(i + 1)
                .arg(i % 7),
            NoteKind::Observation, PostmortemFixture::start().addSecs(3000 + i));
        state.apply(note);
        state.apply(lena.pinNote(PostmortemFixture::incident(), note.id, true));
    }
    return PostmortemDraft::generate(state, PostmortemFixture::start().addSecs(7200));
}

void TestPostmortemPdf::writesAPdfWithTheDraftInIt()
{
    const PostmortemFixture fixture;
    const QString path = m_dir.filePath(QStringLiteral("postmortem.pdf"));
    Error error;
    QVERIFY2(PostmortemPdf::write(PostmortemFixture::draft(), path, &error), qPrintable(error.message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 10000);

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: scripts/install-deps.sh test");
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const int pageCount = pages.match(info).captured(1).toInt();
    QVERIFY2(pageCount >= 2, qPrintable(info));
    QVERIFY2(
        info.contains(QStringLiteral("Postmortem: Checkout returns 502 for EU customers")), qPrintable(info));

    // -layout keeps table rows on one line; the text is what a reader of the PDF sees.
    const QString text
        = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(text.contains(QStringLiteral("Postmortem: Checkout returns 502 for EU customers")));
    for (const char *needle : {"Time to detect", "9m 00s", "Time to acknowledge", "3m 00s",
             "Time to mitigate", "35m 00s", "Time to resolve", "54m 00s", "declared − impact started"})
        QVERIFY2(text.contains(QString::fromUtf8(needle)), needle);
    // The foot of the first page ("1 / 3"; pdftotext may close up the spaces).
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\b1\\s*/\\s*%1\\b").arg(pageCount))));

    // A timeline entry, the runbook as executed, what people wrote: sentences that a table cell may wrap
    // anywhere, so read in the order they were drawn and compared without white space.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QString flow
        = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}).remove(space);
    for (const char *needle : {"Decision, pinned",
             "Roll back payments-gw to 2026.11.3 rather than hot-patch the *bundle* in place.",
             "Status: identified — Expired intermediate certificate in payments-gw",
             "why: The CDN serves no checkout pages", "rolled back by marco at 21:57",
             "For 45 minutes EU customers could not pay", "EU region <eu-west-1> & eu-central-1"})
        QVERIFY2(flow.contains(QString::fromUtf8(needle).remove(space)), needle);

    // The first page as a picture, for people to look at (in the test's working folder).
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
        const QString prefix = QDir::current().filePath(QStringLiteral("postmortem-pdf"));
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("2"), path, prefix});
        qInfo().noquote() << "wrote" << prefix + QStringLiteral("-1.png");
    }
}

void TestPostmortemPdf::longExportRunsPageByPageWithProgress()
{
    const PostmortemFixture fixture;
    const PostmortemDraft draft = longDraft(400);
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    PostmortemExport job(draft, PostmortemExport::Format::Pdf, path);
    QSignalSpy progress(&job, &PostmortemExport::progress);
    QSignalSpy finished(&job, &PostmortemExport::finished);

    // The event loop keeps turning while it works: a timer fires between pages.
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();
    job.start();
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(120000));
    ticker.stop();
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY2(finished.first().at(1).toString().isEmpty(), qPrintable(finished.first().at(1).toString()));

    const int total = progress.last().at(1).toInt();
    QVERIFY2(total > 10, qPrintable(QString::number(total))); // pages + the layout step
    QCOMPARE(progress.last().at(0).toInt(), total);
    QVERIFY(progress.count() >= total);
    QVERIFY2(ticks > total / 2, qPrintable(QString::number(ticks)));
    for (int i = 1; i < progress.count(); ++i)
        QVERIFY(progress.at(i).at(0).toInt() >= progress.at(i - 1).at(0).toInt());
    QVERIFY(QFileInfo(path).size() > 0);
}

void TestPostmortemPdf::cancelLeavesThePreviousFile()
{
    const PostmortemFixture fixture;
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    QFile previous(path);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("the previous export");
    previous.close();

    PostmortemExport job(longDraft(200), PostmortemExport::Format::Pdf, path);
    QSignalSpy finished(&job, &PostmortemExport::finished);
    connect(&job, &PostmortemExport::progress, &job, [&job](int done) {
        if (done >= 2)
            job.cancel();
    });
    job.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QVERIFY(previous.open(QIODevice::ReadOnly));
    QCOMPARE(previous.readAll(), QByteArray("the previous export"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files).size(), 1);
}

void TestPostmortemPdf::unwritablePathIsAnError()
{
    const PostmortemFixture fixture;
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/x.pdf"));
    Error error;
    QVERIFY(!PostmortemPdf::write(PostmortemFixture::draft(), path, &error));
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    PostmortemExport job(PostmortemFixture::draft(), PostmortemExport::Format::Markdown, path);
    QSignalSpy finished(&job, &PostmortemExport::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finished.first().at(1).toString().contains(path));
}

QTEST_MAIN(TestPostmortemPdf)
#include "testpostmortempdf.moc"
