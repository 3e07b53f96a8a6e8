// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentlook.h"

#include "clock.h"
#include "presentation.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace Warroom::IncidentLook {

// Free functions have no tr(): every string here is translated in the "Warroom::IncidentLook" context.

namespace {
QColor mix(const QColor &a, const QColor &b, float weightOfA)
{
    return QColor::fromRgbF(a.redF() * weightOfA + b.redF() * (1 - weightOfA),
        a.greenF() * weightOfA + b.greenF() * (1 - weightOfA),
        a.blueF() * weightOfA + b.blueF() * (1 - weightOfA));
}
} // namespace

QColor warningColor(const QPalette &palette, QPalette::ColorRole text)
{
    // 65 % accent, 35 % text: on white the red darkens to about 5:1 contrast, on a dark grey it lightens to
    // a salmon that still reads as red.
    return mix(Presentation::severityColor(Severity::Sev1), palette.color(QPalette::Active, text), 0.65f);
}

QColor mutedColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Active, QPalette::Text),
        palette.color(QPalette::Active, QPalette::Base), 0.6f);
}

QString formatMoment(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    // The locale's short time, without seconds even where it has them (the C locale does): rows need minutes.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    const QString time = locale.toString(local.time(), format);
    if (local.date() == Clock::now().toLocalTime().date())
        return time;
    return QCoreApplication::translate("Warroom::IncidentLook", "%1, %2", "a date, then a time of day")
        .arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

QString formatMomentLong(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    return QCoreApplication::translate(
        "Warroom::IncidentLook", "%1 (%2 UTC)", "local date and time, then the same moment in UTC")
        .arg(locale.toString(utc.toLocalTime(), QLocale::LongFormat),
            locale.toString(utc.toUTC().time(), QLocale::ShortFormat));
}

QString formatMetric(const std::optional<qint64> &msecs)
{
    return msecs ? Presentation::formatElapsed(*msecs)
                 : QCoreApplication::translate("Warroom::IncidentLook", "—", "metric not reached yet");
}

QString metricName(Metric metric)
{
    switch (metric) {
    case Metric::TimeToDetect:
        return QCoreApplication::translate("Warroom::IncidentLook", "Detect", "short for: time to detect");
    case Metric::TimeToAcknowledge:
        return QCoreApplication::translate(
            "Warroom::IncidentLook", "Acknowledge", "short for: time to acknowledge");
    case Metric::TimeToMitigate:
        return QCoreApplication::translate(
            "Warroom::IncidentLook", "Mitigate", "short for: time to mitigate");
    case Metric::TimeToResolve:
        return QCoreApplication::translate("Warroom::IncidentLook", "Resolve", "short for: time to resolve");
    }
    return {};
}

QString metricLongName(Metric metric)
{
    switch (metric) {
    case Metric::TimeToDetect:
        return QCoreApplication::translate("Warroom::IncidentLook", "Time to detect");
    case Metric::TimeToAcknowledge:
        return QCoreApplication::translate("Warroom::IncidentLook", "Time to acknowledge");
    case Metric::TimeToMitigate:
        return QCoreApplication::translate("Warroom::IncidentLook", "Time to mitigate");
    case Metric::TimeToResolve:
        return QCoreApplication::translate("Warroom::IncidentLook", "Time to resolve");
    }
    return {};
}

QString metricDefinition(Metric metric)
{
    switch (metric) {
    case Metric::TimeToDetect:
        return QCoreApplication::translate("Warroom::IncidentLook",
            "Time to detect: from the start of the impact to the declaration of the incident. Shown once "
            "an impact start is recorded.");
    case Metric::TimeToAcknowledge:
        return QCoreApplication::translate("Warroom::IncidentLook",
            "Time to acknowledge: from the declaration to the first commander taking command.");
    case Metric::TimeToMitigate:
        return QCoreApplication::translate("Warroom::IncidentLook",
            "Time to mitigate: from the start of the impact (or the declaration) to the first time the "
            "incident was mitigated, or resolved if it skipped mitigated.");
    case Metric::TimeToResolve:
        return QCoreApplication::translate("Warroom::IncidentLook",
            "Time to resolve: from the start of the impact (or the declaration) to the last resolution. "
            "A reopen clears it.");
    }
    return {};
}

std::optional<qint64> metricValue(const Metrics &metrics, Metric metric)
{
    switch (metric) {
    case Metric::TimeToDetect:
        return metrics.timeToDetect;
    case Metric::TimeToAcknowledge:
        return metrics.timeToAcknowledge;
    case Metric::TimeToMitigate:
        return metrics.timeToMitigate;
    case Metric::TimeToResolve:
        return metrics.timeToResolve;
    }
    return std::nullopt;
}

void setUpPanelTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setTabKeyNavigation(false); // Tab leaves the table: keyboard users move between controls with it
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
}

QDateTime clockStart(const IncidentState &state)
{
    const Milestones &milestones = state.milestones();
    return milestones.impactStarted.isValid() ? milestones.impactStarted : milestones.declared;
}

} // namespace Warroom::IncidentLook
