// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveryqueue.h"
#include "receiverprocess.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Warroom;

/// The queue against a real HTTP receiver process: what reaches it, how often, and how far apart. Timing
/// bounds are generous on the slow side (a loaded CI machine) and strict on the fast side (a retry or a
/// second post must never come early).
class TestDeliveryQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void deliversAtOnce();
    void retriesServerErrorsWithBackoff();
    void honoursRetryAfter();
    void spacesPostsToOneChannel();
    void timesOutAHangingReceiver();
    void givesUpAfterMaxAttempts();
    void doesNotRetryClientErrors();
    void retriesWhenNobodyListens();
    void scrubsTheUrlFromErrors();
    void backoffIsCapped();

private:
    /// A policy with short waits, so the whole test takes seconds.
    static DeliveryPolicy fastPolicy();
    DeliveryRequest request(
        const QString &path, const QByteArray &body = QByteArrayLiteral("{\"text\":\"hi\"}"));
    static QList<qint64> times(const QList<QJsonObject> &requests);

    QNetworkAccessManager m_network;
    ReceiverProcess m_receiver;
    int m_serial = 0;
};

DeliveryPolicy TestDeliveryQueue::fastPolicy()
{
    DeliveryPolicy policy;
    policy.maxAttempts = 4;
    policy.firstBackoffMs = 200;
    policy.maxBackoffMs = 800;
    policy.minIntervalMs = 100;
    policy.timeoutMs = 5000;
    policy.maxRetryAfterMs = 5000;
    return policy;
}

void TestDeliveryQueue::initTestCase()
{
    qRegisterMetaType<DeliveryRecord>();
    QVERIFY(m_receiver.start());
}

DeliveryRequest TestDeliveryQueue::request(const QString &path, const QByteArray &body)
{
    DeliveryRequest request;
    request.record.id = QString::number(++m_serial);
    request.record.incident = QStringLiteral("i");
    request.record.channel = QStringLiteral("#ops");
    request.record.text = QStringLiteral("hi");
    request.url = m_receiver.url(path);
    request.body = body;
    return request;
}

QList<qint64> TestDeliveryQueue::times(const QList<QJsonObject> &requests)
{
    QList<qint64> result;
    for (const QJsonObject &r : requests)
        result.append(qint64(r.value(QStringLiteral("t_ms")).toDouble()));
    return result;
}

void TestDeliveryQueue::deliversAtOnce()
{
    DeliveryQueue queue(QStringLiteral("#ops"), &m_network);
    queue.setPolicy(fastPolicy());
    QSignalSpy finished(&queue, &DeliveryQueue::finished);
    const QByteArray body = QStringLiteral("{\"text\":\"Déploiement 🚀 & <ok>\"}").toUtf8();
    queue.enqueue(request(QStringLiteral("/ok/first"), body));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const auto record = finished.constFirst().constFirst().value<DeliveryRecord>();
    QCOMPARE(record.state, DeliveryState::Delivered);
    QCOMPARE(record.httpStatus, 200);
    QCOMPARE(record.attempts, 1);
    QVERIFY(record.error.isEmpty());

    const QList<QJsonObject> got = m_receiver.requests(QStringLiteral("/ok/first"));
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.constFirst().value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(got.constFirst().value(QStringLiteral("body")).toString().toUtf8(), body);
    const QJsonObject headers = got.constFirst().value(QStringLiteral("headers")).toObject();
    QCOMPARE(headers.value(QStringLiteral("content-type")).toString(), QStringLiteral("application/json"));
    QVERIFY(headers.value(QStringLiteral("user-agent")).toString().startsWith(QStringLiteral("Warroom/")));
    QCOMPARE(queue.pending(), 0);
}

void TestDeliveryQueue::retriesServerErrorsWithBackoff()
{
    DeliveryQueue queue(QStringLiteral("#ops"), &m_network);
    queue.setPolicy(fastPolicy());
    QSignalSpy changed(&queue, &DeliveryQueue::changed);
    QSignalSpy finished(&queue, &DeliveryQueue::finished);
    const QString path = QStringLiteral("/fail/2/backoff");
    queue.enqueue(request(path));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const auto record = finished.constFirst().constFirst().value<DeliveryRecord>();
    QCOMPARE(record.state, DeliveryState::Delivered);
    QCOMPARE(record.attempts, 3);
    QCOMPARE(record.httpStatus, 200);

    // The waits were announced: 200 ms after the first failure, 400 ms after the second.
    QList<int> waits;
    for (const QList<QVariant> &args : changed) {
        const auto r = args.constFirst().value<DeliveryRecord>();
        if (r.state == DeliveryState::Waiting) {
            waits.append(r.retryInMs);
            QCOMPARE(r.httpStatus, 500);
            QVERIFY2(r.error.startsWith(QStringLiteral("HTTP 500 Internal Server Error: boom")),
                qPrintable(r.error));
        }
    }
    QCOMPARE(waits, (QList<int> {200, 400}));
    // And kept: the receiver saw the attempts at least that far apart (generous on the slow side).
    const QList<qint64> at = times(m_receiver.requests(path));
    QCOMPARE(at.size(), 3);
    QVERIFY2(at[1] - at[0] >= 190 && at[1] - at[0] < 3000, qPrintable(QString::number(at[1] - at[0])));
    QVERIFY2(at[2] - at[1] >= 390 && at[2] - at[1] < 3000, qPrintable(QString::number(at[2] - at[1])));
}

void TestDeliveryQueue::honoursRetryAfter()
{
    DeliveryQueue queue(QStringLiteral("#ops"), &m_network);
    queue.setPolicy(fastPolicy()); // backoff 200 ms, but the receiver asks for 1 s
    QSignalSpy finished(&queue, &DeliveryQueue::finished);
    const QString path = QStringLiteral("/busy/1/retry-after");
    queue.enqueue(request(path));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const auto record = finished.constFirst().constFirst().value<DeliveryRecord>();
    QCOMPARE(record.state, DeliveryState::Delivered);
    QCOMPARE(record.attempts, 2);
    const QList<qint64> at = times(m_receiver.requests(path));
    QCOMPARE(at.size(), 2);
    QVERIFY2(at[1] - at[0] >= 990 && at[1] - at[0] < 5000, qPrintable(QString::number(at[1] - at[0])));
}

void TestDeliveryQueue::spacesPostsToOneChannel()
{
    DeliveryQueue queue(QStringLiteral("#ops"), &m_network);
    DeliveryPolicy policy = fastPolicy();
    policy.minIntervalMs = 600;
    queue.setPolicy(policy);
    QSignalSpy finished(&queue, &DeliveryQueue::finished);
    const QString path = QStringLiteral("/ok/spacing");
    for (int i = 0; i < 3; ++i)
        queue.enqueue(request(path, QStringLiteral("{\"n\":%1}").arg(i).toUtf8()));
    QCOMPARE(queue.pending(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 15000);
    const QList<QJsonObject> got = m_receiver.requests(path);
    QCOMPARE(got.size(), 3);
    // In order, and never two within the rate limit.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(got.at(i).value(QStringLiteral("body")).toString(), QStringLiteral("{\"n\":%1}").arg(i));
    const QList<qint64> at = times(got);
    QVERIFY2(at[1] - at[0] >= 590, qPrintable(QString::number(at[1] - at[0])));
    QVERIFY2(at[2] - at[1] >= 590, qPrintable(QString::number(at[2] - at[1])));
    QVERIFY2(at[2] - at[0] < 6000, qPrintable(QString::number(at[2] - at[0])));
}

void TestDeliveryQueue::timesOutAHangingReceiver()
{
    DeliveryQueue queue(QStringLiteral("#ops"), &m_network);
    DeliveryPolicy policy = fastPolicy();
    policy.timeoutMs = 700;
    policy.maxAttempts = 2;
    queue.setPolicy(policy);
    QSignalSpy finished(&queue, &DeliveryQueue::finished);
    QElapsedTimer elapsed;
    elapsed.start();
    const QString path = QStringLiteral("/hang/forever");
    queue.enqueue(request(path));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const auto record = finished.constFirst().constFirst().value<DeliveryRecord>();
    QCOMPARE(record.state, DeliveryState::Failed);
    QCOMPARE(record.attempts, 2);
    QCOMPARE(record.httpStatus, 0);
    QVERIFY2(record.error.contains(QStringLiteral("No answer within 0.7 s")), qPrintable(record.error));
    QVERIFY2(record.error.startsWith(QStringLiteral("Gave up after 2 attempts")), qPrintable(record.error));
    QCOMPARE(m_receiver.requests(path).size(), 2);
    // Two timeouts and one backoff: at least 0.7 + 0.2 + 0.7 s.
    QVERIFY2(elapsed.elapsed() >= 1550, qPrintable(QString::number(elapsed.elapsed())));
}

void TestDeliveryQueue::givesUpAfterMaxAttempts()
{
    DeliveryQueue queue(QStringLiteral("#ops"), &m_network);
    queue.setPolicy(fastPolicy());
    QSignalSpy finished(&queue, &DeliveryQueue::finished);
    const QString path = QStringLiteral("/status/503/always");
    queue.enqueue(request(path));
    queue.enqueue(request(QStringLiteral("/ok/after-a-failure")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    const auto failed = finished.at(0).constFirst().value<DeliveryRecord>();
    QCOMPARE(failed.state, DeliveryState::Failed);
    QCOMPARE(failed.attempts, 4);
    QCOMPARE(failed.httpStatus, 503);
    QCOMPARE(failed.error, QStringLiteral("Gave up after 4 attempts: HTTP 503 Status: status 503"));
    QCOMPARE(m_receiver.requests(path).size(), 4);
    // The queue goes on with the next message.
    QCOMPARE(finished.at(1).constFirst().value<DeliveryRecord>().state, DeliveryState::Delivered);
}

void TestDeliveryQueue::doesNotRetryClientErrors()
{
    DeliveryQueue queue(QStringLiteral("#ops"), &m_network);
    queue.setPolicy(fastPolicy());
    QSignalSpy finished(&queue, &DeliveryQueue::finished);
    const QString path = QStringLiteral("/deleted-webhook");
    queue.enqueue(request(path));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const auto record = finished.constFirst().constFirst().value<DeliveryRecord>();
    QCOMPARE(record.state, DeliveryState::Failed);
    QCOMPARE(record.attempts, 1);
    QCOMPARE(record.httpStatus, 404);
    QCOMPARE(record.error, QStringLiteral("HTTP 404 Not Found: no_service"));
    QCOMPARE(m_receiver.requests(path).size(), 1);
}

void TestDeliveryQueue::retriesWhenNobodyListens()
{
    // A port that was free a moment ago: connection refused, a network error worth retrying.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    DeliveryQueue queue(QStringLiteral("#ops"), &m_network);
    DeliveryPolicy policy = fastPolicy();
    policy.maxAttempts = 3;
    queue.setPolicy(policy);
    QSignalSpy finished(&queue, &DeliveryQueue::finished);
    DeliveryRequest r = request(QStringLiteral("/x"));
    r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/services/T0AB12CD/B0EF34GH/secretTOKEN123").arg(port));
    queue.enqueue(r);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const auto record = finished.constFirst().constFirst().value<DeliveryRecord>();
    QCOMPARE(record.state, DeliveryState::Failed);
    QCOMPARE(record.attempts, 3);
    QCOMPARE(record.httpStatus, 0);
    QVERIFY2(record.error.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(record.error));
    QVERIFY2(!record.error.contains(QStringLiteral("secretTOKEN123")), qPrintable(record.error));
}

void TestDeliveryQueue::scrubsTheUrlFromErrors()
{
    DeliveryQueue queue(QStringLiteral("#ops"), &m_network);
    DeliveryPolicy policy = fastPolicy();
    policy.maxAttempts = 1;
    queue.setPolicy(policy);
    QSignalSpy finished(&queue, &DeliveryQueue::finished);
    // The receiver quotes the path it was called on, secret token and all.
    const QString path = QStringLiteral("/quote/T0AB12CD/B0EF34GH/xoxbSECRETtoken42");
    queue.enqueue(request(path));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const auto record = finished.constFirst().constFirst().value<DeliveryRecord>();
    QCOMPARE(record.httpStatus, 500);
    QVERIFY2(!record.error.contains(QStringLiteral("xoxbSECRETtoken42")), qPrintable(record.error));
    QVERIFY2(!record.error.contains(QStringLiteral("B0EF34GH")), qPrintable(record.error));
    QVERIFY2(record.error.contains(QStringLiteral("[webhook URL]")), qPrintable(record.error));
}

void TestDeliveryQueue::backoffIsCapped()
{
    DeliveryPolicy policy;
    policy.firstBackoffMs = 1000;
    policy.maxBackoffMs = 30000;
    QCOMPARE(DeliveryQueue::backoffMs(policy, 1), 1000);
    QCOMPARE(DeliveryQueue::backoffMs(policy, 2), 2000);
    QCOMPARE(DeliveryQueue::backoffMs(policy, 5), 16000);
    QCOMPARE(DeliveryQueue::backoffMs(policy, 6), 30000);
    QCOMPARE(DeliveryQueue::backoffMs(policy, 60), 30000);
}

QTEST_GUILESS_MAIN(TestDeliveryQueue)
#include "testdeliveryqueue.moc"
