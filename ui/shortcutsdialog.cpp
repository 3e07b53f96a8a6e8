// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Warroom {

namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

void collect(const QList<QAction *> &actions, QList<const QAction *> *out, QSet<const QAction *> *seen)
{
    for (const QAction *action : actions) {
        if (action->menu()) {
            collect(action->menu()->actions(), out, seen);
            continue;
        }
        if (action->isSeparator() || action->shortcut().isEmpty() || seen->contains(action))
            continue;
        seen->insert(action);
        out->append(action);
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(
    const QMenuBar *menuBar, const QList<QAction *> &extraActions, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    QList<const QAction *> actions;
    QSet<const QAction *> seen;
    collect(menuBar->actions(), &actions, &seen);
    collect(extraActions, &actions, &seen);

    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->setRowCount(int(actions.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int row = 0; row < actions.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(plainText(actions.at(row))));
        m_table->setItem(
            row, 1, new QTableWidgetItem(actions.at(row)->shortcut().toString(QKeySequence::NativeText)));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(460, 420);
}

QList<QPair<QString, QString>> ShortcutsDialog::rows() const
{
    QList<QPair<QString, QString>> out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        out.append({m_table->item(row, 0)->text(), m_table->item(row, 1)->text()});
    return out;
}

} // namespace Warroom
