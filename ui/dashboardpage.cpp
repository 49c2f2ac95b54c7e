#include "dashboardpage.h"

#include "analytics/queryservice.h"
#include "core/clock.h"
#include "errortext.h"
#include "periodtext.h"
#include "statestack.h"
#include "themedchartview.h"

#include <QVBoxLayout>

DashboardPage::DashboardPage(QueryService *queries, const Clock *clock, QWidget *parent)
    : QWidget(parent), m_queries(queries), m_clock(clock)
{
    connect(m_queries, &QueryService::errorOccurred, this,
            [this](quint64 ticket, const Error &error) {
                if (ticket == m_ticket)
                    showError(error);
                if (ticket == 0 || m_answers.reportsTicket != m_ticket)
                    return;
                if (ticket == m_answers.reportsTicket)
                    m_answers.failed = true; // shown above
                else if (ticket == m_answers.budgetsTicket)
                    m_answers.budgets.clear();
                else
                    return;
                reportsOrBudgetsArrived();
            });
    connect(m_queries, &QueryService::reportsReady, this,
            [this](quint64 ticket, const QList<Report> &reports) {
                if (ticket == 0 || ticket != m_ticket || ticket != m_answers.reportsTicket)
                    return;
                m_answers.reports = reports;
                reportsOrBudgetsArrived();
            });
    connect(m_queries, &QueryService::budgetsReady, this,
            [this](quint64 ticket, const QList<BudgetEvaluation> &budgets) {
                if (ticket == 0 || ticket != m_answers.budgetsTicket
                    || m_answers.reportsTicket != m_ticket)
                    return;
                m_answers.budgets = budgets;
                reportsOrBudgetsArrived();
            });
}

void DashboardPage::requestReportsAndBudgets(const QList<ReportRequest> &requests,
                                             const QList<BudgetScope> &scopes)
{
    m_answers = {};
    m_answers.pending = 2;
    m_ticket = m_answers.reportsTicket = m_queries->requestReports(requests);
    m_answers.budgetsTicket = m_queries->requestBudgets(m_clock->nowMs(), scopes);
}

void DashboardPage::reportsOrBudgetsArrived()
{
    if (--m_answers.pending > 0 || m_answers.failed)
        return;
    showReportsAndBudgets(m_answers.reports, m_answers.budgets);
}

void DashboardPage::showReportsAndBudgets(const QList<Report> &, const QList<BudgetEvaluation> &) {
}

void DashboardPage::setContent(QWidget *content, QLayout *header)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4); // every page's content sits the same way
    if (header)
        layout->addLayout(header);
    m_stack = new StateStack(content, this);
    layout->addWidget(m_stack, 1);
}

QVBoxLayout *DashboardPage::setColumnContent()
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    setContent(content);
    return layout;
}

void DashboardPage::setState(const DashboardState &state)
{
    const bool spanChanged = state.span != m_state.span;
    const bool filterChanged = state.filter != m_state.filter;
    const bool viewOnly = m_state.isValid
        && state.directory.ledgerPath == m_state.directory.ledgerPath
        && state.meEmail == m_state.meEmail && (spanChanged || filterChanged);
    const bool mattersHere = (spanChanged && followsPeriod())
        || state.filter.only(filterFields()) != m_state.filter.only(filterFields());
    m_state = state;
    // What an exported chart says it shows.
    const QString periodText
        = tr("%1, %2").arg(PeriodText::name(state.period), PeriodText::span(state.span))
        + PeriodText::filterSuffix(filter());
    for (ThemedChartView *chart : findChildren<ThemedChartView *>())
        chart->setPeriodText(periodText);
    // The same view again means a refresh: everything is stale. A new period or filter matters
    // only to pages that follow it.
    if (!viewOnly || mattersHere)
        m_isStale = true;
    reloadIfStale();
}

void DashboardPage::markStale()
{
    m_isStale = true;
    reloadIfStale();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadIfStale();
}

void DashboardPage::reloadIfStale()
{
    if (!m_isStale || !m_state.isValid || !isVisible())
        return;
    m_isStale = false;
    m_isLoaded = false;
    reload();
}

void DashboardPage::reloadNow()
{
    m_isStale = false;
    m_isLoaded = false;
    reload();
}

void DashboardPage::startLoading()
{
    if (m_stack->state() != StateStack::State::Content)
        m_stack->showLoading();
}

void DashboardPage::finishLoading()
{
    m_isLoaded = true;
    emit loaded();
}

void DashboardPage::showEmpty(const QString &message, const QString &hint)
{
    m_stack->showEmpty(message, hint);
    finishLoading();
}

void DashboardPage::showContent()
{
    m_stack->showContent();
    finishLoading();
}

void DashboardPage::showError(const Error &error)
{
    m_stack->showError(errorText(error));
    finishLoading();
}
