#include "breakdowndialog.h"

#include "analytics/breakdown.h"
#include "analytics/queryservice.h"
#include "csvexport.h"
#include "errortext.h"
#include "fileexport.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/reporttablemodel.h"
#include "periodtext.h"
#include "stackedbarchart.h"
#include "statestack.h"
#include "tableviews.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

enum ReportIndex { ByModel, BySource, ByProject, OverTime, ReportCount };

} // namespace

BreakdownDialog::BreakdownDialog(QueryService *queries, const QString &title,
                                 const ReportRequest &scope, const DateSpan &span, QWidget *parent)
    : QDialog(parent), m_queries(queries), m_title(title), m_span(span)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 · %2").arg(title, PeriodText::span(span)));
    resize(900, 680);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Total"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_summary->setFont(big);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_chart = new StackedBarChart(StackedBarChart::Orientation::Vertical, splitter);
    m_chart->setAccessibleName(tr("%1: spend over time by model").arg(title));
    m_chart->setPeriodText(PeriodText::span(span));
    m_tabs = new QTabWidget(splitter);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Spend broken down"));
    const QList<std::pair<QString, QString>> tabs = {
        {tr("By mode&l"), tr("Spend by model")},
        {tr("By &source"), tr("Spend by source")},
        {tr("By &project"), tr("Spend by project")},
    };
    for (const auto &[tab, name] : tabs) {
        auto *model = new ReportTableModel(this);
        m_tables.append(model);
        m_tabs->addTab(TableViews::createTable(model, name, m_tabs), tab);
    }
    auto *exportButton = new QPushButton(tr("E&xport CSV…"), m_tabs);
    exportButton->setAccessibleName(tr("Export the table shown as CSV"));
    m_tabs->setCornerWidget(exportButton, Qt::TopRightCorner);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_tabs);
    splitter->setChildrenCollapsible(false);
    m_stack = new StateStack(splitter, this);
    layout->addWidget(m_stack, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &BreakdownDialog::exportShownTable);

    connect(m_queries, &QueryService::reportsReady, this,
            [this](quint64 ticket, const QList<Report> &reports) {
                if (ticket == m_ticket)
                    showReports(reports);
            });
    connect(m_queries, &QueryService::errorOccurred, this,
            [this](quint64 ticket, const Error &error) {
                if (ticket != m_ticket)
                    return;
                m_stack->showError(errorText(error));
                m_isLoaded = true;
                emit loaded();
            });
    QList<ReportRequest> requests(ReportCount, scope);
    requests[ByModel].groupBy = {ReportKey::Model};
    requests[BySource].groupBy = {ReportKey::Source};
    requests[ByProject].groupBy = {ReportKey::Project};
    requests[OverTime].groupBy = {ReportKey::Day, ReportKey::Model};
    for (ReportRequest &request : requests) {
        request.since = span.first;
        request.until = span.last;
    }
    m_stack->showLoading();
    m_ticket = m_queries->requestReports(requests);
}

void BreakdownDialog::showReports(const QList<Report> &reports)
{
    m_isLoaded = true;
    if (reports.size() != ReportCount)
        return;
    const ReportTotals &totals = reports[ByModel].totals;
    m_summary->setText(tr("%1: %2 (%3) · %4 tokens · %5 requests")
                           .arg(m_title, DisplayFormat::cost(totals),
                                DisplayFormat::costKind(totals.costKind()),
                                DisplayFormat::compactNumber(totals.tokens.total()),
                                DisplayFormat::number(totals.requests)));
    m_summary->setToolTip(DisplayFormat::costToolTip(totals));
    for (int i = 0; i < int(m_tables.size()); ++i) {
        m_tables[i]->setReport(reports[i]);
        auto *view = static_cast<QTableView *>(m_tabs->widget(i));
        view->sortByColumn(m_tables[i]->columnOf(ReportTableModel::Field::Cost),
                           Qt::DescendingOrder);
        TableViews::stretchColumn(view, 0);
    }
    if (totals.records == 0) {
        m_stack->showEmpty(
            tr("No usage in this period"),
            tr("Nothing was recorded for %1 between %2.").arg(m_title, PeriodText::span(m_span)));
    } else {
        StackOptions options;
        options.maxSeries = 5;
        options.otherLabel = tr("other models");
        options.unknownLabel = tr("unknown");
        options.fixedCategories = dayKeys(m_span);
        for (QDate day = m_span.first; day <= m_span.last; day = day.addDays(1))
            options.fixedCategoryLabels.append(PeriodText::dayLabel(day));
        m_chart->setBreakdown(
            stackReport(reports[OverTime], ReportKey::Day, ReportKey::Model, options));
        m_stack->showContent();
    }
    emit loaded();
}

void BreakdownDialog::exportShownTable()
{
    const int index = m_tabs->currentIndex();
    static const QStringList names
        = {QStringLiteral("model"), QStringLiteral("source"), QStringLiteral("project")};
    const QString suggested = QStringLiteral("%1-by-%2-%3.csv")
                                  .arg(FileExport::fileNameOf(m_title), names.value(index),
                                       m_span.first.toString(Qt::ISODate));
    CsvExport::chooseAndSave(this, tr("Export"), suggested,
                             [this, index](const QString &path, QString *error) {
                                 return CsvExport::save(m_tables[index]->toCsv(), path, error);
                             });
}
