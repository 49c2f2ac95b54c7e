#include "prometheustext.h"

#include <QStringList>

#include <charconv>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads one line from left to right; every accessor checks the bounds.
class Cursor
{
public:
    explicit Cursor(QByteArrayView text) : m_text(text) { }

    bool atEnd() const { return m_position >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_position); }
    void advance() { ++m_position; }
    qsizetype position() const { return m_position; }
    QByteArrayView rest() const { return m_text.sliced(m_position); }

    // Skips blanks; whether there was at least one.
    bool skipBlanks()
    {
        const qsizetype start = m_position;
        while (!atEnd() && isBlank(peek()))
            advance();
        return m_position > start;
    }
    // Everything up to the next blank or the end.
    QByteArrayView token()
    {
        const qsizetype start = m_position;
        while (!atEnd() && !isBlank(peek()))
            advance();
        return m_text.sliced(start, m_position - start);
    }
    // [a-zA-Z_:][a-zA-Z0-9_:]* for metric names, without ':' for label names.
    QByteArrayView name(bool allowColon)
    {
        const qsizetype start = m_position;
        const auto isNameChar = [allowColon](char c, bool isFirst) {
            return isLetter(c) || c == '_' || (allowColon && c == ':') || (!isFirst && isDigit(c));
        };
        while (!atEnd() && isNameChar(peek(), m_position == start))
            advance();
        return m_text.sliced(start, m_position - start);
    }

private:
    QByteArrayView m_text;
    qsizetype m_position = 0;
};

QString latin1(QByteArrayView text)
{
    return QString::fromLatin1(text.data(), text.size());
}

// For error details: the offending text, shortened and printable.
QString quoted(QByteArrayView text)
{
    constexpr qsizetype maxLength = 40;
    QString shown = QString::fromUtf8(text.first(std::min(text.size(), maxLength)));
    if (text.size() > maxLength)
        shown += u"…"_s;
    return u'"' + shown + u'"';
}

bool isValidMetricName(QByteArrayView text)
{
    Cursor cursor(text);
    return !cursor.name(true).isEmpty() && cursor.atEnd();
}

// Go's strconv.ParseFloat as Prometheus uses it, without hexadecimal floats and underscores:
// [+-] digits [. digits] [e [+-] digits], ". digits" too, and Inf / Infinity / NaN in any case.
std::optional<double> parseFloat(QByteArrayView text)
{
    QByteArrayView body = text;
    bool isNegative = false;
    if (!body.isEmpty() && (body.front() == '+' || body.front() == '-')) {
        isNegative = body.front() == '-';
        body = body.sliced(1);
    }
    const QByteArray lower = body.toByteArray().toLower();
    if (lower == "inf" || lower == "infinity")
        return isNegative ? -std::numeric_limits<double>::infinity()
                          : std::numeric_limits<double>::infinity();
    if (lower == "nan") {
        if (body.size() != text.size())
            return std::nullopt; // a signed NaN means nothing
        return std::numeric_limits<double>::quiet_NaN();
    }

    qsizetype i = 0;
    qsizetype digits = 0;
    while (i < body.size() && isDigit(body.at(i))) {
        ++i;
        ++digits;
    }
    if (i < body.size() && body.at(i) == '.') {
        ++i;
        while (i < body.size() && isDigit(body.at(i))) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return std::nullopt;
    if (i < body.size() && (body.at(i) == 'e' || body.at(i) == 'E')) {
        ++i;
        if (i < body.size() && (body.at(i) == '+' || body.at(i) == '-'))
            ++i;
        const qsizetype exponentStart = i;
        while (i < body.size() && isDigit(body.at(i)))
            ++i;
        if (i == exponentStart)
            return std::nullopt;
    }
    if (i != body.size())
        return std::nullopt;

    double value = 0;
    const char *begin = body.data();
    const char *end = begin + body.size();
    const auto [stop, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || stop != end)
        return std::nullopt; // out of range, e.g. 1e999
    return isNegative ? -value : value;
}

std::optional<qint64> parseTimestamp(QByteArrayView text)
{
    QByteArrayView digits = text;
    if (!digits.isEmpty() && digits.front() == '+')
        digits = digits.sliced(1); // from_chars takes '-' but not '+'
    if (digits.isEmpty() || digits.front() == '+')
        return std::nullopt;
    qint64 value = 0;
    const char *begin = digits.data();
    const char *end = begin + digits.size();
    const auto [stop, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || stop != end)
        return std::nullopt;
    return value;
}

// HELP text escapes only backslash and newline; any other backslash stays as it is.
QString unescapeHelp(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\\' && i + 1 < text.size() && (text.at(i + 1) == '\\' || text.at(i + 1) == 'n')) {
            out += text.at(i + 1) == 'n' ? '\n' : '\\';
            ++i;
        } else {
            out += c;
        }
    }
    return QString::fromUtf8(out);
}

const QStringList &metricTypes()
{
    static const QStringList types
        = {u"counter"_s, u"gauge"_s, u"histogram"_s, u"summary"_s, u"untyped"_s};
    return types;
}

} // namespace

QString PrometheusText::Sample::label(QStringView labelName) const
{
    for (const auto &[name, value] : labels) {
        if (name == labelName)
            return value;
    }
    return {};
}

PrometheusText PrometheusText::parse(QByteArrayView text)
{
    PrometheusText result;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        ++lineNumber;
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size(); // the last line may lack its newline
        QByteArrayView line = text.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1); // tolerated: some proxies rewrite line ends
        result.parseLine(line, lineNumber);
        start = end + 1;
    }
    return result;
}

QString PrometheusText::errorSummary(int maxErrors) const
{
    QStringList parts;
    for (const LineError &error : m_errors.first(std::min<qsizetype>(m_errors.size(), maxErrors)))
        parts += u"line %1: %2"_s.arg(error.line).arg(error.detail);
    if (m_errors.size() > maxErrors)
        parts += u"%1 more"_s.arg(m_errors.size() - maxErrors);
    return parts.join(u"; "_s);
}

void PrometheusText::addError(int lineNumber, QString detail)
{
    m_errors.append({lineNumber, std::move(detail)});
}

void PrometheusText::parseLine(QByteArrayView line, int lineNumber)
{
    qsizetype first = 0;
    while (first < line.size() && isBlank(line.at(first)))
        ++first;
    if (first == line.size())
        return; // empty lines are allowed anywhere
    if (line.at(first) == '#')
        parseComment(line.sliced(first + 1), lineNumber);
    else
        parseSample(line.sliced(first), lineNumber);
}

void PrometheusText::parseComment(QByteArrayView line, int lineNumber)
{
    Cursor cursor(line);
    cursor.skipBlanks();
    const QByteArrayView keyword = cursor.token();
    const bool isHelp = keyword == "HELP";
    if (!isHelp && keyword != "TYPE")
        return; // any other comment is free text

    cursor.skipBlanks();
    const QByteArrayView nameToken = cursor.token();
    if (nameToken.isEmpty())
        return addError(lineNumber, u"%1 without a metric name"_s.arg(latin1(keyword)));
    if (!isValidMetricName(nameToken))
        return addError(lineNumber, u"invalid metric name %1"_s.arg(quoted(nameToken)));
    const QString name = latin1(nameToken);

    if (isHelp) {
        cursor.skipBlanks();
        if (m_help.contains(name))
            return addError(lineNumber, u"second HELP for %1"_s.arg(name));
        m_help.insert(name, unescapeHelp(cursor.rest()));
        return;
    }

    cursor.skipBlanks();
    const QString type = latin1(cursor.token());
    cursor.skipBlanks();
    if (!metricTypes().contains(type) || !cursor.atEnd())
        return addError(lineNumber, u"invalid TYPE for %1: %2"_s.arg(name, quoted(line.trimmed())));
    if (m_types.contains(name))
        return addError(lineNumber, u"second TYPE for %1"_s.arg(name));
    m_types.insert(name, type);
}

void PrometheusText::parseSample(QByteArrayView line, int lineNumber)
{
    Cursor cursor(line);
    Sample sample;
    const QByteArrayView name = cursor.name(true);
    if (name.isEmpty())
        return addError(lineNumber, u"expected a metric name at %1"_s.arg(quoted(line)));
    sample.name = latin1(name);

    cursor.skipBlanks();
    if (cursor.peek() == '{') {
        cursor.advance();
        for (;;) {
            cursor.skipBlanks();
            if (cursor.peek() == '}') {
                cursor.advance();
                break;
            }
            const QByteArrayView labelName = cursor.name(false);
            if (labelName.isEmpty())
                return addError(lineNumber,
                                u"expected a label name at %1"_s.arg(quoted(cursor.rest())));
            cursor.skipBlanks();
            if (cursor.peek() != '=')
                return addError(lineNumber,
                                u"expected '=' after label %1"_s.arg(latin1(labelName)));
            cursor.advance();
            cursor.skipBlanks();
            if (cursor.peek() != '"')
                return addError(lineNumber,
                                u"label %1: value not in double quotes"_s.arg(latin1(labelName)));
            cursor.advance();

            QByteArray value;
            bool isClosed = false;
            while (!cursor.atEnd()) {
                const char c = cursor.peek();
                cursor.advance();
                if (c == '"') {
                    isClosed = true;
                    break;
                }
                if (c != '\\') {
                    value += c;
                    continue;
                }
                const char escaped = cursor.peek();
                if (escaped != '\\' && escaped != '"' && escaped != 'n')
                    return addError(lineNumber,
                                    u"label %1: invalid escape sequence"_s.arg(latin1(labelName)));
                cursor.advance();
                value += escaped == 'n' ? '\n' : escaped;
            }
            if (!isClosed)
                return addError(lineNumber,
                                u"label %1: unterminated value"_s.arg(latin1(labelName)));

            const QString labelKey = latin1(labelName);
            for (const auto &existing : std::as_const(sample.labels)) {
                if (existing.first == labelKey)
                    return addError(lineNumber, u"label %1 given twice"_s.arg(labelKey));
            }
            sample.labels.append({labelKey, QString::fromUtf8(value)});

            cursor.skipBlanks();
            if (cursor.peek() == ',') {
                cursor.advance(); // a trailing comma before '}' is allowed
            } else if (cursor.peek() != '}') {
                return addError(lineNumber,
                                u"expected ',' or '}' at %1"_s.arg(quoted(cursor.rest())));
            }
        }
        if (!cursor.skipBlanks() && !cursor.atEnd())
            return addError(lineNumber, u"%1: expected a blank after '}'"_s.arg(sample.name));
    } else if (cursor.position() == name.size() && !cursor.atEnd()) {
        return addError(lineNumber, u"invalid metric name %1"_s.arg(quoted(cursor.token())));
    }

    const QByteArrayView valueToken = cursor.token();
    if (valueToken.isEmpty())
        return addError(lineNumber, u"%1 has no value"_s.arg(sample.name));
    const std::optional<double> value = parseFloat(valueToken);
    if (!value)
        return addError(lineNumber, u"%1: invalid value %2"_s.arg(sample.name, quoted(valueToken)));
    sample.value = *value;

    cursor.skipBlanks();
    if (!cursor.atEnd()) {
        const QByteArrayView timestampToken = cursor.token();
        sample.timestampMs = parseTimestamp(timestampToken);
        if (!sample.timestampMs)
            return addError(lineNumber,
                            u"%1: invalid timestamp %2"_s.arg(sample.name, quoted(timestampToken)));
        cursor.skipBlanks();
        if (!cursor.atEnd())
            return addError(lineNumber,
                            u"%1: unexpected text after the timestamp: %2"_s.arg(
                                sample.name, quoted(cursor.rest())));
    }
    m_samples.append(std::move(sample));
}
