// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedfilewatcher.h"

#include "logging.h"
#include "session.h"
#include "sqliteappendwatch.h"
#include "sqlitestore.h"

namespace Warroom {

SharedFileWatcher::SharedFileWatcher(Session *session, SqliteStore *store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_watch(new SqliteAppendWatch(
          store->path(), [store] { return store->dataVersion(); }, [this] { refresh(); }, this))
{ }

void SharedFileWatcher::check()
{
    m_watch->check();
}

void SharedFileWatcher::refresh()
{
    if (!m_session)
        return;
    Error error;
    if (!m_session->refresh(&error)) {
        qCWarning(lcSession) << "cannot read the shared file:" << error.message;
        Q_EMIT failed(error.message);
    }
}

} // namespace Warroom
