// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolename.h"

#include <QRegularExpression>

namespace Warroom {

namespace {
// Kept identical to the pattern in app/core/eventvalidator.cpp (DataChecker::roleName).
const QRegularExpression &rolePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[\\p{Ll}\\p{N}][\\p{Ll}\\p{N} _-]{0,39}$"));
    return pattern;
}
} // namespace

RoleNameValidator::RoleNameValidator(QObject *parent)
    : QValidator(parent)
{ }

QValidator::State RoleNameValidator::validate(QString &input, int &position) const
{
    Q_UNUSED(position)
    input = input.toLower();
    if (input.isEmpty())
        return Intermediate;
    if (!rolePattern().match(input).hasMatch())
        return Invalid;
    // A trailing space is fine while typing ("db " on the way to "db expert"), not as a name.
    return input.endsWith(QLatin1Char(' ')) ? Intermediate : Acceptable;
}

void RoleNameValidator::fixup(QString &input) const
{
    input = input.toLower().trimmed();
}

bool RoleNameValidator::isValid(const QString &name)
{
    return !name.trimmed().isEmpty() && name == name.trimmed() && rolePattern().match(name).hasMatch();
}

} // namespace Warroom
