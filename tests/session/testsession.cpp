// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "eventtypes.h"
#include "session.h"
#include "sqlitestore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Warroom;

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_clock.set(QDateTime(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC));
        Clock::setInstance(&m_clock);
    }
    void cleanup() { Clock::setInstance(nullptr); }

    void declareStoresThenFolds()
    {
        const QString path = m_dir.filePath(QStringLiteral("declare.sqlite"));
        auto session = open(path, QStringLiteral("alice"));
        QSignalSpy added(session.get(), &Session::incidentAdded);
        QSignalSpy applied(session.get(), &Session::eventApplied);
        Error error;
        const QString id = session->declareIncident(
            QStringLiteral("  Checkout down  "), Severity::Sev1, QStringLiteral("carts fail"), &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error.message));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).toString(), id);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(session->projection().summary(id).title, QStringLiteral("Checkout down"));

        // It is in the file: a fresh session on the same file sees it.
        session.reset();
        auto again = open(path, QStringLiteral("bob"));
        QCOMPARE(again->projection().size(), 1);
        QCOMPARE(again->projection().incident(id)->declaredBy(), QStringLiteral("alice"));
        QCOMPARE(again->projection().incident(id)->severity(), Severity::Sev1);
    }

    void refusedBatchStoresNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("refused.sqlite"));
        auto session = open(path, QStringLiteral("alice"));
        const Event declared = session->events().declare(QStringLiteral("x"), Severity::Sev2);
        const Event commander = session->events().assignRole(
            declared.incident, QStringLiteral("commander"), QStringLiteral("alice"));
        Event bad = session->events().addNote(declared.incident, QStringLiteral("ok"));
        bad.data.insert(QStringLiteral("kind"), QStringLiteral("gossip"));
        QSignalSpy applied(session.get(), &Session::eventApplied);
        Error error;
        QVERIFY(!session->submit({declared, commander, bad}, &error));
        QCOMPARE(error.field, QStringLiteral("data.kind"));
        QCOMPARE(applied.size(), 0);
        QCOMPARE(session->projection().size(), 0);
        QCOMPARE(session->store()->lastSeq(&error), 0);

        // The same batch without the bad event goes in whole; later events may refer to earlier ones.
        QVERIFY2(session->submit({declared, commander}, &error), qPrintable(error.message));
        QCOMPARE(applied.size(), 2);
        QCOMPARE(session->projection().summary(declared.incident).commander, QStringLiteral("alice"));

        // A gated step refused by the rules is refused before it reaches the store.
        QVERIFY(
            !session->submit(session->events().setStatus(declared.incident, Status::Investigating), &error));
        QVERIFY(error.message.contains(QStringLiteral("already investigating")));
        QCOMPARE(session->store()->lastSeq(&error), 2);
    }

    void refreshFoldsOtherWriters()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
        auto mine = open(path, QStringLiteral("alice"));
        auto theirs = open(path, QStringLiteral("bob"));
        Error error;
        const QString id = theirs->declareIncident(QStringLiteral("From bob"), Severity::Sev3, {}, &error);
        QVERIFY(!id.isEmpty());
        QVERIFY(!mine->projection().incident(id));
        QSignalSpy added(mine.get(), &Session::incidentAdded);
        QVERIFY(mine->refresh(&error));
        QCOMPARE(added.size(), 1);
        QVERIFY(mine->projection().incident(id));

        // My next submit also brings in what was written meanwhile, in seq order.
        QVERIFY(theirs->submit(theirs->events().addNote(id, QStringLiteral("bob's note")), &error));
        QSignalSpy changed(mine.get(), &Session::incidentChanged);
        QVERIFY(mine->submit(mine->events().addNote(id, QStringLiteral("alice's note")), &error));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(mine->projection().incident(id)->hash(), [&] {
            theirs->refresh(&error);
            return theirs->projection().incident(id)->hash();
        }());
    }

    void undoOwnLastAction()
    {
        auto session = open(m_dir.filePath(QStringLiteral("undo.sqlite")), QStringLiteral("alice"));
        QSignalSpy undoChanged(session.get(), &Session::undoChanged);
        Error error;
        QVERIFY(!session->canUndo());
        QVERIFY(!session->undoLast(&error));
        QVERIFY(error.message.contains(QStringLiteral("nothing")));

        const QString id = session->declareIncident(QStringLiteral("x"), Severity::Sev2, {}, &error);
        QCOMPARE(undoChanged.size(), 1);
        m_clock.advanceSecs(10);
        QVERIFY(session->submit(session->events().setStatus(id, Status::Identified), &error));
        m_clock.advanceSecs(10);
        const Event note = session->events().addNote(id, QStringLiteral("oops"));
        QVERIFY(session->submit(note, &error));
        QCOMPARE(session->undoType(), QStringLiteral("note.added"));

        QCOMPARE(undoChanged.size(), 3);
        QVERIFY2(session->undoLast(&error), qPrintable(error.message));
        QCOMPARE(undoChanged.size(), 4);
        QVERIFY(session->projection().incident(id)->entry(note.id)->retracted);
        QVERIFY2(session->undoLast(&error), qPrintable(error.message));
        QCOMPARE(session->projection().incident(id)->status(), Status::Investigating);
        // The declaration cannot be undone: it stays on the stack, and the error says what to do instead.
        QVERIFY(!session->undoLast(&error));
        QVERIFY(error.message.contains(QStringLiteral("resolve")));
        QVERIFY(session->canUndo());
        // Nothing was deleted: 3 actions + 2 compensations.
        QCOMPARE(session->store()->lastSeq(&error), 5);
    }

    void demoAndAttachments()
    {
        auto session = open(m_dir.filePath(QStringLiteral("demo.sqlite")), QStringLiteral("alice"));
        Error error;
        const QString demo = session->addDemoIncident(&error);
        QVERIFY2(!demo.isEmpty(), qPrintable(error.message));
        const IncidentState *state = session->projection().incident(demo);
        QVERIFY(state);
        QCOMPARE(state->status(), Status::Mitigated);
        QVERIFY(state->eventCount() >= 30);
        QVERIFY(!session->canUndo()); // the demo is not the person's own action

        const QByteArray png("\x89PNG fake bytes");
        const Event attachment = session->events().addAttachment(
            demo, QStringLiteral("graph.png"), QStringLiteral("image/png"), png);
        QVERIFY2(session->submit(attachment, &error), qPrintable(error.message));
        QCOMPARE(session->attachmentContent(attachment.id, &error), png);
        QVERIFY(session->attachmentContent(state->timeline().first().id, &error).isEmpty());
        QVERIFY(error.message.contains(QStringLiteral("not an attachment")));
        QVERIFY(session->attachmentContent(Wire::newId(), &error).isEmpty());
        QCOMPARE(error.code, QStringLiteral("not_found"));
    }

    void replayShowsThePastReadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("replay.sqlite"));
        auto session = open(path, QStringLiteral("alice"));
        auto other = open(path, QStringLiteral("bob"));
        Error error;
        const QString id
            = session->declareIncident(QStringLiteral("Queue stuck"), Severity::Sev3, {}, &error);
        const QDateTime declared = m_clock.nowUtc();
        m_clock.advanceSecs(60);
        QVERIFY(session->submit(session->events().setStatus(id, Status::Identified), &error));
        m_clock.advanceSecs(60);
        QVERIFY(session->submit(session->events().setStatus(id, Status::Mitigated), &error));
        const QByteArray liveHash = session->projection().incident(id)->hash();

        QSignalSpy replay(session.get(), &Session::replayChanged);
        QSignalSpy time(session.get(), &Session::replayTimeChanged);
        QSignalSpy reset(session.get(), &Session::incidentReset);
        QVERIFY2(session->startReplay(declared.addSecs(30), &error), qPrintable(error.message));
        QVERIFY(session->isReplaying());
        QCOMPARE(replay.size(), 1);
        QCOMPARE(replay.at(0).at(0).toBool(), true);
        QCOMPARE(time.at(0).at(0).toDateTime(), declared.addSecs(30));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(session->projection().incident(id)->status(), Status::Investigating);
        QCOMPARE(session->liveProjection().incident(id)->hash(), liveHash);
        QCOMPARE(session->replayIndex()->keyMoments(id).size(), 3);

        // Between two events only the clock moves; past one, the incidents shown are reset.
        session->setReplayTime(declared.addSecs(45));
        QCOMPARE(time.size(), 2);
        QCOMPARE(reset.size(), 1);
        session->setReplayTime(declared.addSecs(60));
        QCOMPARE(reset.size(), 2);
        QCOMPARE(session->projection().incident(id)->status(), Status::Identified);
        QCOMPARE(session->liveProjection().incident(id)->status(), Status::Mitigated);

        // Read-only: nothing of this session is stored.
        QVERIFY(!session->submit(session->events().addNote(id, QStringLiteral("too late")), &error));
        QCOMPARE(error.code, QStringLiteral("read_only"));
        QCOMPARE(error.message, Session::readOnlyMessage());
        QVERIFY(!session->undoLast(&error));
        QCOMPARE(error.code, QStringLiteral("read_only"));
        QVERIFY(session->addDemoIncident(&error).isEmpty());
        QCOMPARE(session->store()->lastSeq(&error), 3);

        // Others' events still arrive: stored and folded live, announced as live, while the view stays at T.
        QSignalSpy applied(session.get(), &Session::eventApplied);
        QSignalSpy live(session.get(), &Session::liveEventApplied);
        const QString theirs
            = other->declareIncident(QStringLiteral("Disk full"), Severity::Sev1, {}, &error);
        QVERIFY(session->refresh(&error));
        QCOMPARE(applied.size(), 0);
        QCOMPARE(live.size(), 1);
        QVERIFY(session->liveProjection().incident(theirs));
        QVERIFY(!session->projection().incident(theirs));
        QCOMPARE(session->replayIndex()->size(), 4);

        // What machinery did (a chat delivery) is recorded all the same: nothing may be lost.
        QVERIFY2(session->recordOutcome(session->events().chatPosted(id, QStringLiteral("#ops"),
                                            QStringLiteral("Update"), QStringLiteral("delivered"), 200),
                     &error),
            qPrintable(error.message));
        QCOMPARE(session->liveProjection().incident(id)->chats().size(), 1);
        QVERIFY(session->projection().incident(id)->chats().isEmpty());
        QCOMPARE(session->replayIndex()->size(), 5);
        QVERIFY(!session->canUndo() || session->undoType() != QLatin1String("chat.posted"));

        // Back to live: the live state, with what arrived meanwhile announced.
        QSignalSpy added(session.get(), &Session::incidentAdded);
        const QByteArray liveNow = session->liveProjection().incident(id)->hash();
        QVERIFY(liveNow != liveHash); // the chat delivery
        session->stopReplay();
        QVERIFY(!session->isReplaying());
        QCOMPARE(replay.size(), 2);
        QCOMPARE(replay.at(1).at(0).toBool(), false);
        QCOMPARE(session->projection().incident(id)->hash(), liveNow);
        QVERIFY(session->projection().incident(theirs));
        QCOMPARE(added.size(), 1);
        QVERIFY(session->submit(session->events().addNote(id, QStringLiteral("live again")), &error));
    }

    void demoReplaysAlongItsStory()
    {
        // The demo is stored in one append (one recorded instant): replay unfolds it along its own times.
        auto session = open(m_dir.filePath(QStringLiteral("demo-replay.sqlite")), QStringLiteral("alice"));
        Error error;
        const QString demo = session->addDemoIncident(&error);
        QVERIFY(session->startReplay({}, &error));
        const ReplaySpan span = session->replayIndex()->span(demo);
        QCOMPARE(span.lengthMSecs(), 52 * 60 * 1000);
        session->setReplayTime(span.first.addSecs(12 * 60));
        QCOMPARE(session->projection().incident(demo)->status(), Status::Identified);
        QVERIFY(session->projection().incident(demo)->runbooks().isEmpty());
        session->stopReplay();
        QCOMPARE(session->projection().incident(demo)->status(), Status::Mitigated);
    }

    void defaults()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Session::defaultDatabasePath().endsWith(QStringLiteral("/warroom.sqlite")));
        QVERIFY(!Session::defaultActor().isEmpty());
    }

private:
    std::unique_ptr<Session> open(const QString &path, const QString &actor)
    {
        Error error;
        auto store = SqliteStore::open(path, &error);
        if (!store)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error.message));
        auto session = std::make_unique<Session>(std::move(store), actor);
        if (!session->load(&error))
            qFatal("cannot load: %s", qPrintable(error.message));
        return session;
    }

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC)};
};

QTEST_GUILESS_MAIN(TestSession)
#include "testsession.moc"
