#pragma once

#include "core/costkind.h"
#include "core/result.h"
#include "core/tokencounts.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

class Ledger;

enum class ReportKey { Day, Week, Month, Person, Team, Model, Source, Project, Session };
QString reportKeyName(ReportKey key);
std::optional<ReportKey> reportKeyFromName(const QString &name);
// "day,model" → keys; an unknown or repeated key is an error naming it.
Result<QList<ReportKey>> parseReportKeys(const QString &commaList);

struct ReportTotals
{
    TokenCounts tokens;
    qint64 requests = 0;
    qint64 records = 0;
    qint64 costMicros = 0; // billed + estimated; unpriced records add nothing
    qint64 billedMicros = 0;
    qint64 estimatedRecords = 0;
    qint64 billedRecords = 0;
    qint64 unpricedRecords = 0;

    qint64 estimatedMicros() const { return costMicros - billedMicros; }
    AggregateCostKind costKind() const
    {
        return aggregateCostKind(estimatedRecords, billedRecords, unpricedRecords);
    }
    ReportTotals &operator+=(const ReportTotals &other);
    friend bool operator==(const ReportTotals &, const ReportTotals &) = default;
};

struct ReportRow
{
    QStringList keys; // one per group-by key; a null string where the value is unknown
    QString personName; // when grouped by person
    ReportTotals totals;
};

struct ReportRequest
{
    QList<ReportKey> groupBy;
    std::optional<QDate> since; // inclusive, local to the zone
    std::optional<QDate> until; // inclusive
    QTimeZone zone; // invalid: the ledger's reporting zone
    QString personEmail;
    QString teamName; // includes nested teams unless nestedTeams is false
    bool nestedTeams = true;
    QStringList sources; // source kinds or names; empty: every source
    QStringList models; // empty: every model
};

struct Report
{
    QList<ReportKey> groupBy;
    QString timeZone;
    QList<ReportRow> rows; // sorted by keys
    ReportTotals totals;
    bool fromRollups = false; // any rollup rather than usage rows
    bool fromMonths = false; // whole months of the monthly rollup (with edge days)
};
Q_DECLARE_METATYPE(Report)

// Grouped sums of usage. Reads the daily rollups when the request allows it (reporting zone, no
// project or session key), the organisation's quarter-hour totals for org-wide sums in another
// zone, otherwise the usage rows; local days of UTC times are computed in SQL.
class ReportQuery
{
public:
    explicit ReportQuery(Ledger &ledger) : m_ledger(ledger) { }
    Result<Report> run(const ReportRequest &request);

private:
    Ledger &m_ledger;
};
