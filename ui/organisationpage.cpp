#include "organisationpage.h"

#include "analytics/breakdown.h"
#include "analytics/queryservice.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/teamspendtreemodel.h"
#include "periodtext.h"
#include "stackedbarchart.h"
#include "tableviews.h"

#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

OrganisationPage::OrganisationPage(QueryService *queries, const Clock *clock, QWidget *parent)
    : DashboardPage(queries, clock, parent)
{
    auto *header = new QVBoxLayout;
    m_total = new QLabel(this);
    m_total->setTextFormat(Qt::PlainText);
    m_total->setAccessibleName(tr("Organisation total"));
    QFont font = m_total->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_total->setFont(font);
    header->addWidget(m_total);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *treeBox = new QWidget(splitter);
    auto *treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(TableViews::sectionTitle(tr("Teams (nested teams included)"), treeBox));
    m_teams = new TeamSpendTreeModel(this);
    m_tree = TableViews::createTree(m_teams, tr("Spend per team"), treeBox);
    treeLayout->addWidget(m_tree);
    auto *chartBox = new QWidget(splitter);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(
        TableViews::sectionTitle(tr("Each team's own spend, by model"), chartBox));
    m_chart = new StackedBarChart(StackedBarChart::Orientation::Horizontal, chartBox);
    m_chart->setAccessibleName(tr("Spend per team by model"));
    chartLayout->addWidget(m_chart);
    splitter->addWidget(treeBox);
    splitter->addWidget(chartBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    setContent(splitter, header);

    connect(m_queries, &QueryService::reportReady, this,
            [this](quint64 ticket, const Report &report) {
                if (ticket == m_ticket)
                    showReport(report);
            });
}

void OrganisationPage::reload()
{
    ReportRequest request;
    request.groupBy = {ReportKey::Team, ReportKey::Model};
    request.since = state().span.first;
    request.until = state().span.last;
    m_ticket = m_queries->requestReport(request);
    startLoading();
}

void OrganisationPage::showReport(const Report &report)
{
    const DashboardState &state = this->state();
    m_teams->setSpend(state.directory.teams, report);
    const ReportTotals &totals = report.totals;
    const QString organisation = state.directory.organisationName.isEmpty()
        ? tr("Organisation")
        : state.directory.organisationName;
    m_total->setText(tr("%1 total: %2 (%3) · %4 tokens · %5 requests · %6")
                         .arg(organisation, DisplayFormat::cost(totals),
                              DisplayFormat::costKind(totals.costKind()),
                              DisplayFormat::compactNumber(totals.tokens.total()),
                              DisplayFormat::number(totals.requests),
                              PeriodText::span(state.span)));
    m_total->setToolTip(DisplayFormat::costToolTip(totals));
    if (totals.records == 0) {
        m_chart->setBreakdown({});
        showEmpty(tr("No usage in this period"),
                  tr("Nobody in the organisation used a model between %1.")
                      .arg(PeriodText::span(state.span)));
        return;
    }
    StackOptions options;
    options.otherLabel = tr("other models");
    options.unknownLabel = tr("(no team)");
    options.maxCategories = 20;
    m_chart->setBreakdown(stackReport(report, ReportKey::Team, ReportKey::Model, options));
    // Room for every bar: the splitter gives the chart what its bars need.
    showContent();
}
