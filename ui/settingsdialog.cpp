// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace Warroom {

namespace {
constexpr QLatin1String LanguageKey("ui/language");
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Configure Warroom"));

    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    const QString systemLanguage = QLocale::system().nativeLanguageName(); // empty for the C locale
    m_languageCombo->addItem(systemLanguage.isEmpty()
            ? tr("System default", "language: the system's")
            : tr("System default (%1)", "language: the system's, named in its own language")
                  .arg(systemLanguage),
        QString());
    // Each language is named in itself, so that someone lost in a foreign interface still finds their own.
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    const int current = m_languageCombo->findData(storedLanguage());
    m_languageCombo->setCurrentIndex(current < 0 ? 0 : current);

    auto *languageLabel = new QLabel(tr("&Language:", "of the interface"), this);
    languageLabel->setBuddy(m_languageCombo);
    auto *note = new QLabel(tr("The language, and the way dates and times are written, change the next time "
                               "Warroom starts. The --lang option wins over this choice."),
        this);
    note->setObjectName(QStringLiteral("languageNoteLabel"));
    note->setWordWrap(true);
    m_languageCombo->setAccessibleDescription(note->text());

    auto *form = new QFormLayout;
    form->addRow(languageLabel, m_languageCombo);
    form->addRow(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QString SettingsDialog::storedLanguage()
{
    return QSettings().value(LanguageKey).toString().trimmed();
}

void SettingsDialog::storeLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, code);
}

void SettingsDialog::accept()
{
    storeLanguage(m_languageCombo->currentData().toString());
    QDialog::accept();
}

} // namespace Warroom
