#include "myusagepage.h"

#include "analytics/breakdown.h"
#include "analytics/queryservice.h"
#include "budgetgauge.h"
#include "core/calendar.h"
#include "core/clock.h"
#include "csvexport.h"
#include "efficiencypanel.h"
#include "errortext.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/reporttablemodel.h"
#include "peercomparisonpanel.h"
#include "periodtext.h"
#include "stackedbarchart.h"
#include "statcard.h"
#include "tableviews.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

enum ReportIndex { ByModel, OverTime, ByProject, BySession, BySource, ReportCount };

} // namespace

MyUsagePage::MyUsagePage(QueryService *queries, const Clock *clock, QWidget *parent)
    : DashboardPage(queries, clock, parent)
{
    QVBoxLayout *layout = setColumnContent();
    QWidget *content = layout->parentWidget();
    m_heading = new QLabel(content);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    auto *cards = new QHBoxLayout;
    m_spendCard = new StatCard(tr("Spend"), content);
    m_tokensCard = new StatCard(tr("Tokens"), content);
    m_requestsCard = new StatCard(tr("Requests"), content);
    m_topModelCard = new StatCard(tr("Top model"), content);
    for (StatCard *card : {m_spendCard, m_tokensCard, m_requestsCard, m_topModelCard})
        cards->addWidget(card);
    layout->addLayout(cards);
    m_gauge = new BudgetGauge(content);
    layout->addWidget(m_gauge);

    // Two columns: what I spent (chart, tables) on the left; how it compares and what could
    // be saved on the right.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(8);
    auto *chartColumn = new QVBoxLayout;
    auto *chartHeader = new QHBoxLayout;
    m_chartTitle = TableViews::sectionTitle(tr("Spend over time"), content);
    chartHeader->addWidget(m_chartTitle);
    chartHeader->addStretch(1);
    auto *stackLabel = new QLabel(tr("S&tacked by:"), content);
    m_stackBy = new QComboBox(content);
    m_stackBy->setAccessibleName(tr("Stack the bars by"));
    m_stackBy->addItem(tr("model"), int(ReportKey::Model));
    m_stackBy->addItem(tr("source"), int(ReportKey::Source));
    stackLabel->setBuddy(m_stackBy);
    chartHeader->addWidget(stackLabel);
    chartHeader->addWidget(m_stackBy);
    chartColumn->addLayout(chartHeader);
    m_chart = new StackedBarChart(StackedBarChart::Orientation::Vertical, content);
    m_chart->setAccessibleName(tr("Spend over time by model"));
    chartColumn->addWidget(m_chart, 1);
    grid->addLayout(chartColumn, 0, 0);
    m_peerPanel = new PeerComparisonPanel(content);
    grid->addWidget(m_peerPanel, 0, 1);

    m_byModel = new ReportTableModel(this);
    m_bySource = new ReportTableModel(this);
    m_byProject = new ReportTableModel(this);
    m_bySession = new ReportTableModel(this);
    m_tables = new QTabWidget(content);
    m_tables->setAccessibleName(tr("My spend broken down"));
    m_tables->setDocumentMode(true);
    const QList<std::tuple<ReportTableModel *, QString, QString>> tables = {
        {m_byModel, tr("By mode&l"), tr("My spend by model")},
        {m_bySource, tr("By so&urce"), tr("My spend by source")},
        {m_byProject, tr("By &project"), tr("My spend by project")},
        {m_bySession, tr("By s&ession"), tr("My spend by session: which tasks cost most")},
    };
    for (const auto &[model, tab, name] : tables) {
        QTableView *view = TableViews::createTable(model, name, m_tables);
        m_views.append(view);
        m_tables->addTab(view, tab);
    }
    m_export = new QPushButton(tr("E&xport CSV…"), m_tables);
    m_export->setAccessibleName(tr("Export the table shown as CSV"));
    m_export->setEnabled(false);
    m_tables->setCornerWidget(m_export, Qt::TopRightCorner);
    grid->addWidget(m_tables, 1, 0);
    m_efficiencyPanel = new EfficiencyPanel(content);
    grid->addWidget(m_efficiencyPanel, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    layout->addLayout(grid, 1);

    connect(m_export, &QPushButton::clicked, this, &MyUsagePage::chooseExportFile);
    connect(m_stackBy, &QComboBox::activated, this, [this] { reloadNow(); });
    connect(m_queries, &QueryService::budgetsReady, this,
            [this](quint64 ticket, const QList<BudgetEvaluation> &budgets) {
                if (ticket != m_budgetTicket || m_budgetTicket == 0)
                    return;
                m_budgets = budgets;
                answered();
            });
    connect(m_queries, &QueryService::reportsReady, this,
            [this](quint64 ticket, const QList<Report> &reports) {
                if (ticket != m_ticket || m_ticket == 0)
                    return;
                m_reports = reports;
                answered();
            });
    connect(m_queries, &QueryService::peerComparisonReady, this,
            [this](quint64 ticket, const PeerComparison &comparison) {
                if (ticket != m_peerTicket || m_peerTicket == 0)
                    return;
                m_peers = comparison;
                answered();
            });
    connect(m_queries, &QueryService::efficiencyReady, this,
            [this](quint64 ticket, const EfficiencyFigures &figures) {
                if (ticket != m_efficiencyTicket || m_efficiencyTicket == 0)
                    return;
                m_efficiency = figures;
                answered();
            });
    // DashboardPage shows an error of the reports; the others only fill their own panel.
    connect(m_queries, &QueryService::errorOccurred, this,
            [this](quint64 ticket, const Error &error) {
                if (ticket == 0)
                    return;
                if (ticket == m_ticket)
                    m_failed = true;
                else if (ticket == m_peerTicket)
                    m_peerError = errorText(error);
                else if (ticket == m_efficiencyTicket)
                    m_efficiencyError = errorText(error);
                else if (ticket == m_budgetTicket)
                    m_budgets = QList<BudgetEvaluation> {}; // the gauge says "no budget"
                else
                    return;
                answered();
            });
}

QTableView *MyUsagePage::tableView(Table table) const
{
    return m_views.value(int(table));
}

void MyUsagePage::reload()
{
    m_ticket = m_peerTicket = m_efficiencyTicket = m_budgetTicket = 0;
    m_budgets.reset();
    m_pending = 0;
    m_failed = false;
    m_reports.clear();
    m_peers.reset();
    m_efficiency.reset();
    m_peerError.clear();
    m_efficiencyError.clear();
    const DashboardState &state = this->state();
    if (state.directory.people.isEmpty()) {
        showEmpty(tr("No usage yet"),
                  tr("Import usage with “burnrate-cli import claude-code” and the people "
                     "directory with “burnrate-cli people import FILE.csv”, or look around with "
                     "“burnrate --demo”."));
        return;
    }
    if (state.meEmail.isEmpty()) {
        showEmpty(tr("Who are you?"), tr("Choose yourself under Settings to see your own usage."));
        return;
    }
    m_byWeek = state.span.days() > 45;
    ReportRequest base;
    base.since = state.span.first;
    base.until = state.span.last;
    base.personEmail = state.meEmail;
    filter().narrow(base);
    QList<ReportRequest> requests(ReportCount, base);
    requests[ByModel].groupBy = {ReportKey::Model};
    requests[OverTime].groupBy = {m_byWeek ? ReportKey::Week : ReportKey::Day, stackKey()};
    requests[BySource].groupBy = {ReportKey::Source};
    requests[ByProject].groupBy = {ReportKey::Project};
    requests[BySession].groupBy = {ReportKey::Session, ReportKey::Project};
    m_pending = 4;
    m_ticket = m_queries->requestReports(requests);
    PeerRequest peers;
    peers.personEmail = state.meEmail;
    peers.days = state.span;
    const CurrencyDisplay &currency = DisplayFormat::currency();
    peers.currency.microsPerUsd = currency.microsPerUsd();
    peers.currency.smallestUnitMicros = currency.minorDigits() == 0 ? 1'000'000 : 10'000;
    m_peerTicket = m_queries->requestPeerComparison(peers);
    EfficiencyRequest efficiency;
    efficiency.personEmail = state.meEmail;
    efficiency.days = state.span;
    m_efficiencyTicket = m_queries->requestEfficiency(efficiency);
    // "My" budgets are a person's or a team's (DashboardState::isMyBudget).
    m_budgetTicket
        = m_queries->requestBudgets(m_clock->nowMs(), {BudgetScope::Team, BudgetScope::Person});
    m_heading->setText(tr("%1 · %2").arg(state.meName.isEmpty() ? state.meEmail : state.meName,
                                         PeriodText::span(state.span))
                       + PeriodText::filterSuffix(filter()));
    startLoading();
}

void MyUsagePage::answered()
{
    if (--m_pending > 0 || m_failed)
        return;
    if (m_peers)
        m_peerPanel->setComparison(*m_peers);
    else
        m_peerPanel->showMessage(tr("Cannot compare with your peers: %1").arg(m_peerError));
    m_gauge->setEvaluation(myWorstBudget(state(), m_budgets.value_or(QList<BudgetEvaluation> {})));
    if (m_efficiency)
        m_efficiencyPanel->setFigures(*m_efficiency);
    else
        m_efficiencyPanel->showMessage(
            tr("Cannot work out the efficiency figures: %1").arg(m_efficiencyError));
    showReports(m_reports);
}

void MyUsagePage::showReports(const QList<Report> &reports)
{
    if (reports.size() != ReportCount)
        return;
    const DashboardState &state = this->state();
    const ReportTotals &totals = reports[ByModel].totals;
    m_byModel->setReport(reports[ByModel]);
    m_bySource->setReport(reports[BySource]);
    m_byProject->setReport(reports[ByProject]);
    m_bySession->setReport(reports[BySession]);
    for (QTableView *view : std::as_const(m_views)) {
        const auto *model
            = static_cast<const ReportTableModel *>(TableViews::proxyOf(view)->sourceModel());
        view->sortByColumn(model->columnOf(ReportTableModel::Field::Cost), Qt::DescendingOrder);
        TableViews::stretchColumn(view, 0);
    }
    m_export->setEnabled(totals.records > 0);
    if (totals.records == 0) {
        m_chart->setBreakdown({});
        showEmpty(tr("No usage in this period"),
                  tr("Nothing was recorded for %1 between %2.")
                      .arg(state.meEmail, PeriodText::span(state.span)));
        return;
    }

    m_spendCard->setValue(DisplayFormat::cost(totals), DisplayFormat::costKind(totals.costKind()),
                          DisplayFormat::costToolTip(totals));
    m_tokensCard->setValue(
        DisplayFormat::compactNumber(totals.tokens.total()),
        tr("%1 in · %2 cached · %3 out")
            .arg(DisplayFormat::compactNumber(totals.tokens.input),
                 DisplayFormat::compactNumber(totals.tokens.cacheRead + totals.tokens.cacheWrite()),
                 DisplayFormat::compactNumber(totals.tokens.output)),
        tr("%1 tokens").arg(DisplayFormat::number(totals.tokens.total())));
    const qint64 days = std::max<qint64>(state.span.days(), 1);
    m_requestsCard->setValue(
        DisplayFormat::number(totals.requests),
        tr("%1 a day on average")
            .arg(QLocale().toString(double(totals.requests) / double(days), 'f', 0)));
    const QList<GroupSpend> models = collapseReport(reports[ByModel], ReportKey::Model);
    if (!models.isEmpty()) {
        const GroupSpend &top = models.first();
        const double share = totals.costMicros > 0
            ? 100.0 * double(top.totals.costMicros) / double(totals.costMicros)
            : 0.0;
        m_topModelCard->setValue(ReportTableModel::keyText(ReportKey::Model, top.key),
                                 tr("%1 (%2) · %3 % of spend")
                                     .arg(DisplayFormat::cost(top.totals),
                                          DisplayFormat::costKind(top.totals.costKind()),
                                          QLocale().toString(share, 'f', 0)),
                                 DisplayFormat::costToolTip(top.totals));
    }

    StackOptions options;
    options.maxSeries = 4; // a legend below the bars has room for four whole model names
    const ReportKey stacked = stackKey();
    options.otherLabel = stacked == ReportKey::Model ? tr("other models") : tr("other sources");
    options.unknownLabel = tr("unknown");
    m_chart->setAccessibleName(stacked == ReportKey::Model ? tr("Spend over time by model")
                                                           : tr("Spend over time by source"));
    if (m_byWeek) {
        for (QDate day = state.span.first; day <= state.span.last;
             day = day.addDays(8 - day.dayOfWeek())) {
            options.fixedCategories.append(Calendar::isoWeekKey(day));
            options.fixedCategoryLabels.append(tr("wk %1").arg(PeriodText::dayLabel(day)));
        }
        m_chart->setBreakdown(stackReport(reports[OverTime], ReportKey::Week, stacked, options));
    } else {
        options.fixedCategories = dayKeys(state.span);
        for (QDate day = state.span.first; day <= state.span.last; day = day.addDays(1))
            options.fixedCategoryLabels.append(PeriodText::dayLabel(day));
        m_chart->setBreakdown(stackReport(reports[OverTime], ReportKey::Day, stacked, options));
    }
    showContent();
}

bool MyUsagePage::exportCsv(Table table, const QString &path, QString *error) const
{
    const auto *model = static_cast<const ReportTableModel *>(
        TableViews::proxyOf(tableView(table))->sourceModel());
    return CsvExport::save(model->toCsv(), path, error);
}

void MyUsagePage::chooseExportFile()
{
    const auto table = Table(m_tables->currentIndex());
    const QString first = state().span.first.toString(Qt::ISODate);
    QString name;
    switch (table) {
    case Table::Model:
        name = tr("my-usage-by-model-%1.csv").arg(first);
        break;
    case Table::Source:
        name = tr("my-usage-by-source-%1.csv").arg(first);
        break;
    case Table::Project:
        name = tr("my-usage-by-project-%1.csv").arg(first);
        break;
    case Table::Session:
        name = tr("my-usage-by-session-%1.csv").arg(first);
        break;
    }
    CsvExport::chooseAndSave(this, tr("Export my usage"), name,
                             [this, table](const QString &path, QString *error) {
                                 return exportCsv(table, path, error);
                             });
}

ReportKey MyUsagePage::stackKey() const
{
    return ReportKey(m_stackBy->currentData().toInt());
}
