// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteappendwatch.h"

namespace Warroom {

SqliteAppendWatch::SqliteAppendWatch(
    const QString &path, std::function<qint64()> dataVersion, std::function<void()> changed, QObject *parent)
    : QObject(parent)
    , m_dataVersion(std::move(dataVersion))
    , m_changed(std::move(changed))
{
    // The WAL file changes on every commit; the main file only at checkpoints.
    m_watcher.addPaths({path, path + QStringLiteral("-wal")});
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &SqliteAppendWatch::check);
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &SqliteAppendWatch::check);
    m_poll.start();
    m_seen = m_dataVersion();
}

void SqliteAppendWatch::check()
{
    const qint64 version = m_dataVersion();
    if (version < 0 || version == m_seen)
        return;
    m_seen = version;
    m_changed();
}

} // namespace Warroom
