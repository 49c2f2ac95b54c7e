#include "itemmodels/itemroles.h"
#include "itemmodels/personspendmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 usd = 1'000'000;

GroupSpend person(const QString &email, const QString &name, qint64 costMicros, qint64 tokens,
                  qint64 requests, const QString &topModel)
{
    GroupSpend spend;
    spend.key = email;
    spend.personName = name;
    spend.totals.costMicros = costMicros;
    spend.totals.tokens.input = tokens;
    spend.totals.requests = requests;
    spend.totals.records = requests;
    spend.totals.estimatedRecords = requests;
    spend.topValue = topModel;
    return spend;
}

// Ana and Ben spend, usage nobody is matched to yet, and Cy whose usage has no price.
QList<GroupSpend> people()
{
    GroupSpend unattributed = person({}, {}, 1 * usd, 300, 2, {});
    GroupSpend cy = person(u"cy@example.com"_s, u"Cy"_s, 0, 40'000, 5, u"local-llama"_s);
    cy.totals.estimatedRecords = 0;
    cy.totals.unpricedRecords = 5;
    return {
        person(u"ana@example.com"_s, u"Ana"_s, 12'500'000, 1'500'000, 1'234, u"claude-opus-4-5"_s),
        person(u"ben@example.com"_s, u"Ben"_s, 3 * usd, 20'000, 7, u"gpt-5"_s), cy, unattributed};
}

enum Row { Ana, Ben, Cy, Unattributed };

BudgetEvaluation evaluated(BudgetScope scope, const QString &name, qint64 limitUsd,
                           qint64 spentMicros, BudgetState state, int reachedThreshold = 0)
{
    BudgetEvaluation evaluation;
    evaluation.budget.scope = scope;
    evaluation.budget.scopeName = name;
    evaluation.budget.limitMicros = limitUsd * usd;
    evaluation.limit = limitUsd * usd;
    evaluation.spent = spentMicros;
    evaluation.state = state;
    evaluation.reachedThreshold = reachedThreshold;
    return evaluation;
}

BudgetEvaluation personal(const QString &email, qint64 limitUsd, qint64 spentMicros,
                          BudgetState state, int reachedThreshold = 0)
{
    return evaluated(BudgetScope::Person, email, limitUsd, spentMicros, state, reachedThreshold);
}

BudgetEvaluation tokenBudget(const QString &email, qint64 limitTokens, qint64 spentTokens)
{
    BudgetEvaluation evaluation = personal(email, 0, spentTokens, BudgetState::Ok);
    evaluation.budget.limitMicros.reset();
    evaluation.budget.limitTokens = limitTokens;
    evaluation.limit = limitTokens;
    return evaluation;
}

// Every kind of budget, some of them about the same person:
//   Ana: 85 % warning and 40 % ok (the warning wins), and a failed one that must not count;
//   Ben: two warnings, 82 % and 95 % (the higher wins);
//   Cy: a token budget;
//   team, organisation and someone not on the list: no row shows them.
QList<BudgetEvaluation> budgets()
{
    BudgetEvaluation failed = personal(u"ana@example.com"_s, 10, 0, BudgetState::Exceeded);
    failed.error = u"budget 7: its person no longer exists"_s;
    return {
        personal(u"ben@example.com"_s, 10, 8'200'000, BudgetState::Warning, 80),
        personal(u"ana@example.com"_s, 100, 85 * usd, BudgetState::Warning, 80),
        evaluated(BudgetScope::Team, u"Platform"_s, 50, 60 * usd, BudgetState::Exceeded, 100),
        failed,
        personal(u"ana@example.com"_s, 50, 20 * usd, BudgetState::Ok, 0),
        evaluated(BudgetScope::Organisation, {}, 1'000, 990 * usd, BudgetState::Warning, 80),
        personal(u"ben@example.com"_s, 20, 19 * usd, BudgetState::Warning, 80),
        tokenBudget(u"cy@example.com"_s, 1'000'000, 400'000),
        personal(u"dan@example.com"_s, 10, 30 * usd, BudgetState::Exceeded, 100),
    };
}

QVariant cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role);
}

QString budgetText(const QAbstractItemModel &model, int row)
{
    return cell(model, row, PersonSpendModel::Budget).toString();
}

} // namespace

// The people of a team with their spend and where their own budget stands.
class tst_PersonSpendModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void headers();
    void spendColumns();
    void withoutBudgetsEveryoneHasNone();
    void aPersonsWorstBudgetWins();
    void stateComesBeforePercent();
    void budgetSortValuesAndStates();
    void budgetToolTips();
    void settingBudgetsChangesOnlyTheBudgetColumn();
    void budgetsBeforePeopleAndRefills();
    void sortingByBudget();
};

void tst_PersonSpendModel::headers()
{
    PersonSpendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList expected = {u"Name"_s,     u"Email"_s,     u"Spend"_s, u"Tokens"_s,
                                  u"Requests"_s, u"Top model"_s, u"Budget"_s};
    QCOMPARE(model.columnCount(), int(PersonSpendModel::ColumnCount));
    QCOMPARE(model.columnCount(), expected.size());
    for (int column = 0; column < expected.size(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
    // Figures are right-aligned; the budget is text.
    const int right = int(Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(
        model.headerData(PersonSpendModel::Spend, Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
        right);
    QVERIFY(!model.headerData(PersonSpendModel::Budget, Qt::Horizontal, Qt::TextAlignmentRole)
                 .isValid());
}

void tst_PersonSpendModel::spendColumns()
{
    PersonSpendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPeople(people());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(cell(model, Ana, PersonSpendModel::Name).toString(), u"Ana"_s);
    QCOMPARE(cell(model, Ana, PersonSpendModel::Email).toString(), u"ana@example.com"_s);
    QCOMPARE(cell(model, Ana, PersonSpendModel::Spend).toString(), u"$12.50"_s);
    QCOMPARE(cell(model, Ana, PersonSpendModel::Tokens).toString(), u"1,500,000"_s);
    QCOMPARE(cell(model, Ana, PersonSpendModel::Requests).toString(), u"1,234"_s);
    QCOMPARE(cell(model, Ana, PersonSpendModel::TopModel).toString(), u"claude-opus-4-5"_s);
    QCOMPARE(cell(model, Ana, PersonSpendModel::Spend, ItemRole::Sort).toLongLong(), 12'500'000);
    QCOMPARE(cell(model, Ana, PersonSpendModel::Budget, ItemRole::Key).toString(),
             u"ana@example.com"_s);
    QCOMPARE(cell(model, Cy, PersonSpendModel::Spend).toString(), u"unpriced"_s);
    QCOMPARE(cell(model, Cy, PersonSpendModel::Spend, ItemRole::CostKind).toInt(),
             int(AggregateCostKind::Unpriced));
    QCOMPARE(cell(model, Unattributed, PersonSpendModel::Name).toString(), u"(unattributed)"_s);
    QCOMPARE(cell(model, Unattributed, PersonSpendModel::TopModel).toString(), u"(unknown)"_s);
}

void tst_PersonSpendModel::withoutBudgetsEveryoneHasNone()
{
    PersonSpendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPeople(people());
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(budgetText(model, row), u"none"_s);
        QCOMPARE(cell(model, row, PersonSpendModel::Budget, ItemRole::Sort).toDouble(), -1.0);
        QVERIFY(!cell(model, row, PersonSpendModel::Budget, ItemRole::State).isValid());
        QVERIFY(!cell(model, row, PersonSpendModel::Budget, Qt::ToolTipRole).isValid());
    }
    // Only team and organisation budgets: still nobody's own.
    model.setBudgets(
        {evaluated(BudgetScope::Team, u"Platform"_s, 50, 60 * usd, BudgetState::Exceeded, 100),
         evaluated(BudgetScope::Organisation, {}, 10, 9 * usd, BudgetState::Warning, 80)});
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(budgetText(model, row), u"none"_s);
}

void tst_PersonSpendModel::aPersonsWorstBudgetWins()
{
    PersonSpendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPeople(people());
    QList<BudgetEvaluation> evaluations = budgets();
    for (int order = 0; order < 2; ++order) {
        model.setBudgets(evaluations);
        QCOMPARE(budgetText(model, Ana), u"85 % of $100.00 · Warning"_s);
        QCOMPARE(budgetText(model, Ben), u"95 % of $20.00 · Warning"_s);
        QCOMPARE(budgetText(model, Cy), u"40 % of 1,000,000 tokens · OK"_s);
        QCOMPARE(budgetText(model, Unattributed), u"none"_s);
        // The same whichever order the evaluations come in.
        std::reverse(evaluations.begin(), evaluations.end());
    }
}

void tst_PersonSpendModel::stateComesBeforePercent()
{
    PersonSpendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPeople(people());
    // An ok budget at 99 % (it only warns at 100) is not as bad as a warning at 81 %, nor a
    // warning at 99 % as bad as a budget exceeded at 100 %.
    BudgetEvaluation almost = personal(u"ana@example.com"_s, 100, 99 * usd, BudgetState::Ok);
    almost.budget.thresholds = {100};
    const BudgetEvaluation warned
        = personal(u"ana@example.com"_s, 100, 81 * usd, BudgetState::Warning, 80);
    const BudgetEvaluation exceeded
        = personal(u"ben@example.com"_s, 5, 5 * usd, BudgetState::Exceeded, 100);
    const BudgetEvaluation nearly
        = personal(u"ben@example.com"_s, 100, 99 * usd, BudgetState::Warning, 80);
    for (const QList<BudgetEvaluation> &evaluations :
         {QList<BudgetEvaluation> {almost, warned, nearly, exceeded},
          QList<BudgetEvaluation> {exceeded, nearly, warned, almost}}) {
        model.setBudgets(evaluations);
        QCOMPARE(budgetText(model, Ana), u"81 % of $100.00 · Warning"_s);
        QCOMPARE(budgetText(model, Ben), u"100 % of $5.00 · Exceeded"_s);
    }
}

void tst_PersonSpendModel::budgetSortValuesAndStates()
{
    PersonSpendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPeople(people());
    model.setBudgets(budgets());
    const auto sortValue = [&](int row) {
        return cell(model, row, PersonSpendModel::Budget, ItemRole::Sort);
    };
    QCOMPARE(sortValue(Ana).toDouble(), 85.0);
    QCOMPARE(sortValue(Ben).toDouble(), 95.0);
    QCOMPARE(sortValue(Cy).toDouble(), 40.0);
    QCOMPARE(sortValue(Unattributed).toDouble(), -1.0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(sortValue(row).typeId(), QMetaType::Double); // numbers compare as numbers

    const auto state = [&](int row) {
        return cell(model, row, PersonSpendModel::Budget, ItemRole::State);
    };
    QCOMPARE(state(Ana).toInt(), int(BudgetState::Warning));
    QCOMPARE(state(Ben).toInt(), int(BudgetState::Warning));
    QCOMPARE(state(Cy).toInt(), int(BudgetState::Ok));
    QVERIFY(!state(Unattributed).isValid()); // no colour without a budget

    model.setBudgets({personal(u"ben@example.com"_s, 10, 12 * usd, BudgetState::Exceeded, 100)});
    QCOMPARE(state(Ben).toInt(), int(BudgetState::Exceeded));
    QCOMPARE(sortValue(Ben).toDouble(), 120.0);
    QVERIFY(!state(Ana).isValid());
}

void tst_PersonSpendModel::budgetToolTips()
{
    PersonSpendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPeople(people());
    model.setBudgets({personal(u"ana@example.com"_s, 100, 85 * usd, BudgetState::Warning, 80),
                      personal(u"ben@example.com"_s, 10, 12 * usd, BudgetState::Exceeded, 100),
                      tokenBudget(u"cy@example.com"_s, 1'000'000, 400'000)});
    const auto toolTip = [&](int row) {
        return cell(model, row, PersonSpendModel::Budget, Qt::ToolTipRole).toString();
    };
    QCOMPARE(toolTip(Ana), u"80 % of the limit is used"_s);
    QCOMPARE(toolTip(Ben), u"The limit is reached"_s);
    QCOMPARE(toolTip(Cy), u"Within the limit"_s);
    QCOMPARE(budgetText(model, Ben), u"120 % of $10.00 · Exceeded"_s);
}

void tst_PersonSpendModel::settingBudgetsChangesOnlyTheBudgetColumn()
{
    PersonSpendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setBudgets(budgets()); // no rows yet: nothing to tell
    QCOMPARE(changed.size(), 0);

    model.setPeople(people());
    QCOMPARE(reset.size(), 1);
    model.setBudgets(budgets());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(reset.size(), 1); // the rows stay; only the column changes
    const QModelIndex topLeft = changed.at(0).at(0).toModelIndex();
    const QModelIndex bottomRight = changed.at(0).at(1).toModelIndex();
    QCOMPARE(topLeft, model.index(0, PersonSpendModel::Budget));
    QCOMPARE(bottomRight, model.index(model.rowCount() - 1, PersonSpendModel::Budget));
}

void tst_PersonSpendModel::budgetsBeforePeopleAndRefills()
{
    PersonSpendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The budgets may arrive before the people: they are kept for the rows to come.
    model.setBudgets(budgets());
    model.setPeople(people());
    QCOMPARE(budgetText(model, Ana), u"85 % of $100.00 · Warning"_s);

    // Other people: the budgets stay with their emails.
    model.setPeople({person(u"ben@example.com"_s, u"Ben"_s, 4 * usd, 10, 1, u"gpt-5"_s),
                     person(u"eve@example.com"_s, u"Eve"_s, 2 * usd, 10, 1, u"gpt-5"_s)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(budgetText(model, 0), u"95 % of $20.00 · Warning"_s);
    QCOMPARE(budgetText(model, 1), u"none"_s);

    // New evaluations replace the old ones entirely.
    model.setBudgets({});
    QCOMPARE(budgetText(model, 0), u"none"_s);

    model.setPeople({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.people().isEmpty());
    model.setBudgets(budgets()); // no rows: no dataChanged over an empty range
    QCOMPARE(model.rowCount(), 0);
}

void tst_PersonSpendModel::sortingByBudget()
{
    PersonSpendModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ItemRole::Sort);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPeople(people());
    model.setBudgets(budgets());
    const auto names = [&] {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names.append(cell(proxy, row, PersonSpendModel::Name).toString());
        return names;
    };
    proxy.sort(PersonSpendModel::Budget, Qt::DescendingOrder);
    QCOMPARE(names(), (QStringList {u"Ben"_s, u"Ana"_s, u"Cy"_s, u"(unattributed)"_s}));
    // A budget arriving later moves its row while the proxy stays sorted.
    model.setBudgets({personal(u"cy@example.com"_s, 10, 15 * usd, BudgetState::Exceeded, 100)});
    QCOMPARE(names().first(), u"Cy"_s); // the others now have none: they tie below
    QCOMPARE(names().size(), 4);
}

QTEST_GUILESS_MAIN(tst_PersonSpendModel)
#include "tst_personspendmodel.moc"
