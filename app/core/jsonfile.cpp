// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace Warroom::JsonFile {

bool readObject(const QString &path, QJsonObject *object, bool *exists, Error *error)
{
    QFile file(path);
    *exists = file.exists();
    if (!*exists)
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
                parseError.error != QJsonParseError::NoError
                    ? QStringLiteral("%1 is not a JSON object (%2 at offset %3)")
                          .arg(path, parseError.errorString())
                          .arg(parseError.offset)
                    : QStringLiteral("%1 is not a JSON object").arg(path)};
        return false;
    }
    *object = doc.object();
    return true;
}

bool writeObject(const QString &path, const QJsonObject &object, Error *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = Error::store(QStringLiteral("cannot create the folder %1").arg(folder));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(object).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = Error::store(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace Warroom::JsonFile
