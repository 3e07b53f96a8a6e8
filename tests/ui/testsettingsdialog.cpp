// SPDX-License-Identifier: GPL-3.0-or-later
#include "appstartup.h"
#include "settingsdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>

using namespace Warroom;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Before any QSettings: the settings file then lives in the test folder, not the person's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Warroom"));
        QCoreApplication::setApplicationName(QStringLiteral("testsettingsdialog"));
    }

    void cleanup()
    {
        SettingsDialog::storeLanguage({});
        QLocale::setDefault(QLocale::c());
    }

    void offersTheSystemLanguageAndThree()
    {
        SettingsDialog dialog;
        QCOMPARE(dialog.objectName(), QStringLiteral("settingsDialog"));
        QComboBox *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        QVERIFY(combo);
        QCOMPARE(combo, dialog.languageComboBox());
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->currentIndex(), 0);
        QVERIFY(combo->currentData().toString().isEmpty());
        QCOMPARE(combo->itemData(1).toString(), QStringLiteral("en"));
        QCOMPARE(combo->itemText(2), QStringLiteral("Français"));
        QCOMPARE(combo->itemText(3), QStringLiteral("Deutsch"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNoteLabel"));
        QVERIFY(note);
        QVERIFY(note->text().contains(QStringLiteral("next time")));
    }

    void keepsTheChoiceOnlyWhenAccepted()
    {
        {
            SettingsDialog dialog;
            dialog.languageComboBox()->setCurrentIndex(
                dialog.languageComboBox()->findData(QStringLiteral("de")));
            dialog.reject();
        }
        QVERIFY(SettingsDialog::storedLanguage().isEmpty());
        {
            SettingsDialog dialog;
            dialog.languageComboBox()->setCurrentIndex(
                dialog.languageComboBox()->findData(QStringLiteral("de")));
            dialog.accept();
        }
        QCOMPARE(SettingsDialog::storedLanguage(), QStringLiteral("de"));
        SettingsDialog again;
        QCOMPARE(again.languageComboBox()->currentData().toString(), QStringLiteral("de"));
        again.languageComboBox()->setCurrentIndex(0); // back to the system's
        again.accept();
        QVERIFY(SettingsDialog::storedLanguage().isEmpty());
    }

    void startupSpeaksTheStoredLanguage()
    {
        SettingsDialog::storeLanguage(QStringLiteral("de"));
        {
            AppStartup startup;
            QVERIFY(startup.parse({QStringLiteral("warroom")}));
            QVERIFY(startup.language().isEmpty()); // not forced by --lang
            QVERIFY(startup.hasAppTranslation());
            QCOMPARE(QLocale().language(), QLocale::German); // dates and times follow it
            QCOMPARE(QCoreApplication::translate("Warroom::MainWindow", "&Declare Incident…"),
                QStringLiteral("Vorfall &melden…"));
        }
        // --lang wins over Settings.
        AppStartup startup;
        QVERIFY(startup.parse({QStringLiteral("warroom"), QStringLiteral("--lang"), QStringLiteral("fr")}));
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(QCoreApplication::translate("Warroom::MainWindow", "&Declare Incident…"),
            QStringLiteral("&Déclarer un incident…"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "testsettingsdialog.moc"
