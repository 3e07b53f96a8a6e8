// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedfilewatcher.h"

#include "logging.h"
#include "session.h"
#include "sqlitestore.h"

namespace Warroom {

SharedFileWatcher::SharedFileWatcher(Session *session, SqliteStore *store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
{
    // The WAL file changes on every commit; the main file only at checkpoints.
    m_watcher.addPaths({store->path(), store->path() + QStringLiteral("-wal")});
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &SharedFileWatcher::check);
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &SharedFileWatcher::check);
    m_poll.start();
    m_dataVersion = m_store->dataVersion();
}

void SharedFileWatcher::check()
{
    if (!m_session)
        return;
    const qint64 version = m_store->dataVersion();
    // data_version changes only for commits made by other connections: our own writes are folded already.
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    Error error;
    if (!m_session->refresh(&error)) {
        qCWarning(lcSession) << "cannot read the shared file:" << error.message;
        Q_EMIT failed(error.message);
    }
}

} // namespace Warroom
