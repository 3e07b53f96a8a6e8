// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace WarroomFuzz {

/// Once per process, before the first input: a QCoreApplication (timers, sockets and QSettings need one),
/// Qt's log output dropped (a message per refused input would cost more than the parsing), and a fixed
/// ManualClock, so that EventValidator's "at most a day ahead" check gives the same answer on every run.
void initialize();

/// The input as a QByteArray without a copy.
[[nodiscard]] inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// @p text for a report on stderr: quoted, with every character outside printable ASCII as \\u{hex}.
[[nodiscard]] QByteArray shown(const QString &text);

/// Stops the run as a crash: a property every accepted input must have does not hold.
[[noreturn]] void fail(const char *what);

} // namespace WarroomFuzz
