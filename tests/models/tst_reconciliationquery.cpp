#include "ledger/ledger.h"
#include "ledger/reconciliationquery.h"
#include "ledger/sqlitedatabase.h"
#include "support/templedger.h"

#include <QtTest>

namespace {

qint64 at(int month, int day, int hour)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
}

UsageRecord usage(const QString &key, qint64 startMs, qint64 costMicros,
                  CostKind kind = CostKind::Estimated)
{
    UsageRecord record;
    record.externalKey = key;
    record.startMs = record.endMs = startMs;
    record.provider = QStringLiteral("openai");
    record.model = QStringLiteral("gpt-5");
    record.tokens.input = 1000;
    record.costKind = kind;
    record.costMicros = kind == CostKind::Unpriced ? 0 : costMicros;
    return record;
}

struct Expected
{
    QString period;
    QString source;
    qint64 billed;
    qint64 estimated;
    std::optional<qint64> difference;
    bool hasBilledData;
};

} // namespace

class tst_ReconciliationQuery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_temp.reset(); }
    void dailyRowsByHand();
    void weeksAndMonthsCompareOnlyCoveredDays();
    void billedBucketFallsOnThePreviousLocalDay();
    void reportingZoneRollupMatchesUsageRows();
    void sourceWithoutBilledCosts();
    void emptyRange();

private:
    Reconciliation run(const ReconciliationRequest &request);
    void compareRows(const Reconciliation &result, const QList<Expected> &expected);

    std::unique_ptr<TempLedger> m_temp;
};

// An OpenAI account whose cost endpoint covers 9–10 November (UTC days), with estimated usage
// from 5 November on; a laptop's Claude Code (estimates only); an OpenRouter key billed per row.
void tst_ReconciliationQuery::init()
{
    m_temp = std::make_unique<TempLedger>();
    QVERIFY(m_temp->isValid());
    Ledger &ledger = m_temp->ledger();
    const qint64 openai
        = *ledger.ensureSource(QStringLiteral("openai"), QStringLiteral("openai-org"));
    const qint64 laptop
        = *ledger.ensureSource(QStringLiteral("claude-code"), QStringLiteral("laptop"));
    const qint64 router
        = *ledger.ensureSource(QStringLiteral("openrouter"), QStringLiteral("router"));
    QVERIFY(ledger.writeUsage(openai,
                              {usage(QStringLiteral("o1"), at(11, 5, 12), 700'000),
                               usage(QStringLiteral("o2"), at(11, 9, 10), 2'400'000),
                               usage(QStringLiteral("o3"), at(11, 10, 3), 1'000'000),
                               usage(QStringLiteral("o4"), at(11, 10, 15), 300'000)}));
    QVERIFY(
        ledger.writeUsage(laptop,
                          {usage(QStringLiteral("l1"), at(11, 9, 12), 100'000),
                           usage(QStringLiteral("l2"), at(11, 10, 12), 50'000),
                           usage(QStringLiteral("l3"), at(11, 10, 13), 0, CostKind::Unpriced)}));
    QVERIFY(ledger.writeUsage(
        router, {usage(QStringLiteral("r1"), at(11, 10, 9), 400'000, CostKind::Billed)}));
    const QString insert = QStringLiteral(
        "INSERT INTO billed_costs (source_id, external_key, start_ms, end_ms, line_item, "
        "amount_micros, currency) VALUES (%1, '%2', %3, %4, '%5', %6, 'usd')");
    const struct
    {
        const char *key;
        qint64 startMs;
        const char *lineItem;
        qint64 amount;
    } costs[] = {{"c1", at(11, 9, 0), "gpt-5, input", 2'000'000},
                 {"c2", at(11, 9, 0), "gpt-5, output", 500'000},
                 {"c3", at(11, 10, 0), "gpt-5, input", 1'200'000}};
    for (const auto &cost : costs) {
        QVERIFY(ledger.database().exec(insert.arg(openai)
                                           .arg(QLatin1String(cost.key))
                                           .arg(cost.startMs)
                                           .arg(cost.startMs + 86'400'000)
                                           .arg(QLatin1String(cost.lineItem))
                                           .arg(cost.amount)));
    }
}

Reconciliation tst_ReconciliationQuery::run(const ReconciliationRequest &request)
{
    Result<Reconciliation> result = ReconciliationQuery(m_temp->ledger()).run(request);
    if (!result) {
        qWarning("reconciliation failed: %s", qPrintable(result.error().detail));
        return {};
    }
    return *result;
}

void tst_ReconciliationQuery::compareRows(const Reconciliation &result,
                                          const QList<Expected> &expected)
{
    QStringList got;
    for (const ReconciliationRow &row : result.rows)
        got.append(row.periodKey + u' ' + row.sourceName);
    QStringList want;
    for (const Expected &row : expected)
        want.append(row.period + u' ' + row.source);
    QCOMPARE(got, want);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ReconciliationFigures &figures = result.rows[i].figures;
        const QByteArray where = want[i].toUtf8();
        QVERIFY2(figures.billedMicros == expected[i].billed, where);
        QVERIFY2(figures.estimatedMicros == expected[i].estimated, where);
        QVERIFY2(figures.differenceMicros() == expected[i].difference, where);
        QVERIFY2(figures.hasBilledData() == expected[i].hasBilledData, where);
    }
}

void tst_ReconciliationQuery::dailyRowsByHand()
{
    const Reconciliation result = run({});
    QCOMPARE(result.timeZone, QStringLiteral("UTC"));
    compareRows(result,
                {
                    // Before the cost endpoint's first bucket: an estimate with nothing to
                    // compare, not a $0.70 shortfall.
                    {"2026-11-05", "openai-org", 0, 700'000, std::nullopt, false},
                    {"2026-11-09", "laptop", 0, 100'000, std::nullopt, false},
                    // $2.00 + $0.50 billed against a $2.40 estimate.
                    {"2026-11-09", "openai-org", 2'500'000, 2'400'000, 100'000, true},
                    // The unpriced record adds nothing to either side.
                    {"2026-11-10", "laptop", 0, 50'000, std::nullopt, false},
                    {"2026-11-10", "openai-org", 1'200'000, 1'300'000, -100'000, true},
                    // Billed per row, but no account bill to reconcile against.
                    {"2026-11-10", "router", 400'000, 0, std::nullopt, true},
                });
    QCOMPARE(result.totals.billedMicros, 4'100'000);
    QCOMPARE(result.totals.estimatedMicros, 4'550'000);
    QVERIFY(result.totals.differenceMicros() == std::optional<qint64>(0));
    QCOMPARE(result.rows[1].sourceKind, QStringLiteral("claude-code"));
}

void tst_ReconciliationQuery::weeksAndMonthsCompareOnlyCoveredDays()
{
    ReconciliationRequest request;
    request.period = ReconciliationPeriod::Week;
    const Reconciliation weeks = run(request);
    QCOMPARE(weeks.period, ReconciliationPeriod::Week);
    compareRows(weeks,
                {
                    {"2026-W45", "openai-org", 0, 700'000, std::nullopt, false},
                    {"2026-W46", "laptop", 0, 150'000, std::nullopt, false},
                    {"2026-W46", "openai-org", 3'700'000, 3'700'000, 0, true},
                    {"2026-W46", "router", 400'000, 0, std::nullopt, true},
                });
    QCOMPARE(weeks.rows[1].periodStart, QDate(2026, 11, 9));

    request.period = ReconciliationPeriod::Month;
    const Reconciliation months = run(request);
    // The month's estimate includes 5 November, which no bill covers: the difference does not.
    compareRows(months,
                {
                    {"2026-11", "laptop", 0, 150'000, std::nullopt, false},
                    {"2026-11", "openai-org", 3'700'000, 4'400'000, 0, true},
                    {"2026-11", "router", 400'000, 0, std::nullopt, true},
                });
    QCOMPARE(months.rows[0].periodStart, QDate(2026, 11, 1));
}

void tst_ReconciliationQuery::billedBucketFallsOnThePreviousLocalDay()
{
    ReconciliationRequest request;
    request.zone = QTimeZone("America/New_York"); // UTC−5 in November
    request.source = QStringLiteral("openai");
    const Reconciliation result = run(request);
    QCOMPARE(result.timeZone, QStringLiteral("America/New_York"));
    compareRows(result,
                {
                    {"2026-11-05", "openai-org", 0, 700'000, std::nullopt, false},
                    // The UTC bucket of 9 November starts at 19:00 on the 8th in New York.
                    {"2026-11-08", "openai-org", 2'500'000, 0, 2'500'000, true},
                    // 10 November 03:00Z is the evening of the 9th.
                    {"2026-11-09", "openai-org", 1'200'000, 3'400'000, -2'200'000, true},
                    {"2026-11-10", "openai-org", 0, 300'000, -300'000, true},
                });
}

void tst_ReconciliationQuery::reportingZoneRollupMatchesUsageRows()
{
    const QTimeZone berlin("Europe/Berlin");
    ReconciliationRequest request;
    request.zone = berlin;
    const Reconciliation fromRows = run(request);
    QVERIFY(!fromRows.rows.isEmpty());
    QVERIFY(m_temp->ledger().setReportingTimeZone(berlin));
    const Reconciliation fromRollup = run({});
    QCOMPARE(fromRollup.rows.size(), fromRows.rows.size());
    for (qsizetype i = 0; i < fromRows.rows.size(); ++i) {
        QCOMPARE(fromRollup.rows[i].periodKey, fromRows.rows[i].periodKey);
        QCOMPARE(fromRollup.rows[i].sourceId, fromRows.rows[i].sourceId);
        QVERIFY(fromRollup.rows[i].figures == fromRows.rows[i].figures);
    }
}

void tst_ReconciliationQuery::sourceWithoutBilledCosts()
{
    ReconciliationRequest request;
    request.source = QStringLiteral("laptop"); // by name
    const Reconciliation result = run(request);
    compareRows(result,
                {
                    {"2026-11-09", "laptop", 0, 100'000, std::nullopt, false},
                    {"2026-11-10", "laptop", 0, 50'000, std::nullopt, false},
                });
    QVERIFY(!result.totals.hasBilledData());
    QVERIFY(!result.totals.differenceMicros());
}

void tst_ReconciliationQuery::emptyRange()
{
    ReconciliationRequest request;
    request.since = QDate(2026, 12, 1);
    request.until = QDate(2026, 12, 31);
    Reconciliation result = run(request);
    QVERIFY(result.rows.isEmpty());
    QVERIFY(result.totals == ReconciliationFigures {});

    // The day before the first billed bucket, in the reporting zone and in another.
    request.since = request.until = QDate(2026, 11, 8);
    QVERIFY(run(request).rows.isEmpty());
    request.zone = QTimeZone("Asia/Tokyo");
    QVERIFY(run(request).rows.isEmpty());

    request.source = QStringLiteral("no-such-source");
    request.since = request.until = std::nullopt;
    QVERIFY(run(request).rows.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ReconciliationQuery)
#include "tst_reconciliationquery.moc"
