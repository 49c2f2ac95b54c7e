#include "itemmodels/itemroles.h"
#include "itemmodels/reconciliationmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

namespace {

ReconciliationRow row(const QDate &day, const QString &source, qint64 billed, qint64 estimated,
                      bool hasBilledCosts, qint64 billedRecords = 0)
{
    ReconciliationRow entry;
    entry.periodStart = day;
    entry.periodKey = day.toString(Qt::ISODate);
    entry.sourceId = qHash(source);
    entry.sourceName = source;
    entry.sourceKind = source == "laptop" ? QStringLiteral("claude-code") : source;
    entry.figures.billedMicros = billed;
    entry.figures.estimatedMicros = estimated;
    entry.figures.billedRecords = billedRecords;
    entry.figures.estimatedRecords = estimated > 0 ? 1 : 0;
    entry.figures.hasBilledCosts = hasBilledCosts;
    if (hasBilledCosts) {
        entry.figures.coveredBilledMicros = billed;
        entry.figures.coveredEstimatedMicros = estimated;
    }
    return entry;
}

Reconciliation sample()
{
    Reconciliation result;
    result.timeZone = QStringLiteral("UTC");
    result.rows = {
        row(QDate(2026, 11, 9), "laptop", 0, 100'000, false),
        row(QDate(2026, 11, 9), "openai", 2'500'000, 2'400'000, true),
        row(QDate(2026, 11, 10), "openai", 1'200'000, 1'300'000, true),
        row(QDate(2026, 11, 10), "openrouter", 400'000, 0, false, 3),
    };
    for (const ReconciliationRow &entry : std::as_const(result.rows))
        result.totals += entry.figures;
    return result;
}

QVariant cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role);
}

} // namespace

class tst_ReconciliationModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void showsFiguresAndNoBilledData();
    void numbersAreRightAlignedAndExplained();
    void sortsByRawMoney();
    void exportsPlainCsv();
};

void tst_ReconciliationModel::passesTheModelTester()
{
    ReconciliationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReconciliation(sample());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(ReconciliationModel::ColumnCount));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setReconciliation(sample());
}

void tst_ReconciliationModel::showsFiguresAndNoBilledData()
{
    ReconciliationModel model;
    model.setReconciliation(sample());
    QCOMPARE(cell(model, 0, ReconciliationModel::Period).toString(), QStringLiteral("2026-11-09"));
    QCOMPARE(cell(model, 0, ReconciliationModel::Source).toString(), QStringLiteral("laptop"));
    // Estimates only: no billed figure and no difference, never "-$0.10".
    QCOMPARE(cell(model, 0, ReconciliationModel::Billed).toString(), QStringLiteral("—"));
    QCOMPARE(cell(model, 0, ReconciliationModel::Estimated).toString(), QStringLiteral("$0.10"));
    QCOMPARE(cell(model, 0, ReconciliationModel::Difference).toString(),
             QStringLiteral("no billed data"));
    QCOMPARE(cell(model, 1, ReconciliationModel::Billed).toString(), QStringLiteral("$2.50"));
    QCOMPARE(cell(model, 1, ReconciliationModel::Difference).toString(), QStringLiteral("+$0.10"));
    QCOMPARE(cell(model, 2, ReconciliationModel::Difference).toString(), QStringLiteral("-$0.10"));
    // Billed per request, no account bill: a billed figure, nothing to compare.
    QCOMPARE(cell(model, 3, ReconciliationModel::Billed).toString(), QStringLiteral("$0.40"));
    QCOMPARE(cell(model, 3, ReconciliationModel::Difference).toString(), QStringLiteral("—"));
    QCOMPARE(cell(model, 3, ReconciliationModel::Source, Qt::ToolTipRole).toString(),
             QStringLiteral("openrouter (openrouter)"));
    QCOMPARE(cell(model, 1, 0, ItemRole::Key).toString(), QStringLiteral("openai"));
}

void tst_ReconciliationModel::numbersAreRightAlignedAndExplained()
{
    ReconciliationModel model;
    model.setReconciliation(sample());
    const QVariant right = int(Qt::AlignRight | Qt::AlignVCenter);
    for (const int column : {ReconciliationModel::Billed, ReconciliationModel::Estimated,
                             ReconciliationModel::Difference}) {
        QCOMPARE(cell(model, 1, column, Qt::TextAlignmentRole), right);
        QCOMPARE(model.headerData(column, Qt::Horizontal, Qt::TextAlignmentRole), right);
        QVERIFY(!cell(model, 1, column, Qt::ToolTipRole).toString().isEmpty());
    }
    QVERIFY(!cell(model, 1, ReconciliationModel::Period, Qt::TextAlignmentRole).isValid());
    QVERIFY(cell(model, 1, ReconciliationModel::Billed, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("provider")));
    QVERIFY(cell(model, 1, ReconciliationModel::Estimated, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("price table")));
    QVERIFY(cell(model, 0, ReconciliationModel::Difference, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("no billed costs")));
}

void tst_ReconciliationModel::sortsByRawMoney()
{
    ReconciliationModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ItemRole::Sort);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReconciliation(sample());
    proxy.sort(ReconciliationModel::Difference, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ReconciliationModel::Difference).data().toString(),
             QStringLiteral("+$0.10"));
    QCOMPARE(proxy.index(1, ReconciliationModel::Difference).data().toString(),
             QStringLiteral("-$0.10"));
    // Rows without a difference sort below every figure.
    QCOMPARE(proxy.index(2, ReconciliationModel::Difference).data(ItemRole::Sort).toLongLong(),
             std::numeric_limits<qint64>::min());
    QCOMPARE(proxy.index(3, ReconciliationModel::Difference).data(ItemRole::Sort).toLongLong(),
             std::numeric_limits<qint64>::min());
    proxy.sort(ReconciliationModel::Billed, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ReconciliationModel::Billed).data().toString(),
             QStringLiteral("$2.50"));
    QCOMPARE(proxy.index(3, ReconciliationModel::Billed).data().toString(), QStringLiteral("—"));
    proxy.sort(ReconciliationModel::Period, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ReconciliationModel::Period).data().toString(),
             QStringLiteral("2026-11-10"));
}

void tst_ReconciliationModel::exportsPlainCsv()
{
    ReconciliationModel model;
    model.setReconciliation(sample());
    QCOMPARE(QString::fromUtf8(model.toCsv()),
             QStringLiteral("period,source,source_kind,billed_usd,estimated_usd,difference_usd\n"
                            "2026-11-09,laptop,claude-code,,0.100000,\n"
                            "2026-11-09,openai,openai,2.500000,2.400000,0.100000\n"
                            "2026-11-10,openai,openai,1.200000,1.300000,-0.100000\n"
                            "2026-11-10,openrouter,openrouter,0.400000,0.000000,\n"));
}

QTEST_GUILESS_MAIN(tst_ReconciliationModel)
#include "tst_reconciliationmodel.moc"
