// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinewidget.h"

#include "clock.h"
#include "eventtypes.h"
#include "messagebox.h"
#include "noteentryedit.h"
#include "session.h"
#include "thumbnailcache.h"
#include "timelinedelegate.h"
#include "timelinedialogs.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "timelinepresentation.h"
#include "timelineview.h"

#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Warroom {

using namespace TimelinePresentation;

namespace {
constexpr int SearchDelayMs = 200; // one filter pass over 100,000 rows per pause in typing, not per key
const QString BackdateFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

// The store refuses names over Limits::NameMax; shorten the middle and keep the extension.
QString fitName(const QString &name)
{
    if (name.size() <= Limits::NameMax)
        return name;
    const QString suffix = QFileInfo(name).suffix().left(10);
    const int keep = Limits::NameMax - int(suffix.size()) - 2;
    return name.left(keep) + QChar(0x2026) + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
}
} // namespace

TimelineWidget::TimelineWidget(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("timelineWidget"));
    m_model = new TimelineModel(session, this);
    m_filter = new TimelineFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_thumbnails = new ThumbnailCache(session, this);
    m_delegate = new TimelineDelegate(m_thumbnails, this);
    buildLayout();
    buildActions();
    connectModels();
    setIncident({});
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // Filters and search.
    auto *filters = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:", "timeline filter"), this);
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("kindFilterComboBox"));
    m_kindFilter->setAccessibleName(tr("Show entries of kind"));
    m_kindFilter->addItem(tr("All kinds"), -1);
    for (NoteKind kind : allKinds())
        m_kindFilter->addItem(kindLabel(kind), int(kind));
    showLabel->setBuddy(m_kindFilter);
    m_personFilter = new QComboBox(this);
    m_personFilter->setObjectName(QStringLiteral("personFilterComboBox"));
    m_personFilter->setAccessibleName(tr("Show entries by person"));
    m_personFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("timelineSearchLineEdit"));
    m_search->setAccessibleName(tr("Search the timeline"));
    m_search->setPlaceholderText(
        tr("Search the timeline (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    m_utc = new QCheckBox(tr("&UTC", "show times in UTC"), this);
    m_utc->setObjectName(QStringLiteral("utcCheckBox"));
    m_utc->setAccessibleName(tr("Show times in UTC"));
    m_utc->setToolTip(tr("Show times in UTC instead of local time"));
    filters->addWidget(showLabel);
    filters->addWidget(m_kindFilter);
    filters->addWidget(m_personFilter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_utc);
    layout->addLayout(filters);

    // While replaying a long incident: the latest entries before the replayed moment, earlier ones on
    // request (beside the entry count under the list: replay must fit a 1280×800 screen).
    m_earlierBar = new QWidget(this);
    m_earlierBar->setObjectName(QStringLiteral("earlierEntriesBar"));
    auto *earlier = new QHBoxLayout(m_earlierBar);
    earlier->setContentsMargins(0, 0, 0, 0);
    m_earlierLabel = new QLabel(m_earlierBar);
    m_earlierLabel->setObjectName(QStringLiteral("earlierEntriesLabel"));
    m_earlierLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *showEarlier = new QPushButton(tr("Show Earlier"), m_earlierBar);
    showEarlier->setObjectName(QStringLiteral("showEarlierButton"));
    showEarlier->setToolTip(
        tr("Show %n more of the entries before these", "replay", TimelineModel::DefaultReplayWindow));
    earlier->addWidget(m_earlierLabel, 1);
    earlier->addWidget(showEarlier);
    m_earlierBar->hide();
    connect(showEarlier, &QPushButton::clicked, this, &TimelineWidget::showEarlierEntries);

    m_view = new TimelineView(this);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setAccessibleName(tr("Incident timeline"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(m_delegate);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_view, 1);

    m_filterStatus = new QLabel(this);
    m_filterStatus->setObjectName(QStringLiteral("filterStatusLabel"));
    m_filterStatus->setForegroundRole(QPalette::PlaceholderText);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_filterStatus);
    statusRow->addWidget(m_earlierBar, 1);
    layout->addLayout(statusRow);

    // Quick entry.
    auto *entryRow = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_kind->setAccessibleName(tr("Kind of the new entry"));
    for (NoteKind kind : writableKinds())
        m_kind->addItem(kindLabel(kind), int(kind));
    m_kind->setToolTip(tr("The kind of the new entry. A prefix in the text wins: d: decision, a: action, "
                          "e: evidence, o: observation, n: note."));
    m_entry = new NoteEntryEdit(this);
    m_entry->setObjectName(QStringLiteral("noteLineEdit"));
    m_entry->setAccessibleName(tr("New timeline entry"));
    m_entry->setPlaceholderText(
        tr("What do you see, do or decide? Enter adds it, Shift+Enter starts a new line."));
    m_addButton = new QPushButton(tr("&Add", "add a timeline entry"), this);
    m_addButton->setObjectName(QStringLiteral("addEntryButton"));
    m_addButton->setAccessibleName(tr("Add the entry to the timeline"));
    entryRow->addWidget(m_kind, 0, Qt::AlignTop);
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(m_addButton, 0, Qt::AlignTop);
    layout->addLayout(entryRow);

    auto *optionsRow = new QHBoxLayout;
    m_backdate = new QCheckBox(tr("Happened &at:", "back-date a timeline entry"), this);
    m_backdate->setObjectName(QStringLiteral("backdateCheckBox"));
    m_backdate->setAccessibleName(tr("Back-date the entry"));
    m_backdate->setToolTip(
        tr("Unchecked, the entry is recorded as happening now. Check it to record something "
           "that happened earlier."));
    m_backdateEdit = new QDateTimeEdit(this);
    m_backdateEdit->setObjectName(QStringLiteral("backdateEdit"));
    m_backdateEdit->setAccessibleName(tr("When it happened"));
    m_backdateEdit->setDisplayFormat(BackdateFormat);
    m_backdateEdit->setCalendarPopup(true);
    // Unchecked, the field reads "now" rather than a meaningless date.
    m_backdateEdit->setMinimumDate(QDate(2000, 1, 1));
    m_backdateEdit->setSpecialValueText(tr("now", "time of a timeline entry that is not back-dated"));
    m_backdateEdit->setDateTime(m_backdateEdit->minimumDateTime());
    m_backdateEdit->setEnabled(false);
    const QString limit = formatSize(Limits::AttachmentMaxBytes);
    m_hint = new QLabel(tr("d: decision · a: action · e: evidence · o: observation · paste or drop files (up "
                           "to %1) to attach",
                            "quick-entry hint: the prefixes and attachments")
                            .arg(limit),
        this);
    m_hint->setToolTip(
        tr("Start the text with a prefix to choose its kind: d: decision, a: action, e: evidence, "
           "o: observation, n: note. Paste an image, or drop a file on the timeline or here (up "
           "to %1), to attach it.")
            .arg(limit));
    m_hint->setObjectName(QStringLiteral("entryHintLabel"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    optionsRow->addWidget(m_backdate);
    optionsRow->addWidget(m_backdateEdit);
    optionsRow->addWidget(m_hint, 1);
    layout->addLayout(optionsRow);

    setTabOrder(m_kindFilter, m_personFilter);
    setTabOrder(m_personFilter, m_search);
    setTabOrder(m_search, m_utc);
    setTabOrder(m_utc, m_view);
    setTabOrder(m_view, m_kind);
    setTabOrder(m_kind, m_entry);
    setTabOrder(m_entry, m_addButton);
    setTabOrder(m_addButton, m_backdate);
    setTabOrder(m_backdate, m_backdateEdit);
}

void TimelineWidget::buildActions()
{
    const auto make = [this](const QString &name, const QString &text, const QKeySequence &shortcut) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        return action;
    };
    // Window-wide: the main window lists these in its menus and shortcut help.
    m_focusEntryAction = make(
        QStringLiteral("focusEntryAction"), tr("Focus note entry"), QKeySequence(Qt::CTRL | Qt::Key_L));
    m_searchAction
        = make(QStringLiteral("searchAction"), tr("Search timeline"), QKeySequence(QKeySequence::Find));
    m_pinAction = make(QStringLiteral("pinAction"), tr("Pin entry"), QKeySequence(Qt::CTRL | Qt::Key_P));
    addAction(m_focusEntryAction);
    addAction(m_searchAction);
    addAction(m_pinAction);

    // About the selected entry: active while the timeline has the focus.
    m_editAction
        = make(QStringLiteral("editAction"), tr("&Edit…", "edit a timeline entry"), QKeySequence(Qt::Key_F2));
    m_retractAction = make(QStringLiteral("retractAction"), tr("&Retract…", "retract a timeline entry"),
        QKeySequence(QKeySequence::Delete));
    m_historyAction = make(QStringLiteral("historyAction"), tr("Show entry and &history…"), {});
    m_openAttachmentAction = make(QStringLiteral("openAttachmentAction"), tr("&Open attachment…"), {});
    for (QAction *action : {m_editAction, m_retractAction, m_historyAction, m_openAttachmentAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }

    connect(m_focusEntryAction, &QAction::triggered, this,
        [this] { m_entry->setFocus(Qt::ShortcutFocusReason); });
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_pinAction, &QAction::triggered, this, &TimelineWidget::togglePinSelected);
    connect(m_editAction, &QAction::triggered, this, &TimelineWidget::editSelected);
    connect(m_retractAction, &QAction::triggered, this, &TimelineWidget::retractSelected);
    connect(m_historyAction, &QAction::triggered, this, &TimelineWidget::showHistoryOfSelected);
    connect(m_openAttachmentAction, &QAction::triggered, this, &TimelineWidget::openSelectedAttachment);
}

void TimelineWidget::connectModels()
{
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &TimelineWidget::updateActions);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TimelineWidget::showContextMenu);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.data(TimelineModel::AttachmentRole).toBool())
            openSelectedAttachment();
        else
            showHistoryOfSelected();
    });
    connect(m_view, &TimelineView::filesDropped, this, &TimelineWidget::attachFiles);
    connect(m_view, &TimelineView::imageDropped, this, &TimelineWidget::attachImage);
    connect(m_view, &TimelineView::pasteRequested, this, &TimelineWidget::pasteFromClipboard);

    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        if (m_scrollQueued || m_filtering)
            return;
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_followEnd = bar->value() >= bar->maximum() - 2;
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        updateShowDates();
        if (m_followEnd && !m_filtering)
            scheduleScrollToEnd();
    });
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_scrollQueued || m_filtering)
            return;
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_followEnd = bar->value() >= bar->maximum() - 2;
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        updateShowDates();
        updateActions();
        // A replay that moved its window, or an incident the Session rebuilt: stay at the end if we were.
        if (m_followEnd && !m_filtering)
            scheduleScrollToEnd();
    });
    connect(m_model, &TimelineModel::earlierCountChanged, this, [this] {
        const int count = m_model->earlierCount();
        m_earlierBar->setVisible(count > 0);
        m_earlierLabel->setText(
            tr("· the latest before this moment; %n earlier ones are not shown.", "replay", count));
    });
    connect(m_delegate, &TimelineDelegate::measurementsChanged, m_view, &TimelineView::relayout);
    connect(m_filter, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            // An edit, retraction or pin can change the row's height: measure it again.
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                m_delegate->entryChanged(m_filter->index(row, 0));
            updateActions();
        });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_filter, signal, this, &TimelineWidget::updateFilterStatus);
    }
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TimelineWidget::updateFilterStatus);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &TimelineWidget::updateFilterStatus);
    connect(m_model, &TimelineModel::peopleChanged, this, &TimelineWidget::updatePeople);

    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &TimelineWidget::applyFilters);
    connect(m_personFilter, &QComboBox::currentIndexChanged, this, &TimelineWidget::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &TimelineWidget::applyFilters);
    connect(m_searchDelay, &QTimer::timeout, this, &TimelineWidget::applyFilters);
    connect(m_utc, &QCheckBox::toggled, this, [this](bool utc) {
        m_delegate->setUtc(utc);
        updateShowDates();
        setBackdateUtc(utc);
        m_view->viewport()->update();
    });

    connect(m_entry, &NoteEntryEdit::submitted, this, &TimelineWidget::submitEntry);
    connect(m_entry, &NoteEntryEdit::imagePasted, this, &TimelineWidget::attachImage);
    connect(m_entry, &NoteEntryEdit::filesPasted, this, &TimelineWidget::attachFiles);
    connect(m_addButton, &QPushButton::clicked, this, &TimelineWidget::submitEntry);
    connect(m_backdate, &QCheckBox::toggled, this, [this](bool checked) {
        m_backdateEdit->setEnabled(checked && !m_incidentId.isEmpty());
        // Start from now: back-dating is usually "a few minutes ago".
        const QDateTime now = Clock::now();
        m_backdateEdit->setDateTime(!checked ? m_backdateEdit->minimumDateTime()
                : m_utc->isChecked()         ? now.toUTC()
                                             : now.toLocalTime());
    });
}

void TimelineWidget::setIncident(const QString &incidentId)
{
    // Keep what was typed for the incident we leave; it comes back with it.
    if (!m_incidentId.isEmpty() && !m_entry->toPlainText().isEmpty())
        m_drafts.insert(m_incidentId, m_entry->toPlainText());
    m_incidentId = incidentId;
    m_thumbnails->clear();
    m_model->setIncident(incidentId);
    m_entry->setPlainText(m_drafts.take(incidentId));

    const bool enabled = !incidentId.isEmpty();
    for (QWidget *widget : {static_cast<QWidget *>(m_entry), static_cast<QWidget *>(m_kind),
             static_cast<QWidget *>(m_addButton), static_cast<QWidget *>(m_backdate),
             static_cast<QWidget *>(m_kindFilter), static_cast<QWidget *>(m_personFilter),
             static_cast<QWidget *>(m_search), static_cast<QWidget *>(m_view)}) {
        widget->setEnabled(enabled);
    }
    m_backdateEdit->setEnabled(enabled && m_backdate->isChecked());
    updatePeople();
    updateShowDates();
    updateFilterStatus();
    updateActions();
    m_followEnd = true;
    scheduleScrollToEnd();
}

void TimelineWidget::scheduleScrollToEnd()
{
    // Following the end costs a layout of every row: do it once after a burst of inserts (a refresh folds
    // many events, a cleared filter inserts many ranges), and never while hidden, where the rows would be
    // measured at a width they will not have.
    if (m_scrollQueued || !isVisible())
        return;
    m_scrollQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_scrollQueued = false;
            if (m_followEnd && isVisible())
                m_view->scrollToBottom();
        },
        Qt::QueuedConnection);
}

void TimelineWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_followEnd)
        scheduleScrollToEnd();
}

void TimelineWidget::changeEvent(QEvent *event)
{
    // Fonts and styles change every row's measurements; a palette (dark mode) only its colours.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_delegate->clearCache();
    else if (event->type() == QEvent::PaletteChange)
        m_view->viewport()->update();
    QWidget::changeEvent(event);
}

// ---------------------------------------------------------------------------------------------------------
// Entry

bool TimelineWidget::submit(const Event &event, const QString &failureTitle, const QString &typed)
{
    Error error;
    if (m_session && m_session->submit(event, &error))
        return true;
    QString message = m_session ? error.message : tr("No session is open.");
    if (!typed.isEmpty()) {
        // Typed into a dialog that is gone now: keep the words where the person can get them back.
        QGuiApplication::clipboard()->setText(typed);
        message += QLatin1String("\n\n") + tr("What you typed was copied to the clipboard.");
    }
    MessageBox::warning(this, failureTitle, message);
    return false;
}

void TimelineWidget::submitEntry()
{
    if (m_incidentId.isEmpty() || !m_session)
        return;
    const QuickEntry entry = parseQuickEntry(m_entry->toPlainText(), NoteKind(m_kind->currentData().toInt()));
    if (entry.text.trimmed().isEmpty())
        return;
    const QDateTime at = m_backdate->isChecked() ? m_backdateEdit->dateTime().toUTC() : QDateTime();
    const Event event = m_session->events().addNote(m_incidentId, entry.text, entry.kind, at);
    // On failure the text stays in the line: a refused entry is never lost.
    if (!submit(event, tr("Entry not added")))
        return;
    m_entry->clear();
    m_backdate->setChecked(false);
    // Select it, so that Ctrl+P right after pins what was just written.
    selectEntry(event.id);
}

QString TimelineWidget::selectedEntryId() const
{
    const TimelineEntry *entry = selectedEntry();
    return entry ? entry->id : QString();
}

const TimelineEntry *TimelineWidget::selectedEntry() const
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    return selected.isEmpty() ? nullptr : TimelineModel::entryFor(selected.constFirst());
}

bool TimelineWidget::selectEntry(const QString &entryId)
{
    const int row = m_model->rowOf(entryId);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by a filter: show everything rather than pretend it is not there.
        m_kindFilter->setCurrentIndex(0);
        m_personFilter->setCurrentIndex(0);
        m_search->clear();
        applyFilters();
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
    return true;
}

void TimelineWidget::editSelected()
{
    const TimelineEntry *entry = selectedEntry();
    if (!entry || m_incidentId.isEmpty())
        return;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty() || !selected.constFirst().data(TimelineModel::EditableRole).toBool())
        return;
    // Copies: the dialog runs an event loop during which the Session may change.
    const QString id = entry->id;
    const QString current = entry->text;
    const std::optional<QString> text = MessageBox::text(
        this, tr("Edit entry"), tr("The new text. The earlier text stays in the entry's history."), current);
    if (!text || text->trimmed().isEmpty() || *text == current)
        return;
    submit(m_session->events().editNote(m_incidentId, id, *text), tr("Entry not edited"), *text);
}

void TimelineWidget::retractSelected()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty() || m_incidentId.isEmpty()
        || !selected.constFirst().data(TimelineModel::EditableRole).toBool())
        return;
    const QString id = selected.constFirst().data(TimelineModel::IdRole).toString();
    const std::optional<QString> reason = MessageBox::text(this, tr("Retract entry"),
        tr("Why is this entry wrong? It stays in the timeline, struck through, with your reason."));
    if (!reason || reason->trimmed().isEmpty())
        return;
    submit(m_session->events().retractNote(m_incidentId, id, *reason), tr("Entry not retracted"), *reason);
}

void TimelineWidget::togglePinSelected()
{
    const TimelineEntry *entry = selectedEntry();
    if (!entry || m_incidentId.isEmpty())
        return;
    const bool pin = !entry->pinned;
    submit(m_session->events().pinNote(m_incidentId, entry->id, pin),
        pin ? tr("Entry not pinned") : tr("Entry not unpinned"));
}

void TimelineWidget::showHistoryOfSelected()
{
    const TimelineEntry *entry = selectedEntry();
    if (!entry)
        return;
    auto *dialog = new EntryDialog(*entry, m_utc->isChecked(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void TimelineWidget::openSelectedAttachment()
{
    const TimelineEntry *entry = selectedEntry();
    if (!entry || entry->kind != NoteKind::Attachment || !m_session)
        return;
    const QString name = entry->attachmentName;
    const QString mime = entry->attachmentMime;
    Error error;
    const QByteArray content = m_session->attachmentContent(entry->id, &error);
    if (content.isEmpty() && error) {
        MessageBox::warning(this, tr("Attachment not opened"), error.message);
        return;
    }
    if (ThumbnailCache::isDecodableImage(mime)) {
        const QImage image = QImage::fromData(content);
        if (!image.isNull()) {
            auto *dialog = new AttachmentDialog(name, image, content, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            return;
        }
    }
    saveAttachment(this, name, content);
}

// ---------------------------------------------------------------------------------------------------------
// Attachments

void TimelineWidget::warnTooLarge(const QString &name, qint64 size)
{
    MessageBox::warning(this, tr("Attachment too large"),
        tr("%1 is %2; an attachment may be at most %3. Attach a smaller file, or crop or scale the image "
           "down.")
            .arg(name, formatSize(size), formatSize(Limits::AttachmentMaxBytes)));
}

bool TimelineWidget::attachContent(const QString &name, const QString &mime, const QByteArray &content)
{
    if (m_incidentId.isEmpty() || !m_session)
        return false;
    if (content.size() > Limits::AttachmentMaxBytes) {
        warnTooLarge(name, content.size());
        return false;
    }
    return submit(m_session->events().addAttachment(m_incidentId, fitName(name), mime, content),
        tr("Attachment not added"));
}

bool TimelineWidget::attachImage(const QImage &image)
{
    if (m_incidentId.isEmpty())
        return false;
    if (image.isNull()) {
        MessageBox::warning(this, tr("Attachment not added"), tr("The pasted image is empty."));
        return false;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        MessageBox::warning(this, tr("Attachment not added"), tr("The pasted image could not be encoded."));
        return false;
    }
    const QString name = QStringLiteral("pasted-%1.png")
                             .arg(Clock::now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    return attachContent(name, QStringLiteral("image/png"), png);
}

bool TimelineWidget::attachFiles(const QList<QUrl> &urls)
{
    if (m_incidentId.isEmpty())
        return false;
    bool all = !urls.isEmpty();
    const QMimeDatabase mimes;
    for (const QUrl &url : urls) {
        const QFileInfo info(url.toLocalFile());
        const QString shown = QDir::toNativeSeparators(info.filePath());
        if (!info.isFile()) {
            MessageBox::warning(
                this, tr("Not attached"), tr("%1 is not a file; folders cannot be attached.").arg(shown));
            all = false;
            continue;
        }
        // Check the size before reading: a dropped disk image must not be read into memory first.
        if (info.size() > Limits::AttachmentMaxBytes) {
            warnTooLarge(info.fileName(), info.size());
            all = false;
            continue;
        }
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            MessageBox::warning(
                this, tr("Not attached"), tr("Could not read %1: %2").arg(shown, file.errorString()));
            all = false;
            continue;
        }
        const QByteArray content = file.read(qint64(Limits::AttachmentMaxBytes) + 1);
        all = attachContent(
                  info.fileName(), mimes.mimeTypeForFileNameAndData(info.fileName(), content).name(), content)
            && all;
    }
    return all;
}

void TimelineWidget::pasteFromClipboard()
{
    if (m_incidentId.isEmpty())
        return;
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return;
    const QList<QUrl> files = localFileUrls(mime->urls());
    if (!files.isEmpty()) {
        attachFiles(files);
    } else if (mime->hasImage()) {
        attachImage(qvariant_cast<QImage>(mime->imageData()));
    } else if (mime->hasText()) {
        // Text pasted on the list is meant for the entry line, with its line breaks.
        m_entry->setFocus(Qt::OtherFocusReason);
        m_entry->insertPlainText(mime->text());
    }
}

// ---------------------------------------------------------------------------------------------------------
// State of the controls

void TimelineWidget::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    updateActions();
    QMenu menu(this);
    menu.addAction(m_editAction);
    menu.addAction(m_retractAction);
    menu.addAction(m_pinAction);
    menu.addSeparator();
    menu.addAction(m_historyAction);
    if (m_openAttachmentAction->isEnabled())
        menu.addAction(m_openAttachmentAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void TimelineWidget::updateActions()
{
    const bool open = !m_incidentId.isEmpty();
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    const QModelIndex index = selected.isEmpty() ? QModelIndex() : selected.constFirst();
    const bool has = open && index.isValid();
    const bool editable = has && index.data(TimelineModel::EditableRole).toBool();
    const bool pinned = has && index.data(TimelineModel::PinnedRole).toBool();
    m_editAction->setEnabled(editable);
    m_retractAction->setEnabled(editable);
    m_pinAction->setEnabled(has);
    m_pinAction->setText(pinned ? tr("Unpin entry") : tr("Pin entry"));
    m_historyAction->setEnabled(has);
    m_openAttachmentAction->setEnabled(has && index.data(TimelineModel::AttachmentRole).toBool());
    m_focusEntryAction->setEnabled(open);
    m_searchAction->setEnabled(open);
}

void TimelineWidget::updatePeople()
{
    const QString current = m_personFilter->currentData().toString();
    const QSignalBlocker blocker(m_personFilter);
    m_personFilter->clear();
    m_personFilter->addItem(tr("Everyone", "person filter: entries by anyone"), QString());
    for (const QString &person : m_model->people())
        m_personFilter->addItem(person, person);
    const int index = m_personFilter->findData(current);
    m_personFilter->setCurrentIndex(qMax(0, index));
    if (index < 0 && !current.isEmpty())
        applyFilters();
}

void TimelineWidget::showEarlierEntries()
{
    // Keep the entries on screen where they are: the new rows go above them.
    const QModelIndex top = m_view->indexAt(QPoint(1, 1));
    const QString topId = top.data(TimelineModel::IdRole).toString();
    m_followEnd = false;
    m_model->showEarlier();
    const int row = m_model->rowOf(topId);
    if (row >= 0)
        m_view->scrollTo(m_filter->mapFromSource(m_model->index(row, 0)), QAbstractItemView::PositionAtTop);
}

void TimelineWidget::updateFilterStatus()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (m_incidentId.isEmpty())
        m_filterStatus->setText(tr("No incident selected."));
    else if (m_filter->isFiltering())
        m_filterStatus->setText(tr("Showing %1 of %n entries", "timeline filter", total).arg(shown));
    else
        m_filterStatus->setText(tr("%n entries", "timeline size", total));
}

void TimelineWidget::updateShowDates()
{
    m_delegate->setShowDates(m_model->spansSeveralDays(m_utc->isChecked()));
}

void TimelineWidget::applyFilters()
{
    m_searchDelay->stop();
    const QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    m_filtering = true;
    const int kind = m_kindFilter->currentData().toInt();
    m_filter->setKinds(kind < 0 ? QList<NoteKind>() : QList<NoteKind> {NoteKind(kind)});
    m_filter->setPerson(m_personFilter->currentData().toString());
    m_filter->setSearchText(m_search->text());
    m_filtering = false;
    updateFilterStatus();
    updateActions();
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (!selected.isEmpty())
        m_view->scrollTo(selected.constFirst());
    else if (atEnd)
        m_view->scrollToBottom();
}

void TimelineWidget::setBackdateUtc(bool utc)
{
    const QDateTime current = m_backdateEdit->dateTime();
    m_backdate->setText(utc ? tr("Happened &at (UTC):", "back-date a timeline entry")
                            : tr("Happened &at:", "back-date a timeline entry"));
    m_backdateEdit->setTimeSpec(utc ? Qt::UTC : Qt::LocalTime);
    m_backdateEdit->setDateTime(!m_backdate->isChecked() ? m_backdateEdit->minimumDateTime()
            : utc                                        ? current.toUTC()
                                                         : current.toLocalTime());
}

} // namespace Warroom
