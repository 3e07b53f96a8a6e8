// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "postmortemeditor.h"
#include "postmortempdf.h"
#include "postmortemstorage.h"
#include "postmortemtextedit.h"
#include "session.h"
#include "sqlitestore.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QProcess>
#include <QScreen>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "../darkpalette.h"

#include <memory>

using namespace Warroom;
using Section = PostmortemDraft::Section;

/// Grabs the postmortem editor with the demo incident in a light and a dark palette (both tabs), and the
/// first page of its PDF, as PNGs in the test's working folder (the build folder) for people to look at; and
/// checks that the editor fits a 1280×800 screen.
class TestPostmortemScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void grab_data();
    void grab();
    void pdfFirstPage();

private:
    static void save(QWidget *widget, const QString &name);
    void fill(PostmortemEditor *editor) const;

    std::unique_ptr<ManualClock> m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    QString m_demo;
    QPalette m_light;
};

void TestPostmortemScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_light = QApplication::style()->standardPalette();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 21), QTime(15, 0), Qt::UTC));
    Clock::setInstance(m_clock.get());
    Error error;
    auto store = SqliteStore::open(m_dir.filePath(QStringLiteral("warroom.sqlite")), &error);
    QVERIFY2(store, qPrintable(error.message));
    m_session = std::make_unique<Session>(std::move(store), QStringLiteral("priya"));
    QVERIFY(m_session->load(&error));
    m_demo = m_session->addDemoIncident(&error);
    QVERIFY2(!m_demo.isEmpty(), qPrintable(error.message));
    QVERIFY(m_session->submit(
        m_session->events().setStatus(m_demo, Status::Resolved, QStringLiteral("orders replayed")), &error));
}

void TestPostmortemScreenshots::cleanupTestCase()
{
    QApplication::setPalette(m_light);
    QFile::remove(PostmortemStorage::pathFor(m_demo));
    m_session.reset();
    Clock::setInstance(nullptr);
}

void TestPostmortemScreenshots::save(QWidget *widget, const QString &name)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QString path = QDir::current().filePath(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo().noquote() << "wrote" << path;
}

void TestPostmortemScreenshots::fill(PostmortemEditor *editor) const
{
    editor->sectionEdit(Section::Summary)
        ->setPlainText(
            QStringLiteral("The 14:05 release ran migration 0142, which turned the metadata of some orders "
                           "into JSON strings. For 50 minutes a third of customers could not see their "
                           "order history. We restored the column from the 13:00 backup."));
    editor->sectionEdit(Section::Impact)
        ->setPlainText(
            QStringLiteral("- About 31% of GET /orders requests failed (peak 34%)\n- No orders were lost"));
    editor->sectionEdit(Section::Factors)
        ->setPlainText(
            QStringLiteral("The migration was never run on a copy of production data. Marco should have "
                           "tested it on a snapshot.\n\nThe error-rate alert watches the whole API, so "
                           "one failing endpoint stayed under its line."));
    editor->sectionEdit(Section::WentWell)
        ->setPlainText(
            QStringLiteral("The restore runbook held, and the approval gate made us pause before the swap."));
}

void TestPostmortemScreenshots::grab_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestPostmortemScreenshots::grab()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? Testing::darkPalette() : m_light);
    const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");

    PostmortemEditor editor(m_session.get(), m_demo);
    fill(&editor);
    // The check runs shortly after typing stops: wait for the underline, not only for the list.
    const auto underlined = [&editor] {
        const QList<QTextEdit::ExtraSelection> selections
            = editor.sectionEdit(Section::Factors)->extraSelections();
        return selections.size() == 2
            && selections.first().cursor.selectedText() == QLatin1String("should have");
    };
    QTRY_VERIFY(underlined());
    QCOMPARE(editor.blamelessList()->count(), 1);
    QVERIFY2(editor.minimumSizeHint().width() <= 1200 && editor.minimumSizeHint().height() <= 720,
        qPrintable(QStringLiteral("%1×%2")
                       .arg(editor.minimumSizeHint().width())
                       .arg(editor.minimumSizeHint().height())));
    editor.resize(1120, 760);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.blamelessList()->setCurrentRow(0);
    save(&editor, QStringLiteral("postmortemeditor") + suffix);
    editor.tabs()->setCurrentIndex(1);
    save(&editor, QStringLiteral("postmortemeditor-generated") + suffix);
    editor.close();
}

void TestPostmortemScreenshots::pdfFirstPage()
{
    PostmortemEditor editor(m_session.get(), m_demo);
    fill(&editor);
    editor.regenerate();
    const QString path = QDir::current().filePath(QStringLiteral("postmortem-demo.pdf"));
    Error error;
    QVERIFY2(PostmortemPdf::write(editor.draft(), path, &error), qPrintable(error.message));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed");
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), path,
            QDir::current().filePath(QStringLiteral("postmortem-demo"))});
    QVERIFY(pdftoppm.waitForFinished(60000));
    QCOMPARE(pdftoppm.exitCode(), 0);
    qInfo().noquote() << "wrote" << QDir::current().filePath(QStringLiteral("postmortem-demo-1.png"));
}

QTEST_MAIN(TestPostmortemScreenshots)
#include "testpostmortemscreenshots.moc"
