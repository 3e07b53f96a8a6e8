// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Warroom {

/// `warroom --self-test`: proves that an installation works, without a display and without touching the
/// person's data. It opens a store in a temporary folder, declares an incident through a Session, reads it
/// back through a second one, builds the main window over it, and checks the embedded catalogues. The
/// package test runs it on the installed binary.
class SelfTest
{
public:
    /// True when @p argv asks for --self-test (main() needs to know before it creates the QApplication).
    [[nodiscard]] static bool isRequested(int argc, const char *const *argv);
    /// Chooses the offscreen platform when no display is reachable and no platform was chosen. Call before
    /// the QApplication exists.
    static void prepareEnvironment();
    /// Runs the checks, saying what failed on stderr and "self-test passed" on stdout. Needs a QApplication.
    /// Returns the exit status: 0 when every check passed, else 1.
    [[nodiscard]] static int run();
};

} // namespace Warroom
