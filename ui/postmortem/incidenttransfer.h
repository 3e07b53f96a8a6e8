// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QString>

namespace Warroom {

class IncidentState;
class Session;

/// What an import did.
struct ImportResult
{
    QString incident;
    QString title;
    int total = 0; ///< events in the archive
    int added = 0; ///< stored now
    int duplicates = 0; ///< already present (same id): not stored again
};

/// Moves a whole incident between Warroom installations as an IncidentArchive file. Export reads the
/// incident's events from the session's store; import validates every event first (IncidentArchive::read),
/// then appends them through the store in one transaction (ids already present are duplicates, never stored
/// twice) and lets the session fold what is new.
class IncidentTransfer
{
public:
    static bool exportIncident(Session *session, const QString &incident, const QString &path, Error *error);
    static bool importFile(Session *session, const QString &path, ImportResult *result, Error *error);
    static bool importData(Session *session, const QByteArray &json, ImportResult *result, Error *error);
    /// "incident-2026-11-21-checkout-returns-502.json"
    [[nodiscard]] static QString suggestedFileName(const IncidentState &state);
};

} // namespace Warroom
