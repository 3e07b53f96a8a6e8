// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentnotifier.h"

#include "clock.h"
#include "eventtypes.h"
#include "presentation.h"
#include "session.h"
#include "unacknowledged.h"

#include <QGuiApplication>
#include <QSystemTrayIcon>

namespace Warroom {

IncidentNotifier::IncidentNotifier(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    for (const QString &id : session->projection().incidentIds())
        m_severities.insert(id, session->projection().incident(id)->severity());
    connect(session, &Session::eventApplied, this, &IncidentNotifier::onEventApplied);
    // A replay must not hold back news of a live incident (DESIGN §8).
    connect(session, &Session::liveEventApplied, this, &IncidentNotifier::onEventApplied);

    m_unacknowledgedMinutes = Unacknowledged::thresholdMinutes();
    // What is overdue already is on the board, loud; it is raised again at its next threshold.
    const QDateTime now = Clock::now();
    const Projection &live = session->liveProjection();
    for (const QString &id : live.incidentIds()) {
        if (const qint64 periods = Unacknowledged::periods(live.summary(id), m_unacknowledgedMinutes, now))
            m_overduePeriods.insert(id, periods);
    }
    connect(&m_overdueTimer, &QTimer::timeout, this, &IncidentNotifier::checkUnacknowledged);
    setCheckInterval(std::chrono::seconds(5));

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Warroom"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastNotified.isEmpty())
                Q_EMIT incidentRequested(m_lastNotified);
        });
        m_tray->show();
    }
}

IncidentNotifier::~IncidentNotifier() = default;

void IncidentNotifier::onEventApplied(const Event &event)
{
    const IncidentState *state = m_session->liveProjection().incident(event.incident);
    if (!state)
        return;
    const Severity previous = m_severities.value(event.incident, Severity::Sev4);
    const bool known = m_severities.contains(event.incident);
    m_severities.insert(event.incident, state->severity());
    // You know what you did yourself; the notification is for what others (and alerts) do.
    if (event.actor == m_session->actor())
        return;
    if (event.kind() == EventKind::IncidentDeclared && !known) {
        notify(event.incident,
            tr("%1 declared by %2").arg(Presentation::severityText(state->severity()), event.actor),
            state->title());
    } else if (event.kind() == EventKind::IncidentUpdated && int(state->severity()) < int(previous)) {
        notify(event.incident,
            tr("Severity raised to %1 by %2").arg(Presentation::severityText(state->severity()), event.actor),
            state->title());
    }
}

void IncidentNotifier::setUnacknowledgedMinutes(int minutes)
{
    m_unacknowledgedMinutes = qBound(1, minutes, Unacknowledged::MaxMinutes);
}

void IncidentNotifier::setCheckInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_overdueTimer.stop();
        return;
    }
    m_overdueTimer.start(interval);
}

void IncidentNotifier::checkUnacknowledged()
{
    if (!m_session)
        return;
    // The live state, also while replaying: nobody in command is news now, whatever the view shows.
    const Projection &live = m_session->liveProjection();
    const QDateTime now = Clock::now();
    for (const QString &id : live.incidentIds()) {
        const IncidentState *state = live.incident(id);
        if (!state || state->status() == Status::Resolved || !state->commander().isEmpty()) {
            m_overduePeriods.remove(id);
            continue;
        }
        const IncidentSummary summary = live.summary(id);
        const qint64 periods = Unacknowledged::periods(summary, m_unacknowledgedMinutes, now);
        if (periods <= m_overduePeriods.value(id, 0))
            continue;
        m_overduePeriods.insert(id, periods);
        const int minutes = int(Unacknowledged::waitingMSecs(summary, now) / 60000);
        notify(id,
            tr("%1 has had no commander for %n min", "desktop notification title", minutes)
                .arg(Presentation::severityText(summary.severity)),
            tr("%1 — take command, or assign a commander.").arg(summary.title));
    }
}

void IncidentNotifier::notify(const QString &incidentId, const QString &title, const QString &message)
{
    m_lastNotified = incidentId;
    if (m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning, 15000);
    Q_EMIT notified(incidentId, title, message);
}

} // namespace Warroom
