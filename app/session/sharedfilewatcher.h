// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Warroom {

class Session;
class SqliteStore;

/// Shared-file mode (DESIGN §5): several Warroom processes on one host open the same SQLite file. This
/// notices the others' commits — a file watcher for speed, PRAGMA data_version as the truth, and a short
/// poll because file events on a WAL file are not reliable everywhere — and folds them into the Session.
class SharedFileWatcher : public QObject
{
    Q_OBJECT
public:
    /// @p store must be the store @p session writes to; both must outlive the watcher.
    SharedFileWatcher(Session *session, SqliteStore *store, QObject *parent = nullptr);

    /// How often data_version is read when no file event came (250 ms by default).
    void setPollInterval(int msecs) { m_poll.setInterval(msecs); }

public Q_SLOTS:
    /// Folds what other processes committed since the last look. Cheap when nothing changed.
    void check();

Q_SIGNALS:
    /// Reading the others' events failed (the file went away, a disk error); the message names the file.
    void failed(const QString &message);

private:
    QPointer<Session> m_session;
    SqliteStore *m_store = nullptr;
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    qint64 m_dataVersion = -1;
};

} // namespace Warroom
