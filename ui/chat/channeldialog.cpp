// SPDX-License-Identifier: GPL-3.0-or-later
#include "channeldialog.h"

#include "eventtypes.h"
#include "incidentlook.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Warroom {

ChannelDialog::ChannelDialog(const ChatChannel *existing, bool sessionOnly, WebhookSecrets::Keychain keychain,
    const QString &keychainProblem, QWidget *parent)
    : QDialog(parent)
    , m_originalName(existing ? existing->name : QString())
    , m_nameEdit(new QLineEdit(this))
    , m_kindCombo(new QComboBox(this))
    , m_urlEdit(new QLineEdit(this))
    , m_urlHint(new QLabel(this))
    , m_sessionOnlyCheck(new QCheckBox(this))
    , m_keychainLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_enabled(existing ? existing->enabled : true)
{
    setObjectName(QStringLiteral("channelDialog"));
    setWindowTitle(existing ? tr("Edit Chat Channel") : tr("Add Chat Channel"));

    m_nameEdit->setObjectName(QStringLiteral("channelNameLineEdit"));
    m_nameEdit->setMaxLength(Limits::NameMax);
    m_nameEdit->setPlaceholderText(tr("#incident-orders"));
    m_nameEdit->setAccessibleName(tr("Channel name"));

    m_kindCombo->setObjectName(QStringLiteral("channelKindComboBox"));
    m_kindCombo->setAccessibleName(tr("Platform"));
    for (ChatKind kind : ChatKinds::all())
        m_kindCombo->addItem(ChatKinds::displayName(kind), int(kind));

    m_urlEdit->setObjectName(QStringLiteral("webhookUrlLineEdit"));
    m_urlEdit->setEchoMode(QLineEdit::Password);
    m_urlEdit->setAccessibleName(tr("Webhook URL"));
    // The URL is a secret: shown only on request, and never offered to autocompletion or the clipboard.
    auto *reveal
        = m_urlEdit->addAction(QIcon::fromTheme(QStringLiteral("view-visible")), QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("revealUrlAction"));
    reveal->setCheckable(true);
    reveal->setText(tr("Show the URL"));
    reveal->setToolTip(tr("Show the URL"));
    connect(reveal, &QAction::toggled, m_urlEdit,
        [this](bool shown) { m_urlEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });

    m_urlHint->setObjectName(QStringLiteral("webhookUrlHintLabel"));
    m_urlHint->setWordWrap(true);
    m_urlHint->setForegroundRole(QPalette::PlaceholderText);

    m_sessionOnlyCheck->setObjectName(QStringLiteral("sessionOnlyCheckBox"));
    m_sessionOnlyCheck->setText(tr("Keep the URL for this session only"));
    m_sessionOnlyCheck->setToolTip(
        tr("The URL stays in memory and is forgotten when Warroom quits; it is never written to disk."));
    m_sessionOnlyCheck->setChecked(sessionOnly);

    m_keychainLabel->setObjectName(QStringLiteral("keychainLabel"));
    m_keychainLabel->setWordWrap(true);
    m_keychainLabel->setText(
        tr("The URL is kept in the system keychain, never in a settings file or the database."));
    if (keychain == WebhookSecrets::Keychain::Unavailable)
        setKeychainUnavailable(keychainProblem);

    m_errorLabel->setObjectName(QStringLiteral("channelErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, IncidentLook::warningColor(errorPalette));
    m_errorLabel->setPalette(errorPalette);

    if (existing) {
        m_nameEdit->setText(existing->name);
        m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(existing->kind)));
        m_urlEdit->setPlaceholderText(tr("Leave empty to keep the current URL"));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Platform:"), m_kindCombo);
    form->addRow(tr("Webhook &URL:"), m_urlEdit);
    form->addRow(QString(), m_urlHint);
    form->addRow(QString(), m_sessionOnlyCheck);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_keychainLabel);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &ChannelDialog::updateHints);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &ChannelDialog::updateHints);
    connect(m_urlEdit, &QLineEdit::textChanged, this, &ChannelDialog::updateHints);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChannelDialog::trySave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateHints();
    resize(qMax(sizeHint().width(), 460), sizeHint().height());
}

ChatChannel ChannelDialog::channel() const
{
    return {m_nameEdit->text().trimmed(), ChatKind(m_kindCombo->currentData().toInt()), m_enabled};
}

QString ChannelDialog::url() const
{
    return m_urlEdit->text().trimmed();
}

bool ChannelDialog::sessionOnly() const
{
    return m_sessionOnlyCheck->isChecked();
}

void ChannelDialog::setKeychainUnavailable(const QString &problem)
{
    m_sessionOnlyCheck->setChecked(true);
    m_sessionOnlyCheck->setEnabled(false);
    m_keychainLabel->setText(tr("%1\nThe URL can be kept for this session only: it is forgotten when Warroom "
                                "quits and never written to disk.")
                                 .arg(problem));
    QPalette palette = m_keychainLabel->palette();
    palette.setColor(QPalette::WindowText, IncidentLook::warningColor(palette));
    m_keychainLabel->setPalette(palette);
}

void ChannelDialog::updateHints()
{
    const auto kind = ChatKind(m_kindCombo->currentData().toInt());
    m_urlHint->setText(tr("Looks like %1").arg(ChatKinds::urlExample(kind)));
    const bool urlNeeded = !isEditing();
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(!m_nameEdit->text().trimmed().isEmpty() && (!urlNeeded || !url().isEmpty()));
    m_errorLabel->hide();
}

void ChannelDialog::trySave()
{
    if (Error error = ChatChannel::checkName(m_nameEdit->text())) {
        showError(error.message);
        m_nameEdit->setFocus();
        return;
    }
    if (!isEditing() || !url().isEmpty()) {
        if (Error error = ChatChannel::checkWebhookUrl(url())) {
            showError(error.message);
            m_urlEdit->setFocus();
            return;
        }
    }
    m_buttons->setEnabled(false);
    Q_EMIT saveRequested();
}

void ChannelDialog::showError(const QString &message)
{
    m_buttons->setEnabled(true);
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace Warroom
