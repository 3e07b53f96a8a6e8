// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcCore, "warroom.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "warroom.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "warroom.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "warroom.ui", QtInfoMsg)
