// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "incidentstate.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace Warroom {

class Session;

/// Raises a desktop notification when somebody else declares an incident or raises its severity
/// (DESIGN §8): through the system tray where there is one, and always as a signal the window shows.
class IncidentNotifier : public QObject
{
    Q_OBJECT
public:
    explicit IncidentNotifier(Session *session, QObject *parent = nullptr);
    ~IncidentNotifier() override;

    /// Whether a tray icon carries the notifications on this desktop.
    [[nodiscard]] bool usesSystemTray() const { return m_tray != nullptr; }

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
};

} // namespace Warroom
