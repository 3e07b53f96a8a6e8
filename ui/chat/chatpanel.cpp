// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatpanel.h"

#include "channeldialog.h"
#include "channelmodel.h"
#include "chatlogging.h"
#include "chatpreview.h"
#include "chatsender.h"
#include "clock.h"
#include "deliverylogmodel.h"
#include "eventtypes.h"
#include "incidentlook.h"
#include "messagebox.h"
#include "payloadformatter.h"
#include "session.h"
#include "updatecadence.h"
#include "webhooksecrets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <cstdlib>

namespace Warroom {

namespace {

constexpr int MaxCadenceMinutes = 240;

/// Paints failed deliveries in the warning colour (with the word "Failed" beside it, never colour alone).
class DeliveryLogDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(DeliveryLogModel::FailedRole).toBool()) {
            option->palette.setColor(
                QPalette::Text, IncidentLook::warningColor(option->palette, QPalette::Text));
        } else if (index.data(DeliveryLogModel::TestRole).toBool()) {
            option->palette.setColor(QPalette::Text, IncidentLook::mutedColor(option->palette));
        }
    }
};

/// A countdown as a clock face shows it: "4:09", "1:04:09".
QString formatCountdown(qint64 msecs)
{
    const qint64 seconds = (std::abs(msecs) + 999) / 1000;
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QPushButton *smallButton(const QString &objectName, const QString &text, const QString &icon, QWidget *parent)
{
    auto *button = new QPushButton(QIcon::fromTheme(icon), text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

ChatPanel::ChatPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_secrets(new WebhookSecrets(nullptr, this))
    , m_sender(new ChatSender(session, nullptr, m_secrets, this))
    , m_cadence(new UpdateCadence(this))
    , m_channels(new ChannelModel(m_secrets, this))
    , m_log(new DeliveryLogModel(session, m_sender, this))
    , m_keychainBanner(new QLabel(this))
    , m_channelView(new QTableView(this))
    , m_addButton(
          smallButton(QStringLiteral("addChannelButton"), tr("&Add…"), QStringLiteral("list-add"), this))
    , m_editButton(smallButton(
          QStringLiteral("editChannelButton"), tr("&Edit…"), QStringLiteral("document-edit"), this))
    , m_removeButton(smallButton(
          QStringLiteral("removeChannelButton"), tr("Remove"), QStringLiteral("list-remove"), this))
    , m_testButton(smallButton(
          QStringLiteral("testChannelButton"), tr("&Test"), QStringLiteral("network-transmit"), this))
    , m_templateCombo(new QComboBox(this))
    , m_placeholderButton(new QToolButton(this))
    , m_messageEdit(new QPlainTextEdit(this))
    , m_countLabel(new QLabel(this))
    , m_jsonCheck(new QCheckBox(this))
    , m_preview(new QTextEdit(this))
    , m_outputTabs(new QTabWidget(this))
    , m_logView(new QTableView(this))
    , m_nextUpdateSpin(new QSpinBox(this))
    , m_nextUpdateLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_sendButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("chatPanel"));
    setAccessibleName(tr("Chat updates"));
    setUpChannelList();
    QLabel *templateLabel = setUpComposer();
    QLabel *nextUpdateText = setUpDeliveryControls();
    layOut(templateLabel, nextUpdateText);
    connectSignals();
    updateKeychainBanner();
    setIncident({});
}

void ChatPanel::setUpChannelList()
{
    m_keychainBanner->setObjectName(QStringLiteral("keychainBannerLabel"));
    m_keychainBanner->setWordWrap(true);
    m_keychainBanner->setFrameShape(QFrame::StyledPanel);
    m_keychainBanner->setMargin(6);
    m_keychainBanner->hide();

    m_channelView->setObjectName(QStringLiteral("channelView"));
    m_channelView->setAccessibleName(tr("Chat channels"));
    m_channelView->setAccessibleDescription(
        tr("Send posts to every checked channel; Space checks or unchecks"));
    IncidentLook::setUpPanelTable(m_channelView);
    m_channelView->setModel(m_channels);
    m_channelView->horizontalHeader()->hide();
    m_channelView->horizontalHeader()->setSectionResizeMode(ChannelModel::NameColumn, QHeaderView::Stretch);
    m_channelView->horizontalHeader()->setSectionResizeMode(
        ChannelModel::PlatformColumn, QHeaderView::ResizeToContents);
    const int row = m_channelView->verticalHeader()->defaultSectionSize();
    m_channelView->setMinimumHeight(row * 2 + 2 * m_channelView->frameWidth());
    m_channelView->setMaximumHeight(row * 4 + 2 * m_channelView->frameWidth());
    m_addButton->setToolTip(tr("Add a Slack, Mattermost, Teams, Discord or generic webhook"));
    m_testButton->setToolTip(
        tr("Post a short test message to the selected channel (not recorded in the timeline)"));
}

QLabel *ChatPanel::setUpComposer()
{
    m_templateCombo->setObjectName(QStringLiteral("templateComboBox"));
    m_templateCombo->setAccessibleName(tr("Message template"));
    for (TemplateKind kind : MessageTemplate::all())
        m_templateCombo->addItem(MessageTemplate::displayName(kind), int(kind));
    auto *templateLabel = new QLabel(tr("Te&mplate:"), this);
    templateLabel->setBuddy(m_templateCombo);

    m_placeholderButton->setObjectName(QStringLiteral("placeholderButton"));
    m_placeholderButton->setText(tr("Insert"));
    m_placeholderButton->setToolTip(tr("Insert a placeholder, filled in from the incident when sent"));
    m_placeholderButton->setPopupMode(QToolButton::InstantPopup);
    auto *placeholders = new QMenu(m_placeholderButton);
    for (const QString &name : MessageTemplate::placeholders()) {
        const QString placeholder = QLatin1Char('{') + name + QLatin1Char('}');
        placeholders->addAction(placeholder, m_messageEdit, [this, placeholder] {
            m_messageEdit->insertPlainText(placeholder);
            m_messageEdit->setFocus();
        });
    }
    m_placeholderButton->setMenu(placeholders);

    m_messageEdit->setObjectName(QStringLiteral("messageTextEdit"));
    m_messageEdit->setAccessibleName(tr("Message"));
    m_messageEdit->setPlaceholderText(tr("What stakeholders should know. {title}, {status}… are filled in."));
    m_messageEdit->setTabChangesFocus(true);
    // A template's seven lines at least (the panel scrolls when the tab is shorter); more when there is room.
    const int lines = m_messageEdit->fontMetrics().lineSpacing();
    m_messageEdit->setMinimumHeight(7 * lines + 2 * m_messageEdit->frameWidth() + 8);

    m_countLabel->setObjectName(QStringLiteral("characterCountLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    m_jsonCheck->setObjectName(QStringLiteral("previewJsonCheckBox"));
    m_jsonCheck->setText(tr("&JSON"));
    m_jsonCheck->setToolTip(tr("Show the exact request body each platform receives"));
    m_preview->setObjectName(QStringLiteral("previewTextEdit"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setMinimumHeight(10 * lines + 2 * m_preview->frameWidth() + 8);
    return templateLabel;
}

QLabel *ChatPanel::setUpDeliveryControls()
{
    m_logView->setObjectName(QStringLiteral("deliveryLogView"));
    m_logView->setAccessibleName(tr("Delivery log"));
    IncidentLook::setUpPanelTable(m_logView);
    m_logView->setModel(m_log);
    m_logView->setItemDelegate(new DeliveryLogDelegate(m_logView));
    m_logView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_logView->horizontalHeader()->setSectionResizeMode(DeliveryLogModel::ErrorColumn, QHeaderView::Stretch);
    m_logView->setMinimumHeight(m_logView->horizontalHeader()->sizeHint().height()
        + m_logView->verticalHeader()->defaultSectionSize() + 2 * m_logView->frameWidth());

    m_nextUpdateSpin->setObjectName(QStringLiteral("nextUpdateSpinBox"));
    m_nextUpdateSpin->setAccessibleName(tr("Next update in minutes"));
    m_nextUpdateSpin->setRange(0, MaxCadenceMinutes);
    m_nextUpdateSpin->setSingleStep(5);
    m_nextUpdateSpin->setSuffix(tr(" min"));
    m_nextUpdateSpin->setSpecialValueText(tr("off"));
    m_nextUpdateSpin->setToolTip(
        tr("Promise the next stakeholder update in this many minutes; Warroom reminds you"));
    auto *nextUpdateText = new QLabel(tr("&Next update in"), this);
    nextUpdateText->setBuddy(m_nextUpdateSpin);
    m_nextUpdateLabel->setObjectName(QStringLiteral("nextUpdateLabel"));

    m_statusLabel->setObjectName(QStringLiteral("sendStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->hide();

    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setText(tr("&Send"));
    m_sendButton->setIcon(QIcon::fromTheme(QStringLiteral("mail-send")));
    m_sendButton->setAutoDefault(false);
    return nextUpdateText;
}

void ChatPanel::layOut(QLabel *templateLabel, QLabel *nextUpdateText)
{
    // Layout: channels on top, then what is written, what it will look like, and what happened to it.
    // The buttons stand beside the list rather than under it: height is what a side tab is short of.
    auto *channelButtons = new QVBoxLayout;
    channelButtons->setSpacing(2);
    channelButtons->addWidget(m_addButton);
    channelButtons->addWidget(m_editButton);
    channelButtons->addWidget(m_removeButton);
    channelButtons->addWidget(m_testButton);
    channelButtons->addStretch(1);
    auto *channelRow = new QHBoxLayout;
    channelRow->addWidget(m_channelView, 1);
    channelRow->addLayout(channelButtons);

    auto *compose = new QWidget(this);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(templateLabel);
    templateRow->addWidget(m_templateCombo, 1);
    templateRow->addWidget(m_placeholderButton);
    auto *composeLayout = new QVBoxLayout(compose);
    composeLayout->setContentsMargins(0, 0, 0, 0);
    composeLayout->addLayout(templateRow);
    composeLayout->addWidget(m_messageEdit, 1);

    // The preview and the delivery log share one place: one is read before Send, the other after it, and
    // a side tab is short of height (the tab follows: Send shows the log, composing shows the preview).
    // The character count and the JSON switch sit in the tab bar's corner: no row of their own.
    auto *corner = new QWidget(this);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 4, 0);
    cornerLayout->addWidget(m_countLabel);
    cornerLayout->addSpacing(8);
    cornerLayout->addWidget(m_jsonCheck);
    m_outputTabs->setCornerWidget(corner, Qt::TopRightCorner);
    m_outputTabs->setObjectName(QStringLiteral("chatOutputTabs"));
    m_outputTabs->setDocumentMode(true);
    m_outputTabs->addTab(m_preview, tr("Pre&view"));
    m_outputTabs->addTab(m_logView, QString());
    updateLogTabTitle();

    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(nextUpdateText);
    sendRow->addWidget(m_nextUpdateSpin);
    sendRow->addWidget(m_nextUpdateLabel, 1);
    sendRow->addWidget(m_sendButton);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("chatSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(compose);
    m_splitter->addWidget(m_outputTabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    // Below a comfortable height (a 1280×800 screen leaves the side tab about 360 px) the panel scrolls
    // rather than squeezing the message and its preview to a line or two each — all but the Send row and
    // its countdown, which stay in sight at the bottom.
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("chatContent"));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("chatScrollArea"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_keychainBanner);
    layout->addLayout(channelRow);
    layout->addWidget(m_splitter, 1);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    outer->setContentsMargins(0, 0, margin, margin);
    outer->addWidget(scroll, 1);
    sendRow->setContentsMargins(margin, 0, 0, 0);
    outer->addLayout(sendRow);
    m_statusLabel->setContentsMargins(margin, 0, 0, 0);
    outer->addWidget(m_statusLabel);
}

void ChatPanel::connectSignals()
{
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    m_minuteTimer.start(std::chrono::minutes(1));

    connect(m_addButton, &QPushButton::clicked, this, &ChatPanel::addChannel);
    connect(m_editButton, &QPushButton::clicked, this, &ChatPanel::editChannel);
    connect(m_removeButton, &QPushButton::clicked, this, &ChatPanel::removeChannel);
    connect(m_testButton, &QPushButton::clicked, this, &ChatPanel::testChannel);
    connect(m_sendButton, &QPushButton::clicked, this, &ChatPanel::send);
    connect(m_channelView, &QTableView::doubleClicked, this, &ChatPanel::editChannel);
    connect(m_channelView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ChatPanel::updateActions);
    connect(m_channels, &ChannelModel::selectionChanged, this, [this] {
        updatePreview();
        updateActions();
    });
    connect(m_channels, &QAbstractItemModel::rowsRemoved, this, &ChatPanel::updateActions);
    connect(m_templateCombo, &QComboBox::activated, this,
        [this](int index) { applyTemplate(TemplateKind(m_templateCombo->itemData(index).toInt())); });
    connect(m_messageEdit, &QPlainTextEdit::textChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    connect(&m_previewTimer, &QTimer::timeout, this, [this] {
        if (TemplateKind(m_templateCombo->currentData().toInt()) == TemplateKind::Custom)
            MessageTemplate::setCustomText(m_messageEdit->toPlainText());
        updatePreview();
        updateActions();
    });
    connect(&m_minuteTimer, &QTimer::timeout, this, &ChatPanel::updatePreview);
    connect(m_jsonCheck, &QCheckBox::toggled, this, &ChatPanel::updatePreview);
    connect(m_log, &QAbstractItemModel::rowsInserted, this, &ChatPanel::updateLogTabTitle);
    connect(m_log, &QAbstractItemModel::modelReset, this, &ChatPanel::updateLogTabTitle);
    connect(
        m_templateCombo, &QComboBox::activated, m_outputTabs, [this] { m_outputTabs->setCurrentIndex(0); });
    connect(m_messageEdit, &QPlainTextEdit::textChanged, m_outputTabs, [this] {
        if (m_messageEdit->hasFocus())
            m_outputTabs->setCurrentIndex(0);
    });
    connect(m_nextUpdateSpin, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_cadence->setInterval(m_incident, minutes);
        updatePreview();
    });
    connect(m_cadence, &UpdateCadence::tick, this, &ChatPanel::updateCountdown);
    connect(m_cadence, &UpdateCadence::changed, this, [this](const QString &id) {
        if (id == m_incident)
            updateCountdown();
    });
    connect(m_cadence, &UpdateCadence::due, this, [this](const QString &id) {
        const IncidentState *state = m_session ? m_session->projection().incident(id) : nullptr;
        if (!state || state->status() == Status::Resolved)
            return;
        Q_EMIT updateDue(id, tr("Stakeholder update due"),
            tr("%1 (%2): the next update you promised is due now.")
                .arg(state->title(), Names::severity(state->severity())));
        if (id == m_incident)
            updateCountdown();
    });
    connect(m_secrets, &WebhookSecrets::keychainChanged, this, &ChatPanel::updateKeychainBanner);
    connect(m_sender, &ChatSender::deliveryFinished, this, &ChatPanel::onDeliveryFinished);
    connect(m_session, &Session::incidentChanged, this, [this](const QString &id) {
        if (id == m_incident) {
            updatePreview();
            updateActions();
        }
    });
    // Ctrl+Return sends from the editor, as in chat clients.
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_messageEdit);
    sendShortcut->setContext(Qt::WidgetShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &ChatPanel::send);
    m_sendButton->setToolTip(tr("Post the message to every checked channel (Ctrl+Return)"));
}

ChatPanel::~ChatPanel() = default;

ChannelDialog *ChatPanel::channelDialog() const
{
    return m_dialog;
}

void ChatPanel::setServices(QNetworkAccessManager *network, CredentialStore *credentials)
{
    m_sender->setNetwork(network);
    m_secrets->setCredentialStore(credentials);
    m_servicesSet = network != nullptr;
    if (isVisible() && credentials)
        m_secrets->probe();
    updateActions();
}

void ChatPanel::setIncident(const QString &incidentId)
{
    // Each incident keeps its draft while Warroom runs: switching incidents, or the view reloading one (the
    // server reordered events), never throws away what someone was writing.
    if (!m_incident.isEmpty())
        m_drafts.insert(
            m_incident, {TemplateKind(m_templateCombo->currentData().toInt()), m_messageEdit->toPlainText()});
    m_incident = incidentId;
    m_log->setIncident(incidentId);
    {
        const QSignalBlocker blocker(m_nextUpdateSpin);
        m_nextUpdateSpin->setValue(m_cadence->intervalMinutes(incidentId));
    }
    const IncidentState *state
        = m_session && !incidentId.isEmpty() ? m_session->projection().incident(incidentId) : nullptr;
    const auto draft = m_drafts.constFind(incidentId);
    if (state && draft != m_drafts.constEnd()) {
        m_templateCombo->setCurrentIndex(m_templateCombo->findData(int(draft->kind)));
        m_messageEdit->setPlainText(draft->text);
        m_previewTimer.stop();
    } else if (state) {
        applyTemplate(MessageTemplate::suggested(currentFacts(), !state->chats().isEmpty()));
    } else {
        m_messageEdit->clear();
    }
    m_statusLabel->hide();
    updateCountdown();
    updatePreview();
    updateActions();
}

IncidentFacts ChatPanel::currentFacts() const
{
    const IncidentState *state
        = m_session && !m_incident.isEmpty() ? m_session->projection().incident(m_incident) : nullptr;
    if (!state)
        return {};
    const QDateTime now = Clock::now();
    const int minutes = m_nextUpdateSpin->value();
    // An optional link for stakeholders, e.g. https://status.example.com/incidents/{id}
    // (docs/ARCHITECTURE.md).
    QString url = QSettings().value(QStringLiteral("chat/incidentUrl")).toString();
    url.replace(QLatin1String("{id}"), m_incident);
    return IncidentFacts::from(
        *state, now, minutes > 0 ? now.addSecs(qint64(minutes) * 60) : QDateTime(), url);
}

QString ChatPanel::renderedMessage() const
{
    return MessageTemplate::render(m_messageEdit->toPlainText(), currentFacts());
}

void ChatPanel::applyTemplate(TemplateKind kind)
{
    m_templateCombo->setCurrentIndex(m_templateCombo->findData(int(kind)));
    // Through a cursor rather than setPlainText(): picking a template by mistake is undone with Ctrl+Z.
    QTextCursor cursor(m_messageEdit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(MessageTemplate::text(kind));
    m_messageEdit->moveCursor(QTextCursor::Start);
    m_previewTimer.stop();
    updatePreview();
    updateActions();
}

void ChatPanel::updatePreview()
{
    if (m_incident.isEmpty()) {
        m_preview->clear();
        m_countLabel->clear();
        return;
    }
    const IncidentFacts facts = currentFacts();
    const QString text = MessageTemplate::render(m_messageEdit->toPlainText(), facts);
    m_countLabel->setText(tr("%1 characters").arg(QLocale().toString(text.size())));
    if (m_channels->rowCount() == 0) {
        m_preview->setPlainText(tr("Add a chat channel to post updates to Slack, Mattermost, Teams, Discord "
                                   "or your own relay."));
        return;
    }
    // A refresh (typing, the minute timer) keeps the reader's place; another incident starts at the top.
    QScrollBar *scroll = m_preview->verticalScrollBar();
    const int position = m_previewIncident == m_incident ? scroll->value() : 0;
    ChatPreview::render(m_preview->document(), m_channels->list().enabledChannels(), facts, text,
        m_jsonCheck->isChecked(), palette());
    m_preview->moveCursor(QTextCursor::Start);
    scroll->setValue(position);
    m_previewIncident = m_incident;
}

ChatChannel ChatPanel::currentChannel() const
{
    const QModelIndex current = m_channelView->currentIndex();
    return current.isValid() ? m_channels->channelAt(current.row()) : ChatChannel();
}

void ChatPanel::updateActions()
{
    const bool hasIncident = !m_incident.isEmpty();
    const bool selected = m_channelView->currentIndex().isValid();
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
    m_testButton->setEnabled(selected && hasIncident && m_servicesSet);
    const int checked = int(m_channels->list().enabledChannels().size());
    const bool hasText = !m_messageEdit->toPlainText().trimmed().isEmpty();
    m_sendButton->setEnabled(hasIncident && m_servicesSet && checked > 0 && hasText);
    if (!m_servicesSet)
        m_sendButton->setToolTip(tr("Chat is not connected in this window"));
    else if (checked == 0)
        m_sendButton->setToolTip(tr("Check at least one channel to send to"));
    else
        m_sendButton->setToolTip(checked == 1
                ? tr("Post the message to the checked channel (Ctrl+Return)")
                : tr("Post the message to the %1 checked channels (Ctrl+Return)").arg(checked));
}

void ChatPanel::updateLogTabTitle()
{
    const int rows = m_log->rowCount();
    m_outputTabs->setTabText(1, rows > 0 ? tr("Delivery &log (%1)").arg(rows) : tr("Delivery &log"));
}

void ChatPanel::updateKeychainBanner()
{
    const bool unavailable = m_secrets->keychain() == WebhookSecrets::Keychain::Unavailable;
    m_keychainBanner->setVisible(unavailable);
    if (!unavailable)
        return;
    m_keychainBanner->setText(
        tr("No keychain: webhook URLs are kept for this session only and forgotten when "
           "Warroom quits."));
    m_keychainBanner->setToolTip(m_secrets->keychainProblem()
        + tr("\nStart or unlock a keychain (GNOME Keyring, KWallet) to keep them."));
    QPalette palette = m_keychainBanner->palette();
    palette.setColor(QPalette::WindowText, IncidentLook::warningColor(palette));
    m_keychainBanner->setPalette(palette);
    if (m_dialog)
        m_dialog->setKeychainUnavailable(m_secrets->keychainProblem());
}

void ChatPanel::updateCountdown()
{
    QPalette palette = m_nextUpdateLabel->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    QFont font = m_nextUpdateLabel->font();
    font.setBold(false);
    if (m_incident.isEmpty() || m_cadence->intervalMinutes(m_incident) == 0) {
        m_nextUpdateLabel->setText(tr("no update promised"));
        palette.setColor(QPalette::WindowText, IncidentLook::mutedColor(this->palette()));
    } else {
        const qint64 remaining = m_cadence->remainingMs(m_incident);
        if (remaining > 0) {
            m_nextUpdateLabel->setText(tr("due in %1").arg(formatCountdown(remaining)));
        } else {
            m_nextUpdateLabel->setText(tr("overdue by %1").arg(formatCountdown(remaining)));
            palette.setColor(QPalette::WindowText, IncidentLook::warningColor(this->palette()));
            font.setBold(true);
        }
        m_nextUpdateLabel->setToolTip(
            tr("Due at %1").arg(IncidentLook::formatMomentLong(m_cadence->dueAt(m_incident))));
    }
    m_nextUpdateLabel->setPalette(palette);
    m_nextUpdateLabel->setFont(font);
}

void ChatPanel::addChannel()
{
    openChannelDialog(nullptr);
}

void ChatPanel::editChannel()
{
    const ChatChannel channel = currentChannel();
    if (!channel.name.isEmpty())
        openChannelDialog(&channel);
}

void ChatPanel::openChannelDialog(const ChatChannel *existing)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    if (m_secrets->keychain() == WebhookSecrets::Keychain::Unknown)
        m_secrets->probe();
    auto *dialog = new ChannelDialog(existing, existing && m_secrets->isSessionOnly(existing->name),
        m_secrets->keychain(), m_secrets->keychainProblem(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChannelDialog::saveRequested, this, [this, dialog] { saveChannel(dialog); });
    m_dialog = dialog;
    // open(), not exec(): no nested event loop, so deliveries and countdowns keep running.
    dialog->open();
}

void ChatPanel::saveChannel(ChannelDialog *dialog)
{
    const ChatChannel channel = dialog->channel();
    ChannelList check = m_channels->list();
    if (Error error
        = dialog->isEditing() ? check.update(dialog->originalName(), channel) : check.add(channel)) {
        dialog->showError(error.message);
        return;
    }
    const bool sessionOnly = dialog->sessionOnly();
    if (!dialog->url().isEmpty()) {
        finishSave(dialog, channel, dialog->url(), sessionOnly);
        return;
    }
    // Editing with the URL left alone: carry the stored one over (it may move to a new name or store).
    m_secrets->read(dialog->originalName(), dialog,
        [this, dialog, channel, sessionOnly](const std::optional<QString> &url, const Error &error) {
            if (error)
                dialog->showError(error.message);
            else if (!url)
                dialog->showError(tr("No webhook URL is stored for this channel: enter it."));
            else
                finishSave(dialog, channel, *url, sessionOnly);
        });
}

void ChatPanel::finishSave(
    ChannelDialog *dialog, const ChatChannel &channel, const QString &url, bool sessionOnly)
{
    const QString original = dialog->originalName();
    m_secrets->store(
        channel.name, url, sessionOnly, dialog, [this, dialog, channel, original](const Error &error) {
            if (error) {
                if (m_secrets->keychain() == WebhookSecrets::Keychain::Unavailable) {
                    dialog->setKeychainUnavailable(m_secrets->keychainProblem());
                    dialog->showError(
                        tr("No keychain is available, so the URL cannot be stored. Save again to "
                           "keep it for this session only."));
                } else {
                    dialog->showError(error.message);
                }
                return;
            }
            if (!original.isEmpty() && original != channel.name) {
                m_secrets->remove(original, this, [](const Error &removeError) {
                    if (removeError)
                        qCWarning(lcChat)
                            << "could not remove the old keychain entry:" << removeError.message;
                });
            }
            const Error saved
                = original.isEmpty() ? m_channels->add(channel) : m_channels->update(original, channel);
            if (saved) {
                dialog->showError(saved.message);
                return;
            }
            dialog->accept();
            m_channelView->setCurrentIndex(m_channels->index(m_channels->rowOf(channel.name), 0));
            updatePreview();
            updateActions();
        });
}

void ChatPanel::removeChannel()
{
    const ChatChannel channel = currentChannel();
    if (channel.name.isEmpty())
        return;
    if (MessageBox::question(this, tr("Remove Channel"),
            tr("Remove the channel %1? Its webhook URL is deleted from the keychain; the deliveries already "
               "recorded stay in the timeline.")
                .arg(channel.name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    m_secrets->remove(channel.name, this, [this](const Error &error) {
        if (error)
            MessageBox::warning(this, tr("Could Not Remove the URL"), error.message);
    });
    m_channels->remove(channel.name);
    updatePreview();
}

void ChatPanel::testChannel()
{
    const ChatChannel channel = currentChannel();
    if (channel.name.isEmpty() || m_incident.isEmpty())
        return;
    const QString text
        = tr("Test message from Warroom\nThis channel (%1) is set up to receive incident updates.")
              .arg(channel.name);
    m_sender->send(
        m_incident, channel, PayloadFormatter::body(channel.kind, currentFacts(), text), text, false);
    m_statusLabel->setText(tr("Sending a test message to %1…").arg(channel.name));
    m_statusLabel->setPalette(palette());
    m_statusLabel->show();
}

void ChatPanel::send()
{
    if (!m_sendButton->isEnabled())
        return;
    const IncidentFacts facts = currentFacts();
    const QString text = MessageTemplate::render(m_messageEdit->toPlainText(), facts);
    const QList<ChatChannel> channels = m_channels->list().enabledChannels();
    if (text.trimmed().isEmpty() || channels.isEmpty())
        return;
    QStringList names;
    for (const ChatChannel &channel : channels) {
        m_sender->send(m_incident, channel, PayloadFormatter::body(channel.kind, facts, text), text);
        names.append(channel.name);
    }
    m_outputTabs->setCurrentWidget(m_logView);
    // The message promised the next update in N minutes: the countdown starts over from now.
    m_cadence->restart(m_incident);
    m_statusLabel->setText(tr("Sending to %1…").arg(names.join(QStringLiteral(", "))));
    m_statusLabel->setPalette(palette());
    m_statusLabel->show();
}

void ChatPanel::onDeliveryFinished(const DeliveryRecord &record)
{
    if (record.incident != m_incident)
        return;
    QPalette palette = this->palette();
    if (record.state == DeliveryState::Delivered) {
        m_statusLabel->setText(record.record ? tr("Posted to %1.").arg(record.channel)
                                             : tr("Test message posted to %1.").arg(record.channel));
    } else {
        m_statusLabel->setText(tr("Could not post to %1: %2").arg(record.channel, record.error));
        palette.setColor(QPalette::WindowText, IncidentLook::warningColor(palette));
    }
    m_statusLabel->setPalette(palette);
    m_statusLabel->show();
}

void ChatPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_splitSized) {
        m_splitSized = true;
        // Once the layout has settled: more room for what it will look like than for the template text.
        // (The person's own dragging is left alone after that.)
        QTimer::singleShot(0, this, [this] {
            const int height = m_splitter->height();
            if (height > 0)
                m_splitter->setSizes({height * 2 / 5, height * 3 / 5});
        });
    }
    // The keychain is asked only once someone looks at chat, so starting Warroom never waits on it.
    if (m_servicesSet && m_secrets->keychain() == WebhookSecrets::Keychain::Unknown)
        m_secrets->probe();
}

void ChatPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updatePreview();
        updateCountdown();
        updateKeychainBanner();
    }
}

} // namespace Warroom
