// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsregistry.h"

namespace Warroom {

namespace {

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 10);
}

/// Label values escape backslash, quote and newline (the text format's rules).
QByteArray label(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

} // namespace

void MetricsRegistry::addCounter(const QString &name, const QString &help)
{
    m_counters.insert(name, Counter {help, 0});
}

void MetricsRegistry::increment(const QString &name, qint64 by)
{
    auto it = m_counters.find(name);
    if (it != m_counters.end())
        it->value += by;
}

qint64 MetricsRegistry::counter(const QString &name) const
{
    return m_counters.value(name).value;
}

void MetricsRegistry::addGauge(
    const QString &name, const QString &help, std::function<double()> read, const QByteArray &type)
{
    m_gauges.insert(name, Gauge {help, std::move(read), type});
}

void MetricsRegistry::observeRequest(
    const QString &route, const QByteArray &method, int status, double seconds)
{
    ++m_requests[std::make_tuple(route, method, status)];
    Histogram &histogram = m_latency[route];
    ++histogram.count;
    histogram.sum += seconds;
    for (size_t i = 0; i < LatencyBuckets.size(); ++i) {
        if (seconds <= LatencyBuckets.at(i)) {
            ++histogram.buckets.at(i);
            break;
        }
    }
}

qint64 MetricsRegistry::requests(const QString &route, const QByteArray &method, int status) const
{
    return m_requests.value(std::make_tuple(route, method, status));
}

QByteArray MetricsRegistry::render() const
{
    QByteArray out;
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it) {
        const QByteArray name = it.key().toUtf8();
        out += "# HELP " + name + ' ' + it->help.toUtf8() + "\n# TYPE " + name + " counter\n";
        out += name + ' ' + QByteArray::number(it->value) + '\n';
    }
    for (auto it = m_gauges.cbegin(); it != m_gauges.cend(); ++it) {
        const QByteArray name = it.key().toUtf8();
        out += "# HELP " + name + ' ' + it->help.toUtf8() + "\n# TYPE " + name + ' ' + it->type + '\n';
        out += name + ' ' + number(it->read ? it->read() : 0) + '\n';
    }

    out += "# HELP warroom_http_requests_total HTTP requests answered, by route pattern, method and status.\n"
           "# TYPE warroom_http_requests_total counter\n";
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        const auto &[route, method, status] = it.key();
        out += "warroom_http_requests_total{route=\"" + label(route) + "\",method=\"" + method
            + "\",status=\"" + QByteArray::number(status) + "\"} " + QByteArray::number(it.value()) + '\n';
    }

    out += "# HELP warroom_http_request_duration_seconds Time from a complete request to its answer "
           "(long-polls "
           "included), by route pattern.\n"
           "# TYPE warroom_http_request_duration_seconds histogram\n";
    for (auto it = m_latency.cbegin(); it != m_latency.cend(); ++it) {
        const QByteArray route = label(it.key());
        qint64 cumulative = 0;
        for (size_t i = 0; i < LatencyBuckets.size(); ++i) {
            cumulative += it->buckets.at(i);
            out += "warroom_http_request_duration_seconds_bucket{route=\"" + route + "\",le=\""
                + number(LatencyBuckets.at(i)) + "\"} " + QByteArray::number(cumulative) + '\n';
        }
        out += "warroom_http_request_duration_seconds_bucket{route=\"" + route + "\",le=\"+Inf\"} "
            + QByteArray::number(it->count) + '\n';
        out += "warroom_http_request_duration_seconds_sum{route=\"" + route + "\"} " + number(it->sum) + '\n';
        out += "warroom_http_request_duration_seconds_count{route=\"" + route + "\"} "
            + QByteArray::number(it->count) + '\n';
    }
    return out;
}

} // namespace Warroom
