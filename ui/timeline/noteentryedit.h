// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QPlainTextEdit>
#include <QUrl>

namespace Warroom {

/// The quick-entry line of the timeline: one line while you type, Enter adds the entry, Shift+Enter starts
/// a new line, and it grows to a few lines for pasted text, keeping its line breaks (and the fixed-width font
/// when it looks like terminal output). A pasted or dropped image or file is handed on as an attachment
/// instead of becoming text.
class NoteEntryEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit NoteEntryEdit(QWidget *parent = nullptr);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// Enter (or Ctrl+Enter) was pressed: add what was typed.
    void submitted();
    void imagePasted(const QImage &image);
    void filesPasted(const QList<QUrl> &urls);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    [[nodiscard]] bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void adjustToContent();
    [[nodiscard]] int heightForLines(int lines) const;

    int m_lines = 1;
    bool m_monospace = false;
};

/// The local files among @p urls (empty when any of them is not a local file).
[[nodiscard]] QList<QUrl> localFileUrls(const QList<QUrl> &urls);

} // namespace Warroom
