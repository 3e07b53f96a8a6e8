// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardwidget.h"
#include "channelmodel.h"
#include "chatpanel.h"
#include "incidentfixture.h"
#include "incidentview.h"
#include "mainwindow.h"
#include "updatecadence.h"
#include "webhooksecrets.h"

#include <QApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTest>

#include "../darkpalette.h"

using namespace Warroom;

/// Grabs the chat panel (450 px wide, as the side tab is at 1280×800) with the demo incident in a light and a
/// dark palette, as PNGs in the test's working folder for people to look at, and checks that it fits.
class TestChatScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void grab_data();
    void grab();
    void grabWindow();

private:
    IncidentFixture m_fixture;
    QString m_demo;
    QPalette m_light;
};

void TestChatScreenshots::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_light = QApplication::style()->standardPalette();
    m_fixture.setUp();
    QVERIFY(m_fixture.isReady());
    QSettings().remove(QStringLiteral("chat"));
    Error error;
    m_demo = m_fixture.session()->addDemoIncident(&error);
    QVERIFY2(!m_demo.isEmpty(), qPrintable(error.message));
    m_fixture.clock()->advanceSecs(37);
}

void TestChatScreenshots::cleanupTestCase()
{
    QApplication::setPalette(m_light);
    QSettings().remove(QStringLiteral("chat"));
    m_fixture.tearDown();
}

void TestChatScreenshots::grab_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("keychain");
    QTest::newRow("light") << false << true;
    QTest::newRow("dark") << true << true;
    QTest::newRow("nokeychain-light") << false << false;
}

void TestChatScreenshots::grab()
{
    QFETCH(bool, dark);
    QFETCH(bool, keychain);
    QApplication::setPalette(dark ? Testing::darkPalette() : m_light);
    QSettings().remove(QStringLiteral("chat"));

    ChatPanel panel(m_fixture.session());
    // A network access manager so Send looks as it does in the app (nothing is clicked, nothing posted); no
    // credential store, so the "no keychain" banner shows — hidden below except in the row that asks for it.
    QNetworkAccessManager network;
    panel.setServices(&network, nullptr);
    ChannelModel *channels = panel.channelModel();
    QVERIFY(!channels->add({QStringLiteral("#incident-orders"), ChatKind::Slack, true}));
    QVERIFY(!channels->add({QStringLiteral("Stakeholders (Teams)"), ChatKind::Teams, true}));
    QVERIFY(!channels->add({QStringLiteral("#ops-discord"), ChatKind::Discord, false}));
    panel.setIncident(m_demo);
    panel.findChild<QSpinBox *>(QStringLiteral("nextUpdateSpinBox"))->setValue(30);
    m_fixture.clock()->advanceSecs(83);
    panel.cadence()->check();
    QVERIFY2(
        panel.minimumSizeHint().width() <= 450, qPrintable(QString::number(panel.minimumSizeHint().width())));
    panel.resize(450, 760);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    if (keychain) {
        // Hide the "no keychain configured" banner: the pictures show the ordinary case.
        panel.findChild<QWidget *>(QStringLiteral("keychainBannerLabel"))->hide();
    }
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QString name = QStringLiteral("chatpanel-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()));
    const QString path = QDir::current().filePath(name);
    QVERIFY2(panel.grab().save(path), qPrintable(path));
    qInfo().noquote() << "wrote" << path;
}

void TestChatScreenshots::grabWindow()
{
    // The Chat tab where people meet it: in the window, at the size it opens with on a 1280×800 screen.
    QApplication::setPalette(m_light);
    MainWindow window(m_fixture.session(), QStringLiteral("warroom.sqlite"));
    window.boardWidget()->selectIncident(m_demo);
    window.incidentView()->showSideTab(3);
    window.resize(1240, 740);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.incidentView()->chat()->incident(), m_demo);
    QVERIFY(window.incidentView()->chat()->isVisible());
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QString path = QDir::current().filePath(QStringLiteral("chatpanel-window.png"));
    QVERIFY2(window.grab().save(path), qPrintable(path));
    qInfo().noquote() << "wrote" << path;
}

QTEST_MAIN(TestChatScreenshots)
#include "testchatscreenshots.moc"
