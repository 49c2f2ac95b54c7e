#include "ledger/ledger.h"
#include "ledger/peopledirectory.h"
#include "ledger/reportquery.h"
#include "support/templedger.h"

#include <QFile>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readTestData(const QString &relativePath)
{
    QFile file(QStringLiteral(BURNRATE_TEST_DATA_DIR) + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(relativePath));
    return file.readAll();
}

QByteArray orgCsv()
{
    return readTestData(u"people/org.csv"_s);
}

const QByteArray header = "email,name,team,manager,role,identities\n"_ba;

qint64 msAt(int day, int hour = 12)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
}

UsageRecord usage(const QString &key, const QString &kind, const QString &value, int day,
                  qint64 costMicros)
{
    UsageRecord record;
    record.externalKey = key;
    record.startMs = msAt(day);
    record.endMs = record.startMs;
    record.identityKind = kind;
    record.identityValue = value;
    record.provider = u"openai"_s;
    record.model = u"gpt-5"_s;
    record.tokens.input = 1'000;
    record.tokens.output = 100;
    record.costKind = CostKind::Billed;
    record.costMicros = costMicros;
    return record;
}

// The directory as text, to compare before and after a failed import.
QStringList snapshot(Ledger &ledger)
{
    PeopleDirectory directory(ledger);
    QStringList lines;
    const Result<QList<Team>> teams = directory.teams();
    const Result<QList<Person>> people = directory.people();
    if (!teams || !people)
        return {u"error"_s};
    QHash<qint64, QString> teamNames;
    for (const Team &team : *teams)
        teamNames.insert(team.id, team.name);
    for (const Team &team : *teams)
        lines.append(u"team %1 in %2 with %3"_s.arg(team.name, teamNames.value(team.parentId))
                         .arg(team.memberCount));
    for (const Person &person : *people) {
        lines.append(u"person %1 %2 %3 %4 %5 %6"_s
                         .arg(person.email, person.name, person.teamName, person.managerEmail,
                              roleName(person.role))
                         .arg(person.id));
    }
    return lines;
}

struct PersonTotals
{
    qint64 records = 0;
    qint64 costMicros = 0;
    friend bool operator==(const PersonTotals &, const PersonTotals &) = default;
};

// Usage by person email; unattributed usage under "".
QMap<QString, PersonTotals> totalsByPerson(Ledger &ledger)
{
    ReportRequest request;
    request.groupBy = {ReportKey::Person};
    const Result<Report> report = ReportQuery(ledger).run(request);
    QMap<QString, PersonTotals> totals;
    if (!report) {
        totals.insert(u"error: "_s + report.error().detail, {});
        return totals;
    }
    for (const ReportRow &row : report->rows)
        totals.insert(row.keys.value(0), {row.totals.records, row.totals.costMicros});
    return totals;
}

QString describe(const QMap<QString, PersonTotals> &totals)
{
    QStringList parts;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        parts.append(u"%1=%2/%3"_s.arg(it.key().isEmpty() ? u"(nobody)"_s : it.key())
                         .arg(it->records)
                         .arg(it->costMicros));
    }
    return parts.join(u' ');
}

QString describe(const QList<UnmatchedIdentity> &identities)
{
    QStringList parts;
    for (const UnmatchedIdentity &identity : identities)
        parts.append(u"%1:%2=%3/%4"_s.arg(identity.kind, identity.value)
                         .arg(identity.records)
                         .arg(identity.costMicros));
    return parts.join(u' ');
}

} // namespace

class tst_PeopleDirectory : public QObject
{
    Q_OBJECT

private slots:
    void importsPeopleTeamsManagersAndRoles();
    void nestedTeamsFormASubtree();
    void importSurvivesReopen();
    void headerMayOmitOptionalColumns();
    void reimportUpdatesByEmail();
    void reimportClearsAnEmptiedManager();
    void roleNames_data();
    void roleNames();
    void rejectsBadFilesAndWritesNothing_data();
    void rejectsBadFilesAndWritesNothing();
    void importAttributesEarlierUsage();
    void usageAfterImportIsAttributedOnWrite();
    void assignIdentityMovesUsage();
    void reimportMovingAnIdentityMovesItsUsage();
    void emailIdentitiesIgnoreCase();
};

void tst_PeopleDirectory::importsPeopleTeamsManagersAndRoles()
{
    TempLedger ledger;
    QVERIFY(ledger.isValid());
    PeopleDirectory directory(ledger.ledger());
    const Result<PeopleImportStats> stats = directory.importCsv(orgCsv());
    QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().detail));
    QCOMPARE(stats->people, 4);
    QCOMPARE(stats->teamsCreated, 3); // Engineering, Platform, Sales
    QCOMPARE(stats->identities, 3);
    QCOMPARE(stats->usageReattributed, 0);

    const Result<Person> carol = directory.personByEmail(u"carol@example.com"_s);
    QVERIFY(carol);
    QCOMPARE(carol->name, u"Carol Chen"_s);
    QCOMPARE(carol->role, Role::Admin);
    QCOMPARE(carol->managerId, 0);
    QCOMPARE(carol->teamName, u"Engineering"_s);

    // Alice and Bob name Carol as manager although she comes after them in the file.
    const Result<Person> alice = directory.personByEmail(u"alice@example.com"_s);
    QVERIFY(alice);
    QCOMPARE(alice->name, u"Alice Able"_s);
    QCOMPARE(alice->teamName, u"Platform"_s);
    QCOMPARE(alice->managerId, carol->id);
    QCOMPARE(alice->managerEmail, u"carol@example.com"_s);
    QCOMPARE(alice->role, Role::Employee);

    const Result<Person> bob = directory.personByEmail(u"bob@example.com"_s);
    QVERIFY(bob);
    QCOMPARE(bob->managerEmail, u"carol@example.com"_s);
    QCOMPARE(bob->role, Role::Manager); // "Manager" in the file: role names ignore case

    // No name: the part before the @; no role: employee.
    const Result<Person> dave = directory.personByEmail(u"dave@example.com"_s);
    QVERIFY(dave);
    QCOMPARE(dave->name, u"dave"_s);
    QCOMPARE(dave->role, Role::Employee);
    QCOMPARE(dave->teamName, u"Sales"_s);
    QCOMPARE(dave->managerEmail, QString());

    const Result<QList<Person>> people = directory.people();
    QVERIFY(people);
    QCOMPARE(people->size(), 4);

    const Result<Person> nobody = directory.personByEmail(u"nobody@example.com"_s);
    QVERIFY(!nobody);
    QCOMPARE(nobody.error().code, ErrorCode::NotFound);
}

void tst_PeopleDirectory::nestedTeamsFormASubtree()
{
    TempLedger ledger;
    PeopleDirectory directory(ledger.ledger());
    QVERIFY(directory.importCsv(orgCsv()));
    QVERIFY(
        directory.importCsv(header + "erin@example.com,Erin,Engineering/Platform/Storage,,,\n"_ba));

    const Result<QList<Team>> teams = directory.teams();
    QVERIFY(teams);
    QHash<QString, Team> byName;
    for (const Team &team : *teams)
        byName.insert(team.name, team);
    QCOMPARE(byName.size(), 4);
    const Team engineering = byName.value(u"Engineering"_s);
    const Team platform = byName.value(u"Platform"_s);
    const Team storage = byName.value(u"Storage"_s);
    const Team sales = byName.value(u"Sales"_s);
    QCOMPARE(engineering.parentId, 0);
    QCOMPARE(platform.parentId, engineering.id);
    QCOMPARE(storage.parentId, platform.id);
    QCOMPARE(sales.parentId, 0);
    QCOMPARE(engineering.memberCount, 2);
    QCOMPARE(platform.memberCount, 1);
    QCOMPARE(storage.memberCount, 1);
    QCOMPARE(sales.memberCount, 1);

    const auto subtree = [&](const QString &name) {
        const Result<QList<qint64>> ids = directory.teamSubtree(name);
        return ids ? QSet<qint64>(ids->cbegin(), ids->cend()) : QSet<qint64> {-1};
    };
    QCOMPARE(subtree(u"Engineering"_s), (QSet<qint64> {engineering.id, platform.id, storage.id}));
    QCOMPARE(subtree(u"Platform"_s), (QSet<qint64> {platform.id, storage.id}));
    QCOMPARE(subtree(u"Storage"_s), QSet<qint64> {storage.id});
    QCOMPARE(subtree(u"Sales"_s), QSet<qint64> {sales.id});
    const Result<QList<qint64>> unknown = directory.teamSubtree(u"Marketing"_s);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
}

void tst_PeopleDirectory::importSurvivesReopen()
{
    TempLedger ledger;
    QVERIFY(PeopleDirectory(ledger.ledger()).importCsv(orgCsv()));
    const QStringList before = snapshot(ledger.ledger());
    ledger.reopen();
    QVERIFY(ledger.isValid());
    QCOMPARE(snapshot(ledger.ledger()), before);
}

void tst_PeopleDirectory::headerMayOmitOptionalColumns()
{
    TempLedger ledger;
    PeopleDirectory directory(ledger.ledger());
    const Result<PeopleImportStats> stats = directory.importCsv(
        "Email , Name,role\r\nzoe@example.com,Zoe,admin\r\n\r\nyan@example.com,Yan,\r\n"_ba);
    QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().detail));
    QCOMPARE(stats->people, 2);
    QCOMPARE(stats->teamsCreated, 0);
    const Result<Person> zoe = directory.personByEmail(u"zoe@example.com"_s);
    QVERIFY(zoe);
    QCOMPARE(zoe->role, Role::Admin);
    QCOMPARE(zoe->teamId, 0);
}

void tst_PeopleDirectory::reimportUpdatesByEmail()
{
    TempLedger ledger;
    PeopleDirectory directory(ledger.ledger());
    QVERIFY(directory.importCsv(orgCsv()));
    const Result<Person> aliceBefore = directory.personByEmail(u"alice@example.com"_s);
    QVERIFY(aliceBefore);

    // Alice in other case, new name, team, manager and role; Erin is new.
    const Result<PeopleImportStats> stats = directory.importCsv(
        header
        + "ALICE@Example.COM,Alice A. Able,Sales,BOB@example.com,manager,\n"
          "erin@example.com,Erin,Engineering/Platform,Alice@Example.com,,\n"_ba);
    QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().detail));
    QCOMPARE(stats->people, 2);
    QCOMPARE(stats->teamsCreated, 0);

    const Result<QList<Person>> people = directory.people();
    QVERIFY(people);
    QCOMPARE(people->size(), 5);

    const Result<Person> alice = directory.personByEmail(u"Alice@EXAMPLE.com"_s);
    QVERIFY(alice);
    QCOMPARE(alice->id, aliceBefore->id);
    QCOMPARE(alice->email, u"alice@example.com"_s);
    QCOMPARE(alice->name, u"Alice A. Able"_s);
    QCOMPARE(alice->teamName, u"Sales"_s);
    QCOMPARE(alice->managerEmail, u"bob@example.com"_s);
    QCOMPARE(alice->role, Role::Manager);

    const Result<Person> erin = directory.personByEmail(u"erin@example.com"_s);
    QVERIFY(erin);
    QCOMPARE(erin->teamName, u"Platform"_s);
    QCOMPARE(erin->managerId, alice->id);

    // People the second file does not mention are left alone.
    const Result<Person> dave = directory.personByEmail(u"dave@example.com"_s);
    QVERIFY(dave);
    QCOMPARE(dave->teamName, u"Sales"_s);
}

void tst_PeopleDirectory::reimportClearsAnEmptiedManager()
{
    // An empty team or role in a re-import resets them; an empty manager must too.
    TempLedger ledger;
    PeopleDirectory directory(ledger.ledger());
    QVERIFY(directory.importCsv(orgCsv()));
    QVERIFY(directory.importCsv(header + "alice@example.com,Alice Able,,,,\n"_ba));
    const Result<Person> alice = directory.personByEmail(u"alice@example.com"_s);
    QVERIFY(alice);
    QCOMPARE(alice->teamId, 0);
    QCOMPARE(alice->role, Role::Employee);
    QCOMPARE(alice->managerEmail, QString());
    QCOMPARE(alice->managerId, 0);
}

void tst_PeopleDirectory::roleNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("role"); // -1: not a role
    QTest::newRow("employee") << u"employee"_s << int(Role::Employee);
    QTest::newRow("manager") << u"manager"_s << int(Role::Manager);
    QTest::newRow("admin") << u"admin"_s << int(Role::Admin);
    QTest::newRow("upper case") << u"ADMIN"_s << int(Role::Admin);
    QTest::newRow("padded") << u" manager "_s << int(Role::Manager);
    QTest::newRow("owner") << u"owner"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void tst_PeopleDirectory::roleNames()
{
    QFETCH(QString, name);
    QFETCH(int, role);
    const std::optional<Role> parsed = roleFromName(name);
    QCOMPARE(parsed ? int(*parsed) : -1, role);
    if (parsed)
        QCOMPARE(roleName(*parsed), name.trimmed().toLower());
}

void tst_PeopleDirectory::rejectsBadFilesAndWritesNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");

    // Lines 2 and 3 are good and would add a team, a person, an identity and change Alice.
    const QByteArray good = header
        + "zed@example.com,Zed,Research/Labs,carol@example.com,,openai-user:user-zed\n"
          "alice@example.com,Renamed,Sales,,admin,openai-user:user-ghost\n"_ba;
    const auto row = [&](const char *name, const char *badLine, const char *error) {
        QTest::newRow(name) << good + QByteArray(badLine) + "\n"_ba << QString::fromUtf8(error);
    };
    row("bad email", "not-an-email,X,,,,", "line 4: \"not-an-email\" is not an email address");
    row("two at signs", "a@b@example.com,X,,,,", "line 4: \"a@b@example.com\" is not an email");
    row("empty email", ",Nobody,,,,", "line 4: \"\" is not an email address");
    row("duplicate email, other case", "ZED@Example.com,Zed again,,,,",
        "line 4: zed@example.com appears twice");
    row("bad manager email", "frank@example.com,Frank,,boss,,", "line 4: manager \"boss\"");
    row("unknown manager", "frank@example.com,Frank,,nobody@example.com,,",
        "line 4: manager nobody@example.com is neither in the file nor in the directory");
    row("self-manager", "frank@example.com,Frank,,Frank@Example.com,,",
        "line 4: frank@example.com cannot manage themselves");
    row("bad role", "frank@example.com,Frank,,,owner,", "line 4: role \"owner\"");
    row("identity without colon", "frank@example.com,Frank,,,,openai-user",
        "line 4: identity \"openai-user\" must be kind:value");
    row("identity without kind", "frank@example.com,Frank,,,,:user-1",
        "line 4: identity \":user-1\" must be kind:value");
    row("identity without value", "frank@example.com,Frank,,,,openai-user:",
        "line 4: identity \"openai-user:\" must be kind:value");
    row("second identity bad", "frank@example.com,Frank,,,,openai-user:u1;broken",
        "line 4: identity \"broken\" must be kind:value");
    row("too few fields", "frank@example.com,Frank", "line 4: expected 6 fields, found 2");
    row("too many fields", "frank@example.com,Frank,,,,,extra",
        "line 4: expected 6 fields, found 7");
    row("unterminated quote", "frank@example.com,\"Frank,,,,,",
        "line 4: quoted field is never closed");

    QTest::newRow("line numbers count blank and multi-line rows")
        << header + "\nzed@example.com,\"Zed\nthe Second\",,,,\n\nbad,X,,,,\n"_ba
        << u"line 6: \"bad\" is not an email address"_s;
    QTest::newRow("bad header")
        << "mail,name,team\nzed@example.com,Zed,\n"_ba
        << u"line 1: header must be email,name,team,manager,role,identities"_s;
    QTest::newRow("header without name")
        << "email\nzed@example.com\n"_ba << u"line 1: header must be"_s;
    QTest::newRow("unknown column") << "email,name,department\nzed@example.com,Zed,R&D\n"_ba
                                    << u"line 1: unknown column \"department\""_s;
    QTest::newRow("empty file") << QByteArray() << u"the file is empty"_s;
    QTest::newRow("only blank lines") << "\n\r\n\n"_ba << u"the file is empty"_s;
}

void tst_PeopleDirectory::rejectsBadFilesAndWritesNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);

    TempLedger ledger;
    PeopleDirectory directory(ledger.ledger());
    QVERIFY(directory.importCsv(orgCsv()));
    // Usage of an identity the bad file would map: it must stay unmatched.
    const Result<qint64> source = ledger->ensureSource(u"openai"_s, u"OpenAI"_s);
    QVERIFY(source);
    QVERIFY(ledger->writeUsage(*source,
                               {usage(u"z1"_s, u"openai-user"_s, u"user-zed"_s, 20, 1'000),
                                usage(u"g1"_s, u"openai-user"_s, u"user-ghost"_s, 20, 500)}));
    const QStringList before = snapshot(ledger.ledger());
    const QMap<QString, PersonTotals> totalsBefore = totalsByPerson(ledger.ledger());

    const Result<PeopleImportStats> stats = directory.importCsv(csv);
    QVERIFY(!stats);
    QCOMPARE(stats.error().code, ErrorCode::InvalidInput);
    QVERIFY2(stats.error().detail.startsWith(error), qPrintable(stats.error().detail));

    QCOMPARE(snapshot(ledger.ledger()), before);
    QCOMPARE(describe(totalsByPerson(ledger.ledger())), describe(totalsBefore));
    const Result<QList<UnmatchedIdentity>> unmatched = directory.unmatchedIdentities();
    QVERIFY(unmatched);
    QCOMPARE(unmatched->size(), 2);
    // The failed import must not leave a transaction open: a later import works and is kept.
    QVERIFY(directory.importCsv(header + "frank@example.com,Frank,,,,\n"_ba));
    ledger.reopen();
    QVERIFY(PeopleDirectory(ledger.ledger()).personByEmail(u"frank@example.com"_s));
}

void tst_PeopleDirectory::importAttributesEarlierUsage()
{
    TempLedger ledger;
    const Result<qint64> source = ledger->ensureSource(u"openai"_s, u"OpenAI org"_s);
    QVERIFY(source);
    const Result<UsageWriteStats> written
        = ledger->writeUsage(*source,
                             {usage(u"a1"_s, u"openai-user"_s, u"user-alice"_s, 20, 1'500'000),
                              usage(u"a2"_s, u"openai-user"_s, u"user-alice"_s, 21, 2'000'000),
                              usage(u"g1"_s, u"openai-user"_s, u"user-ghost"_s, 21, 250'000),
                              usage(u"d1"_s, u"email"_s, u"dave@example.com"_s, 22, 100'000)});
    QVERIFY(written);
    QCOMPARE(written->written, 4);
    QCOMPARE(written->unattributed, 4);

    PeopleDirectory directory(ledger.ledger());
    Result<QList<UnmatchedIdentity>> unmatched = directory.unmatchedIdentities();
    QVERIFY(unmatched);
    QCOMPARE(describe(*unmatched),
             u"openai-user:user-alice=2/3500000 openai-user:user-ghost=1/250000 "
             "email:dave@example.com=1/100000"_s);
    QCOMPARE(describe(totalsByPerson(ledger.ledger())), u"(nobody)=4/3850000"_s);

    const Result<PeopleImportStats> stats = directory.importCsv(orgCsv());
    QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().detail));
    QCOMPARE(stats->usageReattributed, 3); // two by identity, one by the person's own email

    QCOMPARE(describe(totalsByPerson(ledger.ledger())),
             u"(nobody)=1/250000 alice@example.com=2/3500000 dave@example.com=1/100000"_s);
    ReportRequest byAlice;
    byAlice.personEmail = u"Alice@example.com"_s;
    Result<Report> report = ReportQuery(ledger.ledger()).run(byAlice);
    QVERIFY(report);
    QCOMPARE(report->totals.records, 2);
    QCOMPARE(report->totals.costMicros, 3'500'000);

    // Platform is inside Engineering, so Alice's usage counts for Engineering.
    ReportRequest byTeam;
    byTeam.teamName = u"Engineering"_s;
    report = ReportQuery(ledger.ledger()).run(byTeam);
    QVERIFY(report);
    QCOMPARE(report->totals.costMicros, 3'500'000);

    const Result<QStringList> discrepancies = ledger->rollupDiscrepancies();
    QVERIFY(discrepancies);
    QCOMPARE(*discrepancies, QStringList());

    unmatched = directory.unmatchedIdentities();
    QVERIFY(unmatched);
    QCOMPARE(describe(*unmatched), u"openai-user:user-ghost=1/250000"_s);
}

void tst_PeopleDirectory::usageAfterImportIsAttributedOnWrite()
{
    TempLedger ledger;
    QVERIFY(PeopleDirectory(ledger.ledger()).importCsv(orgCsv()));
    const Result<qint64> source = ledger->ensureSource(u"openai"_s, u"OpenAI org"_s);
    QVERIFY(source);
    const Result<UsageWriteStats> written
        = ledger->writeUsage(*source,
                             {usage(u"c1"_s, u"openai-user"_s, u"user-carol"_s, 20, 700),
                              usage(u"b1"_s, u"email"_s, u"bob@example.com"_s, 20, 300),
                              usage(u"x1"_s, u"openai-user"_s, u"user-unknown"_s, 20, 1)});
    QVERIFY(written);
    QCOMPARE(written->unattributed, 1);
    QCOMPARE(describe(totalsByPerson(ledger.ledger())),
             u"(nobody)=1/1 bob@example.com=1/300 carol@example.com=1/700"_s);
}

void tst_PeopleDirectory::assignIdentityMovesUsage()
{
    TempLedger ledger;
    PeopleDirectory directory(ledger.ledger());
    QVERIFY(directory.importCsv(orgCsv()));
    const Result<qint64> source = ledger->ensureSource(u"openai"_s, u"OpenAI org"_s);
    QVERIFY(source);
    QVERIFY(ledger->writeUsage(*source,
                               {usage(u"a1"_s, u"openai-user"_s, u"user-alice"_s, 20, 1'000),
                                usage(u"a2"_s, u"openai-user"_s, u"user-alice"_s, 21, 2'000),
                                usage(u"g1"_s, u"openai-user"_s, u"user-ghost"_s, 21, 400),
                                usage(u"g2"_s, u"openai-user"_s, u"user-ghost"_s, 22, 600)}));
    QCOMPARE(describe(totalsByPerson(ledger.ledger())),
             u"(nobody)=2/1000 alice@example.com=2/3000"_s);

    const Result<Person> bob = directory.personByEmail(u"bob@example.com"_s);
    const Result<Person> carol = directory.personByEmail(u"carol@example.com"_s);
    QVERIFY(bob && carol);

    // From one person to another.
    Result<qint64> moved = directory.assignIdentity(u"openai-user"_s, u"user-alice"_s, bob->id);
    QVERIFY(moved);
    QCOMPARE(*moved, 2);
    QCOMPARE(describe(totalsByPerson(ledger.ledger())),
             u"(nobody)=2/1000 bob@example.com=2/3000"_s);

    // From nobody to somebody.
    moved = directory.assignIdentity(u"openai-user"_s, u"user-ghost"_s, carol->id);
    QVERIFY(moved);
    QCOMPARE(*moved, 2);
    QCOMPARE(describe(totalsByPerson(ledger.ledger())),
             u"bob@example.com=2/3000 carol@example.com=2/1000"_s);
    const Result<QList<UnmatchedIdentity>> unmatched = directory.unmatchedIdentities();
    QVERIFY(unmatched);
    QVERIFY(unmatched->isEmpty());

    // Assigning again to the same person moves nothing.
    moved = directory.assignIdentity(u"openai-user"_s, u"user-ghost"_s, carol->id);
    QVERIFY(moved);
    QCOMPARE(*moved, 0);

    // New usage of the identity follows the assignment.
    const Result<UsageWriteStats> written
        = ledger->writeUsage(*source, {usage(u"a3"_s, u"openai-user"_s, u"user-alice"_s, 22, 5)});
    QVERIFY(written);
    QCOMPARE(written->unattributed, 0);
    QCOMPARE(describe(totalsByPerson(ledger.ledger())),
             u"bob@example.com=3/3005 carol@example.com=2/1000"_s);

    const Result<QStringList> discrepancies = ledger->rollupDiscrepancies();
    QVERIFY(discrepancies);
    QCOMPARE(*discrepancies, QStringList());
}

void tst_PeopleDirectory::reimportMovingAnIdentityMovesItsUsage()
{
    // A re-import that gives Alice's identity to Bob must move its usage, as assignIdentity does;
    // otherwise old usage stays with Alice while new usage of the same identity goes to Bob.
    TempLedger ledger;
    PeopleDirectory directory(ledger.ledger());
    QVERIFY(directory.importCsv(orgCsv()));
    const Result<qint64> source = ledger->ensureSource(u"openai"_s, u"OpenAI org"_s);
    QVERIFY(source);
    QVERIFY(ledger->writeUsage(*source,
                               {usage(u"a1"_s, u"openai-user"_s, u"user-alice"_s, 20, 1'000)}));
    QCOMPARE(describe(totalsByPerson(ledger.ledger())), u"alice@example.com=1/1000"_s);

    QVERIFY(directory.importCsv(header
                                + "bob@example.com,Bob Baker,Engineering,,manager,"
                                  "openai-user:user-alice\n"_ba));
    QVERIFY(ledger->writeUsage(*source,
                               {usage(u"a2"_s, u"openai-user"_s, u"user-alice"_s, 21, 2'000)}));
    QCOMPARE(describe(totalsByPerson(ledger.ledger())), u"bob@example.com=2/3000"_s);
    const Result<QStringList> discrepancies = ledger->rollupDiscrepancies();
    QVERIFY(discrepancies);
    QCOMPARE(*discrepancies, QStringList());
}

void tst_PeopleDirectory::emailIdentitiesIgnoreCase()
{
    // Usage files give email identities in lower case (UsageTransfer lowers them); an alias
    // written with capitals in the people file is the same address.
    TempLedger ledger;
    PeopleDirectory directory(ledger.ledger());
    QVERIFY(directory.importCsv(header
                                + "alice@example.com,Alice,,,,email:Alice.Alias@Example.COM\n"_ba));
    const Result<qint64> source = ledger->ensureSource(u"csv"_s, u"csv"_s);
    QVERIFY(source);
    const Result<UsageWriteStats> written = ledger->writeUsage(
        *source, {usage(u"e1"_s, u"email"_s, u"alice.alias@example.com"_s, 20, 10)});
    QVERIFY(written);
    QCOMPARE(written->unattributed, 0);
    QCOMPARE(describe(totalsByPerson(ledger.ledger())), u"alice@example.com=1/10"_s);
}

QTEST_GUILESS_MAIN(tst_PeopleDirectory)
#include "tst_peopledirectory.moc"
