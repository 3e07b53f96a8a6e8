// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardwidget.h"
#include "clock.h"
#include "filechooser.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "postmortemactions.h"
#include "postmortemeditor.h"
#include "postmortemstorage.h"
#include "postmortemtextedit.h"
#include "session.h"
#include "sqlitestore.h"

#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Warroom;
using Section = PostmortemDraft::Section;

/// The postmortem editor, opened the way a facilitator does: the demo incident selected in the main window,
/// Incident → Write Postmortem… (Ctrl+Shift+P).
class TestPostmortemEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensThroughTheRealAction();
    void blamingSentenceGetsASuggestion();
    void exportsMarkdownWithMetricsAndTheSummary();
    void exportsPdfAndHtml();
    void writtenTextIsSavedAndComesBack();
    void regenerateBringsNewEntries();
    void suggestionListLeadsToTheWords();

private:
    PostmortemEditor *openEditor();

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_demo;
};

void TestPostmortemEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPostmortemEditor::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 21), QTime(15, 0), Qt::UTC));
    Clock::setInstance(m_clock.get());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Error error;
    auto store = SqliteStore::open(m_dir->filePath(QStringLiteral("warroom.sqlite")), &error);
    QVERIFY2(store, qPrintable(error.message));
    m_session = std::make_unique<Session>(std::move(store), QStringLiteral("tester"));
    QVERIFY(m_session->load(&error));
    m_window
        = std::make_unique<MainWindow>(m_session.get(), m_dir->filePath(QStringLiteral("warroom.sqlite")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->addDemoIncident();
    m_demo = m_session->projection().incidentIds().value(0);
    QVERIFY(!m_demo.isEmpty());
}

void TestPostmortemEditor::cleanup()
{
    QFile::remove(PostmortemStorage::pathFor(m_demo));
    m_window.reset();
    m_session.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
    m_clock.reset();
    MessageBox::setRecordWarnings(false);
}

PostmortemEditor *TestPostmortemEditor::openEditor()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("postmortemAction"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto *editor = m_window->findChild<PostmortemEditor *>(QStringLiteral("postmortemEditor"));
    if (editor && !QTest::qWaitForWindowExposed(editor))
        return nullptr;
    return editor;
}

void TestPostmortemEditor::opensThroughTheRealAction()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("postmortemAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    PostmortemEditor *editor = openEditor();
    QVERIFY(editor);
    QCOMPARE(editor->incident(), m_demo);
    QVERIFY(editor->isWindow());
    QVERIFY(editor->windowTitle().contains(QStringLiteral("Order history returns 500")));
    for (const char *name : {"summaryEdit", "impactEdit", "factorsEdit", "wentWellEdit", "hardEdit"}) {
        auto *edit = editor->findChild<PostmortemTextEdit *>(QLatin1String(name));
        QVERIFY2(edit, name);
        QVERIFY(edit->toPlainText().isEmpty());
        QVERIFY(!edit->placeholderText().isEmpty());
    }
    // The generated sections, read-only, with the metrics and their definitions.
    auto *generated = editor->findChild<QTextBrowser *>(QStringLiteral("generatedView"));
    QVERIFY(generated && generated->isReadOnly());
    const QString text = generated->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Time to detect")));
    QVERIFY(text.contains(QStringLiteral("declared − impact started")));
    QVERIFY(text.contains(QStringLiteral("Restore a database from backup")));
    // Follow-ups from the incident's actions.
    auto *followUps = editor->findChild<QListWidget *>(QStringLiteral("followUpsList"));
    QVERIFY(followUps);
    QCOMPARE(followUps->count(), 2);
    QVERIFY(followUps->item(0)->text().contains(QStringLiteral("dry run")));

    // The same incident again: the same window.
    action->trigger();
    QCOMPARE(m_window->findChildren<PostmortemEditor *>().size(), 1);
}

void TestPostmortemEditor::blamingSentenceGetsASuggestion()
{
    PostmortemEditor *editor = openEditor();
    QVERIFY(editor);
    auto *factors = editor->findChild<PostmortemTextEdit *>(QStringLiteral("factorsEdit"));
    auto *list = editor->findChild<QListWidget *>(QStringLiteral("blamelessList"));
    QVERIFY(factors && list);
    QCOMPARE(list->count(), 0);

    factors->setFocus();
    QTest::keyClicks(
        factors, QStringLiteral("The migration ran on production first. Marco should have tested it."));
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Marco should have tested it.")));
    QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("Blameless wording")));
    QCOMPARE(factors->findings().size(), 1);
    QCOMPARE(factors->findings().first().person, QStringLiteral("Marco"));
    QCOMPARE(factors->extraSelections().size(), 2); // the phrase underlined, the name tinted
    QCOMPARE(factors->extraSelections().first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
    const int at = factors->toPlainText().indexOf(QStringLiteral("should"));
    QVERIFY(factors->findingAt(at + 2));
    QVERIFY(!factors->findingAt(3));

    // Rewording it takes the suggestion away.
    QTextCursor cursor = factors->textCursor();
    cursor.movePosition(QTextCursor::End);
    cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
    factors->setTextCursor(cursor);
    QTest::keyClicks(factors, QStringLiteral("Nothing tested the migration on a copy of production."));
    QTRY_COMPARE(list->count(), 0);
    QVERIFY(factors->extraSelections().isEmpty());
}

void TestPostmortemEditor::exportsMarkdownWithMetricsAndTheSummary()
{
    PostmortemEditor *editor = openEditor();
    QVERIFY(editor);
    auto *summary = editor->findChild<PostmortemTextEdit *>(QStringLiteral("summaryEdit"));
    summary->setFocus();
    QTest::keyClicks(
        summary, QStringLiteral("A migration turned order metadata into strings; we restored it."));

    const QString path = m_dir->filePath(QStringLiteral("postmortem.md"));
    QSignalSpy exported(editor, &PostmortemEditor::exported);
    FileChooser::setNextPath(path);
    auto *button = editor->findChild<QPushButton *>(QStringLiteral("exportMarkdownButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(editor->findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog")));
    if (editor->currentExport())
        QVERIFY(!button->isEnabled()); // one export at a time
    QTRY_COMPARE(exported.count(), 1);
    QCOMPARE(exported.first().first().toString(), path);
    QVERIFY(button->isEnabled());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(file.readAll());
    QVERIFY(
        md.startsWith(QStringLiteral("# Postmortem: Order history returns 500 for a third of customers")));
    QVERIFY(md.contains(QStringLiteral("A migration turned order metadata into strings; we restored it.")));
    QVERIFY(md.contains(QStringLiteral("| Time to detect | 9m 00s |")));
    QVERIFY(md.contains(QStringLiteral("| Time to acknowledge | 3m 00s |")));
    QVERIFY(md.contains(QStringLiteral("| Time to mitigate |")));
    QVERIFY(md.contains(QStringLiteral("Decision: restore orders.metadata")));
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("statusLabel"))
                ->text()
                .contains(QStringLiteral("postmortem.md")));
}

void TestPostmortemEditor::exportsPdfAndHtml()
{
    PostmortemEditor *editor = openEditor();
    QVERIFY(editor);
    QSignalSpy exported(editor, &PostmortemEditor::exported);
    const QString pdf = m_dir->filePath(QStringLiteral("postmortem.pdf"));
    FileChooser::setNextPath(pdf);
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("exportPdfButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    const QString html = m_dir->filePath(QStringLiteral("postmortem.html"));
    FileChooser::setNextPath(html);
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("exportHtmlButton")), Qt::LeftButton);
    QTRY_COMPARE(exported.count(), 2);
    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    QVERIFY(page.readAll().contains("<h2>Metrics</h2>"));

    // A cancelled file dialog exports nothing.
    FileChooser::setNextPath(std::nullopt);
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("exportHtmlButton")), Qt::LeftButton);
    QVERIFY(!editor->currentExport());

    // A file that cannot be written: a warning that says why.
    MessageBox::setRecordWarnings(true);
    QSignalSpy failed(editor, &PostmortemEditor::exportFailed);
    FileChooser::setNextPath(m_dir->filePath(QStringLiteral("missing/folder/x.md")));
    QTest::mouseClick(
        editor->findChild<QPushButton *>(QStringLiteral("exportMarkdownButton")), Qt::LeftButton);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(MessageBox::lastWarning().contains(QStringLiteral("missing/folder")));
}

void TestPostmortemEditor::writtenTextIsSavedAndComesBack()
{
    PostmortemEditor *editor = openEditor();
    QVERIFY(editor);
    QSignalSpy saved(editor, &PostmortemEditor::saved);
    auto *impact = editor->findChild<PostmortemTextEdit *>(QStringLiteral("impactEdit"));
    impact->setFocus();
    QTest::keyClicks(impact, QStringLiteral("About a third of customers saw errors for 50 minutes."));
    auto *title = editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("Orders metadata migration"));
    QTRY_VERIFY(saved.count() >= 1);
    const QString path = PostmortemStorage::pathFor(m_demo);
    QCOMPARE(saved.last().first().toString(), path);
    QVERIFY(path.contains(QStringLiteral("/postmortems/")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("impact")).toString(),
        QStringLiteral("About a third of customers saw errors for 50 minutes."));
    QCOMPARE(json.value(QStringLiteral("title")).toString(), QStringLiteral("Orders metadata migration"));
    file.close();

    // Typing and closing at once: nothing is lost.
    auto *hard = editor->findChild<PostmortemTextEdit *>(QStringLiteral("hardEdit"));
    hard->setFocus();
    QTest::keyClicks(hard, QStringLiteral("Finding the restore point took long."));
    editor->close();
    QTRY_VERIFY(!m_window->findChild<PostmortemEditor *>(QStringLiteral("postmortemEditor")));

    editor = openEditor();
    QVERIFY(editor);
    QCOMPARE(editor->findChild<PostmortemTextEdit *>(QStringLiteral("impactEdit"))->toPlainText(),
        QStringLiteral("About a third of customers saw errors for 50 minutes."));
    QCOMPARE(editor->findChild<PostmortemTextEdit *>(QStringLiteral("hardEdit"))->toPlainText(),
        QStringLiteral("Finding the restore point took long."));
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(),
        QStringLiteral("Orders metadata migration"));
    QCOMPARE(editor->draft().text(Section::Title), QStringLiteral("Orders metadata migration"));
}

void TestPostmortemEditor::regenerateBringsNewEntries()
{
    PostmortemEditor *editor = openEditor();
    QVERIFY(editor);
    auto *summary = editor->findChild<PostmortemTextEdit *>(QStringLiteral("summaryEdit"));
    summary->setPlainText(QStringLiteral("Kept across a regeneration."));
    auto *stale = editor->findChild<QLabel *>(QStringLiteral("staleLabel"));
    auto *generated = editor->findChild<QTextBrowser *>(QStringLiteral("generatedView"));
    QVERIFY(stale && generated);
    editor->tabs()->setCurrentIndex(1);
    QVERIFY(!stale->isVisible());

    Error error;
    const Event status
        = m_session->events().setStatus(m_demo, Status::Resolved, QStringLiteral("orders replayed"));
    QVERIFY2(m_session->submit(status, &error), qPrintable(error.message));
    QTRY_VERIFY(stale->isVisible());
    QVERIFY(!generated->toPlainText().contains(QStringLiteral("Status: resolved")));

    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("regenerateButton")), Qt::LeftButton);
    QVERIFY(!stale->isVisible());
    QVERIFY(generated->toPlainText().contains(QStringLiteral("Status: resolved — orders replayed")));
    QCOMPARE(editor->draft().status(), Status::Resolved);
    QCOMPARE(summary->toPlainText(), QStringLiteral("Kept across a regeneration."));
    QCOMPARE(editor->draft().text(Section::Summary), QStringLiteral("Kept across a regeneration."));
}

void TestPostmortemEditor::suggestionListLeadsToTheWords()
{
    // A blaming note in the timeline is listed too; one in a section takes you to its words.
    Error error;
    QVERIFY(m_session->submit(
        m_session->events().addNote(m_demo, QStringLiteral("Lena was careless with the restore point.")),
        &error));
    PostmortemEditor *editor = openEditor();
    QVERIFY(editor);
    auto *list = editor->blamelessList();
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Lena was careless")));

    auto *hard = editor->sectionEdit(Section::Hard);
    hard->setPlainText(
        QStringLiteral("Some context first.\nIt was Priya's fault that nobody knew the restore point."));
    QTRY_COMPARE(list->count(), 2);
    list->setCurrentRow(0); // sections come before timeline notes
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("blamelessDetails"))
                ->text()
                .contains(QStringLiteral("fault")));
    editor->tabs()->setCurrentIndex(1);
    Q_EMIT list->itemActivated(list->item(0));
    QCOMPARE(editor->tabs()->currentIndex(), 0);
    QCOMPARE(hard->textCursor().selectedText(), QStringLiteral("fault"));
}

QTEST_MAIN(TestPostmortemEditor)
#include "testpostmortemeditor.moc"
