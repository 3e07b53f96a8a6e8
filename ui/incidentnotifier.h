// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "incidentstate.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QSystemTrayIcon;

namespace Warroom {

class Session;

/// Raises a desktop notification when somebody else declares an incident or raises its severity
/// (DESIGN §8): through the system tray where there is one, and always as a signal the window shows. An open
/// incident nobody has taken command of is raised again when it has waited unacknowledgedMinutes(), and
/// again every as many minutes until someone does.
class IncidentNotifier : public QObject
{
    Q_OBJECT
public:
    explicit IncidentNotifier(Session *session, QObject *parent = nullptr);
    ~IncidentNotifier() override;

    /// Whether a tray icon carries the notifications on this desktop.
    [[nodiscard]] bool usesSystemTray() const { return m_tray != nullptr; }

    /// The unacknowledged threshold (from the settings, Unacknowledged::thresholdMinutes(), unless set here).
    void setUnacknowledgedMinutes(int minutes);
    [[nodiscard]] int unacknowledgedMinutes() const { return m_unacknowledgedMinutes; }
    /// How often checkUnacknowledged() runs by itself (5 s by default; 0 stops it).
    void setCheckInterval(std::chrono::milliseconds interval);

public Q_SLOTS:
    /// Raises a notification for each open incident without a commander that has passed another threshold
    /// since the last look (the timer calls it; tests may too). Incidents overdue when the notifier started
    /// are raised at their next threshold, not all at once.
    void checkUnacknowledged();

Q_SIGNALS:
    /// A notification was raised (also shown in the tray when there is one).
    void notified(const QString &incidentId, const QString &title, const QString &message);
    /// The person clicked a tray notification.
    void incidentRequested(const QString &incidentId);

private:
    void onEventApplied(const Event &event);
    void notify(const QString &incidentId, const QString &title, const QString &message);

    QPointer<Session> m_session;
    QHash<QString, Severity> m_severities; // the last severity seen of each incident
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastNotified;
    QTimer m_overdueTimer;
    int m_unacknowledgedMinutes = 5;
    QHash<QString, qint64> m_overduePeriods; // incident → thresholds already raised for it
};

} // namespace Warroom
