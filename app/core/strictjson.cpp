// SPDX-License-Identifier: GPL-3.0-or-later
#include "strictjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>
#include <deque>
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

/// The refusal of a key or string holding a NUL character or an unpaired UTF-16 surrogate at @p path.
Error badText(const QString &path, bool isNul)
{
    const QString place = path.isEmpty() ? QStringLiteral("the body") : path.left(200);
    return {QStringLiteral("invalid_encoding"), path,
        isNul
            ? QStringLiteral("%1: the text holds a NUL character (\\u0000); text cannot hold NUL.").arg(place)
            : QStringLiteral("%1: the text holds an unpaired UTF-16 surrogate (\\uD800–\\uDFFF escape) and "
                             "is not valid Unicode.")
                  .arg(place)};
}

/// Walks the raw bytes for what QJsonDocument hides: equal keys in one object, raw NUL bytes, and NUL or
/// unpaired surrogates spelled as \u escapes. It follows the structure only as far as it is well formed; at
/// the first thing it does not understand it stops and leaves the verdict to QJsonDocument (complete()
/// says whether it saw everything). No recursion, and no deeper than QJsonDocument reads (the nesting depth
/// is the sender's choice). It runs on every request body, so it allocates little: keys are views into the
/// body unless escaped, values are not decoded, and paths are built only for an error.
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
        m_complete = !m_error && m_frames.empty();
        return m_error;
    }
    /// Whether every key and string of the body was checked (the scan did not stop early).
    [[nodiscard]] bool complete() const { return m_complete; }

private:
    /// Qt's parser refuses documents nested deeper than this (qjsonparser.cpp, nestingLimit).
    static constexpr size_t MaxDepth = 1024;
    /// Keys of one object compared one by one up to this many; a hash beyond (a large object).
    static constexpr qsizetype LinearKeys = 16;

    enum class Text { Fine, Nul, Surrogate };

    struct Frame
    {
        bool isObject = false;
        QVarLengthArray<QByteArrayView, LinearKeys> keys; ///< UTF-8, escapes decoded
        QSet<QByteArrayView> manyKeys; ///< all of them, once there are more than LinearKeys
        QByteArrayView key; ///< object: the key of the member being read, once hasKey
        QString escapedKey; ///< that key decoded, when it had escapes (for its path: exact, surrogates too)
        bool hasKey = false;
        qsizetype count = 0; ///< members or elements begun
        bool expectValue = false;

        /// Adds @p name; false when the object has it already.
        bool addKey(QByteArrayView name)
        {
            if (!manyKeys.isEmpty()) {
                const auto before = manyKeys.size();
                manyKeys.insert(name);
                return manyKeys.size() != before;
            }
            if (std::find(keys.cbegin(), keys.cend(), name) != keys.cend())
                return false;
            keys.append(name);
            if (keys.size() > LinearKeys)
                manyKeys = QSet<QByteArrayView>(keys.cbegin(), keys.cend());
            return true;
        }
    };

    [[nodiscard]] bool atEnd() const { return m_at >= m_bytes.size(); }
    [[nodiscard]] char peek() const { return atEnd() ? '\0' : m_bytes.at(m_at); }

    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    /// Where a number, true, false or null ends.
    static bool endsScalar(char c)
    {
        return isSpace(c) || c == ',' || c == '}' || c == ']' || c == ':' || c == '{' || c == '[' || c == '"';
    }

    void skipSpace()
    {
        while (!atEnd() && isSpace(peek()))
            ++m_at;
    }

    /// Where the scanner is, as a JSON path: "events[2].data.title".
    [[nodiscard]] QString path() const
    {
        QString path;
        for (const Frame &frame : m_frames) {
            if (frame.isObject && frame.hasKey)
                path = joinPath(
                    path, frame.escapedKey.isNull() ? QString::fromUtf8(frame.key) : frame.escapedKey);
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
            m_frames.emplace_back();
            m_frames.back().isObject = peek() == '{';
            ++m_at;
            return true;
        case '"': {
            Text text = Text::Fine;
            if (!readString(nullptr, nullptr, &text))
                return false;
            if (text != Text::Fine) // a value: only its place matters, Qt decodes it
                return refuseText(text);
            return true;
        }
        default:
            while (!atEnd() && !endsScalar(peek())) {
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
        Text text = Text::Fine;
        QByteArrayView key;
        QString escapedKey;
        if (peek() != '"' || !readString(&key, &escapedKey, &text))
            return false;
        frame.key = key;
        frame.escapedKey = escapedKey;
        frame.hasKey = true;
        if (text != Text::Fine)
            return refuseText(text);
        if (!frame.addKey(key)) {
            const QString here = path();
            m_error = {QStringLiteral("duplicate_key"), here,
                QStringLiteral("%1: the key \"%2\" appears twice in one object; send it once.")
                    .arg(here.left(200), QString::fromUtf8(key).left(64))};
            return false;
        }
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

    bool refuseText(Text text)
    {
        m_error = badText(path(), text == Text::Nul);
        return false;
    }

    /// Reads the string at m_at (the opening quote). A key (@p key not null) comes out as UTF-8 with its
    /// escapes decoded, enough to compare keys: a view into the body when it has none. @p text says whether
    /// an escape spelled a NUL or an unpaired surrogate; @p escapedKey gets a key with escapes decoded.
    /// QJsonDocument checks the rest.
    bool readString(QByteArrayView *key, QString *escapedKey, Text *text)
    {
        const qsizetype begin = ++m_at;
        QString decoded; // only for a key with escapes
        qsizetype runStart = m_at;
        bool escaped = false;
        char16_t pendingHigh = 0; // a high surrogate waiting for its low half
        const auto flush = [&] {
            if (key)
                decoded.append(QString::fromUtf8(m_bytes.constData() + runStart, m_at - runStart));
        };
        const auto unpaired = [&] {
            if (pendingHigh && *text == Text::Fine)
                *text = Text::Surrogate;
            pendingHigh = 0;
        };
        while (!atEnd()) {
            const char c = m_bytes.at(m_at);
            if (c == '\0')
                return nulAt();
            if (c == '"') {
                unpaired();
                if (key && !escaped) {
                    *key = QByteArrayView(m_bytes.constData() + begin, m_at - begin);
                } else if (key) {
                    flush();
                    m_decodedKeys.push_back(decoded.toUtf8());
                    *key = m_decodedKeys.back();
                    *escapedKey = decoded;
                }
                ++m_at;
                return true;
            }
            if (c != '\\') {
                unpaired();
                ++m_at;
                continue;
            }
            flush();
            escaped = true;
            if (m_at + 1 >= m_bytes.size())
                return false;
            const char letter = m_bytes.at(m_at + 1);
            m_at += 2;
            if (letter == 'u') {
                char16_t unit = 0;
                for (int i = 0; i < 4; ++i, ++m_at) {
                    const int digit = atEnd() ? -1 : hexDigit(peek());
                    if (digit < 0)
                        return false;
                    unit = char16_t(unit * 16 + digit);
                }
                if (QChar::isLowSurrogate(unit) && pendingHigh) {
                    pendingHigh = 0;
                } else {
                    unpaired();
                    if (QChar::isHighSurrogate(unit))
                        pendingHigh = unit;
                    else if (QChar::isLowSurrogate(unit) && *text == Text::Fine)
                        *text = Text::Surrogate;
                    else if (unit == 0 && *text == Text::Fine)
                        *text = Text::Nul;
                }
                if (key)
                    decoded.append(QChar(unit)); // UTF-16 units: a surrogate pair joins up by itself
            } else {
                unpaired();
                if (key) {
                    const qsizetype simple = QByteArrayView("bfnrt").indexOf(letter);
                    decoded.append(simple >= 0 ? QLatin1Char("\b\f\n\r\t"[simple]) : QLatin1Char(letter));
                }
            }
            runStart = m_at;
        }
        return false;
    }

    const QByteArray &m_bytes;
    qsizetype m_at = 0;
    std::vector<Frame> m_frames;
    std::deque<QByteArray> m_decodedKeys; ///< what escaped keys' views point into (stable addresses)
    Error m_error;
    bool m_complete = false;
};

bool isBadText(QStringView text, bool *isNul)
{
    *isNul = text.contains(QChar(0));
    return *isNul || !text.isValidUtf16();
}

/// Whether a key or string in @p value holds a NUL or an unpaired surrogate. Only then are the steps to it
/// collected in @p steps (innermost first; an index is "[i]"): a clean body costs no path strings.
bool hasBadText(const QJsonValue &value, QStringList *steps, bool *isNul)
{
    if (value.isString())
        return isBadText(value.toString(), isNul);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (hasBadText(array.at(i), steps, isNul)) {
                steps->append(indexPath({}, i));
                return true;
            }
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isBadText(it.key(), isNul) || hasBadText(it.value(), steps, isNul)) {
                steps->append(QLatin1Char('.') + it.key());
                return true;
            }
        }
    }
    return false;
}

/// The path of @p steps: "events[2].data.title".
QString pathOf(const QStringList &steps)
{
    QString path;
    for (auto it = steps.crbegin(); it != steps.crend(); ++it)
        path += *it;
    return path.startsWith(QLatin1Char('.')) ? path.mid(1) : path;
}

} // namespace

namespace StrictJson {

std::optional<QJsonDocument> parse(const QByteArray &bytes, Error *error)
{
    RawScanner scanner(bytes);
    if (Error raw = scanner.scan()) {
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
    // The scanner checked every text when it saw the whole body; if it stopped early on something Qt reads
    // after all, the parsed document is checked instead.
    if (!scanner.complete()) {
        bool isNul = false;
        QStringList steps;
        const QJsonValue root
            = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        if (hasBadText(root, &steps, &isNul)) {
            *error = badText(pathOf(steps), isNul);
            return std::nullopt;
        }
    }
    return document;
}

} // namespace StrictJson
} // namespace Warroom
