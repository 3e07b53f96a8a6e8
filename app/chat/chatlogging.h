// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The chat subsystem's category (warroom.chat). Nothing logged under it ever holds a webhook URL: channels
// are named, and network errors pass through SecretScrubber first.
Q_DECLARE_LOGGING_CATEGORY(lcChat)
