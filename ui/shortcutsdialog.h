// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace Warroom {

/// Help → Keyboard Shortcuts: every action of the window that has a shortcut, read from the menus and the
/// extra actions given, so the list can never drift from what the keys really do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QMenuBar *menuBar, const QList<QAction *> &extraActions, QWidget *parent = nullptr);

    /// The rows as shown: action text (without mnemonics) and its shortcut in native text.
    [[nodiscard]] QList<QPair<QString, QString>> rows() const;

private:
    QTableWidget *m_table = nullptr;
};

} // namespace Warroom
