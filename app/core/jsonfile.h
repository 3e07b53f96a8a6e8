// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QJsonObject>
#include <QString>

namespace Warroom {

/// The small JSON files Warroom keeps beside the database (the blameless word list, postmortem drafts):
/// read with an error that names the file, written atomically so that a crash never leaves half a file.
namespace JsonFile {

/// Reads the JSON object in @p path. A missing file is no error: @p exists says whether it was there.
bool readObject(const QString &path, QJsonObject *object, bool *exists, Error *error);
/// Writes @p object to @p path (indented), creating its folder; the old file stays until the new one is
/// whole.
bool writeObject(const QString &path, const QJsonObject &object, Error *error);

} // namespace JsonFile
} // namespace Warroom
