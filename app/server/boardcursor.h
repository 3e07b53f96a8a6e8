// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projection.h"

#include <optional>

namespace Warroom {

/// The cursor of GET /api/v1/incidents: an opaque, URL-safe token for a board position; the next page starts
/// after it. A keyset, not an offset: an incident declared or resolved between two pages neither repeats a
/// row nor skips one that stayed put.
namespace BoardCursor {

[[nodiscard]] QString after(const BoardPosition &position);
/// The position in @p cursor, or nothing when it is not a cursor this server made.
[[nodiscard]] std::optional<BoardPosition> parse(const QString &cursor);

} // namespace BoardCursor
} // namespace Warroom
