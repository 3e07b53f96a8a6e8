// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "replicastore.h"
#include "session.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Warroom;

/// The client side of sync without a network: the "server" is simulated by handing events to storePulled
/// with the seqs a server would give them.
class TestReplicaStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC));
        Clock::setInstance(&m_clock);
        m_serverSeq = 0;
    }
    void cleanup() { Clock::setInstance(nullptr); }

    void actionsArePendingUntilPulledBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("pending.sqlite"));
        QString id;
        {
            auto session = open(path);
            QSignalSpy pendingChanged(session.get(), &Session::pendingChanged);
            Error error;
            id = session->declareIncident(QStringLiteral("VPN down"), Severity::Sev2, {}, &error);
            QVERIFY2(!id.isEmpty(), qPrintable(error.message));
            QCOMPARE(session->pendingCount(), 1);
            QCOMPARE(pendingChanged.size(), 1);
            QVERIFY(session->projection().incident(id));
            QCOMPARE(session->store()->lastSeq(&error), 0); // nothing confirmed yet
        }
        // A crash or a restart loses nothing: the outbox is on disk and shown again as pending.
        auto session = open(path);
        QCOMPARE(session->pendingCount(), 1);
        QVERIFY(session->projection().incident(id));
        auto *replica = static_cast<ReplicaStore *>(session->store());
        EventList waiting;
        Error error;
        QVERIFY(replica->outbox().unsent(100, &waiting, &error));
        QCOMPARE(waiting.size(), 1);
        QVERIFY(session->isPending(waiting.first().id));

        // The server stores it and hands it back through a pull: confirmed, and nothing visible changes.
        const QByteArray before = session->projection().incident(id)->hash();
        QSignalSpy reset(session.get(), &Session::incidentReset);
        QSignalSpy applied(session.get(), &Session::eventApplied);
        QVERIFY(pull(replica, waiting, &error));
        QVERIFY(session->refresh(&error));
        QCOMPARE(session->pendingCount(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(applied.size(), 0);
        QCOMPARE(session->projection().incident(id)->hash(), before);
        QCOMPARE(replica->outbox().count(), 0);
        QCOMPARE(replica->outbox().pullCursor(), m_serverSeq);
        QCOMPARE(session->store()->lastSeq(&error), 1);
    }

    void othersEventsFirstRebuildTheView()
    {
        auto session = open(m_dir.filePath(QStringLiteral("interleave.sqlite")));
        auto *replica = static_cast<ReplicaStore *>(session->store());
        Error error;
        const QString id
            = session->declareIncident(QStringLiteral("Queue stuck"), Severity::Sev3, {}, &error);
        EventList sent;
        QVERIFY(replica->outbox().unsent(10, &sent, &error));
        QVERIFY(pull(replica, sent, &error));
        QVERIFY(session->refresh(&error));

        // I set the status while bob, earlier in the server's order, sets the same status.
        m_clock.advanceSecs(10);
        QVERIFY(session->submit(session->events().setStatus(id, Status::Identified), &error));
        QVERIFY(session->submit(session->events().addNote(id, QStringLiteral("consumer lag 2h")), &error));
        QCOMPARE(session->pendingCount(), 2);
        const EventFactory bob(QStringLiteral("bob"));
        const Event theirs = bob.setStatus(id, Status::Identified, QStringLiteral("found it"));

        QSignalSpy reset(session.get(), &Session::incidentReset);
        QVERIFY(pull(replica, {theirs}, &error));
        QVERIFY(session->refresh(&error));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(reset.first().first().toString(), id);
        // Bob's change is in; mine no longer fits on top of it and is not shown; my note still is.
        QCOMPARE(session->projection().incident(id)->status(), Status::Identified);
        QCOMPARE(session->pendingCount(), 1);
        const auto &timeline = session->projection().incident(id)->timeline();
        QVERIFY(std::any_of(timeline.cbegin(), timeline.cend(),
            [](const TimelineEntry &e) { return e.text == QStringLiteral("consumer lag 2h"); }));

        // The server refuses my status change for good (it was already identified): it leaves the outbox.
        EventList waiting;
        QVERIFY(replica->outbox().list(&waiting, &error));
        QCOMPARE(waiting.size(), 2);
        QVERIFY(replica->outbox().reject(waiting.first().id, QStringLiteral("already identified"), &error));
        QList<Outbox::Rejected> rejected;
        QVERIFY(replica->outbox().rejected(&rejected, &error));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().reason, QStringLiteral("already identified"));
        // My note comes back from the server: everything confirmed, and every replica would agree.
        QVERIFY(pull(replica, {waiting.last()}, &error));
        QVERIFY(session->refresh(&error));
        QCOMPARE(session->pendingCount(), 0);

        auto again = open(m_dir.filePath(QStringLiteral("interleave.sqlite")));
        QCOMPARE(again->projection().incident(id)->hash(), session->projection().incident(id)->hash());
    }

    void pulledTwiceIsHarmless()
    {
        auto session = open(m_dir.filePath(QStringLiteral("twice.sqlite")));
        auto *replica = static_cast<ReplicaStore *>(session->store());
        Error error;
        session->declareIncident(QStringLiteral("x"), Severity::Sev4, {}, &error);
        EventList sent;
        QVERIFY(replica->outbox().unsent(10, &sent, &error));
        const EventList stamped = serverStamp(sent);
        QVERIFY(replica->storePulled(stamped, m_serverSeq, &error));
        QVERIFY(replica->storePulled(stamped, m_serverSeq, &error)); // a crash made us pull again
        QVERIFY(session->refresh(&error));
        QCOMPARE(session->store()->lastSeq(&error), 1);
        QCOMPARE(session->projection().size(), 1);
    }

private:
    std::unique_ptr<Session> open(const QString &path)
    {
        Error error;
        auto store = ReplicaStore::open(path, &error);
        if (!store)
            qFatal("%s", qPrintable(error.message));
        auto session = std::make_unique<Session>(std::move(store), QStringLiteral("alice"));
        if (!session->load(&error))
            qFatal("%s", qPrintable(error.message));
        return session;
    }

    /// Hands @p events to the replica as a pull from the server would.
    bool pull(ReplicaStore *replica, const EventList &events, Error *error)
    {
        const EventList stamped = serverStamp(events);
        return replica->storePulled(stamped, m_serverSeq, error);
    }

    /// What the server would send back: the events with the next seqs.
    EventList serverStamp(const EventList &events)
    {
        EventList out;
        for (Event e : events) {
            e.seq = ++m_serverSeq;
            e.recordedAt = Clock::now();
            out.append(e);
        }
        return out;
    }

    QTemporaryDir m_dir;
    qint64 m_serverSeq = 0;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC)};
};

QTEST_GUILESS_MAIN(TestReplicaStore)
#include "testreplicastore.moc"
