// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardmodel.h"
#include "boardwidget.h"
#include "clock.h"
#include "incidentnotifier.h"
#include "session.h"
#include "sqlitestore.h"
#include "unacknowledged.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Warroom;
using namespace std::chrono_literals;

/// DESIGN §8: an open incident nobody has taken command of turns loud on the board once it has waited the
/// threshold, and the notifier raises it again then and every threshold after, until someone takes command.
/// Time comes from a ManualClock.
class TestUnacknowledged : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void thresholdComesFromTheSettings();
    void boardRowTurnsLoudAtTheThreshold();
    void takingCommandQuietsTheRow();
    void notifierRaisesAgainEveryThreshold();
    void notifierDoesNotBurstAtStartup();
    void screenshots();

private:
    QString declare(const QString &title, Severity severity);
    void submit(const Event &event);
    [[nodiscard]] int commanderRow(const QString &id) const { return m_model->rowOf(id); }
    [[nodiscard]] QModelIndex commander(const QString &id) const
    {
        return m_model->index(m_model->rowOf(id), BoardModel::CommanderColumn);
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<BoardModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestUnacknowledged::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUnacknowledged::init()
{
    QSettings().remove(QStringLiteral("alerts"));
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC));
    Clock::setInstance(m_clock.get());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Error error;
    auto store = SqliteStore::open(m_dir->filePath(QStringLiteral("board.sqlite")), &error);
    QVERIFY2(store, qPrintable(error.message));
    m_session = std::make_unique<Session>(std::move(store), QStringLiteral("tester"));
    QVERIFY2(m_session->load(&error), qPrintable(error.message));
    m_model = std::make_unique<BoardModel>(m_session.get());
    m_model->setTickInterval(0ms);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestUnacknowledged::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_session.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
    m_clock.reset();
    QSettings().remove(QStringLiteral("alerts"));
}

QString TestUnacknowledged::declare(const QString &title, Severity severity)
{
    Error error;
    const QString id = m_session->declareIncident(title, severity, {}, &error);
    if (id.isEmpty())
        qWarning() << "declare failed:" << error.message;
    return id;
}

void TestUnacknowledged::submit(const Event &event)
{
    Error error;
    QVERIFY2(m_session->submit(event, &error), qPrintable(error.message));
}

void TestUnacknowledged::thresholdComesFromTheSettings()
{
    QCOMPARE(Unacknowledged::thresholdMinutes(), Unacknowledged::DefaultMinutes);
    QCOMPARE(m_model->unacknowledgedMinutes(), 5);
    Unacknowledged::setThresholdMinutes(12);
    QCOMPARE(Unacknowledged::thresholdMinutes(), 12);
    QCOMPARE(BoardModel(m_session.get()).unacknowledgedMinutes(), 12);
    QCOMPARE(IncidentNotifier(m_session.get()).unacknowledgedMinutes(), 12);
    QSettings().setValue(QStringLiteral("alerts/unacknowledgedMinutes"), QStringLiteral("soon"));
    QCOMPARE(Unacknowledged::thresholdMinutes(), 5);
    QSettings().setValue(QStringLiteral("alerts/unacknowledgedMinutes"), 0);
    QCOMPARE(Unacknowledged::thresholdMinutes(), 5);
}

void TestUnacknowledged::boardRowTurnsLoudAtTheThreshold()
{
    const QString id = declare(QStringLiteral("Checkout down"), Severity::Sev1);
    QModelIndex cell = commander(id);
    QCOMPARE(cell.data(BoardModel::NeedsAttentionRole).toBool(), true);
    QCOMPARE(cell.data(BoardModel::OverdueRole).toBool(), false);
    QCOMPARE(cell.data().toString(), QStringLiteral("Unacknowledged"));
    QVERIFY(!cell.data(Qt::BackgroundRole).isValid());

    m_clock->advanceSecs(4 * 60 + 59);
    m_model->refreshElapsed();
    QCOMPARE(cell.data(BoardModel::OverdueRole).toBool(), false);
    QCOMPARE(cell.data(BoardModel::UnacknowledgedMSecsRole).toLongLong(), qint64(299'000));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_clock->advanceSecs(1); // five minutes
    m_model->refreshElapsed();
    cell = commander(id);
    QCOMPARE(cell.data(BoardModel::OverdueRole).toBool(), true);
    QCOMPARE(cell.data().toString(), QStringLiteral("No commander for 5 min"));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("5 minutes")));
    QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Overdue: no incident commander for 5 minutes"));
    // The whole row is announced, so that every cell repaints in the new colour.
    bool wholeRow = false;
    for (const QList<QVariant> &arguments : std::as_const(changed)) {
        wholeRow = wholeRow
            || (arguments.at(0).toModelIndex().column() == 0
                && arguments.at(1).toModelIndex().column() == BoardModel::ColumnCount - 1
                && arguments.at(2).value<QList<int>>().contains(Qt::BackgroundRole));
    }
    QVERIFY(wholeRow);

    // Every cell of the row flashes: two tints, a second apart.
    const QColor first = m_model->index(commanderRow(id), BoardModel::TitleColumn)
                             .data(Qt::BackgroundRole)
                             .value<QBrush>()
                             .color();
    QVERIFY(first.isValid());
    m_clock->advanceSecs(1);
    const QColor second = m_model->index(commanderRow(id), BoardModel::TitleColumn)
                              .data(Qt::BackgroundRole)
                              .value<QBrush>()
                              .color();
    QVERIFY(second.isValid());
    QVERIFY(first != second);
    // Both lean to the alarm red over the base.
    for (const QColor &tint : {first, second})
        QVERIFY2(tint.red() > tint.green(), qPrintable(tint.name()));

    m_clock->advanceSecs(2 * 60);
    m_model->refreshElapsed();
    QCOMPARE(commander(id).data().toString(), QStringLiteral("No commander for 7 min"));

    // A shorter threshold applies at once.
    const QString other = declare(QStringLiteral("Search slow"), Severity::Sev3);
    m_clock->advanceSecs(2 * 60);
    QCOMPARE(commander(other).data(BoardModel::OverdueRole).toBool(), false);
    m_model->setUnacknowledgedMinutes(2);
    QCOMPARE(commander(other).data(BoardModel::OverdueRole).toBool(), true);
    QCOMPARE(commander(other).data().toString(), QStringLiteral("No commander for 2 min"));
}

void TestUnacknowledged::takingCommandQuietsTheRow()
{
    const QString id = declare(QStringLiteral("Checkout down"), Severity::Sev1);
    const QString resolved = declare(QStringLiteral("Old one"), Severity::Sev2);
    submit(m_session->events().setStatus(resolved, Status::Resolved));
    m_clock->advanceSecs(10 * 60);
    m_model->refreshElapsed();
    QCOMPARE(commander(id).data(BoardModel::OverdueRole).toBool(), true);
    // A resolved incident never is, commander or not.
    QCOMPARE(commander(resolved).data(BoardModel::OverdueRole).toBool(), false);
    QVERIFY(!commander(resolved).data(Qt::BackgroundRole).isValid());

    submit(m_session->events().assignRole(id, QStringLiteral("commander"), QStringLiteral("alice")));
    QCOMPARE(commander(id).data(BoardModel::OverdueRole).toBool(), false);
    QCOMPARE(commander(id).data(BoardModel::UnacknowledgedMSecsRole).toLongLong(), qint64(0));
    QCOMPARE(commander(id).data().toString(), QStringLiteral("alice"));
    QVERIFY(!commander(id).data(Qt::BackgroundRole).isValid());
}

void TestUnacknowledged::notifierRaisesAgainEveryThreshold()
{
    IncidentNotifier notifier(m_session.get());
    notifier.setCheckInterval(0ms);
    QSignalSpy notified(&notifier, &IncidentNotifier::notified);
    const QString id = declare(QStringLiteral("Checkout down"), Severity::Sev1);
    QCOMPARE(notified.count(), 0); // declared by this person: they know

    m_clock->advanceSecs(4 * 60 + 59);
    notifier.checkUnacknowledged();
    QCOMPARE(notified.count(), 0);
    m_clock->advanceSecs(1);
    notifier.checkUnacknowledged();
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), id);
    QCOMPARE(notified.at(0).at(1).toString(), QStringLiteral("SEV1 has had no commander for 5 min"));
    QVERIFY(notified.at(0).at(2).toString().startsWith(QStringLiteral("Checkout down")));

    // Not again within the same threshold…
    m_clock->advanceSecs(4 * 60);
    notifier.checkUnacknowledged();
    notifier.checkUnacknowledged();
    QCOMPARE(notified.count(), 1);
    // …but at the next one, and once when several passed at once (a sleeping laptop).
    m_clock->advanceSecs(60);
    notifier.checkUnacknowledged();
    QCOMPARE(notified.count(), 2);
    QCOMPARE(notified.at(1).at(1).toString(), QStringLiteral("SEV1 has had no commander for 10 min"));
    m_clock->advanceSecs(17 * 60);
    notifier.checkUnacknowledged();
    QCOMPARE(notified.count(), 3);

    // The timer does it by itself.
    notifier.setCheckInterval(10ms);
    m_clock->advanceSecs(5 * 60);
    QTRY_COMPARE(notified.count(), 4);
    notifier.setCheckInterval(0ms);

    // Someone takes command: quiet from then on.
    submit(m_session->events().assignRole(id, QStringLiteral("commander"), QStringLiteral("alice")));
    m_clock->advanceSecs(30 * 60);
    notifier.checkUnacknowledged();
    QCOMPARE(notified.count(), 4);
}

void TestUnacknowledged::notifierDoesNotBurstAtStartup()
{
    declare(QStringLiteral("Forgotten"), Severity::Sev2);
    m_clock->advanceSecs(12 * 60);
    IncidentNotifier notifier(m_session.get());
    notifier.setCheckInterval(0ms);
    QSignalSpy notified(&notifier, &IncidentNotifier::notified);
    notifier.checkUnacknowledged();
    QCOMPARE(notified.count(), 0); // on the board, loud; raised at its next threshold
    m_clock->advanceSecs(3 * 60);
    notifier.checkUnacknowledged();
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.at(0).at(1).toString(), QStringLiteral("SEV2 has had no commander for 15 min"));
}

void TestUnacknowledged::screenshots()
{
    // Set WARROOM_SCREENSHOTS=folder to look at the loud row (light and dark) with your own eyes.
    const QString folder = qEnvironmentVariable("WARROOM_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("WARROOM_SCREENSHOTS is not set");
    declare(QStringLiteral("Checkout API error rate above 5%"), Severity::Sev1);
    m_clock->advanceSecs(60);
    const QString ok = declare(QStringLiteral("Search latency p99 above 2 s"), Severity::Sev2);
    submit(m_session->events().assignRole(ok, QStringLiteral("commander"), QStringLiteral("alice")));
    m_clock->advanceSecs(30);
    declare(QStringLiteral("Nightly backup of orders DB failed"), Severity::Sev3);
    m_clock->advanceSecs(7 * 60);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::style()->standardPalette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6d, 0xb5));
    for (const auto &[name, palette] :
        {qMakePair(QStringLiteral("light"), light), qMakePair(QStringLiteral("dark"), dark)}) {
        QApplication::setPalette(palette);
        for (int phase = 0; phase < 2; ++phase) {
            BoardWidget board(m_model.get());
            board.resize(900, 220);
            board.show();
            QVERIFY(QTest::qWaitForWindowExposed(&board));
            QVERIFY(board.grab().save(
                QDir(folder).filePath(QStringLiteral("board-%1-%2.png").arg(name).arg(phase))));
            m_clock->advanceSecs(1);
        }
    }
}

QTEST_MAIN(TestUnacknowledged)
#include "testunacknowledged.moc"
