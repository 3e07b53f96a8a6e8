// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incomingalert.h"

#include <QStringList>

namespace Warroom {

/// The hooks warroomd serves under /api/v1/hooks/{name}, each with its parser.
namespace HookFormats {
[[nodiscard]] const QStringList &names(); ///< alertmanager, grafana, pagerduty, generic
/// Parses @p root as the format of hook @p name (one of names()).
bool parse(const QString &name, const QJsonObject &root, HookPayload *payload, Error *error);
} // namespace HookFormats

} // namespace Warroom
