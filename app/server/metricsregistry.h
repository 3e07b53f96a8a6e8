// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <functional>
#include <tuple>

namespace Warroom {

/// The figures warroomd exposes on GET /metrics, in the Prometheus text format (version 0.0.4): counters,
/// gauges read when scraped, and per-route request counts and latency histograms. Labels are route
/// patterns ("/api/v1/incidents/{id}"), never raw paths, so that what a client sends cannot grow the set.
class MetricsRegistry
{
public:
    /// Histogram bounds of the request latency, in seconds.
    static constexpr std::array<double, 14> LatencyBuckets {
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10, 60};

    /// Declares a counter (monotonic) that increment() adds to.
    void addCounter(const QString &name, const QString &help);
    void increment(const QString &name, qint64 by = 1);
    [[nodiscard]] qint64 counter(const QString &name) const;
    /// Declares a figure read from @p read at every scrape: a gauge, or a counter kept elsewhere
    /// (@p type "counter").
    void addGauge(const QString &name, const QString &help, std::function<double()> read,
        const QByteArray &type = QByteArrayLiteral("gauge"));

    /// Counts one answered request and its latency.
    void observeRequest(const QString &route, const QByteArray &method, int status, double seconds);
    [[nodiscard]] qint64 requests(const QString &route, const QByteArray &method, int status) const;

    /// Everything in the Prometheus text format.
    [[nodiscard]] QByteArray render() const;

private:
    struct Counter
    {
        QString help;
        qint64 value = 0;
    };
    struct Gauge
    {
        QString help;
        std::function<double()> read;
        QByteArray type;
    };
    struct Histogram
    {
        std::array<qint64, LatencyBuckets.size()> buckets {}; // cumulative at render, per bucket here
        qint64 count = 0;
        double sum = 0;
    };
    QMap<QString, Counter> m_counters;
    QMap<QString, Gauge> m_gauges;
    // (route, method, status) → count; route → latency
    QMap<std::tuple<QString, QByteArray, int>, qint64> m_requests;
    QMap<QString, Histogram> m_latency;
};

} // namespace Warroom
