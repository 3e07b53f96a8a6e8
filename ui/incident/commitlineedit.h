// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

namespace Warroom {

/// A line edit over a stored value: Enter or leaving the field asks to commit what was typed, Esc puts the
/// stored value back. While someone is typing, a new stored value (another writer's change) does not
/// overwrite their words; it shows once they commit or revert.
class CommitLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit CommitLineEdit(QWidget *parent = nullptr);

    /// The value as stored. Shown at once unless the person is in the middle of changing it.
    void setCommittedText(const QString &text);
    [[nodiscard]] const QString &committedText() const { return m_committed; }
    /// After a commit was stored as @p stored (maybe trimmed): show exactly that, typing or not.
    void acceptCommitted(const QString &stored);
    /// True while the field holds text that differs from the stored value.
    [[nodiscard]] bool isDirty() const { return text() != m_committed; }
    /// Puts the stored value back.
    void revert();

    /// Looks like a heading (no frame) until it has the focus.
    void setHeadingStyle(bool heading);

Q_SIGNALS:
    /// Enter, or the focus left with changed text. The receiver stores it (then calls setCommittedText) or
    /// refuses it (and says why, then calls revert).
    void commitRequested(const QString &text);
    void reverted();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateLook();

    QString m_committed;
    bool m_heading = false;
};

} // namespace Warroom
