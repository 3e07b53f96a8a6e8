// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverlogging.h"

Q_LOGGING_CATEGORY(lcServer, "warroom.server", QtInfoMsg)
