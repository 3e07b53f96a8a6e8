// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Warroom {

/// A failure a person can act on: a machine-readable code, the offending field (if any) and a message
/// that names what is wrong. Shared by validation, the stores and the REST error body.
struct Error
{
    QString code; ///< e.g. "invalid_field", "unknown_type", "unknown_target", "store_error"
    QString field; ///< JSON path of the offending field ("data.severity"), empty when none applies
    QString message; ///< full sentence for a person

    [[nodiscard]] bool isError() const { return !code.isEmpty(); }
    explicit operator bool() const { return isError(); }

    static Error invalid(const QString &field, const QString &message)
    {
        return {QStringLiteral("invalid_field"), field, message};
    }
    static Error store(const QString &message) { return {QStringLiteral("store_error"), {}, message}; }
};

} // namespace Warroom
