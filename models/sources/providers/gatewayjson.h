#pragma once

// Helpers shared by the gateway APIs (OpenRouter, LiteLLM). Internal to burnrate_models: it
// includes simdjson, which the library links privately.

#include "core/result.h"
#include "sources/meters/jsonlines.h"
#include "sources/providers/providerapi.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <simdjson.h>
#include <string_view>
#include <utility>

namespace GatewayJson {

constexpr qint64 dayMs = 86'400'000;

// One response body parsed on demand. The body is copied once with the padding simdjson reads
// past its end; values taken from the document live as long as this object.
class Body
{
public:
    explicit Body(const QByteArray &body);

    // The root object, or false when the body is not JSON or its root is not an object.
    bool root(simdjson::ondemand::object &out);
    // Whether nothing follows the root value; call after reading the root.
    bool isFullyConsumed();

private:
    simdjson::padded_string m_buffer;
    simdjson::ondemand::parser m_parser;
    simdjson::ondemand::document m_document;
};

Error invalid(const QString &endpoint, const QString &what);

QString toQString(std::string_view utf8);

// A JSON string; null reads as an empty string. Any other type fails.
bool readString(simdjson::ondemand::value &value, QString &out);
// A non-negative JSON integer; null reads as 0. Fractions, negatives and other types fail.
bool readCount(simdjson::ondemand::value &value, qint64 &out);
// A non-negative JSON number in dollars, to exact micro-dollars from the number's own text (no
// double on the way); null reads as 0.
bool readUsdMicros(simdjson::ondemand::value &value, qint64 &out);
bool readBool(simdjson::ondemand::value &value, bool &out);
bool isNull(simdjson::ondemand::value &value);

// Calls handler(element) for each element of a JSON array; false when `value` is no array, an
// element cannot be read or the handler returns false.
template<typename Handler>
bool forEachElement(simdjson::ondemand::value &value, Handler &&handler)
{
    simdjson::ondemand::array array;
    if (value.get_array().get(array))
        return false;
    for (auto element : array) {
        simdjson::ondemand::value item;
        if (std::move(element).get(item) || !handler(item))
            return false;
    }
    return true;
}

// `base` with `path` appended to its path: a gateway or a test server may sit below a prefix.
QUrl endpointUrl(const QUrl &base, QStringView path);

// The UTC days a window touches, first to last.
QList<QDate> daysOf(const PollWindow &window);
qint64 dayStartMs(const QDate &date);
// "YYYY-MM-DD" strictly, else an invalid date.
QDate parseDay(const QString &text);

// One part of an externalKey: '|' separates parts, so it and '%' are percent-encoded.
QString keyPart(const QString &value);

// The vendor in a "vendor/model" name ("openai/gpt-4.1" → "openai"), else `fallback`.
QString vendorOfModel(const QString &model, const QString &fallback);

// The human message of a {"error": {"message": ...}} body, also accepting {"error": "..."} and
// FastAPI's {"detail": "..."} / {"detail": {"error": "..."}}; empty when there is none.
QString errorMessageOf(const QByteArray &body);

} // namespace GatewayJson
