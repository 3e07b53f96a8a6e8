// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "session.h"
#include "sqlitestore.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "timelinepresentation.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Warroom;

Q_DECLARE_METATYPE(Warroom::NoteKind)

class TestTimelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void initialLoadFollowsTheTimeline();
    void newNoteIsOneInsertAtTheEnd();
    void backdatedNoteIsInsertedInTheMiddle();
    void editRetractPinChangeOnlyThatRow();
    void systemEntriesAppearAsTheyHappen();
    void otherIncidentsAreIgnored();
    void changingIncidentResets();
    void incidentDeclaredLaterIsFollowed();
    void rebuiltIncidentResets();
    void rowOfAndEntryForThroughTheProxy();
    void peopleIncludeEditors();
    void spansSeveralDays();
    void filterByKind();
    void filterByPerson();
    void filterBySearchIncludesHistory();
    void filterFollowsNewEntries();
    void quickEntryPrefixes_data();
    void quickEntryPrefixes();
    void terminalOutput_data();
    void terminalOutput();

private:
    void submit(const Event &event);
    QString addNote(const QString &text, NoteKind kind = NoteKind::Note, const QDateTime &at = {});
    [[nodiscard]] QStringList texts(const QAbstractItemModel *model) const;
    [[nodiscard]] const IncidentState &state() const;

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<TimelineModel> m_model;
    std::unique_ptr<TimelineFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
    QString m_incident;
    QDateTime m_start;
};

void TestTimelineModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTimelineModel::init()
{
    m_start = QDateTime(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC);
    m_clock = std::make_unique<ManualClock>(m_start);
    Clock::setInstance(m_clock.get());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Error error;
    auto store = SqliteStore::open(m_dir->filePath(QStringLiteral("timeline.sqlite")), &error);
    QVERIFY2(store, qPrintable(error.message));
    m_session = std::make_unique<Session>(std::move(store), QStringLiteral("alice"));
    QVERIFY2(m_session->load(&error), qPrintable(error.message));
    m_incident = m_session->declareIncident(QStringLiteral("Checkout down"), Severity::Sev1, {}, &error);
    QVERIFY2(!m_incident.isEmpty(), qPrintable(error.message));
    m_clock->advanceSecs(60);

    m_model = std::make_unique<TimelineModel>(m_session.get());
    m_model->setIncident(m_incident);
    m_filter = std::make_unique<TimelineFilterModel>();
    m_filter->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filterTester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTimelineModel::cleanup()
{
    m_filterTester.reset();
    m_tester.reset();
    m_filter.reset();
    m_model.reset();
    m_session.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
    m_clock.reset();
}

void TestTimelineModel::submit(const Event &event)
{
    Error error;
    QVERIFY2(m_session->submit(event, &error), qPrintable(error.message));
    // Entries at the same moment are ordered by id (random): keep every test's order deterministic.
    m_clock->advanceSecs(60);
}

QString TestTimelineModel::addNote(const QString &text, NoteKind kind, const QDateTime &at)
{
    const Event event = m_session->events().addNote(m_incident, text, kind, at);
    submit(event);
    return event.id;
}

QStringList TestTimelineModel::texts(const QAbstractItemModel *model) const
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list << model->index(row, 0).data(TimelineModel::TextRole).toString();
    return list;
}

const IncidentState &TestTimelineModel::state() const
{
    return *m_session->projection().incident(m_incident);
}

void TestTimelineModel::initialLoadFollowsTheTimeline()
{
    addNote(QStringLiteral("first"));
    addNote(QStringLiteral("second"), NoteKind::Decision);
    TimelineModel fresh(m_session.get());
    QAbstractItemModelTester tester(&fresh, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fresh.setIncident(m_incident);
    QCOMPARE(fresh.rowCount(), int(state().timeline().size()));
    QCOMPARE(fresh.rowCount(), 3);
    for (int row = 0; row < fresh.rowCount(); ++row) {
        const TimelineEntry &entry = state().timeline().at(row);
        const QModelIndex index = fresh.index(row, 0);
        QCOMPARE(index.data(TimelineModel::IdRole).toString(), entry.id);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), entry.text);
        QCOMPARE(index.data(TimelineModel::ActorRole).toString(), QStringLiteral("alice"));
        QCOMPARE(index.data(TimelineModel::AtRole).toDateTime(), entry.at);
        QCOMPARE(index.data(TimelineModel::KindRole).toInt(), int(entry.kind));
    }
    QCOMPARE(fresh.index(2, 0).data(TimelineModel::KindRole).toInt(), int(NoteKind::Decision));
    QCOMPARE(fresh.index(2, 0).data(TimelineModel::KindNameRole).toString(), QStringLiteral("decision"));
    QCOMPARE(fresh.index(0, 0).data(TimelineModel::KindRole).toInt(), int(NoteKind::System));
    QVERIFY(!fresh.index(0, 0).data(TimelineModel::EditableRole).toBool());
    QVERIFY(fresh.index(1, 0).data(TimelineModel::EditableRole).toBool());
    QVERIFY(fresh.roleNames().contains(TimelineModel::HistoryRole));
}

void TestTimelineModel::newNoteIsOneInsertAtTheEnd()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const int before = m_model->rowCount();

    addNote(QStringLiteral("p99 at 4 s on checkout"), NoteKind::Observation);

    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), before);
    QCOMPARE(inserted.first().at(2).toInt(), before);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_model->rowCount(), before + 1);
    const QModelIndex last = m_model->index(before, 0);
    QCOMPARE(last.data(TimelineModel::TextRole).toString(), QStringLiteral("p99 at 4 s on checkout"));
    QCOMPARE(last.data(TimelineModel::KindRole).toInt(), int(NoteKind::Observation));
}

void TestTimelineModel::backdatedNoteIsInsertedInTheMiddle()
{
    addNote(QStringLiteral("one")); // 22:01
    addNote(QStringLiteral("two")); // 22:02
    addNote(QStringLiteral("three")); // 22:03
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy filterInserted(m_filter.get(), &QAbstractItemModel::rowsInserted);

    const QString id = addNote(QStringLiteral("deploy started, we learn now"), NoteKind::Observation,
        m_start.addSecs(90)); // 22:01:30

    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    QCOMPARE(inserted.first().at(2).toInt(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(filterInserted.size(), 1);
    QCOMPARE(filterInserted.first().at(1).toInt(), 2);
    QCOMPARE(m_model->index(2, 0).data(TimelineModel::IdRole).toString(), id);
    QCOMPARE(texts(m_model.get()).mid(1),
        QStringList({QStringLiteral("one"), QStringLiteral("deploy started, we learn now"),
            QStringLiteral("two"), QStringLiteral("three")}));
    QCOMPARE(texts(m_filter.get()), texts(m_model.get()));
    QCOMPARE(m_model->rowOf(id), 2);
}

void TestTimelineModel::editRetractPinChangeOnlyThatRow()
{
    addNote(QStringLiteral("one"));
    const QString target = addNote(QStringLiteral("DB CPU 100 %"), NoteKind::Observation);
    addNote(QStringLiteral("three"));
    const int row = m_model->rowOf(target);
    QCOMPARE(row, 2);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    const auto checkOnlyRowChanged = [&] {
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), row);
        QCOMPARE(inserted.size() + removed.size() + reset.size() + layout.size(), 0);
        changed.clear();
    };

    submit(m_session->events().editNote(m_incident, target, QStringLiteral("DB CPU 100 % on the primary")));
    checkOnlyRowChanged();
    const QModelIndex index = m_model->index(row, 0);
    QCOMPARE(index.data(TimelineModel::TextRole).toString(), QStringLiteral("DB CPU 100 % on the primary"));
    QCOMPARE(
        index.data(TimelineModel::HistoryRole).toStringList(), QStringList {QStringLiteral("DB CPU 100 %")});
    QVERIFY(index.data(TimelineModel::EditedRole).toBool());
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("DB CPU 100 %")));

    submit(m_session->events().pinNote(m_incident, target, true));
    checkOnlyRowChanged();
    QVERIFY(index.data(TimelineModel::PinnedRole).toBool());

    submit(m_session->events().retractNote(m_incident, target, QStringLiteral("wrong graph")));
    checkOnlyRowChanged();
    QVERIFY(index.data(TimelineModel::RetractedRole).toBool());
    QCOMPARE(index.data(TimelineModel::RetractReasonRole).toString(), QStringLiteral("wrong graph"));
    QCOMPARE(index.data(TimelineModel::RetractedByRole).toString(), QStringLiteral("alice"));
    QVERIFY(!index.data(TimelineModel::EditableRole).toBool());
    // Never hidden: the row and its history stay.
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(
        index.data(TimelineModel::HistoryRole).toStringList(), QStringList {QStringLiteral("DB CPU 100 %")});
    QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("wrong graph")));
}

void TestTimelineModel::systemEntriesAppearAsTheyHappen()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    submit(m_session->events().assignRole(m_incident, QStringLiteral("commander"), QStringLiteral("alice")));
    submit(m_session->events().setStatus(m_incident, Status::Identified));
    QCOMPARE(inserted.size(), 2);
    const QModelIndex last = m_model->index(m_model->rowCount() - 1, 0);
    QCOMPARE(last.data(TimelineModel::KindRole).toInt(), int(NoteKind::System));
    QVERIFY(last.data(TimelineModel::TextRole).toString().contains(QStringLiteral("identified")));
}

void TestTimelineModel::otherIncidentsAreIgnored()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    Error error;
    const QString other = m_session->declareIncident(QStringLiteral("Other"), Severity::Sev3, {}, &error);
    QVERIFY(!other.isEmpty());
    submit(m_session->events().addNote(other, QStringLiteral("elsewhere")));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 0);
}

void TestTimelineModel::changingIncidentResets()
{
    addNote(QStringLiteral("one"));
    Error error;
    const QString other = m_session->declareIncident(QStringLiteral("Other"), Severity::Sev3, {}, &error);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setIncident(other);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    m_model->setIncident({});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_filter->rowCount(), 0);
    addNote(QStringLiteral("not shown"));
    QCOMPARE(m_model->rowCount(), 0);
}

void TestTimelineModel::incidentDeclaredLaterIsFollowed()
{
    const Event declare = m_session->events().declare(QStringLiteral("Later"), Severity::Sev2);
    m_model->setIncident(declare.incident);
    QCOMPARE(m_model->rowCount(), 0);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    submit(declare);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
}

void TestTimelineModel::rebuiltIncidentResets()
{
    addNote(QStringLiteral("one"));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    // The Session says so when it rebuilt an incident instead of folding it event by event.
    Q_EMIT m_session->incidentReset(m_incident);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), int(state().timeline().size()));
    Q_EMIT m_session->incidentReset(QStringLiteral("another"));
    QCOMPARE(reset.size(), 1);
    // Nothing of ours is waiting for a server here.
    QVERIFY(!m_model->index(1, 0).data(TimelineModel::PendingRole).toBool());
}

void TestTimelineModel::rowOfAndEntryForThroughTheProxy()
{
    const QString note = addNote(QStringLiteral("needle"), NoteKind::Decision);
    m_filter->setKinds({NoteKind::Decision});
    QCOMPARE(m_filter->rowCount(), 1);
    const TimelineEntry *entry = TimelineModel::entryFor(m_filter->index(0, 0));
    QVERIFY(entry);
    QCOMPARE(entry->id, note);
    QCOMPARE(TimelineModel::entryFor({}), nullptr);
    QCOMPARE(m_model->rowOf(QStringLiteral("00000000-0000-4000-8000-000000000000")), -1);
}

void TestTimelineModel::peopleIncludeEditors()
{
    const QString note = addNote(QStringLiteral("one"));
    QSignalSpy people(m_model.get(), &TimelineModel::peopleChanged);
    const EventFactory bob(QStringLiteral("bob"));
    submit(bob.editNote(m_incident, note, QStringLiteral("one, corrected")));
    QCOMPARE(people.size(), 1);
    QCOMPARE(m_model->people(), QStringList({QStringLiteral("alice"), QStringLiteral("bob")}));
    submit(bob.addNote(m_incident, QStringLiteral("again")));
    QCOMPARE(people.size(), 1);
}

void TestTimelineModel::spansSeveralDays()
{
    QVERIFY(!m_model->spansSeveralDays(true));
    addNote(QStringLiteral("the day before"), NoteKind::Note, m_start.addDays(-1));
    QVERIFY(m_model->spansSeveralDays(true));
}

void TestTimelineModel::filterByKind()
{
    addNote(QStringLiteral("a note"));
    addNote(QStringLiteral("roll back"), NoteKind::Decision);
    addNote(QStringLiteral("rolled back"), NoteKind::Action);
    addNote(QStringLiteral("revert it"), NoteKind::Decision);
    m_filter->setKinds({NoteKind::Decision});
    QVERIFY(m_filter->isFiltering());
    QCOMPARE(texts(m_filter.get()), QStringList({QStringLiteral("roll back"), QStringLiteral("revert it")}));
    m_filter->setKinds({NoteKind::Decision, NoteKind::Action});
    QCOMPARE(m_filter->rowCount(), 3);
    QCOMPARE(m_filter->kinds(), QList<NoteKind>({NoteKind::Decision, NoteKind::Action}));
    m_filter->setKinds({NoteKind::System});
    QCOMPARE(m_filter->rowCount(), 1);
    m_filter->setKinds({});
    QVERIFY(!m_filter->isFiltering());
    QCOMPARE(m_filter->rowCount(), m_model->rowCount());
}

void TestTimelineModel::filterByPerson()
{
    const EventFactory bob(QStringLiteral("bob"));
    addNote(QStringLiteral("alice writes"));
    submit(bob.addNote(m_incident, QStringLiteral("bob writes")));
    const QString edited = addNote(QStringLiteral("alice wrote, bob fixed"));
    submit(bob.editNote(m_incident, edited, QStringLiteral("alice wrote, bob fixed it")));
    m_filter->setPerson(QStringLiteral("bob"));
    QCOMPARE(texts(m_filter.get()),
        QStringList({QStringLiteral("bob writes"), QStringLiteral("alice wrote, bob fixed it")}));
    m_filter->setPerson(QStringLiteral("alice"));
    // alice declared, wrote one note and the first version of the edited one.
    QCOMPARE(m_filter->rowCount(), 3);
    m_filter->setPerson({});
    QCOMPARE(m_filter->rowCount(), m_model->rowCount());
}

void TestTimelineModel::filterBySearchIncludesHistory()
{
    const QString note = addNote(QStringLiteral("Primary DB failover"));
    addNote(QStringLiteral("unrelated"));
    submit(m_session->events().editNote(m_incident, note, QStringLiteral("Replica promoted")));
    const QString wrong = addNote(QStringLiteral("cache looks cold"));
    submit(m_session->events().retractNote(m_incident, wrong, QStringLiteral("Misread the GRAPH")));

    m_filter->setSearchText(QStringLiteral("replica"));
    QCOMPARE(texts(m_filter.get()), QStringList {QStringLiteral("Replica promoted")});
    m_filter->setSearchText(QStringLiteral("  FAILOVER "));
    QCOMPARE(texts(m_filter.get()), QStringList {QStringLiteral("Replica promoted")});
    m_filter->setSearchText(QStringLiteral("graph"));
    QCOMPARE(texts(m_filter.get()), QStringList {QStringLiteral("cache looks cold")});
    m_filter->setSearchText(QStringLiteral("no such words"));
    QCOMPARE(m_filter->rowCount(), 0);
    m_filter->setSearchText({});
    QCOMPARE(m_filter->rowCount(), m_model->rowCount());
}

void TestTimelineModel::filterFollowsNewEntries()
{
    m_filter->setKinds({NoteKind::Decision});
    QSignalSpy inserted(m_filter.get(), &QAbstractItemModel::rowsInserted);
    addNote(QStringLiteral("not a decision"));
    QCOMPARE(inserted.size(), 0);
    addNote(QStringLiteral("roll back"), NoteKind::Decision);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(texts(m_filter.get()), QStringList {QStringLiteral("roll back")});
}

void TestTimelineModel::quickEntryPrefixes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<NoteKind>("kind");
    QTest::addColumn<QString>("text");
    QTest::newRow("decision") << QStringLiteral("d: roll back now") << NoteKind::Decision
                              << QStringLiteral("roll back now");
    QTest::newRow("action, no space")
        << QStringLiteral("a:restarted api-3") << NoteKind::Action << QStringLiteral("restarted api-3");
    QTest::newRow("evidence, upper case") << QStringLiteral("E: backup taken 22:10") << NoteKind::Evidence
                                          << QStringLiteral("backup taken 22:10");
    QTest::newRow("observation") << QStringLiteral("o: p99 4 s") << NoteKind::Observation
                                 << QStringLiteral("p99 4 s");
    QTest::newRow("note over the selector")
        << QStringLiteral("n: just a note") << NoteKind::Note << QStringLiteral("just a note");
    QTest::newRow("no prefix: the selector")
        << QStringLiteral("db: slow") << NoteKind::Action << QStringLiteral("db: slow");
    QTest::newRow("multi-line kept") << QStringLiteral("e: $ df -h\n  /dev/sda1 99%\n") << NoteKind::Evidence
                                     << QStringLiteral("$ df -h\n  /dev/sda1 99%");
}

void TestTimelineModel::quickEntryPrefixes()
{
    QFETCH(QString, typed);
    QFETCH(NoteKind, kind);
    QFETCH(QString, text);
    const TimelinePresentation::QuickEntry entry
        = TimelinePresentation::parseQuickEntry(typed, NoteKind::Action);
    QCOMPARE(entry.kind, kind);
    QCOMPARE(entry.text, text);
}

void TestTimelineModel::terminalOutput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("terminal");
    QTest::newRow("prose") << QStringLiteral("Rolled back to v41, errors dropping") << false;
    QTest::newRow("two plain lines") << QStringLiteral("first line\nsecond line") << false;
    QTest::newRow("prompt") << QStringLiteral("$ kubectl rollout undo deploy/api") << true;
    QTest::newRow("user prompt") << QStringLiteral("ops@db-1:~$ pg_lsclusters") << true;
    QTest::newRow("indented output") << QStringLiteral("NAME   READY\n  api-1  1/1\n  api-2  0/1") << true;
    QTest::newRow("tabs") << QStringLiteral("pid\tcmd\n\t42\tpostgres") << true;
    QTest::newRow("fenced") << QStringLiteral("```\nERROR: relation \"orders\" does not exist\n```") << true;
    QTest::newRow("money is no prompt") << QStringLiteral("we lose $ 4k a minute") << false;
}

void TestTimelineModel::terminalOutput()
{
    QFETCH(QString, text);
    QFETCH(bool, terminal);
    QCOMPARE(TimelinePresentation::looksLikeTerminalOutput(text), terminal);
}

QTEST_MAIN(TestTimelineModel)
#include "testtimelinemodel.moc"
