// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace Warroom {

/// Settings → Configure Warroom: the language of the interface, kept in QSettings (ui/language) and applied
/// by AppStartup at the next start (a running window cannot change its language). Empty means the system's.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *languageComboBox() const { return m_languageCombo; }

    /// The language chosen in Settings ("en", "fr", "de"), or empty for the system's.
    [[nodiscard]] static QString storedLanguage();
    /// Keeps @p code (empty: the system's language) for the next start.
    static void storeLanguage(const QString &code);

public Q_SLOTS:
    /// Saves the choice, then closes.
    void accept() override;

private:
    QComboBox *m_languageCombo = nullptr;
};

} // namespace Warroom
