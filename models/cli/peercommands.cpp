// burnrate-cli peers: how a person's spend compares with their team's and the organisation's,
// as distributions only (no peer is named; groups under five people are not shown).

#include "analytics/peercomparison.h"
#include "clioutput.h"
#include "commandline.h"
#include "core/calendar.h"
#include "core/clock.h"
#include "core/money.h"
#include "ledger/ledger.h"

#include <QCommandLineParser>

#include <algorithm>

using namespace CliOutput;
using namespace Qt::StringLiterals;

namespace {

QString percentileText(double percentile)
{
    return QString::number(percentile, 'f', 1);
}

QString groupLabel(const PeerGroup &group)
{
    return group.kind == PeerGroupKind::Team ? u"team "_s + group.name : u"organisation"_s;
}

QString jsonGroup(const PeerGroup &group)
{
    QString json = u"{\"group\":%1,\"name\":%2,\"size\":%3,\"shown\":%4"_s.arg(
        jsonString(peerGroupKindName(group.kind)), jsonString(group.name),
        QString::number(group.size), group.isShown ? u"true"_s : u"false"_s);
    if (!group.isShown)
        return json + u'}';
    QStringList bins;
    for (const PeerHistogramBin &bin : group.histogram)
        bins.append(u"{\"from_usd\":%1,\"to_usd\":%2,\"people\":%3}"_s.arg(
            jsonUsd(bin.fromMicros), jsonUsd(bin.toMicros), QString::number(bin.people)));
    return json
        + u",\"median_usd\":%1,\"p25_usd\":%2,\"p75_usd\":%3,\"percentile\":%4,\"histogram\":[%5]}"_s
              .arg(jsonUsd(group.medianMicros), jsonUsd(group.firstQuartileMicros),
                   jsonUsd(group.thirdQuartileMicros), percentileText(group.percentile),
                   bins.join(u','));
}

// One line per bin, a bar of '#' scaled to the fullest bin, the person's bin marked.
QString histogramText(const PeerGroup &group, qint64 personSpend)
{
    int fullest = 1;
    for (const PeerHistogramBin &bin : group.histogram)
        fullest = std::max(fullest, bin.people);
    QList<QStringList> rows;
    for (const PeerHistogramBin &bin : group.histogram) {
        const int width
            = bin.people == 0 ? 0 : std::max(1, (bin.people * 30 + fullest / 2) / fullest);
        const bool isPersons = personSpend >= bin.fromMicros && personSpend < bin.toMicros;
        rows.append({Money::formatUsd(bin.fromMicros) + u" to "_s + Money::formatUsd(bin.toMicros),
                     QString::number(bin.people),
                     QString(width, u'#') + (isPersons ? u"  <- you"_s : QString())});
    }
    qsizetype rangeWidth = 0;
    qsizetype countWidth = 0;
    for (const QStringList &row : std::as_const(rows)) {
        rangeWidth = std::max(rangeWidth, row[0].size());
        countWidth = std::max(countWidth, row[1].size());
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        const QString line = row[0].leftJustified(rangeWidth) + u"  "_s
            + row[1].rightJustified(countWidth) + u"  "_s + row[2];
        text += u"  "_s + line.trimmed() + u'\n';
    }
    return text;
}

} // namespace

int CommandLine::peersCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{u"person"_s, QString(), u"email"_s},
                       {u"period"_s, QString(), u"period"_s},
                       {u"no-subteams"_s, QString()}});
    if (!parser.parse(QStringList {u"peers"_s} + arguments))
        return usageError(u"peers: "_s + parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            u"peers: unexpected argument \"%1\""_s.arg(parser.positionalArguments().first()));
    const QString email = parser.value(u"person"_s).trimmed();
    if (email.isEmpty())
        return usageError(u"peers: --person EMAIL is required"_s);
    const QString period = parser.isSet(u"period"_s) ? parser.value(u"period"_s) : u"month"_s;
    if (!peerPeriodNames().contains(period))
        return usageError(u"peers: --period must be %1, not \"%2\""_s.arg(
            peerPeriodNames().join(u", "_s), period));

    Result<std::unique_ptr<Ledger>> ledger = openLedger(ledgerPath(), true);
    if (!ledger)
        return failure(ledger.error().detail);
    // "Today" is the clock's date in the ledger's reporting zone, the zone its days are counted in.
    const QDate today = todayIn(m_clock, (*ledger)->reportingTimeZone());
    PeerRequest request;
    request.personEmail = email;
    request.days = *peerPeriodDays(period, today);
    request.includeSubteams = !parser.isSet(u"no-subteams"_s);
    Result<PeerComparison> result = PeerQuery(**ledger).run(request);
    if (!result) {
        if (result.error().code == ErrorCode::NotFound)
            return failure(u"peers: %1 is not in the people directory (see 'burnrate-cli people "
                           u"list')"_s.arg(email));
        return failure(u"peers: "_s + result.error().detail);
    }
    const PeerComparison &comparison = *result;

    if (m_json) {
        QStringList groups;
        for (const PeerGroup &group : comparison.groups)
            groups.append(jsonGroup(group));
        m_out << u"{\"person\":%1,\"period_start\":%2,\"period_end\":%3,\"timezone\":%4,"
                 u"\"spent_usd\":%5,\"tokens\":%6,\"peer_comparison\":%7,\"groups\":[%8]}\n"_s.arg(
                     jsonString(comparison.personEmail),
                     jsonString(Calendar::dayKey(comparison.days.first)),
                     jsonString(Calendar::dayKey(comparison.days.last)),
                     jsonString(comparison.timeZone), jsonUsd(comparison.spentMicros),
                     QString::number(comparison.tokens),
                     jsonString(comparison.isEnabled ? u"on"_s : u"off"_s), groups.join(u','));
        return 0;
    }

    m_out << u"%1, %2 to %3 (days in %4): spent %5, %6 tokens.\n"_s.arg(
        comparison.personEmail, Calendar::dayKey(comparison.days.first),
        Calendar::dayKey(comparison.days.last), comparison.timeZone,
        Money::formatUsd(comparison.spentMicros), groupedNumber(comparison.tokens));
    if (!comparison.isEnabled) {
        m_out << u"Peer comparison is switched off for this organisation (ledger setting "
                 u"%1).\n"_s.arg(PeerQuery::settingKey());
        return 0;
    }
    QList<QStringList> rows;
    bool anyHidden = false;
    for (const PeerGroup &group : comparison.groups) {
        if (!group.isShown) {
            anyHidden = true;
            rows.append({groupLabel(group), QString::number(group.size), u"-"_s, u"-"_s, u"-"_s,
                         u"not shown"_s});
            continue;
        }
        rows.append(
            {groupLabel(group), QString::number(group.size),
             Money::formatUsd(group.firstQuartileMicros), Money::formatUsd(group.medianMicros),
             Money::formatUsd(group.thirdQuartileMicros), percentileText(group.percentile)});
    }
    m_out << u"\n"_s
          << renderTable({u"group"_s, u"people"_s, u"25th pct"_s, u"median"_s, u"75th pct"_s,
                          u"your percentile"_s},
                         rows, 1);
    for (const PeerGroup &group : comparison.groups) {
        if (group.isShown)
            m_out << u"\nSpend in the %1 (people per range):\n"_s.arg(groupLabel(group))
                  << histogramText(group, comparison.spentMicros);
    }
    m_out << u"\nPeers are shown only as distributions, never by name"_s
          << (anyHidden ? u"; a group of fewer than %1 people is not shown.\n"_s.arg(
                  PeerComparison::minimumGroupSize)
                        : u".\n"_s);
    return 0;
}
