// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QJsonDocument>

#include <optional>

namespace Warroom {

/// JSON from outside (request bodies, alert hooks), read strictly. QJsonDocument alone keeps the last of two
/// equal keys (so a proxy and warroomd can read different values from one body), calls a raw NUL byte
/// "garbage at the end of the document", and lets through text no store can keep. Refused here, each with
/// an Error whose field is the JSON path of the place ("events[2].data.title"):
/// - malformed_json: not JSON (message with the offset);
/// - duplicate_key: an object names the same key twice (escapes decoded: "a" and "\u0061" are equal);
/// - invalid_encoding: a NUL character (raw or \u0000) or an unpaired UTF-16 surrogate in any key or string.
namespace StrictJson {

[[nodiscard]] std::optional<QJsonDocument> parse(const QByteArray &bytes, Error *error);

} // namespace StrictJson
} // namespace Warroom
