// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatchannel.h"
#include "webhooksecrets.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Warroom {

/// Adds or edits a chat channel: its name, platform and webhook URL (typed like a password: it is a secret
/// whoever sees it can post with), and whether the URL is kept for this session only. It checks what it can
/// and asks its owner to save; the owner answers with accept() or showError(), so the dialog stays open with
/// everything typed in it when saving fails (no keychain, a name taken).
class ChannelDialog : public QDialog
{
    Q_OBJECT
public:
    /// Adding when @p existing is null; editing it otherwise (an empty URL then keeps the stored one).
    /// @p keychain and @p keychainProblem say whether the URL can go to the keychain at all.
    ChannelDialog(const ChatChannel *existing, bool sessionOnly, WebhookSecrets::Keychain keychain,
        const QString &keychainProblem, QWidget *parent = nullptr);

    [[nodiscard]] bool isEditing() const { return !m_originalName.isEmpty(); }
    [[nodiscard]] const QString &originalName() const { return m_originalName; }
    [[nodiscard]] ChatChannel channel() const;
    /// The URL typed, trimmed; empty when editing and left alone.
    [[nodiscard]] QString url() const;
    [[nodiscard]] bool sessionOnly() const;

    /// Says why saving failed and lets the person try again.
    void showError(const QString &message);
    /// The keychain turned out to be unavailable: "this session only" becomes the only choice.
    void setKeychainUnavailable(const QString &problem);

Q_SIGNALS:
    /// The fields passed the dialog's own checks: the owner saves, then accepts or shows an error.
    void saveRequested();

private:
    void updateHints();
    void trySave();

    QString m_originalName;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLabel *m_urlHint = nullptr;
    QCheckBox *m_sessionOnlyCheck = nullptr;
    QLabel *m_keychainLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_enabled = true;
};

} // namespace Warroom
