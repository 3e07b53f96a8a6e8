// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbooklibrary.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace Warroom {

/// Picks a runbook template to attach: the built-in ones and the Markdown files of the user's folder, each
/// previewed with its description and steps (gates and rollbacks visible). A broken file is listed too,
/// greyed, with its parse error, so whoever wrote it learns why it cannot be attached. Import copies a
/// checked file into the user folder; Open folder shows that folder in the file manager.
///
/// It only collects: Attach emits attachRequested() and the dialog stays open; the receiver attaches and
/// calls accept() when that worked, so a refusal never loses the choice.
class AttachRunbookDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AttachRunbookDialog(QWidget *parent = nullptr);
    ~AttachRunbookDialog() override;

    /// Where the user's own runbooks live: <AppDataLocation>/runbooks.
    [[nodiscard]] static QString userFolder();

    /// Reads the library again (built-in and user folder), keeping the selection when it still exists.
    void reload();
    [[nodiscard]] const RunbookLibrary &library() const { return m_library; }
    /// The entry selected in the list, or nullptr.
    [[nodiscard]] const RunbookLibrary::Entry *currentEntry() const;
    /// Selects the entry with @p key; false when there is none.
    bool selectEntry(const QString &key);
    /// Checks @p path and copies it into userFolder(); selects it. A broken file is refused with a warning
    /// that names the line. Returns whether it was imported. (The Import… button asks for the file first.)
    bool importFile(const QString &path);

Q_SIGNALS:
    void attachRequested(const Warroom::RunbookTemplate &runbook);

private:
    void populate(const QString &selectKey);
    void updatePreview();
    void requestAttach();
    void chooseImportFile();
    void openUserFolder();
    [[nodiscard]] QString previewHtml(const RunbookLibrary::Entry &entry) const;
    [[nodiscard]] static QString summaryLine(const RunbookLibrary::Entry &entry);
    [[nodiscard]] static QString origin(const RunbookLibrary::Entry &entry);

    RunbookLibrary m_library;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_folderLabel = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_openFolderButton = nullptr;
    QPushButton *m_attachButton = nullptr;
};

} // namespace Warroom
