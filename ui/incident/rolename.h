// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QValidator>

namespace Warroom {

/// The role names the core accepts (EventValidator): a lower-case letter or digit, then up to 39 lower-case
/// letters, digits, spaces, '-' or '_'. Typed capitals are lowered rather than refused, so "DB Expert"
/// becomes "db expert" instead of the key press silently doing nothing.
class RoleNameValidator : public QValidator
{
    Q_OBJECT
public:
    explicit RoleNameValidator(QObject *parent = nullptr);
    State validate(QString &input, int &position) const override;
    void fixup(QString &input) const override;

    /// The same rule as the core's, for a whole (trimmed) name.
    [[nodiscard]] static bool isValid(const QString &name);
    static constexpr int MaxLength = 40;
};

} // namespace Warroom
