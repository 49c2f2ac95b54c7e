#include "analytics/efficiencyfigures.h"
#include "ledger/peopledirectory.h"
#include "pricing/pricebook.h"
#include "pricing/pricetable.h"
#include "support/templedger.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Rates in dollars per token, as LiteLLM writes them. OpenAI-style: no cache-write premium.
QByteArray priceJson(const QList<std::tuple<QString, double, double, double>> &models)
{
    QStringList entries;
    for (const auto &[name, input, output, cacheRead] : models) {
        entries.append(u"\"%1\":{\"litellm_provider\":\"openai\",\"input_cost_per_token\":%2,"
                       u"\"output_cost_per_token\":%3,\"cache_read_input_token_cost\":%4}"_s.arg(
                           name, QString::number(input * 1e-6, 'g', 12),
                           QString::number(output * 1e-6, 'g', 12),
                           QString::number(cacheRead * 1e-6, 'g', 12)));
    }
    return (u'{' + entries.join(u',') + u'}').toUtf8();
}

PriceTable table(const QList<std::tuple<QString, double, double, double>> &models)
{
    Result<PriceTable> prices = PriceTable::fromLiteLlmJson(priceJson(models));
    if (!prices)
        qFatal("bad price fixture: %s", qPrintable(prices.error().detail));
    return *prices;
}

// The test's three models, $ per million tokens: input, output, cache read.
PriceTable threeModels()
{
    return table({{u"big"_s, 10, 50, 1}, {u"mid"_s, 2, 10, 0.2}, {u"small"_s, 1, 4, 0.1}});
}

ReportRow modelRow(const QString &model, qint64 input, qint64 cacheRead, qint64 output,
                   qint64 requests, qint64 costMicros, CostKind kind = CostKind::Estimated)
{
    ReportRow row;
    row.keys = {model};
    row.totals.tokens.input = input;
    row.totals.tokens.cacheRead = cacheRead;
    row.totals.tokens.output = output;
    row.totals.requests = requests;
    row.totals.records = 1;
    row.totals.costMicros = kind == CostKind::Unpriced ? 0 : costMicros;
    if (kind == CostKind::Estimated) {
        row.totals.estimatedRecords = 1;
    } else if (kind == CostKind::Billed) {
        row.totals.billedRecords = 1;
        row.totals.billedMicros = costMicros;
    } else {
        row.totals.unpricedRecords = 1;
    }
    return row;
}

Report byModel(const QList<ReportRow> &rows)
{
    Report report;
    report.groupBy = {ReportKey::Model};
    report.rows = rows;
    for (const ReportRow &row : rows)
        report.totals += row.totals;
    return report;
}

UsageRecord usage(const QString &key, const QString &email, const QDate &day, const QString &model,
                  qint64 input, qint64 cacheRead, qint64 output, qint64 costMicros)
{
    UsageRecord record;
    record.externalKey = key;
    record.startMs = record.endMs
        = QDateTime(day, QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    record.identityKind = u"email"_s;
    record.identityValue = email;
    record.provider = u"anthropic"_s;
    record.model = model;
    record.tokens.input = input;
    record.tokens.cacheRead = cacheRead;
    record.tokens.output = output;
    record.costKind = CostKind::Estimated;
    record.costMicros = costMicros;
    return record;
}

} // namespace

// The efficiency figures of a person: cache reads and their saving, the expensive models and
// their share of spend, the what-if of moving their work to the reference model; from fixed
// reports and from a fixture ledger priced with the shipped table or a stored version.
class tst_EfficiencyFigures : public QObject
{
    Q_OBJECT

private slots:
    void figuresOfThreeModelsAndAnUnpricedOne();
    void whatIfScalesAndClamps_data();
    void whatIfScalesAndClamps();
    void expensiveIsTheTopThirdOfTheRange_data();
    void expensiveIsTheTopThirdOfTheRange();
    void referenceIsTheCheaperModelSpentMostOn();
    void aDearerInputCanMakeTheWhatIfACost();
    void nothingToCompare_data();
    void nothingToCompare();

    void fromTheLedgerWithTheShippedPrices();
    void aStoredPriceVersionIsUsed();
    void badRequests();

private:
    std::unique_ptr<TempLedger> fixtureLedger();
};

void tst_EfficiencyFigures::figuresOfThreeModelsAndAnUnpricedOne()
{
    const Report report = byModel({
        modelRow(u"big"_s, 100'000, 900'000, 20'000, 10, 4'000'000),
        modelRow(u"mid"_s, 200'000, 0, 50'000, 20, 2'000'000),
        modelRow(u"small"_s, 1'000'000, 1'000'000, 100'000, 50, 1'600'000),
        modelRow(u"mystery"_s, 10'000, 90'000, 0, 1, 0, CostKind::Unpriced),
    });
    const EfficiencyFigures figures = EfficiencyFigures::compute(report, threeModels());

    // Every model's prompt tokens count, priced or not.
    QCOMPARE(figures.promptTokens, 3'300'000);
    QCOMPARE(figures.cacheReadTokens, 1'990'000);
    QCOMPARE(figures.cacheReadShare(), 1'990'000.0 / 3'300'000.0);
    // big: 900k × ($10 − $1)/M = $8.10; small: 1M × ($1 − $0.10)/M = $0.90; mid read nothing.
    QCOMPARE(figures.cacheSavingMicros, 9'000'000);

    QCOMPARE(figures.spentMicros, 7'600'000);
    // Output $4–$50/M: expensive from 4 + ⅔ × 46 = $34.666667/M (rounded up to the micro).
    QCOMPARE(figures.expensiveFromRate, 34'666'667);
    QCOMPARE(figures.expensiveModels, QStringList {u"big"_s});
    QCOMPARE(figures.expensiveSpentMicros, 4'000'000);
    QCOMPARE(figures.expensiveShare(), 4.0 / 7.6);
    QCOMPARE(figures.referenceModel, u"mid"_s); // spent $2.00, small $1.60
    // big's tokens: $2.90 at its own price, $0.58 at mid's.
    QCOMPARE(figures.fullSwitchSavingMicros, 2'320'000);
    QVERIFY(figures.hasWhatIf());
    QCOMPARE(figures.unpricedModels, QStringList {u"mystery"_s});
}

void tst_EfficiencyFigures::whatIfScalesAndClamps_data()
{
    QTest::addColumn<int>("percent");
    QTest::addColumn<qint64>("saving");
    QTest::newRow("0 %") << 0 << 0LL;
    QTest::newRow("25 %") << 25 << 580'000LL;
    QTest::newRow("33 %") << 33 << 765'600LL;
    QTest::newRow("100 %") << 100 << 2'320'000LL;
    QTest::newRow("below 0") << -10 << 0LL;
    QTest::newRow("above 100") << 150 << 2'320'000LL;
}

void tst_EfficiencyFigures::whatIfScalesAndClamps()
{
    QFETCH(int, percent);
    const EfficiencyFigures figures = EfficiencyFigures::compute(
        byModel({modelRow(u"big"_s, 100'000, 900'000, 20'000, 10, 2'900'000),
                 modelRow(u"mid"_s, 200'000, 0, 50'000, 20, 900'000)}),
        threeModels());
    QTEST(figures.switchSavingMicros(percent), "saving");
}

void tst_EfficiencyFigures::expensiveIsTheTopThirdOfTheRange_data()
{
    QTest::addColumn<QList<double>>("outputRates"); // $ per million, models m0, m1, ...
    QTest::addColumn<QStringList>("expensive");
    QTest::addColumn<qint64>("from");

    QTest::newRow("two prices: the dearer")
        << QList<double> {15, 25} << QStringList {u"m1"_s} << 21'666'667LL;
    QTest::newRow("opus, sonnet, haiku")
        << QList<double> {5, 15, 25} << QStringList {u"m2"_s} << 18'333'334LL;
    QTest::newRow("ties at the top are all expensive")
        << QList<double> {2, 10, 10, 1} << QStringList {u"m1"_s, u"m2"_s} << 7'000'000LL;
    QTest::newRow("exactly at the threshold counts")
        << QList<double> {1, 7, 10} << QStringList {u"m1"_s, u"m2"_s} << 7'000'000LL;
    QTest::newRow("one far dearer model raises the bar")
        << QList<double> {0.4, 10, 15, 25, 75} << QStringList {u"m4"_s} << 50'133'334LL;
}

void tst_EfficiencyFigures::expensiveIsTheTopThirdOfTheRange()
{
    QFETCH(QList<double>, outputRates);
    QList<std::tuple<QString, double, double, double>> prices;
    QList<ReportRow> rows;
    for (qsizetype i = 0; i < outputRates.size(); ++i) {
        const QString name = u"m%1"_s.arg(i);
        prices.append({name, 1, outputRates[i], 0.1});
        // Spend falls with the index, so the expected list is in spend order too.
        rows.append(modelRow(name, 1000, 0, 1000, 1, 1'000'000 - 1000 * i));
    }
    const EfficiencyFigures figures = EfficiencyFigures::compute(byModel(rows), table(prices));
    QTEST(figures.expensiveModels, "expensive");
    QTEST(figures.expensiveFromRate, "from");
}

void tst_EfficiencyFigures::referenceIsTheCheaperModelSpentMostOn()
{
    // small has the most spend of the cheaper two; equal spend goes to the one with more tokens.
    EfficiencyFigures figures
        = EfficiencyFigures::compute(byModel({modelRow(u"big"_s, 1000, 0, 1000, 1, 100),
                                              modelRow(u"mid"_s, 1000, 0, 1000, 1, 200),
                                              modelRow(u"small"_s, 1000, 0, 1000, 1, 300)}),
                                     threeModels());
    QCOMPARE(figures.referenceModel, u"small"_s);
    figures = EfficiencyFigures::compute(byModel({modelRow(u"big"_s, 1000, 0, 1000, 1, 100),
                                                  modelRow(u"mid"_s, 1000, 0, 1000, 1, 300),
                                                  modelRow(u"small"_s, 1000, 0, 2000, 1, 300)}),
                                         threeModels());
    QCOMPARE(figures.referenceModel, u"small"_s);
    // Billed usage counts with what was billed.
    figures = EfficiencyFigures::compute(
        byModel({modelRow(u"big"_s, 1000, 0, 1000, 1, 100),
                 modelRow(u"mid"_s, 1000, 0, 1000, 1, 900, CostKind::Billed),
                 modelRow(u"small"_s, 1000, 0, 1000, 1, 300)}),
        threeModels());
    QCOMPARE(figures.referenceModel, u"mid"_s);
    QCOMPARE(figures.spentMicros, 1300);
}

void tst_EfficiencyFigures::aDearerInputCanMakeTheWhatIfACost()
{
    // "reader" is cheap to write with but dear to read with: moving input-heavy work costs more.
    const PriceTable prices = table({{u"writer"_s, 1, 50, 0.1}, {u"reader"_s, 20, 5, 2}});
    const EfficiencyFigures figures = EfficiencyFigures::compute(
        byModel({modelRow(u"writer"_s, 1'000'000, 0, 1000, 10, 1'050'000),
                 modelRow(u"reader"_s, 1000, 0, 1000, 1, 25'000)}),
        prices);
    QCOMPARE(figures.expensiveModels, QStringList {u"writer"_s});
    QCOMPARE(figures.referenceModel, u"reader"_s);
    // $1.00 + $0.05 at its own price; $20.00 + $0.005 at the reader's.
    QCOMPARE(figures.fullSwitchSavingMicros, 1'050'000 - 20'005'000);
    QCOMPARE(figures.switchSavingMicros(50), -9'477'500);
}

void tst_EfficiencyFigures::nothingToCompare_data()
{
    QTest::addColumn<Report>("report");
    QTest::newRow("no usage") << byModel({});
    QTest::newRow("one model") << byModel({modelRow(u"big"_s, 1000, 500, 1000, 1, 10'000)});
    QTest::newRow("one output price") // "big" and a dated name of the same price
        << byModel({modelRow(u"mid"_s, 1000, 0, 1000, 1, 12'000),
                    modelRow(u"mid-2025-01-01"_s, 1000, 0, 1000, 1, 12'000)});
    QTest::newRow("nothing priced")
        << byModel({modelRow(u"mystery"_s, 1000, 0, 1000, 1, 0, CostKind::Unpriced),
                    modelRow(QString(), 1000, 0, 1000, 1, 0, CostKind::Unpriced)});
}

void tst_EfficiencyFigures::nothingToCompare()
{
    QFETCH(Report, report);
    const EfficiencyFigures figures = EfficiencyFigures::compute(report, threeModels());
    QVERIFY(figures.expensiveModels.isEmpty());
    QCOMPARE(figures.expensiveSpentMicros, 0);
    QCOMPARE(figures.expensiveShare(), 0.0);
    QCOMPARE(figures.expensiveFromRate, 0);
    QVERIFY(figures.referenceModel.isEmpty());
    QVERIFY(!figures.hasWhatIf());
    QCOMPARE(figures.switchSavingMicros(100), 0);
    QVERIFY(!figures.unpricedModels.contains(QString())); // an unknown model is not listed
}

std::unique_ptr<TempLedger> tst_EfficiencyFigures::fixtureLedger()
{
    auto temp = std::make_unique<TempLedger>();
    if (!temp->isValid())
        return nullptr;
    Ledger &ledger = temp->ledger();
    if (!PeopleDirectory(ledger).importCsv("email,name,team,manager,role,identities\n"
                                           "bob@example.com,Bob,Platform,,employee,\n"
                                           "cy@example.com,Cy,Platform,,employee,\n"))
        return nullptr;
    Result<qint64> source = ledger.ensureSource(u"claude-code"_s, u"laptop"_s);
    if (!source)
        return nullptr;
    const QDate day(2026, 11, 20);
    const QString opus = u"claude-opus-4-5-20251101"_s;
    const QString sonnet = u"claude-sonnet-4-5-20250929"_s;
    const QString haiku = u"claude-haiku-4-5-20251001"_s;
    const QString bob = u"bob@example.com"_s;
    // Costs as the shipped table prices them: opus $5/$25/$0.50, sonnet $3/$15/$0.30, haiku
    // $1/$5/$0.10 per million input, output, cache-read tokens.
    if (!ledger.writeUsage(*source,
                           {
                               usage(u"1"_s, bob, day, opus, 1000, 100'000, 2000, 105'000),
                               usage(u"2"_s, bob, day, sonnet, 10'000, 0, 10'000, 180'000),
                               usage(u"3"_s, bob, day.addDays(1), haiku, 1000, 0, 1000, 6'000),
                               usage(u"4"_s, bob, day.addDays(1), u"local-llama"_s, 500, 0, 500, 0),
                               // Not counted: another month, somebody else.
                               usage(u"5"_s, bob, QDate(2026, 10, 31), opus, 1, 1, 1'000'000, 1),
                               usage(u"6"_s, u"cy@example.com"_s, day, opus, 1, 1, 1'000'000, 1),
                           }))
        return nullptr;
    return temp;
}

void tst_EfficiencyFigures::fromTheLedgerWithTheShippedPrices()
{
    std::unique_ptr<TempLedger> temp = fixtureLedger();
    QVERIFY(temp);
    EfficiencyRequest request;
    request.personEmail = u" bob@example.com "_s; // as typed
    request.days = {QDate(2026, 11, 1), QDate(2026, 11, 30)};
    Result<EfficiencyFigures> figures = EfficiencyQuery(temp->ledger()).run(request);
    QVERIFY2(figures, qPrintable(figures ? QString() : figures.error().detail));
    QCOMPARE(figures->promptTokens, 101'000 + 10'000 + 1000 + 500);
    QCOMPARE(figures->cacheReadTokens, 100'000);
    QCOMPARE(figures->cacheSavingMicros, 450'000); // 100k × ($5 − $0.50)/M
    QCOMPARE(figures->spentMicros, 291'000);
    QCOMPARE(figures->expensiveModels, QStringList {u"claude-opus-4-5-20251101"_s});
    QCOMPARE(figures->expensiveSpentMicros, 105'000);
    QCOMPARE(figures->referenceModel, u"claude-sonnet-4-5-20250929"_s);
    QCOMPARE(figures->fullSwitchSavingMicros, 105'000 - 63'000);
    QCOMPARE(figures->switchSavingMicros(50), 21'000);
    QCOMPARE(figures->unpricedModels, QStringList {u"local-llama"_s});
}

void tst_EfficiencyFigures::aStoredPriceVersionIsUsed()
{
    std::unique_ptr<TempLedger> temp = fixtureLedger();
    QVERIFY(temp);
    // A later version prices only opus and haiku: sonnet's spend stays, its price is gone.
    QVERIFY(PriceBook::import(temp->ledger(),
                              priceJson({{u"claude-opus-4-5-20251101"_s, 5, 25, 0.5},
                                         {u"claude-haiku-4-5-20251001"_s, 1, 5, 0.1}}),
                              u"test"_s, 0));
    Result<PriceTable> prices = EfficiencyQuery::priceTableInForce(temp->ledger());
    QVERIFY(prices);
    QCOMPARE(prices->size(), 2);
    EfficiencyRequest request;
    request.personEmail = u"bob@example.com"_s;
    request.days = {QDate(2026, 11, 1), QDate(2026, 11, 30)};
    Result<EfficiencyFigures> figures = EfficiencyQuery(temp->ledger()).run(request);
    QVERIFY(figures);
    QCOMPARE(figures->referenceModel, u"claude-haiku-4-5-20251001"_s);
    QCOMPARE(figures->unpricedModels,
             (QStringList {u"claude-sonnet-4-5-20250929"_s, u"local-llama"_s}));
    // Opus's tokens at haiku's prices: $0.001 + $0.01 + $0.01.
    QCOMPARE(figures->fullSwitchSavingMicros, 105'000 - 21'000);
}

void tst_EfficiencyFigures::badRequests()
{
    std::unique_ptr<TempLedger> temp = fixtureLedger();
    QVERIFY(temp);
    EfficiencyRequest noPeriod;
    noPeriod.personEmail = u"bob@example.com"_s;
    QCOMPARE(EfficiencyQuery(temp->ledger()).run(noPeriod).error().code,
             ErrorCode::InvalidArgument);
    EfficiencyRequest nobody;
    nobody.days = {QDate(2026, 11, 1), QDate(2026, 11, 30)};
    QCOMPARE(EfficiencyQuery(temp->ledger()).run(nobody).error().code, ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(tst_EfficiencyFigures)
#include "tst_efficiencyfigures.moc"
