// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryedit.h"

#include <QFocusEvent>
#include <QKeyEvent>

namespace Warroom {

SummaryEdit::SummaryEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    // Tab moves on (keyboard-first); a summary has no use for tab characters.
    setTabChangesFocus(true);
    connect(this, &QPlainTextEdit::textChanged, this, &SummaryEdit::updateDirty);
}

void SummaryEdit::setCommittedText(const QString &text)
{
    const bool typing = hasFocus() && isDirty() && toPlainText() != text;
    m_committed = text;
    if (!typing && toPlainText() != text)
        setPlainText(text);
    updateDirty();
}

void SummaryEdit::acceptCommitted(const QString &stored)
{
    m_committed = stored;
    if (toPlainText() != stored)
        setPlainText(stored);
    updateDirty();
}

void SummaryEdit::revert()
{
    setPlainText(m_committed);
    // Carry on typing where one usually does: at the end, not back at the start.
    moveCursor(QTextCursor::End);
    updateDirty();
}

void SummaryEdit::updateDirty()
{
    const bool dirty = isDirty();
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

bool SummaryEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool save = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier);
        if ((key->key() == Qt::Key_Escape || save) && isDirty()) {
            event->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void SummaryEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers().testFlag(Qt::ControlModifier)) {
        if (isDirty())
            Q_EMIT commitRequested(toPlainText());
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && isDirty()) {
        revert();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void SummaryEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (event->reason() != Qt::PopupFocusReason && isDirty())
        Q_EMIT commitRequested(toPlainText());
}

} // namespace Warroom
