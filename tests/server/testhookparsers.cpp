// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmanagerparser.h"
#include "clock.h"
#include "genericparser.h"
#include "grafanaparser.h"
#include "hookformats.h"
#include "pagerdutyparser.h"
#include "serverconfig.h"
#include "severitymapping.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Warroom;

namespace {

QJsonObject sample(const QString &name)
{
    QFile file(QStringLiteral(WARROOM_TEST_DATA "/hooks/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

/// @p object with @p value at @p path ("alerts[1].startsAt", "payload.severity"); an undefined value removes.
QJsonValue edited(const QJsonValue &value, QStringList path, const QJsonValue &replacement)
{
    if (path.isEmpty())
        return replacement;
    const QString head = path.takeFirst();
    const qsizetype bracket = head.indexOf(QLatin1Char('['));
    if (bracket >= 0) {
        const QString key = head.left(bracket);
        const int index = head.mid(bracket + 1, head.size() - bracket - 2).toInt();
        QJsonObject object = value.toObject();
        QJsonArray array = object.value(key).toArray();
        array[index] = edited(array.at(index), path, replacement);
        object.insert(key, array);
        return object;
    }
    QJsonObject object = value.toObject();
    if (path.isEmpty() && replacement.isUndefined())
        object.remove(head);
    else
        object.insert(head, edited(object.value(head), path, replacement));
    return object;
}

QJsonObject with(const QJsonObject &object, const QString &path, const QJsonValue &value)
{
    return edited(object, path.split(QLatin1Char('.')), value).toObject();
}

} // namespace

/// The hook payload parsers on real sample payloads (tests/data/hooks), their refusals, and the severity map.
class TestHookParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void alertmanagerFiringGroup();
    void alertmanagerResolvedFollowUp();
    void grafanaFiringAndResolved();
    void pagerDutyTriggerAcknowledgeResolve();
    void pagerDutyWithoutDedupKeyIsItsOwnKey();
    void generic();
    void refusals_data();
    void refusals();
    void severityMapping_data();
    void severityMapping();
    void severityMapConfig();

private:
    std::unique_ptr<ManualClock> m_clock;
};

void TestHookParsers::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 22), QTime(0, 30), Qt::UTC));
    Clock::setInstance(m_clock.get());
}

void TestHookParsers::cleanup()
{
    Clock::setInstance(nullptr);
    m_clock.reset();
}

void TestHookParsers::alertmanagerFiringGroup()
{
    HookPayload payload;
    Error error;
    QVERIFY2(AlertmanagerParser::parse(sample(QStringLiteral("alertmanager-firing")), &payload, &error),
        qPrintable(error.message));
    QCOMPARE(payload.source, QStringLiteral("alertmanager"));
    QCOMPARE(payload.key, QStringLiteral("{}/{team=\"payments\"}:{alertname=\"CheckoutHighErrorRate\"}"));
    QCOMPARE(payload.alerts.size(), 2);
    const IncomingAlert &first = payload.alerts.at(0);
    QCOMPARE(first.status, IncomingAlert::Status::Firing);
    QCOMPARE(first.name, QStringLiteral("CheckoutHighErrorRate (instance=checkout-api-1:9090)"));
    QCOMPARE(first.title, QStringLiteral("CheckoutHighErrorRate: Checkout API error rate above 5%"));
    QCOMPARE(first.fingerprint, QStringLiteral("6e0f3c2a9d1b7f45"));
    QCOMPARE(first.startsAt, utc(QStringLiteral("2026-11-21T22:31:44.261Z")));
    QVERIFY(!first.endsAt.isValid()); // Go's zero time means "not set"
    QCOMPARE(first.labels.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    QCOMPARE(first.summary, QStringLiteral("Checkout API error rate above 5%"));
    QVERIFY(first.description.contains(QStringLiteral("current 12.4%")));
    QVERIFY(first.url.startsWith(QStringLiteral("http://prometheus-0:9090/graph?g0.expr=")));
    QCOMPARE(first.links.size(), 1);
    QCOMPARE(first.links.first().first, QStringLiteral("Runbook"));
    QCOMPARE(
        first.links.first().second, QStringLiteral("https://runbooks.example.com/checkout/high-error-rate"));
    QCOMPARE(
        payload.alerts.at(1).name, QStringLiteral("CheckoutHighErrorRate (instance=checkout-api-2:9090)"));
    QCOMPARE(payload.alerts.at(1).fingerprint, QStringLiteral("b3a91d0c5e27f864"));

    // Through the hook table, by name.
    HookPayload again;
    QVERIFY(HookFormats::parse(
        QStringLiteral("alertmanager"), sample(QStringLiteral("alertmanager-firing")), &again, &error));
    QCOMPARE(again.alerts.size(), 2);
    QVERIFY(!HookFormats::parse(QStringLiteral("nagios"), {}, &again, &error));
    QCOMPARE(error.code, QStringLiteral("not_found"));
}

void TestHookParsers::alertmanagerResolvedFollowUp()
{
    HookPayload payload;
    Error error;
    QVERIFY2(AlertmanagerParser::parse(sample(QStringLiteral("alertmanager-resolved")), &payload, &error),
        qPrintable(error.message));
    QCOMPARE(payload.alerts.size(), 2);
    for (const IncomingAlert &alert : std::as_const(payload.alerts))
        QCOMPARE(alert.status, IncomingAlert::Status::Resolved);
    QCOMPARE(payload.alerts.at(0).endsAt, utc(QStringLiteral("2026-11-21T22:51:44.261Z")));
    // Same group, same alert identity as when it fired.
    HookPayload firing;
    QVERIFY(AlertmanagerParser::parse(sample(QStringLiteral("alertmanager-firing")), &firing, &error));
    QCOMPARE(payload.key, firing.key);
    QCOMPARE(payload.alerts.at(0).name, firing.alerts.at(0).name);
    QCOMPARE(payload.alerts.at(0).fingerprint, firing.alerts.at(0).fingerprint);
}

void TestHookParsers::grafanaFiringAndResolved()
{
    HookPayload payload;
    Error error;
    QVERIFY2(GrafanaParser::parse(sample(QStringLiteral("grafana-firing")), &payload, &error),
        qPrintable(error.message));
    QCOMPARE(payload.source, QStringLiteral("grafana"));
    QVERIFY(payload.key.contains(QStringLiteral("High memory usage")));
    QCOMPARE(payload.alerts.size(), 1);
    const IncomingAlert &alert = payload.alerts.first();
    QCOMPARE(alert.status, IncomingAlert::Status::Firing);
    QCOMPARE(alert.name, QStringLiteral("High memory usage"));
    QCOMPARE(alert.title, QStringLiteral("High memory usage: This alert was triggered for zone us-1"));
    QCOMPARE(alert.fingerprint, QStringLiteral("c6eadffa33fcdf37"));
    QCOMPARE(alert.startsAt, utc(QStringLiteral("2026-11-21T22:51:03.157Z"))); // +01:00, sub-ms dropped
    // The panel is the link recorded; the others go to the note.
    QCOMPARE(
        alert.url, QStringLiteral("https://grafana.example.com/d/dc0f0a7e/node-memory?orgId=1&viewPanel=4"));
    QStringList what;
    for (const auto &link : alert.links)
        what << link.first;
    QCOMPARE(what,
        (QStringList {QStringLiteral("Dashboard"), QStringLiteral("Panel"), QStringLiteral("Alert rule"),
            QStringLiteral("Silence"), QStringLiteral("Runbook")}));
    QVERIFY2(alert.details.contains(QStringLiteral("Values: B=44.2394, C=1")),
        qPrintable(alert.details.join('|')));

    HookPayload resolved;
    QVERIFY2(GrafanaParser::parse(sample(QStringLiteral("grafana-resolved")), &resolved, &error),
        qPrintable(error.message));
    QCOMPARE(resolved.key, payload.key);
    QCOMPARE(resolved.alerts.first().status, IncomingAlert::Status::Resolved);
    QCOMPARE(resolved.alerts.first().endsAt, utc(QStringLiteral("2026-11-21T23:06:03.157Z")));
    QCOMPARE(resolved.alerts.first().name, alert.name);
}

void TestHookParsers::pagerDutyTriggerAcknowledgeResolve()
{
    HookPayload trigger;
    Error error;
    QVERIFY2(PagerDutyParser::parse(sample(QStringLiteral("pagerduty-trigger")), &trigger, &error),
        qPrintable(error.message));
    QCOMPARE(trigger.source, QStringLiteral("pagerduty"));
    QCOMPARE(trigger.key, QStringLiteral("srv01/mysql-disk"));
    QCOMPARE(trigger.alerts.size(), 1);
    const IncomingAlert &alert = trigger.alerts.first();
    QCOMPARE(alert.status, IncomingAlert::Status::Firing);
    QCOMPARE(alert.name, QStringLiteral("DISK at 99% on machine prod-datapipe03.example.com"));
    QCOMPARE(alert.title, alert.name);
    QCOMPARE(alert.severity, QStringLiteral("error"));
    QCOMPARE(
        alert.startsAt, utc(QStringLiteral("2026-11-21T22:42:58.315Z"))); // "+0000", as PagerDuty writes it
    QCOMPARE(alert.labels.value(QStringLiteral("source")).toString(),
        QStringLiteral("prod-datapipe03.example.com"));
    QCOMPARE(alert.labels.value(QStringLiteral("component")).toString(), QStringLiteral("mysql"));
    QCOMPARE(alert.labels.value(QStringLiteral("class")).toString(), QStringLiteral("disk"));
    QVERIFY(alert.details.contains(QStringLiteral("free space: 1%")));
    QVERIFY(alert.details.contains(QStringLiteral("load avg: 0.75")));
    QCOMPARE(alert.url, QStringLiteral("https://monitoring.example.com/hosts/prod-datapipe03"));
    QCOMPARE(alert.links.size(), 3); // the link, the image, the client
    // The routing key is PagerDuty's secret: it never becomes part of what is stored.
    for (const QString &text : {alert.fingerprint, alert.name, alert.details.join(QString())})
        QVERIFY(!text.contains(QStringLiteral("e93facc0")));
    QJsonObject otherKey = sample(QStringLiteral("pagerduty-trigger"));
    otherKey.insert(QStringLiteral("routing_key"), QStringLiteral("another"));
    HookPayload same;
    QVERIFY(PagerDutyParser::parse(otherKey, &same, &error));
    QCOMPARE(same.alerts.first().fingerprint, alert.fingerprint);

    HookPayload ack;
    QVERIFY2(PagerDutyParser::parse(sample(QStringLiteral("pagerduty-acknowledge")), &ack, &error),
        qPrintable(error.message));
    QCOMPARE(ack.key, trigger.key);
    QCOMPARE(ack.alerts.first().status, IncomingAlert::Status::Acknowledged);
    QVERIFY(ack.alerts.first().name.isEmpty()); // the intake takes the trigger's

    HookPayload resolve;
    QVERIFY2(PagerDutyParser::parse(sample(QStringLiteral("pagerduty-resolve")), &resolve, &error),
        qPrintable(error.message));
    QCOMPARE(resolve.key, trigger.key);
    QCOMPARE(resolve.alerts.first().status, IncomingAlert::Status::Resolved);
    QVERIFY(resolve.alerts.first().fingerprint != ack.alerts.first().fingerprint);
}

void TestHookParsers::pagerDutyWithoutDedupKeyIsItsOwnKey()
{
    QJsonObject event = sample(QStringLiteral("pagerduty-trigger"));
    event.remove(QStringLiteral("dedup_key"));
    HookPayload payload;
    Error error;
    QVERIFY2(PagerDutyParser::parse(event, &payload, &error), qPrintable(error.message));
    QCOMPARE(payload.key, payload.alerts.first().fingerprint);
}

void TestHookParsers::generic()
{
    HookPayload payload;
    Error error;
    QVERIFY2(GenericParser::parse(sample(QStringLiteral("generic-firing")), &payload, &error),
        qPrintable(error.message));
    QCOMPARE(payload.source, QStringLiteral("generic"));
    QCOMPARE(payload.key, QStringLiteral("nightly-backup-db-orders"));
    const IncomingAlert &alert = payload.alerts.first();
    QCOMPARE(alert.status, IncomingAlert::Status::Firing);
    QCOMPARE(alert.title, QStringLiteral("Nightly backup of orders DB failed"));
    QCOMPARE(alert.name, QStringLiteral("Nightly backup of orders DB failed (host=backup-02)"));
    QCOMPARE(alert.severity, QStringLiteral("major"));
    QVERIFY(alert.summary.startsWith(QStringLiteral("pg_dump exited")));
    QCOMPARE(alert.url, QStringLiteral("https://ci.example.com/jobs/nightly-backup/2291"));
    QCOMPARE(alert.startsAt, utc(QStringLiteral("2026-11-21T03:12:00Z")));

    HookPayload resolved;
    QVERIFY(GenericParser::parse(sample(QStringLiteral("generic-resolved")), &resolved, &error));
    QCOMPARE(resolved.alerts.first().status, IncomingAlert::Status::Resolved);
    QCOMPARE(resolved.alerts.first().name, alert.name);
}

void TestHookParsers::refusals_data()
{
    QTest::addColumn<QString>("hook");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    const QJsonObject am = sample(QStringLiteral("alertmanager-firing"));
    const QJsonObject grafana = sample(QStringLiteral("grafana-firing"));
    const QJsonObject pd = sample(QStringLiteral("pagerduty-trigger"));
    const QJsonObject generic = sample(QStringLiteral("generic-firing"));
    const QString invalid = QStringLiteral("invalid_payload");
    const QJsonValue gone(QJsonValue::Undefined);
    const auto row = [&](const char *name, const QString &hook, const QJsonObject &body, const QString &field,
                         const QString &code) {
        QTest::newRow(name) << hook << body << code << field;
    };
    const QString a = QStringLiteral("alertmanager");
    row("am: no version", a, with(am, QStringLiteral("version"), gone), QStringLiteral("version"), invalid);
    row("am: version 3", a, with(am, QStringLiteral("version"), QStringLiteral("3")),
        QStringLiteral("version"), invalid);
    row("am: version as a number", a, with(am, QStringLiteral("version"), 4), QStringLiteral("version"),
        invalid);
    row("am: no alerts", a, with(am, QStringLiteral("alerts"), gone), QStringLiteral("alerts"), invalid);
    row("am: alerts empty", a, with(am, QStringLiteral("alerts"), QJsonArray()), QStringLiteral("alerts"),
        invalid);
    row("am: alerts an object", a, with(am, QStringLiteral("alerts"), QJsonObject()),
        QStringLiteral("alerts"), invalid);
    row("am: an alert a string", a, with(am, QStringLiteral("alerts[1]"), QStringLiteral("x")),
        QStringLiteral("alerts[1]"), invalid);
    row("am: no group key", a, with(am, QStringLiteral("groupKey"), gone), QStringLiteral("groupKey"),
        invalid);
    row("am: empty group key", a, with(am, QStringLiteral("groupKey"), QStringLiteral(" ")),
        QStringLiteral("groupKey"), invalid);
    row("am: huge group key", a, with(am, QStringLiteral("groupKey"), QString(5000, QLatin1Char('k'))),
        QStringLiteral("groupKey"), invalid);
    row("am: status unknown", a, with(am, QStringLiteral("status"), QStringLiteral("pending")),
        QStringLiteral("status"), invalid);
    row("am: alert status unknown", a, with(am, QStringLiteral("alerts[0].status"), QStringLiteral("ok")),
        QStringLiteral("alerts[0].status"), invalid);
    row("am: bad startsAt", a, with(am, QStringLiteral("alerts[1].startsAt"), QStringLiteral("yesterday")),
        QStringLiteral("alerts[1].startsAt"), invalid);
    row("am: startsAt without zone", a,
        with(am, QStringLiteral("alerts[1].startsAt"), QStringLiteral("2026-11-21T22:31:44")),
        QStringLiteral("alerts[1].startsAt"), invalid);
    row("am: startsAt before 2000", a,
        with(am, QStringLiteral("alerts[0].startsAt"), QStringLiteral("1999-12-31T23:59:59Z")),
        QStringLiteral("alerts[0].startsAt"), invalid);
    row("am: startsAt next year", a,
        with(am, QStringLiteral("alerts[0].startsAt"), QStringLiteral("2027-11-22T00:00:00Z")),
        QStringLiteral("alerts[0].startsAt"), invalid);
    row("am: startsAt missing", a, with(am, QStringLiteral("alerts[0].startsAt"), gone),
        QStringLiteral("alerts[0].startsAt"), invalid);
    row("am: startsAt a number", a, with(am, QStringLiteral("alerts[0].startsAt"), 1700000000),
        QStringLiteral("alerts[0].startsAt"), invalid);
    row("am: bad endsAt", a,
        with(am, QStringLiteral("alerts[0].endsAt"), QStringLiteral("2026-13-01T00:00:00Z")),
        QStringLiteral("alerts[0].endsAt"), invalid);
    row("am: label a number", a, with(am, QStringLiteral("alerts[0].labels.severity"), 1),
        QStringLiteral("alerts[0].labels.severity"), invalid);
    row("am: labels an array", a, with(am, QStringLiteral("alerts[0].labels"), QJsonArray()),
        QStringLiteral("alerts[0].labels"), invalid);
    row("am: annotation an object", a,
        with(am, QStringLiteral("alerts[0].annotations.summary"), QJsonObject()),
        QStringLiteral("alerts[0].annotations.summary"), invalid);
    row("am: groupLabels a string", a, with(am, QStringLiteral("groupLabels"), QStringLiteral("x")),
        QStringLiteral("groupLabels"), invalid);
    {
        QJsonArray many;
        for (int i = 0; i < HookParsing::MaxAlerts + 1; ++i)
            many.append(am.value(QStringLiteral("alerts")).toArray().at(0));
        row("am: too many alerts", a, with(am, QStringLiteral("alerts"), many), QStringLiteral("alerts"),
            QStringLiteral("payload_too_large"));
    }
    {
        QJsonObject labels;
        for (int i = 0; i < HookParsing::MaxLabels + 1; ++i)
            labels.insert(QStringLiteral("l%1").arg(i), QStringLiteral("v"));
        row("am: too many labels", a, with(am, QStringLiteral("alerts[0].labels"), labels),
            QStringLiteral("alerts[0].labels"), invalid);
    }
    row("am: label value over 20000", a,
        with(am, QStringLiteral("alerts[0].labels.job"), QString(20001, QLatin1Char('j'))),
        QStringLiteral("alerts[0].labels.job"), invalid);
    row("am: fingerprint a number", a, with(am, QStringLiteral("alerts[0].fingerprint"), 7),
        QStringLiteral("alerts[0].fingerprint"), invalid);

    const QString g = QStringLiteral("grafana");
    row("grafana: version 4", g, with(grafana, QStringLiteral("version"), QStringLiteral("4")),
        QStringLiteral("version"), invalid);
    row("grafana: no version", g, with(grafana, QStringLiteral("version"), gone), QStringLiteral("version"),
        invalid);
    row("grafana: no alerts", g, with(grafana, QStringLiteral("alerts"), gone), QStringLiteral("alerts"),
        invalid);
    row("grafana: values a string", g,
        with(grafana, QStringLiteral("alerts[0].values"), QStringLiteral("B=1")),
        QStringLiteral("alerts[0].values"), invalid);
    row("grafana: value a string", g,
        with(grafana, QStringLiteral("alerts[0].values.B"), QStringLiteral("1")),
        QStringLiteral("alerts[0].values.B"), invalid);
    row("grafana: orgId a string", g, with(grafana, QStringLiteral("orgId"), QStringLiteral("1")),
        QStringLiteral("orgId"), invalid);
    row("grafana: dashboardURL a number", g, with(grafana, QStringLiteral("alerts[0].dashboardURL"), 1),
        QStringLiteral("alerts[0].dashboardURL"), invalid);

    const QString p = QStringLiteral("pagerduty");
    row("pd: no routing key", p, with(pd, QStringLiteral("routing_key"), gone), QStringLiteral("routing_key"),
        invalid);
    row("pd: bad action", p, with(pd, QStringLiteral("event_action"), QStringLiteral("snooze")),
        QStringLiteral("event_action"), invalid);
    row("pd: no payload", p, with(pd, QStringLiteral("payload"), gone), QStringLiteral("payload"), invalid);
    row("pd: no summary", p, with(pd, QStringLiteral("payload.summary"), gone),
        QStringLiteral("payload.summary"), invalid);
    row("pd: no source", p, with(pd, QStringLiteral("payload.source"), gone),
        QStringLiteral("payload.source"), invalid);
    row("pd: bad severity", p, with(pd, QStringLiteral("payload.severity"), QStringLiteral("fatal")),
        QStringLiteral("payload.severity"), invalid);
    row("pd: bad timestamp", p, with(pd, QStringLiteral("payload.timestamp"), QStringLiteral("17/07/2015")),
        QStringLiteral("payload.timestamp"), invalid);
    row("pd: summary over 1024", p,
        with(pd, QStringLiteral("payload.summary"), QString(1025, QLatin1Char('s'))),
        QStringLiteral("payload.summary"), invalid);
    row("pd: links not an array", p, with(pd, QStringLiteral("links"), QStringLiteral("x")),
        QStringLiteral("links"), invalid);
    row("pd: link without href", p, with(pd, QStringLiteral("links[0].href"), gone),
        QStringLiteral("links[0].href"), invalid);
    {
        QJsonObject resolve = sample(QStringLiteral("pagerduty-resolve"));
        resolve.remove(QStringLiteral("dedup_key"));
        row("pd: resolve without dedup key", p, resolve, QStringLiteral("dedup_key"), invalid);
    }

    const QString x = QStringLiteral("generic");
    row("generic: no key", x, with(generic, QStringLiteral("key"), gone), QStringLiteral("key"), invalid);
    row("generic: no title", x, with(generic, QStringLiteral("title"), gone), QStringLiteral("title"),
        invalid);
    row("generic: title over 200", x, with(generic, QStringLiteral("title"), QString(201, QLatin1Char('t'))),
        QStringLiteral("title"), invalid);
    row("generic: no status", x, with(generic, QStringLiteral("status"), gone), QStringLiteral("status"),
        invalid);
    row("generic: status ok", x, with(generic, QStringLiteral("status"), QStringLiteral("ok")),
        QStringLiteral("status"), invalid);
    row("generic: url ftp", x, with(generic, QStringLiteral("url"), QStringLiteral("ftp://x/y")),
        QStringLiteral("url"), invalid);
    row("generic: url javascript", x,
        with(generic, QStringLiteral("url"), QStringLiteral("javascript:alert(1)")), QStringLiteral("url"),
        invalid);
    row("generic: labels nested", x, with(generic, QStringLiteral("labels.service"), QJsonObject()),
        QStringLiteral("labels.service"), invalid);
    row("generic: starts_at bad", x, with(generic, QStringLiteral("starts_at"), QStringLiteral("now")),
        QStringLiteral("starts_at"), invalid);
    row("generic: severity a number", x, with(generic, QStringLiteral("severity"), 1),
        QStringLiteral("severity"), invalid);
}

void TestHookParsers::refusals()
{
    QFETCH(QString, hook);
    QFETCH(QJsonObject, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    HookPayload payload;
    Error error;
    QVERIFY(!HookFormats::parse(hook, body, &payload, &error));
    QCOMPARE(error.code, code);
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.startsWith(field + QStringLiteral(": ")), qPrintable(error.message));
}

void TestHookParsers::severityMapping_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("severity");
    QTest::newRow("critical") << "critical" << 1;
    QTest::newRow("Critical") << "Critical" << 1;
    QTest::newRow("error") << "error" << 2;
    QTest::newRow("major") << "major" << 2;
    QTest::newRow("warning") << "warning" << 3;
    QTest::newRow("info") << "info" << 4;
    QTest::newRow("SEV2 as is") << "SEV2" << 2;
    QTest::newRow("sev4 as is") << "sev4" << 4;
    QTest::newRow("unknown") << "page-me" << 3;
    QTest::newRow("empty") << "" << 3;
}

void TestHookParsers::severityMapping()
{
    QFETCH(QString, word);
    QFETCH(int, severity);
    const SeverityMapping mapping;
    QCOMPARE(int(mapping.map(word)), severity);
    QCOMPARE(int(mapping.severityOf({{QStringLiteral("severity"), word}})), severity);
}

void TestHookParsers::severityMapConfig()
{
    ServerConfig config;
    QString error;
    QCOMPARE(config.severities.mapText(),
        QStringLiteral("critical=SEV1, error=SEV2, info=SEV4, major=SEV2, warning=SEV3"));
    QCOMPARE(config.unacknowledgedMinutes, 5);
    QVERIFY2(config.set(QStringLiteral("severity_map"), QStringLiteral("P1=SEV1, p2=sev2,P3=SEV3"), &error),
        qPrintable(error));
    QVERIFY(config.set(QStringLiteral("default_severity"), QStringLiteral("SEV4"), &error));
    QVERIFY(config.set(QStringLiteral("severity_label"), QStringLiteral("priority"), &error));
    QVERIFY(config.set(QStringLiteral("unacknowledged_minutes"), QStringLiteral("15"), &error));
    QCOMPARE(config.unacknowledgedMinutes, 15);
    const SeverityMapping &mapping = config.severities;
    QCOMPARE(mapping.map(QStringLiteral("p1")), Severity::Sev1);
    QCOMPARE(mapping.map(QStringLiteral("P2")), Severity::Sev2);
    QCOMPARE(mapping.map(QStringLiteral("critical")), Severity::Sev4); // no longer in the map: the default
    QCOMPARE(mapping.severityOf({{QStringLiteral("priority"), QStringLiteral("P3")},
                 {QStringLiteral("severity"), QStringLiteral("critical")}}),
        Severity::Sev3);
    // The sender's own field wins over the label.
    QCOMPARE(mapping.severityOf({{QStringLiteral("priority"), QStringLiteral("P3")}}, QStringLiteral("P1")),
        Severity::Sev1);

    for (const QString &bad : {QStringLiteral("critical"), QStringLiteral("critical=SEV9"),
             QStringLiteral("=SEV1"), QStringLiteral("a=SEV1, a=SEV2"), QStringLiteral(" , ")}) {
        ServerConfig other;
        QVERIFY2(!other.set(QStringLiteral("severity_map"), bad, &error), qPrintable(bad));
        QVERIFY(error.startsWith(QStringLiteral("severity_map")));
        QCOMPARE(other.severities.mapText(), ServerConfig().severities.mapText());
    }
    // From the INI file, as docs/API.md writes it (QSettings splits the commas; the config joins them again).
    QTemporaryDir dir;
    QFile ini(dir.filePath(QStringLiteral("warroomd.ini")));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[server]\n"
              "severity_label = priority            ; the label holding the word\n"
              "severity_map = P1=SEV1, P2=SEV2, warning=SEV3\n"
              "default_severity = SEV4              ; no label, or a word not in the map\n"
              "unacknowledged_minutes = 10\n");
    ini.close();
    ServerConfig fromFile;
    QVERIFY2(fromFile.loadIni(ini.fileName(), &error), qPrintable(error));
    QCOMPARE(fromFile.severities.mapText(), QStringLiteral("p1=SEV1, p2=SEV2, warning=SEV3"));
    QCOMPARE(fromFile.severities.label(), QStringLiteral("priority"));
    QCOMPARE(fromFile.severities.defaultSeverity(), Severity::Sev4);
    QCOMPARE(fromFile.unacknowledgedMinutes, 10);

    QVERIFY(!config.set(QStringLiteral("default_severity"), QStringLiteral("high"), &error));
    QVERIFY(!config.set(QStringLiteral("severity_label"), QStringLiteral("has space"), &error));
    QVERIFY(!config.set(QStringLiteral("unacknowledged_minutes"), QStringLiteral("0"), &error));
    QVERIFY(!config.set(QStringLiteral("unacknowledged_minutes"), QStringLiteral("1441"), &error));
}

QTEST_GUILESS_MAIN(TestHookParsers)
#include "testhookparsers.moc"
