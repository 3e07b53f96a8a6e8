// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatecadence.h"

#include "chatlogging.h"
#include "clock.h"
#include "event.h"

#include <QSettings>

namespace Warroom {

namespace {
const QString Group = QStringLiteral("chat/cadence");
} // namespace

UpdateCadence::UpdateCadence(QObject *parent)
    : QObject(parent)
{
    load();
    connect(&m_timer, &QTimer::timeout, this, &UpdateCadence::check);
    m_timer.start(std::chrono::seconds(1));
}

void UpdateCadence::load()
{
    QSettings settings;
    settings.beginGroup(Group);
    for (const QString &incident : settings.childGroups()) {
        settings.beginGroup(incident);
        Entry entry {settings.value(QStringLiteral("minutes")).toInt(),
            Wire::parseTime(settings.value(QStringLiteral("due")).toString())};
        settings.endGroup();
        if (entry.minutes > 0 && entry.due.isValid())
            m_entries.insert(incident, entry);
    }
    settings.endGroup();
}

void UpdateCadence::save(const QString &incident) const
{
    QSettings settings;
    settings.beginGroup(Group);
    const auto it = m_entries.constFind(incident);
    if (it == m_entries.constEnd()) {
        settings.remove(incident);
        return;
    }
    settings.beginGroup(incident);
    settings.setValue(QStringLiteral("minutes"), it->minutes);
    settings.setValue(QStringLiteral("due"), Wire::formatTime(it->due));
}

void UpdateCadence::setInterval(const QString &incident, int minutes)
{
    if (incident.isEmpty())
        return;
    if (minutes <= 0) {
        m_entries.remove(incident);
    } else {
        m_entries.insert(incident, {minutes, Clock::now().addSecs(qint64(minutes) * 60)});
    }
    m_announced.remove(incident);
    save(incident);
    qCDebug(lcChat) << "next update of" << incident << "in" << minutes << "min";
    Q_EMIT changed(incident);
}

void UpdateCadence::restart(const QString &incident)
{
    const int minutes = intervalMinutes(incident);
    if (minutes > 0)
        setInterval(incident, minutes);
}

int UpdateCadence::intervalMinutes(const QString &incident) const
{
    return m_entries.value(incident).minutes;
}

QDateTime UpdateCadence::dueAt(const QString &incident) const
{
    return m_entries.value(incident).due;
}

qint64 UpdateCadence::remainingMs(const QString &incident) const
{
    const auto it = m_entries.constFind(incident);
    return it == m_entries.constEnd() ? 0 : Clock::now().msecsTo(it->due);
}

bool UpdateCadence::isOverdue(const QString &incident) const
{
    return m_entries.contains(incident) && remainingMs(incident) <= 0;
}

void UpdateCadence::setTickInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0)
        m_timer.stop();
    else
        m_timer.start(interval);
}

void UpdateCadence::check()
{
    const QDateTime now = Clock::now();
    QStringList dueNow;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->due <= now && !m_announced.contains(it.key()))
            dueNow.append(it.key());
    }
    dueNow.sort(); // a stable order when several fall due together
    for (const QString &incident : std::as_const(dueNow)) {
        m_announced.insert(incident);
        qCInfo(lcChat) << "stakeholder update due for" << incident;
        Q_EMIT due(incident);
    }
    Q_EMIT tick();
}

} // namespace Warroom
