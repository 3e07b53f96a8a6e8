// SPDX-License-Identifier: GPL-3.0-or-later
#include "warroomdcommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // A headless server needs no GLib main loop; Qt's own event dispatcher costs less per request (measured
    // with bench_server_append). An explicit QT_NO_GLIB in the environment still wins.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    // Names QStandardPaths uses for the default database folder (~/.local/share/Warroom/warroomd).
    QCoreApplication::setOrganizationName(QStringLiteral("Warroom"));
    QCoreApplication::setApplicationName(QStringLiteral("warroomd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WARROOM_VERSION));
    return Warroom::WarroomdCommand::run(QCoreApplication::arguments());
}
