// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionspanel.h"
#include "incidentfixture.h"
#include "incidentheader.h"
#include "rolespanel.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QStyleFactory>
#include <QTest>

#include "../darkpalette.h"

using namespace Warroom;
using namespace std::chrono_literals;

/// Grabs the header (1000 px wide) and the side panels (450 px) with the demo incident in a light and a dark
/// palette, as PNGs in the test's working folder (the build folder) for people to look at, and checks that
/// the parts fit the sizes of a 1280×800 screen.
class TestIncidentScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void grab_data();
    void grab();

private:
    static void save(QWidget *widget, const QString &name);

    IncidentFixture m_fixture;
    QString m_demo;
    QPalette m_light;
};

void TestIncidentScreenshots::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_light = QApplication::style()->standardPalette();
    m_fixture.setUp();
    QVERIFY(m_fixture.isReady());
    Error error;
    m_demo = m_fixture.session()->addDemoIncident(&error);
    QVERIFY2(!m_demo.isEmpty(), qPrintable(error.message));
    // One follow-up overdue, to see how it looks.
    QVERIFY(m_fixture.submit(m_fixture.session()->events().addAction(m_demo,
        QStringLiteral("Page the database on-call when a migration touches more than 1 M rows"),
        QStringLiteral("priya"), m_fixture.clock()->nowUtc().addSecs(-3600))));
    m_fixture.clock()->advanceSecs(37);
}

void TestIncidentScreenshots::cleanupTestCase()
{
    QApplication::setPalette(m_light);
    m_fixture.tearDown();
}

void TestIncidentScreenshots::save(QWidget *widget, const QString &name)
{
    // Text changes ask for a new layout through posted events: let it happen before the picture.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QString path = QDir::current().filePath(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo().noquote() << "wrote" << path;
}

void TestIncidentScreenshots::grab_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestIncidentScreenshots::grab()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? Testing::darkPalette() : m_light);
    const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");

    IncidentHeader header(m_fixture.session());
    header.setTickInterval(0ms);
    header.setIncident(m_demo);
    // The header spans the incident view: about 900 px at 1280×800, more on larger screens.
    QVERIFY2(header.minimumSizeHint().width() <= 900,
        qPrintable(QString::number(header.minimumSizeHint().width())));
    header.resize(1000, header.sizeHint().height());
    header.show();
    QVERIFY(QTest::qWaitForWindowExposed(&header));
    QVERIFY2(header.height() <= 220, qPrintable(QString::number(header.height())));
    save(&header, QStringLiteral("incidentheader") + suffix);
    header.resize(900, header.sizeHint().height());
    save(&header, QStringLiteral("incidentheader-900") + suffix);

    // The same incident before anyone took command, to see the loud commander line.
    Error error;
    const QString fresh = m_fixture.session()->declareIncident(
        QStringLiteral("Login page times out for SSO users"), Severity::Sev1, {}, &error);
    QVERIFY2(!fresh.isEmpty(), qPrintable(error.message));
    header.setIncident(fresh);
    save(&header, QStringLiteral("incidentheader-nocommander") + suffix);

    // The panels sit in a side tab about 450 px wide.
    RolesPanel roles(m_fixture.session());
    roles.setIncident(m_demo);
    QVERIFY2(
        roles.minimumSizeHint().width() <= 450, qPrintable(QString::number(roles.minimumSizeHint().width())));
    roles.resize(450, 560);
    roles.show();
    QVERIFY(QTest::qWaitForWindowExposed(&roles));
    save(&roles, QStringLiteral("rolespanel") + suffix);

    ActionsPanel actions(m_fixture.session());
    actions.setIncident(m_demo);
    QVERIFY2(actions.minimumSizeHint().width() <= 450,
        qPrintable(QString::number(actions.minimumSizeHint().width())));
    actions.resize(450, 420);
    actions.show();
    QVERIFY(QTest::qWaitForWindowExposed(&actions));
    save(&actions, QStringLiteral("actionspanel") + suffix);
}

QTEST_MAIN(TestIncidentScreenshots)
#include "testincidentscreenshots.moc"
