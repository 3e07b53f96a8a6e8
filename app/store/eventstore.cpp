// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstore.h"

namespace Warroom {

EventStore::~EventStore() = default;

} // namespace Warroom
