// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Warroom {

/// Notices commits that other connections or processes make to one SQLite file: a file watcher for speed,
/// PRAGMA data_version as the truth (it changes only for other connections' commits, so a store's own
/// writes never wake it), and a short poll because file events on a WAL file are not reliable everywhere.
/// Behind SqliteStore::watchAppends (several warroomd on one file) and the desktop's shared-file mode.
class SqliteAppendWatch : public QObject
{
    Q_OBJECT
public:
    /// @p dataVersion reads PRAGMA data_version on the store's connection (-1 when it cannot);
    /// @p changed runs from the event loop after each change it sees.
    SqliteAppendWatch(const QString &path, std::function<qint64()> dataVersion, std::function<void()> changed,
        QObject *parent = nullptr);

    /// How often data_version is read when no file event came (250 ms by default).
    void setPollInterval(int msecs) { m_poll.setInterval(msecs); }

public Q_SLOTS:
    /// Reads data_version now; runs the callback when it moved. Cheap when nothing changed.
    void check();

private:
    std::function<qint64()> m_dataVersion;
    std::function<void()> m_changed;
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    qint64 m_seen = -1;
};

} // namespace Warroom
