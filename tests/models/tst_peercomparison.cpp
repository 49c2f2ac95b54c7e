#include "analytics/peercomparison.h"
#include "core/currencydisplay.h"
#include "ledger/peopledirectory.h"
#include "support/budgettesting.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 usd = 1'000'000;
constexpr qint64 cent = 10'000;

QList<qint64> dollars(const QList<double> &amounts)
{
    QList<qint64> micros;
    for (const double amount : amounts)
        micros.append(qRound64(amount * usd));
    return micros;
}

// Every bin as from, to, people.
QList<qint64> flattened(const QList<PeerHistogramBin> &bins)
{
    QList<qint64> flat;
    for (const PeerHistogramBin &bin : bins)
        flat << bin.fromMicros << bin.toMicros << bin.people;
    return flat;
}

// Every text the value holds, for the privacy checks.
QString everyText(const PeerComparison &comparison)
{
    QString text = comparison.personEmail + u'\n' + comparison.timeZone;
    for (const PeerGroup &group : comparison.groups)
        text += u'\n' + group.name;
    return text;
}

} // namespace

// Quantiles, percentile ranks and histograms of fixed spend lists, and the comparison built from
// a ledger: team and organisation, k-anonymity, the privacy switch, nobody else named.
class tst_PeerComparison : public QObject
{
    Q_OBJECT

private slots:
    void quartilesAndPercentile_data();
    void quartilesAndPercentile();
    void groupsUnderFiveAreHidden_data();
    void groupsUnderFiveAreHidden();
    void histogram_data();
    void histogram();
    void histogramHoldsEveryoneInAtMostTwelveBins_data();
    void histogramHoldsEveryoneInAtMostTwelveBins();
    void binOfAnAmount();
    void histogramEdgesAreRoundInTheDisplayCurrency_data();
    void histogramEdgesAreRoundInTheDisplayCurrency();

    void init();
    void cleanup() { m_fixture.reset(); }
    void teamAndOrganisationFromTheLedger();
    void teamWithoutSubteams();
    void smallTeamHiddenOrganisationShown();
    void personWithoutTeamHasOnlyTheOrganisation();
    void periodBoundsAndTheReportingZone();
    void privacySwitch();
    void nobodyElseIsNamed();
    void unknownPerson();
    void periodNames_data();
    void periodNames();

private:
    PeerComparison compare(const QString &email, bool includeSubteams = true);
    std::unique_ptr<BudgetFixture> m_fixture;
};

void tst_PeerComparison::quartilesAndPercentile_data()
{
    QTest::addColumn<QList<qint64>>("spends"); // the person's included
    QTest::addColumn<qint64>("person");
    QTest::addColumn<qint64>("p25");
    QTest::addColumn<qint64>("median");
    QTest::addColumn<qint64>("p75");
    QTest::addColumn<double>("percentile");

    // Linear interpolation at h = (n − 1)p (numpy's default); percentile = less + half of same.
    QTest::newRow("odd, person in the middle")
        << dollars({5, 1, 4, 2, 3}) << 3 * usd << 2 * usd << 3 * usd << 4 * usd << 50.0;
    QTest::newRow("even, person highest") // h = 1.25, 2.5, 3.75
        << dollars({6, 1, 5, 2, 4, 3}) << 6 * usd << 2'250'000LL << 3'500'000LL << 4'750'000LL
        << 100.0 * 5.5 / 6;
    QTest::newRow("odd, person lowest")
        << dollars({5, 1, 9, 3, 7}) << 1 * usd << 3 * usd << 5 * usd << 7 * usd << 10.0;
    QTest::newRow("odd, person highest")
        << dollars({5, 1, 9, 3, 7}) << 9 * usd << 3 * usd << 5 * usd << 7 * usd << 90.0;
    QTest::newRow("seven, interpolated quartiles") // h = 1.5, 3, 4.5
        << dollars({0, 1, 5, 8, 10, 20, 40}) << 20 * usd << 3 * usd << 8 * usd << 15 * usd
        << 100.0 * 5.5 / 7;
    QTest::newRow("ties: half of those spending the same")
        << dollars({0, 2, 8, 2, 0, 2}) << 2 * usd << 500'000LL << 2 * usd << 2 * usd
        << 100.0 * 3.5 / 6;
    QTest::newRow("everyone alike")
        << dollars({4, 4, 4, 4, 4}) << 4 * usd << 4 * usd << 4 * usd << 4 * usd << 50.0;
    QTest::newRow("zero spenders count, person among them")
        << dollars({0, 0, 0, 10, 20}) << 0LL << 0LL << 0LL << 10 * usd << 30.0;
    QTest::newRow("nobody spent anything")
        << dollars({0, 0, 0, 0, 0, 0}) << 0LL << 0LL << 0LL << 0LL << 50.0;
    QTest::newRow("even, half a micro rounds up") // median 2.5 micro-dollars: 3
        << QList<qint64> {0, 1, 2, 3, 4, 5} << 0LL << 1LL << 3LL << 4LL << 100.0 * 0.5 / 6;
    QTest::newRow("eight, quarter positions") // h = 1.75, 3.5, 5.25
        << QList<qint64> {0, 100, 200, 300, 400, 500, 600, 700} << 700LL << 175LL << 350LL << 525LL
        << 100.0 * 7.5 / 8;
}

void tst_PeerComparison::quartilesAndPercentile()
{
    QFETCH(QList<qint64>, spends);
    QFETCH(qint64, person);
    const PeerGroup group
        = PeerComparison::describeGroup(PeerGroupKind::Team, u"Platform"_s, spends, person);
    QVERIFY(group.isShown);
    QCOMPARE(group.size, int(spends.size()));
    QTEST(group.firstQuartileMicros, "p25");
    QTEST(group.medianMicros, "median");
    QTEST(group.thirdQuartileMicros, "p75");
    QTEST(group.percentile, "percentile");
}

void tst_PeerComparison::groupsUnderFiveAreHidden_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("shown");
    QTest::newRow("1") << 1 << false;
    QTest::newRow("4") << 4 << false;
    QTest::newRow("5") << 5 << true;
    QTest::newRow("6") << 6 << true;
}

void tst_PeerComparison::groupsUnderFiveAreHidden()
{
    QFETCH(int, size);
    QList<qint64> spends;
    for (int i = 0; i < size; ++i)
        spends.append((i + 1) * usd);
    const PeerGroup group
        = PeerComparison::describeGroup(PeerGroupKind::Organisation, QString(), spends, usd);
    QCOMPARE(group.size, size);
    QTEST(group.isShown, "shown");
    if (!group.isShown) {
        QCOMPARE(group.medianMicros, qint64(0));
        QCOMPARE(group.firstQuartileMicros, qint64(0));
        QCOMPARE(group.thirdQuartileMicros, qint64(0));
        QCOMPARE(group.percentile, 0.0);
        QVERIFY(group.histogram.isEmpty());
    }
}

void tst_PeerComparison::histogram_data()
{
    QTest::addColumn<QList<qint64>>("spends");
    QTest::addColumn<QList<qint64>>("bins"); // from, to, people

    QTest::newRow("nobody spent a cent")
        << QList<qint64> {0, 0, 0, 0, 9'999} << QList<qint64> {0, cent, 5};
    // One decade fits the finest series (R10); nobody below the first edge: no zero bin.
    QTest::newRow("one decade, preferred-number edges")
        << dollars({1.00, 1.30, 2.40, 5.00, 9.99})
        << QList<qint64> {1'000'000, 1'250'000, 1, 1'250'000, 1'600'000,  1,
                          1'600'000, 2'000'000, 0, 2'000'000, 2'500'000,  1,
                          2'500'000, 3'150'000, 0, 3'150'000, 4'000'000,  0,
                          4'000'000, 5'000'000, 0, 5'000'000, 6'300'000,  1,
                          6'300'000, 8'000'000, 0, 8'000'000, 10'000'000, 1};
    // Edges never sit on the lowest or highest spend: $3.20 and $9.10 lie inside their bins.
    QTest::newRow("zero spenders get the first bin")
        << dollars({0, 0, 3.20, 4.50, 9.10})
        << QList<qint64> {0,         3'150'000, 2, 3'150'000, 4'000'000,  1,
                          4'000'000, 5'000'000, 1, 5'000'000, 6'300'000,  0,
                          6'300'000, 8'000'000, 0, 8'000'000, 10'000'000, 1};
    // Three decades: R10 and R5 need too many bins, 1-2-5 needs nine.
    QTest::newRow("skewed, three decades")
        << dollars({0, 0.50, 2, 3, 30, 400})
        << QList<qint64> {0,           500'000,     1, 500'000,     1'000'000,   1,
                          1'000'000,   2'000'000,   0, 2'000'000,   5'000'000,   2,
                          5'000'000,   10'000'000,  0, 10'000'000,  20'000'000,  0,
                          20'000'000,  50'000'000,  1, 50'000'000,  100'000'000, 0,
                          100'000'000, 200'000'000, 0, 200'000'000, 500'000'000, 1};
    // Six decades ($0.05 to $20,000): whole decades.
    QTest::newRow("six decades") << dollars({0.05, 1, 1, 150, 20'000})
                                 << QList<qint64> {cent,           100'000,         1,
                                                   100'000,        1'000'000,       0,
                                                   1'000'000,      10'000'000,      2,
                                                   10'000'000,     100'000'000,     0,
                                                   100'000'000,    1'000'000'000,   1,
                                                   1'000'000'000,  10'000'000'000,  0,
                                                   10'000'000'000, 100'000'000'000, 1};
    QTest::newRow("an edge value starts its bin")
        << dollars({2, 2, 2, 2.50, 2.50})
        << QList<qint64> {2'000'000, 2'500'000, 3, 2'500'000, 3'150'000, 2};
}

void tst_PeerComparison::histogram()
{
    QFETCH(QList<qint64>, spends);
    const PeerGroup group
        = PeerComparison::describeGroup(PeerGroupKind::Organisation, QString(), spends, 0);
    QTEST(flattened(group.histogram), "bins");
}

void tst_PeerComparison::histogramEdgesAreRoundInTheDisplayCurrency_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("microsPerUsd");
    QTest::newRow("EUR 0.92") << u"EUR"_s << qint64(920'000);
    QTest::newRow("GBP 0.7861") << u"GBP"_s << qint64(786'100);
    QTest::newRow("JPY 149.5") << u"JPY"_s << qint64(149'500'000);
}

void tst_PeerComparison::histogramEdgesAreRoundInTheDisplayCurrency()
{
    QFETCH(QString, code);
    QFETCH(qint64, microsPerUsd);
    const std::optional<CurrencyDisplay> currency = CurrencyDisplay::make(code, microsPerUsd);
    QVERIFY(currency);
    QList<qint64> spends = {0, 3 * cent, 90 * cent, 4 * usd, 17 * usd, 230 * usd, 1'800 * usd};
    const qint64 smallestUnit = currency->minorDigits() == 0 ? 1'000'000 : 10'000;
    const PeerGroup group = PeerComparison::describeGroup(
        PeerGroupKind::Organisation, QString(), spends, 4 * usd, {microsPerUsd, smallestUnit});
    int people = 0;
    for (qsizetype i = 0; i < group.histogram.size(); ++i) {
        const PeerHistogramBin &bin = group.histogram[i];
        people += bin.people;
        if (i > 0)
            QCOMPARE(bin.fromMicros, group.histogram[i - 1].toMicros);
        // Every edge above zero reads as a preferred number of the currency (1, 1.25, 1.6, 2,
        // 2.5, 3.15, 4, 5, 6.3, 8 times a power of ten), to its smallest unit.
        const qint64 edge = bin.toMicros;
        // In hundredths of the smallest unit: a preferred number has at most three digits.
        qint64 mantissa = (currency->toMicros(edge) * 100 + smallestUnit / 2) / smallestUnit;
        while (mantissa > 0 && mantissa % 10 == 0)
            mantissa /= 10;
        QVERIFY2(QList<qint64>({1, 125, 16, 2, 25, 315, 4, 5, 63, 8}).contains(mantissa),
                 qPrintable(currency->format(edge)));
    }
    QCOMPARE(people, spends.size());
    for (const qint64 spend : std::as_const(spends))
        QVERIFY(group.binOf(spend) >= 0);
    // The person's own bar: 4 dollars.
    const PeerHistogramBin &own = group.histogram[group.binOf(4 * usd)];
    QVERIFY(own.fromMicros <= 4 * usd && 4 * usd < own.toMicros);
}

void tst_PeerComparison::histogramHoldsEveryoneInAtMostTwelveBins_data()
{
    QTest::addColumn<QList<qint64>>("spends");
    QTest::newRow("sub-cent and huge") << QList<qint64> {0, 1, 9'999, cent, 7'000'000'000'000};
    QTest::newRow("twelve decades")
        << QList<qint64> {0, cent, 1'000'000, 1'000'000'000, 1'000'000'000'000'000};
    QTest::newRow("one value") << QList<qint64> {77'777, 77'777, 77'777, 77'777, 77'777};
    QTest::newRow("a refund below zero") << QList<qint64> {-5 * usd, 0, 0, usd, 2 * usd};
    QList<qint64> wide;
    for (qint64 micros = cent; micros < 100'000 * usd; micros = micros * 3 / 2)
        wide.append(micros);
    QTest::newRow("many people, seven decades") << wide;
}

void tst_PeerComparison::histogramHoldsEveryoneInAtMostTwelveBins()
{
    QFETCH(QList<qint64>, spends);
    const PeerGroup group
        = PeerComparison::describeGroup(PeerGroupKind::Organisation, QString(), spends, 0);
    QVERIFY(!group.histogram.isEmpty());
    QVERIFY(group.histogram.size() <= PeerComparison::maximumHistogramBins);
    int people = 0;
    for (qsizetype i = 0; i < group.histogram.size(); ++i) {
        const PeerHistogramBin &bin = group.histogram[i];
        QVERIFY(bin.fromMicros < bin.toMicros);
        if (i > 0)
            QCOMPARE(bin.fromMicros, group.histogram[i - 1].toMicros); // contiguous
        people += bin.people;
    }
    QCOMPARE(people, spends.size());
    for (const qint64 spend : std::as_const(spends)) {
        QVERIFY(spend >= group.histogram.first().fromMicros);
        QVERIFY(spend < group.histogram.last().toMicros);
    }
}

// The budget fixture's organisation (Rita in Leadership; Ana in Engineering; Pia, Ben, Cy in
// Engineering/Platform; Dan in Sales) plus Eve in Platform and Finn without a team: Engineering
// with its sub-team has five people, Platform four, the organisation eight.
void tst_PeerComparison::init()
{
    m_fixture = std::make_unique<BudgetFixture>();
    const Result<PeopleImportStats> imported
        = PeopleDirectory(m_fixture->ledger())
              .importCsv("email,name,team,manager,role,identities\n"
                         "eve@example.com,Eve,Engineering/Platform,,employee,\n"
                         "finn@example.com,Finn,,,employee,\n");
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().detail));

    // November 2026 (UTC days). Pia and Finn spend nothing in it.
    const qint64 november = BudgetFixture::utc(2026, 11, 10);
    m_fixture->spend(u"rita@example.com"_s, november, 10 * usd);
    m_fixture->spend(u"ana@example.com"_s, november, 15 * usd, 1'500);
    m_fixture->spend(u"ana@example.com"_s, BudgetFixture::utc(2026, 11, 30, 23, 59), 5 * usd, 500);
    m_fixture->spend(u"ben@example.com"_s, november, 5 * usd);
    m_fixture->spend(u"cy@example.com"_s, november, 40 * usd);
    m_fixture->spend(u"dan@example.com"_s, november, 1 * usd);
    m_fixture->spend(u"eve@example.com"_s, november, 8 * usd);
    // Outside the month: not counted.
    m_fixture->spend(u"pia@example.com"_s, BudgetFixture::utc(2026, 10, 31, 23, 59), 900 * usd);
    m_fixture->spend(u"pia@example.com"_s, BudgetFixture::utc(2026, 12, 1, 0, 0), 900 * usd);
    // Usage of nobody known (person id 0) is not a peer.
    m_fixture->spend(u"stranger@elsewhere.example"_s, november, 5'000 * usd);
}

PeerComparison tst_PeerComparison::compare(const QString &email, bool includeSubteams)
{
    PeerRequest request;
    request.personEmail = email;
    request.days = {QDate(2026, 11, 1), QDate(2026, 11, 30)};
    request.includeSubteams = includeSubteams;
    Result<PeerComparison> comparison = PeerQuery(m_fixture->ledger()).run(request);
    if (!comparison) {
        qWarning("%s", qPrintable(comparison.error().detail));
        return {};
    }
    return *comparison;
}

void tst_PeerComparison::teamAndOrganisationFromTheLedger()
{
    const PeerComparison ana = compare(u"ANA@example.com"_s);
    QCOMPARE(ana.personEmail, u"ana@example.com"_s);
    QCOMPARE(ana.days, (DateSpan {QDate(2026, 11, 1), QDate(2026, 11, 30)}));
    QCOMPARE(ana.timeZone, u"UTC"_s);
    QCOMPARE(ana.spentMicros, 20 * usd);
    QCOMPARE(ana.tokens, qint64(2'000));
    QVERIFY(ana.isEnabled);
    QCOMPARE(ana.groups.size(), 2);

    // Engineering with Platform: Ana 20, Pia 0, Ben 5, Cy 40, Eve 8.
    const PeerGroup &team = ana.groups[0];
    QCOMPARE(team.kind, PeerGroupKind::Team);
    QCOMPARE(team.name, u"Engineering"_s);
    QCOMPARE(team.size, 5);
    QVERIFY(team.isShown);
    QCOMPARE(team.firstQuartileMicros, 5 * usd);
    QCOMPARE(team.medianMicros, 8 * usd);
    QCOMPARE(team.thirdQuartileMicros, 20 * usd);
    QCOMPARE(team.percentile, 70.0);

    // Everyone: 0 (Pia), 0 (Finn), 1, 5, 8, 10, 20, 40; the stranger's $5,000 is nobody's.
    const PeerGroup &organisation = ana.groups[1];
    QCOMPARE(organisation.kind, PeerGroupKind::Organisation);
    QVERIFY(organisation.name.isNull());
    QCOMPARE(organisation.size, 8);
    QVERIFY(organisation.isShown);
    QCOMPARE(organisation.firstQuartileMicros, qint64(750'000)); // h = 1.75
    QCOMPARE(organisation.medianMicros, 6'500'000LL); // h = 3.5
    QCOMPARE(organisation.thirdQuartileMicros, 12'500'000LL); // h = 5.25
    QCOMPARE(organisation.percentile, 100.0 * 6.5 / 8);
    int people = 0;
    for (const PeerHistogramBin &bin : organisation.histogram)
        people += bin.people;
    QCOMPARE(people, 8);
    QVERIFY(organisation.histogram.last().toMicros <= 100 * usd);
    QCOMPARE(organisation.histogram.first(), (PeerHistogramBin {0, usd, 2}));
}

void tst_PeerComparison::teamWithoutSubteams()
{
    // Engineering alone is Ana: hidden.
    const PeerComparison ana = compare(u"ana@example.com"_s, false);
    QCOMPARE(ana.groups.size(), 2);
    QCOMPARE(ana.groups[0].name, u"Engineering"_s);
    QCOMPARE(ana.groups[0].size, 1);
    QVERIFY(!ana.groups[0].isShown);
    QVERIFY(ana.groups[1].isShown);
}

void tst_PeerComparison::smallTeamHiddenOrganisationShown()
{
    // Platform has four people: Pia, Ben, Cy, Eve.
    const PeerComparison ben = compare(u"ben@example.com"_s);
    QCOMPARE(ben.spentMicros, 5 * usd);
    QCOMPARE(ben.groups.size(), 2);
    const PeerGroup &team = ben.groups[0];
    QCOMPARE(team.name, u"Platform"_s);
    QCOMPARE(team.size, 4);
    QVERIFY(!team.isShown);
    QCOMPARE(team.medianMicros, qint64(0));
    QVERIFY(team.histogram.isEmpty());
    QVERIFY(ben.groups[1].isShown);
    QCOMPARE(ben.groups[1].percentile, 100.0 * 3.5 / 8);

    // A fifth member makes it a group to show.
    QVERIFY(PeopleDirectory(m_fixture->ledger())
                .importCsv("email,name,team,manager,role,identities\n"
                           "gil@example.com,Gil,Engineering/Platform,,employee,\n"));
    const PeerComparison again = compare(u"ben@example.com"_s);
    QCOMPARE(again.groups[0].size, 5);
    QVERIFY(again.groups[0].isShown);
    QCOMPARE(again.groups[0].medianMicros, 5 * usd); // 0, 0, 5, 8, 40
    QCOMPARE(again.groups[1].size, 9);
}

void tst_PeerComparison::personWithoutTeamHasOnlyTheOrganisation()
{
    const PeerComparison finn = compare(u"finn@example.com"_s);
    QCOMPARE(finn.spentMicros, qint64(0));
    QCOMPARE(finn.tokens, qint64(0));
    QCOMPARE(finn.groups.size(), 1);
    QCOMPARE(finn.groups[0].kind, PeerGroupKind::Organisation);
    QCOMPARE(finn.groups[0].percentile, 100.0 * 1 / 8); // two at zero: half of them
}

void tst_PeerComparison::periodBoundsAndTheReportingZone()
{
    // Pia's $900 at 23:59 UTC on 31 October is 1 November in Berlin.
    QVERIFY(m_fixture->ledger().setReportingTimeZone(QTimeZone("Europe/Berlin")));
    const PeerComparison pia = compare(u"pia@example.com"_s);
    QCOMPARE(pia.timeZone, u"Europe/Berlin"_s);
    QCOMPARE(pia.spentMicros, 900 * usd);
    // Ana's $5 at 23:59 UTC on 30 November is 1 December there.
    QCOMPARE(compare(u"ana@example.com"_s).spentMicros, 15 * usd);
}

void tst_PeerComparison::privacySwitch()
{
    Ledger &ledger = m_fixture->ledger();
    QVERIFY(PeerQuery::isComparisonEnabled(ledger)); // on unless the admin turns it off
    QVERIFY(PeerQuery::setComparisonEnabled(ledger, false));
    QCOMPARE(ledger.setting(u"peer_comparison"_s), u"off"_s);
    QVERIFY(!PeerQuery::isComparisonEnabled(ledger));

    const PeerComparison ana = compare(u"ana@example.com"_s);
    QVERIFY(!ana.isEnabled);
    QVERIFY(ana.groups.isEmpty());
    QCOMPARE(ana.spentMicros, 20 * usd); // her own numbers stay hers to see
    QCOMPARE(ana.tokens, qint64(2'000));

    QVERIFY(ledger.setSetting(u"peer_comparison"_s, u"no thanks"_s));
    QVERIFY(!PeerQuery::isComparisonEnabled(ledger)); // unclear means off
    QVERIFY(PeerQuery::setComparisonEnabled(ledger, true));
    QCOMPARE(ledger.setting(u"peer_comparison"_s), u"on"_s);
    QCOMPARE(compare(u"ana@example.com"_s).groups.size(), 2);
}

void tst_PeerComparison::nobodyElseIsNamed()
{
    const QStringList everyone
        = {u"rita"_s, u"ana"_s, u"pia"_s, u"ben"_s, u"cy"_s, u"dan"_s, u"eve"_s, u"finn"_s};
    for (const QString &person : everyone) {
        const QString text = everyText(compare(person + u"@example.com"_s));
        for (const QString &other : everyone) {
            if (other == person)
                continue;
            QVERIFY2(!text.contains(other + u"@example.com"_s, Qt::CaseInsensitive),
                     qPrintable(person + u" sees "_s + other));
            // Whole texts: a team may well contain a name as part of a word.
            QVERIFY2(!text.split(u'\n').contains(other, Qt::CaseInsensitive),
                     qPrintable(person + u" sees "_s + other));
        }
    }
}

void tst_PeerComparison::unknownPerson()
{
    PeerRequest request;
    request.personEmail = u"stranger@elsewhere.example"_s; // has usage, is nobody's
    request.days = {QDate(2026, 11, 1), QDate(2026, 11, 30)};
    const Result<PeerComparison> comparison = PeerQuery(m_fixture->ledger()).run(request);
    QVERIFY(!comparison);
    QCOMPARE(comparison.error().code, ErrorCode::NotFound);
    QVERIFY(comparison.error().detail.contains(u"stranger@elsewhere.example"_s));
}

void tst_PeerComparison::periodNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    const QDate sunday(2026, 11, 22);
    QTest::newRow("week, on a Sunday") << u"week"_s << sunday << QDate(2026, 11, 16) << sunday;
    QTest::newRow("week, on a Monday")
        << u"week"_s << QDate(2026, 11, 16) << QDate(2026, 11, 16) << QDate(2026, 11, 16);
    QTest::newRow("month") << u"month"_s << sunday << QDate(2026, 11, 1) << sunday;
    QTest::newRow("last month in January")
        << u"last-month"_s << QDate(2027, 1, 10) << QDate(2026, 12, 1) << QDate(2026, 12, 31);
    QTest::newRow("quarter") << u"quarter"_s << sunday << QDate(2026, 10, 1) << sunday;
    QTest::newRow("quarter, its first day")
        << u"quarter"_s << QDate(2026, 4, 1) << QDate(2026, 4, 1) << QDate(2026, 4, 1);
    QTest::newRow("quarter, March")
        << u"quarter"_s << QDate(2026, 3, 31) << QDate(2026, 1, 1) << QDate(2026, 3, 31);
}

void tst_PeerComparison::periodNames()
{
    QFETCH(QString, name);
    QFETCH(QDate, today);
    QVERIFY(peerPeriodNames().contains(name));
    const std::optional<DateSpan> days = peerPeriodDays(name, today);
    QVERIFY(days);
    QTEST(days->first, "first");
    QTEST(days->last, "last");
    QVERIFY(!peerPeriodDays(u"fortnight"_s, today));
}

void tst_PeerComparison::binOfAnAmount()
{
    const PeerGroup group = PeerComparison::describeGroup(PeerGroupKind::Organisation, QString(),
                                                          dollars({0, 0, 3.20, 4.50, 9.10}), 0);
    // Bins: [0, 3.15) [3.15, 4) [4, 5) [5, 6.30) [6.30, 8) [8, 10)
    QCOMPARE(group.binOf(0), 0);
    QCOMPARE(group.binOf(3'149'999), 0);
    QCOMPARE(group.binOf(3'150'000), 1);
    QCOMPARE(group.binOf(4'500'000), 2);
    QCOMPARE(group.binOf(9'100'000), 5);
    QCOMPARE(group.binOf(10 * usd), -1);
    QCOMPARE(group.binOf(-1), -1);
    const PeerGroup hidden = PeerComparison::describeGroup(PeerGroupKind::Team, u"Platform"_s,
                                                           dollars({1, 2, 3, 4}), usd);
    QCOMPARE(hidden.binOf(usd), -1);
}

QTEST_GUILESS_MAIN(tst_PeerComparison)
#include "tst_peercomparison.moc"
