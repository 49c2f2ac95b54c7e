#pragma once

#include "analytics/dashboardstate.h"

#include <QWidget>

class Clock;
class QueryService;
class QVBoxLayout;
class StateStack;

// A page of the main window. MainWindow hands every page the same DashboardState; a page asks
// the QueryService for what it shows when it is visible (and again when the state changes) and
// drops answers to anything but its latest request.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(QueryService *queries, const Clock *clock, QWidget *parent = nullptr);

    void setState(const DashboardState &state);
    const DashboardState &state() const { return m_state; }
    // True once the answer to the latest request is shown (content, empty state or error).
    bool isLoaded() const { return m_isLoaded; }
    StateStack *stateStack() const { return m_stack; }
    // What the page shows is out of date (changed by something other than the state): it asks
    // again now when visible, else when next shown.
    void markStale();

    // Whether the page reports on the selected period (pages that don't ignore period changes).
    virtual bool followsPeriod() const { return true; }
    // The tool bar's filters the page narrows what it shows by (the others are greyed out
    // while it is shown).
    virtual DashboardFilter::Fields filterFields() const { return {}; }

signals:
    void loaded();

protected:
    // Sends the page's requests for the current state; called when shown and stale.
    virtual void reload() = 0;
    // The state's filter, only the fields this page honours.
    DashboardFilter filter() const { return m_state.filter.only(filterFields()); }

    // Wraps the page's content; the page shows loading/empty/error through it. A header (a
    // selector, say) stays above whatever state the content is in.
    void setContent(QWidget *content, QLayout *header = nullptr);
    // The usual content, one column with no margins of its own (setContent gives the page its
    // margins): sets it as the content and returns its layout, whose parentWidget() is the parent
    // for the page's widgets.
    QVBoxLayout *setColumnContent();
    // Asks again now, for a change only the page knows about (its own selector, say).
    void reloadNow();
    void startLoading(); // shows "Loading…" only if the answer takes a moment
    void finishLoading();
    // Each of these finishes loading.
    void showEmpty(const QString &message, const QString &hint = {});
    void showContent();
    void showError(const Error &error);

    // Asks for the reports and, at the same moment, for the evaluations of the budgets of
    // `scopes` (all when empty); showReportsAndBudgets() gets both once both have answered. An
    // error of the reports is the page's error; budgets that could not be evaluated come as an
    // empty list, as a page works without them.
    void requestReportsAndBudgets(const QList<ReportRequest> &requests,
                                  const QList<BudgetScope> &scopes);
    virtual void showReportsAndBudgets(const QList<Report> &reports,
                                       const QList<BudgetEvaluation> &budgets);

    void showEvent(QShowEvent *event) override;

    QueryService *m_queries = nullptr;
    const Clock *m_clock = nullptr;
    quint64 m_ticket = 0; // the request whose answer this page waits for

private:
    void reloadIfStale();
    void reportsOrBudgetsArrived();

    // What requestReportsAndBudgets() waits for; its reports' ticket is m_ticket.
    struct PendingAnswers
    {
        quint64 reportsTicket = 0;
        quint64 budgetsTicket = 0;
        int pending = 0;
        bool failed = false;
        QList<Report> reports;
        QList<BudgetEvaluation> budgets;
    };
    PendingAnswers m_answers;

    DashboardState m_state;
    StateStack *m_stack = nullptr;
    bool m_isStale = true;
    bool m_isLoaded = false;
};
