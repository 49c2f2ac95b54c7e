#include "budgets/budgetstore.h"
#include "core/money.h"
#include "demo/demoorganisation.h"
#include "ledger/peopledirectory.h"
#include "ledger/reportquery.h"
#include "ledger/sqlitedatabase.h"
#include "support/fakeclock.h"
#include "support/templedger.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSet>
#include <QtTest>

namespace {

const QDate endDate(2026, 11, 22);

DemoOptions options(quint64 seed = 42, int days = 90)
{
    DemoOptions result;
    result.seed = seed;
    result.endDate = endDate;
    result.days = days;
    return result;
}

Report report(Ledger &ledger, const QString &keys, std::optional<QDate> since = std::nullopt)
{
    ReportRequest request;
    Result<QList<ReportKey>> parsed = parseReportKeys(keys);
    if (!parsed)
        qFatal("bad report keys %s", qPrintable(keys));
    request.groupBy = *parsed;
    request.since = since;
    Result<Report> result = ReportQuery(ledger).run(request);
    if (!result)
        qFatal("report failed: %s", qPrintable(result.error().detail));
    return *result;
}

QString totalsText(const ReportTotals &totals)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 r%7 n%8 $%9 e%10 u%11")
        .arg(totals.tokens.input)
        .arg(totals.tokens.cacheWrite5m + totals.tokens.cacheWrite1h)
        .arg(totals.tokens.cacheRead)
        .arg(totals.tokens.output)
        .arg(totals.tokens.reasoning)
        .arg(totals.requests)
        .arg(totals.records)
        .arg(totals.costMicros)
        .arg(totals.estimatedRecords)
        .arg(totals.unpricedRecords)
        .arg(totals.billedRecords);
}

// The report as text, like `report --by ...` prints it, so two ledgers compare line by line.
QStringList reportLines(const Report &report)
{
    QStringList lines;
    for (const ReportRow &row : report.rows)
        lines.append(row.keys.join(u'|') + u' ' + totalsText(row.totals));
    lines.append(QStringLiteral("total ") + totalsText(report.totals));
    return lines;
}

// Every usage row, column by column, in key order (sources are created in the same order in both
// ledgers): "same seed, same bytes".
QByteArray usageDigest(Ledger &ledger)
{
    Result<SqliteStatement> statement = ledger.database().prepare(QStringLiteral(R"sql(
SELECT s.name, u.external_key, u.start_ms, u.end_ms, u.day, p.email, u.identity_kind,
       u.identity_value, d.device_key, u.provider, m.name, u.project, u.session, u.input_tokens,
       u.cache_write_5m_tokens, u.cache_write_1h_tokens, u.cache_read_tokens, u.output_tokens,
       u.reasoning_tokens, u.requests, u.cost_micros, u.cost_kind, u.price_version_id
FROM usage u JOIN sources s ON s.id = u.source_id JOIN models m ON m.id = u.model_id
LEFT JOIN people p ON p.id = u.person_id LEFT JOIN devices d ON d.id = u.device_id
ORDER BY u.source_id, u.external_key
)sql"));
    if (!statement)
        qFatal("digest query failed: %s", qPrintable(statement.error().detail));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 rows = 0;
    while (statement->step() == SqliteStatement::StepResult::Row) {
        for (int column = 0; column < statement->columnCount(); ++column) {
            hash.addData(statement->blob(column));
            hash.addData(QByteArrayView("\x1f", 1));
        }
        ++rows;
    }
    return QByteArray::number(rows) + ' ' + hash.result().toHex();
}

} // namespace

class tst_DemoOrganisation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedGivesSameUsage();
    void otherSeedGivesOtherUsage();
    void dayDependsOnlyOnSeedAndDate();
    void organisation();
    void usageShape();
    void unpricedModelsStayUnpriced();
    void unmatchedIdentities();
    void settings();
    void budgets();
    void rollupsAgreeWithRows();
    void rerunDoesNotDoubleCount();
    void rejectsBadOptions();

private:
    FakeClock m_clock;
    TempLedger m_first;
    TempLedger m_second;
};

void tst_DemoOrganisation::initTestCase()
{
    QVERIFY(m_first.isValid());
    QVERIFY(m_second.isValid());
    QElapsedTimer timer;
    timer.start();
    const Status populated
        = DemoOrganisation::populate(m_first.ledger(), options(), m_clock.nowMs());
    QVERIFY2(populated, populated ? "" : qPrintable(populated.error().detail));
    const Report totals = report(m_first.ledger(), {});
    qInfo("demo: %lld records, %lld requests, $%s in %lld ms", totals.totals.records,
          totals.totals.requests, qPrintable(Money::toDecimalString(totals.totals.costMicros, 2)),
          timer.elapsed());
    const Status again = DemoOrganisation::populate(m_second.ledger(), options(), m_clock.nowMs());
    QVERIFY2(again, again ? "" : qPrintable(again.error().detail));
}

void tst_DemoOrganisation::sameSeedGivesSameUsage()
{
    const QStringList first
        = reportLines(report(m_first.ledger(), QStringLiteral("day,person,model")));
    const QStringList second
        = reportLines(report(m_second.ledger(), QStringLiteral("day,person,model")));
    QVERIFY(first.size() > 1000);
    QCOMPARE(second, first);
    QCOMPARE(usageDigest(m_second.ledger()), usageDigest(m_first.ledger()));
}

void tst_DemoOrganisation::otherSeedGivesOtherUsage()
{
    TempLedger other;
    QVERIFY(other.isValid());
    QVERIFY(DemoOrganisation::populate(other.ledger(), options(7, 14), m_clock.nowMs()));
    const QDate since = endDate.addDays(-13);
    QVERIFY(reportLines(report(other.ledger(), QStringLiteral("day,person,model"), since))
            != reportLines(report(m_first.ledger(), QStringLiteral("day,person,model"), since)));
}

void tst_DemoOrganisation::dayDependsOnlyOnSeedAndDate()
{
    // A shorter window with the same seed reproduces the last days exactly, so re-running the
    // demo on a later day replaces rows instead of adding a second copy of them.
    TempLedger shorter;
    QVERIFY(shorter.isValid());
    QVERIFY(DemoOrganisation::populate(shorter.ledger(), options(42, 14), m_clock.nowMs()));
    const QDate since = endDate.addDays(-13);
    const Report all = report(shorter.ledger(), QStringLiteral("day"));
    QCOMPARE(all.rows.size(), 14);
    QCOMPARE(
        reportLines(report(shorter.ledger(), QStringLiteral("day,person,model,source"), since)),
        reportLines(report(m_first.ledger(), QStringLiteral("day,person,model,source"), since)));
}

void tst_DemoOrganisation::organisation()
{
    PeopleDirectory directory(m_first.ledger());
    Result<QList<Team>> teams = directory.teams();
    QVERIFY(teams);
    QVERIFY(teams->size() >= 6);
    int nested = 0;
    for (const Team &team : std::as_const(*teams))
        nested += team.parentId != 0;
    QVERIFY(nested >= 3);

    Result<QList<Person>> people = directory.people();
    QVERIFY(people);
    QVERIFY(people->size() >= 50);
    int admins = 0;
    QSet<qint64> managersOfTeams;
    for (const Person &person : std::as_const(*people)) {
        QVERIFY(person.email.endsWith(u"@northwind.example"));
        QVERIFY2(person.teamId != 0, qPrintable(person.email));
        if (person.role == Role::Admin) {
            ++admins;
            continue;
        }
        QVERIFY2(person.managerId != 0, qPrintable(person.email));
        if (person.role == Role::Manager)
            managersOfTeams.insert(person.teamId);
    }
    QVERIFY(admins >= 1);
    for (const Team &team : std::as_const(*teams))
        QVERIFY2(managersOfTeams.contains(team.id), qPrintable(team.name));
}

void tst_DemoOrganisation::usageShape()
{
    const Report byDay = report(m_first.ledger(), QStringLiteral("day"));
    QCOMPARE(byDay.rows.size(), 90);
    QVERIFY(byDay.fromRollups);
    QCOMPARE(byDay.rows.first().keys.first(), QStringLiteral("2026-08-25"));
    QCOMPARE(byDay.rows.last().keys.first(), QStringLiteral("2026-11-22"));
    qint64 weekdayCost = 0, weekendCost = 0;
    int weekdays = 0, weekends = 0;
    for (const ReportRow &row : byDay.rows) {
        const QDate date = QDate::fromString(row.keys.first(), Qt::ISODate);
        if (date.dayOfWeek() > 5) {
            weekendCost += row.totals.costMicros;
            ++weekends;
        } else {
            weekdayCost += row.totals.costMicros;
            ++weekdays;
        }
    }
    const double weekendShare = (double(weekendCost) / weekends) / (double(weekdayCost) / weekdays);
    qInfo("weekend day / weekday spend: %.2f", weekendShare);
    QVERIFY(weekendShare < 0.4);
    QVERIFY(weekendShare > 0.05);

    const Report bySource = report(m_first.ledger(), QStringLiteral("source"));
    QStringList sources;
    for (const ReportRow &row : bySource.rows)
        sources.append(row.keys.first());
    QCOMPARE(sources,
             QStringList({QStringLiteral("anthropic"), QStringLiteral("claude-code"),
                          QStringLiteral("codex"), QStringLiteral("openai"),
                          QStringLiteral("openrouter")}));
    const qint64 records = bySource.totals.records;
    QVERIFY2(records >= 120'000 && records <= 320'000, qPrintable(QString::number(records)));

    // A few heavy users well above the median.
    const Report byPerson = report(m_first.ledger(), QStringLiteral("person"));
    QList<qint64> costs;
    for (const ReportRow &row : byPerson.rows) {
        if (!row.keys.first().isNull())
            costs.append(row.totals.costMicros);
    }
    std::sort(costs.begin(), costs.end());
    const qint64 median = costs[costs.size() / 2];
    const auto heavy = std::count_if(costs.cbegin(), costs.cend(),
                                     [&](qint64 cost) { return cost >= 5 * median; });
    QVERIFY2(heavy >= 3 && heavy <= 6, qPrintable(QString::number(heavy)));

    // Agents read far more from the cache than they send fresh.
    const Report claudeCode = report(m_first.ledger(), QStringLiteral("source"));
    for (const ReportRow &row : claudeCode.rows) {
        if (row.keys.first() == u"claude-code")
            QVERIFY(row.totals.tokens.cacheRead > 10 * row.totals.tokens.cacheWrite5m);
        if (row.keys.first() == u"codex")
            QVERIFY(row.totals.tokens.reasoning > 0);
    }
}

void tst_DemoOrganisation::unpricedModelsStayUnpriced()
{
    const Report byModel = report(m_first.ledger(), QStringLiteral("model"));
    QStringList unpriced;
    for (const ReportRow &row : byModel.rows) {
        if (row.totals.unpricedRecords == 0) {
            QVERIFY2(row.totals.costMicros > 0, qPrintable(row.keys.first()));
            QCOMPARE(row.totals.costKind(), AggregateCostKind::Estimated);
            continue;
        }
        unpriced.append(row.keys.first());
        QCOMPARE(row.totals.costMicros, 0);
        QCOMPARE(row.totals.estimatedRecords, 0);
        QCOMPARE(row.totals.costKind(), AggregateCostKind::Unpriced);
    }
    QVERIFY2(unpriced.contains(u"northwind-internal-7b"), qPrintable(unpriced.join(u',')));
    QVERIFY(unpriced.contains(u"llama-3.3-70b-instruct-local"));
    QVERIFY(unpriced.size() <= 3);
    QVERIFY(byModel.totals.unpricedRecords > 0);
    QCOMPARE(byModel.totals.billedRecords, 0);
}

void tst_DemoOrganisation::unmatchedIdentities()
{
    Result<QList<UnmatchedIdentity>> unmatched
        = PeopleDirectory(m_first.ledger()).unmatchedIdentities();
    QVERIFY(unmatched);
    QCOMPARE(unmatched->size(), 2);
    for (const UnmatchedIdentity &identity : std::as_const(*unmatched))
        QVERIFY(identity.records > 0);
    // Small next to everybody else.
    const Report byPerson = report(m_first.ledger(), QStringLiteral("person"));
    QVERIFY(byPerson.rows.first().keys.first().isNull());
    QVERIFY(byPerson.rows.first().totals.costMicros * 50 < byPerson.totals.costMicros);
}

void tst_DemoOrganisation::settings()
{
    QCOMPARE(m_first->setting(QStringLiteral("org_name")), QStringLiteral("Northwind Labs"));
    const QString me = m_first->setting(QStringLiteral("me_email"));
    QCOMPARE(me, DemoOrganisation::demoPersonEmail());
    PeopleDirectory directory(m_first.ledger());
    Result<Person> person = directory.personByEmail(me);
    QVERIFY(person);
    QCOMPARE(person->role, Role::Employee);
    QVERIFY(person->managerId != 0);
    Result<QList<Team>> teams = directory.teams();
    QVERIFY(teams);
    for (const Team &team : std::as_const(*teams)) {
        if (team.id == person->teamId)
            QVERIFY(team.memberCount >= 5);
    }
    ReportRequest request;
    request.personEmail = me;
    request.groupBy = {ReportKey::Source};
    Result<Report> mine = ReportQuery(m_first.ledger()).run(request);
    QVERIFY(mine);
    QVERIFY(mine->rows.size() >= 2);
}

void tst_DemoOrganisation::budgets()
{
    Result<QList<Budget>> budgets = BudgetStore(m_first.ledger()).budgets();
    QVERIFY(budgets);
    int org = 0, teams = 0, people = 0, tokens = 0;
    for (const Budget &budget : std::as_const(*budgets)) {
        QCOMPARE(budget.period, BudgetPeriod::Month);
        tokens += budget.limitTokens.has_value();
        if (budget.limitTokens)
            continue;
        QVERIFY(*budget.limitMicros > 0);
        org += budget.scope == BudgetScope::Organisation;
        teams += budget.scope == BudgetScope::Team;
        people += budget.scope == BudgetScope::Person;
    }
    QCOMPARE(org, 1);
    QCOMPARE(teams, 11);
    QCOMPARE(people, 3);
    QCOMPARE(tokens, 1);

    // Data is close to its limit, Research over it (month to date against the limit).
    for (const Budget &budget : std::as_const(*budgets)) {
        if (budget.scope != BudgetScope::Team || !budget.limitMicros)
            continue;
        ReportRequest request;
        request.teamName = budget.scopeName;
        request.since = QDate(endDate.year(), endDate.month(), 1);
        request.until = endDate;
        Result<Report> spent = ReportQuery(m_first.ledger()).run(request);
        QVERIFY(spent);
        const double percent
            = 100.0 * double(spent->totals.costMicros) / double(*budget.limitMicros);
        if (budget.scopeName == u"Data")
            QVERIFY2(percent > 75 && percent < 100, qPrintable(QString::number(percent)));
        else if (budget.scopeName == u"Research")
            QVERIFY2(percent > 100, qPrintable(QString::number(percent)));
        else
            QVERIFY2(percent < 80, qPrintable(budget.scopeName + u' ' + QString::number(percent)));
    }
}

void tst_DemoOrganisation::rollupsAgreeWithRows()
{
    Result<QStringList> problems = m_first->rollupDiscrepancies();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
}

void tst_DemoOrganisation::rerunDoesNotDoubleCount()
{
    const QStringList before
        = reportLines(report(m_second.ledger(), QStringLiteral("day,person,model")));
    Result<QList<Budget>> budgetsBefore = BudgetStore(m_second.ledger()).budgets();
    Result<QList<Person>> peopleBefore = PeopleDirectory(m_second.ledger()).people();
    QVERIFY(budgetsBefore && peopleBefore);

    QVERIFY(DemoOrganisation::populate(m_second.ledger(), options(), m_clock.nowMs() + 1000));
    QCOMPARE(reportLines(report(m_second.ledger(), QStringLiteral("day,person,model"))), before);
    Result<QList<Budget>> budgetsAfter = BudgetStore(m_second.ledger()).budgets();
    Result<QList<Person>> peopleAfter = PeopleDirectory(m_second.ledger()).people();
    QVERIFY(budgetsAfter && peopleAfter);
    QCOMPARE(budgetsAfter->size(), budgetsBefore->size());
    QCOMPARE(peopleAfter->size(), peopleBefore->size());
    Result<QStringList> problems = m_second->rollupDiscrepancies();
    QVERIFY(problems && problems->isEmpty());
}

void tst_DemoOrganisation::rejectsBadOptions()
{
    TempLedger ledger;
    DemoOptions noEnd;
    QCOMPARE(DemoOrganisation::populate(ledger.ledger(), noEnd, m_clock.nowMs()).error().code,
             ErrorCode::InvalidArgument);
    QCOMPARE(
        DemoOrganisation::populate(ledger.ledger(), options(42, 0), m_clock.nowMs()).error().code,
        ErrorCode::InvalidArgument);
    // Nothing half-written.
    Result<QList<Person>> people = PeopleDirectory(ledger.ledger()).people();
    QVERIFY(people && people->isEmpty());
}

QTEST_GUILESS_MAIN(tst_DemoOrganisation)
#include "tst_demoorganisation.moc"
