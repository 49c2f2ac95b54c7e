#include "commandline.h"

#include "budgets/budgetstore.h"
#include "clioutput.h"
#include "core/calendar.h"
#include "core/clock.h"
#include "core/money.h"
#include "demo/demoorganisation.h"
#include "ledger/ledger.h"
#include "ledger/peopledirectory.h"
#include "ledger/reconciliationquery.h"
#include "ledger/reportquery.h"
#include "ledger/usagetransfer.h"
#include "pricing/pricebook.h"
#include "sources/meters/locallogimporter.h"
#include "sources/meters/logreaders.h"
#include "sources/networksources.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QMap>
#include <QSaveFile>
#include <QStandardPaths>

using namespace CliOutput;

namespace {

const QString usageText = QStringLiteral(R"(Usage: burnrate-cli [--db PATH] [--json] <command> ...

Commands:
  report --by KEYS [--since DATE] [--until DATE] [--tz ZONE]
         [--person EMAIL] [--team NAME] [--source S] [--model M]
                          KEYS: comma list of day, week, month, person, team,
                          model, source, project, session; DATE is YYYY-MM-DD.
                          Keys among day, week, month and source (without
                          --person, --team, --model) add billed, estimated and
                          their difference: billed is what providers charged
                          (cost reports and per-request prices), estimated is
                          usage priced with the price table; "-" where a source
                          reports no billed costs
  import csv FILE         usage rows (columns: see README)
  import claude-code|codex|gemini|opencode|copilot [PATH ...] [--person EMAIL]
                          coding-agent logs (default: where the agent keeps them);
                          only bytes added since the last import are read
  import all [--person EMAIL]
                          every agent's logs at their default locations
  people import FILE      CSV: email,name,team,manager,role,identities
  people list
  export --format csv|json [--out FILE] [--since DATE] [--until DATE]
  pricing import FILE     a LiteLLM model_prices_and_context_window.json
  pricing show MODEL      the price a model name matches
  sources list
  sources add KIND --name NAME [--base-url URL] [--key-env VAR | --key-stdin]
              [--interval 15m] [--backfill-days 30]
              [--reference-model MODEL] [--model MODEL] [--person EMAIL]
                          --key-env names the variable holding the API key
                          (headless use); --key-stdin stores it in the keychain
                          KIND: %2
  sources update NAME [the options of add, but --name]
                          change only the options given (a new --key-env or
                          --key-stdin also resumes a source whose key was refused)
  sources remove NAME     stop polling it; its usage stays
  poll [--once] [NAME ...]
                          poll network sources (all when none named); without
                          --once keep polling on their schedules
  watch [--for DURATION]  poll sources, import agent logs as they change and
                          tell budget alerts (printed, posted to webhooks),
                          until stopped (Ctrl+C) or for DURATION (30s, 15m)
  budgets set --scope org|team:NAME|person:EMAIL (--limit-usd X | --limit-tokens N)
              [--period day|week|month|quarter|custom] [--from DATE --to DATE]
              [--tz ZONE] [--week-start mon] [--month-start-day 1]
              [--thresholds 50,80,100] [--models M,…] [--sources S,…]
              [--no-subteams] [--hard]
  budgets set --id ID [any option above]
                          change only the options given
  budgets list | remove ID|--all
  budgets check           every budget's state; exit 0 ok, 1 warning,
                          2 exceeded, 3 could not tell (monitoring plugins)
  alerts [list] [--all]   alerts that are neither acknowledged nor snoozed
                          (--all: the whole history)
  alerts ack ID | snooze ID DURATION
  webhooks list           where budget alerts are posted (URLs shown without
                          their secret part)
  webhooks add NAME URL [--format slack|generic]
                          post alerts to URL: a Slack incoming webhook (default)
                          or any endpoint taking JSON (generic)
  webhooks remove NAME    its undelivered alerts are dropped
  webhooks test NAME      send a sample alert now; exit 1 with the error
  peers --person EMAIL [--period week|month|last-month|quarter] [--no-subteams]
                          the person's spend against their team's and the
                          organisation's: quartiles, percentile, histogram; no
                          peer is named, groups under 5 people are not shown
                          (default period: month, to today)
  demo [--seed N] [--end DATE] [--days N]
                          fill the ledger with the demo organisation

Options:
  --db PATH               the ledger file (default: $BURNRATE_DB, else
                          %1)
  --json                  machine-readable output
  -h, --help              this help
  -v, --version           the version

Exit status: 0 ok, 1 failure, 2 usage error.
)");

QString jsonCounters(const ReportTotals &totals)
{
    const AggregateCostKind kind = totals.costKind();
    return QStringLiteral("\"input_tokens\":%1,\"cache_write_tokens\":%2,\"cache_read_tokens\":%3,"
                          "\"output_tokens\":%4,\"reasoning_tokens\":%5,\"requests\":%6,"
                          "\"cost_usd\":%7,\"cost_kind\":\"%8\"")
        .arg(totals.tokens.input)
        .arg(totals.tokens.cacheWrite())
        .arg(totals.tokens.cacheRead)
        .arg(totals.tokens.output)
        .arg(totals.tokens.reasoning)
        .arg(totals.requests)
        .arg(kind == AggregateCostKind::Unpriced ? QStringLiteral("null")
                                                 : jsonUsd(totals.costMicros))
        .arg(aggregateCostKindName(kind));
}

QString costCell(const ReportTotals &totals)
{
    if (totals.costKind() == AggregateCostKind::Unpriced)
        return QStringLiteral("unpriced");
    QString text = Money::formatUsd(totals.costMicros);
    if (totals.unpricedRecords > 0)
        text += u'*'; // part of it has no price
    return text;
}

// Billed against estimated per report row, for reports keyed only by calendar and source keys.
using ReconciledRows = QMap<QStringList, ReconciliationFigures>;

bool isReconcilable(const ReportRequest &request)
{
    if (request.groupBy.isEmpty() || !request.personEmail.isEmpty() || !request.teamName.isEmpty()
        || !request.models.isEmpty() || request.sources.size() > 1)
        return false;
    for (const ReportKey key : request.groupBy) {
        if (key != ReportKey::Day && key != ReportKey::Week && key != ReportKey::Month
            && key != ReportKey::Source)
            return false;
    }
    return true;
}

// The reconciliation's day × source rows summed under the report's keys (source is its kind).
ReconciledRows reconciledRows(const QList<ReportKey> &groupBy, const Reconciliation &daily)
{
    ReconciledRows rows;
    for (const ReconciliationRow &row : daily.rows) {
        QStringList keys;
        for (const ReportKey key : groupBy) {
            switch (key) {
            case ReportKey::Day:
                keys.append(Calendar::dayKey(row.periodStart));
                break;
            case ReportKey::Week:
                keys.append(Calendar::isoWeekKey(row.periodStart));
                break;
            case ReportKey::Month:
                keys.append(Calendar::monthKey(row.periodStart));
                break;
            default:
                keys.append(row.sourceKind);
                break;
            }
        }
        rows[keys] += row.figures;
    }
    return rows;
}

QString jsonReconciliation(const ReconciliationFigures &figures)
{
    const std::optional<qint64> difference = figures.differenceMicros();
    return QStringLiteral(",\"billed_usd\":%1,\"estimated_usd\":%2,\"difference_usd\":%3")
        .arg(figures.hasBilledData() ? jsonUsd(figures.billedMicros) : QStringLiteral("null"),
             jsonUsd(figures.estimatedMicros),
             difference ? jsonUsd(*difference) : QStringLiteral("null"));
}

QStringList reconciliationCells(const ReconciliationFigures &figures)
{
    const std::optional<qint64> difference = figures.differenceMicros();
    return {figures.hasBilledData() ? Money::formatUsd(figures.billedMicros) : QStringLiteral("-"),
            Money::formatUsd(figures.estimatedMicros),
            difference ? Money::formatUsd(*difference) : QStringLiteral("-")};
}

std::optional<QDate> parseDateOption(const QCommandLineParser &parser, const QString &name,
                                     QString *error)
{
    if (!parser.isSet(name))
        return std::nullopt;
    const std::optional<QDate> date = Calendar::parseDate(parser.value(name));
    if (!date)
        *error = QStringLiteral("--%1 \"%2\" is not a date (YYYY-MM-DD)")
                     .arg(name, parser.value(name));
    return date;
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err, const Clock &clock,
                         QProcessEnvironment environment)
    : m_out(out), m_err(err), m_clock(clock), m_environment(std::move(environment))
{ }

QString CommandLine::defaultLedgerPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("ledger.sqlite"));
}

QString CommandLine::ledgerPath() const
{
    if (!m_dbOption.isEmpty())
        return m_dbOption;
    const QString fromEnvironment = m_environment.value(QStringLiteral("BURNRATE_DB"));
    return fromEnvironment.isEmpty() ? defaultLedgerPath() : fromEnvironment;
}

int CommandLine::usageError(const QString &message)
{
    m_err << "burnrate-cli: " << message << "\n"
          << "Try 'burnrate-cli --help'.\n";
    m_err.flush();
    return 2;
}

int CommandLine::failure(const QString &message)
{
    m_err << "burnrate-cli: " << message << "\n";
    m_err.flush();
    return 1;
}

int CommandLine::run(QStringList arguments)
{
    // Global options may stand anywhere; take them out first.
    QStringList rest;
    bool wantsHelp = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--json")) {
            m_json = true;
        } else if (argument == QLatin1String("--db")) {
            if (i + 1 >= arguments.size())
                return usageError(QStringLiteral("--db needs a path"));
            m_dbOption = arguments[++i];
        } else if (argument.startsWith(QLatin1String("--db="))) {
            m_dbOption = argument.mid(5);
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            wantsHelp = true;
        } else if (rest.isEmpty()
                   && (argument == QLatin1String("--version") || argument == QLatin1String("-v"))) {
            m_out << "burnrate-cli " << BURNRATE_VERSION << "\n";
            return 0;
        } else {
            rest.append(argument);
        }
    }
    if (wantsHelp || rest.isEmpty()) {
        m_out << usageText.arg(defaultLedgerPath(),
                               NetworkSources::kinds().join(QStringLiteral(", ")));
        m_out.flush();
        return rest.isEmpty() && !wantsHelp ? 2 : 0;
    }
    if (m_dbOption.isEmpty() && arguments.contains(QStringLiteral("--db")))
        return usageError(QStringLiteral("--db needs a path"));

    const QString command = rest.takeFirst();
    if (command.startsWith(u'-'))
        return usageError(QStringLiteral("unknown option %1").arg(command));
    int status = 0;
    if (command == QLatin1String("report"))
        status = report(rest);
    else if (command == QLatin1String("import"))
        status = importCommand(rest);
    else if (command == QLatin1String("people"))
        status = peopleCommand(rest);
    else if (command == QLatin1String("export"))
        status = exportCommand(rest);
    else if (command == QLatin1String("demo"))
        status = demoCommand(rest);
    else if (command == QLatin1String("pricing"))
        status = pricingCommand(rest);
    else if (command == QLatin1String("sources"))
        status = sourcesCommand(rest);
    else if (command == QLatin1String("poll"))
        status = pollCommand(rest);
    else if (command == QLatin1String("watch"))
        status = watchCommand(rest);
    else if (command == QLatin1String("budgets"))
        status = budgetsCommand(rest);
    else if (command == QLatin1String("alerts"))
        status = alertsCommand(rest);
    else if (command == QLatin1String("webhooks"))
        status = webhooksCommand(rest);
    else if (command == QLatin1String("peers"))
        status = peersCommand(rest);
    else
        status = usageError(QStringLiteral("unknown command \"%1\"").arg(command));
    m_out.flush();
    m_err.flush();
    return status;
}

int CommandLine::report(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("by"), QString(), QStringLiteral("keys")},
                       {QStringLiteral("since"), QString(), QStringLiteral("date")},
                       {QStringLiteral("until"), QString(), QStringLiteral("date")},
                       {QStringLiteral("tz"), QString(), QStringLiteral("zone")},
                       {QStringLiteral("person"), QString(), QStringLiteral("email")},
                       {QStringLiteral("team"), QString(), QStringLiteral("name")},
                       {QStringLiteral("source"), QString(), QStringLiteral("source")},
                       {QStringLiteral("model"), QString(), QStringLiteral("model")}});
    if (!parser.parse(QStringList {QStringLiteral("report")} + arguments))
        return usageError(QStringLiteral("report: ") + parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("report: unexpected argument \"%1\"")
                              .arg(parser.positionalArguments().first()));

    ReportRequest request;
    Result<QList<ReportKey>> keys = parseReportKeys(parser.value(QStringLiteral("by")));
    if (!keys)
        return usageError(QStringLiteral("report: ") + keys.error().detail);
    request.groupBy = *keys;
    QString error;
    request.since = parseDateOption(parser, QStringLiteral("since"), &error);
    request.until = parseDateOption(parser, QStringLiteral("until"), &error);
    if (!error.isEmpty())
        return usageError(QStringLiteral("report: ") + error);
    if (request.since && request.until && *request.since > *request.until)
        return usageError(QStringLiteral("report: --since is after --until"));
    if (parser.isSet(QStringLiteral("tz"))) {
        request.zone = QTimeZone(parser.value(QStringLiteral("tz")).toUtf8());
        if (!request.zone.isValid())
            return usageError(
                QStringLiteral(
                    "report: unknown time zone \"%1\" (use an IANA name such as Europe/Berlin)")
                    .arg(parser.value(QStringLiteral("tz"))));
    }
    request.personEmail = parser.value(QStringLiteral("person"));
    request.teamName = parser.value(QStringLiteral("team"));
    if (parser.isSet(QStringLiteral("source")))
        request.sources = QStringList {parser.value(QStringLiteral("source"))};
    if (parser.isSet(QStringLiteral("model")))
        request.models = QStringList {parser.value(QStringLiteral("model"))};

    Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), true);
    if (!ledger)
        return failure(ledger.error().detail);
    Result<Report> result = ReportQuery(**ledger).run(request);
    if (!result)
        return failure(QStringLiteral("report: ") + result.error().detail);
    Report report = *result;

    // Calendar and source keys also compare billed with estimated money. A day or source with
    // billed costs but no usage gets a row of its own (zero counters).
    const bool reconciles = isReconcilable(request);
    ReconciledRows reconciled;
    ReconciliationFigures reconciledTotals;
    if (reconciles) {
        ReconciliationRequest reconciliation;
        reconciliation.since = request.since;
        reconciliation.until = request.until;
        reconciliation.zone = request.zone;
        reconciliation.source = request.sources.value(0);
        Result<Reconciliation> daily = ReconciliationQuery(**ledger).run(reconciliation);
        if (!daily)
            return failure(QStringLiteral("report: ") + daily.error().detail);
        reconciled = reconciledRows(report.groupBy, *daily);
        reconciledTotals = daily->totals;
        QMap<QStringList, ReportRow> merged;
        for (const ReportRow &row : std::as_const(report.rows))
            merged.insert(row.keys, row);
        for (auto it = reconciled.cbegin(); it != reconciled.cend(); ++it) {
            if (!merged.contains(it.key()))
                merged.insert(it.key(), ReportRow {it.key(), QString(), ReportTotals {}});
        }
        report.rows = merged.values();
    }

    if (m_json) {
        QStringList keyNames;
        for (const ReportKey key : report.groupBy)
            keyNames.append(jsonString(reportKeyName(key)));
        m_out << "{\"group_by\":[" << keyNames.join(u',')
              << "],\"timezone\":" << jsonString(report.timeZone) << ",\"rows\":[";
        for (qsizetype r = 0; r < report.rows.size(); ++r) {
            const ReportRow &row = report.rows[r];
            m_out << (r ? ",\n" : "\n") << '{';
            for (qsizetype k = 0; k < report.groupBy.size(); ++k) {
                m_out << jsonString(reportKeyName(report.groupBy[k])) << ':'
                      << jsonString(row.keys[k]) << ',';
                if (report.groupBy[k] == ReportKey::Person)
                    m_out << "\"person_name\":"
                          << jsonString(row.keys[k].isNull() ? QString() : row.personName) << ',';
            }
            m_out << jsonCounters(row.totals);
            if (reconciles)
                m_out << jsonReconciliation(reconciled.value(row.keys));
            m_out << '}';
        }
        m_out << "\n],\"totals\":{" << jsonCounters(report.totals);
        if (reconciles)
            m_out << jsonReconciliation(reconciledTotals);
        m_out << "}}\n";
        return 0;
    }

    if (report.rows.isEmpty()) {
        m_out << "No usage in this range.\n";
        return 0;
    }
    QStringList header;
    for (const ReportKey key : report.groupBy)
        header.append(reportKeyName(key));
    const int keyColumns = int(header.size());
    header << QStringLiteral("input") << QStringLiteral("cache write")
           << QStringLiteral("cache read") << QStringLiteral("output")
           << QStringLiteral("reasoning") << QStringLiteral("requests") << QStringLiteral("cost")
           << QStringLiteral("kind");
    if (reconciles)
        header << QStringLiteral("billed") << QStringLiteral("estimated")
               << QStringLiteral("difference");
    const auto counters = [](const ReportTotals &totals) {
        return QStringList {groupedNumber(totals.tokens.input),
                            groupedNumber(totals.tokens.cacheWrite()),
                            groupedNumber(totals.tokens.cacheRead),
                            groupedNumber(totals.tokens.output),
                            groupedNumber(totals.tokens.reasoning),
                            groupedNumber(totals.requests),
                            costCell(totals),
                            aggregateCostKindName(totals.costKind())};
    };
    QList<QStringList> rows;
    bool anyPartlyUnpriced = false;
    for (const ReportRow &row : std::as_const(report.rows)) {
        QStringList cells;
        for (const QString &key : row.keys)
            cells.append(key.isNull() ? QStringLiteral("(none)") : key);
        cells += counters(row.totals);
        if (reconciles)
            cells += reconciliationCells(reconciled.value(row.keys));
        rows.append(cells);
        anyPartlyUnpriced |= row.totals.unpricedRecords > 0
            && row.totals.costKind() != AggregateCostKind::Unpriced;
    }
    QStringList totalCells(keyColumns, QString());
    if (keyColumns > 0)
        totalCells[0] = QStringLiteral("total");
    totalCells += counters(report.totals);
    if (reconciles)
        totalCells += reconciliationCells(reconciledTotals);
    rows.append(totalCells);
    m_out << renderTable(header, rows, keyColumns);
    m_out << "Times in " << report.timeZone
          << ". Tokens: input is uncached input; output includes reasoning.\n";
    if (reconciles)
        m_out << "Billed: what providers charged; estimated: usage priced with the price table; "
                 "difference: billed - estimated on the days a provider's cost report covers.\n";
    if (anyPartlyUnpriced || report.totals.unpricedRecords > 0)
        m_out << "* part of this usage is for models without a price; that part is not in the "
                 "cost.\n";
    return 0;
}

int CommandLine::importCommand(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(QStringLiteral("import: say what to import (csv FILE)"));
    const QString kind = arguments.first();
    if (kind != QLatin1String("csv"))
        return importAgentLogs(kind, arguments.mid(1));
    if (arguments.size() != 2)
        return usageError(QStringLiteral("import csv: give exactly one FILE"));
    QFile file(arguments[1]);
    if (!file.open(QIODevice::ReadOnly))
        return failure(
            QStringLiteral("import csv: cannot read %1: %2").arg(arguments[1], file.errorString()));
    const QByteArray content = file.readAll();

    Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), false);
    if (!ledger)
        return failure(ledger.error().detail);
    Result<PriceBook> prices = PriceBook::load(**ledger, m_clock.nowMs());
    if (!prices)
        return failure(QStringLiteral("import csv: price table: ") + prices.error().detail);
    Result<UsageImportStats> stats = UsageTransfer::importCsv(**ledger, *prices, content);
    if (!stats)
        return failure(
            QStringLiteral("import csv: %1: %2").arg(arguments[1], stats.error().detail));
    if (m_json) {
        m_out << QStringLiteral("{\"rows\":%1,\"written\":%2,\"unchanged\":%3,\"unattributed\":%4,"
                                "\"unpriced\":%5}\n")
                     .arg(stats->rows)
                     .arg(stats->written)
                     .arg(stats->unchanged)
                     .arg(stats->unattributed)
                     .arg(stats->unpriced);
    } else {
        m_out << QStringLiteral("Imported %1 rows: %2 new or changed, %3 already in the ledger; %4 "
                                "not matched to a "
                                "person, %5 without a price.\n")
                     .arg(stats->rows)
                     .arg(stats->written)
                     .arg(stats->unchanged)
                     .arg(stats->unattributed)
                     .arg(stats->unpriced);
    }
    return 0;
}

int CommandLine::importAgentLogs(const QString &kind, const QStringList &arguments)
{
    // "all": every agent at its default locations, in one process (one ledger open, one price
    // table) — what a laptop's scheduled import wants.
    const bool isAll = kind == QLatin1String("all");
    std::vector<std::unique_ptr<LogReader>> readers;
    if (isAll) {
        for (const QString &each : LogReaders::kinds())
            readers.push_back(LogReaders::create(each));
    } else if (std::unique_ptr<LogReader> reader = LogReaders::create(kind)) {
        readers.push_back(std::move(reader));
    } else {
        return usageError(QStringLiteral("import: unknown kind \"%1\" (use csv, all, %2)")
                              .arg(kind, LogReaders::kinds().join(QStringLiteral(", "))));
    }
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("person"), QString(), QStringLiteral("email")});
    if (!parser.parse(QStringList {QStringLiteral("import")} + arguments))
        return usageError(QStringLiteral("import %1: ").arg(kind) + parser.errorText());
    if (isAll && !parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral(
            "import all: reads the default locations; name one agent to give paths"));

    Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), false);
    if (!ledger)
        return failure(ledger.error().detail);
    Result<PriceBook> prices = PriceBook::load(**ledger, m_clock.nowMs());
    if (!prices)
        return failure(
            QStringLiteral("import %1: price table: %2").arg(kind, prices.error().detail));
    LocalImportOptions options;
    options.paths = parser.positionalArguments();
    options.personEmail = parser.value(QStringLiteral("person"));
    options.environment = m_environment;
    QList<const LogReader *> readerList;
    for (const std::unique_ptr<LogReader> &reader : readers)
        readerList.append(reader.get());
    Result<QList<LocalImportSummary>> summaries
        = LocalLogImporter(**ledger, *prices, m_clock).runAll(readerList, options);
    if (!summaries)
        return failure(QStringLiteral("import ") + summaries.error().detail);
    QStringList jsonItems;
    for (qsizetype i = 0; i < readerList.size(); ++i) {
        const LogReader *reader = readerList[i];
        const LocalImportSummary &summary = summaries->at(i);
        if (m_json) {
            jsonItems.append(
                QStringLiteral(
                    "{\"agent\":\"%8\",\"files\":%1,\"files_read\":%2,\"files_replaced\":%3,"
                    "\"bytes_read\":%4,\"records\":%5,\"messages_counted\":%6,"
                    "\"malformed_lines\":%7}")
                    .arg(summary.filesSeen)
                    .arg(summary.filesRead)
                    .arg(summary.filesReplaced)
                    .arg(summary.bytesRead)
                    .arg(summary.recordsKept)
                    .arg(summary.messagesCounted)
                    .arg(summary.malformedLines)
                    .arg(reader->kind()));
            continue;
        }
        const QString prefix = isAll ? reader->kind() + QStringLiteral(": ") : QString();
        if (summary.filesSeen == 0) {
            m_out << prefix
                  << QStringLiteral("No %1 logs found%2.\n")
                         .arg(reader->kind(),
                              options.paths.isEmpty() ? QStringLiteral(" in the default locations")
                                                      : QString());
            continue;
        }
        m_out << prefix
              << QStringLiteral(
                     "Read %1 of %2 files (%3 MB new; %4 replaced or rotated): %5 usage records, "
                     "%6 new or grown.\n")
                     .arg(summary.filesRead)
                     .arg(summary.filesSeen)
                     .arg(QString::number(double(summary.bytesRead) / 1e6, 'f', 1))
                     .arg(summary.filesReplaced)
                     .arg(summary.recordsKept)
                     .arg(summary.messagesCounted);
        if (summary.malformedLines > 0) {
            m_out << prefix
                  << QStringLiteral("Skipped %1 malformed lines:\n").arg(summary.malformedLines);
            for (const MalformedFile &file :
                 std::as_const(summary.malformedFiles)
                     .first(std::min<qsizetype>(10, summary.malformedFiles.size())))
                m_out << "  " << file.path << ": " << file.malformedLines << "\n";
        }
    }
    if (m_json) {
        // One agent: its object; all: an object per agent.
        m_out << (isAll ? QStringLiteral("{\"agents\":[") + jsonItems.join(u',')
                          + QStringLiteral("]}")
                        : jsonItems.value(0))
              << "\n";
    }
    return 0;
}

int CommandLine::peopleCommand(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("import")) {
        if (arguments.size() != 2)
            return usageError(QStringLiteral("people import: give exactly one FILE"));
        QFile file(arguments[1]);
        if (!file.open(QIODevice::ReadOnly))
            return failure(QStringLiteral("people import: cannot read %1: %2")
                               .arg(arguments[1], file.errorString()));
        Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), false);
        if (!ledger)
            return failure(ledger.error().detail);
        Result<PeopleImportStats> stats = PeopleDirectory(**ledger).importCsv(file.readAll());
        if (!stats)
            return failure(
                QStringLiteral("people import: %1: %2").arg(arguments[1], stats.error().detail));
        m_out << QStringLiteral("Imported %1 people (%2 new teams, %3 identities); %4 usage rows "
                                "now attributed.\n")
                     .arg(stats->people)
                     .arg(stats->teamsCreated)
                     .arg(stats->identities)
                     .arg(stats->usageReattributed);
        return 0;
    }
    if (action == QLatin1String("list") && arguments.size() == 1) {
        Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), true);
        if (!ledger)
            return failure(ledger.error().detail);
        Result<QList<Person>> people = PeopleDirectory(**ledger).people();
        if (!people)
            return failure(people.error().detail);
        QList<QStringList> rows;
        for (const Person &person : std::as_const(*people))
            rows.append({person.email, person.name, person.teamName, person.managerEmail,
                         roleName(person.role)});
        m_out << renderTable({QStringLiteral("email"), QStringLiteral("name"),
                              QStringLiteral("team"), QStringLiteral("manager"),
                              QStringLiteral("role")},
                             rows, 5);
        return 0;
    }
    return usageError(QStringLiteral("people: use 'people import FILE' or 'people list'"));
}

int CommandLine::exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("format"), QString(), QStringLiteral("format")},
                       {QStringLiteral("out"), QString(), QStringLiteral("file")},
                       {QStringLiteral("since"), QString(), QStringLiteral("date")},
                       {QStringLiteral("until"), QString(), QStringLiteral("date")}});
    if (!parser.parse(QStringList {QStringLiteral("export")} + arguments))
        return usageError(QStringLiteral("export: ") + parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("export: unexpected argument \"%1\"")
                              .arg(parser.positionalArguments().first()));
    const QString formatName = parser.value(QStringLiteral("format"));
    ExportFormat format = ExportFormat::Csv;
    if (formatName == QLatin1String("json"))
        format = ExportFormat::Json;
    else if (formatName != QLatin1String("csv"))
        return usageError(QStringLiteral("export: --format must be csv or json"));
    QString error;
    const std::optional<QDate> since = parseDateOption(parser, QStringLiteral("since"), &error);
    const std::optional<QDate> until = parseDateOption(parser, QStringLiteral("until"), &error);
    if (!error.isEmpty())
        return usageError(QStringLiteral("export: ") + error);

    Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), true);
    if (!ledger)
        return failure(ledger.error().detail);
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty() || outPath == QLatin1String("-")) {
        m_out.flush();
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return failure(QStringLiteral("export: cannot write to standard output"));
        Result<qint64> rows
            = UsageTransfer::exportUsage(**ledger, format, standardOutput, since, until);
        return rows ? 0 : failure(QStringLiteral("export: ") + rows.error().detail);
    }
    // Written beside the target and renamed into place: a failed export leaves no half file.
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return failure(
            QStringLiteral("export: cannot write %1: %2").arg(outPath, file.errorString()));
    Result<qint64> rows = UsageTransfer::exportUsage(**ledger, format, file, since, until);
    if (!rows)
        return failure(QStringLiteral("export: ") + rows.error().detail);
    if (!file.commit())
        return failure(
            QStringLiteral("export: cannot write %1: %2").arg(outPath, file.errorString()));
    m_err << QStringLiteral("Exported %1 usage rows to %2.\n").arg(*rows).arg(outPath);
    return 0;
}

int CommandLine::demoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("seed"), QString(), QStringLiteral("n")},
                       {QStringLiteral("end"), QString(), QStringLiteral("date")},
                       {QStringLiteral("days"), QString(), QStringLiteral("n")}});
    if (!parser.parse(QStringList {QStringLiteral("demo")} + arguments))
        return usageError(QStringLiteral("demo: ") + parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("demo: unexpected argument \"%1\"")
                              .arg(parser.positionalArguments().first()));
    DemoOptions options;
    options.endDate = m_clock.now().date();
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usageError(QStringLiteral("demo: --seed must be a whole number ≥ 0"));
    }
    if (parser.isSet(QStringLiteral("days"))) {
        bool ok = false;
        options.days = parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || options.days < 1 || options.days > 730)
            return usageError(QStringLiteral("demo: --days must be between 1 and 730"));
    }
    QString error;
    if (const std::optional<QDate> end = parseDateOption(parser, QStringLiteral("end"), &error))
        options.endDate = *end;
    if (!error.isEmpty())
        return usageError(QStringLiteral("demo: ") + error);

    Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), false);
    if (!ledger)
        return failure(ledger.error().detail);
    if (Status populated = DemoOrganisation::populate(**ledger, options, m_clock.nowMs());
        !populated)
        return failure(QStringLiteral("demo: ") + populated.error().detail);
    Result<Report> totals = ReportQuery(**ledger).run(ReportRequest {});
    const QString spend = totals ? Money::formatUsd(totals->totals.costMicros) : QString();
    m_out << QStringLiteral(
                 "Demo organisation written to %1 (seed %2, %3 days to %4; %5 estimated spend).\n")
                 .arg(ledgerPath())
                 .arg(options.seed)
                 .arg(options.days)
                 .arg(options.endDate.toString(Qt::ISODate), spend);
    return 0;
}

int CommandLine::pricingCommand(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("import") && arguments.size() == 2) {
        QFile file(arguments[1]);
        if (!file.open(QIODevice::ReadOnly))
            return failure(QStringLiteral("pricing import: cannot read %1: %2")
                               .arg(arguments[1], file.errorString()));
        Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), false);
        if (!ledger)
            return failure(ledger.error().detail);
        Result<PriceBook> book = PriceBook::import(
            **ledger, file.readAll(), QFileInfo(arguments[1]).fileName(), m_clock.nowMs());
        if (!book)
            return failure(
                QStringLiteral("pricing import: %1: %2").arg(arguments[1], book.error().detail));
        m_out
            << QStringLiteral(
                   "Price table version %1 in force: %2 priced models. Usage already in the ledger "
                   "keeps the price it was costed with.\n")
                   .arg(book->versionId())
                   .arg(book->table().size());
        return 0;
    }
    if (action == QLatin1String("show") && arguments.size() == 2) {
        Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), false);
        if (!ledger)
            return failure(ledger.error().detail);
        Result<PriceBook> book = PriceBook::load(**ledger, m_clock.nowMs());
        if (!book)
            return failure(QStringLiteral("pricing: ") + book.error().detail);
        const std::optional<ModelPrice> price = book->table().find(arguments[1]);
        if (!price) {
            m_out << arguments[1] << ": unpriced (no matching entry in price version "
                  << book->versionId() << ")\n";
            return 1;
        }
        const auto perMillion = [](std::optional<qint64> rate) -> QString {
            return rate ? QStringLiteral("$") + jsonUsd(*rate) : QStringLiteral("-");
        };
        m_out << arguments[1] << " → " << price->key << " (" << price->provider
              << "), USD per 1M tokens:\n"
              << "  input " << perMillion(price->input) << ", output " << perMillion(price->output)
              << ", cache write 5m " << perMillion(price->cacheWrite5m) << ", cache write 1h "
              << perMillion(price->cacheWrite1h) << ", cache read " << perMillion(price->cacheRead)
              << "\n";
        if (price->tierThresholdTokens > 0) {
            m_out << "  above " << groupedNumber(price->tierThresholdTokens)
                  << " prompt tokens: input " << perMillion(price->tierInput) << ", output "
                  << perMillion(price->tierOutput) << "\n";
        }
        return 0;
    }
    return usageError(QStringLiteral("pricing: use 'pricing import FILE' or 'pricing show MODEL'"));
}
