// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestframing.h"

#include <QTest>

using Warroom::ApiError;
using Warroom::RequestFraming;

namespace {

/// Feeds @p bytes in pieces of @p piece bytes (1: as a slowloris sends them); the first refusal, if any.
std::optional<ApiError> feedInPieces(RequestFraming &framing, const QByteArray &bytes, qsizetype piece)
{
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        if (std::optional<ApiError> refusal = framing.feed(bytes.mid(at, piece)))
            return refusal;
    }
    return std::nullopt;
}

} // namespace

/// RequestFraming on its own: where request heads begin and end on a keep-alive connection, however the bytes
/// are split, and which heads it refuses.
class TestRequestFraming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepAliveSequence_data();
    void keepAliveSequence();
    void waitingStates();
    void refusals_data();
    void refusals();
};

void TestRequestFraming::keepAliveSequence_data()
{
    QTest::addColumn<qsizetype>("piece");
    QTest::newRow("whole") << qsizetype(1 << 20);
    QTest::newRow("byte by byte") << qsizetype(1);
    QTest::newRow("7 bytes") << qsizetype(7);
}

void TestRequestFraming::keepAliveSequence()
{
    QFETCH(qsizetype, piece);
    // A body with Content-Length that looks like a request head, a chunked body with an extension and a
    // trailer, an empty line between requests, then a plain GET: none of it is refused.
    const QByteArray sequence
        = "POST /a HTTP/1.1\r\nContent-Length: 31\r\n\r\nGET /x HTTP/1.1\r\nBad Header\r\n\r\n"
          "POST /b HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
          "5;name=value\r\nhello\r\n10\r\n0123456789abcdef\r\n0\r\nX-Trailer: t\r\n\r\n"
          "\r\nGET /c HTTP/1.0\n\n";
    QCOMPARE(sequence.indexOf("POST /b") - sequence.indexOf("GET /x"), 31);
    RequestFraming framing;
    const std::optional<ApiError> refusal = feedInPieces(framing, sequence, piece);
    QVERIFY2(!refusal, refusal ? qPrintable(refusal->message) : "");
    QVERIFY(framing.betweenRequests());
    QVERIFY(!framing.awaitingHead());
}

void TestRequestFraming::waitingStates()
{
    RequestFraming framing;
    QVERIFY(framing.awaitingHead()); // a new connection owes its first head
    QVERIFY(!framing.feed("GET / HTTP/1.1\r\nHost: x"));
    QVERIFY(framing.awaitingHead());
    QVERIFY(!framing.betweenRequests());
    QCOMPARE(framing.headBytes(), qint64(23));
    QVERIFY(!framing.feed("\r\n\r\nPOST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nab"));
    QVERIFY(!framing.awaitingHead()); // in the body
    QVERIFY(!framing.feed("c"));
    QVERIFY(framing.betweenRequests());
    QVERIFY(!framing.awaitingHead()); // an idle keep-alive connection owes nothing
}

void TestRequestFraming::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    const QByteArray get = "GET / HTTP/1.1\r\n";
    QTest::newRow("head over 32 KiB") << get + "X: " + QByteArray(33 * 1024, 'a') << 431;
    QTest::newRow("endless empty lines") << QByteArray(40 * 1024, '\n') << 431;
    QTest::newRow("trailers over 32 KiB") << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: "
            + QByteArray(33 * 1024, 'a') << 431;
    QTest::newRow("length and chunked") << get + "Content-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                        << 400;
    QTest::newRow("two lengths") << get + "Content-Length: 1\r\ncontent-length: 2\r\n" << 400;
    QTest::newRow("negative length") << get + "Content-Length: -5\r\n" << 400;
    QTest::newRow("hex length") << get + "Content-Length: 0x10\r\n" << 400;
    QTest::newRow("empty length") << get + "Content-Length:\r\n" << 400;
    QTest::newRow("20 digits") << get + "Content-Length: 12345678901234567890\r\n" << 413;
    QTest::newRow("over the body limit") << get + "Content-Length: 2000000\r\n" << 413;
    QTest::newRow("identity coding") << get + "Transfer-Encoding: identity\r\n" << 400;
    QTest::newRow("space before colon") << get + "Transfer-Encoding : chunked\r\n" << 400;
    QTest::newRow("no colon") << get + "Just words\r\n" << 400;
    QTest::newRow("folded") << get + "X: a\r\n\tb\r\n" << 400;
    QTest::newRow("bad request line") << QByteArray("GET /a b HTTP/1.1\r\n") << 400;
    QTest::newRow("second request bad") << get + "\r\nget / HTTP/1.1\r\n" << 400;
    QTest::newRow("bad chunk size") << QByteArray(
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                    << 400;
    QTest::newRow("chunk longer than said")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n") << 400;
}

void TestRequestFraming::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    for (const qsizetype piece : {qsizetype(1 << 20), qsizetype(1)}) {
        RequestFraming framing;
        const std::optional<ApiError> refusal = feedInPieces(framing, bytes, piece);
        QVERIFY2(refusal, qPrintable(QStringLiteral("piece %1").arg(piece)));
        QCOMPARE(refusal->status, status);
        QCOMPARE(refusal->code,
            status == 431 ? QStringLiteral("headers_too_large")
                          : (status == 413 ? QStringLiteral("payload_too_large")
                                           : QStringLiteral("malformed_request")));
    }
}

QTEST_GUILESS_MAIN(TestRequestFraming)
#include "testrequestframing.moc"
