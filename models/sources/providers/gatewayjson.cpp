#include "gatewayjson.h"

#include "core/calendar.h"
#include "core/money.h"
#include "sources/meters/jsonlines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace GatewayJson {

using simdjson::ondemand::json_type;

Body::Body(const QByteArray &body) : m_buffer(body.constData(), size_t(body.size())) { }

bool Body::root(simdjson::ondemand::object &out)
{
    return !m_parser.iterate(m_buffer).get(m_document) && !m_document.get_object().get(out);
}

bool Body::isFullyConsumed()
{
    return JsonLines::isFullyConsumed(m_document);
}

Error invalid(const QString &endpoint, const QString &what)
{
    return Error {ErrorCode::InvalidInput, endpoint + u": " + what};
}

QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

bool readString(simdjson::ondemand::value &value, QString &out)
{
    std::string_view text;
    if (!JsonLines::readString(value, text))
        return false;
    out = toQString(text);
    return true;
}

bool readCount(simdjson::ondemand::value &value, qint64 &out)
{
    return JsonLines::readCount(value, out);
}

bool readUsdMicros(simdjson::ondemand::value &value, qint64 &out)
{
    json_type type;
    if (value.type().get(type))
        return false;
    if (type == json_type::null) {
        out = 0;
        return true;
    }
    if (type != json_type::number)
        return false;
    std::string_view token = value.raw_json_token();
    // The raw token runs up to the next structural character, whitespace included.
    while (!token.empty()
           && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r'
               || token.back() == '\t'))
        token.remove_suffix(1);
    const std::optional<qint64> micros
        = Money::parseDecimalUsd(QString::fromLatin1(token.data(), qsizetype(token.size())));
    if (!micros || *micros < 0)
        return false;
    out = *micros;
    return true;
}

bool readBool(simdjson::ondemand::value &value, bool &out)
{
    return JsonLines::readBool(value, out);
}

bool isNull(simdjson::ondemand::value &value)
{
    json_type type;
    return !value.type().get(type) && type == json_type::null;
}

QUrl endpointUrl(const QUrl &base, QStringView path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QList<QDate> daysOf(const PollWindow &window)
{
    QList<QDate> days;
    if (window.endMs <= window.startMs)
        return days;
    const auto floorDay = [](qint64 ms) {
        return ms >= 0 ? ms / dayMs : (ms - dayMs + 1) / dayMs;
    };
    const qint64 last = floorDay(window.endMs - 1);
    for (qint64 day = floorDay(window.startMs); day <= last; ++day)
        days.append(Calendar::dateOfDayNumber(day));
    return days;
}

qint64 dayStartMs(const QDate &date)
{
    return Calendar::dayNumber(date) * dayMs;
}

QDate parseDay(const QString &text)
{
    return Calendar::parseDate(text).value_or(QDate());
}

QString keyPart(const QString &value)
{
    QString part = value;
    part.replace(u'%', u"%25"_s);
    part.replace(u'|', u"%7C"_s);
    return part;
}

QString vendorOfModel(const QString &model, const QString &fallback)
{
    const qsizetype slash = model.indexOf(u'/');
    return slash > 0 ? model.left(slash).toLower() : fallback;
}

QString errorMessageOf(const QByteArray &body)
{
    // Error bodies are small and their shapes vary; structure only, no numbers are read.
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const auto messageOf = [](const QJsonValue &value) {
        if (value.isString())
            return value.toString();
        // FastAPI's validation errors: {"detail": [{"loc": [...], "msg": "..."}]}.
        const QJsonObject object
            = value.isArray() ? value.toArray().first().toObject() : value.toObject();
        for (const QLatin1StringView key :
             {QLatin1StringView("message"), QLatin1StringView("msg"), QLatin1StringView("error"),
              QLatin1StringView("detail")}) {
            if (object.value(key).isString())
                return object.value(key).toString();
        }
        return QString();
    };
    for (const QLatin1StringView key : {QLatin1StringView("error"), QLatin1StringView("detail")}) {
        const QString message = messageOf(root.value(key));
        if (!message.isEmpty())
            return message;
    }
    return QString();
}

} // namespace GatewayJson
