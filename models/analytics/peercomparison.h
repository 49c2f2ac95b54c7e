#pragma once

#include "analytics/reportperiod.h"
#include "core/money.h"
#include "core/result.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

class Ledger;

// One bar of a peer distribution: the people whose spend s in the period is
// fromMicros <= s < toMicros.
// The currency a person reads the histogram in (CurrencyDisplay's rate and smallest unit), so the
// bins open at round amounts of it: "40–50 €" rather than dollar edges converted.
struct PeerDisplayCurrency
{
    qint64 microsPerUsd = Money::microsPerDollar;
    qint64 smallestUnitMicros = 10'000; // a cent; a yen is 1,000,000
};

struct PeerHistogramBin
{
    qint64 fromMicros = 0;
    qint64 toMicros = 0;
    int people = 0;
    friend bool operator==(const PeerHistogramBin &, const PeerHistogramBin &) = default;
};

enum class PeerGroupKind { Team, Organisation };
QString peerGroupKindName(PeerGroupKind kind); // "team", "org" (command line, JSON)

// A group of peers seen only as a distribution: sizes, quantiles, a histogram, never a person.
struct PeerGroup
{
    PeerGroupKind kind = PeerGroupKind::Organisation;
    QString name; // the team's name; null for the organisation
    int size = 0; // people in the group, the person compared included
    // size >= PeerComparison::minimumGroupSize (k-anonymity). A hidden group carries nothing
    // but its kind, name and size: the figures below are not even computed for it.
    bool isShown = false;
    qint64 medianMicros = 0;
    qint64 firstQuartileMicros = 0;
    qint64 thirdQuartileMicros = 0;
    double percentile = 0; // 0–100, see PeerComparison::describeGroup
    QList<PeerHistogramBin> histogram; // ascending, contiguous, every member in one bin

    // The index of the histogram bin an amount falls in (the person's own spend: their bar);
    // -1 for a hidden group or an amount outside every bin.
    int binOf(qint64 micros) const;
};

// How one person's spend in a period compares with their team's and the organisation's. Holds
// the person's own email and figures and, of everybody else, only group figures: no other name,
// email or individual amount.
struct PeerComparison
{
    static constexpr int minimumGroupSize = 5;
    static constexpr int maximumHistogramBins = 12;

    QString personEmail;
    DateSpan days; // inclusive local days in timeZone
    QString timeZone;
    qint64 spentMicros = 0; // billed + estimated; usage without a price adds nothing
    qint64 tokens = 0;
    bool isEnabled = true; // the admin's switch (PeerQuery::isComparisonEnabled); off: no groups
    QList<PeerGroup> groups; // the person's team first (when they have one), then the organisation

    // The figures of a group from every member's spend (the person's included, zero for people
    // who used nothing), as the person with `personSpend` sees them. A group smaller than
    // minimumGroupSize comes back hidden, with no figures. The histogram's edges are round
    // amounts of `currency`, in micro-dollars like every other figure.
    static PeerGroup describeGroup(PeerGroupKind kind, const QString &name, QList<qint64> spends,
                                   qint64 personSpend, const PeerDisplayCurrency &currency = {});
};
Q_DECLARE_METATYPE(PeerComparison)

struct PeerRequest
{
    QString personEmail;
    DateSpan days; // inclusive, in the ledger's reporting time zone
    bool includeSubteams = true; // the team group counts the teams nested in the person's team
    PeerDisplayCurrency currency; // the histogram's bins open at round amounts of it
};

// Computes a PeerComparison from the person rollup (one grouped read for the whole
// organisation) and the people directory. Usage nobody is known for (no person) is no peer.
class PeerQuery
{
public:
    explicit PeerQuery(Ledger &ledger) : m_ledger(ledger) { }
    // NotFound when nobody in the directory has the email.
    Result<PeerComparison> run(const PeerRequest &request);

    // The admin's privacy switch: the ledger setting "peer_comparison", "on" (the default when
    // unset) or "off". Any other value counts as off: when in doubt, show less.
    static QString settingKey();
    static bool isComparisonEnabled(Ledger &ledger);
    static Status setComparisonEnabled(Ledger &ledger, bool enabled);

private:
    Ledger &m_ledger;
};

// The periods `burnrate-cli peers --period` names: "week" (ISO week, Monday to today), "month"
// (the 1st to today), "last-month" (the whole previous month), "quarter" (the calendar
// quarter's first day to today).
QStringList peerPeriodNames();
std::optional<DateSpan> peerPeriodDays(const QString &name, const QDate &today);
