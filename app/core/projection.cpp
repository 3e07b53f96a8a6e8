// SPDX-License-Identifier: GPL-3.0-or-later
#include "projection.h"

#include "eventtypes.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace Warroom {

bool IncidentSummary::operator==(const IncidentSummary &o) const
{
    return id == o.id && title == o.title && severity == o.severity && status == o.status
        && commander == o.commander && declaredAt == o.declaredAt && impactStartedAt == o.impactStartedAt
        && resolvedAt == o.resolvedAt && lastActivity == o.lastActivity && stepsDone == o.stepsDone
        && stepsTotal == o.stepsTotal && firingAlerts == o.firingAlerts;
}

Error Projection::apply(const Event &event)
{
    auto it = m_incidents.find(event.incident);
    const bool isNew = it == m_incidents.end();
    if (isNew) {
        if (event.kind() != EventKind::IncidentDeclared)
            return {QStringLiteral("unknown_target"), QStringLiteral("incident"),
                QStringLiteral("incident: there is no incident %1").arg(event.incident)};
        it = m_incidents.insert(event.incident, IncidentState(event.incident));
    }
    if (Error error = it->apply(event)) {
        if (isNew)
            m_incidents.erase(it);
        return error;
    }
    if (isNew)
        m_order.append(event.incident);
    m_lastSeq = std::max(m_lastSeq, event.seq);
    return {};
}

Error Projection::check(const Event &event) const
{
    const IncidentState *state = incident(event.incident);
    if (state)
        return state->check(event);
    if (event.kind() == EventKind::IncidentDeclared)
        return {};
    return {QStringLiteral("unknown_target"), QStringLiteral("incident"),
        QStringLiteral("incident: there is no incident %1").arg(event.incident)};
}

const IncidentState *Projection::incident(const QString &id) const
{
    const auto it = m_incidents.constFind(id);
    return it == m_incidents.cend() ? nullptr : &it.value();
}

QStringList Projection::incidentIds() const
{
    return m_order;
}

IncidentSummary Projection::summary(const QString &id) const
{
    const IncidentState *state = incident(id);
    return state ? summarize(*state) : IncidentSummary();
}

IncidentSummary Projection::summarize(const IncidentState &state)
{
    IncidentSummary s;
    s.id = state.id();
    s.title = state.title();
    s.severity = state.severity();
    s.status = state.status();
    s.commander = state.commander();
    s.declaredAt = state.milestones().declared;
    s.impactStartedAt = state.milestones().impactStarted;
    s.resolvedAt = state.milestones().resolved;
    s.lastActivity = state.lastActivity();
    for (const Runbook &rb : state.runbooks()) {
        s.stepsDone += rb.doneCount();
        s.stepsTotal += int(rb.steps.size());
    }
    // An alert name counts as firing while its latest report says so.
    QHash<QString, bool> firing;
    for (const AlertRecord &alert : state.alerts())
        firing.insert(alert.source + QLatin1Char('/') + alert.name, alert.status == QLatin1String("firing"));
    s.firingAlerts = int(std::count(firing.cbegin(), firing.cend(), true));
    return s;
}

BoardPosition BoardPosition::of(const IncidentSummary &summary)
{
    return {!summary.isOpen(), int(summary.severity), summary.declaredAt, summary.id};
}

bool BoardPosition::operator<(const BoardPosition &o) const
{
    return std::tie(resolved, severity, declaredAt, id)
        < std::tie(o.resolved, o.severity, o.declaredAt, o.id);
}

bool BoardPosition::operator==(const BoardPosition &o) const
{
    return std::tie(resolved, severity, declaredAt, id)
        == std::tie(o.resolved, o.severity, o.declaredAt, o.id);
}

bool Projection::boardLessThan(const IncidentSummary &a, const IncidentSummary &b)
{
    return BoardPosition::of(a) < BoardPosition::of(b);
}

void Projection::shareIndexesWith(const Projection &later)
{
    for (auto it = m_incidents.begin(); it != m_incidents.end(); ++it) {
        if (const IncidentState *state = later.incident(it.key()))
            it->shareIndexWith(*state);
    }
}

QList<IncidentSummary> Projection::board() const
{
    QList<IncidentSummary> rows;
    rows.reserve(m_order.size());
    for (const QString &id : m_order)
        rows.append(summarize(m_incidents.value(id)));
    std::sort(rows.begin(), rows.end(), boardLessThan);
    return rows;
}

} // namespace Warroom
