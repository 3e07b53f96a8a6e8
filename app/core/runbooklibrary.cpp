// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbooklibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Warroom {

namespace {

bool readUtf8(const QString &path, QString *text, Error *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {QStringLiteral("io_error"), {}, QStringLiteral("%1: %2").arg(path, file.errorString())};
        return false;
    }
    // Runbooks are short; anything past 1 MiB is not a checklist a person can follow.
    if (file.size() > 1024 * 1024) {
        *error = {QStringLiteral("invalid_runbook"), {}, QStringLiteral("%1: larger than 1 MiB").arg(path)};
        return false;
    }
    *text = QString::fromUtf8(file.readAll());
    return true;
}

} // namespace

void RunbookLibrary::load(const QStringList &folders)
{
    m_entries.clear();
    loadFolder(builtInFolder(), true);
    for (const QString &folder : folders)
        loadFolder(folder, false);
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        return QString::localeAwareCompare(a.runbook.name.isEmpty() ? a.key : a.runbook.name,
                   b.runbook.name.isEmpty() ? b.key : b.runbook.name)
            < 0;
    });
}

void RunbookLibrary::loadFolder(const QString &folder, bool builtIn)
{
    const QDir dir(folder);
    const QStringList files
        = dir.entryList({QStringLiteral("*.md")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &file : files) {
        Entry entry;
        entry.key = QFileInfo(file).completeBaseName();
        entry.path = dir.filePath(file);
        entry.builtIn = builtIn;
        QString text;
        if (readUtf8(entry.path, &text, &entry.error)
            && RunbookTemplate::parse(text, &entry.runbook, &entry.error))
            entry.error = {};
        else
            entry.error.message
                = QStringLiteral("%1: %2").arg(QFileInfo(file).fileName(), entry.error.message);
        m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                            [&](const Entry &e) { return e.key == entry.key; }),
            m_entries.end());
        m_entries.append(entry);
    }
}

const RunbookLibrary::Entry *RunbookLibrary::find(const QString &key) const
{
    for (const Entry &e : m_entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

QString RunbookLibrary::import(const QString &source, const QString &folder, Error *error)
{
    Error scratch;
    Error *err = error ? error : &scratch;
    QString text;
    RunbookTemplate parsed;
    if (!readUtf8(source, &text, err))
        return {};
    if (!RunbookTemplate::parse(text, &parsed, err)) {
        err->message = QStringLiteral("%1: %2").arg(QFileInfo(source).fileName(), err->message);
        return {};
    }
    if (!QDir().mkpath(folder)) {
        *err = {QStringLiteral("io_error"), {}, QStringLiteral("cannot create the folder %1").arg(folder)};
        return {};
    }
    const QString key = QFileInfo(source).completeBaseName();
    const QString target = QDir(folder).filePath(key + QStringLiteral(".md"));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(text.toUtf8()) < 0
        || !out.commit()) {
        *err = {QStringLiteral("io_error"), {}, QStringLiteral("%1: %2").arg(target, out.errorString())};
        return {};
    }
    return key;
}

} // namespace Warroom
