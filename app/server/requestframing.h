// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QByteArray>

#include <optional>

namespace Warroom {

/// Follows the bytes of one connection as HTTP/1.1 requests, in front of QHttpServer 6.4, to know where each
/// request head begins and ends and to refuse what that parser gets wrong or dangerously lenient: a head over
/// the limit (it drops such headers and routes the rest), Content-Length and Transfer-Encoding together, a
/// second or malformed Content-Length, folded or nameless header lines, a request line that is not
/// METHOD SP target SP HTTP/1.x. Bodies are skipped by their framing (Content-Length or chunked), so the next
/// request's head on a keep-alive connection is judged too. It only reads; the caller answers and closes.
class RequestFraming
{
public:
    struct Limits
    {
        qsizetype maxHeadBytes = 32 * 1024; ///< request line and headers
        qint64 maxBodyBytes = 1024 * 1024; ///< a larger Content-Length is refused before its body arrives
    };

    RequestFraming() = default;
    explicit RequestFraming(const Limits &limits);

    /// Takes the next bytes of the connection; the refusal to answer (the connection is then done: nothing
    /// after it may be parsed), or nothing while all is well.
    [[nodiscard]] std::optional<ApiError> feed(const QByteArray &bytes);

    /// No byte of a request arrived since the last one ended (or since the connection opened).
    [[nodiscard]] bool betweenRequests() const { return m_state == State::Head && m_headBytes == 0; }
    /// Waiting for a request head to be complete: part of one arrived, or none yet on a new connection.
    [[nodiscard]] bool awaitingHead() const
    {
        return m_state == State::Head && (m_headBytes > 0 || m_heads == 0);
    }
    /// Bytes of the current, incomplete head.
    [[nodiscard]] qint64 headBytes() const { return m_headBytes; }

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailers };

    std::optional<ApiError> takeLine(const QByteArray &line);
    std::optional<ApiError> requestLine(const QByteArray &line);
    std::optional<ApiError> headerLine(const QByteArray &line);
    std::optional<ApiError> headEnded();
    void startHead();

    Limits m_limits;
    State m_state = State::Head;
    QByteArray m_line; ///< the line being read (head, chunk size, trailer)
    qint64 m_headBytes = 0;
    qint64 m_heads = 0;
    bool m_sawRequestLine = false;
    int m_contentLengths = 0;
    qint64 m_contentLength = 0;
    int m_transferEncodings = 0;
    qint64 m_remaining = 0; ///< of the body or the current chunk
};

} // namespace Warroom
