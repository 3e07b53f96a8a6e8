// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

namespace Warroom {

class Session;
class SqliteAppendWatch;
class SqliteStore;

/// Shared-file mode (DESIGN §5): several Warroom processes on one host open the same SQLite file. This
/// notices the others' commits (SqliteAppendWatch: a file watcher, PRAGMA data_version, a short poll) and
/// folds them into the Session.
class SharedFileWatcher : public QObject
{
    Q_OBJECT
public:
    /// @p store must be the store @p session writes to; both must outlive the watcher.
    SharedFileWatcher(Session *session, SqliteStore *store, QObject *parent = nullptr);

public Q_SLOTS:
    /// Folds what other processes committed since the last look. Cheap when nothing changed.
    void check();

Q_SIGNALS:
    /// Reading the others' events failed (the file went away, a disk error); the message names the file.
    void failed(const QString &message);

private:
    void refresh();

    QPointer<Session> m_session;
    SqliteAppendWatch *m_watch = nullptr;
};

} // namespace Warroom
