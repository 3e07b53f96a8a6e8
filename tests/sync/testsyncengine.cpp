// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicastore.h"
#include "session.h"
#include "syncengine.h"
#include "warroomdprocess.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Warroom;
using Warroom::Testing::WarroomdProcess;

/// One desktop client: a replica in its own folder, a Session and a SyncEngine talking to the real server.
struct Client
{
    std::unique_ptr<Session> session;
    ReplicaStore *replica = nullptr;
    QNetworkAccessManager network;
    std::unique_ptr<SyncEngine> engine;

    Client(const QString &path, const QString &actor, const QUrl &server, const QString &token)
    {
        Error error;
        auto store = ReplicaStore::open(path, &error);
        if (!store)
            qFatal("%s", qPrintable(error.message));
        replica = store.get();
        session = std::make_unique<Session>(std::move(store), actor);
        if (!session->load(&error))
            qFatal("%s", qPrintable(error.message));
        engine = std::make_unique<SyncEngine>(session.get(), replica, &network);
        engine->setLongPollSeconds(5);
        engine->setServer(server, token);
        engine->start();
    }
    [[nodiscard]] QByteArray hash(const QString &incident) const
    {
        const IncidentState *state = session->projection().incident(incident);
        return state ? state->hash() : QByteArray();
    }
};

class TestSyncEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<WarroomdProcess>(
            QStringLiteral(WARROOMD_PATH), m_dir.filePath(QStringLiteral("server-%1.sqlite").arg(++m_n)));
        QString log;
        m_token = m_server->createToken(QStringLiteral("team"), QStringLiteral("responder"), &log);
        QVERIFY2(!m_token.isEmpty(), qPrintable(log));
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    }
    void cleanup() { m_server.reset(); }

    void clientsSeeEachOther()
    {
        Client alice(path(QStringLiteral("alice")), QStringLiteral("alice"), m_server->url(), m_token);
        Client bob(path(QStringLiteral("bob")), QStringLiteral("bob"), m_server->url(), m_token);
        QTRY_COMPARE_WITH_TIMEOUT(alice.engine->state(), SyncEngine::State::Online, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(bob.engine->state(), SyncEngine::State::Online, 10000);

        Error error;
        const QString id
            = alice.session->declareIncident(QStringLiteral("DNS failing"), Severity::Sev1, {}, &error);
        QVERIFY(!id.isEmpty());
        QVERIFY(alice.session->isPending(alice.session->projection().incident(id)->timeline().first().id));
        // Bob's long-poll is answered as soon as the server has it.
        QTRY_VERIFY_WITH_TIMEOUT(bob.session->projection().incident(id), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(alice.session->pendingCount(), 0, 3000);

        QVERIFY(bob.session->submit(
            bob.session->events().assignRole(id, QStringLiteral("commander"), QStringLiteral("bob")),
            &error));
        QTRY_COMPARE_WITH_TIMEOUT(
            alice.session->projection().incident(id)->commander(), QStringLiteral("bob"), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(alice.hash(id), bob.hash(id), 3000);
    }

    void offlineChangesAreDeliveredExactlyOnce()
    {
        Client alice(path(QStringLiteral("alice-off")), QStringLiteral("alice"), m_server->url(), m_token);
        Client bob(path(QStringLiteral("bob-off")), QStringLiteral("bob"), m_server->url(), m_token);
        QTRY_COMPARE_WITH_TIMEOUT(alice.engine->state(), SyncEngine::State::Online, 10000);
        Error error;
        const QString id
            = alice.session->declareIncident(QStringLiteral("Offline drill"), Severity::Sev3, {}, &error);
        QTRY_VERIFY_WITH_TIMEOUT(bob.session->projection().incident(id), 3000);

        // The server goes away; alice keeps working and loses nothing.
        m_server->stop();
        QTRY_COMPARE_WITH_TIMEOUT(alice.engine->state(), SyncEngine::State::Offline, 15000);
        constexpr int Changes = 500;
        for (int i = 0; i < Changes; ++i)
            QVERIFY2(
                alice.session->submit(
                    alice.session->events().addNote(id, QStringLiteral("offline note %1").arg(i)), &error),
                qPrintable(error.message));
        QCOMPARE(alice.session->pendingCount(), Changes);
        QCOMPARE(alice.replica->outbox().count(), Changes);

        // Back: the outbox is flushed, then everyone catches up.
        QVERIFY2(m_server->restart(), qPrintable(m_server->log()));
        alice.engine->reconnectNow();
        bob.engine->reconnectNow();
        QTRY_COMPARE_WITH_TIMEOUT(alice.session->pendingCount(), 0, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(bob.hash(id), alice.hash(id), 30000);
        // Exactly once: the server's log holds the declaration and each note one time.
        QCOMPARE(bob.session->store()->lastSeq(&error), Changes + 1);
        QCOMPARE(bob.session->projection().incident(id)->eventCount(), Changes + 1);

        // A third client starting from nothing reaches the same state.
        Client carol(path(QStringLiteral("carol-off")), QStringLiteral("carol"), m_server->url(), m_token);
        QTRY_COMPARE_WITH_TIMEOUT(carol.hash(id), alice.hash(id), 30000);
    }

    void serverKilledMidBatch()
    {
        Client alice(path(QStringLiteral("alice-kill")), QStringLiteral("alice"), m_server->url(), m_token);
        QTRY_COMPARE_WITH_TIMEOUT(alice.engine->state(), SyncEngine::State::Online, 10000);
        Error error;
        const QString id
            = alice.session->declareIncident(QStringLiteral("Kill drill"), Severity::Sev2, {}, &error);
        for (int i = 0; i < 200; ++i) {
            QVERIFY(alice.session->submit(
                alice.session->events().addNote(id, QStringLiteral("note %1").arg(i)), &error));
            if (i == 100)
                m_server->kill(); // kill -9 while batches are in flight
        }
        QVERIFY2(m_server->restart(), qPrintable(m_server->log()));
        alice.engine->reconnectNow();
        QTRY_COMPARE_WITH_TIMEOUT(alice.session->pendingCount(), 0, 60000);
        Client check(path(QStringLiteral("check-kill")), QStringLiteral("check"), m_server->url(), m_token);
        QTRY_COMPARE_WITH_TIMEOUT(check.hash(id), alice.hash(id), 30000);
        QCOMPARE(check.session->projection().incident(id)->eventCount(), 201);
    }

    void badTokenIsUnauthorized()
    {
        Client mallory(path(QStringLiteral("mallory")), QStringLiteral("mallory"), m_server->url(),
            QStringLiteral("wr_not-a-token"));
        QTRY_COMPARE_WITH_TIMEOUT(mallory.engine->state(), SyncEngine::State::Unauthorized, 10000);
        QVERIFY(!mallory.engine->detail().isEmpty());
        // Work goes on locally and waits in the outbox for a valid token.
        Error error;
        QVERIFY(!mallory.session->declareIncident(QStringLiteral("still saved"), Severity::Sev4, {}, &error)
                     .isEmpty());
        QCOMPARE(mallory.replica->outbox().count(), 1);
        mallory.engine->setServer(m_server->url(), m_token);
        QTRY_COMPARE_WITH_TIMEOUT(mallory.replica->outbox().count(), 0, 10000);
    }

private:
    QString path(const QString &name) const
    {
        return m_dir.filePath(name + QStringLiteral("-%1.sqlite").arg(m_n));
    }

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<WarroomdProcess> m_server;
    QString m_token;
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "testsyncengine.moc"
