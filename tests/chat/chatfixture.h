// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventfactory.h"
#include "incidentfacts.h"
#include "incidentstate.h"

namespace Warroom::ChatFixture {

/// A fixed moment and a fixed incident, so that payloads are the same bytes on every run.
inline QDateTime start()
{
    return QDateTime(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC);
}

inline QString incidentId()
{
    return QStringLiteral("6f1c2a3e-0d4b-4c5a-9e7f-1a2b3c4d5e6f");
}

/// Folds @p events into @p state with fixed ids and times (@p minutes after start()).
inline void apply(IncidentState &state, Event event, int minutes, int serial)
{
    event.incident = incidentId();
    event.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(serial, 12, 10, QLatin1Char('0'));
    event.at = start().addSecs(qint64(minutes) * 60);
    const Error error = state.apply(event);
    if (error)
        qWarning() << "fixture event refused:" << error.message;
}

/// The incident: declared at 22:00, commander priya, identified, one decision; @p resolved adds the
/// resolution at 23:40. @p title and @p summary replace the usual ones (the escaping cases).
inline IncidentState incident(bool resolved = false,
    const QString &title = QStringLiteral("Checkout returns 502 for EU customers"),
    const QString &summary = QStringLiteral("Card payments fail for about 30% of EU checkouts."))
{
    const EventFactory priya(QStringLiteral("priya"));
    IncidentState state(incidentId());
    int serial = 0;
    apply(state, priya.declare(title, Severity::Sev2, summary), 0, ++serial);
    apply(state, priya.assignRole({}, QStringLiteral("commander"), QStringLiteral("priya")), 2, ++serial);
    apply(state, priya.setStatus({}, Status::Identified), 20, ++serial);
    apply(state, priya.addNote({}, QStringLiteral("Roll back payments-api to v2.14.3"), NoteKind::Decision),
        25, ++serial);
    if (resolved) {
        apply(state, priya.setStatus({}, Status::Mitigated), 50, ++serial);
        apply(state, priya.setStatus({}, Status::Resolved), 100, ++serial);
    }
    return state;
}

/// Facts at 23:04:30 (1 h 04 min in; for a resolved incident, at 23:45), next update in 30 min, with a link.
inline IncidentFacts facts(const IncidentState &state, bool withUrl = true)
{
    const QDateTime now
        = state.status() == Status::Resolved ? start().addSecs(105 * 60) : start().addSecs(64 * 60 + 30);
    const QDateTime next = state.status() == Status::Resolved ? QDateTime() : now.addSecs(30 * 60);
    return IncidentFacts::from(state, now, next,
        withUrl ? QStringLiteral("https://warroom.example.com/incidents/") + incidentId() : QString());
}

} // namespace Warroom::ChatFixture
