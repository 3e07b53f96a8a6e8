// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Warroom {

/// The only source of "now" in Warroom. Tests and replay install a ManualClock; nothing else calls
/// QDateTime::currentDateTimeUtc() directly, so timelines and metrics stay testable.
class Clock
{
public:
    virtual ~Clock();
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;

    /// The process-wide clock (a SystemClock unless a test installed another).
    [[nodiscard]] static const Clock &instance();
    /// Installs @p clock (not owned; nullptr restores the system clock).
    static void setInstance(const Clock *clock);
    [[nodiscard]] static QDateTime now() { return instance().nowUtc(); }
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime nowUtc() const override;
};

/// A clock that only moves when told to: for tests and deterministic demos.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start);
    [[nodiscard]] QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now);
    void advanceMSecs(qint64 msecs);
    void advanceSecs(qint64 secs) { advanceMSecs(secs * 1000); }

private:
    QDateTime m_now;
};

} // namespace Warroom
