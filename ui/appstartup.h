// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QTranslator;
class QWidget;

namespace Warroom {

class Session;
class SyncEngine;

/// What `warroom` does before its window appears, kept out of main() so tests can run it: parse the command
/// line, install the translators, open the store and load the Session.
class AppStartup
{
    Q_DECLARE_TR_FUNCTIONS(Warroom::AppStartup)
public:
    AppStartup();
    ~AppStartup();
    AppStartup(const AppStartup &) = delete;
    AppStartup &operator=(const AppStartup &) = delete;

    /// True when @p argv asks only for --help or --version: main() then needs no display and no QApplication.
    [[nodiscard]] static bool isInformationRequest(int argc, const char *const *argv);

    /// Parses @p arguments (the program name first) and installs the translators for the chosen language.
    /// --help and --version print and exit the process, as QCommandLineParser does. On a bad command line
    /// returns false with a message for the terminal in @p errorMessage.
    bool parse(const QStringList &arguments, QString *errorMessage = nullptr);

    [[nodiscard]] const QString &databasePath() const { return m_databasePath; }
    [[nodiscard]] bool usesDefaultDatabase() const { return m_defaultDatabase; }
    [[nodiscard]] const QString &actor() const { return m_actor; }
    /// Forced by --lang, else empty (then the language chosen in Settings, else the system's, is used).
    [[nodiscard]] const QString &language() const { return m_language; }
    [[nodiscard]] const QString &screenshotPath() const { return m_screenshotPath; }
    /// --demo: a fresh demo database (unless --db names one) with the demo incident added.
    [[nodiscard]] bool demo() const { return m_demo; }
    /// --self-test: main() runs SelfTest instead of opening the window.
    [[nodiscard]] bool selfTest() const { return m_selfTest; }
    /// Whether the application's own catalogue was found for the language (false for English, the source).
    [[nodiscard]] bool hasAppTranslation() const { return m_appTranslationLoaded; }

    /// Opens the store at databasePath() (creating the default folder if needed) and loads a Session over
    /// it. Returns nullptr with @p error naming the file and the problem.
    /// In server mode (a server configured in Settings, no --db, no --demo) the store is that server's local
    /// replica and a SyncEngine (see syncEngine()) starts once the keychain hands over the token.
    [[nodiscard]] std::unique_ptr<Session> openSession(Error *error);
    /// The engine syncing the session with its server, or nullptr for a local file. Owned by the session.
    [[nodiscard]] SyncEngine *syncEngine() const { return m_syncEngine; }

    /// Tells the person that the database could not be opened (a modal message box).
    static void reportOpenFailure(const Error &error, QWidget *parent = nullptr);

    /// Saves a picture of @p window to screenshotPath() once it is shown and laid out, then quits.
    void scheduleScreenshot(QWidget *window) const;

private:
    void loadTranslations();
    void removeTranslations();

    QString m_databasePath;
    bool m_defaultDatabase = true;
    bool m_demo = false;
    bool m_selfTest = false;
    SyncEngine *m_syncEngine = nullptr;
    QString m_actor;
    QString m_language;
    QString m_screenshotPath;
    bool m_appTranslationLoaded = false;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace Warroom
