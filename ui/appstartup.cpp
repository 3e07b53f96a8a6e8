// SPDX-License-Identifier: GPL-3.0-or-later
#include "appstartup.h"

#include "credentialstore.h"
#include "eventtypes.h"
#include "logging.h"
#include "replicastore.h"
#include "serverconnection.h"
#include "session.h"
#include "settingsdialog.h"
#include "sharedfilewatcher.h"
#include "sqlitestore.h"
#include "syncengine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>
#include <QTranslator>
#include <QWidget>

#include <chrono>
#include <cstring>

namespace Warroom {

namespace {

struct Options
{
    QCommandLineOption help;
    QCommandLineOption version;
    QCommandLineOption database;
    QCommandLineOption language;
    QCommandLineOption actor;
    QCommandLineOption screenshot;
    QCommandLineOption demo;
    QCommandLineOption selfTest;
};

// Built after the translators are installed, so that --help speaks the person's language.
Options addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(AppStartup::tr("A desktop war room for production incidents."));
    Options options {
        parser.addHelpOption(),
        parser.addVersionOption(),
        QCommandLineOption(QStringLiteral("db"),
            AppStartup::tr("Open the incident database at <path> (default: %1).")
                .arg(QDir::toNativeSeparators(Session::defaultDatabasePath())),
            AppStartup::tr("path", "--help: placeholder for the value of --db")),
        QCommandLineOption(QStringLiteral("lang"),
            AppStartup::tr("Use the language <code> (for example fr or de) instead of the "
                           "system's."),
            AppStartup::tr("code", "--help: placeholder for the value of --lang")),
        QCommandLineOption(QStringLiteral("actor"),
            AppStartup::tr("Record your actions under <name> (default: %1).").arg(Session::defaultActor()),
            AppStartup::tr("name", "--help: placeholder for the value of --actor")),
        QCommandLineOption(QStringLiteral("screenshot"),
            QStringLiteral("Save a picture of the window and quit."), QStringLiteral("file")),
        QCommandLineOption(QStringLiteral("demo"),
            AppStartup::tr("Start on a fresh demo database holding a realistic incident (your own database "
                           "is left alone unless --db names it).")),
        QCommandLineOption(QStringLiteral("self-test"),
            AppStartup::tr("Check that Warroom works, without a display: declare an incident in a temporary "
                           "folder, read it back, print \"self-test passed\" and quit.")),
    };
    options.screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(options.database);
    parser.addOption(options.language);
    parser.addOption(options.actor);
    parser.addOption(options.screenshot);
    parser.addOption(options.demo);
    parser.addOption(options.selfTest);
    return options;
}

} // namespace

AppStartup::AppStartup() = default;

AppStartup::~AppStartup()
{
    removeTranslations();
}

bool AppStartup::isInformationRequest(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        if (std::strcmp(argument, "--") == 0)
            break;
        for (const char *option : {"--help", "-h", "--help-all", "-?", "--version", "-v"}) {
            if (std::strcmp(argument, option) == 0)
                return true;
        }
    }
    return false;
}

bool AppStartup::parse(const QStringList &arguments, QString *errorMessage)
{
    const auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };

    // First pass only to learn --lang; the real pass below has translated descriptions for --help.
    {
        QCommandLineParser early;
        const Options options = addOptions(early);
        if (early.parse(arguments))
            m_language = early.value(options.language).trimmed();
    }
    loadTranslations();

    QCommandLineParser parser;
    const Options options = addOptions(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(options.help) || parser.isSet(options.version)
        || parser.isSet(QStringLiteral("help-all")))
        parser.process(arguments); // prints and exits
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    m_demo = parser.isSet(options.demo);
    m_selfTest = parser.isSet(options.selfTest);
    m_defaultDatabase = !parser.isSet(options.database);
    m_databasePath = m_defaultDatabase ? Session::defaultDatabasePath() : parser.value(options.database);
    if (m_demo && m_defaultDatabase)
        m_databasePath = QFileInfo(m_databasePath).absoluteDir().filePath(QStringLiteral("demo.sqlite"));
    if (m_databasePath.trimmed().isEmpty())
        return fail(tr("--db needs the path of a database file."));

    m_actor = parser.isSet(options.actor) ? parser.value(options.actor).trimmed() : Session::defaultActor();
    if (m_actor.isEmpty())
        return fail(tr("--actor needs a name."));
    if (m_actor.size() > Limits::NameMax)
        return fail(tr("The name given to --actor is longer than %n characters.", nullptr, Limits::NameMax));

    m_screenshotPath = parser.value(options.screenshot);
    return true;
}

void AppStartup::loadTranslations()
{
    removeTranslations();
    // --lang wins over the language chosen in Settings, which wins over the system's.
    const QString language = m_language.isEmpty() ? SettingsDialog::storedLanguage() : m_language;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale); // dates and numbers follow the chosen language too

    m_appTranslator = std::make_unique<QTranslator>();
    if (m_appTranslator->load(
            locale, QStringLiteral("warroom"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(m_appTranslator.get());
        m_appTranslationLoaded = locale.language() != QLocale::English;
    } else {
        // English is the source language: its catalogue holds only plural forms ("1 change", "2 changes"),
        // and it is the fallback for languages Warroom does not speak yet.
        if (!language.isEmpty() && locale.language() != QLocale::English)
            qCWarning(lcUi) << "no translation of Warroom for" << language;
        if (m_appTranslator->load(QStringLiteral(":/i18n/warroom_en.qm")))
            QCoreApplication::installTranslator(m_appTranslator.get());
        else
            m_appTranslator.reset();
    }

    // Qt's own strings (standard buttons, shortcuts such as "Ctrl", --help's options).
    m_qtTranslator = std::make_unique<QTranslator>();
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (m_qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslations))
        QCoreApplication::installTranslator(m_qtTranslator.get());
    else
        m_qtTranslator.reset();
}

void AppStartup::removeTranslations()
{
    for (const auto *translator : {&m_appTranslator, &m_qtTranslator}) {
        if (*translator && QCoreApplication::instance())
            QCoreApplication::removeTranslator(translator->get());
    }
    m_appTranslator.reset();
    m_qtTranslator.reset();
    m_appTranslationLoaded = false;
}

std::unique_ptr<Session> AppStartup::openSession(Error *error)
{
    const QUrl server = ServerConnection::configuredServer();
    const bool serverMode = m_defaultDatabase && !m_demo && !server.isEmpty();
    if (serverMode)
        m_databasePath = ServerConnection::replicaPath(server);

    Error problem;
    if (m_defaultDatabase) {
        // Only the default location is ours to create; a folder given with --db must exist, or a typo would
        // silently start an empty war room somewhere else.
        const QString folder = QFileInfo(m_databasePath).absolutePath();
        if (!QDir().mkpath(folder)) {
            problem = Error::store(tr("Cannot create the folder %1 for the incident database. Check that it "
                                      "can be written, or choose another file with --db.")
                                       .arg(QDir::toNativeSeparators(folder)));
        }
    }
    // The default demo database starts afresh each time: the demo shows one incident, not a pile of them.
    if (!problem && m_demo && m_defaultDatabase) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_databasePath + suffix);
    }
    std::unique_ptr<EventStore> store;
    SqliteStore *file = nullptr;
    ReplicaStore *replica = nullptr;
    if (!problem && serverMode) {
        auto opened = ReplicaStore::open(m_databasePath, &problem);
        replica = opened.get();
        store = std::move(opened);
    } else if (!problem) {
        auto opened = SqliteStore::open(m_databasePath, &problem);
        file = opened.get();
        store = std::move(opened);
    }
    if (!store) {
        if (!problem)
            problem = Error::store(
                tr("Cannot open the incident database %1.").arg(QDir::toNativeSeparators(m_databasePath)));
        qCWarning(lcUi) << "cannot open" << m_databasePath << ":" << problem.message;
        if (error)
            *error = problem;
        return nullptr;
    }
    auto session = std::make_unique<Session>(std::move(store), m_actor);
    if (!session->load(&problem) || (m_demo && session->addDemoIncident(&problem).isEmpty())) {
        qCWarning(lcUi) << "cannot read" << m_databasePath << ":" << problem.message;
        if (error)
            *error = problem;
        return nullptr;
    }
    if (file) {
        // Other Warroom processes may write the same file (shared-file mode): fold their changes as they
        // land.
        new SharedFileWatcher(session.get(), file, session.get());
    } else {
        // Server mode: the session works offline at once; sync starts when the keychain hands the token over.
        auto *network = new QNetworkAccessManager(session.get());
        m_syncEngine = new SyncEngine(session.get(), replica, network, session.get());
        auto *credentials = new CredentialStore(QStringLiteral("warroom"), session.get());
        QPointer<SyncEngine> engine = m_syncEngine;
        credentials->read(CredentialStore::serverTokenKey(server.toString()), session.get(),
            [engine, server](const std::optional<QString> &token, const Error &keychainError) {
                if (!engine)
                    return;
                if (keychainError)
                    qCWarning(lcUi) << keychainError.message;
                engine->setServer(server, token.value_or(QString()));
                engine->start();
            });
    }
    return session;
}

void AppStartup::reportOpenFailure(const Error &error, QWidget *parent)
{
    QMessageBox box(QMessageBox::Critical, tr("Warroom", "product name, window title"),
        tr("Warroom cannot open its incident database."), QMessageBox::Close, parent);
    box.setObjectName(QStringLiteral("openFailureMessageBox"));
    box.setInformativeText(error.message);
    box.exec();
}

void AppStartup::scheduleScreenshot(QWidget *window) const
{
    const QString path = m_screenshotPath;
    // Late enough for the first layout and paint, and for the window manager (if any) to map the window.
    QTimer::singleShot(std::chrono::milliseconds(800), window, [window, path] {
        const bool saved = window->grab().save(path);
        if (!saved)
            qCWarning(lcUi) << "cannot save the screenshot to" << path;
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace Warroom
