// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Warroom {

class NoteEntryEdit;
class Session;
class ThumbnailCache;
class TimelineDelegate;
class TimelineFilterModel;
class TimelineModel;
class TimelineView;

/// The timeline editor of the incident view (objectName "timelineWidget"): the incident's timeline with
/// filters and search above it and a quick-entry line below. Enter adds a note (a "d:", "a:", "e:", "o:" or
/// "n:" prefix or the kind selector picks its kind, and it may be back-dated); entries are edited, retracted
/// with a reason, pinned, and opened from the context menu or the actions below. Images pasted and files
/// dropped become attachments. What was typed is never lost: a refused entry stays in the line.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(Session *session, QWidget *parent = nullptr);
    ~TimelineWidget() override;

    /// Shows @p incidentId's timeline; empty shows nothing and disables entry.
    void setIncident(const QString &incidentId);
    [[nodiscard]] QString incident() const { return m_incidentId; }

    /// Ctrl+L: puts the cursor in the note entry line.
    [[nodiscard]] QAction *focusEntryAction() const { return m_focusEntryAction; }
    /// Ctrl+F: puts the cursor in the timeline search field.
    [[nodiscard]] QAction *searchAction() const { return m_searchAction; }
    /// Ctrl+P: pins the selected entry as a key moment, or unpins it.
    [[nodiscard]] QAction *pinAction() const { return m_pinAction; }
    /// F2: edits the selected entry (its earlier text is kept in the history).
    [[nodiscard]] QAction *editAction() const { return m_editAction; }
    /// Del: retracts the selected entry with a reason (it stays, struck through).
    [[nodiscard]] QAction *retractAction() const { return m_retractAction; }
    /// Shows the selected entry in full with its edit history.
    [[nodiscard]] QAction *historyAction() const { return m_historyAction; }
    /// Opens the selected attachment (images full size, other files are saved).
    [[nodiscard]] QAction *openAttachmentAction() const { return m_openAttachmentAction; }

    /// The id of the selected entry, or empty.
    [[nodiscard]] QString selectedEntryId() const;
    /// Selects and shows entry @p entryId (clearing filters that hide it); false when it is not there.
    bool selectEntry(const QString &entryId);

    /// Attaches @p image as a PNG ("pasted-<time>.png"); warns and stores nothing when too large.
    bool attachImage(const QImage &image);
    /// Attaches the files at @p urls, each checked against the size limit first.
    bool attachFiles(const QList<QUrl> &urls);
    /// Ctrl+V outside the entry line: an image or files become attachments, text goes to the entry line.
    void pasteFromClipboard();

    [[nodiscard]] TimelineModel *model() const { return m_model; }
    [[nodiscard]] TimelineFilterModel *filterModel() const { return m_filter; }
    [[nodiscard]] TimelineDelegate *delegate() const { return m_delegate; }
    [[nodiscard]] ThumbnailCache *thumbnails() const { return m_thumbnails; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private Q_SLOTS:
    void submitEntry();
    void editSelected();
    void retractSelected();
    void togglePinSelected();
    void showHistoryOfSelected();
    void openSelectedAttachment();
    void updateActions();
    void updatePeople();
    void updateFilterStatus();
    void updateShowDates();
    void applyFilters();

private:
    void buildActions();
    void buildLayout();
    void connectModels();
    void showContextMenu(const QPoint &pos);
    void setBackdateUtc(bool utc);
    void scheduleScrollToEnd();
    void showEarlierEntries();
    bool attachContent(const QString &name, const QString &mime, const QByteArray &content);
    /// Submits @p event; on refusal warns with the Session's reason. @p typed: text from a dialog that
    /// would be lost, copied to the clipboard on failure.
    bool submit(const Event &event, const QString &failureTitle, const QString &typed = {});
    void warnTooLarge(const QString &name, qint64 size);
    [[nodiscard]] const TimelineEntry *selectedEntry() const;

    QPointer<Session> m_session;
    QString m_incidentId;
    TimelineModel *m_model = nullptr;
    TimelineFilterModel *m_filter = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    TimelineDelegate *m_delegate = nullptr;

    TimelineView *m_view = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_personFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QCheckBox *m_utc = nullptr;
    QLabel *m_filterStatus = nullptr;
    QWidget *m_earlierBar = nullptr;
    QLabel *m_earlierLabel = nullptr;
    QComboBox *m_kind = nullptr;
    NoteEntryEdit *m_entry = nullptr;
    QCheckBox *m_backdate = nullptr;
    QDateTimeEdit *m_backdateEdit = nullptr;
    QPushButton *m_addButton = nullptr;
    QLabel *m_hint = nullptr;

    QAction *m_focusEntryAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_pinAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_retractAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_openAttachmentAction = nullptr;

    QHash<QString, QString> m_drafts; // typed but not added, per incident
    bool m_followEnd = true; // the view was at the end before rows arrived: keep following new entries
    bool m_scrollQueued = false;
    bool m_filtering = false; // rows come and go because a filter changed, not because entries arrived
};

} // namespace Warroom
