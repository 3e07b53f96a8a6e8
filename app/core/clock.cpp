// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QTimeZone>

namespace Warroom {

namespace {
const SystemClock s_systemClock;
const Clock *s_clock = nullptr;
} // namespace

Clock::~Clock() = default;

const Clock &Clock::instance()
{
    return s_clock ? *s_clock : s_systemClock;
}

void Clock::setInstance(const Clock *clock)
{
    s_clock = clock;
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(const QDateTime &start)
    : m_now(start.toUTC())
{ }

void ManualClock::set(const QDateTime &now)
{
    m_now = now.toUTC();
}

void ManualClock::advanceMSecs(qint64 msecs)
{
    m_now = m_now.addMSecs(msecs);
}

} // namespace Warroom
