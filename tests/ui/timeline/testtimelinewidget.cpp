// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "eventtypes.h"
#include "messagebox.h"
#include "presentation.h"
#include "session.h"
#include "sqlitestore.h"
#include "thumbnailcache.h"
#include "timelinedelegate.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "timelinepresentation.h"
#include "timelinewidget.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Warroom;

class TestTimelineWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void exposesActionsWithShortcuts();
    void quickEntryAddsADecision();
    void kindSelectorAppliesWithoutPrefix();
    void refusedEntryKeepsTheText();
    void storeFailureKeepsTheText();
    void pastedTerminalOutputKeepsLineBreaks();
    void fixedPitchFontIsFixedPitch();
    void retractKeepsEntryAndHistory();
    void editShowsHistory();
    void pinTogglesWithTheAction();
    void systemEntriesCannotBeEdited();
    void backdatedEntrySortsIntoPlace();
    void pastedImageBecomesAttachmentWithThumbnail();
    void pasteOnTheListAttachesToo();
    void droppedFileBecomesAttachment();
    void oversizeDropWarnsAndStoresNothing();
    void openAttachmentShowsFullImage();
    void filtersNarrowTheList();
    void datesAppearWhenSeveralDays();
    void retractedRowGrowsForTheReason();
    void narrowerWindowWrapsLongEntries();
    void emptyIncidentDisablesEntry();
    void draftStaysWithItsIncident();
    void screenshots();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *found = m_widget->findChild<T *>(name);
        if (!found)
            qWarning() << "no child" << name;
        return found;
    }
    [[nodiscard]] QPlainTextEdit *entryEdit() const
    {
        return child<QPlainTextEdit>(QStringLiteral("noteLineEdit"));
    }
    [[nodiscard]] QListView *view() const { return child<QListView>(QStringLiteral("timelineView")); }
    [[nodiscard]] const IncidentState &state() const { return *m_session->projection().incident(m_incident); }
    [[nodiscard]] const TimelineEntry &lastEntry() const { return state().timeline().constLast(); }
    void type(const QString &text);
    QString addNote(const QString &text, const QDateTime &at = {});
    [[nodiscard]] QModelIndex indexOf(const QString &entryId) const;
    [[nodiscard]] static QImage testImage(const QSize &size);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<TimelineWidget> m_widget;
    QString m_incident;
    QDateTime m_start;
};

void TestTimelineWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTimelineWidget::init()
{
    m_start = QDateTime(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC);
    m_clock = std::make_unique<ManualClock>(m_start);
    Clock::setInstance(m_clock.get());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Error error;
    auto store = SqliteStore::open(m_dir->filePath(QStringLiteral("timeline.sqlite")), &error);
    QVERIFY2(store, qPrintable(error.message));
    m_session = std::make_unique<Session>(std::move(store), QStringLiteral("alice"));
    QVERIFY2(m_session->load(&error), qPrintable(error.message));
    m_incident = m_session->declareIncident(QStringLiteral("Checkout down"), Severity::Sev1, {}, &error);
    QVERIFY2(!m_incident.isEmpty(), qPrintable(error.message));
    m_clock->advanceSecs(60);

    MessageBox::setRecordWarnings(true);
    m_widget = std::make_unique<TimelineWidget>(m_session.get());
    m_widget->setIncident(m_incident);
    m_widget->resize(900, 600);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestTimelineWidget::cleanup()
{
    m_widget.reset();
    m_session.reset();
    m_dir.reset();
    MessageBox::setRecordWarnings(false);
    Clock::setInstance(nullptr);
    m_clock.reset();
    QGuiApplication::clipboard()->clear();
}

void TestTimelineWidget::type(const QString &text)
{
    QPlainTextEdit *edit = entryEdit();
    edit->setFocus();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    // Entries at the same moment are ordered by id (random): keep "the last entry" the one just typed.
    m_clock->advanceSecs(60);
}

QString TestTimelineWidget::addNote(const QString &text, const QDateTime &at)
{
    const Event event = m_session->events().addNote(m_incident, text, NoteKind::Note, at);
    Error error;
    if (!m_session->submit(event, &error))
        qWarning() << error.message;
    m_clock->advanceSecs(60);
    return event.id;
}

QModelIndex TestTimelineWidget::indexOf(const QString &entryId) const
{
    const int row = m_widget->model()->rowOf(entryId);
    return m_widget->filterModel()->mapFromSource(m_widget->model()->index(row, 0));
}

QImage TestTimelineWidget::testImage(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x33, 0x66, 0x99));
    QPainter painter(&image);
    painter.fillRect(QRect(QPoint(0, 0), size / 2), QColor(0xee, 0x88, 0x22));
    painter.setPen(Qt::white);
    painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, QStringLiteral("502 Bad Gateway"));
    return image;
}

void TestTimelineWidget::exposesActionsWithShortcuts()
{
    QCOMPARE(m_widget->objectName(), QStringLiteral("timelineWidget"));
    QCOMPARE(m_widget->focusEntryAction()->objectName(), QStringLiteral("focusEntryAction"));
    QCOMPARE(m_widget->focusEntryAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QCOMPARE(m_widget->searchAction()->objectName(), QStringLiteral("searchAction"));
    QCOMPARE(m_widget->searchAction()->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(m_widget->pinAction()->objectName(), QStringLiteral("pinAction"));
    QCOMPARE(m_widget->pinAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    for (const QString &name :
        {QStringLiteral("noteLineEdit"), QStringLiteral("timelineView"), QStringLiteral("kindComboBox"),
            QStringLiteral("kindFilterComboBox"), QStringLiteral("personFilterComboBox"),
            QStringLiteral("timelineSearchLineEdit"), QStringLiteral("utcCheckBox"),
            QStringLiteral("backdateCheckBox"), QStringLiteral("backdateEdit")}) {
        auto *widget = child<QWidget>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
    }

    m_widget->focusEntryAction()->trigger();
    QTRY_VERIFY(entryEdit()->hasFocus());
    m_widget->searchAction()->trigger();
    QTRY_VERIFY(child<QLineEdit>(QStringLiteral("timelineSearchLineEdit"))->hasFocus());
}

void TestTimelineWidget::quickEntryAddsADecision()
{
    const int before = int(state().timeline().size());
    type(QStringLiteral("d: roll back now"));
    QCOMPARE(int(state().timeline().size()), before + 1);
    QCOMPARE(lastEntry().kind, NoteKind::Decision);
    QCOMPARE(lastEntry().text, QStringLiteral("roll back now"));
    QCOMPARE(lastEntry().actor, QStringLiteral("alice"));
    QCOMPARE(entryEdit()->toPlainText(), QString());
    QCOMPARE(view()->model()->rowCount(), before + 1);
    // The new entry is selected, so Ctrl+P right after pins it.
    QCOMPARE(m_widget->selectedEntryId(), lastEntry().id);
    QVERIFY(MessageBox::lastWarning().isEmpty());
}

void TestTimelineWidget::kindSelectorAppliesWithoutPrefix()
{
    auto *kind = child<QComboBox>(QStringLiteral("kindComboBox"));
    kind->setCurrentIndex(kind->findData(int(NoteKind::Observation)));
    type(QStringLiteral("p99 at 4 s on checkout"));
    QCOMPARE(lastEntry().kind, NoteKind::Observation);
    QCOMPARE(lastEntry().text, QStringLiteral("p99 at 4 s on checkout"));
    type(QStringLiteral("e: backup taken"));
    QCOMPARE(lastEntry().kind, NoteKind::Evidence);
}

void TestTimelineWidget::refusedEntryKeepsTheText()
{
    const int before = int(state().timeline().size());
    const QString tooLong = QStringLiteral("o: ") + QString(Limits::TextMax + 1, QLatin1Char('x'));
    entryEdit()->setPlainText(tooLong);
    entryEdit()->setFocus();
    QTest::keyClick(entryEdit(), Qt::Key_Return);
    QVERIFY(!MessageBox::lastWarning().isEmpty());
    QCOMPARE(entryEdit()->toPlainText(), tooLong);
    QCOMPARE(int(state().timeline().size()), before);
}

void TestTimelineWidget::storeFailureKeepsTheText()
{
    auto *store = dynamic_cast<SqliteStore *>(m_session->store());
    QVERIFY(store);
    Error error;
    QVERIFY2(
        store->execForTesting(QStringLiteral("PRAGMA query_only = ON"), &error), qPrintable(error.message));
    const int before = int(state().timeline().size());
    type(QStringLiteral("d: fail over to the replica"));
    QVERIFY(!MessageBox::lastWarning().isEmpty());
    QCOMPARE(entryEdit()->toPlainText(), QStringLiteral("d: fail over to the replica"));
    QCOMPARE(int(state().timeline().size()), before);

    // A refused edit typed into a dialog is not lost either: it goes to the clipboard, and the warning says
    // so.
    QVERIFY(store->execForTesting(QStringLiteral("PRAGMA query_only = OFF"), &error));
    const Event added = m_session->events().addNote(m_incident, QStringLiteral("db-1 is primary"));
    QVERIFY(m_session->submit(added, &error));
    m_clock->advanceSecs(60);
    QVERIFY(store->execForTesting(QStringLiteral("PRAGMA query_only = ON"), &error));
    QVERIFY(m_widget->selectEntry(added.id));
    MessageBox::setNextText(QStringLiteral("db-2 is primary"));
    m_widget->editAction()->trigger();
    QVERIFY(MessageBox::lastWarning().contains(QStringLiteral("clipboard")));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("db-2 is primary"));
    QCOMPARE(indexOf(added.id).data(TimelineModel::TextRole).toString(), QStringLiteral("db-1 is primary"));

    // Once the store takes writes again, Enter adds the very same text.
    QVERIFY(store->execForTesting(QStringLiteral("PRAGMA query_only = OFF"), &error));
    QTest::keyClick(entryEdit(), Qt::Key_Return);
    QCOMPARE(lastEntry().text, QStringLiteral("fail over to the replica"));
    QCOMPARE(entryEdit()->toPlainText(), QString());
}

void TestTimelineWidget::fixedPitchFontIsFixedPitch()
{
    // On machines where "monospace" resolves to a font fontconfig does not call fixed-pitch (Noto Sans Mono,
    // pulled in by ImageMagick), the platform's FixedFont is not; the packaged DejaVu Sans Mono is.
    const QFont font = Presentation::fixedPitchFont();
    QVERIFY2(QFontInfo(font).fixedPitch(), qPrintable(QFontInfo(font).family()));
    QCOMPARE(Presentation::fixedPitchFont(), font);
}

void TestTimelineWidget::pastedTerminalOutputKeepsLineBreaks()
{
    const QString output = QStringLiteral("$ kubectl get pods\nNAME     READY\n  api-1  1/1\n  api-2  0/1");
    QGuiApplication::clipboard()->setText(output);
    entryEdit()->setFocus();
    QTest::keyClicks(entryEdit(), QStringLiteral("e: "));
    QTest::keySequence(entryEdit(), QKeySequence::Paste);
    QCOMPARE(entryEdit()->toPlainText(), QStringLiteral("e: ") + output);
    // The widget's choice, whatever "monospace" means to fontconfig here (fixedPitchFontIsFixedPitch checks
    // it).
    QCOMPARE(entryEdit()->font(), Presentation::fixedPitchFont());
    QVERIFY(entryEdit()->height() > entryEdit()->fontMetrics().lineSpacing() * 3);

    QTest::keyClick(entryEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(entryEdit(), QStringLiteral("(one pod is down)"));
    QTest::keyClick(entryEdit(), Qt::Key_Return);
    QCOMPARE(lastEntry().kind, NoteKind::Evidence);
    QCOMPARE(lastEntry().text, output + QStringLiteral("\n(one pod is down)"));
    const QModelIndex index = indexOf(lastEntry().id);
    QVERIFY(index.data(TimelineModel::MonospaceRole).toBool());
    QVERIFY(entryEdit()->font() != Presentation::fixedPitchFont());
}

void TestTimelineWidget::retractKeepsEntryAndHistory()
{
    const QString id = addNote(QStringLiteral("cache looks cold"));
    Error error;
    QVERIFY(m_session->submit(
        m_session->events().editNote(m_incident, id, QStringLiteral("cache is cold")), &error));
    QVERIFY(m_widget->selectEntry(id));
    QVERIFY(m_widget->retractAction()->isEnabled());
    const int rows = view()->model()->rowCount();

    MessageBox::setNextText(QStringLiteral("wrong graph"));
    m_widget->retractAction()->trigger();

    QCOMPARE(view()->model()->rowCount(), rows);
    const QModelIndex index = indexOf(id);
    QVERIFY(index.isValid());
    QVERIFY(index.data(TimelineModel::RetractedRole).toBool());
    QCOMPARE(index.data(TimelineModel::RetractReasonRole).toString(), QStringLiteral("wrong graph"));
    QCOMPARE(index.data(TimelineModel::TextRole).toString(), QStringLiteral("cache is cold"));
    QCOMPARE(index.data(TimelineModel::HistoryRole).toStringList(),
        QStringList {QStringLiteral("cache looks cold")});
    // A retracted entry can no longer be edited or retracted, but it can still be pinned and read.
    QVERIFY(!m_widget->retractAction()->isEnabled());
    QVERIFY(!m_widget->editAction()->isEnabled());
    QVERIFY(m_widget->historyAction()->isEnabled());

    // Cancelling the question changes nothing.
    const QString other = addNote(QStringLiteral("keep me"));
    QVERIFY(m_widget->selectEntry(other));
    MessageBox::setNextText(std::nullopt);
    m_widget->retractAction()->trigger();
    QVERIFY(!indexOf(other).data(TimelineModel::RetractedRole).toBool());
}

void TestTimelineWidget::editShowsHistory()
{
    const QString id = addNote(QStringLiteral("db-1 is primary"));
    QVERIFY(m_widget->selectEntry(id));
    MessageBox::setNextText(QStringLiteral("db-2 is primary"));
    m_widget->editAction()->trigger();

    const QModelIndex index = indexOf(id);
    QCOMPARE(index.data(TimelineModel::TextRole).toString(), QStringLiteral("db-2 is primary"));
    QCOMPARE(index.data(TimelineModel::HistoryRole).toStringList(),
        QStringList {QStringLiteral("db-1 is primary")});
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("db-1 is primary")));

    m_widget->historyAction()->trigger();
    auto *dialog = m_widget->findChild<QDialog *>(QStringLiteral("historyDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *history = dialog->findChild<QTreeWidget *>(QStringLiteral("historyTreeWidget"));
    QVERIFY(history);
    QCOMPARE(history->topLevelItemCount(), 1);
    QCOMPARE(history->topLevelItem(0)->text(2), QStringLiteral("db-1 is primary"));
    QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("alice"));
    dialog->close();
}

void TestTimelineWidget::pinTogglesWithTheAction()
{
    const QString id = addNote(QStringLiteral("rollback started"));
    QVERIFY(m_widget->selectEntry(id));
    QCOMPARE(m_widget->pinAction()->text(), QStringLiteral("Pin entry"));
    view()->setFocus();
    QTest::keySequence(view(), QKeySequence(Qt::CTRL | Qt::Key_P));
    QVERIFY(indexOf(id).data(TimelineModel::PinnedRole).toBool());
    QCOMPARE(m_widget->pinAction()->text(), QStringLiteral("Unpin entry"));
    m_widget->pinAction()->trigger();
    QVERIFY(!indexOf(id).data(TimelineModel::PinnedRole).toBool());
}

void TestTimelineWidget::systemEntriesCannotBeEdited()
{
    QVERIFY(m_widget->selectEntry(state().timeline().constFirst().id));
    QVERIFY(!m_widget->editAction()->isEnabled());
    QVERIFY(!m_widget->retractAction()->isEnabled());
    QVERIFY(m_widget->pinAction()->isEnabled());
}

void TestTimelineWidget::backdatedEntrySortsIntoPlace()
{
    addNote(QStringLiteral("22:01 first")); // 22:01
    addNote(QStringLiteral("22:02 second")); // 22:02
    addNote(QStringLiteral("22:03 third")); // 22:03
    auto *check = child<QCheckBox>(QStringLiteral("backdateCheckBox"));
    auto *edit = child<QDateTimeEdit>(QStringLiteral("backdateEdit"));
    QVERIFY(!edit->isEnabled());
    check->setChecked(true);
    QVERIFY(edit->isEnabled());
    edit->setDateTime(m_start.addSecs(150).toLocalTime()); // 22:02:30
    type(QStringLiteral("o: error rate started climbing"));

    QCOMPARE(m_session->projection().incident(m_incident)->timeline().at(3).text,
        QStringLiteral("error rate started climbing"));
    QCOMPARE(view()->model()->index(3, 0).data(TimelineModel::TextRole).toString(),
        QStringLiteral("error rate started climbing"));
    QCOMPARE(view()->model()->index(3, 0).data(TimelineModel::AtRole).toDateTime(), m_start.addSecs(150));
    QCOMPARE(
        view()->model()->index(4, 0).data(TimelineModel::TextRole).toString(), QStringLiteral("22:03 third"));
    // Back to "now" for the next entry.
    QVERIFY(!check->isChecked());
    QCOMPARE(
        m_widget->selectedEntryId(), view()->model()->index(3, 0).data(TimelineModel::IdRole).toString());
}

void TestTimelineWidget::pastedImageBecomesAttachmentWithThumbnail()
{
    const int before = int(state().timeline().size());
    QGuiApplication::clipboard()->setImage(testImage(QSize(640, 400)));
    entryEdit()->setFocus();
    QTest::keySequence(entryEdit(), QKeySequence::Paste);

    QCOMPARE(int(state().timeline().size()), before + 1);
    const TimelineEntry entry = lastEntry();
    QCOMPARE(entry.kind, NoteKind::Attachment);
    QCOMPARE(entry.attachmentMime, QStringLiteral("image/png"));
    QVERIFY2(entry.attachmentName.startsWith(QStringLiteral("pasted-")), qPrintable(entry.attachmentName));
    QVERIFY(entry.attachmentName.endsWith(QStringLiteral(".png")));
    QCOMPARE(entryEdit()->toPlainText(), QString()); // the image did not become text

    Error error;
    const QByteArray png = m_session->attachmentContent(entry.id, &error);
    QVERIFY2(!png.isEmpty(), qPrintable(error.message));
    QVERIFY(png.startsWith("\x89PNG"));
    QCOMPARE(QImage::fromData(png).size(), QSize(640, 400));

    // The delegate draws a thumbnail: decoded once, then served from the cache.
    const QModelIndex index = indexOf(entry.id);
    view()->scrollTo(index);
    QVERIFY(view()->visualRect(index).height() >= ThumbnailCache::BoxSize.height());
    (void)m_widget->grab();
    ThumbnailCache *thumbnails = m_widget->thumbnails();
    QCOMPARE(thumbnails->decodeCount(), 1);
    const QPixmap thumbnail = thumbnails->thumbnail(entry.id, view()->devicePixelRatioF());
    QVERIFY(!thumbnail.isNull());
    QVERIFY(thumbnail.deviceIndependentSize().width() <= ThumbnailCache::BoxSize.width());
    QVERIFY(thumbnail.deviceIndependentSize().height() <= ThumbnailCache::BoxSize.height());
    (void)m_widget->grab();
    QCOMPARE(thumbnails->decodeCount(), 1);
    QVERIFY(MessageBox::lastWarning().isEmpty());
}

void TestTimelineWidget::pasteOnTheListAttachesToo()
{
    QGuiApplication::clipboard()->setImage(testImage(QSize(64, 48)));
    view()->setFocus();
    QTest::keySequence(view(), QKeySequence::Paste);
    QCOMPARE(lastEntry().kind, NoteKind::Attachment);

    // Text pasted on the list goes to the entry line instead, line breaks and all.
    QGuiApplication::clipboard()->setText(QStringLiteral("line one\nline two"));
    view()->setFocus();
    QTest::keySequence(view(), QKeySequence::Paste);
    QCOMPARE(entryEdit()->toPlainText(), QStringLiteral("line one\nline two"));
}

void TestTimelineWidget::droppedFileBecomesAttachment()
{
    const QString path = m_dir->filePath(QStringLiteral("pg_log.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ERROR:  column \"payload\" is of type jsonb but expression is of type text\n");
    file.close();

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint pos = view()->viewport()->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view()->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view()->viewport(), &drop);
    QVERIFY(drop.isAccepted());

    QCOMPARE(lastEntry().kind, NoteKind::Attachment);
    QCOMPARE(lastEntry().attachmentName, QStringLiteral("pg_log.txt"));
    QCOMPARE(lastEntry().attachmentMime, QStringLiteral("text/plain"));
    Error error;
    QVERIFY(m_session->attachmentContent(lastEntry().id, &error).startsWith("ERROR:"));
    QVERIFY(MessageBox::lastWarning().isEmpty());
}

void TestTimelineWidget::oversizeDropWarnsAndStoresNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("heap.hprof"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const qint64 size = qint64(Limits::AttachmentMaxBytes) + 1024 * 1024;
    QVERIFY(file.resize(size));
    file.close();
    const int before = int(state().timeline().size());
    Error error;
    const qint64 seq = m_session->store()->lastSeq(&error);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint pos = view()->viewport()->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view()->viewport(), &enter);
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view()->viewport(), &drop);

    const QString warning = MessageBox::lastWarning();
    QVERIFY2(warning.contains(QStringLiteral("heap.hprof")), qPrintable(warning));
    QVERIFY2(warning.contains(TimelinePresentation::formatSize(size)), qPrintable(warning));
    QVERIFY2(
        warning.contains(TimelinePresentation::formatSize(Limits::AttachmentMaxBytes)), qPrintable(warning));
    QCOMPARE(int(state().timeline().size()), before);
    QCOMPARE(m_session->store()->lastSeq(&error), seq);

    // A pasted image over the limit is refused the same way.
    MessageBox::setRecordWarnings(true);
    QImage noise(1400, 1400, QImage::Format_ARGB32);
    auto *bits = reinterpret_cast<quint32 *>(noise.bits());
    quint32 x = 2463534242u;
    for (qsizetype i = 0; i < noise.sizeInBytes() / 4; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bits[i] = x;
    }
    QVERIFY(!m_widget->attachImage(noise));
    QVERIFY(MessageBox::lastWarning().contains(TimelinePresentation::formatSize(Limits::AttachmentMaxBytes)));
    QCOMPARE(m_session->store()->lastSeq(&error), seq);
}

void TestTimelineWidget::openAttachmentShowsFullImage()
{
    QVERIFY(m_widget->attachImage(testImage(QSize(320, 200))));
    QVERIFY(m_widget->selectEntry(lastEntry().id));
    QVERIFY(m_widget->openAttachmentAction()->isEnabled());
    m_widget->openAttachmentAction()->trigger();
    auto *dialog = m_widget->findChild<QDialog *>(QStringLiteral("attachmentDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("attachmentImageLabel"));
    QVERIFY(label);
    QCOMPARE(label->pixmap().size(), QSize(320, 200));
    dialog->close();

    QVERIFY(m_widget->selectEntry(state().timeline().constFirst().id));
    QVERIFY(!m_widget->openAttachmentAction()->isEnabled());
}

void TestTimelineWidget::filtersNarrowTheList()
{
    type(QStringLiteral("d: roll back now"));
    type(QStringLiteral("o: errors dropping"));
    type(QStringLiteral("a: rolled back to v41"));
    const int all = view()->model()->rowCount();

    auto *kind = child<QComboBox>(QStringLiteral("kindFilterComboBox"));
    kind->setCurrentIndex(kind->findData(int(NoteKind::Decision)));
    QCOMPARE(view()->model()->rowCount(), 1);
    kind->setCurrentIndex(0);
    QCOMPARE(view()->model()->rowCount(), all);

    auto *search = child<QLineEdit>(QStringLiteral("timelineSearchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("ROLL"));
    QTRY_COMPARE(view()->model()->rowCount(), 2);
    search->clear();
    QTRY_COMPARE(view()->model()->rowCount(), all);

    const EventFactory bob(QStringLiteral("bob"));
    Error error;
    QVERIFY(m_session->submit(bob.addNote(m_incident, QStringLiteral("bob was here")), &error));
    auto *person = child<QComboBox>(QStringLiteral("personFilterComboBox"));
    QTRY_VERIFY(person->findData(QStringLiteral("bob")) >= 0);
    person->setCurrentIndex(person->findData(QStringLiteral("bob")));
    QCOMPARE(view()->model()->rowCount(), 1);

    // Selecting an entry the filter hides shows everything again.
    QVERIFY(m_widget->selectEntry(state().timeline().constFirst().id));
    QCOMPARE(view()->model()->rowCount(), all + 1);
}

void TestTimelineWidget::datesAppearWhenSeveralDays()
{
    QVERIFY(!m_widget->delegate()->showDates());
    const QModelIndex first = view()->model()->index(0, 0);
    const int height = view()->visualRect(first).height();
    addNote(QStringLiteral("the day before: deploy of v42"), m_start.addDays(-1));
    QVERIFY(m_widget->delegate()->showDates());
    // The first row now opens with a day header.
    QTRY_VERIFY(view()->visualRect(view()->model()->index(0, 0)).height() > height);
    auto *utc = child<QCheckBox>(QStringLiteral("utcCheckBox"));
    utc->setChecked(true);
    QVERIFY(m_widget->delegate()->isUtc());
}

void TestTimelineWidget::retractedRowGrowsForTheReason()
{
    const QString id = addNote(QStringLiteral("cache looks cold"));
    QTRY_VERIFY(view()->visualRect(indexOf(id)).height() > 0);
    const int before = view()->visualRect(indexOf(id)).height();
    QVERIFY(m_widget->selectEntry(id));
    MessageBox::setNextText(QStringLiteral("wrong graph: that was staging"));
    m_widget->retractAction()->trigger();
    QTRY_VERIFY(view()->visualRect(indexOf(id)).height() > before);
}

void TestTimelineWidget::narrowerWindowWrapsLongEntries()
{
    const QString id = addNote(QStringLiteral("Customer reports from support: dozens of tickets about "
                                              "missing order history so far, mostly from the "
                                              "EU region"));
    QTRY_VERIFY(view()->visualRect(indexOf(id)).height() > 0);
    const int wide = view()->visualRect(indexOf(id)).height();
    m_widget->resize(420, 600);
    // The view lays out again shortly after a resize; the text now needs more lines.
    QTRY_VERIFY(view()->visualRect(indexOf(id)).height() > wide);
    m_widget->resize(900, 600);
    QTRY_COMPARE(view()->visualRect(indexOf(id)).height(), wide);
}

void TestTimelineWidget::emptyIncidentDisablesEntry()
{
    m_widget->setIncident({});
    QCOMPARE(view()->model()->rowCount(), 0);
    QVERIFY(!entryEdit()->isEnabled());
    QVERIFY(!child<QWidget>(QStringLiteral("kindComboBox"))->isEnabled());
    QVERIFY(!m_widget->pinAction()->isEnabled());
    // Nothing reaches the store without an incident.
    Error error;
    const qint64 seq = m_session->store()->lastSeq(&error);
    QVERIFY(!m_widget->attachImage(testImage(QSize(10, 10))));
    QCOMPARE(m_session->store()->lastSeq(&error), seq);

    m_widget->setIncident(m_incident);
    QVERIFY(entryEdit()->isEnabled());
    QCOMPARE(view()->model()->rowCount(), int(state().timeline().size()));
}

void TestTimelineWidget::draftStaysWithItsIncident()
{
    entryEdit()->setPlainText(QStringLiteral("half a thought"));
    Error error;
    const QString other = m_session->declareIncident(QStringLiteral("Other"), Severity::Sev3, {}, &error);
    m_widget->setIncident(other);
    QCOMPARE(entryEdit()->toPlainText(), QString());
    m_widget->setIncident(m_incident);
    QCOMPARE(entryEdit()->toPlainText(), QStringLiteral("half a thought"));
}

void TestTimelineWidget::screenshots()
{
    // Pictures to look at, not assertions: WARROOM_SCREENSHOT_DIR=/some/folder ./testtimelinewidget
    // screenshots
    const QString folder = qEnvironmentVariable("WARROOM_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set WARROOM_SCREENSHOT_DIR to write screenshots");
    Clock::setInstance(nullptr); // the demo ends "now"
    Error error;
    const QString demo = m_session->addDemoIncident(&error);
    QVERIFY2(!demo.isEmpty(), qPrintable(error.message));
    m_widget->setIncident(demo);
    QVERIFY(m_widget->attachImage(testImage(QSize(800, 450))));
    const EventFactory bob(QStringLiteral("bob"));
    const Event misread
        = bob.addNote(demo, QStringLiteral("Replica lag is 40 minutes"), NoteKind::Observation);
    QVERIFY(m_session->submit(misread, &error));
    QVERIFY(m_session->submit(
        bob.retractNote(demo, misread.id, QStringLiteral("misread the dashboard: 40 seconds")), &error));
    const Event decision = m_session->events().addNote(
        demo, QStringLiteral("Restore orders table from the 21:30 backup"), NoteKind::Decision);
    QVERIFY(m_session->submit(decision, &error));
    QVERIFY(m_session->submit(m_session->events().pinNote(demo, decision.id, true), &error));
    QVERIFY(
        m_session->submit(m_session->events().editNote(demo, decision.id,
                              QStringLiteral("Restore the orders table from the 21:30 backup (verified)")),
            &error));
    QVERIFY(
        m_session->submit(m_session->events().addNote(demo,
                              QStringLiteral("$ pg_restore -d shop -t orders backup-2130.dump\npg_restore: "
                                             "restoring table orders\n    1204331 rows"),
                              NoteKind::Evidence),
            &error));
    QVERIFY(m_widget->selectEntry(decision.id));
    m_widget->resize(1000, 760);
    entryEdit()->setPlainText(QStringLiteral("d: keep writes paused until the checksums match"));

    const auto shoot = [&](const QString &name) {
        QApplication::processEvents();
        m_widget->grab().save(QDir(folder).filePath(name));
    };
    shoot(QStringLiteral("timeline-light.png"));
    child<QCheckBox>(QStringLiteral("utcCheckBox"))->setChecked(true);
    m_widget->selectEntry(state().timeline().constFirst().id);
    view()->scrollToTop();
    shoot(QStringLiteral("timeline-light-top-utc.png"));
    child<QCheckBox>(QStringLiteral("utcCheckBox"))->setChecked(false);

    const QPalette light = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, QColor(0xe0, 0xe0, 0xe0));
    QApplication::setPalette(dark);
    m_widget->selectEntry(decision.id);
    shoot(QStringLiteral("timeline-dark.png"));
    QApplication::setPalette(light);
}

QTEST_MAIN(TestTimelineWidget)
#include "testtimelinewidget.moc"
