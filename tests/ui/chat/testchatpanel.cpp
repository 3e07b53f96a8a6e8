// SPDX-License-Identifier: GPL-3.0-or-later
#include "channeldialog.h"
#include "channelmodel.h"
#include "chatpanel.h"
#include "chatsender.h"
#include "credentialstore.h"
#include "deliverylogmodel.h"
#include "eventtypes.h"
#include "incidentfixture.h"
#include "incidentview.h"
#include "messagebox.h"
#include "payloadformatter.h"
#include "receiverprocess.h"
#include "timelinemodel.h"
#include "updatecadence.h"
#include "webhooksecrets.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QUuid>

using namespace Warroom;

/// The Chat tab as a person uses it: add a channel through the real dialog (the URL pointing at a local
/// receiver), pick a template, read the preview, send — and the receiver gets exactly the previewed payload,
/// while the delivery shows in the incident's timeline and in the delivery log. Run twice by CTest: with no
/// keychain (the URL kept for this session only) and inside tests/keyring-session.sh (the URL in a real
/// keyring).
class TestChatPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addPreviewSend();
    void failedDeliveryShowsEverywhere();
    void previewShowsDiscordLimit();
    void editKeepsTheUrlAndRemoveForgetsIt();
    void countdownNotifiesWhenDue();
    void draftSurvivesSwitchingIncidents();

private:
    /// Adds a channel through the dialog, as typed; true when it was saved.
    bool addChannel(const QString &name, int kindIndex, const QString &url);
    [[nodiscard]] bool keyring() const { return qEnvironmentVariableIsSet("WARROOM_TEST_KEYRING"); }

    IncidentFixture m_fixture;
    ReceiverProcess m_receiver;
    QNetworkAccessManager m_network;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<IncidentView> m_view;
    ChatPanel *m_panel = nullptr;
};

void TestChatPanel::initTestCase()
{
    qRegisterMetaType<DeliveryRecord>();
    QVERIFY(m_receiver.start());
}

void TestChatPanel::init()
{
    m_fixture.setUp(QStringLiteral("lena"));
    QVERIFY(m_fixture.isReady());
    QSettings().remove(QStringLiteral("chat"));
    MessageBox::setRecordWarnings(true);
    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("warroom-test-chat-ui"));
    m_view = std::make_unique<IncidentView>(m_fixture.session());
    m_panel = m_view->chat();
    m_panel->setServices(&m_network, m_credentials.get());
    DeliveryPolicy policy;
    policy.maxAttempts = 2;
    policy.firstBackoffMs = 100;
    policy.minIntervalMs = 50;
    policy.timeoutMs = 3000;
    m_panel->sender()->setPolicy(policy);
    m_panel->cadence()->setTickInterval(std::chrono::milliseconds(0));
    m_view->setIncident(m_fixture.incident());
    m_view->resize(1000, 760);
    m_view->show();
    m_view->showSideTab(3);
    QCOMPARE(m_view->sideTabs()->currentWidget(), m_panel);
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    // The keychain is asked when the tab is shown; wait for its answer.
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->secrets()->keychain() != WebhookSecrets::Keychain::Unknown, 15000);
}

void TestChatPanel::cleanup()
{
    m_view.reset();
    m_credentials.reset();
    MessageBox::setRecordWarnings(false);
    m_fixture.tearDown();
}

bool TestChatPanel::addChannel(const QString &name, int kindIndex, const QString &url)
{
    auto *add = m_panel->findChild<QPushButton *>(QStringLiteral("addChannelButton"));
    QTest::mouseClick(add, Qt::LeftButton);
    ChannelDialog *dialog = m_panel->channelDialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return false;
    QPointer<ChannelDialog> alive(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("channelNameLineEdit")), name);
    if (!pickComboItem(dialog->findChild<QComboBox *>(QStringLiteral("channelKindComboBox")), kindIndex))
        return false;
    auto *urlEdit = dialog->findChild<QLineEdit *>(QStringLiteral("webhookUrlLineEdit"));
    if (urlEdit->echoMode() != QLineEdit::Password)
        return false;
    QTest::keyClicks(urlEdit, url);
    auto *sessionOnly = dialog->findChild<QCheckBox *>(QStringLiteral("sessionOnlyCheckBox"));
    if (keyring()) {
        // A keychain answers: the person may choose; we keep it there.
        if (!sessionOnly->isEnabled() || sessionOnly->isChecked())
            return false;
    } else {
        // None: "this session only" is the one way, already chosen, and the dialog says why.
        if (sessionOnly->isEnabled() || !sessionOnly->isChecked())
            return false;
        if (!dialog->findChild<QLabel *>(QStringLiteral("keychainLabel"))
                 ->text()
                 .contains(QStringLiteral("this session only")))
            return false;
    }
    QTest::keyClick(urlEdit, Qt::Key_Return);
    return QTest::qWaitFor([&] { return alive.isNull() || !alive->isVisible(); }, 15000);
}

void TestChatPanel::addPreviewSend()
{
    auto *banner = m_panel->findChild<QLabel *>(QStringLiteral("keychainBannerLabel"));
    QCOMPARE(banner->isVisible(), !keyring());
    if (!keyring())
        QVERIFY(banner->text().contains(QStringLiteral("this session only")));

    const QString path = QStringLiteral("/ok/ui/") + QUuid::createUuid().toString(QUuid::Id128);
    QVERIFY(addChannel(QStringLiteral("#incident-checkout"), 0, m_receiver.url(path).toString()));
    ChannelModel *channels = m_panel->channelModel();
    QCOMPARE(channels->rowCount(), 1);
    QCOMPARE(channels->channelAt(0).kind, ChatKind::Slack);
    QCOMPARE(channels->index(0, 0).data(ChannelModel::SessionOnlyRole).toBool(), !keyring());
    // The list shows the channel's name and platform, never its URL.
    for (int column = 0; column < channels->columnCount(); ++column) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
            QVERIFY(!channels->index(0, column).data(role).toString().contains(path));
    }

    // The commander promises the next update in 30 minutes.
    auto *spin = m_panel->findChild<QSpinBox *>(QStringLiteral("nextUpdateSpinBox"));
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QStringLiteral("30"));
    QCOMPARE(spin->value(), 30);
    auto *countdown = m_panel->findChild<QLabel *>(QStringLiteral("nextUpdateLabel"));
    QCOMPARE(countdown->text(), QStringLiteral("due in 30:00"));

    // Pick the status update template.
    auto *templates = m_panel->findChild<QComboBox *>(QStringLiteral("templateComboBox"));
    QVERIFY(pickComboItem(templates, 1));
    auto *message = m_panel->findChild<QPlainTextEdit *>(QStringLiteral("messageTextEdit"));
    QVERIFY(message->toPlainText().startsWith(QStringLiteral("Update on {title} ({severity})")));
    QTest::keyClick(message, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(message, Qt::Key_Return);
    QTest::keyClicks(message, QStringLiteral("Customers: retry in a few minutes & <thanks>"));

    // The preview shows what Slack will show, and the exact JSON on request.
    auto *preview = m_panel->findChild<QTextEdit *>(QStringLiteral("previewTextEdit"));
    const QString rendered = m_panel->renderedMessage();
    QVERIFY(
        rendered.startsWith(QStringLiteral("Update on Checkout returns 502 (SEV2)\nStatus: Investigating")));
    QVERIFY2(rendered.contains(QStringLiteral("Next update: 22:31 UTC (in 30 min)")), qPrintable(rendered));
    QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("Slack · #incident-checkout")));
    QTRY_VERIFY(preview->toPlainText().contains(rendered));
    const QByteArray expected = PayloadFormatter::body(ChatKind::Slack, m_panel->currentFacts(), rendered);
    QTest::mouseClick(m_panel->findChild<QCheckBox *>(QStringLiteral("previewJsonCheckBox")), Qt::LeftButton);
    QVERIFY(preview->toPlainText().contains(
        QString::fromUtf8(QJsonDocument::fromJson(expected).toJson(QJsonDocument::Indented)).trimmed()));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("&amp; &lt;thanks&gt;")));

    // Send.
    m_fixture.clock()->advanceSecs(5);
    const QByteArray sent
        = PayloadFormatter::body(ChatKind::Slack, m_panel->currentFacts(), m_panel->renderedMessage());
    auto *sendButton = m_panel->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(sendButton->isEnabled());
    QTest::mouseClick(sendButton, Qt::LeftButton);
    QVERIFY(m_receiver.waitForRequests(path, 1));
    const QJsonObject request = m_receiver.requests(path).constFirst();
    QCOMPARE(request.value(QStringLiteral("body")).toString().toUtf8(), sent);
    QCOMPARE(m_receiver.requests(path).size(), 1);

    // In the incident's timeline (for every client: it is an event), and in the delivery log.
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.state()->chats().size(), 1, 10000);
    const Event event = m_fixture.lastStored(EventType::ChatPosted);
    QCOMPARE(event.data.value(QStringLiteral("channel")).toString(), QStringLiteral("#incident-checkout"));
    QCOMPARE(event.data.value(QStringLiteral("outcome")).toString(), QStringLiteral("delivered"));
    QCOMPARE(event.data.value(QStringLiteral("http_status")).toInt(), 200);
    QCOMPARE(event.data.value(QStringLiteral("text")).toString(), m_panel->renderedMessage());
    QVERIFY(!event.dataJson().contains(path.toUtf8()));
    auto *timeline = m_view->findChild<QAbstractItemView *>(QStringLiteral("timelineView"));
    QStringList chatLines;
    for (int row = 0; row < timeline->model()->rowCount(); ++row) {
        const QModelIndex index = timeline->model()->index(row, 0);
        if (index.data(TimelineModel::KindRole).toInt() == int(NoteKind::Chat))
            chatLines.append(index.data(TimelineModel::TextRole).toString());
    }
    QCOMPARE(chatLines, QStringList {QStringLiteral("Posted to #incident-checkout")});

    auto *log = m_panel->findChild<QTableView *>(QStringLiteral("deliveryLogView"));
    QTRY_COMPARE(log->model()->rowCount(), 1);
    const auto cell = [log](int column) {
        return log->model()->index(0, column).data().toString();
    };
    QCOMPARE(cell(DeliveryLogModel::ChannelColumn), QStringLiteral("#incident-checkout"));
    QCOMPARE(cell(DeliveryLogModel::OutcomeColumn), QStringLiteral("Delivered"));
    QCOMPARE(cell(DeliveryLogModel::HttpStatusColumn), QStringLiteral("200"));
    QCOMPARE(cell(DeliveryLogModel::AttemptsColumn), QStringLiteral("1"));
    QCOMPARE(m_panel->findChild<QLabel *>(QStringLiteral("sendStatusLabel"))->text(),
        QStringLiteral("Posted to #incident-checkout."));
    // Sending restarted the promised countdown.
    QCOMPARE(countdown->text(), QStringLiteral("due in 30:00"));
}

void TestChatPanel::failedDeliveryShowsEverywhere()
{
    const QString path = QStringLiteral("/gone/") + QUuid::createUuid().toString(QUuid::Id128);
    QVERIFY(addChannel(QStringLiteral("Status page"), 4, m_receiver.url(path).toString()));
    QCOMPARE(m_panel->channelModel()->channelAt(0).kind, ChatKind::Generic);
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.state()->chats().size(), 1, 10000);
    QCOMPARE(m_fixture.state()->chats().constFirst().outcome, QStringLiteral("failed"));
    QCOMPARE(m_fixture.state()->chats().constFirst().httpStatus, 404);
    auto *log = m_panel->findChild<QTableView *>(QStringLiteral("deliveryLogView"));
    QTRY_COMPARE(
        log->model()->index(0, DeliveryLogModel::OutcomeColumn).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(log->model()->index(0, DeliveryLogModel::ErrorColumn).data().toString(),
        QStringLiteral("HTTP 404 Not Found: no_service"));
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("sendStatusLabel"))
                ->text()
                .startsWith(QStringLiteral("Could not post to Status page: HTTP 404")));
    QCOMPARE(m_receiver.requests(path).size(), 1);
}

void TestChatPanel::previewShowsDiscordLimit()
{
    QVERIFY(addChannel(
        QStringLiteral("#discord-ops"), 3, m_receiver.url(QStringLiteral("/ok/discord")).toString()));
    auto *message = m_panel->findChild<QPlainTextEdit *>(QStringLiteral("messageTextEdit"));
    message->setPlainText(QStringLiteral("Long\n") + QString(2500, QLatin1Char('x')));
    auto *preview = m_panel->findChild<QTextEdit *>(QStringLiteral("previewTextEdit"));
    QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("2,509 of 2,000 characters")));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("the end is cut")));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("x…")));
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("characterCountLabel"))
                ->text()
                .startsWith(QStringLiteral("2,505")));
    // Unchecked, the channel leaves the preview and Send has nowhere to post.
    ChannelModel *channels = m_panel->channelModel();
    QVERIFY(channels->setData(channels->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!preview->toPlainText().contains(QStringLiteral("Discord")));
    QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
}

void TestChatPanel::editKeepsTheUrlAndRemoveForgetsIt()
{
    const QString path = QStringLiteral("/ok/edit/") + QUuid::createUuid().toString(QUuid::Id128);
    QVERIFY(addChannel(QStringLiteral("#old-name"), 1, m_receiver.url(path).toString()));
    auto *channelView = m_panel->findChild<QTableView *>(QStringLiteral("channelView"));
    channelView->setCurrentIndex(m_panel->channelModel()->index(0, 0));
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("editChannelButton")), Qt::LeftButton);
    QPointer<ChannelDialog> dialog = m_panel->channelDialog();
    QVERIFY(dialog);
    auto *urlEdit = dialog->findChild<QLineEdit *>(QStringLiteral("webhookUrlLineEdit"));
    QVERIFY(urlEdit->text().isEmpty()); // the secret is never read back into a field
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("channelNameLineEdit"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("#new-name"));
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), 15000);
    QCOMPARE(m_panel->channelModel()->channelAt(0).name, QStringLiteral("#new-name"));

    // The URL moved with the name: a test message reaches the same receiver path.
    channelView->setCurrentIndex(m_panel->channelModel()->index(0, 0));
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("testChannelButton")), Qt::LeftButton);
    QVERIFY(m_receiver.waitForRequests(path, 1));
    QVERIFY(m_receiver.requests(path)
                .constFirst()
                .value(QStringLiteral("body"))
                .toString()
                .contains(QStringLiteral("Test message from Warroom")));
    QTRY_COMPARE(m_panel->deliveryLog()->rowCount(), 1);
    QTRY_COMPARE(m_panel->deliveryLog()->index(0, DeliveryLogModel::OutcomeColumn).data().toString(),
        QStringLiteral("Delivered (test)"));
    QCOMPARE(m_fixture.state()->chats().size(), 0); // a test is not an incident update

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(
        m_panel->findChild<QPushButton *>(QStringLiteral("removeChannelButton")), Qt::LeftButton);
    QCOMPARE(m_panel->channelModel()->rowCount(), 0);
    bool read = false;
    std::optional<QString> url = QStringLiteral("still there");
    m_panel->secrets()->read(
        QStringLiteral("#new-name"), this, [&](const std::optional<QString> &found, const Error &) {
            url = found;
            read = true;
        });
    QTRY_VERIFY(read);
    QVERIFY(!url);
}

void TestChatPanel::countdownNotifiesWhenDue()
{
    auto *spin = m_panel->findChild<QSpinBox *>(QStringLiteral("nextUpdateSpinBox"));
    spin->setValue(15);
    auto *countdown = m_panel->findChild<QLabel *>(QStringLiteral("nextUpdateLabel"));
    QCOMPARE(countdown->text(), QStringLiteral("due in 15:00"));
    QSignalSpy due(m_panel, &ChatPanel::updateDue);
    m_fixture.clock()->advanceSecs(14 * 60 + 1);
    m_panel->cadence()->check();
    QCOMPARE(countdown->text(), QStringLiteral("due in 0:59"));
    QCOMPARE(due.size(), 0);
    m_fixture.clock()->advanceSecs(61);
    m_panel->cadence()->check();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.constFirst().at(0).toString(), m_fixture.incident());
    QVERIFY(due.constFirst().at(2).toString().contains(QStringLiteral("Checkout returns 502")));
    QCOMPARE(countdown->text(), QStringLiteral("overdue by 0:02"));
    QVERIFY(countdown->font().bold());
    // Another incident selected and back: the promise is per incident and kept.
    m_view->setIncident({});
    m_view->setIncident(m_fixture.incident());
    QCOMPARE(spin->value(), 15);
    spin->setValue(0);
    QCOMPARE(countdown->text(), QStringLiteral("no update promised"));
}

void TestChatPanel::draftSurvivesSwitchingIncidents()
{
    auto *message = m_panel->findChild<QPlainTextEdit *>(QStringLiteral("messageTextEdit"));
    // A new incident with no post yet: the "declared" template is offered.
    QVERIFY(message->toPlainText().startsWith(QStringLiteral("Incident declared: {title}")));
    message->setFocus();
    QTest::keyClick(message, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(message, QStringLiteral(" Draft in progress."));
    const QString draft = message->toPlainText();
    Error error;
    const QString other
        = m_fixture.session()->declareIncident(QStringLiteral("Other"), Severity::Sev4, {}, &error);
    QVERIFY(!other.isEmpty());
    m_view->setIncident(other);
    QVERIFY(message->toPlainText().startsWith(QStringLiteral("Incident declared: {title}")));
    QVERIFY(!message->toPlainText().contains(QStringLiteral("Draft in progress")));
    m_view->setIncident(m_fixture.incident());
    QCOMPARE(message->toPlainText(), draft);

    // Picking a template replaces the text, and Ctrl+Z brings the draft back.
    auto *templates = m_panel->findChild<QComboBox *>(QStringLiteral("templateComboBox"));
    QVERIFY(pickComboItem(templates, 2));
    QVERIFY(message->toPlainText().startsWith(QStringLiteral("Resolved: {title}")));
    message->setFocus();
    QTest::keyClick(message, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(message->toPlainText(), draft);
}

QTEST_MAIN(TestChatPanel)
#include "testchatpanel.moc"
