// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blamelesscheck.h"
#include "postmortemdraft.h"
#include "postmortemexport.h"

#include <QPointer>
#include <QWidget>

#include <map>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressDialog;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace Warroom {

class PostmortemTextEdit;
class Session;

/// The facilitator's window after the fire: the postmortem of one incident. The sections people write
/// (summary, impact, contributing factors, what went well, what was hard) are plain text fields, saved as
/// they are typed (PostmortemStorage); the sections generated from the log (metrics, timeline, runbooks as
/// executed, chat updates) are shown read-only and made again on request; follow-ups are listed. The
/// blameless-language check underlines a name next to blaming words as you type and lists every finding,
/// with a suggestion and why it helps, beside the text. Exports to Markdown, HTML and PDF with progress.
class PostmortemEditor : public QWidget
{
    Q_OBJECT
public:
    /// @p session is not owned and must outlive the editor.
    PostmortemEditor(Session *session, const QString &incident, QWidget *parent = nullptr);
    ~PostmortemEditor() override;

    [[nodiscard]] const QString &incident() const { return m_incident; }
    [[nodiscard]] const PostmortemDraft &draft() const { return m_draft; }
    [[nodiscard]] PostmortemTextEdit *sectionEdit(PostmortemDraft::Section section) const;
    [[nodiscard]] QLineEdit *titleEdit() const { return m_titleEdit; }
    [[nodiscard]] QListWidget *blamelessList() const { return m_blamelessList; }
    [[nodiscard]] QTextBrowser *generatedView() const { return m_generatedView; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    /// The export running now, if any (tests wait for its finished()).
    [[nodiscard]] PostmortemExport *currentExport() const { return m_export; }

    /// Asks where to save (FileChooser), then exports.
    void chooseAndExport(PostmortemExport::Format format);
    /// Exports to @p path with a progress dialog for long exports; exported() or exportFailed() follows.
    void exportTo(PostmortemExport::Format format, const QString &path);

public Q_SLOTS:
    /// Makes the generated sections again from the incident as it is now; what people wrote stays.
    void regenerate();
    /// Writes the written sections to their file now (it also happens shortly after every change).
    bool save();

Q_SIGNALS:
    void saved(const QString &path);
    void exported(const QString &path);
    void exportFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    QWidget *buildWrittenPage();
    QWidget *buildGeneratedPage();
    QWidget *buildLanguagePanel();
    void loadWritten();
    void onTextChanged(PostmortemDraft::Section section);
    void recheck();
    void refreshGenerated();
    void refreshFacts();
    void refreshFollowUps();
    void showFindingDetails(QListWidgetItem *item);
    void goToFinding(QListWidgetItem *item);
    [[nodiscard]] QString sectionTitle(PostmortemDraft::Section section) const;
    [[nodiscard]] QString sectionPrompt(PostmortemDraft::Section section) const;

    QPointer<Session> m_session;
    QString m_incident;
    PostmortemDraft m_draft;
    BlamelessCheck m_check;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_stale = false;

    QLineEdit *m_titleEdit = nullptr;
    QLabel *m_factsLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    std::map<PostmortemDraft::Section, PostmortemTextEdit *> m_edits;
    QListWidget *m_followUps = nullptr;
    QTextBrowser *m_generatedView = nullptr;
    QLabel *m_staleLabel = nullptr;
    QPushButton *m_regenerateButton = nullptr;
    QListWidget *m_blamelessList = nullptr;
    QLabel *m_blamelessDetails = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTimer *m_saveTimer = nullptr;
    QTimer *m_checkTimer = nullptr;
    QPointer<PostmortemExport> m_export;
    QPointer<QProgressDialog> m_progress;
};

} // namespace Warroom
