// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "incidentstate.h"

namespace Warroom {

/// A whole incident as one JSON file: its event log, attachments included, in seq order.
///
///     {"format": "warroom-incident", "version": 1, "incident": "<uuid>", "events": [ … ]}
///
/// read() accepts an archive only when every event is valid in order: each is checked by EventValidator
/// against the fold of the events before it, so an archive that imports is one that folds cleanly. Storing
/// is the caller's (through EventStore::append, where ids already present are duplicates, never stored
/// twice).
class IncidentArchive
{
public:
    static constexpr int FormatVersion = 1;
    static constexpr QLatin1StringView FormatName {"warroom-incident"};

    /// The archive of @p incident holding @p events (as EventStore::readIncident gives them), indented JSON.
    [[nodiscard]] static QByteArray write(const QString &incident, const EventList &events);

    /// Parses and validates @p json. On failure returns false and @p error names the event and the field:
    /// field "events[7].data.severity", message "events[7] (incident.updated): data.severity: …".
    [[nodiscard]] static bool read(const QByteArray &json, IncidentArchive *archive, Error *error);

    [[nodiscard]] const QString &incident() const { return m_incident; }
    /// The events in the archive's order, seq and recorded_at as exported (the store sets its own).
    [[nodiscard]] const EventList &events() const { return m_events; }
    /// The fold of the archive's events.
    [[nodiscard]] const IncidentState &state() const { return m_state; }

private:
    QString m_incident;
    EventList m_events;
    IncidentState m_state;
};

} // namespace Warroom
