#include "teampage.h"

#include "analytics/breakdown.h"
#include "analytics/movers.h"
#include "analytics/queryservice.h"
#include "breakdowndialog.h"
#include "budgetdelegates.h"
#include "budgets/burndown.h"
#include "burndownchart.h"
#include "core/clock.h"
#include "itemmodels/budgetsmodel.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/moversmodel.h"
#include "itemmodels/personspendmodel.h"
#include "periodtext.h"
#include "stackedbarchart.h"
#include "tableviews.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

enum ReportIndex { Current, Previous, ReportCount };
constexpr int moverCount = 8;

} // namespace

TeamPage::TeamPage(QueryService *queries, const Clock *clock, QWidget *parent)
    : DashboardPage(queries, clock, parent)
{
    auto *header = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Team total"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_summary->setFont(big);
    header->addWidget(m_summary, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    // Top: the team budget's burn-down beside the top movers.
    auto *top = new QWidget(splitter);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *budgetBox = new QVBoxLayout;
    m_budgetTitle = TableViews::sectionTitle(tr("Team budget"), top);
    budgetBox->addWidget(m_budgetTitle);
    m_budgetSummary = new QLabel(top);
    m_budgetSummary->setTextFormat(Qt::PlainText);
    m_budgetSummary->setWordWrap(true);
    m_budgetSummary->setAccessibleName(tr("Team budget"));
    budgetBox->addWidget(m_budgetSummary);
    m_burnDown = new BurnDownChart(top);
    m_burnDown->setAccessibleName(tr("Team budget burn-down"));
    budgetBox->addWidget(m_burnDown, 1);
    topLayout->addLayout(budgetBox, 3);
    auto *moversBox = new QVBoxLayout;
    m_moversTitle = TableViews::sectionTitle(tr("Top movers"), top);
    moversBox->addWidget(m_moversTitle);
    m_movers = new MoversModel(this);
    QTableView *moversView = TableViews::createTable(m_movers, tr("Top movers"), top);
    moversView->setColumnHidden(MoversModel::Previous, true); // in the Change column's tool tip
    moversBox->addWidget(moversView, 1);
    topLayout->addLayout(moversBox, 2);

    auto *chartBox = new QWidget(splitter);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(TableViews::sectionTitle(tr("Spend per person, by model"), chartBox));
    m_chart = new StackedBarChart(StackedBarChart::Orientation::Horizontal, chartBox);
    m_chart->setAccessibleName(tr("Spend per person by model"));
    chartLayout->addWidget(m_chart);
    auto *tableBox = new QWidget(splitter);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(
        TableViews::sectionTitle(tr("People (double-click for a person's breakdown)"), tableBox));
    m_people = new PersonSpendModel(this);
    m_peopleView = TableViews::createTable(m_people, tr("Spend per person"), tableBox);
    m_peopleView->setItemDelegateForColumn(PersonSpendModel::Budget,
                                           new BudgetStateDelegate(m_peopleView));
    tableLayout->addWidget(m_peopleView);
    splitter->addWidget(top);
    splitter->addWidget(chartBox);
    splitter->addWidget(tableBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    setContent(splitter, header);

    const auto openFrom = [this](const QModelIndex &index) {
        openBreakdown(index.data(ItemRole::Key).toString());
    };
    connect(m_peopleView, &QTableView::activated, this, openFrom);
    connect(moversView, &QTableView::activated, this, openFrom);
}

ReportRequest TeamPage::scopeRequest() const
{
    ReportRequest request;
    request.since = state().span.first;
    request.until = state().span.last;
    filter().narrow(request);
    request.teamName = m_selectedTeam;
    return request;
}

void TeamPage::reload()
{
    const DashboardState &state = this->state();
    m_ticket = 0;
    m_selectedTeam = filter().teamName;
    // A person chosen without a team: their team (else a person outside mine shows nothing).
    for (const Person &person : state.directory.people) {
        if (m_selectedTeam.isEmpty() && person.email == filter().personEmail)
            m_selectedTeam = person.teamName;
    }
    if (m_selectedTeam.isEmpty())
        m_selectedTeam = !state.meTeam.isEmpty()
            ? state.meTeam
            : (state.directory.teams.isEmpty() ? QString()
                                               : state.teamsInTreeOrder().first().first.name);
    if (m_selectedTeam.isEmpty()) {
        m_summary->clear();
        m_people->setPeople({});
        m_movers->setMovers({});
        showEmpty(tr("No teams yet"),
                  tr("Import the people directory with “burnrate-cli people import FILE.csv” to "
                     "see teams."));
        return;
    }
    const ReportRequest scope = scopeRequest();
    QList<ReportRequest> requests(ReportCount, scope);
    requests[Current].groupBy = {ReportKey::Person, ReportKey::Model};
    requests[Previous].groupBy = {ReportKey::Person};
    const DateSpan before = previousSpan(state.period, state.span);
    requests[Previous].since = before.first;
    requests[Previous].until = before.last;
    requestReportsAndBudgets(requests, {BudgetScope::Team, BudgetScope::Person});
    m_moversTitle->setText(tr("Top movers versus %1").arg(PeriodText::span(before)));
    startLoading();
}

void TeamPage::showReportsAndBudgets(const QList<Report> &reports,
                                     const QList<BudgetEvaluation> &budgets)
{
    if (reports.size() != ReportCount)
        return;
    const DashboardState &state = this->state();
    const Report &report = reports[Current];
    QList<GroupSpend> people = collapseReport(report, ReportKey::Person, ReportKey::Model);
    // Members without usage are part of the team too (unless a filter narrowed to someone).
    const QString onlyPerson = filter().personEmail;
    const QList<Person> members = state.membersOf(m_selectedTeam);
    for (const Person &member : members) {
        if (!onlyPerson.isEmpty() && member.email != onlyPerson)
            continue;
        const bool listed
            = std::any_of(people.cbegin(), people.cend(),
                          [&](const GroupSpend &spend) { return spend.key == member.email; });
        if (!listed)
            people.append(GroupSpend {member.email, member.name, {}, {}});
    }
    m_people->setPeople(people);
    m_people->setBudgets(budgets);
    m_movers->setMovers(
        topMovers(people, collapseReport(reports[Previous], ReportKey::Person), moverCount));
    showTeamBudget(budgets);

    const ReportTotals &totals = report.totals;
    const QString headcount
        = members.size() == 1 ? tr("1 person") : tr("%1 people").arg(members.size());
    m_summary->setText(
        tr("%1 · %2 · %3 (%4) · %5 tokens · %6")
            .arg(m_selectedTeam, headcount, DisplayFormat::cost(totals),
                 DisplayFormat::costKind(totals.costKind()),
                 DisplayFormat::compactNumber(totals.tokens.total()), PeriodText::span(state.span))
        + PeriodText::filterSuffix(filter().only(DashboardFilter::Person | DashboardFilter::Model
                                                 | DashboardFilter::Source)));
    m_summary->setToolTip(DisplayFormat::costToolTip(totals));
    if (totals.records == 0) {
        m_chart->setBreakdown({});
        showEmpty(tr("No usage in this period"),
                  tr("Nobody in %1 used a model between %2.")
                      .arg(m_selectedTeam, PeriodText::span(state.span)));
        return;
    }
    StackOptions options;
    options.otherLabel = tr("other models");
    options.unknownLabel = tr("unknown");
    options.maxCategories = 30;
    m_chart->setBreakdown(stackReport(report, ReportKey::Person, ReportKey::Model, options));
    showContent();
}

void TeamPage::showTeamBudget(const QList<BudgetEvaluation> &budgets)
{
    // The team's own budget, the one of the current period (a month before a custom one).
    std::optional<BudgetEvaluation> teamBudget;
    for (const BudgetEvaluation &evaluation : budgets) {
        if (evaluation.budget.scope != BudgetScope::Team
            || evaluation.budget.scopeName != m_selectedTeam || !evaluation.error.isEmpty())
            continue;
        if (!teamBudget || evaluation.state > teamBudget->state)
            teamBudget = evaluation;
    }
    if (!teamBudget) {
        m_budgetTitle->setText(tr("Team budget"));
        m_budgetSummary->setText(
            tr("%1 has no budget of its own. Add one on the Budgets page.").arg(m_selectedTeam));
        m_burnDown->clear();
        return;
    }
    const BudgetEvaluation &budget = *teamBudget;
    const bool tokens = budget.budget.limitsTokens();
    m_budgetTitle->setText(tr("Team budget: %1, %2")
                               .arg(BudgetsModel::periodText(budget.budget.period),
                                    PeriodText::span({budget.period.first, budget.period.last})));
    QString text = tr("%1 of %2 spent (%3 %) · %4")
                       .arg(BudgetsModel::amountText(budget.spent, tokens),
                            BudgetsModel::amountText(budget.limit, tokens),
                            QLocale().toString(budget.percent(), 'f', 0),
                            BudgetsModel::stateText(budget.state));
    if (budget.forecast.confidence != ForecastConfidence::None)
        text += tr(" · forecast %1 by the period's end (%2)")
                    .arg(BudgetsModel::amountText(budget.forecast.atPeriodEnd, tokens),
                         BudgetsModel::confidenceText(budget.forecast.confidence));
    if (!filter()
             .only(DashboardFilter::Person | DashboardFilter::Model | DashboardFilter::Source)
             .isEmpty())
        text += tr(" · the whole team's budget: the filters don't narrow it");
    m_budgetSummary->setText(text);
    m_burnDown->setBurnDown(burnDownOf(budget, m_clock->now().toMSecsSinceEpoch()));
}

void TeamPage::openBreakdown(const QString &email)
{
    if (email.isEmpty())
        return;
    QString name = email;
    for (const Person &person : state().directory.people) {
        if (person.email == email && !person.name.isEmpty())
            name = person.name;
    }
    ReportRequest scope = scopeRequest();
    scope.teamName.clear(); // a person's breakdown is all of theirs, whatever team
    scope.personEmail = email;
    auto *dialog = new BreakdownDialog(m_queries, name, scope, state().span, this);
    dialog->show();
}
