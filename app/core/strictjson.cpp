// SPDX-License-Identifier: GPL-3.0-or-later
#include "strictjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <vector>

namespace Warroom {
namespace {

QString joinPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString indexPath(const QString &parent, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(parent).arg(index);
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// Walks the raw bytes for what QJsonDocument hides: equal keys in one object and raw NUL bytes. It follows
/// the structure only as far as it is well formed; at the first thing it does not understand it stops and
/// leaves the verdict to QJsonDocument. No recursion, and no deeper than QJsonDocument reads (the nesting
/// depth is the sender's choice); paths are built only for an error, so memory stays linear in the body.
class RawScanner
{
public:
    explicit RawScanner(const QByteArray &bytes)
        : m_bytes(bytes)
    { }

    [[nodiscard]] Error scan()
    {
        skipSpace();
        if (!startValue())
            return m_error;
        while (!m_frames.empty() && !m_error) {
            skipSpace();
            if (!step())
                return m_error;
        }
        skipSpace();
        if (!atEnd() && peek() == '\0')
            nulAt();
        return m_error;
    }

private:
    /// Qt's parser refuses documents nested deeper than this (qjsonparser.cpp, nestingLimit).
    static constexpr size_t MaxDepth = 1024;

    struct Frame
    {
        bool isObject = false;
        QSet<QString> keys;
        QString key; ///< object: the key of the member being read, once hasKey
        bool hasKey = false;
        qsizetype count = 0; ///< members or elements begun
        bool expectValue = false;
    };

    [[nodiscard]] bool atEnd() const { return m_at >= m_bytes.size(); }
    [[nodiscard]] char peek() const { return atEnd() ? '\0' : m_bytes.at(m_at); }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_at;
    }

    /// Where the scanner is, as a JSON path: "events[2].data.title".
    [[nodiscard]] QString path() const
    {
        QString path;
        for (const Frame &frame : m_frames) {
            if (frame.isObject && frame.hasKey)
                path = joinPath(path, frame.key);
            else if (!frame.isObject && frame.count > 0)
                path = indexPath(path, frame.count - 1);
        }
        return path;
    }

    /// Reads a scalar here, or opens a container. False when the bytes stop making sense.
    bool startValue()
    {
        switch (peek()) {
        case '{':
        case '[':
            if (m_frames.size() >= MaxDepth)
                return false;
            m_frames.push_back({});
            m_frames.back().isObject = peek() == '{';
            ++m_at;
            return true;
        case '"': {
            QString ignored;
            return readString(&ignored);
        }
        default:
            while (!atEnd() && QByteArrayView("{}[],: \t\r\n\"").indexOf(peek()) < 0) {
                if (peek() == '\0')
                    return nulAt();
                ++m_at;
            }
            return true;
        }
    }

    /// One token inside the innermost container. (startValue may push a frame: no reference outlives it.)
    bool step()
    {
        Frame &frame = m_frames.back();
        if (frame.expectValue) {
            frame.expectValue = false;
            return startValue();
        }
        const char c = peek();
        if (c == (frame.isObject ? '}' : ']')) {
            ++m_at;
            m_frames.pop_back();
            return true;
        }
        if (frame.count > 0) {
            if (c != ',')
                return false;
            ++m_at;
            skipSpace();
        }
        ++frame.count;
        if (!frame.isObject)
            return startValue();
        frame.hasKey = false;
        QString key;
        if (peek() != '"' || !readString(&key))
            return false;
        frame.key = key;
        frame.hasKey = true;
        if (frame.keys.contains(key)) {
            const QString here = path();
            m_error = {QStringLiteral("duplicate_key"), here,
                QStringLiteral("%1: the key \"%2\" appears twice in one object; send it once.")
                    .arg(here.left(200), key.left(64))};
            return false;
        }
        frame.keys.insert(key);
        skipSpace();
        if (peek() != ':')
            return false;
        ++m_at;
        skipSpace();
        frame.expectValue = true;
        return true;
    }

    bool nulAt()
    {
        const QString here = path();
        m_error = {QStringLiteral("invalid_encoding"), here,
            QStringLiteral("%1: a raw NUL byte at offset %2; text cannot hold NUL characters.")
                .arg(here.isEmpty() ? QStringLiteral("the body") : here.left(200))
                .arg(m_at)};
        return false;
    }

    /// Reads the string at m_at (the opening quote) into @p out with its escapes decoded, enough to compare
    /// keys; QJsonDocument checks the rest.
    bool readString(QString *out)
    {
        ++m_at;
        qsizetype runStart = m_at;
        const auto flush = [&] {
            out->append(QString::fromUtf8(m_bytes.constData() + runStart, m_at - runStart));
        };
        while (!atEnd()) {
            const char c = m_bytes.at(m_at);
            if (c == '\0')
                return nulAt();
            if (c == '"') {
                flush();
                ++m_at;
                return true;
            }
            if (c != '\\') {
                ++m_at;
                continue;
            }
            flush();
            if (m_at + 1 >= m_bytes.size())
                return false;
            const char escaped = m_bytes.at(m_at + 1);
            m_at += 2;
            if (escaped == 'u') {
                char16_t unit = 0;
                for (int i = 0; i < 4; ++i, ++m_at) {
                    const int digit = atEnd() ? -1 : hexDigit(peek());
                    if (digit < 0)
                        return false;
                    unit = char16_t(unit * 16 + digit);
                }
                out->append(QChar(unit)); // UTF-16 units: a surrogate pair joins up by itself
            } else {
                const qsizetype simple = QByteArrayView("bfnrt").indexOf(escaped);
                out->append(simple >= 0 ? QLatin1Char("\b\f\n\r\t"[simple]) : QLatin1Char(escaped));
            }
            runStart = m_at;
        }
        return false;
    }

    const QByteArray &m_bytes;
    qsizetype m_at = 0;
    std::vector<Frame> m_frames;
    Error m_error;
};

/// The first key or string holding a NUL or an unpaired surrogate, as a path; empty when there is none.
QString badTextPath(const QJsonValue &value, const QString &path, bool *isNul)
{
    const auto bad = [isNul](QStringView text) {
        *isNul = text.contains(QChar(0));
        return *isNul || !text.isValidUtf16();
    };
    if (value.isString())
        return bad(value.toString()) ? path : QString();
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString found = badTextPath(array.at(i), indexPath(path, i), isNul);
            if (!found.isEmpty())
                return found;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = joinPath(path, it.key());
            if (bad(it.key()))
                return child;
            const QString found = badTextPath(it.value(), child, isNul);
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

} // namespace

namespace StrictJson {

std::optional<QJsonDocument> parse(const QByteArray &bytes, Error *error)
{
    if (Error raw = RawScanner(bytes).scan()) {
        *error = raw;
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = {QStringLiteral("malformed_json"), {},
            QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                .arg(parseError.errorString())
                .arg(parseError.offset)};
        return std::nullopt;
    }
    bool isNul = false;
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (const QString path = badTextPath(root, {}, &isNul); !path.isEmpty()) {
        const QString place = path.isEmpty() ? QStringLiteral("the body") : path;
        *error = {QStringLiteral("invalid_encoding"), path,
            isNul ? QStringLiteral("%1: the text holds a NUL character (\\u0000); text cannot hold NUL.")
                        .arg(place)
                  : QStringLiteral(
                      "%1: the text holds an unpaired UTF-16 surrogate (\\uD800–\\uDFFF escape) and "
                      "is not valid Unicode.")
                        .arg(place)};
        return std::nullopt;
    }
    return document;
}

} // namespace StrictJson
} // namespace Warroom
