// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postmortemdraft.h"

namespace Warroom {

/// Where the sections people write in a postmortem live: one JSON file per incident,
/// <data folder>/postmortems/<incident>.json (QStandardPaths::AppDataLocation, beside the database), written
/// atomically (QSaveFile). The event log has no event type for a postmortem's text (DESIGN §3), and the
/// generated sections never need saving: they are folded again from the log.
class PostmortemStorage
{
public:
    [[nodiscard]] static QString folder();
    [[nodiscard]] static QString pathFor(const QString &incident);
    /// Fills @p draft's written sections from its incident's file. No file: true, nothing changed.
    static bool load(PostmortemDraft *draft, Error *error);
    static bool save(const PostmortemDraft &draft, Error *error);
};

} // namespace Warroom
