// SPDX-License-Identifier: GPL-3.0-or-later
#include "commitlineedit.h"

#include <QFocusEvent>
#include <QKeyEvent>

namespace Warroom {

CommitLineEdit::CommitLineEdit(QWidget *parent)
    : QLineEdit(parent)
{ }

void CommitLineEdit::setCommittedText(const QString &text)
{
    const bool typing = hasFocus() && isDirty() && this->text() != text;
    m_committed = text;
    if (!typing)
        setText(text);
}

void CommitLineEdit::acceptCommitted(const QString &stored)
{
    m_committed = stored;
    setText(stored);
}

void CommitLineEdit::revert()
{
    setText(m_committed);
    Q_EMIT reverted();
}

void CommitLineEdit::setHeadingStyle(bool heading)
{
    m_heading = heading;
    updateLook();
}

void CommitLineEdit::updateLook()
{
    // A heading until someone edits it: no frame and a see-through base, so it reads as the title of the
    // page; with the focus the frame and the input colour show that typing goes there. Transparent is no
    // colour of its own and every other role stays inherited, so a theme switch still applies.
    if (!m_heading)
        return;
    const bool editing = hasFocus();
    setFrame(editing);
    QPalette look;
    if (!editing)
        look.setColor(QPalette::Base, Qt::transparent);
    setPalette(look);
}

void CommitLineEdit::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (isDirty())
            Q_EMIT commitRequested(text());
        event->accept();
        return;
    case Qt::Key_Escape:
        if (isDirty()) {
            revert();
            event->accept();
            return;
        }
        break; // nothing to revert: let Esc reach the window (close a popup, leave a mode)
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

bool CommitLineEdit::event(QEvent *event)
{
    // Esc and Enter belong to this field while it holds unsaved text, even if the window has shortcuts or a
    // default button on them.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Escape || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && isDirty()) {
            event->accept();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void CommitLineEdit::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    updateLook();
}

void CommitLineEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    updateLook();
    // A context menu or a completer popup takes the focus for a moment: that is not leaving the field.
    if (event->reason() != Qt::PopupFocusReason && isDirty())
        Q_EMIT commitRequested(text());
}

} // namespace Warroom
