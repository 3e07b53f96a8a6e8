// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebox.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Warroom {

namespace {
std::optional<QMessageBox::StandardButton> s_nextAnswer;
bool s_hasNextText = false;
std::optional<QString> s_nextText;
bool s_recordWarnings = false;
QString s_lastWarning;
} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

std::optional<QString> MessageBox::text(
    QWidget *parent, const QString &title, const QString &label, const QString &initial, bool required)
{
    if (s_hasNextText) {
        s_hasNextText = false;
        return s_nextText;
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *prompt = new QLabel(label, &dialog);
    prompt->setWordWrap(true);
    auto *edit = new QPlainTextEdit(initial, &dialog);
    edit->setObjectName(QStringLiteral("reasonTextEdit"));
    edit->setAccessibleName(label);
    edit->setTabChangesFocus(true);
    prompt->setBuddy(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(prompt);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    const auto update = [=] {
        ok->setEnabled(!required || !edit->toPlainText().trimmed().isEmpty());
    };
    QObject::connect(edit, &QPlainTextEdit::textChanged, &dialog, update);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    update();
    dialog.resize(420, 180);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->toPlainText().trimmed();
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    s_lastWarning = text;
    if (s_recordWarnings)
        return;
    QMessageBox::warning(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void MessageBox::setNextText(const std::optional<QString> &text)
{
    s_hasNextText = true;
    s_nextText = text;
}

void MessageBox::setRecordWarnings(bool record)
{
    s_recordWarnings = record;
    s_lastWarning.clear();
}

QString MessageBox::lastWarning()
{
    return s_lastWarning;
}

} // namespace Warroom
