#include "sourcescheduler.h"

#include "core/clock.h"
#include "ledger/ledger.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcScheduler, "burnrate.sources", QtInfoMsg)

SourceScheduler::SourceScheduler(Ledger &ledger, const Clock *clock, Factory factory,
                                 QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_clock(clock)
    , m_factory(std::move(factory))
    , m_unitRandom([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SourceScheduler::onTick);
}

SourceScheduler::~SourceScheduler()
{
    qDeleteAll(m_sources);
}

void SourceScheduler::setBackoff(qint64 firstBackoffMs, qint64 maxBackoffMs)
{
    m_firstBackoffMs = std::max<qint64>(1, firstBackoffMs);
    m_maxBackoffMs = std::max(m_firstBackoffMs, maxBackoffMs);
}

Status SourceScheduler::reload()
{
    Result<QList<SourceConfig>> configs = SourceStore(m_ledger).list();
    if (!configs)
        return configs.error();
    QSet<qint64> seen;
    for (const SourceConfig &config : std::as_const(*configs)) {
        NetworkSource *existing = m_sources.value(config.id);
        if (existing) {
            if (!existing->isPolling())
                existing->setConfig(config); // a running poll keeps the settings it began with
            seen.insert(config.id);
            continue;
        }
        std::unique_ptr<NetworkSource> made = m_factory(config);
        if (!made)
            continue; // a kind this scheduler does not poll (local logs, CSV imports)
        NetworkSource *source = made.release();
        connect(source, &NetworkSource::polled, this,
                [this, source](qint64 records) { onPolled(source, records); });
        connect(source, &NetworkSource::failed, this,
                [this, source](const Error &error) { onFailed(source, error); });
        m_sources.insert(config.id, source);
        seen.insert(config.id);
    }
    for (auto it = m_sources.begin(); it != m_sources.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        // Removed: a poll under way finishes into the ledger, then the object goes.
        it.value()->disconnect(this);
        it.value()->deleteLater();
        m_waitingFor.remove(it.key());
        it = m_sources.erase(it);
    }
    if (m_tick.isActive())
        onTick();
    return ok();
}

void SourceScheduler::start()
{
    m_tick.start();
    onTick();
}

void SourceScheduler::stop()
{
    m_tick.stop();
}

Status SourceScheduler::pollNow(const QStringList &names)
{
    QList<NetworkSource *> chosen;
    for (const QString &name : names) {
        NetworkSource *source = this->source(name);
        if (!source)
            return Error {ErrorCode::NotFound, u"no source named \"%1\" to poll"_s.arg(name)};
        chosen.append(source);
    }
    if (names.isEmpty())
        chosen = sources();
    if (chosen.isEmpty()) {
        QMetaObject::invokeMethod(this, &SourceScheduler::finishedAll, Qt::QueuedConnection);
        return ok();
    }
    for (NetworkSource *source : std::as_const(chosen))
        m_waitingFor.insert(source->config().id);
    // A source whose settings are unusable fails inside poll(); the last one to finish, now or
    // later, emits finishedAll.
    for (NetworkSource *source : std::as_const(chosen))
        startPoll(source);
    return ok();
}

bool SourceScheduler::isPolling() const
{
    return std::any_of(m_sources.cbegin(), m_sources.cend(),
                       [](const NetworkSource *s) { return s->isPolling(); });
}

NetworkSource *SourceScheduler::source(const QString &name) const
{
    for (NetworkSource *source : m_sources) {
        if (source->config().name == name)
            return source;
    }
    return nullptr;
}

QList<NetworkSource *> SourceScheduler::sources() const
{
    QList<NetworkSource *> result = m_sources.values();
    std::sort(result.begin(), result.end(), [](const NetworkSource *a, const NetworkSource *b) {
        return a->config().name < b->config().name;
    });
    return result;
}

void SourceScheduler::onTick()
{
    const qint64 nowMs = m_clock->nowMs();
    for (NetworkSource *source : sources()) {
        const SourceConfig &config = source->config();
        if (source->isPolling() || config.status == SourceConfig::Status::Unauthorized)
            continue;
        if (config.nextPollMs <= nowMs)
            startPoll(source);
    }
}

void SourceScheduler::startPoll(NetworkSource *source)
{
    if (source->isPolling())
        return;
    qCDebug(lcScheduler) << "polling" << source->config().name;
    source->poll(); // may fail at once (bad settings): onFailed runs before this returns
}

void SourceScheduler::onPolled(NetworkSource *source, qint64 recordsWritten)
{
    SourceConfig config = source->config();
    const qint64 nowMs = m_clock->nowMs();
    m_failuresInARow.remove(config.id);
    config.status = SourceConfig::Status::Ok;
    config.lastSuccessMs = nowMs;
    config.lastError.clear();
    config.nextPollMs = nowMs + config.intervalMs(source->defaultIntervalMs());
    SourceStore store(m_ledger);
    if (Status saved = store.recordSuccess(config.id, nowMs); !saved)
        qCWarning(lcScheduler) << "could not save the success of" << config.name
                               << saved.error().detail;
    if (Status saved = store.setNextPoll(config.id, config.nextPollMs); !saved)
        qCWarning(lcScheduler) << "could not save the schedule of" << config.name
                               << saved.error().detail;
    source->setConfig(config);
    emit sourcePolled(config.name, recordsWritten);
    emit sourceUpdated(config.name);
    if (recordsWritten > 0)
        emit usageChanged();
    afterPoll(source);
}

void SourceScheduler::onFailed(NetworkSource *source, const Error &error)
{
    SourceConfig config = source->config();
    const qint64 nowMs = m_clock->nowMs();
    const int failures = ++m_failuresInARow[config.id];
    config.lastError = error.detail;
    if (error.code == ErrorCode::Unauthorized) {
        config.status = SourceConfig::Status::Unauthorized;
        config.nextPollMs = 0;
    } else {
        config.status = SourceConfig::Status::Error;
        const qint64 backoff
            = std::min<qint64>(m_maxBackoffMs, m_firstBackoffMs << std::min(failures - 1, 30));
        const double jitter = 0.5 + 0.5 * std::clamp(m_unitRandom(), 0.0, 0.999999);
        config.nextPollMs = nowMs + std::max<qint64>(1, qint64(double(backoff) * jitter));
    }
    SourceStore store(m_ledger);
    if (Status saved = store.recordFailure(config.id, config.status, config.lastError); !saved)
        qCWarning(lcScheduler) << "could not save the failure of" << config.name
                               << saved.error().detail;
    if (Status saved = store.setNextPoll(config.id, config.nextPollMs); !saved)
        qCWarning(lcScheduler) << "could not save the schedule of" << config.name
                               << saved.error().detail;
    source->setConfig(config);
    emit sourceFailed(config.name, error);
    emit sourceUpdated(config.name);
    afterPoll(source);
}

void SourceScheduler::afterPoll(NetworkSource *source)
{
    if (m_waitingFor.remove(source->config().id) && m_waitingFor.isEmpty())
        emit finishedAll();
}
