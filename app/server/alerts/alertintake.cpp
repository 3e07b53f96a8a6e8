// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertintake.h"

#include "clock.h"
#include "eventfactory.h"
#include "eventtypes.h"

#include <QSet>
#include <QUuid>

#include <algorithm>

namespace Warroom {

namespace {

/// The namespace of every name-based id the hooks make (a fixed, random uuid).
const QUuid &idNamespace()
{
    static const QUuid ns(QStringLiteral("{3c5f7e1a-9b2d-4e8f-a6c4-1d0b9e8f7a25}"));
    return ns;
}

QString sourceTitle(const QString &source)
{
    if (source == QLatin1String("alertmanager"))
        return QStringLiteral("Alertmanager");
    if (source == QLatin1String("grafana"))
        return QStringLiteral("Grafana");
    if (source == QLatin1String("pagerduty"))
        return QStringLiteral("PagerDuty");
    return QStringLiteral("the generic hook");
}

bool holdsKey(const AlertRecord &alert, const QString &source, const QString &key)
{
    return alert.source == source && alert.labels.value(AlertIntake::keyLabel()).toString() == key;
}

bool incidentHoldsKey(const IncidentState &state, const QString &source, const QString &key)
{
    const QList<AlertRecord> &alerts = state.alerts();
    return std::any_of(alerts.cbegin(), alerts.cend(),
        [&](const AlertRecord &alert) { return holdsKey(alert, source, key); });
}

/// The name the incident's latest alert of this key had: a resolve or acknowledge from PagerDuty carries
/// none, and the firing count of the board pairs alerts by name.
QString knownName(const Projection &log, const QString &incident, const QString &source, const QString &key)
{
    const IncidentState *state = log.incident(incident);
    if (!state)
        return {};
    const QList<AlertRecord> &alerts = state->alerts();
    for (auto it = alerts.crbegin(); it != alerts.crend(); ++it) {
        if (holdsKey(*it, source, key))
            return it->name;
    }
    return {};
}

} // namespace

AlertIntake::AlertIntake(const SeverityMapping &severities, AlertStormLimit storm)
    : m_severities(severities)
    , m_storm(storm)
{ }

int AlertIntake::declaredSince(const Projection &log, const QString &actor, const QDateTime &since)
{
    int count = 0;
    for (const QString &id : log.incidentIds()) {
        const IncidentState *state = log.incident(id);
        if (state && state->declaredBy() == actor && state->milestones().declared >= since)
            ++count;
    }
    return count;
}

bool AlertIntake::joinStorm(const Projection &log, const QString &source, const QString &actor,
    const QDateTime &now, Plan *plan) const
{
    const qint64 window = m_storm.windowSeconds;
    const qint64 bucket = now.toSecsSinceEpoch() / window;
    const auto stormId = [&](qint64 of) {
        return derivedId(
            QStringLiteral("storm"), QStringList {source, actor, QString::number(of)}.join('\n'));
    };
    const QString current = stormId(bucket);
    const IncidentState *state = log.incident(current);
    if (state && state->status() == Status::Resolved) {
        plan->retryAfterSeconds = int(qMax<qint64>(1, (bucket + 1) * window - now.toSecsSinceEpoch()));
        plan->ignored
            = QStringLiteral("alert storm: %1 opened %2 incidents within %3 minutes and its storm incident "
                             "is resolved; send again in %4 s")
                  .arg(actor)
                  .arg(m_storm.incidents)
                  .arg(window / 60)
                  .arg(plan->retryAfterSeconds);
        return false;
    }
    // A storm that began in an earlier window and is still open goes on: its id is the storm id of the
    // window it was declared in.
    QString open = state ? current : QString();
    const QStringList ids = log.incidentIds();
    for (auto it = ids.crbegin(); open.isEmpty() && it != ids.crend(); ++it) {
        const IncidentState *other = log.incident(*it);
        if (other && other->declaredBy() == actor && other->status() != Status::Resolved
            && *it == stormId(other->milestones().declared.toSecsSinceEpoch() / window))
            open = *it;
    }
    plan->incident = open.isEmpty() ? current : open;
    plan->creates = open.isEmpty();
    plan->storm = true;
    return true;
}

QString AlertIntake::openIncidentFor(const Projection &log, const QString &source, const QString &key)
{
    const QStringList ids = log.incidentIds();
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        const IncidentState *state = log.incident(*it);
        if (state && state->status() != Status::Resolved && incidentHoldsKey(*state, source, key))
            return *it;
    }
    return {};
}

QString AlertIntake::latestIncidentFor(const Projection &log, const QString &source, const QString &key)
{
    const QStringList ids = log.incidentIds();
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        const IncidentState *state = log.incident(*it);
        if (state && incidentHoldsKey(*state, source, key))
            return *it;
    }
    return {};
}

QString AlertIntake::alertEventId(const QString &source, const QString &key, const IncomingAlert &alert)
{
    const QString ends
        = alert.status == IncomingAlert::Status::Firing ? QString() : Wire::formatTime(alert.endsAt);
    const QStringList parts {QStringLiteral("alert"), source, key, alert.fingerprint,
        IncomingAlert::statusName(alert.status), Wire::formatTime(alert.startsAt), ends};
    return QUuid::createUuidV5(idNamespace(), parts.join(QLatin1Char('\n'))).toString(QUuid::WithoutBraces);
}

QString AlertIntake::derivedId(const QString &kind, const QString &from)
{
    return QUuid::createUuidV5(idNamespace(), kind + QLatin1Char('\n') + from).toString(QUuid::WithoutBraces);
}

QString AlertIntake::noteText(const IncomingAlert &alert)
{
    QStringList lines;
    if (!alert.summary.isEmpty())
        lines << QStringLiteral("%1: %2").arg(alert.name, alert.summary);
    if (!alert.description.isEmpty() && alert.description != alert.summary)
        lines << alert.description;
    for (const auto &[what, url] : alert.links)
        lines << QStringLiteral("%1: %2").arg(what, url);
    lines << alert.details;
    if (lines.isEmpty())
        return {};
    if (alert.summary.isEmpty())
        lines.prepend(alert.name);
    return HookParsing::clip(lines.join(QLatin1Char('\n')), Limits::TextMax);
}

AlertIntake::Plan AlertIntake::plan(const HookPayload &payload, const Projection &log,
    const std::function<bool(const QString &)> &isStored, const QString &actor) const
{
    Plan plan;
    plan.alerts = int(payload.alerts.size());
    const QString &source = payload.source;
    const QString &key = payload.key;

    // What is new: a retry of a delivery is all duplicates; one alert twice in a delivery counts once.
    struct Item
    {
        const IncomingAlert *alert;
        QString id;
    };
    QList<Item> fresh;
    QSet<QString> seen;
    for (const IncomingAlert &alert : payload.alerts) {
        const QString id = alertEventId(source, key, alert);
        if (isStored(id) || seen.contains(id)) {
            ++plan.duplicates;
            continue;
        }
        seen.insert(id);
        fresh.append({&alert, id});
    }
    const auto firstFiring = std::find_if(fresh.cbegin(), fresh.cend(),
        [](const Item &item) { return item.alert->status == IncomingAlert::Status::Firing; });

    QString target = openIncidentFor(log, source, key);
    if (target.isEmpty() && firstFiring != fresh.cend()) {
        // Named after the alert that opens it: a retry that comes after the incident was resolved finds it
        // (its declaration is a duplicate too) instead of opening another.
        target = derivedId(QStringLiteral("incident"), firstFiring->id);
        plan.creates = log.incident(target) == nullptr;
    } else if (target.isEmpty()) {
        target = latestIncidentFor(log, source, key);
    }
    // Checked only when a new incident would open: alerts of keys already held go where they always go.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(Clock::now().toMSecsSinceEpoch(), Qt::UTC);
    if (plan.creates && m_storm.incidents > 0
        && declaredSince(log, actor, now.addSecs(-m_storm.windowSeconds)) >= m_storm.incidents) {
        if (!joinStorm(log, source, actor, now, &plan))
            return plan;
        target = plan.incident;
    }
    if (target.isEmpty()) {
        plan.ignored = fresh.isEmpty()
            ? QStringLiteral("every alert of this delivery is recorded already")
            : QStringLiteral("no incident holds this key, and an alert that is not firing never opens one");
        return plan;
    }
    plan.incident = target;
    if (fresh.isEmpty())
        return plan;

    const EventFactory factory(actor);
    // One millisecond apart, so that the timeline shows them in the delivery's order.
    qint64 offset = 0;
    const auto nextAt = [&] {
        return now.addMSecs(offset++);
    };

    if (plan.creates) {
        Severity severity = Severity::Sev4;
        QDateTime impact;
        QStringList services;
        for (const Item &item : std::as_const(fresh)) {
            const IncomingAlert &alert = *item.alert;
            if (alert.status != IncomingAlert::Status::Firing)
                continue;
            severity = std::min(severity, m_severities.severityOf(alert.labels, alert.severity));
            if (alert.startsAt.isValid() && (!impact.isValid() || alert.startsAt < impact))
                impact = alert.startsAt;
            const QString service = alert.labels.value(QStringLiteral("service")).toString().trimmed();
            if (!service.isEmpty() && service.size() <= Limits::NameMax && !services.contains(service)
                && services.size() < Limits::ServicesMax)
                services << service;
        }
        const IncomingAlert &first = *firstFiring->alert;
        QString title = !first.title.isEmpty() ? first.title : first.name;
        if (title.trimmed().isEmpty())
            title = QStringLiteral("Alert from %1").arg(sourceTitle(source));
        QStringList summary;
        if (plan.storm) {
            // A storm is loud by itself, whatever the first alert says.
            severity = std::min(severity, Severity::Sev2);
            title = QStringLiteral("Alert storm: %1 opened %2 incidents in %3 minutes")
                        .arg(actor)
                        .arg(m_storm.incidents)
                        .arg(m_storm.windowSeconds / 60);
            summary << QStringLiteral(
                "More alerts with new keys arrived from %1 (%2) than it may open incidents "
                "for. They are gathered here instead, each with its key, so that the board "
                "stays readable. Read the alerts below; declare a separate incident for any "
                "that needs its own commander.")
                           .arg(actor, sourceTitle(source));
        }
        if (!first.summary.isEmpty() && first.summary != title && !plan.storm)
            summary << first.summary;
        if (!first.description.isEmpty() && first.description != first.summary && !plan.storm)
            summary << first.description;
        Event declared = factory.declare(HookParsing::clip(title, Limits::TitleMax), severity,
            HookParsing::clip(summary.join(QStringLiteral("\n\n")), Limits::TextMax), services);
        declared.id = derivedId(QStringLiteral("declared"), target);
        declared.incident = target;
        declared.at = nextAt();
        if (impact.isValid())
            declared.data.insert(QStringLiteral("impact_started_at"), Wire::formatTime(impact));
        plan.events.append(declared);
    }

    for (const Item &item : std::as_const(fresh)) {
        const IncomingAlert &alert = *item.alert;
        QString name = alert.name;
        if (name.isEmpty())
            name = knownName(log, target, source, key);
        if (name.isEmpty())
            name = HookParsing::clip(
                QStringLiteral("%1 alert %2").arg(sourceTitle(source), key), Limits::TitleMax);
        if (alert.status == IncomingAlert::Status::Acknowledged) {
            Event note = factory.addNote(target,
                QStringLiteral("Acknowledged in %1: %2 (dedup key %3). Nobody is the commander until someone "
                               "takes the role here.")
                    .arg(sourceTitle(source), name, HookParsing::clip(key, 200)),
                NoteKind::Observation, nextAt());
            note.id = item.id;
            plan.events.append(note);
            continue;
        }
        QJsonObject labels = alert.labels;
        labels.insert(keyLabel(), key);
        Event received = factory.alertReceived(
            target, source, name, IncomingAlert::statusName(alert.status), labels, alert.startsAt, alert.url);
        received.id = item.id;
        received.at = nextAt();
        plan.events.append(received);
        if (alert.status == IncomingAlert::Status::Firing) {
            IncomingAlert named = alert;
            named.name = name;
            if (const QString text = noteText(named); !text.isEmpty()) {
                Event note = factory.addNote(target, text, NoteKind::Observation, nextAt());
                note.id = derivedId(QStringLiteral("note"), item.id);
                plan.events.append(note);
            }
        }
    }
    return plan;
}

} // namespace Warroom
