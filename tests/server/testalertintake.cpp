// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertintake.h"
#include "clock.h"
#include "eventfactory.h"
#include "eventtypes.h"
#include "eventvalidator.h"
#include "hookformats.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Warroom;

namespace {

HookPayload parsed(const QString &hook, const QString &sampleName)
{
    QFile file(QStringLiteral(WARROOM_TEST_DATA "/hooks/%1.json").arg(sampleName));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample %s", qPrintable(file.fileName()));
    HookPayload payload;
    Error error;
    if (!HookFormats::parse(hook, QJsonDocument::fromJson(file.readAll()).object(), &payload, &error))
        qFatal("the sample %s does not parse: %s", qPrintable(sampleName), qPrintable(error.message));
    return payload;
}

QStringList types(const EventList &events)
{
    QStringList list;
    for (const Event &event : events)
        list << event.type;
    return list;
}

} // namespace

/// AlertIntake on a log kept in memory: what each delivery adds, idempotency, the key → incident map as a
/// fold of the log, resolved alerts that never resolve, PagerDuty acknowledge as a note.
class TestAlertIntake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void firingGroupOpensAnIncident();
    void sameDeliveryTwiceAddsNothing();
    void laterAlertOfTheGroupJoins();
    void resolvedIsRecordedAndNeverResolves();
    void resolvedAfterPeopleResolvedGoesToThatIncident();
    void firingAgainAfterResolutionOpensANewIncident();
    void resolvedWithoutAnIncidentIsIgnored();
    void keyMapIsTheFoldOfTheLog();
    void pagerDutyTriggerAcknowledgeResolve();
    void genericAndGrafana();
    void severityFollowsTheConfiguredMap();
    void alertStormGathersNewKeys();

private:
    /// Plans @p payload on the log, checks every event validates, and stores it; the clock moves 30 s on.
    AlertIntake::Plan deliver(const HookPayload &payload, const AlertIntake &intake = AlertIntake());
    void store(const Event &event);

    std::unique_ptr<ManualClock> m_clock;
    Projection m_log;
    EventList m_events;
    QSet<QString> m_ids;
    QStringList
        m_failures; ///< what store() and deliver() found wrong (they return values, so cannot QVERIFY)
    qint64 m_seq = 0;
};

void TestAlertIntake::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 21), QTime(22, 40), Qt::UTC));
    Clock::setInstance(m_clock.get());
    m_log = Projection();
    m_events.clear();
    m_ids.clear();
    m_failures.clear();
    m_seq = 0;
}

void TestAlertIntake::cleanup()
{
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
    Clock::setInstance(nullptr);
    m_clock.reset();
}

void TestAlertIntake::store(const Event &event)
{
    Event stored = event;
    stored.seq = ++m_seq;
    Error problem = EventValidator::validate(stored, m_log.incident(stored.incident));
    if (!problem)
        problem = m_log.apply(stored);
    if (problem) {
        m_failures << stored.type + QStringLiteral(": ") + problem.message;
        return;
    }
    m_ids.insert(stored.id);
    m_events.append(stored);
}

AlertIntake::Plan TestAlertIntake::deliver(const HookPayload &payload, const AlertIntake &intake)
{
    const AlertIntake::Plan plan = intake.plan(
        payload, m_log, [this](const QString &id) { return m_ids.contains(id); }, QStringLiteral("am-prod"));
    for (const Event &event : plan.events) {
        if (m_ids.contains(event.id) || event.actor != QLatin1String("am-prod")
            || event.incident != plan.incident)
            m_failures << QStringLiteral("unexpected event %1")
                              .arg(QString::fromUtf8(
                                  QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact)));
        store(event);
    }
    m_clock->advanceSecs(30);
    return plan;
}

void TestAlertIntake::firingGroupOpensAnIncident()
{
    const AlertIntake::Plan plan
        = deliver(parsed(QStringLiteral("alertmanager"), QStringLiteral("alertmanager-firing")));
    QVERIFY(plan.creates);
    QVERIFY(plan.ignored.isEmpty());
    QCOMPARE(plan.alerts, 2);
    QCOMPARE(plan.duplicates, 0);
    QCOMPARE(types(plan.events),
        (QStringList {QStringLiteral("incident.declared"), QStringLiteral("alert.received"),
            QStringLiteral("note.added"), QStringLiteral("alert.received"), QStringLiteral("note.added")}));

    const Event &declared = plan.events.at(0);
    QCOMPARE(declared.data.value(QStringLiteral("severity")).toString(), QStringLiteral("SEV1")); // critical
    QCOMPARE(declared.data.value(QStringLiteral("title")).toString(),
        QStringLiteral("CheckoutHighErrorRate: Checkout API error rate above 5%"));
    QCOMPARE(declared.data.value(QStringLiteral("impact_started_at")).toString(),
        QStringLiteral("2026-11-21T22:31:44.261Z")); // the earliest startsAt
    QCOMPARE(
        declared.data.value(QStringLiteral("services")).toArray(), QJsonArray {QStringLiteral("checkout")});

    const IncidentState *state = m_log.incident(plan.incident);
    QVERIFY(state);
    QCOMPARE(state->status(), Status::Investigating);
    QVERIFY(state->commander().isEmpty());
    QCOMPARE(state->alerts().size(), 2);
    const AlertRecord &alert = state->alerts().first();
    QCOMPARE(alert.source, QStringLiteral("alertmanager"));
    QCOMPARE(alert.name, QStringLiteral("CheckoutHighErrorRate (instance=checkout-api-1:9090)"));
    QCOMPARE(alert.status, QStringLiteral("firing"));
    QCOMPARE(alert.labels.value(AlertIntake::keyLabel()).toString(),
        QStringLiteral("{}/{team=\"payments\"}:{alertname=\"CheckoutHighErrorRate\"}"));
    QCOMPARE(
        alert.labels.value(QStringLiteral("instance")).toString(), QStringLiteral("checkout-api-1:9090"));
    QVERIFY(alert.url.startsWith(QStringLiteral("http://prometheus-0:9090/graph")));
    QCOMPARE(m_log.summary(plan.incident).firingAlerts, 2);

    // The note carries what the alert says and where to look.
    const QString note = plan.events.at(2).data.value(QStringLiteral("text")).toString();
    QCOMPARE(plan.events.at(2).data.value(QStringLiteral("kind")).toString(), QStringLiteral("observation"));
    QVERIFY2(note.contains(QStringLiteral("current 12.4%")), qPrintable(note));
    QVERIFY(note.contains(QStringLiteral("Runbook: https://runbooks.example.com/checkout/high-error-rate")));
    // In the delivery's order on the timeline: declared first.
    for (qsizetype i = 1; i < plan.events.size(); ++i)
        QVERIFY(plan.events.at(i - 1).at < plan.events.at(i).at);
}

void TestAlertIntake::sameDeliveryTwiceAddsNothing()
{
    const HookPayload payload = parsed(QStringLiteral("alertmanager"), QStringLiteral("alertmanager-firing"));
    const AlertIntake::Plan first = deliver(payload);
    const AlertIntake::Plan again = deliver(payload);
    QCOMPARE(again.incident, first.incident);
    QVERIFY(!again.creates);
    QVERIFY(again.events.isEmpty());
    QCOMPARE(again.duplicates, 2);
    QCOMPARE(m_log.size(), 1);
    // Ids are derived, not random: a second server (or a restart) computes the same ones.
    const AlertIntake::Plan elsewhere = AlertIntake().plan(
        payload, Projection(), [](const QString &) { return false; }, QStringLiteral("am-prod"));
    QCOMPARE(elsewhere.incident, first.incident);
    QCOMPARE(elsewhere.events.size(), first.events.size());
    for (qsizetype i = 0; i < first.events.size(); ++i)
        QCOMPARE(elsewhere.events.at(i).id, first.events.at(i).id);
}

void TestAlertIntake::laterAlertOfTheGroupJoins()
{
    const AlertIntake::Plan first
        = deliver(parsed(QStringLiteral("alertmanager"), QStringLiteral("alertmanager-firing")));
    const AlertIntake::Plan grown
        = deliver(parsed(QStringLiteral("alertmanager"), QStringLiteral("alertmanager-firing-grown")));
    QCOMPARE(grown.incident, first.incident);
    QVERIFY(!grown.creates);
    QCOMPARE(grown.duplicates, 2);
    QCOMPARE(
        types(grown.events), (QStringList {QStringLiteral("alert.received"), QStringLiteral("note.added")}));
    QCOMPARE(m_log.size(), 1);
    QCOMPARE(m_log.summary(first.incident).firingAlerts, 3);
}

void TestAlertIntake::resolvedIsRecordedAndNeverResolves()
{
    const AlertIntake::Plan first
        = deliver(parsed(QStringLiteral("alertmanager"), QStringLiteral("alertmanager-firing")));
    deliver(parsed(QStringLiteral("alertmanager"), QStringLiteral("alertmanager-firing-grown")));
    const AlertIntake::Plan resolved
        = deliver(parsed(QStringLiteral("alertmanager"), QStringLiteral("alertmanager-resolved")));
    QCOMPARE(resolved.incident, first.incident);
    QCOMPARE(types(resolved.events),
        (QStringList {QStringLiteral("alert.received"), QStringLiteral("alert.received")}));
    for (const Event &event : resolved.events)
        QCOMPARE(event.data.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    const IncidentSummary summary = m_log.summary(first.incident);
    QCOMPARE(summary.status, Status::Investigating); // people decide
    QCOMPARE(summary.firingAlerts, 1); // checkout-api-3 still fires
    QCOMPARE(deliver(parsed(QStringLiteral("alertmanager"), QStringLiteral("alertmanager-resolved")))
                 .events.size(),
        0);
}

void TestAlertIntake::resolvedAfterPeopleResolvedGoesToThatIncident()
{
    const AlertIntake::Plan first
        = deliver(parsed(QStringLiteral("alertmanager"), QStringLiteral("alertmanager-firing")));
    store(EventFactory(QStringLiteral("alice")).setStatus(first.incident, Status::Resolved));
    const AlertIntake::Plan resolved
        = deliver(parsed(QStringLiteral("alertmanager"), QStringLiteral("alertmanager-resolved")));
    QCOMPARE(resolved.incident, first.incident);
    QVERIFY(!resolved.creates);
    QCOMPARE(resolved.events.size(), 2);
    QCOMPARE(m_log.size(), 1);
    QCOMPARE(m_log.summary(first.incident).firingAlerts, 0);
}

void TestAlertIntake::firingAgainAfterResolutionOpensANewIncident()
{
    const HookPayload firing = parsed(QStringLiteral("alertmanager"), QStringLiteral("alertmanager-firing"));
    const AlertIntake::Plan first = deliver(firing);
    store(EventFactory(QStringLiteral("alice")).setStatus(first.incident, Status::Resolved));

    // Alertmanager repeats a notification of the same firing alerts: recorded already, nothing reopens.
    const AlertIntake::Plan repeat = deliver(firing);
    QVERIFY(repeat.events.isEmpty());
    QCOMPARE(repeat.incident, first.incident);
    QCOMPARE(m_log.size(), 1);

    // The same alert fires again later: a new occurrence opens a new incident.
    HookPayload again = firing;
    again.alerts[0].startsAt = QDateTime(QDate(2026, 11, 21), QTime(23, 5), Qt::UTC);
    const AlertIntake::Plan second = deliver(again);
    QVERIFY(second.creates);
    QVERIFY(second.incident != first.incident);
    QCOMPARE(m_log.size(), 2);
    QCOMPARE(AlertIntake::openIncidentFor(m_log, firing.source, firing.key), second.incident);
}

void TestAlertIntake::resolvedWithoutAnIncidentIsIgnored()
{
    const AlertIntake::Plan plan
        = deliver(parsed(QStringLiteral("alertmanager"), QStringLiteral("alertmanager-resolved")));
    QVERIFY(plan.incident.isEmpty());
    QVERIFY(plan.events.isEmpty());
    QVERIFY(!plan.ignored.isEmpty());
    QCOMPARE(m_log.size(), 0);
    const AlertIntake::Plan ack
        = deliver(parsed(QStringLiteral("pagerduty"), QStringLiteral("pagerduty-acknowledge")));
    QVERIFY(ack.incident.isEmpty());
    QVERIFY(ack.events.isEmpty());
}

void TestAlertIntake::keyMapIsTheFoldOfTheLog()
{
    const AlertIntake::Plan first
        = deliver(parsed(QStringLiteral("alertmanager"), QStringLiteral("alertmanager-firing")));
    // A restarted server folds the same log and knows the same key.
    Projection restarted;
    for (const Event &event : std::as_const(m_events))
        QVERIFY(!restarted.apply(event));
    const HookPayload grown
        = parsed(QStringLiteral("alertmanager"), QStringLiteral("alertmanager-firing-grown"));
    QCOMPARE(AlertIntake::openIncidentFor(restarted, grown.source, grown.key), first.incident);
    const AlertIntake::Plan plan = AlertIntake().plan(
        grown, restarted, [this](const QString &id) { return m_ids.contains(id); },
        QStringLiteral("am-prod"));
    QCOMPARE(plan.incident, first.incident);
    QVERIFY(!plan.creates);
    // Another source with the same key is another incident.
    QVERIFY(AlertIntake::openIncidentFor(restarted, QStringLiteral("grafana"), grown.key).isEmpty());
}

void TestAlertIntake::pagerDutyTriggerAcknowledgeResolve()
{
    const AlertIntake::Plan trigger
        = deliver(parsed(QStringLiteral("pagerduty"), QStringLiteral("pagerduty-trigger")));
    QVERIFY(trigger.creates);
    QCOMPARE(
        trigger.events.first().data.value(QStringLiteral("severity")).toString(), QStringLiteral("SEV2"));
    QCOMPARE(trigger.events.first().data.value(QStringLiteral("impact_started_at")).toString(),
        QStringLiteral("2026-11-21T22:42:58.315Z"));

    const AlertIntake::Plan ack
        = deliver(parsed(QStringLiteral("pagerduty"), QStringLiteral("pagerduty-acknowledge")));
    QCOMPARE(ack.incident, trigger.incident);
    QCOMPARE(types(ack.events), QStringList {QStringLiteral("note.added")});
    const QString text = ack.events.first().data.value(QStringLiteral("text")).toString();
    QVERIFY2(text.contains(QStringLiteral("DISK at 99% on machine prod-datapipe03.example.com")),
        qPrintable(text));
    QVERIFY(m_log.incident(trigger.incident)->commander().isEmpty()); // never a commander
    QVERIFY(deliver(parsed(QStringLiteral("pagerduty"), QStringLiteral("pagerduty-acknowledge")))
                .events.isEmpty());

    const AlertIntake::Plan resolve
        = deliver(parsed(QStringLiteral("pagerduty"), QStringLiteral("pagerduty-resolve")));
    QCOMPARE(resolve.incident, trigger.incident);
    QCOMPARE(types(resolve.events), QStringList {QStringLiteral("alert.received")});
    // Named after its trigger, so the board pairs them: nothing fires any more, and it is still open.
    QCOMPARE(resolve.events.first().data.value(QStringLiteral("name")).toString(),
        QStringLiteral("DISK at 99% on machine prod-datapipe03.example.com"));
    QCOMPARE(m_log.summary(trigger.incident).firingAlerts, 0);
    QCOMPARE(m_log.summary(trigger.incident).status, Status::Investigating);
}

void TestAlertIntake::genericAndGrafana()
{
    const AlertIntake::Plan generic
        = deliver(parsed(QStringLiteral("generic"), QStringLiteral("generic-firing")));
    QVERIFY(generic.creates);
    QCOMPARE(generic.events.first().data.value(QStringLiteral("severity")).toString(),
        QStringLiteral("SEV2")); // major
    QCOMPARE(generic.events.first().data.value(QStringLiteral("title")).toString(),
        QStringLiteral("Nightly backup of orders DB failed"));
    QVERIFY(generic.events.first()
                .data.value(QStringLiteral("summary"))
                .toString()
                .startsWith(QStringLiteral("pg_dump")));
    const AlertIntake::Plan genericResolved
        = deliver(parsed(QStringLiteral("generic"), QStringLiteral("generic-resolved")));
    QCOMPARE(genericResolved.incident, generic.incident);
    QCOMPARE(m_log.summary(generic.incident).firingAlerts, 0);

    const AlertIntake::Plan grafana
        = deliver(parsed(QStringLiteral("grafana"), QStringLiteral("grafana-firing")));
    QVERIFY(grafana.creates);
    QVERIFY(grafana.incident != generic.incident);
    QCOMPARE(
        grafana.events.first().data.value(QStringLiteral("severity")).toString(), QStringLiteral("SEV3"));
    QCOMPARE(grafana.events.at(1).data.value(QStringLiteral("url")).toString(),
        QStringLiteral("https://grafana.example.com/d/dc0f0a7e/node-memory?orgId=1&viewPanel=4"));
    const QString note = grafana.events.at(2).data.value(QStringLiteral("text")).toString();
    QVERIFY2(note.contains(QStringLiteral("Silence: https://grafana.example.com/alerting/silence/new")),
        qPrintable(note));
    QVERIFY(note.contains(QStringLiteral("Values: B=44.2394, C=1")));
    const AlertIntake::Plan resolved
        = deliver(parsed(QStringLiteral("grafana"), QStringLiteral("grafana-resolved")));
    QCOMPARE(resolved.incident, grafana.incident);
    QCOMPARE(m_log.summary(grafana.incident).status, Status::Investigating);
}

void TestAlertIntake::severityFollowsTheConfiguredMap()
{
    SeverityMapping mapping;
    QString error;
    QVERIFY(mapping.parseMap(QStringLiteral("critical=SEV2, warning=SEV4"), &error));
    QVERIFY(mapping.setDefaultSeverity(QStringLiteral("SEV4"), &error));
    const AlertIntake intake(mapping);
    const AlertIntake::Plan plan
        = deliver(parsed(QStringLiteral("alertmanager"), QStringLiteral("alertmanager-firing")), intake);
    QCOMPARE(plan.events.first().data.value(QStringLiteral("severity")).toString(), QStringLiteral("SEV2"));
    const AlertIntake::Plan pd
        = deliver(parsed(QStringLiteral("pagerduty"), QStringLiteral("pagerduty-trigger")), intake);
    QCOMPARE(pd.events.first().data.value(QStringLiteral("severity")).toString(),
        QStringLiteral("SEV4")); // error: default
}

/// Past AlertStormLimit::incidents new incidents in a window, new keys join one storm incident; a resolved
/// storm refuses new keys until its window ends; after the window, a key opens its own incident again.
void TestAlertIntake::alertStormGathersNewKeys()
{
    const AlertIntake intake(SeverityMapping(), {3, 600});
    const HookPayload base = parsed(QStringLiteral("alertmanager"), QStringLiteral("alertmanager-firing"));
    const auto withKey = [&](int i) {
        HookPayload payload = base;
        payload.key = QStringLiteral("{}:{alertname=\"Storm%1\"}").arg(i);
        return payload;
    };
    QStringList opened;
    for (int i = 0; i < 3; ++i) {
        const AlertIntake::Plan plan = deliver(withKey(i), intake);
        QVERIFY(plan.creates);
        QVERIFY(!plan.storm);
        opened << plan.incident;
    }

    const AlertIntake::Plan storm = deliver(withKey(3), intake);
    QVERIFY(storm.creates);
    QVERIFY(storm.storm);
    QVERIFY(!opened.contains(storm.incident));
    const IncidentState *state = m_log.incident(storm.incident);
    QVERIFY(state);
    QVERIFY2(state->title().startsWith(QLatin1String("Alert storm: am-prod")), qPrintable(state->title()));
    QVERIFY(int(state->severity()) <= int(Severity::Sev2));
    QCOMPARE(m_log.summary(storm.incident).firingAlerts, 2);

    const AlertIntake::Plan joined = deliver(withKey(4), intake);
    QCOMPARE(joined.incident, storm.incident);
    QVERIFY(!joined.creates);
    QVERIFY(joined.storm);
    QCOMPARE(m_log.size(), 4);
    // The keys stay with the storm: a later alert of one follows it there; a retry adds nothing.
    HookPayload later = withKey(3);
    later.alerts[0].startsAt = later.alerts[0].startsAt.addSecs(60);
    QCOMPARE(deliver(later, intake).incident, storm.incident);
    QVERIFY(deliver(withKey(4), intake).events.isEmpty());

    // The next window: the hook may open incidents again (the three are older than the window), and once it
    // is past its limit again, new keys join the storm still open from the window before.
    m_clock->advanceSecs(600);
    for (int i = 10; i < 13; ++i)
        QVERIFY(deliver(withKey(i), intake).creates);
    const AlertIntake::Plan still = deliver(withKey(13), intake);
    QCOMPARE(still.incident, storm.incident);
    QVERIFY(still.storm);
    QVERIFY(!still.creates);
    QCOMPARE(m_log.size(), 7);

    // People resolved that storm: the next new key opens this window's storm incident.
    store(EventFactory(QStringLiteral("alice")).setStatus(storm.incident, Status::Resolved));
    const AlertIntake::Plan again = deliver(withKey(14), intake);
    QVERIFY(again.creates);
    QVERIFY(again.storm);
    QVERIFY(again.incident != storm.incident);
    QCOMPARE(m_log.size(), 8);

    // Resolved again within its own window: new keys are refused until the window ends (429 Retry-After).
    store(EventFactory(QStringLiteral("alice")).setStatus(again.incident, Status::Resolved));
    const AlertIntake::Plan refused = deliver(withKey(15), intake);
    QVERIFY(refused.events.isEmpty());
    QVERIFY2(refused.retryAfterSeconds > 0 && refused.retryAfterSeconds <= 600,
        qPrintable(QString::number(refused.retryAfterSeconds)));
    QVERIFY(refused.ignored.contains(QLatin1String("alert storm")));
    QCOMPARE(m_log.size(), 8);

    // The window has passed: a new key opens its own incident again.
    m_clock->advanceSecs(1200);
    const AlertIntake::Plan calm = deliver(withKey(15), intake);
    QVERIFY(calm.creates);
    QVERIFY(!calm.storm);
    QCOMPARE(m_log.size(), 9);
}

QTEST_GUILESS_MAIN(TestAlertIntake)
#include "testalertintake.moc"
