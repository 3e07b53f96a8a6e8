// SPDX-License-Identifier: GPL-3.0-or-later
#include "selftest.h"

#include "boardmodel.h"
#include "mainwindow.h"
#include "session.h"
#include "sqlitestore.h"

#include <QDir>
#include <QGuiApplication>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

namespace Warroom {

namespace {

// The self-test speaks to packagers and scripts: plain English, one line per check.
void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

int fail(const QString &check, const QString &why)
{
    std::fprintf(stderr, "warroom: self-test failed: %s: %s\n", qUtf8Printable(check), qUtf8Printable(why));
    return 1;
}

/// Opens @p path and loads a Session over it; nullptr with @p error when either fails.
std::unique_ptr<Session> openSession(const QString &path, Error *error)
{
    std::unique_ptr<SqliteStore> store = SqliteStore::open(path, error);
    if (!store)
        return nullptr;
    auto session = std::make_unique<Session>(std::move(store), QStringLiteral("self-test"));
    if (!session->load(error))
        return nullptr;
    return session;
}

} // namespace

bool SelfTest::isRequested(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            break;
        if (std::strcmp(argv[i], "--self-test") == 0)
            return true;
    }
    return false;
}

void SelfTest::prepareEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

int SelfTest::run()
{
    say(QStringLiteral("warroom %1 self-test (Qt %2, platform %3)")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                QGuiApplication::platformName()));

    const QString driver = QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return fail(QStringLiteral("database driver"),
            QStringLiteral("Qt's SQLite driver is missing (Debian: install libqt6sql6-sqlite)"));
    say(QStringLiteral("ok: Qt's SQLite driver"));

    const QTemporaryDir folder;
    if (!folder.isValid())
        return fail(QStringLiteral("temporary folder"), folder.errorString());
    const QString path = QDir(folder.path()).filePath(QStringLiteral("self-test.sqlite"));
    const QString title = QStringLiteral("Self-test: checkout is down");

    QString incidentId;
    Error error;
    {
        const std::unique_ptr<Session> writer = openSession(path, &error);
        if (!writer)
            return fail(QStringLiteral("open a store"), error.message);
        incidentId = writer->declareIncident(
            title, Severity::Sev2, QStringLiteral("Declared by warroom --self-test."), &error);
        if (incidentId.isEmpty())
            return fail(QStringLiteral("declare an incident"), error.message);
    }
    say(QStringLiteral("ok: declared an incident in %1").arg(QDir::toNativeSeparators(path)));

    const std::unique_ptr<Session> reader = openSession(path, &error);
    if (!reader)
        return fail(QStringLiteral("reopen the store"), error.message);
    const IncidentState *incident = reader->projection().incident(incidentId);
    if (!incident || !incident->isDeclared() || incident->title() != title
        || incident->severity() != Severity::Sev2)
        return fail(QStringLiteral("read the incident back"),
            QStringLiteral("incident %1 is missing or differs after reopening the store").arg(incidentId));
    say(QStringLiteral("ok: read it back from a second session"));

    {
        // Built, never shown: the widgets, the models and the platform plugin work together.
        const MainWindow window(reader.get(), path);
        if (window.boardModel()->rowCount() != 1)
            return fail(QStringLiteral("main window"),
                QStringLiteral("the board shows %1 incidents instead of 1")
                    .arg(window.boardModel()->rowCount()));
    }
    say(QStringLiteral("ok: the main window shows it on the board"));

    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("de")}) {
        QTranslator translator;
        if (!translator.load(QStringLiteral(":/i18n/warroom_%1.qm").arg(language)) || translator.isEmpty())
            return fail(
                QStringLiteral("catalogues"), QStringLiteral("no embedded %1 catalogue").arg(language));
    }
    say(QStringLiteral("ok: the French and German catalogues"));

    say(QStringLiteral("self-test passed"));
    return 0;
}

} // namespace Warroom
