// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incomingalert.h"
#include "projection.h"
#include "severitymapping.h"

#include <functional>

namespace Warroom {

/// How many incidents one hook may open in a window before its alerts gather in a storm incident.
struct AlertStormLimit
{
    int incidents = 20; ///< 0 = no cap
    int windowSeconds = 600;
};

/// Decides what one hook delivery adds to the log (DESIGN §8), without HTTP or a store: pure, given the fold
/// of the log, so that it is tested on its own.
///
/// - A firing alert opens an incident (incident.declared: severity from SeverityMapping, title from the
///   alert, impact_started_at = its startsAt) or joins the open incident already holding its key. The key is
///   recorded in the label "warroom.key" of every alert.received, so the key → incident map is the fold of
///   the log itself: a restarted server, or another one on the same database, knows it without a table.
/// - Every alert becomes an alert.received; a firing one with a summary, description or links also gets an
///   observation note with them. A resolved alert is recorded (on the open incident of its key, else on the
///   latest that held it) and never resolves anything: people decide. A PagerDuty acknowledge becomes a note,
///   never a commander. An alert whose key no incident holds and that is not firing is ignored.
/// - Event ids are name-based (UUID v5) from (source, key, fingerprint, status, startsAt, endsAt), so the
///   same delivery twice — Alertmanager retries — makes the same ids, and the log's duplicate detection
///   answers the second: nothing is added twice.
/// - An alert storm (DESIGN §8, docs/API.md "Alert storms"): once one hook (its token's name) has opened
///   AlertStormLimit::incidents incidents within AlertStormLimit::windowSeconds, a firing alert with a new
///   key opens no incident of its own: it joins the hook's open "Alert storm" incident, or opens one for the
///   window (a name-based id, so every server and every retry finds the same one), keeping its key so that
///   later alerts of that key follow it there. If people resolved the storm incident within its own window,
///   new keys are refused (Plan::retryAfterSeconds, answered 429) until the window ends: Alertmanager
///   retries, nothing is lost.
class AlertIntake
{
public:
    struct Plan
    {
        QString incident; ///< where the alerts went (or would have gone); empty when ignored
        bool creates = false; ///< the events declare it
        EventList events; ///< only ids not stored yet, in order
        int alerts = 0; ///< alerts in the delivery
        int duplicates = 0; ///< of them, already recorded (a retry)
        QString ignored; ///< why nothing is recorded, when nothing is
        bool storm = false; ///< new keys went to (or would open) the hook's alert storm incident
        int retryAfterSeconds = 0; ///< > 0: refused for now (a resolved storm in this window); retry then
    };

    /// The alert.received label that holds the group / dedup key.
    [[nodiscard]] static QString keyLabel() { return QStringLiteral("warroom.key"); }

    explicit AlertIntake(
        const SeverityMapping &severities = SeverityMapping(), AlertStormLimit storm = AlertStormLimit());
    [[nodiscard]] const SeverityMapping &severities() const { return m_severities; }
    [[nodiscard]] AlertStormLimit stormLimit() const { return m_storm; }

    /// The events for @p payload, written by @p actor (the hook token's name), on top of @p log. @p isStored
    /// says whether an event id is in the log already (or waiting to be).
    [[nodiscard]] Plan plan(const HookPayload &payload, const Projection &log,
        const std::function<bool(const QString &)> &isStored, const QString &actor) const;

    /// The newest open incident with an alert of @p source carrying @p key, or empty.
    [[nodiscard]] static QString openIncidentFor(
        const Projection &log, const QString &source, const QString &key);
    /// The newest incident, open or not, with such an alert, or empty.
    [[nodiscard]] static QString latestIncidentFor(
        const Projection &log, const QString &source, const QString &key);
    /// The id of the alert.received (or, acknowledged, the note) that records @p alert.
    [[nodiscard]] static QString alertEventId(
        const QString &source, const QString &key, const IncomingAlert &alert);
    /// A name-based id derived from another: "incident", "declared" or "note" of an alert event id.
    [[nodiscard]] static QString derivedId(const QString &kind, const QString &from);
    /// The timeline note of a firing alert (summary, description, links, details), or empty.
    [[nodiscard]] static QString noteText(const IncomingAlert &alert);
    /// How many incidents @p actor declared from @p since on.
    [[nodiscard]] static int declaredSince(
        const Projection &log, const QString &actor, const QDateTime &since);

private:
    /// Points @p plan at the alert storm incident of @p source / @p actor at @p now; false when refused.
    bool joinStorm(const Projection &log, const QString &source, const QString &actor, const QDateTime &now,
        Plan *plan) const;

    SeverityMapping m_severities;
    AlertStormLimit m_storm;
};

} // namespace Warroom
