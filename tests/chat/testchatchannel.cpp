// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatchannel.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Warroom;

/// Channels: names and URLs checked, the list kept in QSettings with names, kinds and the checked flag only.
class TestChatChannel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().remove(QStringLiteral("chat")); }

    void kindNamesRoundTrip()
    {
        for (ChatKind kind : ChatKinds::all()) {
            QCOMPARE(ChatKinds::fromName(ChatKinds::name(kind)), std::optional<ChatKind>(kind));
            QVERIFY(!ChatKinds::displayName(kind).isEmpty());
            QVERIFY(ChatKinds::urlExample(kind).startsWith(QStringLiteral("https://")));
        }
        QCOMPARE(ChatKinds::fromName(QStringLiteral("irc")), std::nullopt);
        QCOMPARE(ChatKinds::displayName(ChatKind::Teams), QStringLiteral("Microsoft Teams"));
    }

    void namesAreChecked()
    {
        QVERIFY(!ChatChannel::checkName(QStringLiteral("#incident-orders")));
        QVERIFY(ChatChannel::checkName(QStringLiteral("   ")));
        QVERIFY(ChatChannel::checkName(QString(101, QLatin1Char('x'))));
        QVERIFY(!ChatChannel::checkName(QString(100, QLatin1Char('x'))));
        QVERIFY(ChatChannel::checkName(QStringLiteral("two\nlines")));
    }

    void urlsAreChecked_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("slack") << "https://hooks.slack.com/services/T000/B000/XXXXXXXX" << true;
        QTest::newRow("discord") << "https://discord.com/api/webhooks/1/abc" << true;
        QTest::newRow("loopback http") << "http://127.0.0.1:8080/hook" << true;
        QTest::newRow("localhost http") << "http://localhost:8080/hook" << true;
        QTest::newRow("ipv6 loopback") << "http://[::1]:8080/hook" << true;
        QTest::newRow("plain http elsewhere") << "http://hooks.example.com/x" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("no scheme") << "hooks.slack.com/services/x" << false;
        QTest::newRow("ftp") << "ftp://example.com/x" << false;
        QTest::newRow("no host") << "https:///s3cr3t-path" << false;
    }
    void urlsAreChecked()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const Error error = ChatChannel::checkWebhookUrl(url);
        QCOMPARE(!error, accepted);
        // The message never repeats what was typed: it may be a real secret.
        if (error && !url.isEmpty())
            QVERIFY2(!error.message.contains(url), qPrintable(error.message));
    }

    void listAddsUpdatesRemoves()
    {
        ChannelList list;
        QVERIFY(!list.add({QStringLiteral(" #ops "), ChatKind::Slack, true}));
        QCOMPARE(list.channels().constFirst().name, QStringLiteral("#ops")); // trimmed
        QVERIFY(list.add({QStringLiteral("#ops"), ChatKind::Discord, true})); // taken
        QVERIFY(!list.add({QStringLiteral("status"), ChatKind::Teams, false}));
        QCOMPARE(list.enabledChannels().size(), 1);
        QVERIFY(
            list.update(QStringLiteral("status"), {QStringLiteral("#ops"), ChatKind::Teams, true})); // taken
        QVERIFY(
            !list.update(QStringLiteral("status"), {QStringLiteral("status-page"), ChatKind::Generic, true}));
        QCOMPARE(list.channel(QStringLiteral("status-page"))->kind, ChatKind::Generic);
        QVERIFY(list.update(QStringLiteral("gone"), {QStringLiteral("x"), ChatKind::Generic, true}));
        QVERIFY(list.remove(QStringLiteral("#ops")));
        QVERIFY(!list.remove(QStringLiteral("#ops")));
        QCOMPARE(list.size(), 1);
    }

    void listPersistsNamesAndKindsOnly()
    {
        ChannelList list;
        QVERIFY(!list.add({QStringLiteral("#incident-orders"), ChatKind::Slack, true}));
        QVERIFY(!list.add({QStringLiteral("Status page"), ChatKind::Generic, false}));
        list.save();
        const ChannelList loaded = ChannelList::load();
        QCOMPARE(loaded.channels(), list.channels());

        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(ini.contains("incident-orders"));
        QVERIFY(!ini.contains("url"));
        QVERIFY(!ini.contains("http"));
    }

    void loadSkipsJunk()
    {
        QSettings settings;
        settings.beginWriteArray(QStringLiteral("chat/channels"), 3);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("name"), QStringLiteral("#ok"));
        settings.setValue(QStringLiteral("kind"), QStringLiteral("discord"));
        settings.setArrayIndex(1);
        settings.setValue(QStringLiteral("name"), QStringLiteral("#irc"));
        settings.setValue(QStringLiteral("kind"), QStringLiteral("irc"));
        settings.setArrayIndex(2);
        settings.setValue(QStringLiteral("name"), QStringLiteral("#ok"));
        settings.setValue(QStringLiteral("kind"), QStringLiteral("slack"));
        settings.endArray();
        const ChannelList loaded = ChannelList::load();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.channels().constFirst().kind, ChatKind::Discord);
        QVERIFY(loaded.channels().constFirst().enabled);
    }
};

QTEST_GUILESS_MAIN(TestChatChannel)
#include "testchatchannel.moc"
