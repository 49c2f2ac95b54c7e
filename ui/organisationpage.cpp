#include "organisationpage.h"

#include "analytics/breakdown.h"
#include "analytics/movers.h"
#include "analytics/queryservice.h"
#include "breakdowndialog.h"
#include "budgetdelegates.h"
#include "core/clock.h"
#include "itemmodels/budgetsmodel.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/moversmodel.h"
#include "itemmodels/teamspendtreemodel.h"
#include "periodtext.h"
#include "stackedbarchart.h"
#include "tableviews.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

enum ReportIndex { Current, Previous, ReportCount };
constexpr int moverCount = 8;

} // namespace

OrganisationPage::OrganisationPage(QueryService *queries, const Clock *clock, QWidget *parent)
    : DashboardPage(queries, clock, parent)
{
    auto *header = new QVBoxLayout;
    m_total = new QLabel(this);
    m_total->setTextFormat(Qt::PlainText);
    m_total->setAccessibleName(tr("Organisation total"));
    QFont font = m_total->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_total->setFont(font);
    header->addWidget(m_total);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *treeLayout = new QVBoxLayout;
    treeLayout->addWidget(TableViews::sectionTitle(
        tr("Teams, nested teams included (double-click for a breakdown)"), top));
    m_teams = new TeamSpendTreeModel(this);
    m_tree = TableViews::createTree(m_teams, tr("Spend per team"), top);
    treeLayout->addWidget(m_tree);
    topLayout->addLayout(treeLayout, 1);
    auto *sideLayout = new QVBoxLayout;
    m_moversTitle = TableViews::sectionTitle(tr("Top movers"), top);
    sideLayout->addWidget(m_moversTitle);
    m_movers = new MoversModel(this);
    QTableView *moversView = TableViews::createTable(m_movers, tr("Top movers by team"), top);
    moversView->setColumnHidden(MoversModel::Previous, true); // in the Change column's tool tip
    sideLayout->addWidget(moversView, 1);
    sideLayout->addWidget(TableViews::sectionTitle(tr("Team budgets"), top));
    m_budgets = new BudgetsModel(this);
    QTableView *budgetsView = TableViews::createTable(m_budgets, tr("Team budgets"), top);
    // The side panel has room for who, how much and in what state; the Budgets page has the rest.
    for (int column = 0; column < BudgetsModel::ColumnCount; ++column) {
        const bool shown = column == BudgetsModel::Scope || column == BudgetsModel::Limit
            || column == BudgetsModel::Used || column == BudgetsModel::State;
        budgetsView->setColumnHidden(column, !shown);
    }
    budgetsView->setItemDelegateForColumn(BudgetsModel::Used, new BudgetUsedDelegate(budgetsView));
    budgetsView->setItemDelegateForColumn(BudgetsModel::State,
                                          new BudgetStateDelegate(budgetsView));
    sideLayout->addWidget(budgetsView, 1);
    topLayout->addLayout(sideLayout, 1);

    auto *chartBox = new QWidget(splitter);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(
        TableViews::sectionTitle(tr("Each team's own spend, by model"), chartBox));
    m_chart = new StackedBarChart(StackedBarChart::Orientation::Horizontal, chartBox);
    m_chart->setAccessibleName(tr("Spend per team by model"));
    chartLayout->addWidget(m_chart);
    splitter->addWidget(top);
    splitter->addWidget(chartBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    setContent(splitter, header);

    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        openBreakdown(index.siblingAtColumn(TeamSpendTreeModel::Name).data().toString());
    });
}

ReportRequest OrganisationPage::scopeRequest() const
{
    ReportRequest request;
    request.since = state().span.first;
    request.until = state().span.last;
    filter().narrow(request);
    return request;
}

void OrganisationPage::reload()
{
    QList<ReportRequest> requests(ReportCount, scopeRequest());
    requests[Current].groupBy = {ReportKey::Team, ReportKey::Model};
    requests[Previous].groupBy = {ReportKey::Team};
    const DateSpan before = previousSpan(state().period, state().span);
    requests[Previous].since = before.first;
    requests[Previous].until = before.last;
    requestReportsAndBudgets(requests, {BudgetScope::Team});
    m_moversTitle->setText(tr("Top movers versus %1").arg(PeriodText::span(before)));
    startLoading();
}

void OrganisationPage::showReportsAndBudgets(const QList<Report> &reports,
                                             const QList<BudgetEvaluation> &budgets)
{
    if (reports.size() != ReportCount)
        return;
    const DashboardState &state = this->state();
    const Report &report = reports[Current];
    // Narrowed to a team: only its part of the hierarchy.
    const QString team = filter().teamName;
    const QStringList shownTeams = team.isEmpty() ? QStringList() : state.teamSubtree(team);
    QList<Team> teams = state.directory.teams;
    if (!team.isEmpty())
        teams.removeIf([&](const Team &each) { return !shownTeams.contains(each.name); });
    m_teams->setSpend(teams, report);
    m_tree->expandAll();
    QList<Mover> movers = topMovers(collapseReport(report, ReportKey::Team),
                                    collapseReport(reports[Previous], ReportKey::Team), moverCount);
    for (Mover &mover : movers) {
        if (mover.key.isEmpty())
            mover.name = tr("(no team)"); // else a row without a name
    }
    m_movers->setMovers(movers);
    QList<BudgetEvaluation> teamBudgets = budgets;
    teamBudgets.removeIf([&](const BudgetEvaluation &evaluation) {
        return evaluation.budget.scope != BudgetScope::Team
            || (!team.isEmpty() && !shownTeams.contains(evaluation.budget.scopeName));
    });
    m_budgets->setEvaluations(teamBudgets);

    const ReportTotals &totals = report.totals;
    const QString organisation = !team.isEmpty()     ? team
        : state.directory.organisationName.isEmpty() ? tr("Organisation")
                                                     : state.directory.organisationName;
    m_total->setText(
        tr("%1 total: %2 (%3) · %4 tokens · %5 requests · %6")
            .arg(organisation, DisplayFormat::cost(totals),
                 DisplayFormat::costKind(totals.costKind()),
                 DisplayFormat::compactNumber(totals.tokens.total()),
                 DisplayFormat::number(totals.requests), PeriodText::span(state.span))
        + PeriodText::filterSuffix(filter().only(DashboardFilter::Person | DashboardFilter::Model
                                                 | DashboardFilter::Source)));
    m_total->setToolTip(DisplayFormat::costToolTip(totals));
    if (totals.records == 0) {
        m_chart->setBreakdown({});
        showEmpty(tr("No usage in this period"),
                  tr("Nobody in %1 used a model between %2.")
                      .arg(organisation, PeriodText::span(state.span)));
        return;
    }
    StackOptions options;
    options.otherLabel = tr("other models");
    options.unknownLabel = tr("(no team)");
    options.maxCategories = 20;
    m_chart->setBreakdown(stackReport(report, ReportKey::Team, ReportKey::Model, options));
    showContent();
}

void OrganisationPage::openBreakdown(const QString &teamName)
{
    if (teamName.isEmpty())
        return;
    ReportRequest scope = scopeRequest();
    scope.teamName = teamName;
    scope.nestedTeams = true;
    auto *dialog = new BreakdownDialog(m_queries, teamName, scope, state().span, this);
    dialog->show();
}
