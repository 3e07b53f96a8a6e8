// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentfacts.h"

#include <algorithm>

namespace Warroom {

IncidentFacts IncidentFacts::from(
    const IncidentState &state, const QDateTime &now, const QDateTime &nextUpdate, const QString &incidentUrl)
{
    IncidentFacts facts;
    facts.incident = state.id();
    facts.title = state.title();
    facts.severity = state.severity();
    facts.status = state.status();
    facts.commander = state.commander();
    facts.summary = state.summary();
    const Milestones &m = state.milestones();
    facts.clockStart = m.impactStarted.isValid() ? m.impactStarted : m.declared;
    facts.resolved = state.status() == Status::Resolved ? m.resolved : QDateTime();
    facts.now = now;
    facts.nextUpdate = nextUpdate;
    facts.incidentUrl = incidentUrl;
    const auto &timeline = state.timeline();
    for (qsizetype i = timeline.size() - 1; i >= 0; --i) {
        const TimelineEntry &entry = timeline.at(i);
        if (entry.kind == NoteKind::Decision && !entry.retracted) {
            facts.latestDecision = entry.text;
            break;
        }
    }
    return facts;
}

QString IncidentFacts::severityText() const
{
    return Names::severity(severity);
}

QString IncidentFacts::statusName() const
{
    return Names::status(status);
}

QString IncidentFacts::statusText() const
{
    switch (status) {
    case Status::Investigating:
        return tr("Investigating");
    case Status::Identified:
        return tr("Identified");
    case Status::Mitigated:
        return tr("Mitigated");
    case Status::Resolved:
        return tr("Resolved");
    }
    return {};
}

QString IncidentFacts::commanderText() const
{
    return commander.isEmpty() ? tr("not assigned yet") : commander;
}

qint64 IncidentFacts::elapsedMSecs() const
{
    if (!clockStart.isValid() || !now.isValid())
        return 0;
    const QDateTime end = resolved.isValid() ? resolved : now;
    return std::max<qint64>(0, clockStart.msecsTo(end));
}

QString IncidentFacts::elapsedText() const
{
    return formatDuration(elapsedMSecs());
}

QString IncidentFacts::nextUpdateText() const
{
    if (!nextUpdate.isValid())
        return {};
    const QString at = nextUpdate.toUTC().toString(QStringLiteral("HH:mm"));
    const qint64 in = now.isValid() ? now.msecsTo(nextUpdate) : -1;
    if (in <= 0)
        return tr("%1 UTC").arg(at);
    // Rounded to the nearest minute: a promise of 30 minutes previewed half a second ago still reads "30".
    return tr("%1 UTC (in %2)").arg(at, formatDuration(((in + 30000) / 60000) * 60000));
}

QString IncidentFacts::formatDuration(qint64 msecs)
{
    const qint64 minutes = std::max<qint64>(0, msecs) / 60000;
    if (minutes < 1)
        return tr("under a minute");
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24, 2, 10, QLatin1Char('0'));
}

} // namespace Warroom
