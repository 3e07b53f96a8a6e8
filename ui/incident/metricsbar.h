// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentlook.h"

#include <QWidget>

#include <array>

class QLabel;

namespace Warroom {

/// The four incident metrics in one compact row ("Detect 9m 00s · Acknowledge 3m 00s · …"), "—" while a
/// milestone has not been reached, each with its definition as a tooltip.
class MetricsBar : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsBar(QWidget *parent = nullptr);

    void setMetrics(const Metrics &metrics);
    /// The label of @p metric (objectNames timeToDetectLabel, timeToAcknowledgeLabel, ...).
    [[nodiscard]] QLabel *label(IncidentLook::Metric metric) const;

private:
    std::array<QLabel *, 4> m_labels {};
};

} // namespace Warroom
