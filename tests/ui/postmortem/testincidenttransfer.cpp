// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "filechooser.h"
#include "incidentarchive.h"
#include "incidenttransfer.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "postmortemactions.h"
#include "session.h"
#include "sqlitestore.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Warroom;

/// Export of an incident's whole log and its import into another store: same state, never twice, nothing on
/// a refusal; and the same through the main window's actions.
class TestIncidentTransfer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void demoRoundTripGivesTheSameHash();
    void importingTwiceAddsNothing();
    void importIntoALogThatHasPartOfIt();
    void badJsonStoresNothing();
    void invalidEventAtIndexSevenStoresNothing();
    void attachmentsSurviveTheTrip();
    void suggestedFileName();
    void actionsInTheMainWindow();

private:
    std::unique_ptr<Session> openSession(const QString &name);
    QString exportDemo(Session *session);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestIncidentTransfer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestIncidentTransfer::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 21), QTime(15, 0), Qt::UTC));
    Clock::setInstance(m_clock.get());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestIncidentTransfer::cleanup()
{
    m_dir.reset();
    Clock::setInstance(nullptr);
    m_clock.reset();
    MessageBox::setRecordWarnings(false);
}

std::unique_ptr<Session> TestIncidentTransfer::openSession(const QString &name)
{
    Error error;
    auto store = SqliteStore::open(m_dir->filePath(name), &error);
    if (!store) {
        qWarning() << error.message;
        return nullptr;
    }
    auto session = std::make_unique<Session>(std::move(store), QStringLiteral("tester"));
    if (!session->load(&error)) {
        qWarning() << error.message;
        return nullptr;
    }
    return session;
}

QString TestIncidentTransfer::exportDemo(Session *session)
{
    Error error;
    const QString demo = session->addDemoIncident(&error);
    if (demo.isEmpty()) {
        qWarning() << error.message;
        return {};
    }
    const QString path = m_dir->filePath(QStringLiteral("demo.json"));
    if (!IncidentTransfer::exportIncident(session, demo, path, &error)) {
        qWarning() << error.message;
        return {};
    }
    return demo;
}

void TestIncidentTransfer::demoRoundTripGivesTheSameHash()
{
    auto source = openSession(QStringLiteral("source.sqlite"));
    QVERIFY(source);
    const QString demo = exportDemo(source.get());
    QVERIFY(!demo.isEmpty());

    auto target = openSession(QStringLiteral("target.sqlite"));
    QVERIFY(target);
    QSignalSpy added(target.get(), &Session::incidentAdded);
    ImportResult result;
    Error error;
    QVERIFY2(IncidentTransfer::importFile(
                 target.get(), m_dir->filePath(QStringLiteral("demo.json")), &result, &error),
        qPrintable(error.message));
    QCOMPARE(result.incident, demo);
    QCOMPARE(result.title, source->projection().incident(demo)->title());
    QCOMPARE(result.total, source->projection().incident(demo)->eventCount());
    QCOMPARE(result.added, result.total);
    QCOMPARE(result.duplicates, 0);
    QCOMPARE(added.count(), 1);

    const IncidentState *imported = target->projection().incident(demo);
    QVERIFY(imported);
    QCOMPARE(imported->hash(), source->projection().incident(demo)->hash());

    // A fresh session over the target file folds to the same state: it was stored, not only shown.
    target.reset();
    auto reopened = openSession(QStringLiteral("target.sqlite"));
    QVERIFY(reopened);
    QCOMPARE(reopened->projection().incident(demo)->hash(), source->projection().incident(demo)->hash());
}

void TestIncidentTransfer::importingTwiceAddsNothing()
{
    auto source = openSession(QStringLiteral("source.sqlite"));
    QVERIFY(source);
    const QString demo = exportDemo(source.get());
    QVERIFY(!demo.isEmpty());
    const QString path = m_dir->filePath(QStringLiteral("demo.json"));

    auto target = openSession(QStringLiteral("target.sqlite"));
    ImportResult first;
    Error error;
    QVERIFY(IncidentTransfer::importFile(target.get(), path, &first, &error));
    const qint64 lastSeq = target->store()->lastSeq(&error);
    const QByteArray hash = target->projection().incident(demo)->hash();

    QSignalSpy applied(target.get(), &Session::eventApplied);
    ImportResult second;
    QVERIFY2(IncidentTransfer::importFile(target.get(), path, &second, &error), qPrintable(error.message));
    QCOMPARE(second.added, 0);
    QCOMPARE(second.duplicates, first.total);
    QCOMPARE(target->store()->lastSeq(&error), lastSeq);
    QCOMPARE(applied.count(), 0);
    QCOMPARE(target->projection().incident(demo)->hash(), hash);

    // Importing into the very log it came from adds nothing either.
    ImportResult home;
    QVERIFY(IncidentTransfer::importFile(source.get(), path, &home, &error));
    QCOMPARE(home.added, 0);
}

void TestIncidentTransfer::importIntoALogThatHasPartOfIt()
{
    // A replica that has the first ten events gets the rest, once.
    auto source = openSession(QStringLiteral("source.sqlite"));
    const QString demo = exportDemo(source.get());
    QVERIFY(!demo.isEmpty());
    EventList events;
    Error error;
    QVERIFY(source->store()->readIncident(demo, &events, &error));

    auto target = openSession(QStringLiteral("target.sqlite"));
    QList<AppendOutcome> outcomes;
    EventList firstTen = events.mid(0, 10);
    for (Event &e : firstTen)
        e.seq = 0;
    QVERIFY(target->store()->append(firstTen, &outcomes, &error));
    QVERIFY(target->refresh(&error));

    ImportResult result;
    QVERIFY2(IncidentTransfer::importFile(
                 target.get(), m_dir->filePath(QStringLiteral("demo.json")), &result, &error),
        qPrintable(error.message));
    QCOMPARE(result.duplicates, 10);
    QCOMPARE(result.added, events.size() - 10);
    QCOMPARE(target->projection().incident(demo)->hash(), source->projection().incident(demo)->hash());
}

void TestIncidentTransfer::badJsonStoresNothing()
{
    auto target = openSession(QStringLiteral("target.sqlite"));
    ImportResult result;
    Error error;
    QVERIFY(!IncidentTransfer::importData(
        target.get(), "{\"format\": \"warroom-incident\", \"events\": [", &result, &error));
    QCOMPARE(error.code, QStringLiteral("malformed_json"));
    QVERIFY2(error.message.contains(QStringLiteral("offset")), qPrintable(error.message));
    QCOMPARE(target->store()->lastSeq(&error), 0);
    QCOMPARE(target->projection().size(), 0);

    QVERIFY(!IncidentTransfer::importFile(
        target.get(), m_dir->filePath(QStringLiteral("missing.json")), &result, &error));
    QVERIFY(error.message.contains(QStringLiteral("missing.json")));
}

void TestIncidentTransfer::invalidEventAtIndexSevenStoresNothing()
{
    auto source = openSession(QStringLiteral("source.sqlite"));
    QVERIFY(!exportDemo(source.get()).isEmpty());
    QFile file(m_dir->filePath(QStringLiteral("demo.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray events = root.value(QStringLiteral("events")).toArray();
    QJsonObject seventh = events.at(7).toObject();
    QCOMPARE(seventh.value(QStringLiteral("type")).toString(), QStringLiteral("note.added"));
    QJsonObject data = seventh.value(QStringLiteral("data")).toObject();
    data.insert(QStringLiteral("kind"), QStringLiteral("gossip"));
    seventh.insert(QStringLiteral("data"), data);
    events.replace(7, seventh);
    root.insert(QStringLiteral("events"), events);

    auto target = openSession(QStringLiteral("target.sqlite"));
    ImportResult result;
    Error error;
    QVERIFY(!IncidentTransfer::importData(target.get(), QJsonDocument(root).toJson(), &result, &error));
    QCOMPARE(error.field, QStringLiteral("events[7].data.kind"));
    QVERIFY2(error.message.startsWith(QStringLiteral("events[7] (note.added): data.kind")),
        qPrintable(error.message));
    QCOMPARE(target->store()->lastSeq(&error), 0); // the seven valid events before it were not stored either
    QCOMPARE(target->projection().size(), 0);
}

void TestIncidentTransfer::attachmentsSurviveTheTrip()
{
    auto source = openSession(QStringLiteral("source.sqlite"));
    Error error;
    const QString demo = source->addDemoIncident(&error);
    QVERIFY(!demo.isEmpty());
    const QByteArray content("\x89PNG\r\n\x1a\n fake screenshot bytes", 30);
    const Event attachment = source->events().addAttachment(
        demo, QStringLiteral("grafana.png"), QStringLiteral("image/png"), content);
    QVERIFY2(source->submit(attachment, &error), qPrintable(error.message));
    const QString path = m_dir->filePath(QStringLiteral("with-attachment.json"));
    QVERIFY(IncidentTransfer::exportIncident(source.get(), demo, path, &error));

    auto target = openSession(QStringLiteral("target.sqlite"));
    ImportResult result;
    QVERIFY2(IncidentTransfer::importFile(target.get(), path, &result, &error), qPrintable(error.message));
    QCOMPARE(target->attachmentContent(attachment.id, &error), content);
    QCOMPARE(target->projection().incident(demo)->hash(), source->projection().incident(demo)->hash());
}

void TestIncidentTransfer::suggestedFileName()
{
    IncidentState state(QStringLiteral("1b6a3c1e-0000-4000-8000-00000000cafe"));
    Event declared = EventFactory(QStringLiteral("priya"))
                         .declare(QStringLiteral("Checkout returns 502 — EU / Paris!"), Severity::Sev1);
    declared.incident = state.id();
    QVERIFY(!state.apply(declared));
    QCOMPARE(IncidentTransfer::suggestedFileName(state),
        QStringLiteral("incident-2026-11-21-checkout-returns-502-eu-paris.json"));
}

void TestIncidentTransfer::actionsInTheMainWindow()
{
    auto session = openSession(QStringLiteral("window.sqlite"));
    QVERIFY(session);
    MainWindow window(session.get(), m_dir->filePath(QStringLiteral("window.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *exportAction = window.findChild<QAction *>(QStringLiteral("exportIncidentAction"));
    auto *importAction = window.findChild<QAction *>(QStringLiteral("importIncidentAction"));
    QVERIFY(exportAction);
    QVERIFY(importAction);
    QVERIFY(!exportAction->isEnabled()); // nothing selected yet

    window.addDemoIncident();
    QVERIFY(exportAction->isEnabled());
    const QString demo = session->projection().incidentIds().first();
    const QString path = m_dir->filePath(QStringLiteral("from-window.json"));
    FileChooser::setNextPath(path);
    exportAction->trigger();
    QVERIFY(QFile::exists(path));
    IncidentArchive archive;
    Error error;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(IncidentArchive::read(file.readAll(), &archive, &error), qPrintable(error.message));
    QCOMPARE(archive.incident(), demo);

    // Importing it again: nothing new, and the status bar says so.
    QSignalSpy imported(window.postmortemActions(), &PostmortemActions::imported);
    FileChooser::setNextPath(path);
    importAction->trigger();
    QCOMPARE(imported.count(), 1);
    QCOMPARE(imported.first().first().toString(), demo);

    // A broken archive: a warning that names the event and the field, and nothing stored.
    QJsonObject root = QJsonDocument::fromJson(IncidentArchive::write(demo, archive.events())).object();
    QJsonArray events = root.value(QStringLiteral("events")).toArray();
    QJsonObject event = events.at(7).toObject();
    event.insert(QStringLiteral("actor"), QString());
    events.replace(7, event);
    root.insert(QStringLiteral("events"), events);
    const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();
    const qint64 lastSeq = session->store()->lastSeq(&error);
    MessageBox::setRecordWarnings(true);
    FileChooser::setNextPath(broken);
    importAction->trigger();
    QVERIFY2(MessageBox::lastWarning().contains(QStringLiteral("events[7]")),
        qPrintable(MessageBox::lastWarning()));
    QVERIFY(MessageBox::lastWarning().contains(QStringLiteral("actor")));
    QCOMPARE(session->store()->lastSeq(&error), lastSeq);
    QCOMPARE(imported.count(), 1);

    // Cancelling the file dialog does nothing.
    FileChooser::setNextPath(std::nullopt);
    importAction->trigger();
    QCOMPARE(imported.count(), 1);
}

QTEST_MAIN(TestIncidentTransfer)
#include "testincidenttransfer.moc"
