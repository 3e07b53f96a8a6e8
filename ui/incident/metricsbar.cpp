// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsbar.h"

#include <QHBoxLayout>
#include <QLabel>

namespace Warroom {

namespace {
using IncidentLook::Metric;
constexpr std::array<Metric, 4> AllMetrics {
    Metric::TimeToDetect, Metric::TimeToAcknowledge, Metric::TimeToMitigate, Metric::TimeToResolve};

QString objectNameOf(Metric metric)
{
    switch (metric) {
    case Metric::TimeToDetect:
        return QStringLiteral("timeToDetectLabel");
    case Metric::TimeToAcknowledge:
        return QStringLiteral("timeToAcknowledgeLabel");
    case Metric::TimeToMitigate:
        return QStringLiteral("timeToMitigateLabel");
    case Metric::TimeToResolve:
        return QStringLiteral("timeToResolveLabel");
    }
    return {};
}
} // namespace

MetricsBar::MetricsBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("metricsBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (std::size_t i = 0; i < AllMetrics.size(); ++i) {
        if (i > 0) {
            auto *separator = new QLabel(QStringLiteral("·"), this);
            separator->setAccessibleName(QString()); // decoration only
            separator->setEnabled(false);
            layout->addWidget(separator);
        }
        auto *label = new QLabel(this);
        label->setObjectName(objectNameOf(AllMetrics[i]));
        label->setToolTip(IncidentLook::metricDefinition(AllMetrics[i]));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_labels[i] = label;
        layout->addWidget(label);
    }
    layout->addStretch(1);
    setMetrics({});
}

void MetricsBar::setMetrics(const Metrics &metrics)
{
    for (std::size_t i = 0; i < AllMetrics.size(); ++i) {
        const Metric metric = AllMetrics[i];
        const QString value = IncidentLook::formatMetric(IncidentLook::metricValue(metrics, metric));
        m_labels[i]->setText(tr("%1 %2", "metric name, then its value: Detect 9m 00s")
                                 .arg(IncidentLook::metricName(metric), value));
        m_labels[i]->setAccessibleName(IncidentLook::metricLongName(metric));
        m_labels[i]->setAccessibleDescription(value);
    }
}

QLabel *MetricsBar::label(IncidentLook::Metric metric) const
{
    for (std::size_t i = 0; i < AllMetrics.size(); ++i) {
        if (AllMetrics[i] == metric)
            return m_labels[i];
    }
    return nullptr;
}

} // namespace Warroom
