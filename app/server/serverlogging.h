// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// warroom.server: requests, connections, long-polls and the store as warroomd sees them.
Q_DECLARE_LOGGING_CATEGORY(lcServer)
