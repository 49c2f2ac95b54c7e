// Drives the real burnrate-cli executable, as scripts and users do.
#include "analytics/peercomparison.h"
#include "core/usagerecord.h"
#include "ledger/ledger.h"
#include "ledger/sqlitedatabase.h"
#include "support/fakehttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

QString fixture(const char *name)
{
    return QStringLiteral(BURNRATE_TEST_DATA_DIR "/cli/") + QLatin1String(name);
}

} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void versionAndHelp();
    void badUsageExitsTwoWithOneLine_data();
    void badUsageExitsTwoWithOneLine();
    void missingOrCorruptLedgerFails_data();
    void missingOrCorruptLedgerFails();
    void reportJsonHasTheDocumentedShape();
    void reportJsonAfterPeopleArriveLater();
    void reportTableIsReadable();
    void reportByDayAndSourceReconcilesBilledCosts();
    void malformedCsvRowWritesNothing();
    void environmentVariableNamesTheLedger();
    void exportImportRoundTrip();
    void pricingImportAndShow();
    void budgetsSetListRemove();
    void budgetsSetEditsOnlyWhatIsGiven();
    void budgetsCheckExitStatusFollowsTheWorstBudget();
    void budgetsCheckErrorsExitThree();
    void alertsAcknowledgeAndSnooze();
    void networkSourcesAddPollListRemove();
    void providerSourcePollOnce();
    void webhooksAddListTestRemove();
    void peersJsonHasTheDocumentedShape();
    void peersNameNobodyElse();
    void peersUnknownPersonOrSwitchedOff();

private:
    Run cli(const QStringList &arguments, const QProcessEnvironment &environment = {});
    // The same, with this process's event loop running meanwhile (for a fake server in it).
    Run cliServing(const QStringList &arguments, const QProcessEnvironment &extra = {});
    QJsonObject reportJson(const QStringList &extra = {});
    void loadFixture(bool peopleFirst = true);
    // Engineering: Ana, Ben, Cy, Dee, Eli; Sales: Fay, Gus; usage on the 15th of last month.
    void loadPeerFixture();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void tst_CommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("ledger.sqlite"));
}

Run tst_CommandLine::cli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    QProcessEnvironment env
        = environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment;
    env.remove(QStringLiteral("BURNRATE_DB"));
    if (!environment.isEmpty() && environment.contains(QStringLiteral("BURNRATE_DB")))
        env.insert(QStringLiteral("BURNRATE_DB"), environment.value(QStringLiteral("BURNRATE_DB")));
    env.insert(QStringLiteral("HOME"), m_dir->path()); // never touch the real default ledger
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BURNRATE_CLI_PATH), arguments);
    if (!process.waitForFinished(120'000))
        return {};
    return Run {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
}

Run tst_CommandLine::cliServing(const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(extra);
    env.insert(QStringLiteral("BURNRATE_NO_KEYCHAIN"), QStringLiteral("1"));
    env.remove(QStringLiteral("BURNRATE_DB"));
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BURNRATE_CLI_PATH),
                  QStringList {QStringLiteral("--db"), m_db} + arguments);
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60'000))
        return {};
    return Run {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
}

void tst_CommandLine::loadFixture(bool peopleFirst)
{
    const QStringList people = {QStringLiteral("--db"), m_db, QStringLiteral("people"),
                                QStringLiteral("import"), fixture("people.csv")};
    const QStringList usage = {QStringLiteral("--db"), m_db, QStringLiteral("import"),
                               QStringLiteral("csv"), fixture("usage.csv")};
    for (const QStringList &arguments :
         peopleFirst ? QList<QStringList> {people, usage} : QList<QStringList> {usage, people}) {
        const Run run = cli(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
}

QJsonObject tst_CommandLine::reportJson(const QStringList &extra)
{
    const Run run = cli(QStringList {QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                                     QStringLiteral("report")}
                        + extra);
    if (run.exitCode != 0) {
        qWarning("report failed: %s", qPrintable(run.err));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(run.out));
    return document.object();
}

void tst_CommandLine::versionAndHelp()
{
    Run run = cli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("burnrate-cli " BURNRATE_VERSION));
    run = cli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("report --by KEYS")));
    run = cli({});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.contains(QLatin1String("Usage:")));
}

void tst_CommandLine::badUsageExitsTwoWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown command") << words("frobnicate") << QStringLiteral("frobnicate");
    QTest::newRow("unknown flag") << words("report --by day --colour") << QStringLiteral("colour");
    QTest::newRow("unknown global flag") << words("--colour report") << QStringLiteral("--colour");
    QTest::newRow("bad date") << words("report --by day --since 2026-13-01")
                              << QStringLiteral("--since");
    QTest::newRow("not a date") << words("report --by day --until yesterday")
                                << QStringLiteral("yesterday");
    QTest::newRow("since after until")
        << words("report --since 2026-11-02 --until 2026-11-01") << QStringLiteral("after");
    QTest::newRow("bad key") << words("report --by day,colour") << QStringLiteral("colour");
    QTest::newRow("bad zone") << words("report --by day --tz Mars/Olympus")
                              << QStringLiteral("Mars/Olympus");
    QTest::newRow("db without path") << words("report --db") << QStringLiteral("--db");
    QTest::newRow("import kind") << words("import excel x") << QStringLiteral("excel");
    QTest::newRow("export format") << words("export --format xml") << QStringLiteral("csv or json");
    QTest::newRow("budget limit") << words("budgets set --scope org")
                                  << QStringLiteral("--limit-usd");
    QTest::newRow("source kind") << words("sources add excel --name x --base-url http://h")
                                 << QStringLiteral("excel");
    QTest::newRow("source name") << words("sources add vllm --base-url http://h")
                                 << QStringLiteral("--name");
    QTest::newRow("source url") << words("sources add llamacpp --name gpu")
                                << QStringLiteral("base URL");
    QTest::newRow("source interval")
        << words("sources add vllm --name gpu --base-url http://h --interval soon")
        << QStringLiteral("--interval");
    QTest::newRow("sources verb") << words("sources frob") << QStringLiteral("sources list");
    QTest::newRow("poll names need once") << words("poll gpu") << QStringLiteral("--once");
    QTest::newRow("watch duration") << words("watch --for ever") << QStringLiteral("--for");
    QTest::newRow("webhook without url") << words("webhooks add ops")
                                         << QStringLiteral("NAME and a URL");
    QTest::newRow("webhook url") << words("webhooks add ops ftp://files.example.com/x")
                                 << QStringLiteral("http:// or https://");
    QTest::newRow("webhook format")
        << words("webhooks add ops https://hooks.example.com/x --format teams")
        << QStringLiteral("teams");
    QTest::newRow("webhook flag") << words("webhooks list --colour") << QStringLiteral("colour");
    QTest::newRow("webhook verb") << words("webhooks frob") << QStringLiteral("webhooks list");
    QTest::newRow("webhook remove") << words("webhooks remove") << QStringLiteral("name one");
    QTest::newRow("webhook test") << words("webhooks test a b") << QStringLiteral("name one");
    QTest::newRow("peers without person") << words("peers") << QStringLiteral("--person");
    QTest::newRow("peers period") << words("peers --person ana@example.com --period fortnight")
                                  << QStringLiteral("fortnight");
    QTest::newRow("peers flag") << words("peers --person ana@example.com --colour")
                                << QStringLiteral("colour");
    QTest::newRow("peers argument") << words("peers --person ana@example.com extra")
                                    << QStringLiteral("extra");
}

void tst_CommandLine::badUsageExitsTwoWithOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const bool hasDb = arguments.contains(QStringLiteral("--db"));
    const Run run = cli(hasDb ? arguments : QStringList {QStringLiteral("--db"), m_db} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(QLatin1String("burnrate-cli: ")), qPrintable(run.err));
    QVERIFY2(run.err.section(u'\n', 0, 0).contains(mentions), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(m_db)); // a usage error creates nothing
}

void tst_CommandLine::missingOrCorruptLedgerFails_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("no ledger at");
    QTest::newRow("corrupt") << QByteArray("garbage that is not sqlite\n").repeated(100)
                             << QStringLiteral("not a Burnrate ledger");
}

void tst_CommandLine::missingOrCorruptLedgerFails()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    if (!content.isEmpty()) {
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    for (const QStringList &command : {words("report --by day"), words("export --format csv"),
                                       words("peers --person ana@example.com")}) {
        const Run run = cli(QStringList {QStringLiteral("--db"), m_db} + command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
    }
    if (!content.isEmpty()) {
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }
}

void tst_CommandLine::reportJsonHasTheDocumentedShape()
{
    loadFixture();
    const QJsonObject report = reportJson({QStringLiteral("--by"), QStringLiteral("person")});
    QCOMPARE(report.keys(), (words("group_by rows timezone totals")));
    QCOMPARE(report[QStringLiteral("group_by")].toArray(), QJsonArray {QStringLiteral("person")});
    QCOMPARE(report[QStringLiteral("timezone")].toString(), QStringLiteral("UTC"));
    const QJsonArray rows = report[QStringLiteral("rows")].toArray();
    QCOMPARE(rows.size(), 4);
    const QStringList counterKeys
        = {"cache_read_tokens", "cache_write_tokens", "cost_kind",        "cost_usd",
           "input_tokens",      "output_tokens",      "reasoning_tokens", "requests"};
    QStringList rowKeys = counterKeys + words("person person_name");
    rowKeys.sort();
    for (const QJsonValue &row : rows)
        QCOMPARE(row.toObject().keys(), rowKeys);

    // Unattributed usage first, with null keys.
    QVERIFY(rows[0][QStringLiteral("person")].isNull());
    QCOMPARE(rows[0][QStringLiteral("cost_usd")].toDouble(), 1.5);
    QCOMPARE(rows[0][QStringLiteral("cost_kind")].toString(), QStringLiteral("billed"));
    // Ana: 100k input tokens of claude-sonnet-4-5 at $3/M, estimated.
    QCOMPARE(rows[1][QStringLiteral("person")].toString(), QStringLiteral("ana@example.com"));
    QCOMPARE(rows[1][QStringLiteral("person_name")].toString(), QStringLiteral("Ana Alves"));
    QCOMPARE(rows[1][QStringLiteral("input_tokens")].toInteger(), 100'000);
    QCOMPARE(rows[1][QStringLiteral("cost_usd")].toDouble(), 0.3);
    QCOMPARE(rows[1][QStringLiteral("cost_kind")].toString(), QStringLiteral("estimated"));
    // Ben: 100k output at $15/M estimated + a billed gpt-5 bucket via his OpenAI user id.
    const QJsonObject ben = rows[2].toObject();
    QCOMPARE(ben[QStringLiteral("input_tokens")].toInteger(), 2000);
    QCOMPARE(ben[QStringLiteral("cache_read_tokens")].toInteger(), 500);
    QCOMPARE(ben[QStringLiteral("output_tokens")].toInteger(), 100'300);
    QCOMPARE(ben[QStringLiteral("reasoning_tokens")].toInteger(), 100);
    QCOMPARE(ben[QStringLiteral("requests")].toInteger(), 5);
    QCOMPARE(ben[QStringLiteral("cost_usd")].toDouble(), 1.5125);
    QCOMPARE(ben[QStringLiteral("cost_kind")].toString(), QStringLiteral("mixed"));
    // Cy used only a model without a price: unpriced, never $0.
    QCOMPARE(rows[3][QStringLiteral("cost_kind")].toString(), QStringLiteral("unpriced"));
    QVERIFY(rows[3][QStringLiteral("cost_usd")].isNull());

    const QJsonObject totals = report[QStringLiteral("totals")].toObject();
    QCOMPARE(totals[QStringLiteral("input_tokens")].toInteger(), 107'010);
    QCOMPARE(totals[QStringLiteral("requests")].toInteger(), 9);
    QCOMPARE(totals[QStringLiteral("cost_usd")].toDouble(), 3.3125);
    QCOMPARE(totals[QStringLiteral("cost_kind")].toString(), QStringLiteral("mixed"));

    // Calendar and team keys.
    const QJsonObject byDay = reportJson({QStringLiteral("--by"), QStringLiteral("day,team"),
                                          QStringLiteral("--since"), QStringLiteral("2026-11-03"),
                                          QStringLiteral("--tz"), QStringLiteral("Europe/Berlin")});
    const QJsonArray dayRows = byDay[QStringLiteral("rows")].toArray();
    QCOMPARE(byDay[QStringLiteral("timezone")].toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(dayRows.size(),
             3); // Ben's 23:30Z bucket is 4 Nov in Berlin; Cy and nobody on the 10th
    QCOMPARE(dayRows[0][QStringLiteral("day")].toString(), QStringLiteral("2026-11-04"));
    QCOMPARE(dayRows[0][QStringLiteral("team")].toString(), QStringLiteral("Platform"));
    QVERIFY(dayRows[1][QStringLiteral("team")].isNull());
    QCOMPARE(dayRows[2][QStringLiteral("team")].toString(), QStringLiteral("Sales"));
}

void tst_CommandLine::reportJsonAfterPeopleArriveLater()
{
    loadFixture(false);
    const QJsonObject report = reportJson({QStringLiteral("--by"), QStringLiteral("person")});
    const QJsonArray rows = report[QStringLiteral("rows")].toArray();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[2][QStringLiteral("person")].toString(), QStringLiteral("ben@example.com"));
    QCOMPARE(rows[2][QStringLiteral("cost_usd")].toDouble(), 1.5125);
}

void tst_CommandLine::reportTableIsReadable()
{
    loadFixture();
    const Run run = cli({QStringLiteral("--db"), m_db, QStringLiteral("report"),
                         QStringLiteral("--by"), QStringLiteral("model")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("model")));
    QVERIFY(run.out.contains(QLatin1String("claude-sonnet-4-5")));
    QVERIFY(run.out.contains(QLatin1String("$1.80"))); // 0.30 + 1.50 estimated
    QVERIFY(run.out.contains(QLatin1String("unpriced")));
    QVERIFY(run.out.contains(QLatin1String("total")));
    QVERIFY(run.out.contains(QLatin1String("107,010")));
}

// An OpenAI account with a cost report for 9–10 November and estimated usage 8–10 November, a
// laptop with estimates only, and a billed bucket on the 11th without any usage.
void tst_CommandLine::reportByDayAndSourceReconcilesBilledCosts()
{
    {
        Result<std::unique_ptr<Ledger>> opened = Ledger::open(m_db);
        QVERIFY(opened);
        Ledger &ledger = **opened;
        const qint64 openai = *ledger.ensureSource("openai", "openai-org");
        const qint64 laptop = *ledger.ensureSource("claude-code", "laptop");
        const auto usage = [](const char *key, int day, qint64 costMicros) {
            UsageRecord record;
            record.externalKey = QString::fromLatin1(key);
            record.startMs = record.endMs
                = QDateTime(QDate(2026, 11, day), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
            record.provider = QStringLiteral("openai");
            record.model = QStringLiteral("gpt-5");
            record.tokens.input = 1000;
            record.costKind = CostKind::Estimated;
            record.costMicros = costMicros;
            return record;
        };
        QVERIFY(ledger.writeUsage(
            openai,
            {usage("o8", 8, 500'000), usage("o9", 9, 2'400'000), usage("o10", 10, 1'300'000)}));
        QVERIFY(ledger.writeUsage(laptop, {usage("l9", 9, 100'000)}));
        for (const auto &[day, amount] :
             {std::pair {9, 2'500'000}, std::pair {10, 1'200'000}, std::pair {11, 50'000}}) {
            const qint64 startMs
                = QDateTime(QDate(2026, 11, day), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
            QVERIFY(ledger.database().exec(
                QStringLiteral("INSERT INTO billed_costs (source_id, external_key, start_ms, "
                               "end_ms, amount_micros, currency) VALUES (%1, 'c%2', %3, %4, %5, "
                               "'usd')")
                    .arg(openai)
                    .arg(day)
                    .arg(startMs)
                    .arg(startMs + 86'400'000)
                    .arg(amount)));
        }
    }

    const QJsonObject report = reportJson(words("--by day,source"));
    const QJsonArray rows = report[QStringLiteral("rows")].toArray();
    QStringList got;
    for (const QJsonValue &row : rows) {
        const auto text = [&](const char *key) {
            const QJsonValue value = row[QLatin1String(key)];
            return value.isNull()  ? QStringLiteral("null")
                : value.isString() ? value.toString()
                                   : QString::number(value.toDouble());
        };
        got.append(QStringList {text("day"), text("source"), text("cost_usd"), text("billed_usd"),
                                text("estimated_usd"), text("difference_usd")}
                       .join(u' '));
    }
    QCOMPARE(got,
             QStringList({
                 // Before the cost report's first bucket: nothing to compare.
                 "2026-11-08 openai 0.5 null 0.5 null",
                 "2026-11-09 claude-code 0.1 null 0.1 null",
                 "2026-11-09 openai 2.4 2.5 2.4 0.1",
                 "2026-11-10 openai 1.3 1.2 1.3 -0.1",
                 // Billed without usage: a row of its own, with zero counters.
                 "2026-11-11 openai 0 0.05 0 0.05",
             }));
    QCOMPARE(rows[4][QStringLiteral("requests")].toInteger(), 0);
    const QJsonObject totals = report[QStringLiteral("totals")].toObject();
    QCOMPARE(totals[QStringLiteral("cost_usd")].toDouble(), 4.3); // unchanged meaning
    QCOMPARE(totals[QStringLiteral("billed_usd")].toDouble(), 3.75);
    QCOMPARE(totals[QStringLiteral("estimated_usd")].toDouble(), 4.3);
    QCOMPARE(totals[QStringLiteral("difference_usd")].toDouble(), 0.05);

    // By month and source: the whole of November in one row per source.
    const QJsonArray months
        = reportJson(words("--by month,source --since 2026-11-01"))[QStringLiteral("rows")]
              .toArray();
    QCOMPARE(months.size(), 2);
    QVERIFY(months[0][QStringLiteral("difference_usd")].isNull());
    QCOMPARE(months[1][QStringLiteral("billed_usd")].toDouble(), 3.75);
    QCOMPARE(months[1][QStringLiteral("estimated_usd")].toDouble(), 4.2);

    // Other key sets, and filters that billed costs cannot follow, stay as they were.
    for (const char *other : {"--by model", "--by day,model", "--by day,source --model gpt-5"}) {
        const Run run = cli(QStringList {"--db", m_db, "--json", "report"} + words(other));
        QCOMPARE(run.exitCode, 0);
        const QJsonArray plain
            = QJsonDocument::fromJson(run.out.toUtf8())[QStringLiteral("rows")].toArray();
        QVERIFY(!plain.isEmpty());
        QVERIFY2(!plain[0].toObject().contains(QStringLiteral("billed_usd")), other);
    }

    // The table has the three columns, with "-" where there is no billed data.
    const Run table = cli({"--db", m_db, "report", "--by", "source"});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(QLatin1String("billed")));
    QVERIFY(table.out.contains(QLatin1String("difference")));
    QVERIFY(table.out.contains(QLatin1String("$3.75")));
    const QString laptopLine
        = table.out.split(u'\n').filter(QStringLiteral("claude-code")).value(0);
    QVERIFY2(laptopLine.trimmed().endsWith(QLatin1String("-")), qPrintable(laptopLine));
}

void tst_CommandLine::malformedCsvRowWritesNothing()
{
    loadFixture();
    const QJsonObject before = reportJson({QStringLiteral("--by"), QStringLiteral("day")});
    const Run run = cli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                         QStringLiteral("csv"), fixture("bad_usage.csv")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("line 3")) && run.err.contains(QLatin1String("lots")),
             qPrintable(run.err));
    QCOMPARE(reportJson({QStringLiteral("--by"), QStringLiteral("day")}), before);

    const Run missing = cli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                             QStringLiteral("csv"), m_dir->filePath(QStringLiteral("nope.csv"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QLatin1String("cannot read")));
}

void tst_CommandLine::environmentVariableNamesTheLedger()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BURNRATE_DB"), m_db);
    const Run run = cli({QStringLiteral("people"), QStringLiteral("import"), fixture("people.csv")},
                        environment);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(m_db));
    const Run list = cli({QStringLiteral("people"), QStringLiteral("list")}, environment);
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(QLatin1String("Cy Chen, Jr.")));
}

void tst_CommandLine::exportImportRoundTrip()
{
    loadFixture();
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("json")}) {
        const QString out = m_dir->filePath(QStringLiteral("export.") + format);
        Run run = cli({QStringLiteral("--db"), m_db, QStringLiteral("export"),
                       QStringLiteral("--format"), format, QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(out));
        if (format == QLatin1String("json")) {
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
            QCOMPARE(document[QStringLiteral("usage")].toArray().size(), 5);
            continue;
        }
        // The CSV imports into a fresh ledger (with the same people) and reports the same.
        const QString copy = m_dir->filePath(QStringLiteral("copy.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), copy, QStringLiteral("people"),
                      QStringLiteral("import"), fixture("people.csv")})
                     .exitCode,
                 0);
        run = cli(
            {QStringLiteral("--db"), copy, QStringLiteral("import"), QStringLiteral("csv"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList report
            = {QStringLiteral("--by"), QStringLiteral("day,person,source,model,project,session")};
        const QJsonObject original = reportJson(report);
        const QString saved = m_db;
        m_db = copy;
        const QJsonObject imported = reportJson(report);
        m_db = saved;
        QVERIFY(!original.isEmpty());
        QCOMPARE(imported, original);
    }
}

void tst_CommandLine::pricingImportAndShow()
{
    Run run = cli({QStringLiteral("--db"), m_db, QStringLiteral("pricing"), QStringLiteral("show"),
                   QStringLiteral("anthropic/claude-sonnet-4.5")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("→ claude-sonnet-4-5 (anthropic)")),
             qPrintable(run.out));
    run = cli({QStringLiteral("--db"), m_db, QStringLiteral("pricing"), QStringLiteral("show"),
               QStringLiteral("no-such-model")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains(QLatin1String("unpriced")));

    const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"gpt-5\": {\"input_cost_per_token\": ");
    file.close();
    run = cli({QStringLiteral("--db"), m_db, QStringLiteral("pricing"), QStringLiteral("import"),
               broken});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QLatin1String("broken.json")));

    run = cli({QStringLiteral("--db"), m_db, QStringLiteral("pricing"), QStringLiteral("import"),
               QStringLiteral(BURNRATE_TEST_DATA_DIR "/pricing/prices_sample.json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QLatin1String("version 2")));
}

void tst_CommandLine::budgetsSetListRemove()
{
    loadFixture();
    const QStringList db = {QStringLiteral("--db"), m_db};
    QCOMPARE(cli(db + words("budgets set --scope team:Engineering --limit-usd 250.50")).exitCode,
             0);
    QCOMPARE(cli(db
                 + QStringList {"budgets", "set", "--scope", "person:ben@example.com", "--period",
                                "week", "--limit-tokens", "5000000"})
                 .exitCode,
             0);
    const Run missing = cli(db + words("budgets set --scope team:Nowhere --limit-usd 1"));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QLatin1String("Nowhere")));
    Run list = cli(db + words("budgets list"));
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(QLatin1String("team:Engineering")));
    QVERIFY(list.out.contains(QLatin1String("$250.50")));
    QVERIFY(list.out.contains(QLatin1String("5,000,000 tokens")));
    QCOMPARE(cli(db + words("budgets remove 1")).exitCode, 0);
    QCOMPARE(cli(db + words("budgets remove 1")).exitCode, 1);
    list = cli(db + words("budgets list"));
    QVERIFY(!list.out.contains(QLatin1String("team:Engineering")));
}

void tst_CommandLine::budgetsSetEditsOnlyWhatIsGiven()
{
    loadFixture();
    const QStringList db = {QStringLiteral("--db"), m_db};
    Run set = cli(db
                  + words("budgets set --scope team:Engineering --limit-usd 100 --period month "
                          "--month-start-day 15 --tz Europe/Berlin --models claude-opus-4-5,gpt-5 "
                          "--no-subteams --hard"));
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    set = cli(db + words("budgets set --id 1 --limit-tokens 2000000 --thresholds 90,100"));
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QCOMPARE(set.out, QStringLiteral("Budget 1 updated.\n"));
    const Run list = cli(db + words("--json budgets list"));
    QCOMPARE(list.exitCode, 0);
    const QJsonObject budget
        = QJsonDocument::fromJson(list.out.toUtf8()).object()["budgets"].toArray()[0].toObject();
    QCOMPARE(budget["scope"].toString(), QStringLiteral("team:Engineering"));
    QCOMPARE(budget["limit_tokens"].toInteger(), 2'000'000);
    QVERIFY(!budget.contains("limit_usd"));
    QCOMPARE(budget["month_start_day"].toInt(), 15);
    QCOMPARE(budget["timezone"].toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(budget["include_subteams"].toBool(), false);
    QCOMPARE(budget["enforcement"].toString(), QStringLiteral("hard"));
    QCOMPARE(budget["models"].toArray().size(), 2);
    QCOMPARE(budget["thresholds"].toArray().size(), 2);

    const QList<std::pair<const char *, const char *>> refused = {
        {"budgets set --id 9 --limit-usd 5", "no budget with id 9"},
        {"budgets set --id 1 --period fortnight", "--period"},
        {"budgets set --id 1 --week-start someday", "--week-start"},
        {"budgets set --id 1 --period custom", "custom period needs"},
        {"budgets set --id 1 --tz Mars/Olympus", "Mars/Olympus"},
        {"budgets set --limit-usd 5", "--scope is required"},
    };
    for (const auto &[arguments, reason] : refused) {
        const Run run = cli(db + words(arguments));
        QVERIFY2(run.exitCode == 1 || run.exitCode == 2, arguments);
        QVERIFY2(run.err.contains(QLatin1String(reason)), qPrintable(run.err));
    }
}

void tst_CommandLine::budgetsCheckExitStatusFollowsTheWorstBudget()
{
    loadFixture();
    const QStringList db = {QStringLiteral("--db"), m_db};
    Run check = cli(db + words("budgets check --json"));
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(check.out, QStringLiteral("{\"budgets\":[]}\n"));

    // Ten dollars spent by Ben a second ago, in every budget's current period.
    {
        Result<std::unique_ptr<Ledger>> ledger = Ledger::open(m_db, Ledger::Access::ReadWrite);
        QVERIFY(ledger);
        UsageRecord record;
        record.externalKey = QStringLiteral("now");
        record.startMs = record.endMs = QDateTime::currentMSecsSinceEpoch() - 1000;
        record.identityKind = QStringLiteral("email");
        record.identityValue = QStringLiteral("ben@example.com");
        record.provider = QStringLiteral("anthropic");
        record.model = QStringLiteral("claude-sonnet-4-5");
        record.tokens.input = 1000;
        record.costKind = CostKind::Estimated;
        record.costMicros = 10'000'000;
        QVERIFY((*ledger)->writeUsage(*(*ledger)->ensureSource("claude-code", "laptop"), {record}));
    }
    const auto budget = [&](const char *limit) {
        return cli(db + words("budgets set --scope person:ben@example.com --period day --tz UTC")
                   + words(limit))
            .exitCode;
    };
    QCOMPARE(budget("--limit-usd 1000"), 0);
    QCOMPARE(cli(db + words("budgets check")).exitCode, 0);
    QCOMPARE(budget("--limit-usd 12"), 0); // 83 %: past 80
    QCOMPARE(cli(db + words("budgets check")).exitCode, 1);
    QCOMPARE(budget("--limit-tokens 900"), 0); // 1000 tokens of 900
    check = cli(db + words("budgets check --json"));
    QCOMPARE(check.exitCode, 2);
    const QJsonArray budgets = QJsonDocument::fromJson(check.out.toUtf8()).object()["budgets"].toArray();
    QCOMPARE(budgets.size(), 3);
    const QJsonObject money = budgets[1].toObject();
    for (const char *key : {"id", "scope", "period", "period_start", "period_end", "limit_usd",
                            "spent_usd", "spent_tokens", "percent", "forecast_usd", "exhausts_at",
                            "state"})
        QVERIFY2(money.contains(QLatin1String(key)), key);
    QCOMPARE(money["state"].toString(), QStringLiteral("warning"));
    QCOMPARE(money["spent_usd"].toDouble(), 10.0);
    QCOMPARE(money["limit_usd"].toDouble(), 12.0);
    QCOMPARE(money["period_start"].toString(), QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
    const QJsonObject tokens = budgets[2].toObject();
    QCOMPARE(tokens["state"].toString(), QStringLiteral("exceeded"));
    QCOMPARE(tokens["limit_tokens"].toInteger(), 900);
    QCOMPARE(tokens["spent_tokens"].toInteger(), 1000);
    QVERIFY(!tokens.contains("limit_usd"));

    const Run table = cli(db + words("budgets check"));
    QVERIFY(table.out.contains(QLatin1String("exceeded")));
    QVERIFY(table.out.contains(QLatin1String("$10.00")));
}

// Monitoring plugins read 3 as "could not tell": no ledger, a wrong flag, a budget whose team is
// gone.
void tst_CommandLine::budgetsCheckErrorsExitThree()
{
    QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("budgets"), QStringLiteral("check")})
                 .exitCode,
             3);
    QVERIFY(!QFile::exists(m_db));
    loadFixture();
    const QStringList db = {QStringLiteral("--db"), m_db};
    QCOMPARE(cli(db + words("budgets check --verbose")).exitCode, 3);
    QCOMPARE(cli(db + words("budgets set --scope team:Sales --limit-usd 10")).exitCode, 0);
    QCOMPARE(cli(db + words("budgets set --scope org --limit-usd 0.01")).exitCode, 0);
    {
        Result<std::unique_ptr<Ledger>> ledger = Ledger::open(m_db, Ledger::Access::ReadWrite);
        QVERIFY(ledger);
        QVERIFY((*ledger)->database().exec(QStringLiteral("DELETE FROM teams WHERE name = 'Sales'")));
    }
    const Run check = cli(db + words("budgets check --json"));
    QCOMPARE(check.exitCode, 3);
    QVERIFY(check.err.contains(QLatin1String("no longer exists")));
    const QJsonArray budgets = QJsonDocument::fromJson(check.out.toUtf8()).object()["budgets"].toArray();
    QCOMPARE(budgets[0].toObject()["state"].toString(), QStringLiteral("error"));
}

void tst_CommandLine::alertsAcknowledgeAndSnooze()
{
    loadFixture();
    const QStringList db = {QStringLiteral("--db"), m_db};
    Run list = cli(db + words("--json alerts"));
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out, QStringLiteral("{\"alerts\":[]}\n"));
    QCOMPARE(cli(db + words("budgets set --scope org --limit-usd 1")).exitCode, 0);
    {
        Result<std::unique_ptr<Ledger>> ledger = Ledger::open(m_db, Ledger::Access::ReadWrite);
        QVERIFY(ledger);
        QVERIFY((*ledger)->database().exec(QStringLiteral(
            "INSERT INTO budget_alerts (budget_id, budget_revision, budget_label, period_first, "
            "period_last, kind, threshold, fired_ms, spent, limit_amount, in_tokens, message, "
            "recipients) VALUES (1, 1, 'org · month', '2000-01-01', '2999-12-31', 'threshold', 80, "
            "0, 800000, 1000000, 0, 'org: 80 % of the monthly budget used', '[]')")));
    }
    list = cli(db + words("alerts"));
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(QLatin1String("80 % of the monthly budget used")));
    QCOMPARE(cli(db + words("alerts snooze 1 4h")).exitCode, 0);
    QVERIFY(!cli(db + words("alerts")).out.contains(QLatin1String("80 %")));
    QVERIFY(cli(db + words("alerts list --all")).out.contains(QLatin1String("snoozed until")));
    QCOMPARE(cli(db + words("alerts ack 1")).exitCode, 0);
    QVERIFY(cli(db + words("alerts list --all")).out.contains(QLatin1String("acknowledged")));
    QCOMPARE(cli(db + words("alerts ack 2")).exitCode, 1);
    QCOMPARE(cli(db + words("alerts snooze 1 soon")).exitCode, 2);
    QCOMPARE(cli(db + words("alerts ack")).exitCode, 2);
}

void tst_CommandLine::networkSourcesAddPollListRemove()
{
    FakeHttpServer server;
    QVERIFY(server.isListening());
    const auto metrics = [](qint64 prompt, qint64 predicted) {
        return FakeHttpServer::Response::reply(
            200,
            "llamacpp:prompt_tokens_total " + QByteArray::number(prompt)
                + "\nllamacpp:tokens_predicted_total " + QByteArray::number(predicted) + "\n");
    };
    Run run
        = cliServing(words("sources add llamacpp --name gpu-box --interval 30s --reference-model "
                           "claude-sonnet-4-5 --model llama-3.1-8b --base-url")
                     + QStringList {server.url().toString()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("gpu-box")));
    run = cliServing(words("sources add vllm --name gpu-box --base-url http://other"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("exists already")), qPrintable(run.err));

    server.enqueue(QStringLiteral("/metrics"), metrics(1000, 100)); // the baseline
    server.enqueue(QStringLiteral("/metrics"), metrics(2000, 300));
    run = cliServing(words("poll --once gpu-box"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cliServing(words("poll --once"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("gpu-box: ok, 1 records")), qPrintable(run.out));

    run = cliServing(words("--json report --by model"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject totals = QJsonDocument::fromJson(run.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("totals"))
                                   .toObject();
    QCOMPARE(totals.value(QStringLiteral("input_tokens")).toInteger(), 1000);
    QCOMPARE(totals.value(QStringLiteral("output_tokens")).toInteger(), 200);
    QCOMPARE(totals.value(QStringLiteral("cost_usd")).toDouble(), 0.0);
    QCOMPARE(totals.value(QStringLiteral("cost_kind")).toString(), QStringLiteral("billed"));

    // A failing server: exit 1, the source named, and the status kept for `sources list`.
    server.enqueue(QStringLiteral("/metrics"), FakeHttpServer::Response::reply(500, "boom"));
    run = cliServing(words("poll --once gpu-box"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("burnrate-cli: poll gpu-box: ")),
             qPrintable(run.err));
    run = cliServing(words("--json sources list"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray sources = QJsonDocument::fromJson(run.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("sources"))
                                   .toArray();
    QCOMPARE(sources.size(), 1);
    const QJsonObject source = sources.at(0).toObject();
    QCOMPARE(source.value(QStringLiteral("kind")).toString(), QStringLiteral("llamacpp"));
    QCOMPARE(source.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QVERIFY(!source.value(QStringLiteral("last_error")).toString().isEmpty());
    QVERIFY(source.value(QStringLiteral("cloud_equivalent_usd")).toDouble() > 0);

    run = cliServing(words("poll --once nowhere"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("nowhere")));
    run = cliServing(words("sources remove gpu-box"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cliServing(words("poll --once"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("no network sources")));
    run = cliServing(words("--json report --by model"));
    QVERIFY(run.out.contains(QStringLiteral("\"input_tokens\":1000"))); // removing kept the usage
}

void tst_CommandLine::providerSourcePollOnce()
{
    FakeHttpServer server;
    QVERIFY(server.isListening());
    const QByteArray emptyList = R"({"object":"list","data":[],"has_more":false})";
    const QByteArray emptyPage = R"({"object":"page","data":[],"has_more":false,"next_page":null})";
    server.setFallback(QStringLiteral("/v1/organization/users"),
                       FakeHttpServer::Response::json(emptyList));
    server.setFallback(QStringLiteral("/v1/organization/projects"),
                       FakeHttpServer::Response::json(emptyList));
    server.setFallback(QStringLiteral("/v1/organization/costs"),
                       FakeHttpServer::Response::json(emptyPage));
    for (const char *type : {"completions", "embeddings", "images", "audio_speeches",
                             "audio_transcriptions", "web_search_calls"})
        server.setFallback(QStringLiteral("/v1/organization/usage/") + QLatin1String(type),
                           FakeHttpServer::Response::json(emptyPage));
    QFile page(
        QStringLiteral(BURNRATE_TEST_DATA_DIR "/providers/openai/usage_completions_page2.json"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    server.enqueue(QStringLiteral("/v1/organization/usage/completions"),
                   FakeHttpServer::Response::json(page.readAll()));

    Run run = cliServing(
        words("sources add openai --name acme --key-env ACME_OPENAI_KEY --backfill-days 366 "
              "--base-url")
        + QStringList {server.url().toString()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("environment variable ACME_OPENAI_KEY")),
             qPrintable(run.out));

    // Without the key: exit 1 and say where it should be; nothing was asked of the provider.
    run = cliServing(words("poll --once acme"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("ACME_OPENAI_KEY")), qPrintable(run.err));
    QVERIFY(server.requests().isEmpty());
    run = cliServing(words("--json sources list"));
    QVERIFY(run.out.contains(QStringLiteral("\"status\":\"unauthorized\"")));
    // Changing its settings resumes it; a source keeps its name.
    run = cliServing(words("sources update acme --interval 30m"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith(QStringLiteral("Updated acme")));
    run = cliServing(words("--json sources list"));
    QVERIFY2(run.out.contains(QStringLiteral("\"status\":\"ok\"")), qPrintable(run.out));
    QCOMPARE(cliServing(words("sources update acme --name other")).exitCode, 2);
    QCOMPARE(cliServing(words("sources update nobody --interval 1h")).exitCode, 1);

    QProcessEnvironment key;
    key.insert(QStringLiteral("ACME_OPENAI_KEY"), QStringLiteral("sk-admin-cli-test"));
    run = cliServing(words("poll --once acme"), key);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(server.requests(QStringLiteral("/v1/organization/usage/completions"))
                 .value(0)
                 .header("Authorization"),
             QByteArray("Bearer sk-admin-cli-test"));
    run = cliServing(words("--json report --by source"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8())
                                .object()
                                .value(QStringLiteral("rows"))
                                .toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("openai"));
    QVERIFY(rows.at(0).toObject().value(QStringLiteral("output_tokens")).toInteger() > 0);
    QVERIFY(!run.out.contains(QStringLiteral("sk-admin-cli-test")));
}

void tst_CommandLine::webhooksAddListTestRemove()
{
    FakeHttpServer server;
    QVERIFY(server.isListening());
    const QString slackUrl = server.url(QStringLiteral("/services/T0/B0/secret")).toString();
    const QString shown = QStringLiteral("http://127.0.0.1:%1/…").arg(server.port());
    Run run = cliServing(words("webhooks add ops") + QStringList {slackUrl});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("ops (slack, %1)").arg(shown)), qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("secret")));
    run = cliServing(words("webhooks add pager --format generic")
                     + QStringList {server.url(QStringLiteral("/pager")).toString()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cliServing(words("webhooks add ops https://elsewhere.example.com/x"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("exists already")), qPrintable(run.err));

    run = cliServing(words("webhooks list"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("ops")) && run.out.contains(shown),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("secret")));
    run = cliServing(words("--json webhooks list"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray webhooks = QJsonDocument::fromJson(run.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("webhooks"))
                                    .toArray();
    QCOMPARE(webhooks.size(), 2);
    const QJsonObject ops = webhooks.at(0).toObject();
    QCOMPARE(ops.value(QStringLiteral("name")).toString(), QStringLiteral("ops"));
    QCOMPARE(ops.value(QStringLiteral("format")).toString(), QStringLiteral("slack"));
    QCOMPARE(ops.value(QStringLiteral("url")).toString(), shown);
    QCOMPARE(webhooks.at(1).toObject().value(QStringLiteral("format")).toString(),
             QStringLiteral("generic"));

    // A test sends a sample alert now: exit 0 on 2xx, 1 with the reason otherwise.
    server.enqueue(QStringLiteral("/services/T0/B0/secret"),
                   FakeHttpServer::Response::reply(200, "ok"));
    run = cliServing(words("webhooks test ops"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("HTTP 200")), qPrintable(run.out));
    QCOMPARE(server.requests().size(), 1);
    const FakeHttpServer::Request sent = server.requests().constFirst();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject slackBody = QJsonDocument::fromJson(sent.body).object();
    QVERIFY2(slackBody.value(QStringLiteral("text")).toString().contains(QStringLiteral("Test")),
             sent.body.constData());
    QCOMPARE(slackBody.value(QStringLiteral("blocks")).toArray().size(), 1);

    server.enqueue(QStringLiteral("/pager"), FakeHttpServer::Response::reply(500, "boom"));
    run = cliServing(words("webhooks test pager"));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QStringLiteral("burnrate-cli: webhooks test pager: HTTP 500 from %1: boom\n")
                          .arg(shown));
    QCOMPARE(QJsonDocument::fromJson(server.requests().at(1).body)
                 .object()
                 .value(QStringLiteral("event"))
                 .toString(),
             QStringLiteral("budget_alert"));
    QCOMPARE(cliServing(words("webhooks test nobody")).exitCode, 1);

    run = cliServing(words("webhooks remove ops"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cliServing(words("webhooks remove ops"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no webhook named")), qPrintable(run.err));
    run = cliServing(words("webhooks list"));
    QVERIFY(!run.out.contains(QStringLiteral("ops")));
    QVERIFY(run.out.contains(QStringLiteral("pager")));
}

namespace {

// Everybody in the peer fixture: email, full name and spend last month in micro-dollars.
struct PeerFixturePerson
{
    const char *email;
    const char *name;
    const char *team;
    qint64 micros;
};
const PeerFixturePerson peerFixture[] = {
    {"ana@example.com", "Ana Alves", "Engineering", 12'500'000},
    {"ben@example.com", "Ben Brook", "Engineering", 3'000'000},
    {"cy@example.com", "Cy Chen", "Engineering", 0},
    {"dee@example.com", "Dee Dunn", "Engineering", 40'000'000},
    {"eli@example.com", "Eli Eze", "Engineering", 7'000'000},
    {"fay@example.com", "Fay Fox", "Sales", 1'000'000},
    {"gus@example.com", "Gus Gray", "Sales", 900'000'000},
};

} // namespace

void tst_CommandLine::loadPeerFixture()
{
    QFile people(m_dir->filePath(QStringLiteral("peers.csv")));
    QVERIFY(people.open(QIODevice::WriteOnly));
    people.write("email,name,team,manager,role,identities\n");
    for (const PeerFixturePerson &person : peerFixture)
        people.write(QStringLiteral("%1,%2,%3,,employee,\n")
                         .arg(QLatin1String(person.email), QLatin1String(person.name),
                              QLatin1String(person.team))
                         .toUtf8());
    people.close();
    const Run imported = cli({QStringLiteral("--db"), m_db, QStringLiteral("people"),
                              QStringLiteral("import"), people.fileName()});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    // The CLI's clock is the real one: spend on the 15th of last month, read as "last-month".
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate fifteenth = QDate(today.year(), today.month(), 15).addMonths(-1);
    Result<std::unique_ptr<Ledger>> ledger = Ledger::open(m_db, Ledger::Access::ReadWrite);
    QVERIFY(ledger);
    QList<UsageRecord> records;
    const auto spend = [&](const QString &email, qint64 micros) {
        UsageRecord record;
        record.externalKey = email;
        record.startMs = record.endMs
            = QDateTime(fifteenth, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        record.identityKind = QStringLiteral("email");
        record.identityValue = email;
        record.provider = QStringLiteral("anthropic");
        record.model = QStringLiteral("claude-sonnet-4-5");
        record.tokens.input = micros / 1000;
        record.costKind = CostKind::Estimated;
        record.costMicros = micros;
        records.append(record);
    };
    for (const PeerFixturePerson &person : peerFixture) {
        if (person.micros > 0)
            spend(QLatin1String(person.email), person.micros);
    }
    spend(QStringLiteral("stranger@elsewhere.example"), 5'000'000'000); // nobody's: no peer
    QVERIFY((*ledger)->writeUsage(*(*ledger)->ensureSource("claude-code", "laptop"), records));
}

void tst_CommandLine::peersJsonHasTheDocumentedShape()
{
    loadPeerFixture();
    const QStringList db = {QStringLiteral("--db"), m_db};
    Run run = cli(db + words("--json peers --person ANA@example.com --period last-month"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError error;
    const QJsonObject ana = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
    QCOMPARE(ana.keys(), words("groups peer_comparison period_end period_start person spent_usd "
                               "timezone tokens"));
    QCOMPARE(ana["person"].toString(), QStringLiteral("ana@example.com"));
    const QDate firstOfThisMonth = QDateTime::currentDateTimeUtc().date().addDays(
        1 - QDateTime::currentDateTimeUtc().date().day());
    QCOMPARE(ana["period_start"].toString(),
             firstOfThisMonth.addMonths(-1).toString(Qt::ISODate));
    QCOMPARE(ana["period_end"].toString(), firstOfThisMonth.addDays(-1).toString(Qt::ISODate));
    QCOMPARE(ana["timezone"].toString(), QStringLiteral("UTC"));
    QCOMPARE(ana["spent_usd"].toDouble(), 12.5);
    QCOMPARE(ana["tokens"].toInteger(), 12'500);
    QCOMPARE(ana["peer_comparison"].toString(), QStringLiteral("on"));

    const QJsonArray groups = ana["groups"].toArray();
    QCOMPARE(groups.size(), 2);
    const QStringList shownKeys = words("group histogram median_usd name p25_usd p75_usd "
                                        "percentile shown size");
    // Engineering: 0, 3, 7, 12.50, 40.
    const QJsonObject team = groups[0].toObject();
    QCOMPARE(team.keys(), shownKeys);
    QCOMPARE(team["group"].toString(), QStringLiteral("team"));
    QCOMPARE(team["name"].toString(), QStringLiteral("Engineering"));
    QCOMPARE(team["size"].toInt(), 5);
    QCOMPARE(team["shown"].toBool(), true);
    QCOMPARE(team["p25_usd"].toDouble(), 3.0);
    QCOMPARE(team["median_usd"].toDouble(), 7.0);
    QCOMPARE(team["p75_usd"].toDouble(), 12.5);
    QCOMPARE(team["percentile"].toDouble(), 70.0);
    int people = 0;
    for (const QJsonValue &bin : team["histogram"].toArray()) {
        QCOMPARE(bin.toObject().keys(), words("from_usd people to_usd"));
        QVERIFY(bin["from_usd"].toDouble() < bin["to_usd"].toDouble());
        people += bin["people"].toInt();
    }
    QCOMPARE(people, 5);
    // Everyone: 0, 1, 3, 7, 12.50, 40, 900; the stranger's $5,000 belongs to no peer.
    const QJsonObject organisation = groups[1].toObject();
    QCOMPARE(organisation.keys(), shownKeys);
    QCOMPARE(organisation["group"].toString(), QStringLiteral("org"));
    QVERIFY(organisation["name"].isNull());
    QCOMPARE(organisation["size"].toInt(), 7);
    QCOMPARE(organisation["p25_usd"].toDouble(), 2.0);
    QCOMPARE(organisation["median_usd"].toDouble(), 7.0);
    QCOMPARE(organisation["p75_usd"].toDouble(), 26.25);
    QCOMPARE(organisation["percentile"].toDouble(), 64.3);
    QVERIFY(organisation["histogram"].toArray().last()["to_usd"].toDouble() < 5'000);

    // Sales has two people: only its size is told.
    run = cli(db + words("--json peers --person fay@example.com --period last-month"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray fay = QJsonDocument::fromJson(run.out.toUtf8()).object()["groups"].toArray();
    QCOMPARE(fay.size(), 2);
    QCOMPARE(fay[0].toObject(), (QJsonObject {{"group", "team"}, {"name", "Sales"}, {"size", 2},
                                              {"shown", false}}));
    QCOMPARE(fay[1].toObject()["shown"].toBool(), true);

    // The table: both groups, the hidden one said to be hidden, a histogram with the person marked.
    run = cli(db + words("peers --person fay@example.com --period last-month"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("spent $1.00")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("team Sales")) && run.out.contains("not shown"),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("<- you")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("fewer than 5 people")), qPrintable(run.out));
}

void tst_CommandLine::peersNameNobodyElse()
{
    loadPeerFixture();
    for (const PeerFixturePerson &person : peerFixture) {
        for (const char *format : {"", "--json"}) {
            const Run run = cli(QStringList {QStringLiteral("--db"), m_db} + words(format)
                                + words("peers --period last-month --person")
                                + QStringList {QLatin1String(person.email)});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY(run.out.contains(QLatin1String(person.email)));
            for (const PeerFixturePerson &other : peerFixture) {
                if (&other == &person)
                    continue;
                const QString seen = QStringLiteral("%1 sees %2 in\n%3")
                                         .arg(QLatin1String(person.email),
                                              QLatin1String(other.email), run.out);
                QVERIFY2(!run.out.contains(QLatin1String(other.email), Qt::CaseInsensitive),
                         qPrintable(seen));
                QVERIFY2(!run.out.contains(QLatin1String(other.name), Qt::CaseInsensitive),
                         qPrintable(seen));
            }
            QVERIFY(!run.out.contains(QLatin1String("stranger")));
        }
    }
}

void tst_CommandLine::peersUnknownPersonOrSwitchedOff()
{
    loadPeerFixture();
    const QStringList db = {QStringLiteral("--db"), m_db};
    Run run = cli(db + words("peers --person nobody@example.com"));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QStringLiteral("burnrate-cli: peers: nobody@example.com is not in the people "
                                     "directory (see 'burnrate-cli people list')\n"));
    QVERIFY(run.out.isEmpty());

    {
        Result<std::unique_ptr<Ledger>> ledger = Ledger::open(m_db, Ledger::Access::ReadWrite);
        QVERIFY(ledger);
        QVERIFY(PeerQuery::setComparisonEnabled(**ledger, false));
    }
    run = cli(db + words("peers --person ana@example.com --period last-month"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("spent $12.50")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Peer comparison is switched off")),
             qPrintable(run.out));
    QVERIFY2(!run.out.contains(QLatin1String("median")), qPrintable(run.out));
    run = cli(db + words("--json peers --person ana@example.com --period last-month"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject off = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(off["peer_comparison"].toString(), QStringLiteral("off"));
    QCOMPARE(off["groups"].toArray(), QJsonArray());
    QCOMPARE(off["spent_usd"].toDouble(), 12.5);
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
