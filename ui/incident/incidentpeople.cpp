// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentpeople.h"

#include "eventtypes.h"
#include "session.h"

#include <QCollator>
#include <QStringListModel>

#include <algorithm>

namespace Warroom {

IncidentPeople::IncidentPeople(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(new QStringListModel(this))
{
    if (m_session)
        connect(m_session, &Session::eventApplied, this, &IncidentPeople::onEventApplied);
}

void IncidentPeople::setIncident(const QString &incidentId)
{
    m_incidentId = incidentId;
    m_people.clear();
    const IncidentState *state = m_session ? m_session->projection().incident(incidentId) : nullptr;
    if (state) {
        add(state->declaredBy());
        for (const RoleTenure &tenure : state->roleHistory()) {
            add(tenure.person);
            add(tenure.assignedBy);
            add(tenure.releasedBy);
        }
        for (const FollowUpAction &action : state->actions()) {
            add(action.owner);
            add(action.createdBy);
        }
        // Alert lines are written by machines (alertmanager, a webhook), not by people to assign; the fold
        // keeps the writers, so this is no scan of a 100,000-entry timeline.
        for (const QString &writer : state->writers())
            add(writer);
    }
    publish();
}

QStringList IncidentPeople::people() const
{
    return m_model->stringList();
}

void IncidentPeople::onEventApplied(const Event &event)
{
    if (event.incident != m_incidentId)
        return;
    const int before = int(m_people.size());
    if (event.kind() != EventKind::AlertReceived)
        add(event.actor);
    add(event.data.value(QStringLiteral("person")).toString());
    add(event.data.value(QStringLiteral("owner")).toString());
    if (m_people.size() != before)
        publish();
}

void IncidentPeople::add(const QString &person)
{
    const QString name = person.trimmed();
    if (!name.isEmpty())
        m_people.insert(name);
}

void IncidentPeople::publish()
{
    QStringList list(m_people.cbegin(), m_people.cend());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(), collator);
    if (list != m_model->stringList())
        m_model->setStringList(list);
}

} // namespace Warroom
