// SPDX-License-Identifier: GPL-3.0-or-later
#include "gettingstarteddialog.h"
#include "mainwindow.h"
#include "session.h"
#include "settingsdialog.h"
#include "sqlitestore.h"

#include <QAction>
#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Warroom;

/// Help → Getting Started, and the other dialogs of the Help and Settings menus, reached as a person would.
class TestGettingStartedDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Error error;
        std::unique_ptr<SqliteStore> store
            = SqliteStore::open(m_dir.filePath(QStringLiteral("warroom.sqlite")), &error);
        QVERIFY2(store, qPrintable(error.message));
        m_session = std::make_unique<Session>(std::move(store), QStringLiteral("tester"));
        QVERIFY2(m_session->load(&error), qPrintable(error.message));
        m_window
            = std::make_unique<MainWindow>(m_session.get(), m_dir.filePath(QStringLiteral("warroom.sqlite")));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

    void guideNamesTheRolesAndRealShortcuts()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("gettingStartedAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = m_window->findChild<GettingStartedDialog *>(QStringLiteral("gettingStartedDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *browser = dialog->findChild<QTextBrowser *>(QStringLiteral("guideTextBrowser"));
        QVERIFY(browser);
        QCOMPARE(browser, dialog->browser());
        const QString text = browser->toPlainText();
        for (const char *word : {"commander", "responder", "facilitator", "postmortem"})
            QVERIFY2(text.contains(QLatin1String(word)), word);
        // The shortcuts come from the window's actions, not from the text.
        for (const char *name : {"declareAction", "replayAction", "shortcutsAction", "focusEntryAction"}) {
            const auto *named = m_window->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(named, name);
            QVERIFY2(text.contains(named->shortcut().toString(QKeySequence::NativeText)), name);
        }
        QVERIFY(!text.contains(QStringLiteral("—"))); // every action the guide names was found
        dialog->close();
        QTRY_VERIFY(!m_window->findChild<GettingStartedDialog *>()); // deleted on close
    }

    void settingsMenuOpensTheSettingsDialog()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(action);
        action->trigger();
        QTRY_VERIFY(qobject_cast<SettingsDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        QCOMPARE(dialog->objectName(), QStringLiteral("settingsDialog"));
        dialog->reject();
        QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestGettingStartedDialog)
#include "testgettingstarteddialog.moc"
