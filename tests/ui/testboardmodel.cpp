// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardmodel.h"
#include "clock.h"
#include "presentation.h"
#include "session.h"
#include "sqlitestore.h"

#include <QAbstractItemModelTester>
#include <QPixmap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Warroom;
using namespace std::chrono_literals;

class TestBoardModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void initialLoadIsInBoardOrder();
    void insertsRowsAtSortedPositions();
    void assigningCommanderChangesOnlyThatRow();
    void resolvingMovesRowBelowOpenOnes();
    void reopeningMovesRowBack();
    void elapsedTicksWithTheClock();
    void resolvedElapsedStops();
    void severityAndUnacknowledgedPresentation();
    void formatElapsed_data();
    void formatElapsed();

private:
    QString declare(const QString &title, Severity severity);
    void submit(const Event &event);
    [[nodiscard]] QStringList modelIds() const;
    [[nodiscard]] QStringList boardIds() const;
    void attachModel();

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<BoardModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestBoardModel::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC));
    Clock::setInstance(m_clock.get());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Error error;
    auto store = SqliteStore::open(m_dir->filePath(QStringLiteral("board.sqlite")), &error);
    QVERIFY2(store, qPrintable(error.message));
    m_session = std::make_unique<Session>(std::move(store), QStringLiteral("tester"));
    QVERIFY2(m_session->load(&error), qPrintable(error.message));
    attachModel();
}

void TestBoardModel::attachModel()
{
    m_tester.reset();
    m_model = std::make_unique<BoardModel>(m_session.get());
    // The ticker would add dataChanged signals at random moments; tests that want it turn it back on.
    m_model->setTickInterval(0ms);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestBoardModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_session.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
    m_clock.reset();
}

QString TestBoardModel::declare(const QString &title, Severity severity)
{
    Error error;
    const QString id = m_session->declareIncident(title, severity, {}, &error);
    if (id.isEmpty())
        qWarning() << "declare failed:" << error.message;
    // Distinct declaration times make "oldest first" deterministic.
    m_clock->advanceSecs(10);
    return id;
}

void TestBoardModel::submit(const Event &event)
{
    Error error;
    QVERIFY2(m_session->submit(event, &error), qPrintable(error.message));
}

QStringList TestBoardModel::modelIds() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->index(row, 0).data(BoardModel::IncidentIdRole).toString();
    return ids;
}

QStringList TestBoardModel::boardIds() const
{
    QStringList ids;
    for (const IncidentSummary &summary : m_session->projection().board())
        ids << summary.id;
    return ids;
}

void TestBoardModel::initialLoadIsInBoardOrder()
{
    const QString low = declare(QStringLiteral("Typo on status page"), Severity::Sev4);
    const QString critical = declare(QStringLiteral("Checkout down"), Severity::Sev1);
    const QString resolved = declare(QStringLiteral("Old SEV1"), Severity::Sev1);
    submit(m_session->events().setStatus(resolved, Status::Resolved));

    attachModel();
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(BoardModel::ColumnCount));
    QCOMPARE(modelIds(), (QStringList {critical, low, resolved}));
    QCOMPARE(modelIds(), boardIds());
}

void TestBoardModel::insertsRowsAtSortedPositions()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);

    struct Step
    {
        QString title;
        Severity severity;
        int expectedRow;
    };
    // Board order: most severe first, then oldest first.
    const QList<Step> steps {
        {QStringLiteral("Search slow"), Severity::Sev3, 0}, // [a]
        {QStringLiteral("Checkout down"), Severity::Sev1, 0}, // [b a]
        {QStringLiteral("Typo"), Severity::Sev4, 2}, // [b a c]
        {QStringLiteral("Emails late"), Severity::Sev3, 2}, // [b a d c]: same severity, newer than a
        {QStringLiteral("Payments flaky"), Severity::Sev2, 1}, // [b e a d c]
        {QStringLiteral("Login down"), Severity::Sev1, 1}, // [b f e a d c]: newer than b
    };
    for (const Step &step : steps) {
        inserted.clear();
        const QString id = declare(step.title, step.severity);
        QVERIFY(!id.isEmpty());
        QCOMPARE(inserted.count(), 1);
        const QList<QVariant> arguments = inserted.takeFirst();
        QVERIFY(!arguments.at(0).toModelIndex().isValid());
        QCOMPARE(arguments.at(1).toInt(), step.expectedRow);
        QCOMPARE(arguments.at(2).toInt(), step.expectedRow);
        QCOMPARE(m_model->index(step.expectedRow, BoardModel::TitleColumn).data().toString(), step.title);
        QCOMPARE(m_model->rowOf(id), step.expectedRow);
    }
    QCOMPARE(reset.count(), 0);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(modelIds(), boardIds());
}

void TestBoardModel::assigningCommanderChangesOnlyThatRow()
{
    declare(QStringLiteral("Checkout down"), Severity::Sev1);
    const QString id = declare(QStringLiteral("Search slow"), Severity::Sev3);
    QCOMPARE(m_model->rowOf(id), 1);
    const QModelIndex commander = m_model->index(1, BoardModel::CommanderColumn);
    QCOMPARE(commander.data(BoardModel::AcknowledgedRole).toBool(), false);
    QCOMPARE(commander.data(BoardModel::NeedsAttentionRole).toBool(), true);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    submit(m_session->events().assignRole(id, QStringLiteral("commander"), QStringLiteral("alice")));

    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 1);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), BoardModel::ColumnCount - 1);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(reset.count(), 0);

    QCOMPARE(commander.data(BoardModel::AcknowledgedRole).toBool(), true);
    QCOMPARE(commander.data(BoardModel::NeedsAttentionRole).toBool(), false);
    QCOMPARE(commander.data().toString(), QStringLiteral("alice"));
    QVERIFY(!commander.data(Qt::FontRole).isValid());
}

void TestBoardModel::resolvingMovesRowBelowOpenOnes()
{
    const QString critical = declare(QStringLiteral("Checkout down"), Severity::Sev1);
    const QString minor = declare(QStringLiteral("Search slow"), Severity::Sev3);
    const QString low = declare(QStringLiteral("Typo"), Severity::Sev4);
    QCOMPARE(modelIds(), (QStringList {critical, minor, low}));

    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    submit(m_session->events().setStatus(critical, Status::Resolved));

    QCOMPARE(moved.count(), 1);
    const QList<QVariant> arguments = moved.first();
    QCOMPARE(arguments.at(1).toInt(), 0); // start
    QCOMPARE(arguments.at(2).toInt(), 0); // end
    QCOMPARE(arguments.at(4).toInt(), 3); // destination row, in the coordinates before the move
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);

    QCOMPARE(modelIds(), (QStringList {minor, low, critical}));
    QCOMPARE(modelIds(), boardIds());
    QCOMPARE(m_model->index(2, 0).data(BoardModel::OpenRole).toBool(), false);
    QCOMPARE(m_model->index(2, BoardModel::StatusColumn).data().toString(), QStringLiteral("Resolved"));
    // Nobody took command, but a resolved incident no longer needs anyone's attention.
    QCOMPARE(m_model->index(2, 0).data(BoardModel::NeedsAttentionRole).toBool(), false);
}

void TestBoardModel::reopeningMovesRowBack()
{
    const QString critical = declare(QStringLiteral("Checkout down"), Severity::Sev1);
    const QString minor = declare(QStringLiteral("Search slow"), Severity::Sev3);
    submit(m_session->events().setStatus(critical, Status::Resolved));
    QCOMPARE(modelIds(), (QStringList {minor, critical}));

    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    submit(m_session->events().setStatus(critical, Status::Investigating));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.first().at(1).toInt(), 1);
    QCOMPARE(moved.first().at(4).toInt(), 0);
    QCOMPARE(modelIds(), (QStringList {critical, minor}));
}

void TestBoardModel::elapsedTicksWithTheClock()
{
    const QString id = declare(QStringLiteral("Checkout down"), Severity::Sev1); // the clock moved 10 s on
    // With a commander: an hour without one would make the whole row flash (tests/ui/alerts).
    submit(m_session->events().assignRole(id, QStringLiteral("commander"), QStringLiteral("alice")));
    const QModelIndex elapsed = m_model->index(0, BoardModel::ElapsedColumn);
    QCOMPARE(elapsed.data().toString(), QStringLiteral("10s"));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setTickInterval(20ms);
    m_clock->advanceSecs(3839); // 1 h 04 min 09 s after the declaration
    QTRY_COMPARE(elapsed.data().toString(), QStringLiteral("1h 04m 09s"));
    QTRY_VERIFY(!changed.isEmpty());
    for (const QList<QVariant> &arguments : std::as_const(changed)) {
        // Ticks touch the Elapsed column only (of rows with a commander).
        QCOMPARE(arguments.at(0).toModelIndex().column(), int(BoardModel::ElapsedColumn));
        QCOMPARE(arguments.at(1).toModelIndex().column(), int(BoardModel::ElapsedColumn));
    }
    QCOMPARE(elapsed.data(BoardModel::ElapsedMSecsRole).toLongLong(), qint64(3849'000));
    QCOMPARE(m_model->rowOf(id), 0);
}

void TestBoardModel::resolvedElapsedStops()
{
    const QString id = declare(QStringLiteral("Checkout down"), Severity::Sev1);
    m_clock->advanceSecs(50);
    submit(m_session->events().setStatus(id, Status::Resolved)); // resolved 60 s after the declaration
    m_clock->advanceSecs(3600);
    m_model->refreshElapsed();
    QCOMPARE(m_model->index(0, BoardModel::ElapsedColumn).data().toString(), QStringLiteral("1m 00s"));
    QCOMPARE(m_model->index(0, BoardModel::ElapsedColumn).data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Resolved after 1m 00s"));
}

void TestBoardModel::severityAndUnacknowledgedPresentation()
{
    declare(QStringLiteral("Checkout down"), Severity::Sev1);
    const QModelIndex severity = m_model->index(0, BoardModel::SeverityColumn);
    QCOMPARE(severity.data().toString(), QStringLiteral("SEV1"));
    QCOMPARE(severity.data(BoardModel::SeverityRole).toInt(), int(Severity::Sev1));
    QCOMPARE(severity.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Severity 1, critical"));
    const QPixmap dot = severity.data(Qt::DecorationRole).value<QPixmap>();
    QVERIFY(!dot.isNull());
    const QImage image = dot.toImage();
    QCOMPARE(
        image.pixelColor(image.width() / 2, image.height() / 2), Presentation::severityColor(Severity::Sev1));

    const QModelIndex commander = m_model->index(0, BoardModel::CommanderColumn);
    QCOMPARE(commander.data().toString(), QStringLiteral("Unacknowledged"));
    QVERIFY(commander.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(m_model->index(0, BoardModel::TitleColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!commander.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(commander.data(Qt::ToolTipRole).toString().contains(QStringLiteral("commander")));

    QCOMPARE(m_model->headerData(BoardModel::SeverityColumn, Qt::Horizontal).toString(),
        QStringLiteral("Severity"));
    QCOMPARE(
        m_model->headerData(BoardModel::ElapsedColumn, Qt::Horizontal).toString(), QStringLiteral("Elapsed"));
}

void TestBoardModel::formatElapsed_data()
{
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<QString>("text");
    QTest::newRow("negative") << qint64(-5000) << QStringLiteral("0s");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0s");
    QTest::newRow("seconds") << qint64(9'999) << QStringLiteral("9s");
    QTest::newRow("minutes") << qint64(249'000) << QStringLiteral("4m 09s");
    QTest::newRow("hours") << qint64(3'849'000) << QStringLiteral("1h 04m 09s");
    QTest::newRow("days") << qint64((2 * 86400 + 3 * 3600 + 4 * 60 + 5) * 1000LL)
                          << QStringLiteral("2d 03h 04m");
}

void TestBoardModel::formatElapsed()
{
    QFETCH(qint64, msecs);
    QFETCH(QString, text);
    QCOMPARE(Presentation::formatElapsed(msecs), text);
}

QTEST_MAIN(TestBoardModel)
#include "testboardmodel.moc"
