#include "peercomparison.h"

#include "core/money.h"
#include "ledger/ledger.h"
#include "ledger/peopledirectory.h"
#include "ledger/reportquery.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Histogram edges start at one cent: who spent less than that (nothing, mostly) shares the first
// bin, [0, lowest edge above it).

// Spend is skewed: most people spend a little, a few spend a hundred times the median (the demo
// has three such heavy users; Anthropic's Claude Code norms have 90 % under $30 a day and a long
// tail). Equal-width bins would put nearly everyone in the first bar, so bins are log-spaced.
// Their edges are preferred numbers (× 100 per decade, finest series first: Renard R10, R5,
// 1-2-5, whole decades), which read well on an axis and never give away the exact lowest or
// highest spend of a peer, as edges at the minimum and maximum would.
const QList<QList<int>> preferredMantissas = {
    {100, 125, 160, 200, 250, 315, 400, 500, 630, 800},
    {100, 160, 250, 400, 630},
    {100, 200, 500},
    {100},
};

// Ascending edges from `lowest` (a cent) up to the first edge above `largest`, `mantissas` in
// every `decadesPerStep`-th decade.
QList<qint64> edgesAbove(qint64 lowest, qint64 largest, const QList<int> &mantissas,
                         int decadesPerStep)
{
    QList<qint64> edges;
    constexpr qint64 lastDecade = std::numeric_limits<qint64>::max() / 1000;
    for (qint64 decade = lowest; decade <= lastDecade;) {
        for (const int mantissa : mantissas) {
            edges.append(decade / 100 * mantissa);
            if (edges.last() > largest)
                return edges;
        }
        for (int step = 0; step < decadesPerStep && decade <= lastDecade; ++step)
            decade *= 10;
    }
    edges.append(largest + 1); // beyond any real amount of money
    return edges;
}

// Edges are chosen among round amounts of the currency the person reads, then turned into
// micro-dollars rounded up, so an amount that reads as an edge falls in the bin the edge opens.
QList<PeerHistogramBin> histogram(const QList<qint64> &sortedSpends,
                                  const PeerDisplayCurrency &currency)
{
    const qint64 displayMicrosPerUsd = std::max<qint64>(1, currency.microsPerUsd);
    // As CurrencyDisplay shows an amount: rounded to the nearest micro-unit.
    const auto toDisplay = [&](qint64 usdMicros) {
        return Money::scaleRounded(usdMicros, displayMicrosPerUsd, Money::microsPerDollar);
    };
    // The least amount that shows as `displayMicros` or more, so the bins of amounts are the
    // bins of what the person reads.
    const auto toUsd = [&](qint64 displayMicros) {
        return Money::scaleCeiling(2 * displayMicros - 1, Money::microsPerDollar,
                                   2 * displayMicrosPerUsd);
    };
    const qint64 lowestDisplayEdge = std::max<qint64>(1, currency.smallestUnitMicros);
    const qint64 lowestEdge = toUsd(lowestDisplayEdge);
    const auto firstCounted
        = std::lower_bound(sortedSpends.cbegin(), sortedSpends.cend(), lowestEdge);
    const int belowACent = int(firstCounted - sortedSpends.cbegin());
    // From zero, or below it should a refund have left someone with a negative spend.
    const qint64 floor = std::min<qint64>(0, sortedSpends.first());
    if (firstCounted == sortedSpends.cend())
        return {PeerHistogramBin {floor, lowestEdge, belowACent}};
    const qint64 smallest = toDisplay(*firstCounted);
    const qint64 largest = toDisplay(sortedSpends.last());

    // The finest series that needs at most maximumHistogramBins bins (the one below a cent
    // included); past whole decades, every second, third, ... decade.
    QList<qint64> edges;
    qsizetype lowIndex = 0;
    for (int level = 0;; ++level) {
        const int series = std::min(level, int(preferredMantissas.size()) - 1);
        const int decadesPerStep = 1 + std::max(0, level - int(preferredMantissas.size()) + 1);
        edges = edgesAbove(lowestDisplayEdge, largest, preferredMantissas[series], decadesPerStep);
        lowIndex = std::upper_bound(edges.cbegin(), edges.cend(), smallest) - edges.cbegin() - 1;
        const qsizetype bins = edges.size() - 1 - lowIndex + (belowACent > 0 ? 1 : 0);
        if (bins <= PeerComparison::maximumHistogramBins || edges.size() - lowIndex <= 2)
            break;
    }
    for (qsizetype i = 0; i < edges.size(); ++i) {
        edges[i] = toUsd(edges[i]);
        if (i > 0 && edges[i] <= edges[i - 1]) // a currency worth a millionth of a dollar
            edges[i] = edges[i - 1] + 1;
    }

    QList<PeerHistogramBin> bins;
    if (belowACent > 0)
        bins.append({floor, edges[lowIndex], belowACent});
    for (qsizetype i = lowIndex; i + 1 < edges.size(); ++i)
        bins.append({edges[i], edges[i + 1], 0});
    const qsizetype firstSpendBin = belowACent > 0 ? 1 : 0;
    for (auto spend = firstCounted; spend != sortedSpends.cend(); ++spend) {
        const qsizetype edge
            = std::upper_bound(edges.cbegin(), edges.cend(), *spend) - edges.cbegin() - 1;
        ++bins[firstSpendBin + edge - lowIndex].people;
    }
    return bins;
}

// The quarter-th quartile (1, 2 or 3) by linear interpolation between closest ranks: position
// h = (n − 1) · quarter / 4 in the sorted list, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]). This is
// numpy's default ("linear", Hyndman–Fan type 7) and R's default. The fraction is a multiple of
// a quarter, so the arithmetic stays in integers; the result is rounded half up to the micro.
qint64 quartile(const QList<qint64> &sorted, int quarter)
{
    const qsizetype scaled = (sorted.size() - 1) * quarter;
    const qsizetype index = scaled / 4;
    const qint64 remainder = scaled % 4;
    if (remainder == 0)
        return sorted[index];
    const qint64 step = sorted[index + 1] - sorted[index]; // ≥ 0: sorted
    return sorted[index] + (step * remainder + 2) / 4;
}

// Percentile rank, mid-rank form: the share of the group spending less than the person, plus
// half the share spending exactly the same (the person among them), × 100. The lowest of five
// distinct spenders is at 10, the highest at 90, everyone at 50 when all spent alike; the person
// is never at 0 or 100, which would read as "beyond everyone".
double percentileRank(const QList<qint64> &sorted, qint64 personSpend)
{
    const auto lower = std::lower_bound(sorted.cbegin(), sorted.cend(), personSpend);
    const auto upper = std::upper_bound(lower, sorted.cend(), personSpend);
    const qint64 less = lower - sorted.cbegin();
    const qint64 same = upper - lower;
    return double(2 * less + same) * 50.0 / double(sorted.size());
}

} // namespace

int PeerGroup::binOf(qint64 micros) const
{
    for (qsizetype i = 0; i < histogram.size(); ++i) {
        if (micros >= histogram[i].fromMicros && micros < histogram[i].toMicros)
            return int(i);
    }
    return -1;
}

QString peerGroupKindName(PeerGroupKind kind)
{
    return kind == PeerGroupKind::Team ? u"team"_s : u"org"_s;
}

PeerGroup PeerComparison::describeGroup(PeerGroupKind kind, const QString &name,
                                        QList<qint64> spends, qint64 personSpend,
                                        const PeerDisplayCurrency &currency)
{
    PeerGroup group;
    group.kind = kind;
    group.name = name;
    group.size = int(spends.size());
    group.isShown = group.size >= minimumGroupSize;
    if (!group.isShown)
        return group;
    std::sort(spends.begin(), spends.end());
    group.firstQuartileMicros = quartile(spends, 1);
    group.medianMicros = quartile(spends, 2);
    group.thirdQuartileMicros = quartile(spends, 3);
    group.percentile = percentileRank(spends, personSpend);
    group.histogram = histogram(spends, currency);
    return group;
}

QString PeerQuery::settingKey()
{
    return u"peer_comparison"_s;
}

bool PeerQuery::isComparisonEnabled(Ledger &ledger)
{
    return ledger.setting(settingKey(), u"on"_s) == "on"_L1;
}

Status PeerQuery::setComparisonEnabled(Ledger &ledger, bool enabled)
{
    return ledger.setSetting(settingKey(), enabled ? u"on"_s : u"off"_s);
}

Result<PeerComparison> PeerQuery::run(const PeerRequest &request)
{
    if (!request.days.isValid())
        return Error {ErrorCode::InvalidArgument, u"peer comparison: no valid period"_s};
    PeopleDirectory directory(m_ledger);
    Result<QList<Person>> people = directory.people();
    if (!people)
        return people.error();
    const auto person = std::find_if(people->cbegin(), people->cend(), [&](const Person &each) {
        return each.email.compare(request.personEmail.trimmed(), Qt::CaseInsensitive) == 0;
    });
    if (person == people->cend())
        return Error {ErrorCode::NotFound,
                      u"nobody in the people directory has the email %1"_s.arg(
                          request.personEmail.trimmed())};

    PeerComparison comparison;
    comparison.personEmail = person->email;
    comparison.days = request.days;
    comparison.timeZone = QString::fromUtf8(m_ledger.reportingTimeZone().id());
    comparison.isEnabled = isComparisonEnabled(m_ledger);

    // One read of the person rollup, grouped by person. Switched off, only the person's own row
    // is read: there is nothing to compare with.
    ReportRequest spend;
    spend.groupBy = {ReportKey::Person};
    spend.since = request.days.first;
    spend.until = request.days.last;
    if (!comparison.isEnabled)
        spend.personEmail = person->email;
    Result<Report> report = ReportQuery(m_ledger).run(spend);
    if (!report)
        return report.error();
    QHash<QString, qint64> spentByEmail; // the rollup names people by their stored email
    for (const ReportRow &row : std::as_const(report->rows)) {
        const QString &email = row.keys.value(0);
        if (email.isNull())
            continue; // usage of no known person (person id 0) is not a peer
        spentByEmail.insert(email, row.totals.costMicros);
        if (email == person->email)
            comparison.tokens = row.totals.tokens.total();
    }
    comparison.spentMicros = spentByEmail.value(person->email);
    if (!comparison.isEnabled)
        return comparison;

    if (person->teamId != 0) {
        QSet<qint64> teamIds {person->teamId};
        if (request.includeSubteams) {
            Result<QList<Team>> teams = directory.teams();
            if (!teams)
                return teams.error();
            // Teams nest without cycles (a path per team); grow the set until it stops growing.
            for (qsizetype before = 0; before != teamIds.size();) {
                before = teamIds.size();
                for (const Team &team : std::as_const(*teams)) {
                    if (teamIds.contains(team.parentId))
                        teamIds.insert(team.id);
                }
            }
        }
        QList<qint64> spends;
        for (const Person &member : std::as_const(*people)) {
            if (teamIds.contains(member.teamId))
                spends.append(spentByEmail.value(member.email));
        }
        comparison.groups.append(
            PeerComparison::describeGroup(PeerGroupKind::Team, person->teamName, spends,
                                          comparison.spentMicros, request.currency));
    }
    QList<qint64> spends;
    spends.reserve(people->size());
    for (const Person &member : std::as_const(*people))
        spends.append(spentByEmail.value(member.email)); // nothing in the period: zero
    comparison.groups.append(PeerComparison::describeGroup(
        PeerGroupKind::Organisation, QString(), spends, comparison.spentMicros, request.currency));
    return comparison;
}

QStringList peerPeriodNames()
{
    return {u"week"_s, u"month"_s, u"last-month"_s, u"quarter"_s};
}

std::optional<DateSpan> peerPeriodDays(const QString &name, const QDate &today)
{
    if (name == "week"_L1)
        return DateSpan {today.addDays(1 - today.dayOfWeek()), today};
    if (name == "month"_L1)
        return reportPeriodDays(ReportPeriod::ThisMonth, today);
    if (name == "last-month"_L1)
        return reportPeriodDays(ReportPeriod::LastMonth, today);
    if (name == "quarter"_L1)
        return DateSpan {QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today};
    return std::nullopt;
}
