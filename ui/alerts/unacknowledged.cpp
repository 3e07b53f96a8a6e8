// SPDX-License-Identifier: GPL-3.0-or-later
#include "unacknowledged.h"

#include <QSettings>

namespace Warroom::Unacknowledged {

namespace {
const QString SettingsKey = QStringLiteral("alerts/unacknowledgedMinutes");
}

int thresholdMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(SettingsKey, DefaultMinutes).toInt(&ok);
    return ok && minutes >= 1 && minutes <= MaxMinutes ? minutes : DefaultMinutes;
}

void setThresholdMinutes(int minutes)
{
    QSettings().setValue(SettingsKey, qBound(1, minutes, MaxMinutes));
}

bool isWaiting(const IncidentSummary &summary)
{
    return summary.isOpen() && !summary.isAcknowledged() && summary.declaredAt.isValid();
}

qint64 waitingMSecs(const IncidentSummary &summary, const QDateTime &now)
{
    return isWaiting(summary) ? qMax<qint64>(0, summary.declaredAt.msecsTo(now)) : 0;
}

qint64 periods(const IncidentSummary &summary, int minutes, const QDateTime &now)
{
    if (!isWaiting(summary) || minutes < 1)
        return 0;
    return waitingMSecs(summary, now) / (qint64(minutes) * 60 * 1000);
}

} // namespace Warroom::Unacknowledged
