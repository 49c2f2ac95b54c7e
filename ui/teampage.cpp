#include "teampage.h"

#include "analytics/breakdown.h"
#include "analytics/queryservice.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/personspendmodel.h"
#include "periodtext.h"
#include "stackedbarchart.h"
#include "tableviews.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

TeamPage::TeamPage(QueryService *queries, const Clock *clock, QWidget *parent)
    : DashboardPage(queries, clock, parent)
{
    auto *bar = new QHBoxLayout;
    auto *teamLabel = new QLabel(tr("&Team:"), this);
    m_teamSelector = new QComboBox(this);
    m_teamSelector->setAccessibleName(tr("Team"));
    m_teamSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_teamSelector->setMinimumContentsLength(16);
    teamLabel->setBuddy(m_teamSelector);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    bar->addWidget(teamLabel);
    bar->addWidget(m_teamSelector);
    bar->addSpacing(16);
    bar->addWidget(m_summary, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
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
    tableLayout->addWidget(TableViews::sectionTitle(tr("People"), tableBox));
    m_people = new PersonSpendModel(this);
    m_peopleView = TableViews::createTable(m_people, tr("Spend per person"), tableBox);
    tableLayout->addWidget(m_peopleView);
    splitter->addWidget(chartBox);
    splitter->addWidget(tableBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    setContent(splitter, bar);

    connect(m_teamSelector, &QComboBox::activated, this, [this](int index) {
        m_selectedTeam = m_teamSelector->itemData(index).toString();
        reloadNow();
    });
    connect(m_queries, &QueryService::reportReady, this,
            [this](quint64 ticket, const Report &report) {
                if (ticket == m_ticket)
                    showReport(report);
            });
}

void TeamPage::fillTeamSelector()
{
    const DashboardState &state = this->state();
    const QList<std::pair<Team, int>> teams = state.teamsInTreeOrder();
    bool known = false;
    for (const auto &[team, depth] : teams)
        known = known || team.name == m_selectedTeam;
    if (!known)
        m_selectedTeam = !state.meTeam.isEmpty()
            ? state.meTeam
            : (teams.isEmpty() ? QString() : teams.first().first.name);
    const QSignalBlocker blocker(m_teamSelector);
    m_teamSelector->clear();
    for (const auto &[team, depth] : teams) {
        m_teamSelector->addItem(QString(depth * 3, u' ') + team.name, team.name);
        if (team.name == m_selectedTeam)
            m_teamSelector->setCurrentIndex(m_teamSelector->count() - 1);
    }
}

void TeamPage::reload()
{
    fillTeamSelector();
    if (m_selectedTeam.isEmpty()) {
        m_ticket = 0;
        m_summary->clear();
        m_people->setPeople({});
        showEmpty(tr("No teams yet"),
                  tr("Import the people directory with “burnrate-cli people import FILE.csv” to "
                     "see teams."));
        return;
    }
    ReportRequest request;
    request.groupBy = {ReportKey::Person, ReportKey::Model};
    request.since = state().span.first;
    request.until = state().span.last;
    request.teamName = m_selectedTeam;
    m_ticket = m_queries->requestReport(request);
    startLoading();
}

void TeamPage::showReport(const Report &report)
{
    const DashboardState &state = this->state();
    QList<GroupSpend> people = collapseReport(report, ReportKey::Person, ReportKey::Model);
    // Members without usage are part of the team too.
    const QList<Person> members = state.membersOf(m_selectedTeam);
    for (const Person &member : members) {
        const bool listed
            = std::any_of(people.cbegin(), people.cend(),
                          [&](const GroupSpend &spend) { return spend.key == member.email; });
        if (!listed)
            people.append(GroupSpend {member.email, member.name, {}, {}});
    }
    m_people->setPeople(people);
    const ReportTotals &totals = report.totals;
    const QString headcount
        = members.size() == 1 ? tr("1 person") : tr("%1 people").arg(members.size());
    m_summary->setText(tr("%1 · %2 (%3) · %4 tokens · %5")
                           .arg(headcount, DisplayFormat::cost(totals),
                                DisplayFormat::costKind(totals.costKind()),
                                DisplayFormat::compactNumber(totals.tokens.total()),
                                PeriodText::span(state.span)));
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
