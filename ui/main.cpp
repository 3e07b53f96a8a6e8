// SPDX-License-Identifier: GPL-3.0-or-later
// warroom: the desktop client. Everything but the wiring lives in the warroom_widgets library.
#include "appstartup.h"
#include "mainwindow.h"
#include "selftest.h"
#include "session.h"

#include <QApplication>
#include <QIcon>
#include <QProcess>

#include <cstdio>

namespace {
void setApplicationMetadata()
{
    QCoreApplication::setOrganizationName(QStringLiteral(WARROOM_ORG_NAME));
    QCoreApplication::setOrganizationDomain(QStringLiteral(WARROOM_ORG_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral("warroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WARROOM_VERSION));
}

int reportUsageError(const QString &message)
{
    std::fprintf(stderr, "warroom: %s\n", qUtf8Printable(message));
    std::fprintf(stderr, "%s\n", qUtf8Printable(Warroom::AppStartup::tr("Try 'warroom --help'.")));
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    // --help and --version must work on a machine without a display (CI, ssh): no QApplication for them.
    if (Warroom::AppStartup::isInformationRequest(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationMetadata();
        Warroom::AppStartup startup;
        QString message;
        // parse() prints the help or the version and exits; it only returns for a bad command line.
        if (!startup.parse(QCoreApplication::arguments(), &message))
            return reportUsageError(message);
        return 0;
    }

    // --self-test runs on machines without a display too (CI, the package test): offscreen then.
    if (Warroom::SelfTest::isRequested(argc, argv))
        Warroom::SelfTest::prepareEnvironment();
    QApplication app(argc, argv);
    setApplicationMetadata();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Warroom"));
    QGuiApplication::setDesktopFileName(QStringLiteral(WARROOM_APP_ID));
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/warroom-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    Warroom::AppStartup startup;
    QString message;
    if (!startup.parse(QCoreApplication::arguments(), &message))
        return reportUsageError(message);
    if (startup.selfTest())
        return Warroom::SelfTest::run();

    Warroom::Error error;
    const std::unique_ptr<Warroom::Session> session = startup.openSession(&error);
    if (!session) {
        Warroom::AppStartup::reportOpenFailure(error);
        return 1;
    }

    Warroom::MainWindow window(session.get(), startup.databasePath());
    if (startup.syncEngine())
        window.setSyncEngine(startup.syncEngine());
    // Connecting to a server (or leaving it) reopens the app in the new mode, with the same arguments.
    QObject::connect(&window, &Warroom::MainWindow::restartRequested, &app, [] {
        QStringList arguments = QCoreApplication::arguments();
        const QString program = arguments.takeFirst();
        if (QProcess::startDetached(program, arguments))
            QCoreApplication::quit();
    });
    window.show();
    if (!startup.screenshotPath().isEmpty())
        startup.scheduleScreenshot(&window);
    return QApplication::exec();
}
