#include "providersource.h"

#include "core/clock.h"
#include "ledger/ledger.h"
#include "ledger/peopledirectory.h"
#include "ledger/sqlitedatabase.h"
#include "secretstore.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcProviders, "burnrate.sources.providers", QtInfoMsg)

namespace {

constexpr qint64 dayMs = 86'400'000;

qint64 alignDown(qint64 ms, qint64 width)
{
    return ms - ((ms % width) + width) % width;
}

qint64 alignUp(qint64 ms, qint64 width)
{
    const qint64 down = alignDown(ms, width);
    return down == ms ? ms : down + width;
}

// Retry-After is delay-seconds or an HTTP date; nothing when it is neither.
std::optional<qint64> retryAfterMs(const QByteArray &value, qint64 nowMs)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return std::max<qint64>(0, seconds) * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, when.toMSecsSinceEpoch() - nowMs);
}

} // namespace

ProviderSource::ProviderSource(SourceConfig config, Ledger &ledger, QNetworkAccessManager *network,
                               const Clock *clock, std::shared_ptr<const ProviderApi> api,
                               SecretStore *secrets, PriceBook prices, QObject *parent)
    : NetworkSource(std::move(config), parent)
    , m_ledger(ledger)
    , m_network(network)
    , m_clock(clock)
    , m_api(std::move(api))
    , m_secrets(secrets)
    , m_prices(std::move(prices))
    , m_unitRandom([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ProviderSource::sendNext);
}

ProviderSource::~ProviderSource()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

PollWindow ProviderSource::windowAt(qint64 nowMs) const
{
    const qint64 watermark = config().watermarkMs;
    if (watermark > 0)
        return {std::min(watermark, nowMs) - m_policy.revisitMs, nowMs};
    const qint64 days
        = config().settings.value("backfill_days"_L1).toInteger(m_policy.backfillDays);
    return {nowMs - std::clamp<qint64>(days, 1, 366) * dayMs, nowMs};
}

void ProviderSource::poll()
{
    if (m_isPolling)
        return;
    m_isPolling = true;
    m_collected = {};
    m_queue.clear();
    const QUrl base = config().baseUrl().isEmpty() ? m_api->defaultBaseUrl() : config().baseUrl();
    if (!base.isValid() || base.host().isEmpty()) {
        // LiteLLM has no default: the proxy is the organisation's own.
        fail(Error {ErrorCode::InvalidArgument,
                    u"source \"%1\" needs a base URL"_s.arg(config().name)});
        return;
    }
    m_secrets->read(config(),
                    [this, guard = QPointer<ProviderSource>(this)](const Result<QString> &secret) {
                        if (!guard)
                            return;
                        if (!secret) {
                            fail(secret.error());
                            return;
                        }
                        begin(*secret);
                    });
}

void ProviderSource::begin(const QString &secret)
{
    m_secret = secret;
    m_nowMs = m_clock->nowMs();
    const PollWindow window = windowAt(m_nowMs);
    const QUrl base = config().baseUrl().isEmpty() ? m_api->defaultBaseUrl() : config().baseUrl();
    m_fetched = {};
    for (const std::shared_ptr<const ProviderEndpoint> &endpoint : m_api->endpoints()) {
        PollWindow aligned = window;
        if (const qint64 width = endpoint->bucketMs(); width > 0) {
            aligned = {alignDown(window.startMs, width), alignUp(window.endMs, width)};
            m_fetched.startMs = m_fetched.endMs == 0 ? aligned.startMs
                                                     : std::min(m_fetched.startMs, aligned.startMs);
            m_fetched.endMs = std::max(m_fetched.endMs, aligned.endMs);
        }
        for (const ApiRequest &request : endpoint->firstRequests(base, aligned))
            m_queue.push_back({endpoint, request, 1});
    }
    sendNext();
}

void ProviderSource::sendNext()
{
    if (m_queue.empty()) {
        finish();
        return;
    }
    m_current = m_queue.front();
    m_queue.pop_front();
    QNetworkRequest request(m_current.request.url);
    for (const auto &[name, value] : m_api->authHeaders(m_secret))
        request.setRawHeader(name, value);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Burnrate/" BURNRATE_VERSION));
    request.setTransferTimeout(int(m_policy.timeout.count()));
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ProviderSource::onReplyFinished);
}

void ProviderSource::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString where = u"%1 %2"_s.arg(config().name, m_current.endpoint->name());
    if (status == 0) {
        // No HTTP answer: refused, reset, timed out (OperationCanceledError after the transfer
        // timeout). Worth another try.
        retryLater(-1, u"%1: %2"_s.arg(where, reply->errorString()));
        return;
    }
    const auto providerMessage = [&]() -> QString {
        const QString message = m_api->errorMessage(body);
        return message.isEmpty() ? QString() : u": "_s + message.left(300);
    };
    if (status == 429) {
        const std::optional<qint64> wait
            = retryAfterMs(reply->rawHeader("Retry-After"), m_clock->nowMs());
        if (wait && *wait > m_policy.maxRetryAfterMs) {
            fail(Error {ErrorCode::Network,
                        u"%1: rate limited for %2 minutes (HTTP 429)%3"_s.arg(
                            where, QString::number((*wait + 59'999) / 60'000), providerMessage())});
            return;
        }
        retryLater(wait.value_or(-1), u"%1: HTTP 429%2"_s.arg(where, providerMessage()));
        return;
    }
    if (status >= 500) {
        retryLater(-1, u"%1: HTTP %2%3"_s.arg(where).arg(status).arg(providerMessage()));
        return;
    }
    if (status == 401 || status == 403) {
        fail(Error {ErrorCode::Unauthorized,
                    u"%1: the provider refused the key (HTTP %2)%3"_s.arg(where).arg(status).arg(
                        providerMessage())});
        return;
    }
    if (status < 200 || status >= 300) {
        fail(Error {ErrorCode::InvalidInput,
                    u"%1: HTTP %2%3"_s.arg(where).arg(status).arg(providerMessage())});
        return;
    }
    Result<ApiPage> page = m_current.endpoint->parse(m_current.request, body);
    if (!page) {
        fail(Error {page.error().code, u"%1: %2"_s.arg(config().name, page.error().detail)});
        return;
    }
    m_collected.usage += page->usage;
    m_collected.costs += page->costs;
    m_collected.identities += page->identities;
    if (page->nextPage)
        m_queue.push_front({m_current.endpoint, ApiRequest {*page->nextPage}, 1});
    sendNext();
}

void ProviderSource::retryLater(qint64 delayMs, const QString &why)
{
    if (m_current.attempt >= m_policy.maxAttempts) {
        fail(Error {ErrorCode::Network,
                    u"%1 (gave up after %2 attempts)"_s.arg(why).arg(m_current.attempt)});
        return;
    }
    if (delayMs < 0) {
        const qint64 backoff = std::min(
            m_policy.maxRetryMs, m_policy.firstRetryMs << std::min(m_current.attempt - 1, 30));
        delayMs = qint64(double(backoff) * (0.5 + 0.5 * std::clamp(m_unitRandom(), 0.0, 0.999999)));
    }
    qCDebug(lcProviders).noquote() << why << "- retrying in" << delayMs << "ms";
    ++m_current.attempt;
    m_queue.push_front(m_current);
    m_retryTimer.start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void ProviderSource::fail(const Error &error)
{
    m_isPolling = false;
    m_secret.clear();
    m_queue.clear();
    m_collected = {};
    emit failed(error);
}

void ProviderSource::finish()
{
    m_secret.clear();
    qint64 recordsWritten = 0;
    const Status written = write(recordsWritten);
    m_collected = {};
    if (!written) {
        m_isPolling = false;
        emit failed(written.error());
        return;
    }
    SourceConfig updated = config();
    updated.watermarkMs = m_nowMs;
    setConfig(std::move(updated));
    m_isPolling = false;
    emit polled(recordsWritten);
}

Status ProviderSource::write(qint64 &recordsWritten)
{
    SqliteTransaction transaction(m_ledger.database());
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    SqliteDatabase &db = m_ledger.database();

    Result<SqliteStatement *> identity = db.cached(
        u"INSERT INTO provider_identities (kind, value, source_id, email, display_name, seen_ms) "
        u"VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (kind, value) DO UPDATE SET source_id = "
        u"excluded.source_id, "
        u"email = coalesce(excluded.email, email), display_name = coalesce(excluded.display_name, "
        u"display_name), "
        u"seen_ms = excluded.seen_ms"_s);
    if (!identity)
        return identity.error();
    // A key names its owner by user id: the owner's email is the key's.
    QHash<QString, QString> emailById;
    for (const ProviderIdentity &each : std::as_const(m_collected.identities)) {
        if (!each.email.isEmpty())
            emailById.insert(each.value, each.email);
    }
    for (const ProviderIdentity &each : std::as_const(m_collected.identities)) {
        const QString email
            = (each.email.isEmpty() && !each.ownerValue.isEmpty() ? emailById.value(each.ownerValue)
                                                                  : each.email)
                  .trimmed()
                  .toLower();
        if (Status saved = (*identity)
                               ->bind(1, each.kind)
                               .bind(2, each.value)
                               .bind(3, config().id)
                               .bind(4, email.isEmpty() ? QString() : email)
                               .bind(5, each.displayName.isEmpty() ? QString() : each.displayName)
                               .bind(6, m_nowMs)
                               .execute();
            !saved)
            return saved;
    }
    if (Status matched = matchIdentities(); !matched)
        return matched;

    QList<UsageRecord> usage = m_collected.usage;
    QSet<QString> usageKeys;
    for (UsageRecord &record : usage) {
        if (record.costKind == CostKind::Unpriced)
            m_prices.applyEstimate(record); // per person: the cost endpoints cannot say
        usageKeys.insert(record.externalKey);
    }
    Result<UsageWriteStats> stats
        = m_ledger.writeUsage(config().id, usage, Ledger::WritePolicy::Replace);
    if (!stats)
        return stats.error();
    recordsWritten = stats->written;
    if (Status vanished = removeVanished(u"usage"_s, usageKeys); !vanished)
        return vanished;

    Result<SqliteStatement *> cost = db.cached(
        u"INSERT INTO billed_costs (source_id, external_key, start_ms, end_ms, project, line_item, "
        u"api_key_id, "
        u"model, amount_micros, currency) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
        u"ON CONFLICT (source_id, external_key) DO UPDATE SET start_ms = excluded.start_ms, "
        u"end_ms = excluded.end_ms, project = excluded.project, line_item = excluded.line_item, "
        u"api_key_id = excluded.api_key_id, model = excluded.model, amount_micros = "
        u"excluded.amount_micros, "
        u"currency = excluded.currency"_s);
    if (!cost)
        return cost.error();
    QSet<QString> costKeys;
    for (const BilledCost &each : std::as_const(m_collected.costs)) {
        const auto orNull = [](const QString &text) {
            return text.isEmpty() ? QString() : text;
        };
        if (Status saved = (*cost)
                               ->bind(1, config().id)
                               .bind(2, each.externalKey)
                               .bind(3, each.startMs)
                               .bind(4, each.endMs)
                               .bind(5, orNull(each.project))
                               .bind(6, orNull(each.lineItem))
                               .bind(7, orNull(each.apiKeyId))
                               .bind(8, orNull(each.model))
                               .bind(9, each.amountMicros)
                               .bind(10, each.currency)
                               .execute();
            !saved)
            return saved;
        costKeys.insert(each.externalKey);
    }
    if (Status vanished = removeVanished(u"billed_costs"_s, costKeys); !vanished)
        return vanished;
    if (Status saved = SourceStore(m_ledger).saveWatermark(config().id, m_nowMs); !saved)
        return saved;
    return transaction.commit();
}

Status ProviderSource::matchIdentities()
{
    // An identity the admin has not mapped yet, whose owner's email is a person's: map it, which
    // also moves the usage it carried so far to that person.
    Result<SqliteStatement> candidates = m_ledger.database().prepare(
        u"SELECT pi.kind, pi.value, p.id FROM provider_identities pi JOIN people p ON p.email = "
        u"pi.email "
        u"WHERE pi.source_id = ?1 AND NOT EXISTS "
        u"(SELECT 1 FROM identities i WHERE i.kind = pi.kind AND i.value = pi.value)"_s);
    if (!candidates)
        return candidates.error();
    candidates->bind(1, config().id);
    QList<std::tuple<QString, QString, qint64>> matches;
    while (candidates->step() == SqliteStatement::StepResult::Row)
        matches.append({candidates->text(0), candidates->text(1), candidates->int64(2)});
    PeopleDirectory people(m_ledger);
    for (const auto &[kind, value, personId] : std::as_const(matches)) {
        if (Result<qint64> assigned = people.assignIdentity(kind, value, personId); !assigned)
            return assigned.error();
    }
    return ok();
}

Status ProviderSource::removeVanished(const QString &table, const QSet<QString> &keys)
{
    // Only the re-fetched range speaks for itself: older rows stay whatever this poll said.
    if (m_fetched.endMs <= m_fetched.startMs)
        return ok();
    SqliteDatabase &db = m_ledger.database();
    Result<SqliteStatement> rows = db.prepare(
        u"SELECT external_key FROM %1 WHERE source_id = ?1 AND start_ms >= ?2 AND start_ms < ?3"_s
            .arg(table));
    if (!rows)
        return rows.error();
    rows->bind(1, config().id).bind(2, m_fetched.startMs).bind(3, m_fetched.endMs);
    QStringList gone;
    while (rows->step() == SqliteStatement::StepResult::Row) {
        const QString key = rows->text(0);
        if (!keys.contains(key))
            gone.append(key);
    }
    if (gone.isEmpty())
        return ok();
    Result<SqliteStatement> remove
        = db.prepare(u"DELETE FROM %1 WHERE source_id = ?1 AND external_key = ?2"_s.arg(table));
    if (!remove)
        return remove.error();
    for (const QString &key : std::as_const(gone)) {
        if (Status removed = remove->bind(1, config().id).bind(2, key).execute(); !removed)
            return removed;
    }
    qCDebug(lcProviders) << config().name << "no longer reports" << gone.size() << "rows of"
                         << table;
    return ok();
}
