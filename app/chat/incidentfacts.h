// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Warroom {

/// What a chat message may say about an incident, taken from its projection at one moment: the values of
/// the template placeholders and the fields of the structured payloads (Teams facts, generic JSON). A plain
/// value, so that formatting is a pure function of it (golden files need no Session).
struct IncidentFacts
{
    QString incident; ///< uuid
    QString title;
    Severity severity = Severity::Sev3;
    Status status = Status::Investigating;
    QString commander; ///< empty while nobody holds the role
    QString summary;
    QString latestDecision; ///< the newest decision in the timeline that was not retracted
    QDateTime clockStart; ///< impact started, else declared
    QDateTime resolved; ///< when it was resolved (invalid while open)
    QDateTime now; ///< the moment the message is written (Clock::now() at send)
    QDateTime nextUpdate; ///< when the next update is promised (invalid: none)
    QString incidentUrl; ///< a link for people to follow, when the team configured one

    /// Facts of @p state at @p now.
    [[nodiscard]] static IncidentFacts from(const IncidentState &state, const QDateTime &now,
        const QDateTime &nextUpdate = {}, const QString &incidentUrl = {});

    [[nodiscard]] QString severityText() const; ///< "SEV2"
    [[nodiscard]] QString statusName() const; ///< wire name: "investigating"
    [[nodiscard]] QString statusText() const; ///< "Investigating"
    [[nodiscard]] QString commanderText() const; ///< the commander, or "not assigned yet"
    /// How long it has lasted: from the clock start to now, or to the resolution once resolved.
    [[nodiscard]] qint64 elapsedMSecs() const;
    [[nodiscard]] QString elapsedText() const; ///< "38 min", "1 h 04 min"
    /// "22:31 UTC (in 30 min)"; empty when no update is promised. UTC, because stakeholders sit in many
    /// time zones and a chat message cannot show each reader their own.
    [[nodiscard]] QString nextUpdateText() const;

    /// A duration as messages say it: "under a minute", "38 min", "1 h 04 min", "2 d 03 h".
    [[nodiscard]] static QString formatDuration(qint64 msecs);

    // Last: the macro leaves the access at private.
    Q_DECLARE_TR_FUNCTIONS(Warroom::IncidentFacts)
};

} // namespace Warroom
