// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Warroom {

/// The command line of warroomd: serve, token create|list|revoke, backup, --help, --version. main.cpp only
/// makes the QCoreApplication and calls run().
class WarroomdCommand
{
public:
    enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

    /// Runs the command in @p arguments (argv, the program name first); returns the exit code.
    static int run(const QStringList &arguments);
    [[nodiscard]] static QString helpText();
    /// The help of one command (serve, token, backup); the whole help for any other word.
    [[nodiscard]] static QString helpText(const QString &command);
};

} // namespace Warroom
