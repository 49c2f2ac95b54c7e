#include "core/csv.h"
#include "ledger/ledger.h"
#include "ledger/reportquery.h"
#include "ledger/sqlitedatabase.h"
#include "ledger/usagetransfer.h"
#include "pricing/pricebook.h"
#include "support/templedger.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

const qint64 nowMs = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

QByteArray mixedCsv()
{
    QFile file(QStringLiteral(BURNRATE_TEST_DATA_DIR "/usage/mixed.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read usage/mixed.csv");
    return file.readAll();
}

// The fixture by hand, from $3/M input, $15/M output, $3.75/M 5-minute and $6/M 1-hour cache
// writes and $0.30/M cache reads for claude-sonnet-4-5:
//   msg-1: 1,000 × 3 + 4,000 × 3.75 + 1,000 × 6 + 10,000 × 0.30 + 2,000 × 15 = 57,000 micros
//   msg-2: 150,000 × 3 + 40,000 × 0.30 + 10,000 × 15 (reasoning is inside output) = 612,000
// bucket-1 is billed $1.234567, bucket-2 has no price, the last row is billed $0.0015.
constexpr qint64 msg1Micros = 57'000;
constexpr qint64 msg2Micros = 612'000;
constexpr qint64 mixedTotalMicros = msg1Micros + msg2Micros + 1'234'567 + 1'500;

qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// One text line per stored usage row, in a stable order.
QStringList storedRows(Ledger &ledger)
{
    Result<SqliteStatement> statement = ledger.database().prepare(uR"sql(
SELECT s.name, s.kind, u.external_key, u.start_ms, u.end_ms, coalesce(u.identity_kind, ''),
       coalesce(u.identity_value, ''), u.provider, m.name, coalesce(u.project, ''),
       coalesce(u.session, ''), u.input_tokens, u.cache_write_5m_tokens, u.cache_write_1h_tokens,
       u.cache_read_tokens, u.output_tokens, u.reasoning_tokens, u.requests, u.cost_kind,
       u.cost_micros, coalesce(u.price_version_id, 0)
FROM usage u JOIN sources s ON s.id = u.source_id JOIN models m ON m.id = u.model_id
ORDER BY u.start_ms, s.name, u.external_key
)sql"_s);
    if (!statement)
        return {u"error: "_s + statement.error().detail};
    QStringList rows;
    while (statement->step() == SqliteStatement::StepResult::Row) {
        QStringList fields;
        for (int c = 0; c < statement->columnCount(); ++c)
            fields.append(statement->text(c));
        rows.append(fields.join(u'|'));
    }
    return rows;
}

qint64 usageCount(Ledger &ledger)
{
    const Result<qint64> count = ledger.database().queryInt64(u"SELECT count(*) FROM usage"_s);
    return count ? *count : -1;
}

QStringList sourceNames(Ledger &ledger)
{
    const Result<QList<SourceInfo>> sources = ledger.sources();
    if (!sources)
        return {u"error"_s};
    QStringList names;
    for (const SourceInfo &source : *sources)
        names.append(u"%1 (%2) %3"_s.arg(source.name, source.kind).arg(source.records));
    return names;
}

QString describe(const ReportTotals &totals)
{
    return u"in=%1 w5=%2 w1=%3 read=%4 out=%5 reason=%6 req=%7 rec=%8 cost=%9 billed=%10 "
           "est=%11 bil=%12 unp=%13"_s.arg(totals.tokens.input)
               .arg(totals.tokens.cacheWrite5m)
               .arg(totals.tokens.cacheWrite1h)
               .arg(totals.tokens.cacheRead)
               .arg(totals.tokens.output)
               .arg(totals.tokens.reasoning)
               .arg(totals.requests)
               .arg(totals.records)
               .arg(totals.costMicros)
               .arg(totals.billedMicros)
               .arg(totals.estimatedRecords)
               .arg(totals.billedRecords)
               .arg(totals.unpricedRecords);
}

// The report by day, source and model as text, with the grand total last.
QStringList reportLines(Ledger &ledger)
{
    ReportRequest request;
    request.groupBy = {ReportKey::Day, ReportKey::Source, ReportKey::Model};
    const Result<Report> report = ReportQuery(ledger).run(request);
    if (!report)
        return {u"error: "_s + report.error().detail};
    QStringList lines;
    for (const ReportRow &row : report->rows)
        lines.append(row.keys.join(u',') + u": "_s + describe(row.totals));
    lines.append(u"total: "_s + describe(report->totals));
    return lines;
}

std::optional<PriceBook> loadPrices(Ledger &ledger)
{
    Result<PriceBook> book = PriceBook::load(ledger, nowMs);
    if (!book) {
        qWarning("cannot load prices: %s", qPrintable(book.error().detail));
        return std::nullopt;
    }
    return std::move(book).value();
}

QByteArray exported(Ledger &ledger, ExportFormat format, std::optional<QDate> since = {},
                    std::optional<QDate> until = {}, qint64 *rows = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<qint64> written = UsageTransfer::exportUsage(ledger, format, buffer, since, until);
    if (!written)
        return "error: "_ba + written.error().detail.toUtf8();
    if (rows)
        *rows = *written;
    return buffer.data();
}

// A JSON export rewritten as CSV in the import layout, to import it back.
QByteArray csvFromJson(const QByteArray &json)
{
    const QStringList columns = UsageTransfer::csvColumns();
    QString csv = columns.join(u',') + u'\n';
    const QJsonArray usage = QJsonDocument::fromJson(json).object().value(u"usage"_s).toArray();
    for (const QJsonValue &value : usage) {
        const QJsonObject object = value.toObject();
        QStringList fields;
        for (const QString &column : columns) {
            const QJsonValue field = object.value(column);
            if (field.isString())
                fields.append(field.toString());
            else if (field.isDouble() && column == u"cost_usd"_s)
                fields.append(QString::number(field.toDouble(), 'g', 17));
            else if (field.isDouble())
                fields.append(QString::number(field.toInteger()));
            else
                fields.append(QString());
        }
        csv += Csv::joinRecord(fields) + u'\n';
    }
    return csv.toUtf8();
}

} // namespace

class tst_UsageTransfer : public QObject
{
    Q_OBJECT

private slots:
    void importsMixedFile();
    void minimalColumns();
    void headerErrors_data();
    void headerErrors();
    void timestamps_data();
    void timestamps();
    void costs_data();
    void costs();
    void badRowsWriteNothing_data();
    void badRowsWriteNothing();
    void importingTwiceChangesNothing();
    void twoSourcesInOneFile();
    void failingSourceRollsBackTheOthers();
    void modelOfARolledBackImportCanBeImportedAgain();
    void identicalRowsWithoutIdAreBothCounted();
    void exportRoundTrip_data();
    void exportRoundTrip();
    void reimportingAnExportChangesNothing();
    void exportCsvLayout();
    void exportJsonLayout();
    void exportLimits_data();
    void exportLimits();
};

void tst_UsageTransfer::importsMixedFile()
{
    TempLedger ledger;
    QVERIFY(ledger.isValid());
    const std::optional<PriceBook> prices = loadPrices(ledger.ledger());
    QVERIFY(prices);
    const Result<UsageImportStats> stats
        = UsageTransfer::importCsv(ledger.ledger(), *prices, mixedCsv());
    QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().detail));
    QCOMPARE(stats->rows, 5);
    QCOMPARE(stats->written, 5);
    QCOMPARE(stats->unchanged, 0);
    QCOMPARE(stats->unpriced, 1);
    QCOMPARE(stats->unattributed, 5);

    const QStringList rows = storedRows(ledger.ledger());
    QCOMPARE(rows.size(), 5);
    const QString version = QString::number(prices->versionId());
    QCOMPARE(rows[0],
             u"claude-logs|claude-code|msg-1|%1|%1|local|alice@laptop|anthropic|claude-sonnet-4-5|"
             "/src/burnrate|s1|1000|4000|1000|10000|2000|0|1|0|57000|%2"_s
                 .arg(utcMs("2026-11-20T09:30:00Z"))
                 .arg(version));
    QCOMPARE(rows[1],
             u"claude-logs|claude-code|msg-2|%1|%1|email|alice@example.com|anthropic|"
             "claude-sonnet-4-5|/src/burnrate|s1|150000|0|0|40000|10000|500|1|0|612000|%2"_s
                 .arg(utcMs("2026-11-21T04:30:00Z"))
                 .arg(version));
    QCOMPARE(
        rows[2],
        u"openai-api|openai|bucket-1|%1|%2|openai-user|user-bob|openai|gpt-5|proj_1||20000|0|0|"
        "0|3000|1000|12|1|1234567|0"_s.arg(utcMs("2026-11-21T10:00:00Z"))
            .arg(utcMs("2026-11-21T11:00:00Z")));
    QCOMPARE(rows[3],
             u"openai-api|openai|bucket-2|%1|%1|openai-user|user-bob|openai|totally-unknown-model|"
             "proj_1||500|0|0|0|50|0|1|2|0|%2"_s.arg(utcMs("2026-11-22T07:15:30.250Z"))
                 .arg(version));
    // No external_id: the key is derived from the row, so it is stable across imports.
    QVERIFY2(rows[4].startsWith(u"openai-api|openai|csv:"_s), qPrintable(rows[4]));
    QVERIFY2(rows[4].endsWith(
                 u"|||openai|gpt-5|proj, \"quoted\"\ntwo lines||100|0|0|0|10|0|1|1|1500|0"_s),
             qPrintable(rows[4]));

    QCOMPARE(sourceNames(ledger.ledger()),
             (QStringList {u"claude-logs (claude-code) 2"_s, u"openai-api (openai) 3"_s}));
    QCOMPARE(reportLines(ledger.ledger()).constLast(),
             u"total: in=171600 w5=4000 w1=1000 read=50000 out=15060 reason=1500 req=16 rec=5 "
             "cost=%1 billed=1236067 est=2 bil=2 unp=1"_s.arg(mixedTotalMicros));
    const Result<QStringList> discrepancies = ledger->rollupDiscrepancies();
    QVERIFY(discrepancies);
    QCOMPARE(*discrepancies, QStringList());
}

void tst_UsageTransfer::minimalColumns()
{
    TempLedger ledger;
    const std::optional<PriceBook> prices = loadPrices(ledger.ledger());
    QVERIFY(prices);
    const Result<UsageImportStats> stats = UsageTransfer::importCsv(
        ledger.ledger(), *prices,
        "Model , TIMESTAMP\r\nclaude-sonnet-4-5,2026-11-22T09:30:00Z\r\n"_ba);
    QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().detail));
    QCOMPARE(stats->rows, 1);
    // Source "csv" of kind "csv", one request, no tokens: estimated at zero, not unpriced.
    QCOMPARE(sourceNames(ledger.ledger()), QStringList {u"csv (csv) 1"_s});
    const QStringList rows = storedRows(ledger.ledger());
    QCOMPARE(rows.size(), 1);
    QVERIFY2(
        rows[0].endsWith(u"||claude-sonnet-4-5|||0|0|0|0|0|0|1|0|0|%1"_s.arg(prices->versionId())),
        qPrintable(rows[0]));

    // A header alone imports nothing and is no error.
    const Result<UsageImportStats> empty
        = UsageTransfer::importCsv(ledger.ledger(), *prices, "timestamp,model\n"_ba);
    QVERIFY(empty);
    QCOMPARE(empty->rows, 0);
}

void tst_UsageTransfer::headerErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty file") << QByteArray() << u"the file is empty"_s;
    QTest::newRow("blank lines only") << "\n\n"_ba << u"the file is empty"_s;
    QTest::newRow("no timestamp column")
        << "model,input_tokens\ngpt-5,1\n"_ba << u"line 1: column \"timestamp\" is missing"_s;
    QTest::newRow("no model column") << "timestamp,input_tokens\n2026-11-22T09:30:00Z,1\n"_ba
                                     << u"line 1: column \"model\" is missing"_s;
    QTest::newRow("unknown column") << "timestamp,model,tokens\n2026-11-22T09:30:00Z,gpt-5,1\n"_ba
                                    << u"line 1: unknown column \"tokens\""_s;
    QTest::newRow("column twice") << "timestamp,model,Model\n2026-11-22T09:30:00Z,gpt-5,gpt-5\n"_ba
                                  << u"line 1: column \"model\" given twice"_s;
}

void tst_UsageTransfer::headerErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    TempLedger ledger;
    const std::optional<PriceBook> prices = loadPrices(ledger.ledger());
    QVERIFY(prices);
    const Result<UsageImportStats> stats = UsageTransfer::importCsv(ledger.ledger(), *prices, csv);
    QVERIFY(!stats);
    QCOMPARE(stats.error().code, ErrorCode::InvalidInput);
    QCOMPARE(stats.error().detail, error);
    QCOMPARE(usageCount(ledger.ledger()), 0);
}

void tst_UsageTransfer::timestamps_data()
{
    QTest::addColumn<QString>("timestamp");
    QTest::addColumn<QString>("utc"); // empty: rejected

    QTest::newRow("utc") << u"2026-11-22T09:30:00Z"_s << u"2026-11-22T09:30:00.000Z"_s;
    QTest::newRow("milliseconds") << u"2026-11-22T09:30:00.250Z"_s << u"2026-11-22T09:30:00.250Z"_s;
    QTest::newRow("east of utc") << u"2026-11-22T10:30:00+01:00"_s << u"2026-11-22T09:30:00.000Z"_s;
    QTest::newRow("west of utc") << u"2026-11-22T04:30:00-05:00"_s << u"2026-11-22T09:30:00.000Z"_s;
    QTest::newRow("half-hour offset")
        << u"2026-11-22T15:00:00+05:30"_s << u"2026-11-22T09:30:00.000Z"_s;
    QTest::newRow("zero offset") << u"2026-11-22T09:30:00+00:00"_s << u"2026-11-22T09:30:00.000Z"_s;
    QTest::newRow("padded") << u" 2026-11-22T09:30:00Z "_s << u"2026-11-22T09:30:00.000Z"_s;

    QTest::newRow("no zone") << u"2026-11-22T09:30:00"_s << QString();
    QTest::newRow("no zone, milliseconds") << u"2026-11-22T09:30:00.250"_s << QString();
    QTest::newRow("date only") << u"2026-11-22"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("words") << u"yesterday"_s << QString();
    QTest::newRow("epoch seconds") << u"1795426200"_s << QString();
    QTest::newRow("hour 25") << u"2026-11-22T25:00:00Z"_s << QString();
    QTest::newRow("february 30") << u"2026-02-30T09:30:00Z"_s << QString();
}

void tst_UsageTransfer::timestamps()
{
    QFETCH(QString, timestamp);
    QFETCH(QString, utc);
    TempLedger ledger;
    const std::optional<PriceBook> prices = loadPrices(ledger.ledger());
    QVERIFY(prices);
    const QByteArray csv = "model,timestamp\ngpt-5,"_ba + timestamp.toUtf8() + "\n"_ba;
    const Result<UsageImportStats> stats = UsageTransfer::importCsv(ledger.ledger(), *prices, csv);
    if (utc.isEmpty()) {
        QVERIFY(!stats);
        QVERIFY2(
            stats.error().detail.startsWith(
                u"line 2: timestamp \"%1\" is not ISO 8601 with a zone"_s.arg(timestamp.trimmed())),
            qPrintable(stats.error().detail));
        QCOMPARE(usageCount(ledger.ledger()), 0);
        return;
    }
    QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().detail));
    const Result<qint64> start = ledger->database().queryInt64(u"SELECT start_ms FROM usage"_s);
    QVERIFY(start);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(*start, Qt::UTC).toString(Qt::ISODateWithMs), utc);
}

void tst_UsageTransfer::costs_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("tokens"); // input,5m write,1h write,read,output,reasoning
    QTest::addColumn<QString>("costUsd");
    QTest::addColumn<QString>("costKind");
    QTest::addColumn<int>("expectedKind");
    QTest::addColumn<qint64>("expectedMicros");
    QTest::addColumn<bool>("costedWithTable");

    const QString sonnet = u"claude-sonnet-4-5"_s;
    const QString allKinds = u"1000,4000,1000,10000,2000,0"_s;
    const int estimated = int(CostKind::Estimated);
    const int billed = int(CostKind::Billed);
    const int unpriced = int(CostKind::Unpriced);

    QTest::newRow("estimated, every token kind")
        << sonnet << allKinds << QString() << QString() << estimated << msg1Micros << true;
    QTest::newRow("estimated, reasoning is inside output")
        << sonnet << u"1000,4000,1000,10000,2000,1500"_s << QString() << QString() << estimated
        << msg1Micros << true;
    QTest::newRow("estimated, dated model name")
        << u"claude-sonnet-4-5-20250929"_s << allKinds << QString() << QString() << estimated
        << msg1Micros << true;
    QTest::newRow("estimated, input 3 output 15 read 0.30")
        << sonnet << u"150000,0,0,40000,10000,0"_s << QString() << QString() << estimated
        << msg2Micros << true;
    QTest::newRow("estimated, half micro rounds")
        << sonnet << u"0,0,0,5,0,0"_s << QString() << QString() << estimated << qint64(2) << true;
    QTest::newRow("estimated kind without cost")
        << sonnet << allKinds << QString() << u"estimated"_s << estimated << msg1Micros << true;
    QTest::newRow("estimated kind with a cost keeps it")
        << sonnet << allKinds << u"0.25"_s << u"estimated"_s << estimated << qint64(250'000)
        << false;
    QTest::newRow("billed") << sonnet << allKinds << u"1.234567"_s << QString() << billed
                            << qint64(1'234'567) << false;
    QTest::newRow("billed, exponent")
        << sonnet << allKinds << u"1.5e-3"_s << QString() << billed << qint64(1'500) << false;
    QTest::newRow("billed, explicit kind")
        << sonnet << allKinds << u"0.5"_s << u"billed"_s << billed << qint64(500'000) << false;
    QTest::newRow("billed, zero") << sonnet << allKinds << u"0"_s << QString() << billed
                                  << qint64(0) << false;
    QTest::newRow("billed, sub-micro rounds")
        << sonnet << allKinds << u"0.0000015"_s << QString() << billed << qint64(2) << false;
    QTest::newRow("billed, unknown model") << u"totally-unknown-model"_s << allKinds << u"2"_s
                                           << QString() << billed << qint64(2'000'000) << false;
    QTest::newRow("unknown model is unpriced")
        << u"totally-unknown-model"_s << allKinds << QString() << QString() << unpriced << qint64(0)
        << true;
    QTest::newRow("unpriced kind, unknown model")
        << u"totally-unknown-model"_s << allKinds << QString() << u"unpriced"_s << unpriced
        << qint64(0) << true;
    QTest::newRow("unpriced kind with zero cost")
        << u"totally-unknown-model"_s << allKinds << u"0"_s << u"unpriced"_s << unpriced
        << qint64(0) << false;
}

void tst_UsageTransfer::costs()
{
    QFETCH(QString, model);
    QFETCH(QString, tokens);
    QFETCH(QString, costUsd);
    QFETCH(QString, costKind);
    QFETCH(int, expectedKind);
    QFETCH(qint64, expectedMicros);
    QFETCH(bool, costedWithTable);

    TempLedger ledger;
    const std::optional<PriceBook> prices = loadPrices(ledger.ledger());
    QVERIFY(prices);
    QVERIFY(prices->versionId() > 0);
    const QString csv
        = u"timestamp,model,input_tokens,cache_write_5m_tokens,cache_write_1h_tokens,"
          "cache_read_tokens,output_tokens,reasoning_tokens,cost_usd,cost_kind\n"
          "2026-11-22T09:30:00Z,%1,%2,%3,%4\n"_s.arg(model, tokens, costUsd, costKind);
    const Result<UsageImportStats> stats
        = UsageTransfer::importCsv(ledger.ledger(), *prices, csv.toUtf8());
    QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().detail));
    QCOMPARE(stats->unpriced, expectedKind == int(CostKind::Unpriced) ? 1 : 0);

    Result<SqliteStatement> statement = ledger->database().prepare(
        u"SELECT cost_kind, cost_micros, coalesce(price_version_id, 0) FROM usage"_s);
    QVERIFY(statement);
    QCOMPARE(statement->step(), SqliteStatement::StepResult::Row);
    QCOMPARE(int(statement->int64(0)), expectedKind);
    QCOMPARE(statement->int64(1), expectedMicros);
    QCOMPARE(statement->int64(2), costedWithTable ? prices->versionId() : 0);
}

void tst_UsageTransfer::badRowsWriteNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");

    // Lines 2 and 3 are good rows of two sources; line 4 is bad.
    const QByteArray good
        = "timestamp,end_timestamp,source,source_kind,identity,model,input_tokens,output_tokens,"
          "reasoning_tokens,cost_usd,cost_kind\n"
          "2026-11-20T09:00:00Z,,alpha,csv,,gpt-5,100,10,0,,\n"
          "2026-11-20T10:00:00Z,,beta,csv,email:bob@example.com,gpt-5,100,10,0,0.5,\n"_ba;
    const auto row = [&](const char *name, const char *badLine, const char *error) {
        QTest::newRow(name) << good + QByteArray(badLine) + "\n"_ba << QString::fromUtf8(error);
    };
    row("timestamp without zone", "2026-11-20T11:00:00,,beta,csv,,gpt-5,1,1,0,,",
        "line 4: timestamp \"2026-11-20T11:00:00\" is not ISO 8601 with a zone");
    row("timestamp garbage", "soon,,beta,csv,,gpt-5,1,1,0,,", "line 4: timestamp \"soon\"");
    row("timestamp empty", ",,beta,csv,,gpt-5,1,1,0,,", "line 4: timestamp \"\"");
    row("end before start", "2026-11-20T11:00:00Z,2026-11-20T10:00:00Z,beta,csv,,gpt-5,1,1,0,,",
        "line 4: end_timestamp \"2026-11-20T10:00:00Z\" is invalid or before timestamp");
    row("end without zone", "2026-11-20T11:00:00Z,2026-11-20T12:00:00,beta,csv,,gpt-5,1,1,0,,",
        "line 4: end_timestamp \"2026-11-20T12:00:00\"");
    row("empty model", "2026-11-20T11:00:00Z,,beta,csv,,,1,1,0,,", "line 4: model is empty");
    row("negative tokens", "2026-11-20T11:00:00Z,,beta,csv,,gpt-5,-5,1,0,,",
        "line 4: input_tokens \"-5\" is not a whole number");
    row("fractional tokens", "2026-11-20T11:00:00Z,,beta,csv,,gpt-5,1.5,1,0,,",
        "line 4: input_tokens \"1.5\"");
    row("text tokens", "2026-11-20T11:00:00Z,,beta,csv,,gpt-5,1,12a,0,,",
        "line 4: output_tokens \"12a\"");
    row("reasoning beyond output", "2026-11-20T11:00:00Z,,beta,csv,,gpt-5,1,10,11,,",
        "line 4: reasoning_tokens exceed output_tokens");
    row("cost not a number", "2026-11-20T11:00:00Z,,beta,csv,,gpt-5,1,1,0,abc,",
        "line 4: cost_usd \"abc\" is not an amount in dollars");
    row("negative cost", "2026-11-20T11:00:00Z,,beta,csv,,gpt-5,1,1,0,-1,",
        "line 4: cost_usd \"-1\"");
    row("cost overflow", "2026-11-20T11:00:00Z,,beta,csv,,gpt-5,1,1,0,1e999,",
        "line 4: cost_usd \"1e999\"");
    row("cost with two points", "2026-11-20T11:00:00Z,,beta,csv,,gpt-5,1,1,0,1.2.3,",
        "line 4: cost_usd \"1.2.3\"");
    row("unknown cost kind", "2026-11-20T11:00:00Z,,beta,csv,,gpt-5,1,1,0,,free",
        "line 4: cost_kind \"free\"");
    row("billed without cost", "2026-11-20T11:00:00Z,,beta,csv,,gpt-5,1,1,0,,billed",
        "line 4: a billed row needs cost_usd");
    row("unpriced with cost", "2026-11-20T11:00:00Z,,beta,csv,,gpt-5,1,1,0,0.5,unpriced",
        "line 4: an unpriced row cannot carry a cost");
    row("identity without kind or @", "2026-11-20T11:00:00Z,,beta,csv,nobody,gpt-5,1,1,0,,",
        "line 4: identity \"nobody\" is neither an email nor kind:value");
    row("identity without value", "2026-11-20T11:00:00Z,,beta,csv,openai-user:,gpt-5,1,1,0,,",
        "line 4: identity \"openai-user:\"");
    row("identity without kind", "2026-11-20T11:00:00Z,,beta,csv,:user-1,gpt-5,1,1,0,,",
        "line 4: identity \":user-1\"");
    row("source with a second kind", "2026-11-20T11:00:00Z,,alpha,openai,,gpt-5,1,1,0,,",
        "line 4: source \"alpha\" appears with two kinds");
    row("too few fields", "2026-11-20T11:00:00Z,gpt-5", "line 4: expected 11 fields, found 2");
    row("unterminated quote", "2026-11-20T11:00:00Z,,\"beta,csv,,gpt-5,1,1,0,,",
        "line 4: quoted field is never closed");
}

void tst_UsageTransfer::badRowsWriteNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    TempLedger ledger;
    const std::optional<PriceBook> prices = loadPrices(ledger.ledger());
    QVERIFY(prices);
    const Result<UsageImportStats> stats = UsageTransfer::importCsv(ledger.ledger(), *prices, csv);
    QVERIFY(!stats);
    QCOMPARE(stats.error().code, ErrorCode::InvalidInput);
    QVERIFY2(stats.error().detail.startsWith(error), qPrintable(stats.error().detail));
    QCOMPARE(usageCount(ledger.ledger()), 0);
    QCOMPARE(sourceNames(ledger.ledger()), QStringList());
}

void tst_UsageTransfer::importingTwiceChangesNothing()
{
    TempLedger ledger;
    const std::optional<PriceBook> prices = loadPrices(ledger.ledger());
    QVERIFY(prices);
    QVERIFY(UsageTransfer::importCsv(ledger.ledger(), *prices, mixedCsv()));
    const QStringList rowsBefore = storedRows(ledger.ledger());
    const QStringList reportBefore = reportLines(ledger.ledger());

    const Result<UsageImportStats> again
        = UsageTransfer::importCsv(ledger.ledger(), *prices, mixedCsv());
    QVERIFY2(again, qPrintable(again ? QString() : again.error().detail));
    QCOMPARE(again->rows, 5);
    QCOMPARE(again->written, 0);
    QCOMPARE(again->unchanged, 5);
    QCOMPARE(storedRows(ledger.ledger()), rowsBefore);
    QCOMPARE(reportLines(ledger.ledger()), reportBefore);
    const Result<QStringList> discrepancies = ledger->rollupDiscrepancies();
    QVERIFY(discrepancies);
    QCOMPARE(*discrepancies, QStringList());
}

void tst_UsageTransfer::twoSourcesInOneFile()
{
    TempLedger ledger;
    const std::optional<PriceBook> prices = loadPrices(ledger.ledger());
    QVERIFY(prices);
    QVERIFY(UsageTransfer::importCsv(ledger.ledger(), *prices, mixedCsv()));
    QCOMPARE(sourceNames(ledger.ledger()),
             (QStringList {u"claude-logs (claude-code) 2"_s, u"openai-api (openai) 3"_s}));

    // Reports can pick either source by name or kind.
    const auto costOf = [&](const QString &source) {
        ReportRequest request;
        request.sources = QStringList {source};
        const Result<Report> report = ReportQuery(ledger.ledger()).run(request);
        return report ? report->totals.costMicros : -1;
    };
    QCOMPARE(costOf(u"claude-logs"_s), msg1Micros + msg2Micros);
    QCOMPARE(costOf(u"claude-code"_s), msg1Micros + msg2Micros);
    QCOMPARE(costOf(u"openai-api"_s), 1'234'567 + 1'500);

    // The same external id in two sources is two rows.
    const Result<UsageImportStats> stats
        = UsageTransfer::importCsv(ledger.ledger(), *prices,
                                   "timestamp,source,external_id,model,cost_usd\n"
                                   "2026-11-22T09:00:00Z,one,same-id,gpt-5,1\n"
                                   "2026-11-22T09:00:00Z,two,same-id,gpt-5,2\n"_ba);
    QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().detail));
    QCOMPARE(stats->written, 2);
    QCOMPARE(costOf(u"one"_s), 1'000'000);
    QCOMPARE(costOf(u"two"_s), 2'000'000);
}

void tst_UsageTransfer::failingSourceRollsBackTheOthers()
{
    TempLedger ledger;
    const std::optional<PriceBook> prices = loadPrices(ledger.ledger());
    QVERIFY(prices);
    // "beta" exists with another kind, so writing the file's beta rows fails after alpha's rows
    // were written in the same transaction.
    QVERIFY(ledger->ensureSource(u"openai"_s, u"beta"_s));
    const QByteArray csv = "timestamp,source,model,cost_usd\n"
                           "2026-11-20T09:00:00Z,alpha,gpt-5,1\n"
                           "2026-11-20T09:00:00Z,beta,gpt-5,2\n"_ba;
    const Result<UsageImportStats> stats = UsageTransfer::importCsv(ledger.ledger(), *prices, csv);
    QVERIFY(!stats);
    QCOMPARE(stats.error().code, ErrorCode::Conflict);
    QCOMPARE(usageCount(ledger.ledger()), 0);
    QCOMPARE(sourceNames(ledger.ledger()), QStringList {u"beta (openai) 0"_s});

    // The failure left no transaction behind: a new model in a later import is kept.
    const Result<UsageImportStats> retried
        = UsageTransfer::importCsv(ledger.ledger(), *prices,
                                   "timestamp,source,source_kind,model,cost_usd\n"
                                   "2026-11-20T09:00:00Z,beta,openai,gpt-5-mini,2\n"_ba);
    QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().detail));
    ledger.reopen();
    QCOMPARE(usageCount(ledger.ledger()), 1);
}

void tst_UsageTransfer::modelOfARolledBackImportCanBeImportedAgain()
{
    // A failed import interned "gpt-5" in a transaction that was rolled back; importing a row of
    // that model again must still work (the ledger must not remember the rolled-back model id).
    TempLedger ledger;
    const std::optional<PriceBook> prices = loadPrices(ledger.ledger());
    QVERIFY(prices);
    QVERIFY(ledger->ensureSource(u"openai"_s, u"beta"_s));
    QVERIFY(!UsageTransfer::importCsv(ledger.ledger(), *prices,
                                      "timestamp,source,model,cost_usd\n"
                                      "2026-11-20T09:00:00Z,alpha,gpt-5,1\n"
                                      "2026-11-20T09:00:00Z,beta,gpt-5,2\n"_ba));
    const Result<UsageImportStats> retried = UsageTransfer::importCsv(
        ledger.ledger(), *prices,
        "timestamp,source,model,cost_usd\n2026-11-20T09:00:00Z,alpha,gpt-5,1\n"_ba);
    QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().detail));
    QCOMPARE(retried->written, 1);
    QCOMPARE(usageCount(ledger.ledger()), 1);
}

void tst_UsageTransfer::identicalRowsWithoutIdAreBothCounted()
{
    // Two calls with the same second, model and tokens are two calls; the derived key must tell
    // them apart while a second import of the file still changes nothing.
    TempLedger ledger;
    const std::optional<PriceBook> prices = loadPrices(ledger.ledger());
    QVERIFY(prices);
    const QByteArray csv = "timestamp,model,input_tokens,output_tokens,cost_usd\n"
                           "2026-11-20T09:00:00Z,gpt-5,100,10,0.25\n"
                           "2026-11-20T09:00:00Z,gpt-5,100,10,0.25\n"_ba;
    Result<UsageImportStats> stats = UsageTransfer::importCsv(ledger.ledger(), *prices, csv);
    QVERIFY(stats);
    QCOMPARE(stats->rows, 2);
    QCOMPARE(usageCount(ledger.ledger()), 2);
    QCOMPARE(stats->written, 2);
    stats = UsageTransfer::importCsv(ledger.ledger(), *prices, csv);
    QVERIFY(stats);
    QCOMPARE(stats->unchanged, 2);
    QCOMPARE(usageCount(ledger.ledger()), 2);
}

void tst_UsageTransfer::exportRoundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(ExportFormat::Csv);
    QTest::newRow("json") << int(ExportFormat::Json);
}

void tst_UsageTransfer::exportRoundTrip()
{
    QFETCH(int, format);
    TempLedger original;
    std::optional<PriceBook> prices = loadPrices(original.ledger());
    QVERIFY(prices);
    QVERIFY(UsageTransfer::importCsv(original.ledger(), *prices, mixedCsv()));

    qint64 rows = 0;
    const QByteArray text = exported(original.ledger(), ExportFormat(format), {}, {}, &rows);
    QCOMPARE(rows, 5);
    const QByteArray csv = ExportFormat(format) == ExportFormat::Csv ? text : csvFromJson(text);

    TempLedger copy;
    prices = loadPrices(copy.ledger());
    QVERIFY(prices);
    const Result<UsageImportStats> stats = UsageTransfer::importCsv(copy.ledger(), *prices, csv);
    QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().detail));
    QCOMPARE(stats->rows, 5);
    QCOMPARE(stats->written, 5);
    QCOMPARE(reportLines(copy.ledger()), reportLines(original.ledger()));
    QCOMPARE(sourceNames(copy.ledger()), sourceNames(original.ledger()));

    // The copy exports the same file.
    QCOMPARE(exported(copy.ledger(), ExportFormat(format)), text);
}

void tst_UsageTransfer::reimportingAnExportChangesNothing()
{
    // The export layout exists so that an export imports back unchanged.
    TempLedger ledger;
    const std::optional<PriceBook> prices = loadPrices(ledger.ledger());
    QVERIFY(prices);
    QVERIFY(UsageTransfer::importCsv(ledger.ledger(), *prices, mixedCsv()));
    const QStringList before = storedRows(ledger.ledger());

    const Result<UsageImportStats> stats = UsageTransfer::importCsv(
        ledger.ledger(), *prices, exported(ledger.ledger(), ExportFormat::Csv));
    QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().detail));
    QCOMPARE(stats->rows, 5);
    QCOMPARE(storedRows(ledger.ledger()), before);
    QCOMPARE(stats->written, 0);
    QCOMPARE(stats->unchanged, 5);
}

void tst_UsageTransfer::exportCsvLayout()
{
    TempLedger ledger;
    const std::optional<PriceBook> prices = loadPrices(ledger.ledger());
    QVERIFY(prices);
    QVERIFY(UsageTransfer::importCsv(ledger.ledger(), *prices, mixedCsv()));

    const Result<QList<Csv::Record>> records
        = Csv::parse(exported(ledger.ledger(), ExportFormat::Csv));
    QVERIFY(records);
    QCOMPARE(records->size(), 6);
    QCOMPARE(records->first().fields, UsageTransfer::csvColumns());
    const auto fields = [&](int row) {
        return records->at(row).fields;
    };
    QCOMPARE(fields(1),
             (QStringList {u"2026-11-20T09:30:00.000Z"_s, u"2026-11-20T09:30:00.000Z"_s,
                           u"claude-logs"_s, u"claude-code"_s, u"msg-1"_s, u"local:alice@laptop"_s,
                           u"anthropic"_s, u"claude-sonnet-4-5"_s, u"/src/burnrate"_s, u"s1"_s,
                           u"1000"_s, u"4000"_s, u"1000"_s, u"10000"_s, u"2000"_s, u"0"_s, u"1"_s,
                           u"0.057"_s, u"estimated"_s}));
    QCOMPARE(fields(2).value(0), u"2026-11-21T04:30:00.000Z"_s);
    QCOMPARE(fields(2).value(5), u"email:alice@example.com"_s);
    QCOMPARE(fields(3).value(1), u"2026-11-21T11:00:00.000Z"_s);
    QCOMPARE(fields(3).value(17), u"1.234567"_s);
    QCOMPARE(fields(3).value(18), u"billed"_s);
    // Unpriced: no cost at all, never "0".
    QCOMPARE(fields(4).value(7), u"totally-unknown-model"_s);
    QCOMPARE(fields(4).value(17), QString());
    QCOMPARE(fields(4).value(18), u"unpriced"_s);
    QCOMPARE(fields(5).value(8), u"proj, \"quoted\"\ntwo lines"_s);
    QCOMPARE(fields(5).value(5), QString());
    QCOMPARE(fields(5).value(17), u"0.0015"_s);
}

void tst_UsageTransfer::exportJsonLayout()
{
    TempLedger ledger;
    const std::optional<PriceBook> prices = loadPrices(ledger.ledger());
    QVERIFY(prices);
    QVERIFY(UsageTransfer::importCsv(ledger.ledger(), *prices, mixedCsv()));

    qint64 rows = 0;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
        exported(ledger.ledger(), ExportFormat::Json, {}, {}, &rows), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    QCOMPARE(document.object().keys(), QStringList {u"usage"_s});
    const QJsonArray usage = document.object().value(u"usage"_s).toArray();
    QCOMPARE(usage.size(), rows);
    QCOMPARE(usage.size(), 5);

    const QStringList columns = UsageTransfer::csvColumns();
    const QSet<QString> counters
        = {u"input_tokens"_s,      u"cache_write_5m_tokens"_s, u"cache_write_1h_tokens"_s,
           u"cache_read_tokens"_s, u"output_tokens"_s,         u"reasoning_tokens"_s,
           u"requests"_s};
    double costSum = 0;
    for (const QJsonValue &value : usage) {
        QVERIFY(value.isObject());
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        QStringList expected = columns;
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        for (const QString &counter : counters) {
            QVERIFY2(object.value(counter).isDouble(), qPrintable(counter));
            QCOMPARE(object.value(counter).toDouble(), double(object.value(counter).toInteger()));
        }
        QVERIFY(object.value(u"timestamp"_s).toString().endsWith(u'Z'));
        QVERIFY(object.value(u"model"_s).isString());
        QVERIFY(object.value(u"cost_kind"_s).isString());
        if (object.value(u"cost_kind"_s).toString() == u"unpriced"_s)
            QVERIFY(object.value(u"cost_usd"_s).isNull());
        else
            QVERIFY(object.value(u"cost_usd"_s).isDouble());
        costSum += object.value(u"cost_usd"_s).toDouble();
    }
    QCOMPARE(qRound64(costSum * 1e6), mixedTotalMicros);

    const QJsonObject first = usage.first().toObject();
    QCOMPARE(first.value(u"external_id"_s).toString(), u"msg-1"_s);
    QCOMPARE(first.value(u"identity"_s).toString(), u"local:alice@laptop"_s);
    QCOMPARE(first.value(u"cache_write_5m_tokens"_s).toInteger(), 4'000);
    QCOMPARE(first.value(u"cost_usd"_s).toDouble(), 0.057);
    QVERIFY(usage.at(2).toObject().value(u"session"_s).isNull()); // empty text becomes null
}

void tst_UsageTransfer::exportLimits_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("since"); // invalid: no limit
    QTest::addColumn<QDate>("until");
    QTest::addColumn<int>("rows");

    // UTC days of the fixture: 11-20, 11-21 (twice), 11-22, 11-23.
    const QByteArray utc = "UTC";
    QTest::newRow("everything") << utc << QDate() << QDate() << 5;
    QTest::newRow("since") << utc << QDate(2026, 11, 21) << QDate() << 4;
    QTest::newRow("until") << utc << QDate() << QDate(2026, 11, 21) << 3;
    QTest::newRow("one day") << utc << QDate(2026, 11, 22) << QDate(2026, 11, 22) << 1;
    QTest::newRow("after the last day") << utc << QDate(2026, 11, 24) << QDate() << 0;
    QTest::newRow("before the first day") << utc << QDate() << QDate(2026, 11, 19) << 0;
    QTest::newRow("since after until") << utc << QDate(2026, 11, 22) << QDate(2026, 11, 21) << 0;
    // In New York msg-2 (04:30Z on 11-21) is still 11-20.
    const QByteArray newYork = "America/New_York";
    QTest::newRow("new york, until") << newYork << QDate() << QDate(2026, 11, 20) << 2;
    QTest::newRow("new york, one day")
        << newYork << QDate(2026, 11, 21) << QDate(2026, 11, 21) << 1;
}

void tst_UsageTransfer::exportLimits()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, since);
    QFETCH(QDate, until);
    QFETCH(int, rows);

    TempLedger ledger;
    const std::optional<PriceBook> prices = loadPrices(ledger.ledger());
    QVERIFY(prices);
    QVERIFY(UsageTransfer::importCsv(ledger.ledger(), *prices, mixedCsv()));
    QVERIFY(ledger->setReportingTimeZone(QTimeZone(zone)));

    const std::optional<QDate> from = since.isValid() ? std::optional(since) : std::nullopt;
    const std::optional<QDate> to = until.isValid() ? std::optional(until) : std::nullopt;
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Json}) {
        qint64 written = -1;
        const QByteArray text = exported(ledger.ledger(), format, from, to, &written);
        QCOMPARE(written, rows);
        if (format == ExportFormat::Csv) {
            const Result<QList<Csv::Record>> records = Csv::parse(text);
            QVERIFY(records);
            QCOMPARE(records->size(), rows + 1);
        } else {
            const QJsonDocument document = QJsonDocument::fromJson(text);
            QCOMPARE(document.object().value(u"usage"_s).toArray().size(), rows);
        }
    }
}

QTEST_GUILESS_MAIN(tst_UsageTransfer)
#include "tst_usagetransfer.moc"
