// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deliveryqueue.h"
#include "incidentfacts.h"
#include "messagetemplate.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QTextEdit;
class QToolButton;

namespace Warroom {

class ChannelDialog;
class ChannelModel;
class ChatSender;
class CredentialStore;
class DeliveryLogModel;
class Session;
class UpdateCadence;
class WebhookSecrets;

/// Telling stakeholders, for the selected incident (DESIGN §6): the chat channels (add, edit, remove,
/// test), a template and the message it fills in, a preview of exactly what each checked platform will
/// show, Send, the delivery log, and the promise of the next update with its countdown. The network and
/// the keychain come from the application (setServices), so that all HTTP goes through its one
/// QNetworkAccessManager and all secrets through its one CredentialStore.
class ChatPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChatPanel(Session *session, QWidget *parent = nullptr);
    ~ChatPanel() override;

    /// Hands over the application's network access and credential store (neither owned).
    void setServices(QNetworkAccessManager *network, CredentialStore *credentials);
    void setIncident(const QString &incidentId);
    [[nodiscard]] const QString &incident() const { return m_incident; }

    [[nodiscard]] ChannelModel *channelModel() const { return m_channels; }
    [[nodiscard]] WebhookSecrets *secrets() const { return m_secrets; }
    [[nodiscard]] ChatSender *sender() const { return m_sender; }
    [[nodiscard]] UpdateCadence *cadence() const { return m_cadence; }
    [[nodiscard]] DeliveryLogModel *deliveryLog() const { return m_log; }
    /// The channel dialog while it is open.
    [[nodiscard]] ChannelDialog *channelDialog() const;

    /// The message as it will be posted now: the editor's text with the placeholders filled in.
    [[nodiscard]] QString renderedMessage() const;
    /// The facts the message is filled from, at Clock::now().
    [[nodiscard]] IncidentFacts currentFacts() const;

public Q_SLOTS:
    void addChannel();
    void editChannel();
    void removeChannel();
    void testChannel();
    void send();

Q_SIGNALS:
    /// The promised stakeholder update of @p incidentId is due: the window raises a notification.
    void updateDue(const QString &incidentId, const QString &title, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The constructor's parts: the channel list, what is written (returns the template label), the log and
    // the Send row (returns the "Next update in" label), the layout of them all, and the connections.
    void setUpChannelList();
    QLabel *setUpComposer();
    QLabel *setUpDeliveryControls();
    void layOut(QLabel *templateLabel, QLabel *nextUpdateText);
    void connectSignals();
    void openChannelDialog(const ChatChannel *existing);
    void saveChannel(ChannelDialog *dialog);
    void finishSave(ChannelDialog *dialog, const ChatChannel &channel, const QString &url, bool sessionOnly);
    void applyTemplate(TemplateKind kind);
    void updatePreview();
    void updateActions();
    void updateKeychainBanner();
    void updateLogTabTitle();
    void updateCountdown();
    void onDeliveryFinished(const DeliveryRecord &record);
    [[nodiscard]] ChatChannel currentChannel() const;

    QPointer<Session> m_session;
    QString m_incident;
    WebhookSecrets *m_secrets = nullptr;
    ChatSender *m_sender = nullptr;
    UpdateCadence *m_cadence = nullptr;
    ChannelModel *m_channels = nullptr;
    DeliveryLogModel *m_log = nullptr;
    bool m_servicesSet = false;

    QLabel *m_keychainBanner = nullptr;
    QTableView *m_channelView = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QComboBox *m_templateCombo = nullptr;
    QToolButton *m_placeholderButton = nullptr;
    QPlainTextEdit *m_messageEdit = nullptr;
    QLabel *m_countLabel = nullptr;
    QCheckBox *m_jsonCheck = nullptr;
    QTextEdit *m_preview = nullptr;
    QTabWidget *m_outputTabs = nullptr;
    QTableView *m_logView = nullptr;
    QSpinBox *m_nextUpdateSpin = nullptr;
    QLabel *m_nextUpdateLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_sendButton = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_splitSized = false;
    QPointer<ChannelDialog> m_dialog;
    struct Draft
    {
        TemplateKind kind = TemplateKind::StatusUpdate;
        QString text;
    };
    QHash<QString, Draft> m_drafts; // incident → what was being written there
    QString m_previewIncident; // whose message the preview shows (its scroll position is kept)
    QTimer m_previewTimer; // a burst of typing refreshes the preview once
    QTimer m_minuteTimer; // "elapsed" and "in N min" move on by themselves
};

} // namespace Warroom
