// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoincident.h"

#include "eventfactory.h"

namespace Warroom {

namespace {

/// Collects events at given minutes after the start, so the story reads like a real hour.
class Story
{
public:
    Story(const QDateTime &start, const QString &incident)
        : m_start(start)
        , m_incident(incident)
    { }
    const QString &incident() const { return m_incident; }
    Event &at(int minutes, Event event)
    {
        event.at = m_start.addSecs(qint64(minutes) * 60);
        event.incident = m_incident;
        m_events.append(event);
        return m_events.last();
    }
    EventList events() const { return m_events; }

private:
    QDateTime m_start;
    QString m_incident;
    EventList m_events;
};

} // namespace

EventList DemoIncident::build(const QDateTime &now, const RunbookTemplate &restoreRunbook)
{
    const EventFactory priya(QStringLiteral("priya")); // on call, then commander
    const EventFactory marco(QStringLiteral("marco")); // database engineer
    const EventFactory lena(QStringLiteral("lena")); // scribe
    const EventFactory alerts(QStringLiteral("alertmanager"));
    const QDateTime start = now.addSecs(-52 * 60);

    Event declared
        = priya.declare(QStringLiteral("Order history returns 500 for a third of customers"), Severity::Sev2,
            QStringLiteral("Since the 14:05 release, GET /orders fails for accounts whose order "
                           "metadata was converted by the JSON column migration."),
            {QStringLiteral("orders-api"), QStringLiteral("postgres-main")});
    Story s(start, declared.incident);
    s.at(0, declared);
    s.at(0,
        alerts.alertReceived({}, QStringLiteral("alertmanager"), QStringLiteral("OrdersApiHighErrorRate"),
            QStringLiteral("firing"),
            {{QStringLiteral("severity"), QStringLiteral("page")},
                {QStringLiteral("service"), QStringLiteral("orders-api")}},
            start.addSecs(-6 * 60), QStringLiteral("https://grafana.internal/d/orders")));
    s.at(3, priya.update({}, IncidentChanges().setImpactStartedAt(start.addSecs(-9 * 60))));
    s.at(3, priya.assignRole({}, QStringLiteral("commander"), QStringLiteral("priya")));
    s.at(4, priya.assignRole({}, QStringLiteral("scribe"), QStringLiteral("lena")));
    s.at(4, priya.assignRole({}, QStringLiteral("ops"), QStringLiteral("marco")));
    const Event first = s.at(6,
        lena.addNote({}, QStringLiteral("Error rate on GET /orders at 31%, all 500s; other endpoints fine."),
            NoteKind::Observation));
    s.at(9,
        marco.addNote({},
            QStringLiteral("14:05 release ran migration 0142: orders.metadata TEXT → JSONB. Rows with "
                           "single-quoted keys were converted to JSON strings, not objects."),
            NoteKind::Observation));
    s.at(11,
        priya.setStatus({}, Status::Identified, QStringLiteral("Migration 0142 converted metadata badly")));
    const Event decision = s.at(13,
        priya.addNote({},
            QStringLiteral("Decision: restore orders.metadata from the 13:00 backup "
                           "rather than patch rows by hand. Roll-forward of new orders after."),
            NoteKind::Decision));
    s.at(14, lena.pinNote({}, decision.id, true));
    Event attached = priya.attachRunbook({}, restoreRunbook.name, restoreRunbook.stepsJson());
    s.at(15, attached);
    const QString rb = attached.data.value(QStringLiteral("runbook")).toString();
    const auto stepId = [&](int index) {
        return restoreRunbook.steps.value(index).id;
    };
    s.at(17, marco.checkStep({}, rb, stepId(0), QStringLiteral("orders-api writers scaled to 0")));
    Event backup = marco.addNote({},
        QStringLiteral("pg_dump of orders taken: orders-2026-incident.dump, 4.2 GB, sha256 9f1c…"),
        NoteKind::Evidence);
    backup.data.insert(QStringLiteral("runbook"), rb);
    backup.data.insert(QStringLiteral("step"), stepId(1));
    s.at(22, backup);
    s.at(22, marco.checkStep({}, rb, stepId(1)));
    Event point = marco.addNote({},
        QStringLiteral("Restore point: nightly+hourly backup 13:00, before the 14:05 release."),
        NoteKind::Evidence);
    point.data.insert(QStringLiteral("runbook"), rb);
    point.data.insert(QStringLiteral("step"), stepId(2));
    s.at(24, point);
    s.at(24, marco.checkStep({}, rb, stepId(2)));
    s.at(25,
        marco.checkStep({}, rb, stepId(3), QStringLiteral("~1,900 orders written since 13:00 to replay")));
    s.at(33, marco.checkStep({}, rb, stepId(4), QStringLiteral("restored into orders_restore")));
    Event counts = marco.addNote({},
        QStringLiteral("orders_restore: 1,204,331 rows, metadata objects valid on a 1,000-row sample."),
        NoteKind::Evidence);
    counts.data.insert(QStringLiteral("runbook"), rb);
    counts.data.insert(QStringLiteral("step"), stepId(5));
    s.at(36, counts);
    s.at(36, marco.checkStep({}, rb, stepId(5)));
    s.at(38, priya.approveStep({}, rb, stepId(6)));
    s.at(40,
        marco.checkStep({}, rb, stepId(6), QStringLiteral("metadata column swapped from orders_restore")));
    s.at(41, priya.setStatus({}, Status::Mitigated, QStringLiteral("Error rate back under 0.5%")));
    s.at(42,
        alerts.alertReceived({}, QStringLiteral("alertmanager"), QStringLiteral("OrdersApiHighErrorRate"),
            QStringLiteral("resolved"), {{QStringLiteral("service"), QStringLiteral("orders-api")}},
            start.addSecs(-6 * 60), QStringLiteral("https://grafana.internal/d/orders")));
    s.at(43,
        lena.chatPosted({}, QStringLiteral("#incident-orders"),
            QStringLiteral("Mitigated: order history works again. We are replaying orders placed "
                           "since 13:00; next update in 30 minutes."),
            QStringLiteral("delivered"), 200));
    s.at(45,
        lena.editNote({}, first.id,
            QStringLiteral("Error rate on GET /orders at 31% (peak 34%), all 500s; other "
                           "endpoints fine.")));
    s.at(47,
        priya.addAction({},
            QStringLiteral("Add a dry run on a production snapshot to the migration checklist"),
            QStringLiteral("marco"), now.addDays(7)));
    s.at(48,
        priya.addAction({}, QStringLiteral("Alert on per-endpoint error rate, not only the global one"),
            QStringLiteral("lena"), now.addDays(14)));
    s.at(52,
        lena.addNote(
            {}, QStringLiteral("Replaying orders since 13:00: 1,200 of ~1,900 done."), NoteKind::Action));
    return s.events();
}

} // namespace Warroom
