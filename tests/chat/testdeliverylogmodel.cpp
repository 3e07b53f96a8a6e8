// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatsender.h"
#include "deliverylogmodel.h"
#include "session.h"
#include "sqlitestore.h"
#include "webhooksecrets.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Warroom;

/// The log joins this client's deliveries (with attempts) and the chat.posted events of the incident (from
/// anyone), without showing one delivery twice.
class TestDeliveryLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsLoggedAndLiveDeliveries()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        Error error;
        auto store = SqliteStore::open(dir.filePath(QStringLiteral("w.sqlite")), &error);
        QVERIFY(store);
        Session session(std::move(store), QStringLiteral("lena"));
        QVERIFY(session.load(&error));
        const QString incident
            = session.declareIncident(QStringLiteral("DB down"), Severity::Sev2, {}, &error);
        const QString other = session.declareIncident(QStringLiteral("Other"), Severity::Sev4, {}, &error);
        // Posted by another client earlier.
        QVERIFY(session.submit(EventFactory(QStringLiteral("marco"))
                                   .chatPosted(incident, QStringLiteral("#eng"), QStringLiteral("hi"),
                                       QStringLiteral("failed"), 503, QStringLiteral("HTTP 503")),
            &error));

        QNetworkAccessManager network;
        WebhookSecrets secrets(nullptr);
        ChatSender sender(&session, &network, &secrets);
        DeliveryLogModel model(&session, &sender);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setIncident(incident);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, DeliveryLogModel::ChannelColumn).data().toString(), QStringLiteral("#eng"));
        QCOMPARE(model.index(0, DeliveryLogModel::OutcomeColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.index(0, DeliveryLogModel::HttpStatusColumn).data().toString(), QStringLiteral("503"));
        QCOMPARE(model.index(0, DeliveryLogModel::AttemptsColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(0, DeliveryLogModel::ErrorColumn).data().toString(), QStringLiteral("HTTP 503"));
        QVERIFY(model.index(0, 0).data(DeliveryLogModel::FailedRole).toBool());

        // A send of ours (no URL: it fails at once) is one row, not two, once its event is folded.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy finished(&sender, &ChatSender::deliveryFinished);
        sender.send(incident, {QStringLiteral("#ops"), ChatKind::Slack, true}, "{}", QStringLiteral("text"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(0, DeliveryLogModel::OutcomeColumn).data().toString(),
            QStringLiteral("Looking up URL"));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, DeliveryLogModel::ChannelColumn).data().toString(), QStringLiteral("#ops"));
        QCOMPARE(model.index(0, DeliveryLogModel::OutcomeColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.index(0, DeliveryLogModel::AttemptsColumn).data().toString(), QStringLiteral("—"));

        // A test message shows as one.
        sender.send(
            incident, {QStringLiteral("#ops"), ChatKind::Slack, true}, "{}", QStringLiteral("t"), false);
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, DeliveryLogModel::OutcomeColumn).data().toString(),
            QStringLiteral("Failed (test)"));

        // Another incident's deliveries are not in this log.
        sender.send(other, {QStringLiteral("#ops"), ChatKind::Slack, true}, "{}", QStringLiteral("x"));
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(model.rowCount(), 3);
        model.setIncident(other);
        QCOMPARE(model.rowCount(), 1);
        model.setIncident({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryLogModel)
#include "testdeliverylogmodel.moc"
