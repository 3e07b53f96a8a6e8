// SPDX-License-Identifier: GPL-3.0-or-later
#include "postmortemstorage.h"

#include "jsonfile.h"

#include <QDir>
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
    QJsonObject object;
    bool exists = false;
    if (!JsonFile::readObject(path, &object, &exists, error))
        return false;
    if (!exists)
        return true; // nothing written yet
    Error invalid;
    if (!draft->setWrittenJson(object, &invalid)) {
        if (error)
            *error = {invalid.code, invalid.field, QStringLiteral("%1: %2").arg(path, invalid.message)};
        return false;
    }
    return true;
}

bool PostmortemStorage::save(const PostmortemDraft &draft, Error *error)
{
    return JsonFile::writeObject(pathFor(draft.incidentId()), draft.writtenJson(), error);
}

} // namespace Warroom
