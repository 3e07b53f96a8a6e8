// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace Warroom {

/// "Next stakeholder update in N minutes", per incident: the commander sets N, a countdown runs from
/// Clock::now(), and due() fires once when the time comes (and again after each restart). Kept in QSettings
/// ("chat/cadence/<incident>"), so a promise made to stakeholders survives a restart of Warroom.
class UpdateCadence : public QObject
{
    Q_OBJECT
public:
    explicit UpdateCadence(QObject *parent = nullptr);

    /// Sets the interval of @p incident to @p minutes (0 stops the countdown) and starts it from now.
    void setInterval(const QString &incident, int minutes);
    /// Starts the countdown of @p incident again from now (an update was just sent). No-op when off.
    void restart(const QString &incident);

    [[nodiscard]] int intervalMinutes(const QString &incident) const;
    /// When the next update is due; invalid when there is no countdown.
    [[nodiscard]] QDateTime dueAt(const QString &incident) const;
    /// Milliseconds until due (negative: overdue by that much); 0 when there is no countdown.
    [[nodiscard]] qint64 remainingMs(const QString &incident) const;
    [[nodiscard]] bool isOverdue(const QString &incident) const;

    /// How often check() runs by itself (1 s by default; 0 stops the timer, for tests that call check()).
    void setTickInterval(std::chrono::milliseconds interval);
    /// Emits due() for each incident whose time has come since the last check, and tick() always.
    void check();

Q_SIGNALS:
    void due(const QString &incident);
    /// The countdowns moved on (once per tick): labels showing them refresh.
    void tick();
    void changed(const QString &incident);

private:
    struct Entry
    {
        int minutes = 0;
        QDateTime due;
    };
    void save(const QString &incident) const;
    void load();

    QHash<QString, Entry> m_entries;
    QSet<QString> m_announced; // due() already fired for the current countdown
    QTimer m_timer;
};

} // namespace Warroom
