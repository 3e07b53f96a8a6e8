// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsregistry.h"
#include "serversupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace Warroom;
using WarroomTest::metricValue;

class TestMetricsRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countersAndGauges();
    void requestsByRouteMethodStatus();
    void histogramIsCumulative();
    void everySampleIsWellFormed();
    void labelValuesAreEscaped();
};

void TestMetricsRegistry::countersAndGauges()
{
    MetricsRegistry metrics;
    metrics.addCounter(QStringLiteral("warroom_events_appended_total"), QStringLiteral("Events."));
    int open = 3;
    metrics.addGauge(
        QStringLiteral("warroom_longpolls_open"), QStringLiteral("Parked."), [&open] { return open; });
    metrics.increment(QStringLiteral("warroom_events_appended_total"), 5);
    metrics.increment(QStringLiteral("warroom_events_appended_total"));
    metrics.increment(QStringLiteral("not_declared")); // ignored, not invented
    QCOMPARE(metrics.counter(QStringLiteral("warroom_events_appended_total")), 6);
    QByteArray text = metrics.render();
    QCOMPARE(metricValue(text, "warroom_events_appended_total"), 6.0);
    QCOMPARE(metricValue(text, "warroom_longpolls_open"), 3.0);
    QVERIFY(text.contains("# TYPE warroom_events_appended_total counter\n"));
    QVERIFY(text.contains("# TYPE warroom_longpolls_open gauge\n"));
    QVERIFY(!text.contains("not_declared"));
    open = 0; // read at every scrape
    text = metrics.render();
    QCOMPARE(metricValue(text, "warroom_longpolls_open"), 0.0);
}

void TestMetricsRegistry::requestsByRouteMethodStatus()
{
    MetricsRegistry metrics;
    metrics.observeRequest(QStringLiteral("/api/v1/events"), "POST", 200, 0.002);
    metrics.observeRequest(QStringLiteral("/api/v1/events"), "POST", 200, 0.003);
    metrics.observeRequest(QStringLiteral("/api/v1/events"), "POST", 422, 0.001);
    metrics.observeRequest(QStringLiteral("/api/v1/events"), "GET", 200, 30);
    QCOMPARE(metrics.requests(QStringLiteral("/api/v1/events"), "POST", 200), 2);
    QCOMPARE(metrics.requests(QStringLiteral("/api/v1/events"), "POST", 422), 1);
    const QByteArray text = metrics.render();
    QCOMPARE(metricValue(text,
                 "warroom_http_requests_total{route=\"/api/v1/events\",method=\"POST\",status=\"200\"}"),
        2.0);
    QCOMPARE(metricValue(
                 text, "warroom_http_requests_total{route=\"/api/v1/events\",method=\"GET\",status=\"200\"}"),
        1.0);
}

void TestMetricsRegistry::histogramIsCumulative()
{
    MetricsRegistry metrics;
    const QString route = QStringLiteral("/api/v1/health");
    metrics.observeRequest(route, "GET", 200, 0.0004);
    metrics.observeRequest(route, "GET", 200, 0.004);
    metrics.observeRequest(route, "GET", 200, 0.2);
    metrics.observeRequest(route, "GET", 200, 120); // beyond the last bound: only +Inf
    const QByteArray text = metrics.render();
    const QByteArray prefix = "warroom_http_request_duration_seconds_bucket{route=\"/api/v1/health\",le=\"";
    QCOMPARE(metricValue(text, prefix + "0.0005\"}"), 1.0);
    QCOMPARE(metricValue(text, prefix + "0.005\"}"), 2.0);
    QCOMPARE(metricValue(text, prefix + "0.1\"}"), 2.0);
    QCOMPARE(metricValue(text, prefix + "0.25\"}"), 3.0);
    QCOMPARE(metricValue(text, prefix + "60\"}"), 3.0);
    QCOMPARE(metricValue(text, prefix + "+Inf\"}"), 4.0);
    QCOMPARE(metricValue(text, "warroom_http_request_duration_seconds_count{route=\"/api/v1/health\"}"), 4.0);
    QVERIFY(qAbs(metricValue(text, "warroom_http_request_duration_seconds_sum{route=\"/api/v1/health\"}")
                - 120.2044)
        < 1e-6);
}

void TestMetricsRegistry::everySampleIsWellFormed()
{
    MetricsRegistry metrics;
    metrics.addCounter(QStringLiteral("a_total"), QStringLiteral("A."));
    metrics.addGauge(QStringLiteral("b"), QStringLiteral("B."), [] { return 1.5; });
    metrics.observeRequest(QStringLiteral("/x"), "GET", 404, 0.01);
    static const QRegularExpression line(
        QStringLiteral("^(# (HELP|TYPE) .+|[a-z_]+(\\{([a-z_]+=\"[^\"]*\",?)+\\})? -?[0-9.e+Inf]+)$"));
    const QList<QByteArray> lines = metrics.render().split('\n');
    QVERIFY(lines.size() > 10);
    QVERIFY(lines.last().isEmpty()); // ends with a newline
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        QVERIFY2(line.match(QString::fromUtf8(lines.at(i))).hasMatch(), lines.at(i).constData());
}

void TestMetricsRegistry::labelValuesAreEscaped()
{
    MetricsRegistry metrics;
    metrics.observeRequest(QStringLiteral("we\"ird\\route\n"), "GET", 200, 0.01);
    const QByteArray text = metrics.render();
    QVERIFY2(text.contains("route=\"we\\\"ird\\\\route\\n\""), text.constData());
}

QTEST_GUILESS_MAIN(TestMetricsRegistry)
#include "testmetricsregistry.moc"
