// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace Warroom {

/// The incident summary: a few lines of plain text over a stored value. Ctrl+Enter or leaving the field asks
/// to commit, Esc puts the stored text back, and another writer's change never overwrites what someone is
/// typing (it shows once they commit or revert).
class SummaryEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SummaryEdit(QWidget *parent = nullptr);

    void setCommittedText(const QString &text);
    [[nodiscard]] const QString &committedText() const { return m_committed; }
    [[nodiscard]] bool isDirty() const { return toPlainText() != m_committed; }
    void revert();
    /// After a commit was stored as @p stored: show exactly that, typing or not.
    void acceptCommitted(const QString &stored);

Q_SIGNALS:
    void commitRequested(const QString &text);
    /// The text started or stopped differing from the stored value (to enable a Save button).
    void dirtyChanged(bool dirty);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateDirty();

    QString m_committed;
    bool m_wasDirty = false;
};

} // namespace Warroom
