// Fills a fresh ledger with a synthetic 2,000-person organisation and N usage rows over a year,
// then times the queries the dashboard and the command line run. Prints figures; never fails on
// timing (see README).
//
//   bench_ledger [--rows N (default 10000000)] [--db PATH] [--keep]

#include "budgets/alertengine.h"
#include "budgets/budgetevaluator.h"
#include "budgets/budgetstore.h"
#include "core/calendar.h"
#include "core/money.h"
#include "ledger/ledger.h"
#include "ledger/peopledirectory.h"
#include "ledger/reportquery.h"
#include "ledger/sqlitedatabase.h"
#include "pricing/costcalculator.h"
#include "pricing/pricebook.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <numeric>
#include <random>
#include <sys/resource.h>

namespace {

constexpr int peopleCount = 2'000;
constexpr int divisions = 5;
constexpr int teamsPerDivision = 7; // 5 + 35 = 40 teams
constexpr int historyDays = 365;
constexpr qsizetype batchSize = 50'000;
constexpr int runsPerQuery = 5;

const char *const divisionNames[divisions]
    = {"Engineering", "Product", "Sales", "Support", "Operations"};

QString personEmail(int index)
{
    return QStringLiteral("person%1@bench.example").arg(index, 4, 10, QLatin1Char('0'));
}

QString leafTeam(int division, int team)
{
    return QString::fromLatin1(divisionNames[division]) + QStringLiteral("-%1").arg(team + 1);
}

// Division heads sit in the division team and report to person 0; everybody else is in a leaf
// team and reports to its lead (the first person of the team).
QByteArray organisationCsv()
{
    QByteArray csv = "email,name,team,manager,role,identities\n";
    const int leafTeams = divisions * teamsPerDivision;
    const int perTeam = (peopleCount - divisions) / leafTeams;
    int index = 0;
    auto row = [&](const QString &team, const QString &manager, const char *role) {
        const QString email = personEmail(index);
        csv += QStringLiteral("%1,Person %2,%3,%4,%5,openai-user:user-%2;local:p%2@host%2\n")
                   .arg(email)
                   .arg(index)
                   .arg(team, manager, QLatin1String(role))
                   .toUtf8();
        ++index;
    };
    for (int d = 0; d < divisions; ++d)
        row(QString::fromLatin1(divisionNames[d]), d == 0 ? QString() : personEmail(0),
            d == 0 ? "admin" : "manager");
    for (int d = 0; d < divisions; ++d) {
        for (int t = 0; t < teamsPerDivision; ++t) {
            const QString path = QString::fromLatin1(divisionNames[d]) + u'/' + leafTeam(d, t);
            const QString lead = personEmail(index);
            const int members = (d == divisions - 1 && t == teamsPerDivision - 1)
                ? peopleCount - index // the last team takes the remainder
                : perTeam;
            row(path, personEmail(d), "manager");
            for (int m = 1; m < members; ++m)
                row(path, lead, "employee");
        }
    }
    return csv;
}

struct Combo
{
    int source; // index into the source list
    QString model;
    QString provider;
    ModelPrice price;
    bool priced = false;
};

struct BenchPerson
{
    QString email;
    QString openAiUser;
    QString localUser;
    QList<int> combos; // each person sticks to a few (source, model) pairs
    QStringList projects;
};

double uniform(std::mt19937_64 &rng)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

qint64 logNormal(std::mt19937_64 &rng, double median, double sigma)
{
    const double u1 = 1.0 - uniform(rng);
    const double u2 = uniform(rng);
    const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    return std::max<qint64>(1, std::llround(median * std::exp(sigma * normal)));
}

struct Options
{
    qint64 rows = 10'000'000;
    QString dbPath;
    bool keep = false;
};

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

struct Fill
{
    QDate endDate;
    QString typicalPerson;
    QString typicalTeam;
};

Result<Fill> fill(Ledger &ledger, qint64 rows)
{
    QElapsedTimer timer;
    timer.start();
    Result<PeopleImportStats> people = PeopleDirectory(ledger).importCsv(organisationCsv());
    if (!people)
        return people.error();
    std::printf("organisation: %d people, %d teams (%lld ms)\n", people->people,
                people->teamsCreated, qint64(timer.elapsed()));

    Result<PriceBook> prices = PriceBook::load(ledger, QDateTime::currentMSecsSinceEpoch());
    if (!prices)
        return prices.error();

    const QStringList sourceKinds
        = {QStringLiteral("claude-code"), QStringLiteral("codex"), QStringLiteral("openai"),
           QStringLiteral("anthropic"), QStringLiteral("openrouter")};
    QList<qint64> sourceIds;
    for (const QString &kind : sourceKinds) {
        Result<qint64> id = ledger.ensureSource(kind, kind);
        if (!id)
            return id.error();
        sourceIds.append(*id);
    }
    const QList<std::tuple<int, const char *, const char *>> comboSpecs
        = {{0, "claude-sonnet-4-5", "anthropic"},
           {0, "claude-opus-4-5", "anthropic"},
           {0, "claude-haiku-4-5", "anthropic"},
           {1, "gpt-5.1-codex", "openai"},
           {1, "gpt-5-codex", "openai"},
           {1, "northwind-internal-7b", "northwind"},
           {2, "gpt-5", "openai"},
           {2, "gpt-5-mini", "openai"},
           {2, "gpt-4.1", "openai"},
           {3, "claude-sonnet-4-5", "anthropic"},
           {3, "claude-haiku-4-5", "anthropic"},
           {4, "google/gemini-2.5-pro", "google"},
           {4, "anthropic/claude-sonnet-4.5", "anthropic"}};
    QList<Combo> combos;
    for (const auto &[source, model, provider] : comboSpecs) {
        Combo combo;
        combo.source = source;
        combo.model = QString::fromLatin1(model);
        combo.provider = QString::fromLatin1(provider);
        if (const std::optional<ModelPrice> price = prices->table().find(combo.model)) {
            combo.price = *price;
            combo.priced = true;
        }
        combos.append(combo);
    }
    // Agents dominate the rows; provider buckets are few.
    const QList<double> comboWeights = {30, 12, 8, 14, 4, 1, 5, 6, 2, 6, 4, 2, 2};

    std::mt19937_64 rng(20261122);
    QList<BenchPerson> persons;
    QList<double> cumulativeWeight;
    double totalWeight = 0;
    for (int i = 0; i < peopleCount; ++i) {
        BenchPerson person;
        person.email = personEmail(i);
        person.openAiUser = QStringLiteral("user-%1").arg(i);
        person.localUser = QStringLiteral("p%1@host%1").arg(i);
        const int comboCount = 2 + int(rng() % 3);
        for (int c = 0; c < comboCount; ++c) {
            double draw
                = uniform(rng) * std::accumulate(comboWeights.cbegin(), comboWeights.cend(), 0.0);
            int chosen = 0;
            while (draw >= comboWeights[chosen] && chosen < combos.size() - 1)
                draw -= comboWeights[chosen++];
            if (!person.combos.contains(chosen))
                person.combos.append(chosen);
        }
        for (int p = 0; p < 3; ++p)
            person.projects.append(QStringLiteral("/home/p%1/src/repo-%2").arg(i).arg(rng() % 40));
        totalWeight += double(logNormal(rng, 1000, 0.9));
        cumulativeWeight.append(totalWeight);
        persons.append(person);
    }
    // Weekdays carry most of the work.
    const QDate endDate = QDateTime::currentDateTimeUtc().date();
    QList<double> dayWeights;
    double dayTotal = 0;
    for (int d = 0; d < historyDays; ++d) {
        dayWeights.append(endDate.addDays(d - historyDays + 1).dayOfWeek() > 5 ? 0.15 : 1.0);
        dayTotal += dayWeights.last();
    }
    const QTimeZone zone = ledger.reportingTimeZone();
    const qint64 firstDayMs = Calendar::startOfLocalDayMs(endDate.addDays(1 - historyDays), zone);

    QList<QList<UsageRecord>> batches(sourceKinds.size());
    qint64 written = 0;
    auto flush = [&](int source) -> Status {
        if (batches[source].isEmpty())
            return ok();
        Result<UsageWriteStats> stats = ledger.writeUsage(sourceIds[source], batches[source]);
        if (!stats)
            return stats.error();
        written += batches[source].size();
        batches[source].clear();
        return ok();
    };
    auto makeRecord = [&](qint64 index, int day) {
        const int personIndex
            = std::min(peopleCount - 1,
                       int(std::upper_bound(cumulativeWeight.cbegin(), cumulativeWeight.cend(),
                                            uniform(rng) * totalWeight)
                           - cumulativeWeight.cbegin()));
        const BenchPerson &person = persons[personIndex];
        const Combo &combo = combos[person.combos[int(rng() % person.combos.size())]];
        UsageRecord record;
        record.externalKey = QStringLiteral("r%1").arg(index);
        record.startMs = firstDayMs + qint64(day) * 86'400'000 + qint64(rng() % 86'400'000);
        record.endMs = record.startMs + qint64(rng() % 60'000);
        record.provider = combo.provider;
        record.model = combo.model;
        const bool agent = combo.source <= 1;
        if (index % 200 == 0) { // a sliver nobody has claimed yet
            record.identityKind = QStringLiteral("openai-user");
            record.identityValue = QStringLiteral("user-unknown%1").arg(index % 7);
        } else if (agent) {
            record.identityKind = QStringLiteral("local");
            record.identityValue = person.localUser;
            record.project = person.projects[int(rng() % person.projects.size())];
            record.session = QStringLiteral("s-%1-%2").arg(personIndex).arg(index / 40);
        } else {
            record.identityKind = QStringLiteral("openai-user");
            record.identityValue = person.openAiUser;
        }
        record.tokens.input = agent ? logNormal(rng, 20, 1.0) : logNormal(rng, 2'000, 0.7);
        record.tokens.cacheRead = agent ? logNormal(rng, 60'000, 0.6) : 0;
        record.tokens.cacheWrite5m = agent ? logNormal(rng, 2'500, 0.9) : 0;
        record.tokens.output = logNormal(rng, 400, 1.0);
        if (combo.model.startsWith(u"gpt-5"))
            record.tokens.reasoning = record.tokens.output / 2;
        record.requests = agent ? 1 : 1 + qint64(rng() % 40);
        if (combo.priced) {
            // The price was looked up once per model: exact integers without a lookup per row.
            record.costKind = CostKind::Estimated;
            record.costMicros = CostCalculator::costMicros(combo.price, record.tokens);
            record.priceVersionId = prices->versionId();
        } else {
            record.costKind = CostKind::Unpriced;
        }
        return std::pair(combo.source, record);
    };

    timer.restart();
    qint64 lastReportMs = 0;
    // Day by day, as sources deliver usage, so rows arrive roughly in time order.
    qint64 index = 0;
    double dayShare = 0;
    for (int day = 0; day < historyDays; ++day) {
        dayShare += dayWeights[day];
        const qint64 dayEnd
            = day == historyDays - 1 ? rows : qint64(double(rows) * dayShare / dayTotal);
        for (; index < dayEnd; ++index) {
            auto [source, record] = makeRecord(index, day);
            batches[source].append(std::move(record));
            if (batches[source].size() < batchSize)
                continue;
            if (Status flushed = flush(source); !flushed)
                return flushed.error();
            if (timer.elapsed() - lastReportMs > 10'000) {
                lastReportMs = timer.elapsed();
                std::printf("  %lld rows, %.0f rows/s\n", written,
                            written * 1000.0 / timer.elapsed());
                std::fflush(stdout);
            }
        }
    }
    for (int source = 0; source < sourceKinds.size(); ++source) {
        if (Status flushed = flush(source); !flushed)
            return flushed.error();
    }
    const qint64 fillMs = std::max<qint64>(1, timer.elapsed());
    if (Status checkpoint
        = ledger.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        !checkpoint)
        return checkpoint.error();
    QList<qint64> rollupRows;
    for (const char *table : {"daily_rollup", "monthly_rollup", "quarter_hour_totals"}) {
        Result<qint64> rows = ledger.database().queryInt64(
            QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table)));
        if (!rows)
            return rows.error();
        rollupRows.append(*rows);
    }
    std::printf("filled %lld rows in %.1f s: %.0f rows/s; rollup rows: %lld daily per person, "
                "%lld monthly per person, %lld quarter-hourly; file %.1f MB (%.0f bytes/row)\n",
                written, fillMs / 1000.0, written * 1000.0 / fillMs, rollupRows[0], rollupRows[1],
                rollupRows[2], fileSize(ledger.path()) / 1e6,
                double(fileSize(ledger.path())) / double(std::max<qint64>(1, written)));

    Fill result;
    result.endDate = endDate;
    result.typicalPerson = persons[peopleCount / 2].email; // a mid-weight person
    result.typicalTeam = leafTeam(0, 3);
    return result;
}

struct Query
{
    const char *label;
    ReportRequest request;
};

QList<Query> dashboardQueries(const Fill &fill)
{
    const QDate today = fill.endDate;
    const QDate monthStart(today.year(), today.month(), 1);
    auto request = [](std::initializer_list<ReportKey> keys, QDate since, QDate until) {
        ReportRequest r;
        r.groupBy = keys;
        r.since = since;
        r.until = until;
        return r;
    };
    QList<Query> queries;
    ReportRequest a = request({ReportKey::Day, ReportKey::Model}, monthStart, today);
    a.personEmail = fill.typicalPerson;
    queries.append({"(a) my usage: person, month, by day,model", a});
    ReportRequest b = request({ReportKey::Model}, today.addDays(-89), today);
    b.personEmail = fill.typicalPerson;
    queries.append({"(b) person, last 90 days, by model", b});
    ReportRequest c = request({ReportKey::Person, ReportKey::Model}, monthStart, today);
    c.teamName = fill.typicalTeam;
    queries.append({"(c) team page: team, month, by person,model", c});
    queries.append({"(d) org: month, by team", request({ReportKey::Team}, monthStart, today)});
    queries.append(
        {"(e) org: last 90 days, by day", request({ReportKey::Day}, today.addDays(-89), today)});
    queries.append(
        {"(f) peers: month, by person (all)", request({ReportKey::Person}, monthStart, today)});
    queries.append({"(g) cli: year, by month,source",
                    request({ReportKey::Month, ReportKey::Source}, today.addDays(-364), today)});
    ReportRequest h = request({ReportKey::Day}, today.addDays(-29), today);
    h.zone = QTimeZone("America/New_York");
    queries.append({"(h) --tz America/New_York, 30 days, by day", h});
    ReportRequest i = request({ReportKey::Project}, monthStart, today);
    i.personEmail = fill.typicalPerson;
    queries.append({"(i) person, month, by project", i});
    // Long periods of everybody's spend: whole months come from the monthly rollup.
    queries.append({"(o) org: last 30 days, by team,model",
                    request({ReportKey::Team, ReportKey::Model}, today.addDays(-29), today)});
    queries.append({"(p) org: last 90 days, by team,model",
                    request({ReportKey::Team, ReportKey::Model}, today.addDays(-89), today)});
    queries.append({"(q) peers: last 90 days, by person (all)",
                    request({ReportKey::Person}, today.addDays(-89), today)});
    return queries;
}

Status timeQueries(Ledger &ledger, const Fill &fill)
{
    std::printf("\n%-46s %8s %9s %10s %8s\n", "query", "rows", "best ms", "median ms", "reads");
    std::printf("%s\n", QByteArray(85, '-').constData());
    for (const Query &query : dashboardQueries(fill)) {
        QList<double> times;
        qsizetype rows = 0;
        const char *reads = "rows";
        for (int run = 0; run < runsPerQuery; ++run) {
            QElapsedTimer timer;
            timer.start();
            Result<Report> report = ReportQuery(ledger).run(query.request);
            times.append(timer.nsecsElapsed() / 1e6);
            if (!report)
                return report.error();
            rows = report->rows.size();
            reads = report->fromMonths ? "months" : report->fromRollups ? "rollups" : "rows";
        }
        std::sort(times.begin(), times.end());
        std::printf("%-46s %8lld %9.1f %10.1f %8s\n", query.label, qint64(rows), times.first(),
                    times[times.size() / 2], reads);
    }
    return ok();
}

// Budget evaluation (spend per day over the period and four weeks of history, then the forecast)
// and one alert-engine round over all of them, as the app's monitor runs every minute.
Status timeBudgets(Ledger &ledger, const Fill &fill)
{
    const auto budget = [](BudgetScope scope, const QString &name, const char *zone) {
        Budget b;
        b.scope = scope;
        b.scopeName = name;
        b.timeZone = QString::fromLatin1(zone);
        b.limitMicros = 1'000'000'000'000;
        return b;
    };
    const QList<std::pair<const char *, Budget>> budgets = {
        {"(j) budget: person, month", budget(BudgetScope::Person, fill.typicalPerson, "UTC")},
        {"(k) budget: team, month", budget(BudgetScope::Team, fill.typicalTeam, "UTC")},
        {"(l) budget: org, month", budget(BudgetScope::Organisation, {}, "UTC")},
        {"(m) budget: org, month, America/New_York",
         budget(BudgetScope::Organisation, {}, "America/New_York")},
    };
    BudgetStore store(ledger);
    if (Status cleared = store.removeAll(); !cleared)
        return cleared;
    const qint64 nowMs
        = QDateTime(fill.endDate, QTime(18, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const auto timeIt = [&](const char *label, const std::function<Status()> &work) -> Status {
        QList<double> times;
        for (int run = 0; run < runsPerQuery; ++run) {
            QElapsedTimer timer;
            timer.start();
            if (Status done = work(); !done)
                return done;
            times.append(timer.nsecsElapsed() / 1e6);
        }
        std::sort(times.begin(), times.end());
        std::printf("%-46s %8s %9.1f %10.1f\n", label, "", times.first(), times[times.size() / 2]);
        return ok();
    };
    for (const auto &[label, settings] : budgets) {
        Result<qint64> id = store.add(settings, nowMs);
        if (!id)
            return id.error();
        const Budget stored = *store.find(*id);
        if (Status timed = timeIt(label,
                                  [&]() -> Status {
                                      Result<BudgetEvaluation> evaluation
                                          = BudgetEvaluator(ledger).evaluate(stored, nowMs);
                                      return evaluation ? ok() : Status(evaluation.error());
                                  });
            !timed)
            return timed;
    }
    return timeIt("(n) alert engine: all four budgets", [&]() -> Status {
        Result<AlertEngine::RunResult> run = AlertEngine(ledger).run(nowMs);
        return run ? ok() : Status(run.error());
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fills a synthetic ledger and times report queries."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Usage rows to write."), QStringLiteral("N"),
                                        QStringLiteral("10000000"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Ledger file to create (must not exist)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the ledger file afterwards."));
    parser.addOptions({rowsOption, dbOption, keepOption});
    parser.process(app);

    Options options;
    bool valid = false;
    options.rows = parser.value(rowsOption).toLongLong(&valid);
    if (!valid || options.rows < 1) {
        std::fprintf(stderr, "--rows needs a positive number\n");
        return 2;
    }
    options.keep = parser.isSet(keepOption);
    QTemporaryDir dir;
    options.dbPath = parser.isSet(dbOption) ? parser.value(dbOption)
                                            : dir.filePath(QStringLiteral("bench-ledger.sqlite"));
    if (QFileInfo::exists(options.dbPath)) {
        std::fprintf(stderr, "%s exists; the benchmark needs a fresh ledger\n",
                     qPrintable(options.dbPath));
        return 2;
    }
    // --keep without --db keeps the file in its temporary directory.
    dir.setAutoRemove(!options.keep || parser.isSet(dbOption));

    Result<std::unique_ptr<Ledger>> ledger = Ledger::open(options.dbPath);
    if (!ledger) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(options.dbPath),
                     qPrintable(ledger.error().detail));
        return 1;
    }
    std::printf("bench_ledger: %lld rows into %s\n", options.rows, qPrintable(options.dbPath));
    Result<Fill> filled = fill(**ledger, options.rows);
    if (!filled) {
        std::fprintf(stderr, "fill failed: %s\n", qPrintable(filled.error().detail));
        return 1;
    }
    std::printf("typical person %s, team %s, today %s\n", qPrintable(filled->typicalPerson),
                qPrintable(filled->typicalTeam), qPrintable(filled->endDate.toString(Qt::ISODate)));
    if (Status timed = timeQueries(**ledger, *filled); !timed) {
        std::fprintf(stderr, "query failed: %s\n", qPrintable(timed.error().detail));
        return 1;
    }
    if (Status timed = timeBudgets(**ledger, *filled); !timed) {
        std::fprintf(stderr, "budget evaluation failed: %s\n", qPrintable(timed.error().detail));
        return 1;
    }
    std::printf("\npeak RSS %.1f MB\n", peakRssKb() / 1024.0);
    ledger->reset();
    if (options.keep)
        std::printf("kept %s\n", qPrintable(options.dbPath));
    else if (parser.isSet(dbOption)) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(options.dbPath + QLatin1String(suffix));
    }
    return 0;
}
