// burnrate-cli sources, poll and watch: the network sources (providers, model servers) and the
// long-running mode that polls them, imports agent logs as they change and watches budgets.

#include "budgets/alertmonitor.h"
#include "clioutput.h"
#include "commandline.h"
#include "core/clock.h"
#include "core/money.h"
#include "ledger/ledger.h"
#include "ledger/sourcestore.h"
#include "ledger/sqlitedatabase.h"
#include "pricing/pricebook.h"
#include "sources/meters/localmeterservice.h"
#include "sources/networksources.h"
#include "sources/secretstore.h"
#include "sources/sourcescheduler.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <optional>

using namespace CliOutput;
using namespace Qt::StringLiterals;

namespace {

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : u"-"_s;
}

// Cloud-equivalent cost of each model server source's usage: what it would have cost at the
// reference model.
QHash<qint64, qint64> cloudEquivalents(Ledger &ledger)
{
    QHash<qint64, qint64> bySource;
    Result<SqliteStatement> statement = ledger.database().prepare(
        u"SELECT u.source_id, sum(e.cloud_equivalent_micros) FROM usage_estimates e "
        u"JOIN usage u ON u.id = e.usage_id GROUP BY u.source_id"_s);
    if (!statement)
        return bySource;
    while (statement->step() == SqliteStatement::StepResult::Row)
        bySource.insert(statement->int64(0), statement->int64(1));
    return bySource;
}

std::atomic<bool> stopRequested {false};

extern "C" void onStopSignal(int)
{
    stopRequested = true;
}

} // namespace

int CommandLine::sourcesCommand(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == "add"_L1)
        return sourcesAdd(arguments.mid(1), false);
    if (action == "update"_L1)
        return sourcesAdd(arguments.mid(1), true);
    if (action == "remove"_L1) {
        if (arguments.size() != 2)
            return usageError(u"sources remove: name one source"_s);
        Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), true);
        if (!ledger)
            return failure(ledger.error().detail);
        const Status removed = SourceStore(**ledger).remove(arguments[1]);
        if (!removed)
            return failure(u"sources remove: "_s + removed.error().detail);
        // Its keychain entry goes too; a keychain that cannot be reached keeps nothing of ours.
        SecretStore secrets(m_environment);
        secrets.setKeychainEnabled(!m_environment.contains(u"BURNRATE_NO_KEYCHAIN"_s));
        std::optional<Status> forgotten;
        QEventLoop loop;
        secrets.remove(arguments[1], [&](const Status &status) {
            forgotten = status;
            loop.quit();
        });
        if (!forgotten)
            loop.exec();
        m_out << u"Removed %1; its usage stays in the ledger."_s.arg(arguments[1]);
        if (!*forgotten)
            m_out << u" Its stored key could not be removed: "_s << forgotten->error().detail;
        m_out << u"\n"_s;
        return 0;
    }
    if (arguments != QStringList {u"list"_s})
        return usageError(
            u"sources: use 'sources list', 'sources add KIND --name NAME ...' or 'sources remove NAME'"_s);

    Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), true);
    if (!ledger)
        return failure(ledger.error().detail);
    Result<QList<SourceInfo>> sources = (*ledger)->sources();
    if (!sources)
        return failure(sources.error().detail);
    Result<QList<SourceConfig>> configs = SourceStore(**ledger).list({}, true);
    if (!configs)
        return failure(configs.error().detail);
    QHash<qint64, SourceConfig> configById;
    for (const SourceConfig &config : std::as_const(*configs))
        configById.insert(config.id, config);
    const QHash<qint64, qint64> equivalents = cloudEquivalents(**ledger);

    if (m_json) {
        QStringList items;
        for (const SourceInfo &source : std::as_const(*sources)) {
            const SourceConfig config = configById.value(source.id);
            QString item
                = u"{\"name\":%1,\"kind\":%2,\"status\":%3,\"records\":%4,\"last_usage\":%5,"
                  u"\"last_success\":%6,\"last_error\":%7,\"next_poll\":%8"_s
                      .arg(jsonString(source.name), jsonString(source.kind),
                           jsonString(SourceConfig::statusName(config.status)))
                      .arg(source.records)
                      .arg(
                          jsonString(source.lastUsageMs ? timeText(source.lastUsageMs) : QString()),
                          jsonString(source.lastSuccessMs ? timeText(source.lastSuccessMs)
                                                          : QString()),
                          jsonString(source.lastError.isEmpty() ? QString() : source.lastError),
                          jsonString(config.nextPollMs ? timeText(config.nextPollMs) : QString()));
            if (equivalents.contains(source.id))
                item += u",\"cloud_equivalent_usd\":"_s + jsonUsd(equivalents.value(source.id));
            items.append(item + u'}');
        }
        m_out << u"{\"sources\":["_s << items.join(u',') << u"]}\n"_s;
        return 0;
    }
    QList<QStringList> rows;
    for (const SourceInfo &source : std::as_const(*sources)) {
        const SourceConfig config = configById.value(source.id);
        QString status = SourceConfig::statusName(config.status);
        if (!source.lastError.isEmpty() && config.status != SourceConfig::Status::Ok)
            status += u": "_s + source.lastError;
        rows.append({source.name, source.kind, groupedNumber(source.records),
                     timeText(source.lastUsageMs), timeText(source.lastSuccessMs),
                     equivalents.contains(source.id)
                         ? Money::formatUsd(equivalents.value(source.id))
                         : u"-"_s,
                     status});
    }
    m_out << renderTable({u"name"_s, u"kind"_s, u"records"_s, u"last usage"_s, u"last success"_s,
                          u"cloud equivalent"_s, u"status"_s},
                         rows, 2);
    return 0;
}

int CommandLine::sourcesAdd(const QStringList &arguments, bool isUpdate)
{
    // "update" takes the same options as "add" and changes only those given.
    const QString verb = isUpdate ? u"sources update"_s : u"sources add"_s;
    QCommandLineParser parser;
    parser.addOptions({{u"name"_s, QString(), u"name"_s},
                       {u"base-url"_s, QString(), u"url"_s},
                       {u"key-env"_s, QString(), u"variable"_s},
                       {u"interval"_s, QString(), u"duration"_s},
                       {u"reference-model"_s, QString(), u"model"_s},
                       {u"model"_s, QString(), u"model"_s},
                       {u"person"_s, QString(), u"email"_s},
                       {u"backfill-days"_s, QString(), u"days"_s},
                       {u"key-stdin"_s, QString()}});
    if (!parser.parse(QStringList {u"sources"_s} + arguments))
        return usageError(verb + u": "_s + parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usageError(isUpdate ? u"sources update: give one NAME"_s
                                   : u"sources add: give one KIND (%1)"_s.arg(
                                       NetworkSources::kinds().join(u", "_s)));
    }
    if (isUpdate && parser.isSet(u"name"_s))
        return usageError(u"sources update: a source keeps its name (its key is filed under it)"_s);
    // An update reads the source first; an add opens (and creates) the ledger only once the
    // arguments are known to be good, so a usage error creates nothing.
    std::unique_ptr<Ledger> ledger;
    const auto open = [&]() -> bool {
        Result<std::unique_ptr<Ledger>> opened = openLedger(ledgerPath(), isUpdate);
        if (!opened) {
            failure(opened.error().detail);
            return false;
        }
        ledger = std::move(*opened);
        return true;
    };
    if (isUpdate && !open())
        return 1;
    SourceConfig config;
    if (isUpdate) {
        Result<SourceConfig> existing = SourceStore(*ledger).find(positional[0]);
        if (!existing || existing->status == SourceConfig::Status::Removed)
            return failure(u"sources update: no source named \"%1\""_s.arg(positional[0]));
        config = *existing;
    } else {
        config.kind = positional[0];
        config.name = parser.value(u"name"_s).trimmed();
        if (config.name.isEmpty())
            return usageError(u"sources add: --name is required"_s);
    }
    const auto setText = [&](const QString &option, const QString &key) {
        if (parser.isSet(option))
            config.settings.insert(key, parser.value(option).trimmed());
    };
    setText(u"base-url"_s, u"base_url"_s);
    setText(u"key-env"_s, u"key_env"_s);
    setText(u"reference-model"_s, u"reference_model"_s);
    setText(u"model"_s, u"model"_s);
    setText(u"person"_s, u"person_email"_s);
    if (parser.isSet(u"interval"_s)) {
        const std::optional<qint64> seconds = parseDurationSeconds(parser.value(u"interval"_s));
        if (!seconds)
            return usageError(verb
                              + u": --interval \"%1\" is not a duration (e.g. 30s, 15m, 1h)"_s.arg(
                                  parser.value(u"interval"_s)));
        config.settings.insert(u"interval_s"_s, *seconds);
    }
    if (parser.isSet(u"backfill-days"_s)) {
        bool isNumber = false;
        const int days = parser.value(u"backfill-days"_s).toInt(&isNumber);
        if (!isNumber || days < 1 || days > 366)
            return usageError(verb + u": --backfill-days must be 1 to 366"_s);
        config.settings.insert(u"backfill_days"_s, days);
    }
    if (Status valid = NetworkSources::validate(config); !valid)
        return usageError(verb + u": "_s + valid.error().detail);
    QString key;
    if (parser.isSet(u"key-stdin"_s)) {
        QTextStream in(stdin);
        key = in.readLine().trimmed();
        if (key.isEmpty())
            return usageError(verb + u": --key-stdin read no key"_s);
    }

    if (!isUpdate && !open())
        return 1;
    SourceStore store(*ledger);
    Result<SourceConfig> added = isUpdate
        ? (store.updateSettings(config.id, config.settings)
               ? store.find(config.id)
               : Result<SourceConfig>(
                   Error {ErrorCode::Database, u"the settings could not be saved"_s}))
        : store.add(config.kind, config.name, config.settings, m_clock.nowMs());
    if (!added)
        return failure(verb + u": "_s + added.error().detail);
    if (!key.isEmpty()) {
        // The keychain answers asynchronously (it may ask to be unlocked).
        SecretStore secrets(m_environment);
        secrets.setKeychainEnabled(!m_environment.contains(u"BURNRATE_NO_KEYCHAIN"_s));
        std::optional<Status> stored;
        QEventLoop loop;
        secrets.write(added->name, key, [&](const Status &status) {
            stored = status;
            loop.quit();
        });
        if (!stored)
            loop.exec();
        if (!*stored) {
            return failure(u"%1: %2 was saved, but its key was not stored: %3"_s.arg(verb).arg(
                added->name, stored->error().detail));
        }
    }
    m_out << (isUpdate ? u"Updated"_s : u"Added"_s)
          << u" %1 (%2); it is polled by 'burnrate-cli poll', 'watch' and the app."_s.arg(
                 added->name, added->kind);
    if (NetworkSources::needsKey(added->kind)) {
        m_out << u" Its API key is read from %1."_s.arg(
            key.isEmpty() && added->keyEnvironmentVariable().isEmpty()
                ? u"the system keychain (none stored yet: "
                  u"use --key-stdin or --key-env)"_s
                : SecretStore::whereKeptText(*added));
    }
    m_out << u"\n"_s;
    return 0;
}

int CommandLine::pollCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"once"_s, QString()});
    if (!parser.parse(QStringList {u"poll"_s} + arguments))
        return usageError(u"poll: "_s + parser.errorText());
    const QStringList names = parser.positionalArguments();
    if (!parser.isSet(u"once"_s) && !names.isEmpty())
        return usageError(
            u"poll: naming sources needs --once; without it every source is polled"_s);
    Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), true);
    if (!ledger)
        return failure(ledger.error().detail);
    Result<PriceBook> prices = PriceBook::load(**ledger, m_clock.nowMs());
    if (!prices)
        return failure(u"poll: price table: "_s + prices.error().detail);
    QNetworkAccessManager network;
    SecretStore secrets(m_environment);
    secrets.setKeychainEnabled(!m_environment.contains(u"BURNRATE_NO_KEYCHAIN"_s));
    SourceScheduler scheduler(**ledger, &m_clock, [&](const SourceConfig &config) {
        return NetworkSources::make(config, **ledger, &network, &m_clock, *prices, &secrets);
    });
    if (Status loaded = scheduler.reload(); !loaded)
        return failure(u"poll: "_s + loaded.error().detail);
    if (scheduler.sources().isEmpty())
        return failure(
            u"poll: no network sources are configured (add one with 'burnrate-cli sources add')"_s);
    int failures = 0;
    QObject::connect(&scheduler, &SourceScheduler::sourcePolled,
                     [&](const QString &name, qint64 records) {
                         m_out << u"%1: ok, %2 records new or changed\n"_s.arg(name).arg(records);
                         m_out.flush();
                     });
    QObject::connect(&scheduler, &SourceScheduler::sourceFailed,
                     [&](const QString &name, const Error &error) {
                         ++failures;
                         m_err << u"burnrate-cli: poll %1: %2\n"_s.arg(name, error.detail);
                         m_err.flush();
                     });
    if (!parser.isSet(u"once"_s)) {
        scheduler.start();
        runUntilStopped(std::nullopt);
        return 0;
    }
    QEventLoop loop;
    QObject::connect(&scheduler, &SourceScheduler::finishedAll, &loop, &QEventLoop::quit);
    if (Status started = scheduler.pollNow(names); !started)
        return failure(u"poll: "_s + started.error().detail);
    if (scheduler.isPolling())
        loop.exec();
    return failures > 0 ? 1 : 0;
}

int CommandLine::watchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"for"_s, QString(), u"duration"_s});
    if (!parser.parse(QStringList {u"watch"_s} + arguments))
        return usageError(u"watch: "_s + parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            u"watch: unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst()));
    std::optional<qint64> forSeconds;
    if (parser.isSet(u"for"_s)) {
        forSeconds = parseDurationSeconds(parser.value(u"for"_s));
        if (!forSeconds)
            return usageError(u"watch: --for \"%1\" is not a duration (e.g. 30s, 15m)"_s.arg(
                parser.value(u"for"_s)));
    }
    Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), false);
    if (!ledger)
        return failure(ledger.error().detail);
    Result<PriceBook> prices = PriceBook::load(**ledger, m_clock.nowMs());
    if (!prices)
        return failure(u"watch: price table: "_s + prices.error().detail);
    QNetworkAccessManager network;
    SecretStore secrets(m_environment);
    secrets.setKeychainEnabled(!m_environment.contains(u"BURNRATE_NO_KEYCHAIN"_s));
    SourceScheduler scheduler(**ledger, &m_clock, [&](const SourceConfig &config) {
        return NetworkSources::make(config, **ledger, &network, &m_clock, *prices, &secrets);
    });
    if (Status loaded = scheduler.reload(); !loaded)
        return failure(u"watch: "_s + loaded.error().detail);
    const auto stamp = [this]() -> QString {
        return m_clock.now().toString(Qt::ISODate);
    };
    QObject::connect(
        &scheduler, &SourceScheduler::sourcePolled, [&](const QString &name, qint64 records) {
            if (records > 0) {
                m_out << u"%1 %2: %3 records new or changed\n"_s.arg(stamp(), name).arg(records);
                m_out.flush();
            }
        });
    QObject::connect(&scheduler, &SourceScheduler::sourceFailed,
                     [&](const QString &name, const Error &error) {
                         m_err << u"%1 %2: %3\n"_s.arg(stamp(), name, error.detail);
                         m_err.flush();
                     });
    // The agents' logs, on this thread: the service opens its own connection to the same file.
    LocalMeterOptions meterOptions;
    meterOptions.environment = m_environment;
    LocalMeterService meters((*ledger)->path(), &m_clock, meterOptions);
    QObject::connect(&meters, &LocalMeterService::importFinished,
                     [&](const QString &kind, const LocalImportSummary &summary) {
                         if (summary.messagesCounted > 0) {
                             m_out << u"%1 %2: %3 new messages\n"_s.arg(stamp(), kind)
                                          .arg(summary.messagesCounted);
                             m_out.flush();
                         }
                     });
    QObject::connect(&meters, &LocalMeterService::errorOccurred,
                     [&](const QString &kind, const Error &error) {
                         m_err << u"%1 %2: %3\n"_s.arg(stamp(), kind, error.detail);
                         m_err.flush();
                     });
    // Budgets: evaluated every minute and after new usage; new alerts are printed and posted to
    // the webhooks.
    AlertMonitor alerts((*ledger)->path(), m_clock);
    QObject::connect(&alerts, &AlertMonitor::alertsFired, [&](const QList<BudgetAlert> &fired) {
        for (const BudgetAlert &alert : fired)
            m_out << u"%1 alert: %2\n"_s.arg(stamp(), alert.message);
        m_out.flush();
    });
    QObject::connect(&alerts, &AlertMonitor::errorOccurred, [&](const QString &message) {
        m_err << u"%1 budgets: %2\n"_s.arg(stamp(), message);
        m_err.flush();
    });
    QObject::connect(&scheduler, &SourceScheduler::sourcePolled, &alerts,
                     [&](const QString &, qint64 records) {
                         if (records > 0)
                             alerts.evaluateNow();
                     });
    QObject::connect(&meters, &LocalMeterService::importFinished, &alerts,
                     [&](const QString &, const LocalImportSummary &summary) {
                         if (summary.messagesCounted > 0)
                             alerts.evaluateNow();
                     });
    // A source whose key was refused is not polled until its settings change: say so once.
    for (const NetworkSource *source : scheduler.sources()) {
        if (source->config().status == SourceConfig::Status::Unauthorized) {
            m_err << u"%1 %2: not polled until its key or settings change: %3\n"_s.arg(
                stamp(), source->config().name, source->config().lastError);
        }
    }
    m_err.flush();
    m_out << u"Watching %1 network sources and the agents' logs%2. Stop with Ctrl+C.\n"_s
                 .arg(scheduler.sources().size())
                 .arg(forSeconds ? u" for %1 s"_s.arg(*forSeconds) : QString());
    m_out.flush();
    scheduler.start();
    meters.setWatching(true);
    meters.importAll();
    alerts.start();
    runUntilStopped(forSeconds);
    alerts.stop();
    meters.setWatching(false);
    scheduler.stop();
    return 0;
}

void CommandLine::runUntilStopped(std::optional<qint64> forSeconds)
{
    // A signal handler may only set a flag; a timer looks at it.
    stopRequested = false;
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (stopRequested)
            loop.quit();
    });
    check.start(200);
    if (forSeconds)
        QTimer::singleShot(std::chrono::seconds(*forSeconds), &loop, &QEventLoop::quit);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}
