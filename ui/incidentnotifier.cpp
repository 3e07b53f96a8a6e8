// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentnotifier.h"

#include "eventtypes.h"
#include "presentation.h"
#include "session.h"

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
    const IncidentState *state = m_session->projection().incident(event.incident);
    if (!state)
        return;
    const Severity previous = m_severities.value(event.incident, Severity::Sev4);
    const bool known = m_severities.contains(event.incident);
    m_severities.insert(event.incident, state->severity());
    // You know what you did yourself; the notification is for what others (and alerts) do.
    if (event.actor == m_session->actor())
        return;
    if (event.type == EventType::IncidentDeclared && !known) {
        notify(event.incident,
            tr("%1 declared by %2").arg(Presentation::severityText(state->severity()), event.actor),
            state->title());
    } else if (event.type == EventType::IncidentUpdated && int(state->severity()) < int(previous)) {
        notify(event.incident,
            tr("Severity raised to %1 by %2").arg(Presentation::severityText(state->severity()), event.actor),
            state->title());
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
