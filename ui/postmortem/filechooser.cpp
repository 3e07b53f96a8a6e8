// SPDX-License-Identifier: GPL-3.0-or-later
#include "filechooser.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Warroom {

namespace {
bool s_hasNextPath = false;
std::optional<QString> s_nextPath;

const QString lastFolderKey = QStringLiteral("files/lastFolder");

QString lastFolder()
{
    const QString folder = QSettings().value(lastFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

/// Answers a prepared test path; true when one was prepared.
bool answerPrepared(QObject *context, const std::function<void(const QString &)> &chosen)
{
    if (!s_hasNextPath)
        return false;
    s_hasNextPath = false;
    const std::optional<QString> path = s_nextPath;
    s_nextPath.reset();
    if (path && context)
        chosen(*path);
    return true;
}

void ask(QFileDialog *dialog, QObject *context, std::function<void(const QString &)> chosen)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        dialog, &QFileDialog::fileSelected, context, [chosen = std::move(chosen)](const QString &path) {
            QSettings().setValue(lastFolderKey, QFileInfo(path).absolutePath());
            chosen(path);
        });
    dialog->open();
}

} // namespace

void FileChooser::save(QWidget *parent, const QString &title, const QString &suggestedName,
    const QString &filter, QObject *context, std::function<void(const QString &)> chosen)
{
    if (answerPrepared(context, chosen))
        return;
    auto *dialog = new QFileDialog(parent, title, QDir(lastFolder()).filePath(suggestedName), filter);
    dialog->setObjectName(QStringLiteral("saveFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    const QString suffix = QFileInfo(suggestedName).completeSuffix();
    if (!suffix.isEmpty())
        dialog->setDefaultSuffix(suffix);
    ask(dialog, context, std::move(chosen));
}

void FileChooser::open(QWidget *parent, const QString &title, const QString &filter, QObject *context,
    std::function<void(const QString &)> chosen)
{
    if (answerPrepared(context, chosen))
        return;
    auto *dialog = new QFileDialog(parent, title, lastFolder(), filter);
    dialog->setObjectName(QStringLiteral("openFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    ask(dialog, context, std::move(chosen));
}

void FileChooser::setNextPath(const std::optional<QString> &path)
{
    s_hasNextPath = true;
    s_nextPath = path;
}

} // namespace Warroom
