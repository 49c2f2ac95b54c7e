#pragma once

// Byte-level helpers shared by the JSONL log readers. Internal to burnrate_models: it includes
// simdjson, which the library links privately.

#include <QByteArrayView>
#include <QString>

#include <cstring>
#include <memory>
#include <optional>
#include <simdjson.h>
#include <string>
#include <string_view>

namespace JsonLines {

// Bytes up to and including the last '\n' of `data`: a last line without its newline is still
// being written and is left for the next pass.
qsizetype completeLinesEnd(QByteArrayView data);

// The first occurrence of `needle` in [begin, end), or nullptr.
const char *find(const char *begin, const char *end, std::string_view needle);

inline bool contains(std::string_view line, std::string_view needle)
{
    return find(line.data(), line.data() + line.size(), needle) != nullptr;
}

// "YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM|±HHMM)" to UTC milliseconds since the epoch.
std::optional<qint64> parseTimestampMs(std::string_view text);

// simdjson on-demand needs SIMDJSON_PADDING readable bytes after the document, which a line in the
// middle of the caller's buffer cannot promise: each line is copied into a padded buffer owned by
// the calling thread, together with the parser that reuses its allocations line after line.
class LineParser
{
public:
    static LineParser &forThisThread();

    // Parses `line` (a copy of it); the document and the strings taken from it stay valid until
    // the next call.
    simdjson::simdjson_result<simdjson::ondemand::document> iterate(std::string_view line);
    // Gives back the memory a huge line made the buffers grow to.
    void trim();

private:
    simdjson::ondemand::parser m_parser;
    std::unique_ptr<char[]> m_buffer;
    size_t m_capacity = 0;
};

// Reading fields of an on-demand value. A JSON null reads as absent (empty string, zero count,
// false); any other wrong type is an error, which makes the line malformed.
// Calls handler(key, field) for each member of an object, in order. Returns false as soon as a
// member cannot be read or the handler returns false (the line is then malformed).
template<typename Handler>
bool forEachField(simdjson::ondemand::object &object, Handler &&handler)
{
    for (auto member : object) {
        simdjson::ondemand::field field;
        if (std::move(member).get(field))
            return false;
        const simdjson::ondemand::raw_json_string key = field.key();
        if (!handler(key, field))
            return false;
    }
    return true;
}

bool readString(simdjson::ondemand::value &value, std::string_view &out);
bool readCount(simdjson::ondemand::value &value, qint64 &out);
bool readBool(simdjson::ondemand::value &value, bool &out);
bool isObject(simdjson::ondemand::value &value);

// Whether the document has nothing after its root value, to be called after reading the root.
bool isFullyConsumed(simdjson::ondemand::document &document);

// One QString for a value that repeats from line to line (model, project, session, message id
// of consecutive content blocks): converted once, then shared.
class CachedString
{
public:
    const QString &get(std::string_view utf8)
    {
        if (!m_isSet || utf8 != std::string_view(m_bytes)) {
            m_bytes.assign(utf8);
            m_string = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
            m_isSet = true;
        }
        return m_string;
    }

private:
    std::string m_bytes;
    QString m_string;
    bool m_isSet = false;
};

} // namespace JsonLines
