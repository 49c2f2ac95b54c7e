#include "myusagepage.h"

#include "analytics/breakdown.h"
#include "analytics/queryservice.h"
#include "core/calendar.h"
#include "core/money.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/reporttablemodel.h"
#include "periodtext.h"
#include "stackedbarchart.h"
#include "statcard.h"
#include "tableviews.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

enum ReportIndex { ByModel, OverTime, ByProject, ReportCount };

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

    layout->addWidget(TableViews::sectionTitle(tr("Spend over time, by model"), content));
    m_chart = new StackedBarChart(StackedBarChart::Orientation::Vertical, content);
    m_chart->setAccessibleName(tr("Spend over time by model"));
    layout->addWidget(m_chart, 3);

    auto *tables = new QHBoxLayout;
    m_byModel = new ReportTableModel(this);
    m_byProject = new ReportTableModel(this);
    auto *modelColumn = new QVBoxLayout;
    modelColumn->addWidget(TableViews::sectionTitle(tr("By model"), content));
    m_modelView = TableViews::createTable(m_byModel, tr("My spend by model"), content);
    modelColumn->addWidget(m_modelView);
    auto *projectColumn = new QVBoxLayout;
    projectColumn->addWidget(TableViews::sectionTitle(tr("By project"), content));
    m_projectView = TableViews::createTable(m_byProject, tr("My spend by project"), content);
    projectColumn->addWidget(m_projectView);
    tables->addLayout(modelColumn);
    tables->addLayout(projectColumn);
    layout->addLayout(tables, 2);

    connect(m_queries, &QueryService::reportsReady, this,
            [this](quint64 ticket, const QList<Report> &reports) {
                if (ticket == m_ticket)
                    showReports(reports);
            });
}

void MyUsagePage::reload()
{
    const DashboardState &state = this->state();
    if (state.directory.people.isEmpty()) {
        m_ticket = 0;
        showEmpty(tr("No usage yet"),
                  tr("Import usage with “burnrate-cli import claude-code” and the people "
                     "directory with “burnrate-cli people import FILE.csv”, or look around with "
                     "“burnrate --demo”."));
        return;
    }
    if (state.meEmail.isEmpty()) {
        m_ticket = 0;
        showEmpty(tr("Who are you?"), tr("Choose yourself under Settings to see your own usage."));
        return;
    }
    m_byWeek = state.span.days() > 45;
    ReportRequest base;
    base.since = state.span.first;
    base.until = state.span.last;
    base.personEmail = state.meEmail;
    QList<ReportRequest> requests(ReportCount, base);
    requests[ByModel].groupBy = {ReportKey::Model};
    requests[OverTime].groupBy = {m_byWeek ? ReportKey::Week : ReportKey::Day, ReportKey::Model};
    requests[ByProject].groupBy = {ReportKey::Project};
    m_ticket = m_queries->requestReports(requests);
    m_heading->setText(tr("%1 · %2").arg(state.meName.isEmpty() ? state.meEmail : state.meName,
                                         PeriodText::span(state.span)));
    startLoading();
}

void MyUsagePage::showReports(const QList<Report> &reports)
{
    if (reports.size() != ReportCount)
        return;
    const DashboardState &state = this->state();
    const ReportTotals &totals = reports[ByModel].totals;
    m_byModel->setReport(reports[ByModel]);
    m_byProject->setReport(reports[ByProject]);
    for (QTableView *view : {m_modelView, m_projectView}) {
        const auto *model
            = static_cast<const ReportTableModel *>(TableViews::proxyOf(view)->sourceModel());
        view->sortByColumn(model->columnOf(ReportTableModel::Field::Cost), Qt::DescendingOrder);
        TableViews::stretchColumn(view, 0);
    }
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
    options.otherLabel = tr("other models");
    options.unknownLabel = tr("unknown");
    if (m_byWeek) {
        for (QDate day = state.span.first; day <= state.span.last;
             day = day.addDays(8 - day.dayOfWeek())) {
            options.fixedCategories.append(Calendar::isoWeekKey(day));
            options.fixedCategoryLabels.append(tr("wk %1").arg(PeriodText::dayLabel(day)));
        }
        m_chart->setBreakdown(
            stackReport(reports[OverTime], ReportKey::Week, ReportKey::Model, options));
    } else {
        options.fixedCategories = dayKeys(state.span);
        for (QDate day = state.span.first; day <= state.span.last; day = day.addDays(1))
            options.fixedCategoryLabels.append(PeriodText::dayLabel(day));
        m_chart->setBreakdown(
            stackReport(reports[OverTime], ReportKey::Day, ReportKey::Model, options));
    }
    showContent();
}
