#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>

class Ledger;

struct DemoOptions
{
    quint64 seed = 42;
    QDate endDate; // last day of usage, inclusive; required
    int days = 90;
};

// A believable organisation for demos, screenshots and manual testing: "Northwind Labs", 64 people
// in nested teams, usage of five sources with weekday rhythm, heavy users, unpriced local models,
// a little unattributed usage, and budgets set relative to the generated spend.
//
// Deterministic: the usage of a person on a day depends only on the seed, the person and the date
// (not on the window), so the same seed always yields the same rows and external keys, and
// re-running it (even with a later end date) replaces rows instead of counting them twice.
namespace DemoOrganisation {

// Imports the people, writes the usage, sets org_name / me_email, adds the budgets that are not
// there yet and gives them the alert history the last five weeks would have left. Usage commits in
// batches (one transaction spanning 200k rows with nested savepoints is many times slower); a run
// that fails part-way is completed by running it again. nowMs stamps the price version and the
// budgets.
Status populate(Ledger &ledger, const DemoOptions &options, qint64 nowMs);

// The employee the app shows as "me" in demo mode: an engineer with a manager, in a team of nine.
QString demoPersonEmail();

} // namespace DemoOrganisation
