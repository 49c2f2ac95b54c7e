#include "itemmodels/budgetsmodel.h"
#include "itemmodels/itemroles.h"

#include <QAbstractItemModelTester>
#include <QtTest>

namespace {

ReportTotals estimated(qint64 costMicros, qint64 records = 1)
{
    ReportTotals sum;
    sum.costMicros = costMicros;
    sum.records = sum.estimatedRecords = records;
    return sum;
}

qint64 utcMs(const QDate &day, int hour)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

// Team Platform, $200 a month, $50 spent on 22 November, heading for $160 with high confidence.
BudgetEvaluation teamMonth()
{
    BudgetEvaluation evaluation;
    Budget &budget = evaluation.budget;
    budget.id = 7;
    budget.scope = BudgetScope::Team;
    budget.scopeName = QStringLiteral("Platform");
    budget.limitMicros = 200'000'000;
    budget.models = {QStringLiteral("opus")};
    evaluation.period.first = QDate(2026, 11, 1);
    evaluation.period.last = QDate(2026, 11, 30);
    evaluation.totals = estimated(50'000'000);
    evaluation.spent = 50'000'000;
    evaluation.limit = 200'000'000;
    evaluation.forecast.spent = 50'000'000;
    evaluation.forecast.atPeriodEnd = 160'000'000;
    evaluation.forecast.dailyRate = 3'500'000;
    evaluation.forecast.confidence = ForecastConfidence::High;
    evaluation.forecast.basis = QStringLiteral("21 active days");
    evaluation.state = BudgetState::Ok;
    return evaluation;
}

// Ana, 1,000 tokens a week, 1,500 used: exceeded.
BudgetEvaluation personWeekTokens()
{
    BudgetEvaluation evaluation;
    Budget &budget = evaluation.budget;
    budget.id = 9;
    budget.scope = BudgetScope::Person;
    budget.scopeName = QStringLiteral("ana@example.com");
    budget.period = BudgetPeriod::Week;
    budget.limitTokens = 1000;
    budget.timeZone = QStringLiteral("Europe/Berlin");
    evaluation.period.first = QDate(2026, 11, 16);
    evaluation.period.last = QDate(2026, 11, 22);
    evaluation.spent = 1500;
    evaluation.limit = 1000;
    evaluation.totals.tokens.input = 1500;
    evaluation.totals.records = evaluation.totals.estimatedRecords = 1;
    evaluation.state = BudgetState::Exceeded;
    evaluation.reachedThreshold = 100;
    return evaluation;
}

// The organisation's $1,000 quarter, on pace to run out on 10 December.
BudgetEvaluation orgRunningOut()
{
    BudgetEvaluation evaluation;
    Budget &budget = evaluation.budget;
    budget.id = 11;
    budget.period = BudgetPeriod::Quarter;
    budget.limitMicros = 1'000'000'000;
    evaluation.period.first = QDate(2026, 10, 1);
    evaluation.period.last = QDate(2026, 12, 31);
    evaluation.totals = estimated(850'000'000, 40);
    evaluation.spent = 850'000'000;
    evaluation.limit = 1'000'000'000;
    evaluation.forecast.atPeriodEnd = 1'400'000'000;
    evaluation.forecast.confidence = ForecastConfidence::Medium;
    evaluation.forecast.exhaustsAtMs = utcMs(QDate(2026, 12, 10), 15);
    evaluation.state = BudgetState::Warning;
    evaluation.reachedThreshold = 80;
    return evaluation;
}

QVariant cell(const BudgetsModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role);
}

} // namespace

class tst_BudgetsModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void columns();
    void moneyBudget();
    void tokenBudget();
    void forecastAndRunsOut();
    void budgetThatCannotBeEvaluated();
    void unpricedSpendSaysSo();
    void statesSortBySeverity();
};

void tst_BudgetsModel::columns()
{
    BudgetsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(BudgetsModel::ColumnCount));
    QCOMPARE(model.rowCount(), 0);
    model.setEvaluations({teamMonth(), personWeekTokens(), orgRunningOut()});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.headerData(BudgetsModel::Forecast, Qt::Horizontal).toString(),
             QStringLiteral("Forecast at period end"));
    QCOMPARE(model.rowOf(9), 1);
    QCOMPARE(model.rowOf(404), -1);
    QCOMPARE(cell(model, 1, BudgetsModel::Scope, ItemRole::Key).toLongLong(), 9);
    model.setEvaluations({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_BudgetsModel::moneyBudget()
{
    BudgetsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvaluations({teamMonth()});
    QCOMPARE(cell(model, 0, BudgetsModel::Scope).toString(), QStringLiteral("Team Platform"));
    QVERIFY(cell(model, 0, BudgetsModel::Scope, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Only the models opus")));
    QCOMPARE(cell(model, 0, BudgetsModel::Period).toString(),
             QStringLiteral("Monthly, 1 Nov – 30 Nov 2026"));
    QCOMPARE(cell(model, 0, BudgetsModel::Period, Qt::ToolTipRole).toString(),
             QStringLiteral("Time zone UTC"));
    QCOMPARE(cell(model, 0, BudgetsModel::Limit).toString(), QStringLiteral("$200.00"));
    QCOMPARE(cell(model, 0, BudgetsModel::Spent).toString(), QStringLiteral("$50.00"));
    QVERIFY(cell(model, 0, BudgetsModel::Spent, Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Estimated")));
    QCOMPARE(cell(model, 0, BudgetsModel::Spent, ItemRole::CostKind).toInt(),
             int(AggregateCostKind::Estimated));
    QCOMPARE(cell(model, 0, BudgetsModel::Remaining).toString(), QStringLiteral("$150.00"));
    QCOMPARE(cell(model, 0, BudgetsModel::Used).toString(), QStringLiteral("25 %"));
    QCOMPARE(cell(model, 0, BudgetsModel::Used, ItemRole::Sort).toDouble(), 25.0);
    QCOMPARE(cell(model, 0, BudgetsModel::State).toString(), QStringLiteral("OK"));
    QCOMPARE(cell(model, 0, BudgetsModel::State, ItemRole::State).toInt(), int(BudgetState::Ok));
    QCOMPARE(cell(model, 0, BudgetsModel::Limit, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void tst_BudgetsModel::tokenBudget()
{
    BudgetsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvaluations({personWeekTokens()});
    QCOMPARE(cell(model, 0, BudgetsModel::Scope).toString(),
             QStringLiteral("Person ana@example.com"));
    QCOMPARE(cell(model, 0, BudgetsModel::Period).toString(),
             QStringLiteral("Weekly, 16 Nov – 22 Nov 2026"));
    QVERIFY(cell(model, 0, BudgetsModel::Period, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Europe/Berlin")));
    QCOMPARE(cell(model, 0, BudgetsModel::Limit).toString(), QStringLiteral("1,000 tokens"));
    QCOMPARE(cell(model, 0, BudgetsModel::Spent).toString(), QStringLiteral("1,500 tokens"));
    QVERIFY(!cell(model, 0, BudgetsModel::Spent, ItemRole::CostKind).isValid());
    QCOMPARE(cell(model, 0, BudgetsModel::Remaining).toString(), QStringLiteral("0 tokens"));
    QCOMPARE(cell(model, 0, BudgetsModel::Remaining, Qt::ToolTipRole).toString(),
             QStringLiteral("500 tokens over the limit"));
    QCOMPARE(cell(model, 0, BudgetsModel::Used).toString(), QStringLiteral("150 %"));
    QCOMPARE(cell(model, 0, BudgetsModel::Used, ItemRole::Sort).toDouble(), 150.0);
    QCOMPARE(cell(model, 0, BudgetsModel::Forecast).toString(), QStringLiteral("—"));
    QCOMPARE(cell(model, 0, BudgetsModel::RunsOut).toString(), QStringLiteral("—"));
    QCOMPARE(cell(model, 0, BudgetsModel::RunsOut, Qt::ToolTipRole).toString(),
             QStringLiteral("The limit is already reached"));
    QCOMPARE(cell(model, 0, BudgetsModel::State).toString(), QStringLiteral("Exceeded"));
    QCOMPARE(cell(model, 0, BudgetsModel::State, ItemRole::State).toInt(),
             int(BudgetState::Exceeded));
}

void tst_BudgetsModel::forecastAndRunsOut()
{
    BudgetsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvaluations({teamMonth(), orgRunningOut()});
    QCOMPARE(cell(model, 0, BudgetsModel::Forecast).toString(), QStringLiteral("$160.00 (high)"));
    QCOMPARE(cell(model, 0, BudgetsModel::Forecast, ItemRole::Sort).toLongLong(), 160'000'000);
    const QString basis = cell(model, 0, BudgetsModel::Forecast, Qt::ToolTipRole).toString();
    QVERIFY2(basis.contains(QStringLiteral("$3.50 a day")), qPrintable(basis));
    QVERIFY(basis.contains(QStringLiteral("high confidence")));
    QVERIFY(basis.contains(QStringLiteral("21 active days")));
    QCOMPARE(cell(model, 0, BudgetsModel::RunsOut).toString(), QStringLiteral("—"));

    QCOMPARE(cell(model, 1, BudgetsModel::Scope).toString(), QStringLiteral("Organisation"));
    QCOMPARE(cell(model, 1, BudgetsModel::Forecast).toString(),
             QStringLiteral("$1,400.00 (medium)"));
    QCOMPARE(cell(model, 1, BudgetsModel::RunsOut).toString(), QStringLiteral("10 Dec 2026"));
    QCOMPARE(cell(model, 1, BudgetsModel::RunsOut, ItemRole::Sort).toLongLong(),
             utcMs(QDate(2026, 12, 10), 15));
    QCOMPARE(cell(model, 1, BudgetsModel::State).toString(), QStringLiteral("Warning"));
    QCOMPARE(cell(model, 1, BudgetsModel::State, Qt::ToolTipRole).toString(),
             QStringLiteral("80 % of the limit is used"));
    // A budget with no exhaustion date sorts after every date.
    QVERIFY(cell(model, 0, BudgetsModel::RunsOut, ItemRole::Sort).toLongLong()
            > cell(model, 1, BudgetsModel::RunsOut, ItemRole::Sort).toLongLong());
}

void tst_BudgetsModel::budgetThatCannotBeEvaluated()
{
    BudgetEvaluation broken = teamMonth();
    broken.error = QStringLiteral("no team named Platform");
    broken.spent = 0;
    broken.totals = {};
    broken.forecast = {};
    BudgetsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvaluations({broken});
    QCOMPARE(cell(model, 0, BudgetsModel::Limit).toString(), QStringLiteral("$200.00"));
    QCOMPARE(cell(model, 0, BudgetsModel::Spent).toString(), QStringLiteral("—"));
    QCOMPARE(cell(model, 0, BudgetsModel::Remaining).toString(), QStringLiteral("—"));
    QCOMPARE(cell(model, 0, BudgetsModel::Used).toString(), QString());
    QCOMPARE(cell(model, 0, BudgetsModel::Used, ItemRole::Sort).toDouble(), -1.0);
    QCOMPARE(cell(model, 0, BudgetsModel::State).toString(), QStringLiteral("Error"));
    QCOMPARE(cell(model, 0, BudgetsModel::State, ItemRole::State).toInt(),
             BudgetsModel::ErrorState);
    QVERIFY(cell(model, 0, BudgetsModel::State, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("no team named Platform")));
}

void tst_BudgetsModel::unpricedSpendSaysSo()
{
    BudgetEvaluation unpriced = teamMonth();
    unpriced.totals = {};
    unpriced.totals.records = unpriced.totals.unpricedRecords = 3;
    unpriced.spent = 0;
    BudgetsModel model;
    model.setEvaluations({unpriced});
    QCOMPARE(cell(model, 0, BudgetsModel::Spent).toString(), QStringLiteral("unpriced"));
    QCOMPARE(cell(model, 0, BudgetsModel::Spent, ItemRole::CostKind).toInt(),
             int(AggregateCostKind::Unpriced));
}

void tst_BudgetsModel::statesSortBySeverity()
{
    BudgetEvaluation broken = teamMonth();
    broken.error = QStringLiteral("gone");
    BudgetsModel model;
    model.setEvaluations({teamMonth(), personWeekTokens(), orgRunningOut(), broken});
    const auto severity = [&](int row) {
        return cell(model, row, BudgetsModel::State, ItemRole::Sort).toInt();
    };
    QVERIFY(severity(0) < severity(2)); // ok < warning
    QVERIFY(severity(2) < severity(1)); // warning < exceeded
    QVERIFY(severity(1) < severity(3)); // exceeded < error
}

QTEST_GUILESS_MAIN(tst_BudgetsModel)
#include "tst_budgetsmodel.moc"
