// SPDX-License-Identifier: GPL-3.0-or-later
#include "postmortemstorage.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace Warroom {

QString PostmortemStorage::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("postmortems"));
}

QString PostmortemStorage::pathFor(const QString &incident)
{
    return QDir(folder()).filePath(incident + QStringLiteral(".json"));
}

bool PostmortemStorage::load(PostmortemDraft *draft, Error *error)
{
    const QString path = pathFor(draft->incidentId());
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Error::store(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = {QStringLiteral("malformed_json"), {},
                QStringLiteral("%1 is not a postmortem file: %2").arg(path, parseError.errorString())};
        return false;
    }
    Error invalid;
    if (!draft->setWrittenJson(doc.object(), &invalid)) {
        if (error)
            *error = {invalid.code, invalid.field, QStringLiteral("%1: %2").arg(path, invalid.message)};
        return false;
    }
    return true;
}

bool PostmortemStorage::save(const PostmortemDraft &draft, Error *error)
{
    const QString path = pathFor(draft.incidentId());
    if (!QDir().mkpath(folder())) {
        if (error)
            *error = Error::store(QStringLiteral("cannot create the folder %1").arg(folder()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(draft.writtenJson()).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        if (error)
            *error = Error::store(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace Warroom
