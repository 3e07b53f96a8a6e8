// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardfiltermodel.h"
#include "boardmodel.h"
#include "boardwidget.h"
#include "clock.h"
#include "session.h"
#include "sqlitestore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Warroom;
using namespace std::chrono_literals;

class TestBoardWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        Clock::setInstance(&m_clock);
        Error error;
        auto store = SqliteStore::open(m_dir.filePath(QStringLiteral("board-%1.sqlite").arg(++m_n)), &error);
        QVERIFY2(store, qPrintable(error.message));
        m_session = std::make_unique<Session>(std::move(store), QStringLiteral("alice"));
        QVERIFY(m_session->load(&error));
        m_model = std::make_unique<BoardModel>(m_session.get());
        m_model->setTickInterval(0ms);
        m_widget = std::make_unique<BoardWidget>(m_model.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_widget->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_widget->resize(800, 400);
        m_widget->show();
    }
    void cleanup()
    {
        m_tester.reset();
        m_widget.reset();
        m_model.reset();
        m_session.reset();
        Clock::setInstance(nullptr);
    }

    void emptyBoardOffersTheDemo()
    {
        QVERIFY(m_widget->isShowingEmptyState());
        auto *demo = m_widget->findChild<QPushButton *>(QStringLiteral("demoButton"));
        QVERIFY(demo && demo->isVisible());
        QSignalSpy requested(m_widget.get(), &BoardWidget::demoRequested);
        QTest::mouseClick(demo, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        declare("x", Severity::Sev3);
        QVERIFY(!m_widget->isShowingEmptyState());
    }

    void resolvedAreOneToggleAway()
    {
        const QString open = declare("API slow", Severity::Sev2);
        const QString done = declare("Disk full", Severity::Sev1);
        QCOMPARE(m_widget->filterModel()->rowCount(), 2);
        Error error;
        QVERIFY(m_session->submit(m_session->events().setStatus(done, Status::Resolved), &error));
        QCOMPARE(m_widget->filterModel()->rowCount(), 1);
        QCOMPARE(m_widget->filterModel()->index(0, 0).data(BoardModel::IncidentIdRole).toString(), open);
        QCOMPARE(m_widget->filterModel()->hiddenResolvedCount(), 1);

        auto *toggle = m_widget->findChild<QCheckBox *>(QStringLiteral("showResolvedCheckBox"));
        toggle->click();
        QCOMPARE(m_widget->filterModel()->rowCount(), 2);
        toggle->click();
        QVERIFY(m_session->submit(m_session->events().setStatus(open, Status::Resolved), &error));
        QVERIFY(m_widget->isShowingEmptyState());
        auto *label = m_widget->findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
        QVERIFY2(label->text().contains(QStringLiteral("2 resolved")), qPrintable(label->text()));
        QVERIFY(!m_widget->findChild<QPushButton *>(QStringLiteral("demoButton"))->isVisible());

        // Selecting a hidden incident brings it into view rather than failing silently.
        QSignalSpy current(m_widget.get(), &BoardWidget::currentIncidentChanged);
        m_widget->selectIncident(done);
        QVERIFY(toggle->isChecked());
        QCOMPARE(m_widget->currentIncident(), done);
        QCOMPARE(current.size(), 1);
    }

    void searchFilters()
    {
        declare("Checkout returns 500", Severity::Sev1);
        const QString queue = declare("Queue backlog", Severity::Sev3);
        auto *search = m_widget->findChild<QLineEdit *>(QStringLiteral("boardSearchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("QUEUE"));
        QCOMPARE(m_widget->filterModel()->rowCount(), 1);
        QCOMPARE(m_widget->filterModel()->index(0, 0).data(BoardModel::IncidentIdRole).toString(), queue);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("SEV1"));
        QCOMPARE(m_widget->filterModel()->rowCount(), 1);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("nothing like it"));
        QVERIFY(m_widget->isShowingEmptyState());
        QVERIFY(m_widget->findChild<QLabel *>(QStringLiteral("emptyStateLabel"))
                    ->text()
                    .contains(QStringLiteral("nothing like it")));
        search->clear();
        QCOMPARE(m_widget->filterModel()->rowCount(), 2);
    }

private:
    QString declare(const char *title, Severity severity)
    {
        Error error;
        m_clock.advanceSecs(60);
        const QString id = m_session->declareIncident(QLatin1String(title), severity, {}, &error);
        [&] {
            QVERIFY2(!id.isEmpty(), qPrintable(error.message));
        }();
        return id;
    }

    ManualClock m_clock {QDateTime(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<BoardModel> m_model;
    std::unique_ptr<BoardWidget> m_widget;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestBoardWidget)
#include "testboardwidget.moc"
