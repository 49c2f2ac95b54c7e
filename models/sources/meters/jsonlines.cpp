#include "jsonlines.h"

#if defined(__SSE2__)
#    include <emmintrin.h>
#endif

namespace JsonLines {

namespace {

// Lines longer than this make the thread's buffers grow; they are released after the pass.
constexpr size_t keptCapacity = 8 * 1024 * 1024;

bool readDigits(std::string_view text, size_t position, size_t count, int &out)
{
    if (position + count > text.size())
        return false;
    int value = 0;
    for (size_t i = position; i < position + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && isLeap ? 29 : days[month - 1];
}

} // namespace

const char *find(const char *begin, const char *end, std::string_view needle)
{
    const size_t size = needle.size();
#if defined(__SSE2__)
    // Three bytes of the needle compared 16 positions at a time (SSE2 is part of x86-64): about
    // 1.7 times glibc's memmem on transcripts, where most bytes are text without the pattern.
    if (size >= 3) {
        const __m128i second = _mm_set1_epi8(needle[1]);
        const __m128i beforeLast = _mm_set1_epi8(needle[size - 2]);
        const __m128i last = _mm_set1_epi8(needle[size - 1]);
        const char *position = begin;
        for (; end - position >= qsizetype(size + 15); position += 16) {
            const auto load = [&](size_t at) {
                return _mm_loadu_si128(reinterpret_cast<const __m128i *>(position + at));
            };
            const __m128i matches
                = _mm_and_si128(_mm_cmpeq_epi8(load(1), second),
                                _mm_and_si128(_mm_cmpeq_epi8(load(size - 2), beforeLast),
                                              _mm_cmpeq_epi8(load(size - 1), last)));
            for (unsigned mask = unsigned(_mm_movemask_epi8(matches)); mask; mask &= mask - 1) {
                const char *candidate = position + __builtin_ctz(mask);
                if (memcmp(candidate, needle.data(), size) == 0)
                    return candidate;
            }
        }
        begin = position;
    }
#endif
    return static_cast<const char *>(memmem(begin, size_t(end - begin), needle.data(), size));
}

qsizetype completeLinesEnd(QByteArrayView data)
{
    if (data.isEmpty())
        return 0;
    const void *last = memrchr(data.data(), '\n', size_t(data.size()));
    return last ? static_cast<const char *>(last) - data.data() + 1 : 0;
}

std::optional<qint64> parseTimestampMs(std::string_view text)
{
    int year, month, day, hour, minute, second;
    if (!readDigits(text, 0, 4, year) || !readDigits(text, 5, 2, month)
        || !readDigits(text, 8, 2, day) || !readDigits(text, 11, 2, hour)
        || !readDigits(text, 14, 2, minute) || !readDigits(text, 17, 2, second))
        return std::nullopt;
    if (text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != 't') || text[13] != ':'
        || text[16] != ':')
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23
        || minute > 59 || second > 60)
        return std::nullopt;

    size_t position = 19;
    int milliseconds = 0;
    if (position < text.size() && text[position] == '.') {
        ++position;
        int digits = 0;
        while (position < text.size() && text[position] >= '0' && text[position] <= '9') {
            if (digits < 3)
                milliseconds = milliseconds * 10 + (text[position] - '0');
            ++digits;
            ++position;
        }
        if (digits == 0)
            return std::nullopt;
        for (; digits < 3; ++digits)
            milliseconds *= 10;
    }

    int offsetMinutes = 0;
    if (position >= text.size())
        return std::nullopt; // no zone: local time of an unknown machine
    if (text[position] == 'Z' || text[position] == 'z') {
        ++position;
    } else if (text[position] == '+' || text[position] == '-') {
        const int sign = text[position] == '-' ? -1 : 1;
        int offsetHours, offsetRest;
        if (!readDigits(text, position + 1, 2, offsetHours))
            return std::nullopt;
        size_t minutesAt = position + 3;
        if (minutesAt < text.size() && text[minutesAt] == ':')
            ++minutesAt;
        if (!readDigits(text, minutesAt, 2, offsetRest) || offsetHours > 23 || offsetRest > 59)
            return std::nullopt;
        offsetMinutes = sign * (offsetHours * 60 + offsetRest);
        position = minutesAt + 2;
    } else {
        return std::nullopt;
    }
    if (position != text.size())
        return std::nullopt;

    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60
        + second - qint64(offsetMinutes) * 60;
    return seconds * 1000 + milliseconds;
}

LineParser &LineParser::forThisThread()
{
    thread_local LineParser parser;
    return parser;
}

simdjson::simdjson_result<simdjson::ondemand::document> LineParser::iterate(std::string_view line)
{
    const size_t needed = line.size() + simdjson::SIMDJSON_PADDING;
    if (needed > m_capacity) {
        m_capacity = std::max(needed, size_t(64 * 1024));
        m_buffer.reset(new char[m_capacity]);
    }
    memcpy(m_buffer.get(), line.data(), line.size());
    memset(m_buffer.get() + line.size(), 0, simdjson::SIMDJSON_PADDING);
    return m_parser.iterate(simdjson::padded_string_view(m_buffer.get(), line.size(), m_capacity));
}

void LineParser::trim()
{
    if (m_capacity > keptCapacity) {
        m_buffer.reset();
        m_capacity = 0;
    }
    if (m_parser.capacity() > keptCapacity)
        m_parser = simdjson::ondemand::parser();
}

bool readString(simdjson::ondemand::value &value, std::string_view &out)
{
    simdjson::ondemand::json_type type;
    if (value.type().get(type))
        return false;
    if (type == simdjson::ondemand::json_type::null) {
        out = {};
        return true;
    }
    return !value.get_string().get(out);
}

bool readCount(simdjson::ondemand::value &value, qint64 &out)
{
    simdjson::ondemand::json_type type;
    if (value.type().get(type))
        return false;
    if (type == simdjson::ondemand::json_type::null) {
        out = 0;
        return true;
    }
    int64_t number;
    if (value.get_int64().get(number) || number < 0)
        return false;
    out = number;
    return true;
}

bool readBool(simdjson::ondemand::value &value, bool &out)
{
    simdjson::ondemand::json_type type;
    if (value.type().get(type))
        return false;
    if (type == simdjson::ondemand::json_type::null) {
        out = false;
        return true;
    }
    return !value.get_bool().get(out);
}

bool isObject(simdjson::ondemand::value &value)
{
    simdjson::ondemand::json_type type;
    return !value.type().get(type) && type == simdjson::ondemand::json_type::object;
}

bool isFullyConsumed(simdjson::ondemand::document &document)
{
    const char *location;
    return document.current_location().get(location) != simdjson::SUCCESS;
}

} // namespace JsonLines
