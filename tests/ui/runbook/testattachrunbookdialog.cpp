// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachrunbookdialog.h"
#include "messagebox.h"

#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Warroom;

namespace {
const QByteArray GoodRunbook = R"(# Rotate a leaked secret
Use when a credential shows up where it should not.

- [ ] Revoke the leaked key {#revoke gate=approval rollback=restore}
- [ ] Issue a new key and deploy it {#issue gate=evidence}
- [ ] Put the old key back if the deploy fails {#restore}
)";

// Line 4 has a gate that does not exist.
const QByteArray BrokenRunbook = R"(# Broken

- [ ] A fine step
- [ ] A step with a typo {gate=aproval}
)";
} // namespace

class TestAttachRunbookDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsBuiltInRunbooksWithAPreview();
    void brokenUserFileIsListedWithItsError();
    void importOfABrokenFileNamesTheLine();
    void importCopiesIntoTheUserFolder();
    void importAsksBeforeReplacing();
    void attachOnlyAsks();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    [[nodiscard]] QListWidget *list() const
    {
        return m_dialog->findChild<QListWidget *>(QStringLiteral("runbookListWidget"));
    }
    [[nodiscard]] QTextBrowser *preview() const
    {
        return m_dialog->findChild<QTextBrowser *>(QStringLiteral("runbookPreview"));
    }
    [[nodiscard]] QPushButton *attachButton() const
    {
        return m_dialog->findChild<QPushButton *>(QStringLiteral("attachButton"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AttachRunbookDialog> m_dialog;
};

void TestAttachRunbookDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAttachRunbookDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QDir(AttachRunbookDialog::userFolder()).removeRecursively();
    MessageBox::setRecordWarnings(true);
    m_dialog = std::make_unique<AttachRunbookDialog>();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestAttachRunbookDialog::cleanup()
{
    m_dialog.reset();
    m_dir.reset();
    QDir(AttachRunbookDialog::userFolder()).removeRecursively();
    MessageBox::setRecordWarnings(false);
}

QString TestAttachRunbookDialog::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

void TestAttachRunbookDialog::listsBuiltInRunbooksWithAPreview()
{
    QCOMPARE(m_dialog->objectName(), QStringLiteral("attachRunbookDialog"));
    QVERIFY(AttachRunbookDialog::userFolder().endsWith(QStringLiteral("/runbooks")));
    QVERIFY(list()->count() >= 4);
    QVERIFY(m_dialog->currentEntry()); // something is selected from the start
    QVERIFY(m_dialog->selectEntry(QStringLiteral("restore-database-backup")));
    const QString item = list()->currentItem()->text();
    QVERIFY(item.startsWith(QStringLiteral("Restore a database from backup\nSteps: 13 · built in")));
    QVERIFY(list()
                ->currentItem()
                ->data(Qt::AccessibleTextRole)
                .toString()
                .contains(QStringLiteral("Commander's go: 2 · Evidence: 3")));
    const QString text = preview()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Restore a database from backup")));
    QVERIFY(text.contains(QStringLiteral("A restore is slow and hard to undo"))); // the description
    QVERIFY(text.contains(QStringLiteral("Prepare"))); // sections
    QVERIFY(text.contains(QStringLiteral("Needs commander's go")));
    QVERIFY(text.contains(QStringLiteral("Needs evidence")));
    QVERIFY(text.contains(QStringLiteral("Rollback: Switch back to the damaged database")));
    QVERIFY(attachButton()->isEnabled());
    QVERIFY(!m_dialog->selectEntry(QStringLiteral("no-such-runbook")));
}

void TestAttachRunbookDialog::brokenUserFileIsListedWithItsError()
{
    QVERIFY(QDir().mkpath(AttachRunbookDialog::userFolder()));
    QFile file(QDir(AttachRunbookDialog::userFolder()).filePath(QStringLiteral("broken.md")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(BrokenRunbook);
    file.close();
    m_dialog->reload();

    QVERIFY(m_dialog->selectEntry(QStringLiteral("broken")));
    QListWidgetItem *item = list()->currentItem();
    QVERIFY(item->text().startsWith(QStringLiteral("broken.md\n")));
    QVERIFY(item->text().contains(QStringLiteral("line 4")));
    QVERIFY(item->toolTip().contains(QStringLiteral("unknown gate")));
    QVERIFY(item->foreground().color() != list()->palette().color(QPalette::Text)); // greyed
    QVERIFY(!attachButton()->isEnabled());
    QVERIFY(preview()->toPlainText().contains(QStringLiteral("cannot be attached")));
    QVERIFY(preview()->toPlainText().contains(QStringLiteral("line 4")));
    // Attaching it anyway (Enter on the item) does nothing.
    QSignalSpy requested(m_dialog.get(), &AttachRunbookDialog::attachRequested);
    QTest::keyClick(list(), Qt::Key_Return);
    QCOMPARE(requested.size(), 0);
}

void TestAttachRunbookDialog::importOfABrokenFileNamesTheLine()
{
    const QString path = writeFile(QStringLiteral("broken.md"), BrokenRunbook);
    QVERIFY(!path.isEmpty());
    const int before = list()->count();
    QVERIFY(!m_dialog->importFile(path));
    QVERIFY(MessageBox::lastWarning().contains(QStringLiteral("broken.md")));
    QVERIFY(MessageBox::lastWarning().contains(QStringLiteral("line 4")));
    QVERIFY(MessageBox::lastWarning().contains(QStringLiteral("aproval")));
    QVERIFY(!QFile::exists(QDir(AttachRunbookDialog::userFolder()).filePath(QStringLiteral("broken.md"))));
    QCOMPARE(list()->count(), before);
}

void TestAttachRunbookDialog::importCopiesIntoTheUserFolder()
{
    const QString path = writeFile(QStringLiteral("rotate-secret.md"), GoodRunbook);
    const int before = list()->count();
    QVERIFY(m_dialog->importFile(path));
    QVERIFY(MessageBox::lastWarning().isEmpty());
    QVERIFY(
        QFile::exists(QDir(AttachRunbookDialog::userFolder()).filePath(QStringLiteral("rotate-secret.md"))));
    QCOMPARE(list()->count(), before + 1);
    QVERIFY(m_dialog->currentEntry());
    QCOMPARE(m_dialog->currentEntry()->key, QStringLiteral("rotate-secret"));
    QVERIFY(list()->currentItem()->text().contains(QStringLiteral("your folder")));
    QVERIFY(preview()->toPlainText().contains(QStringLiteral("Revoke the leaked key")));
    QVERIFY(attachButton()->isEnabled());

    // A reopened dialog finds it in the folder.
    AttachRunbookDialog again;
    QVERIFY(again.selectEntry(QStringLiteral("rotate-secret")));
}

void TestAttachRunbookDialog::importAsksBeforeReplacing()
{
    const QString path = writeFile(QStringLiteral("rotate-secret.md"), GoodRunbook);
    QVERIFY(m_dialog->importFile(path));
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!m_dialog->importFile(path));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_dialog->importFile(path));
}

void TestAttachRunbookDialog::attachOnlyAsks()
{
    QVERIFY(m_dialog->selectEntry(QStringLiteral("rollback-bad-deploy")));
    QSignalSpy requested(m_dialog.get(), &AttachRunbookDialog::attachRequested);
    QTest::mouseClick(attachButton(), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    const auto runbook = requested.at(0).at(0).value<RunbookTemplate>();
    QCOMPARE(runbook.name, m_dialog->currentEntry()->runbook.name);
    QCOMPARE(runbook.steps.size(), m_dialog->currentEntry()->runbook.steps.size());
    // The receiver decides whether it worked: the dialog is still open.
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), 0);
}

QTEST_MAIN(TestAttachRunbookDialog)
#include "testattachrunbookdialog.moc"
