// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestframing.h"

#include <algorithm>
#include <limits>

namespace Warroom {

namespace {
// A chunk-size line is a hex number and maybe an extension; anything longer is not a client of ours.
constexpr qsizetype MaxChunkLineBytes = 1024;
// 18 decimal digits always fit in a qint64.
constexpr qsizetype MaxLengthDigits = 18;

ApiError malformed(const QString &message)
{
    return ApiError::badRequest(QStringLiteral("malformed_request"), message);
}

bool isDigits(const QByteArray &text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// A header name is an RFC 9110 token: no spaces (a space before the colon is a smuggling classic), no
/// separators, no control characters.
bool isToken(const QByteArray &name)
{
    static const QByteArray separators = QByteArrayLiteral("()<>@,;:\\\"/[]?={}");
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return uchar(c) > 0x20 && uchar(c) < 0x7f && !separators.contains(c);
    });
}

QString shown(const QByteArray &text)
{
    return QString::fromLatin1(text.left(40));
}
} // namespace

RequestFraming::RequestFraming(const Limits &limits)
    : m_limits(limits)
{ }

std::optional<ApiError> RequestFraming::feed(const QByteArray &bytes)
{
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        if (m_state == State::Body || m_state == State::ChunkData) {
            const qint64 take = std::min<qint64>(m_remaining, bytes.size() - pos);
            pos += take;
            m_remaining -= take;
            if (m_remaining == 0) {
                if (m_state == State::Body)
                    startHead();
                else
                    m_state = State::ChunkEnd;
            }
            continue;
        }
        const qsizetype newline = bytes.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? bytes.size() : newline + 1;
        m_line.append(bytes.constData() + pos, end - pos);
        const bool inHeaders = m_state == State::Head || m_state == State::Trailers;
        if (inHeaders)
            m_headBytes += end - pos;
        pos = end;
        if (inHeaders && m_headBytes > m_limits.maxHeadBytes) {
            return ApiError::headersTooLarge(
                QStringLiteral("The request line and headers are larger than %1 bytes.")
                    .arg(m_limits.maxHeadBytes));
        }
        if (!inHeaders && m_line.size() > MaxChunkLineBytes)
            return malformed(QStringLiteral("A chunk-size line of the chunked body is too long."));
        if (newline < 0)
            break;
        QByteArray line;
        line.swap(m_line);
        line.chop(line.endsWith("\r\n") ? 2 : 1);
        if (auto refusal = takeLine(line))
            return refusal;
    }
    return std::nullopt;
}

std::optional<ApiError> RequestFraming::takeLine(const QByteArray &line)
{
    switch (m_state) {
    case State::Head:
        if (!m_sawRequestLine) // an empty line before the request line is to be ignored (RFC 9112 §2.2)
            return line.isEmpty() ? std::nullopt : requestLine(line);
        return line.isEmpty() ? headEnded() : headerLine(line);
    case State::ChunkSize: {
        QByteArray size = line;
        const qsizetype extension = size.indexOf(';');
        if (extension >= 0)
            size.truncate(extension);
        size = size.trimmed();
        bool ok = false;
        const qint64 value = size.size() <= 15 ? size.toLongLong(&ok, 16) : -1;
        if (!ok || value < 0 || size.startsWith('+') || size.startsWith('-'))
            return malformed(
                QStringLiteral("A chunk of the chunked body does not start with its size in hex."));
        m_remaining = value;
        m_state = value == 0 ? State::Trailers : State::ChunkData;
        m_headBytes = 0;
        return std::nullopt;
    }
    case State::ChunkEnd:
        if (!line.isEmpty())
            return malformed(QStringLiteral("A chunk of the chunked body is longer than its size says."));
        m_state = State::ChunkSize;
        return std::nullopt;
    case State::Trailers:
        if (line.isEmpty())
            startHead();
        return std::nullopt;
    case State::Body:
    case State::ChunkData:
        break;
    }
    return std::nullopt;
}

std::optional<ApiError> RequestFraming::requestLine(const QByteArray &line)
{
    m_sawRequestLine = true;
    const QList<QByteArray> parts = line.split(' ');
    const auto refused = [] {
        return malformed(QStringLiteral(
            "The request does not start with an HTTP/1.1 request line (METHOD /path HTTP/1.1)."));
    };
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(0).size() > 16 || parts.at(1).isEmpty()
        || (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0"))
        return refused();
    for (char c : parts.at(0)) {
        if (c < 'A' || c > 'Z')
            return refused();
    }
    for (char c : parts.at(1)) {
        if (uchar(c) <= 0x20 || c == 0x7f)
            return refused();
    }
    return std::nullopt;
}

std::optional<ApiError> RequestFraming::headerLine(const QByteArray &line)
{
    if (line.startsWith(' ') || line.startsWith('\t'))
        return malformed(
            QStringLiteral("A header line starts with a space (obsolete line folding); send each "
                           "header on one line."));
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = line.left(std::max<qsizetype>(colon, 0));
    if (!isToken(name))
        return malformed(
            QStringLiteral("The header line \"%1\" is not NAME: VALUE (no spaces before the colon).")
                .arg(shown(line)));
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
        if (++m_contentLengths > 1)
            return malformed(QStringLiteral("The request has more than one Content-Length header."));
        if (!isDigits(value))
            return malformed(
                QStringLiteral("Content-Length must be a number of bytes, digits only (got \"%1\").")
                    .arg(shown(value)));
        m_contentLength
            = value.size() > MaxLengthDigits ? std::numeric_limits<qint64>::max() : value.toLongLong();
        if (m_contentLength > m_limits.maxBodyBytes)
            return ApiError::payloadTooLarge(
                QStringLiteral("The request announces a body of %1 bytes; send at most 1 MiB per request "
                               "(split the batch).")
                    .arg(shown(value)));
    } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
        if (++m_transferEncodings > 1 || value.compare("chunked", Qt::CaseInsensitive) != 0)
            return malformed(
                QStringLiteral("Transfer-Encoding must be given once, as \"chunked\" (got \"%1\").")
                    .arg(shown(value)));
    }
    return std::nullopt;
}

std::optional<ApiError> RequestFraming::headEnded()
{
    if (m_contentLengths > 0 && m_transferEncodings > 0)
        return malformed(
            QStringLiteral("Content-Length and Transfer-Encoding together leave the length of the "
                           "body ambiguous; send one of them."));
    ++m_heads;
    if (m_transferEncodings > 0) {
        m_state = State::ChunkSize;
    } else if (m_contentLength > 0) {
        m_state = State::Body;
        m_remaining = m_contentLength;
    } else {
        startHead();
    }
    return std::nullopt;
}

void RequestFraming::startHead()
{
    m_state = State::Head;
    m_headBytes = 0;
    m_sawRequestLine = false;
    m_contentLengths = 0;
    m_contentLength = 0;
    m_transferEncodings = 0;
    m_remaining = 0;
}

} // namespace Warroom
