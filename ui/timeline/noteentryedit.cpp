// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteentryedit.h"

#include "presentation.h"
#include "timelinepresentation.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>
#include <QTextDocument>

namespace Warroom {

namespace {
constexpr int MaxVisibleLines = 8;
} // namespace

QList<QUrl> localFileUrls(const QList<QUrl> &urls)
{
    QList<QUrl> files;
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            return {};
        files << url;
    }
    return files;
}

NoteEntryEdit::NoteEntryEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(this, &QPlainTextEdit::textChanged, this, &NoteEntryEdit::adjustToContent);
    adjustToContent();
}

int NoteEntryEdit::heightForLines(int lines) const
{
    const QMargins margins = contentsMargins();
    const int documentMargin = int(document()->documentMargin());
    return fontMetrics().lineSpacing() * lines + 2 * documentMargin + margins.top() + margins.bottom() + 2;
}

QSize NoteEntryEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), heightForLines(m_lines)};
}

QSize NoteEntryEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), heightForLines(1)};
}

void NoteEntryEdit::adjustToContent()
{
    // Pasted terminal output keeps its columns only in a fixed-width font.
    const bool monospace = TimelinePresentation::looksLikeTerminalOutput(toPlainText());
    if (monospace != m_monospace) {
        m_monospace = monospace;
        setFont(monospace ? Presentation::fixedPitchFont() : QFont());
    }
    const int lines = qBound(1, int(document()->size().height()), MaxVisibleLines);
    if (lines != m_lines) {
        m_lines = lines;
        setFixedHeight(heightForLines(lines));
        updateGeometry();
    }
}

void NoteEntryEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (event->modifiers() & Qt::ShiftModifier) {
            insertPlainText(QStringLiteral("\n"));
        } else {
            Q_EMIT submitted();
        }
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool NoteEntryEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || !localFileUrls(source->urls()).isEmpty()
        || QPlainTextEdit::canInsertFromMimeData(source);
}

void NoteEntryEdit::insertFromMimeData(const QMimeData *source)
{
    // An image or a file is evidence to attach, not text to type; text keeps its line breaks but never its
    // formatting.
    // Files first: a file manager may add a preview image, but the file is what was meant.
    const QList<QUrl> files = localFileUrls(source->urls());
    if (!files.isEmpty()) {
        Q_EMIT filesPasted(files);
        return;
    }
    if (source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            Q_EMIT imagePasted(image);
            return;
        }
    }
    if (source->hasText())
        insertPlainText(source->text());
}

} // namespace Warroom
