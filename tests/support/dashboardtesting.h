#pragma once

#include "analytics/queryservice.h"
#include "support/budgettesting.h"

#include <optional>

// The BudgetFixture organisation (Rita in Leadership; Ana in Engineering; Pia, Ben and Cy in
// Platform, nested in Engineering; Dan in Sales) with usage for the dashboard's pages. Pia is
// the ledger's "me" (so the Team page shows Platform) and the organisation is "Fixture Org".
// On FakeClock's 22 November 2026, "this month" is 1–22 November and the period before is
// 1–22 October.
//
//   who          day     model              source   project  cost    tokens
//   Rita         Nov  2  claude-sonnet-4-5  laptop            $0.50    5,000
//   Dan          Nov  3  gpt-5              gateway  crm      $7.00   70,000
//   stranger     Nov  5  gpt-5              gateway           $0.25    2,500  (not in the
//   directory) Ben          Nov 10  claude-sonnet-4-5  laptop   api      $3.00   30,000 Cy Nov 12
//   claude-sonnet-4-5  gateway  api      $2.00   20,000 Ana          Nov 15  claude-opus-4-5 laptop
//   infra    $5.00   25,000 Ben          Nov 20  claude-opus-4-5    laptop   web      $1.00 5,000
//   Pia          Oct  5  claude-opus-4-5    laptop            $1.50    7,500
//   Dan          Oct  8  gpt-5              gateway           $9.00   90,000
//   Ben          Oct 10  claude-sonnet-4-5  laptop            $1.00   10,000
//   Cy           Oct 15  claude-sonnet-4-5  gateway           $2.50   25,000
//   Ben          Oct 25  claude-sonnet-4-5  laptop            $9.00   90,000  (after 22 October)
//
// Each row is one request, its tokens all input, its cost an estimate. "laptop" is a claude-code
// source, "gateway" an openrouter one (reports by source name the kind).
//
// Budgets, monthly in UTC: teams Engineering, Platform and Sales $10 each, warning at 50 %
// (Engineering $11.00 exceeded, Platform $6.00 and Sales $7.00 warning); Ben $5, warning at 80 %
// ($4.00, warning).
class DashboardFixture
{
public:
    DashboardFixture();

    Ledger &ledger() { return m_organisation.ledger(); }
    QString path() const { return m_organisation.path(); }
    qint64 engineeringBudget() const { return m_engineeringBudget; }
    qint64 platformBudget() const { return m_platformBudget; }
    qint64 salesBudget() const { return m_salesBudget; }
    qint64 benBudget() const { return m_benBudget; }

    static qint64 nowMs(); // FakeClock's default instant

private:
    qint64 addBudget(BudgetScope scope, const QString &name, qint64 limitMicros,
                     const QList<int> &thresholds);

    BudgetFixture m_organisation;
    qint64 m_engineeringBudget = 0;
    qint64 m_platformBudget = 0;
    qint64 m_salesBudget = 0;
    qint64 m_benBudget = 0;
};

namespace DashboardTesting {

// The directory as the QueryService answers it (models and sources included); none when it
// does not answer within a few seconds.
std::optional<DirectorySnapshot> directory(QueryService &queries);

} // namespace DashboardTesting
