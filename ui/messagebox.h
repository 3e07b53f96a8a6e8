// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace Warroom {

/// Every question the UI asks a person goes through here, so tests can answer it in advance
/// (KeePassXC's MessageBox::setNextAnswer). Without a prepared answer the real modal dialog is shown.
class MessageBox
{
public:
    /// A yes/no style question; returns the button pressed.
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    /// Asks for one line or paragraph of text (a skip reason, a retraction reason). Returns nullopt when
    /// cancelled. @p required: OK stays disabled while the text is blank.
    static std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
        const QString &initial = {}, bool required = true);
    /// Shows a warning the person must read (an action was refused and why).
    static void warning(QWidget *parent, const QString &title, const QString &text);

    /// For tests: the next question() returns @p answer without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// For tests: the next text() returns @p text (nullopt = cancelled) without showing anything.
    static void setNextText(const std::optional<QString> &text);
    /// For tests: the last warning()'s text, and warnings are not shown while this is enabled.
    static void setRecordWarnings(bool record);
    [[nodiscard]] static QString lastWarning();
};

} // namespace Warroom
