// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstore.h"
#include "runbookstore.h"
#include "tokenstore.h"

namespace Warroom {

EventStore::~EventStore() = default;

bool EventStore::watchAppends(QObject *context, std::function<void(qint64)> onAppend, Error *error)
{
    Q_UNUSED(context)
    Q_UNUSED(onAppend)
    Q_UNUSED(error)
    return false;
}

bool EventStore::pendingEvents(EventList *events, Error *error)
{
    Q_UNUSED(error)
    events->clear();
    return true;
}

TokenStore::~TokenStore() = default;

RunbookStore::~RunbookStore() = default;

} // namespace Warroom
