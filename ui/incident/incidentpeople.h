// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>

class QStringListModel;

namespace Warroom {

class Session;
struct Event;

/// Everyone seen in one incident's events (actors, role holders, follow-up owners), sorted, as a string
/// list model for completers. Follows the Session event by event rather than rescanning the incident.
class IncidentPeople : public QObject
{
    Q_OBJECT
public:
    explicit IncidentPeople(Session *session, QObject *parent = nullptr);

    void setIncident(const QString &incidentId);
    [[nodiscard]] QStringListModel *model() const { return m_model; }
    [[nodiscard]] QStringList people() const;

private:
    void onEventApplied(const Warroom::Event &event);
    void add(const QString &person);
    void publish();

    QPointer<Session> m_session;
    QString m_incidentId;
    QSet<QString> m_people;
    QStringListModel *m_model = nullptr;
};

} // namespace Warroom
