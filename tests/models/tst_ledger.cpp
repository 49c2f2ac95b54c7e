#include "ledger/ledger.h"
#include "ledger/ledgerschema.h"
#include "ledger/reportquery.h"
#include "ledger/sqlitedatabase.h"
#include "support/templedger.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

namespace {

UsageRecord record(const QString &key, qint64 startMs, const QString &model, qint64 input,
                   qint64 output, qint64 costMicros = 0)
{
    UsageRecord usage;
    usage.externalKey = key;
    usage.startMs = startMs;
    usage.endMs = startMs;
    usage.provider = QStringLiteral("anthropic");
    usage.model = model;
    usage.tokens.input = input;
    usage.tokens.output = output;
    usage.costKind = costMicros ? CostKind::Estimated : CostKind::Unpriced;
    usage.costMicros = costMicros;
    return usage;
}

const qint64 day1 = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

qint64 count(Ledger &ledger, const QString &sql)
{
    Result<qint64> value = ledger.database().queryInt64(sql);
    return value ? *value : -1;
}

QString text(Ledger &ledger, const QString &sql)
{
    Result<SqliteStatement> statement = ledger.database().prepare(sql);
    return statement && statement->step() == SqliteStatement::StepResult::Row ? statement->text(0)
                                                                              : QString();
}

ReportTotals totals(Ledger &ledger)
{
    Result<Report> report = ReportQuery(ledger).run(ReportRequest {});
    return report ? report->totals : ReportTotals {};
}

// 23:30 UTC on 2 Nov 2026, already 3 Nov in Berlin: the zone-change tests' one usage row.
const qint64 lateEvening
    = QDateTime(QDate(2026, 11, 2), QTime(23, 30), Qt::UTC).toMSecsSinceEpoch();

bool writeLateEveningUsage(Ledger &ledger, qint64 source, qint64 input = 1)
{
    return bool(ledger.writeUsage(
        source,
        {record(QStringLiteral("late"), lateEvening, QStringLiteral("gpt-5"), input, 1, 1)}));
}

// The first day of a report by day ("" when there is none or the query fails).
QString firstReportedDay(Ledger &ledger)
{
    ReportRequest byDay;
    byDay.groupBy = {ReportKey::Day};
    Result<Report> report = ReportQuery(ledger).run(byDay);
    return report && !report->rows.isEmpty() ? report->rows.first().keys.first() : QString();
}

} // namespace

class tst_Ledger : public QObject
{
    Q_OBJECT

private slots:
    void migratesFromEmpty();
    void migratesVersionOneToLatest();
    void refusesNewerSchema();
    void refusesFilesThatAreNotLedgers_data();
    void refusesFilesThatAreNotLedgers();
    void writingTheSameUsageTwiceCountsOnce();
    void changedRecordReplacesTheOldOne();
    void writtenRowsReportTheirIds();
    void batchedWritesEqualOneByOne_data();
    void batchedWritesEqualOneByOne();
    void rollupsEqualRawSumsAfterRandomWrites();
    void failedBatchWritesNothing();
    void killedWriterLeavesPreviousState();
    void attributesByEmailAndIdentity();
    void reportingZoneChangeRebucketsDays();
    void reportingZoneChangeReachesOtherConnections();
    void failedReportingZoneChangeKeepsTheOldZone();
    void priceVersionsAreKeptOnce();
};

void tst_Ledger::migratesFromEmpty()
{
    TempLedger temp;
    QVERIFY(temp.isValid());
    QCOMPARE(count(temp.ledger(), QStringLiteral("PRAGMA user_version")),
             qint64(LedgerSchema::latestVersion()));
    QCOMPARE(count(temp.ledger(), QStringLiteral("PRAGMA foreign_keys")), 1);
    Result<SqliteStatement> mode = temp->database().prepare(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(mode && mode->step() == SqliteStatement::StepResult::Row);
    QCOMPARE(mode->text(0), QStringLiteral("wal"));
    for (const char *table : {"usage", "daily_rollup", "monthly_rollup", "daily_totals",
                              "quarter_hour_totals", "people", "teams", "identities", "devices",
                              "sources", "models", "price_versions", "budgets", "settings"}) {
        QCOMPARE(count(temp.ledger(),
                       QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'")
                           .arg(QLatin1String(table))),
                 1);
    }
    // Opening again is a no-op migration.
    temp.reopen();
    QVERIFY(temp.isValid());
}

void tst_Ledger::migratesVersionOneToLatest()
{
    TempLedger temp;
    const qint64 source = *temp->ensureSource(QStringLiteral("csv"), QStringLiteral("csv"));
    QVERIFY(temp->writeUsage(
        source, {record(QStringLiteral("kept"), day1, QStringLiteral("gpt-5"), 5, 5, 10)}));
    // Turn the file back into a version 1 ledger: what versions 2 to 5 added is gone.
    QVERIFY(temp->database().exec(QStringLiteral(
        "DROP TRIGGER usage_rollup_insert; DROP TRIGGER usage_rollup_delete; "
        "DROP TRIGGER usage_rollup_update; DROP TABLE monthly_rollup; "
        "DROP TABLE quarter_hour_totals; DROP INDEX usage_identity; "
        "DROP TABLE alert_deliveries; DROP TABLE webhooks; DROP TABLE budget_alerts; "
        "ALTER TABLE budgets DROP COLUMN revision; ALTER TABLE budgets DROP COLUMN week_start; "
        "ALTER TABLE budgets DROP COLUMN month_start_day; "
        "ALTER TABLE budgets DROP COLUMN custom_first; ALTER TABLE budgets DROP COLUMN "
        "custom_last; "
        "ALTER TABLE budgets DROP COLUMN include_subteams; ALTER TABLE budgets DROP COLUMN models; "
        "ALTER TABLE budgets DROP COLUMN sources; "
        "DROP TABLE file_cursors; DROP TABLE agent_messages; DROP TABLE billed_costs; "
        "DROP TABLE provider_identities; DROP TABLE usage_estimates; "
        "ALTER TABLE sources DROP COLUMN state; ALTER TABLE sources DROP COLUMN watermark_ms; "
        "ALTER TABLE sources DROP COLUMN next_poll_ms; ALTER TABLE sources DROP COLUMN status; "
        "PRAGMA user_version = 1")));
    temp.reopen();
    QVERIFY(temp.isValid());
    QCOMPARE(count(temp.ledger(), QStringLiteral("PRAGMA user_version")),
             qint64(LedgerSchema::latestVersion()));
    QCOMPARE(count(temp.ledger(), QStringLiteral("SELECT count(*) FROM file_cursors")), 0);
    QCOMPARE(count(temp.ledger(), QStringLiteral("SELECT count(*) FROM billed_costs")), 0);
    QCOMPARE(count(temp.ledger(), QStringLiteral("SELECT count(*) FROM budget_alerts")), 0);
    QCOMPARE(totals(temp.ledger()).records, 1); // the data came along
    // Version 5's rollups start from the usage there is, and keep up with new writes.
    Result<QStringList> problems = temp->rollupDiscrepancies();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    QCOMPARE(count(temp.ledger(), QStringLiteral("SELECT count(*) FROM monthly_rollup")), 1);
    QVERIFY(temp->writeUsage(
        source,
        {record(QStringLiteral("new"), day1 + 3'600'000, QStringLiteral("gpt-5"), 1, 1, 1)}));
    problems = temp->rollupDiscrepancies();
    QVERIFY(problems && problems->isEmpty());
    QCOMPARE(count(temp.ledger(), QStringLiteral("SELECT sum(records) FROM quarter_hour_totals")),
             2);
}

void tst_Ledger::refusesNewerSchema()
{
    TempLedger temp;
    QVERIFY(temp->database().exec(QStringLiteral("PRAGMA user_version = 999")));
    temp.close();
    Result<std::unique_ptr<Ledger>> opened = Ledger::open(temp.path());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::SchemaTooNew);
}

void tst_Ledger::refusesFilesThatAreNotLedgers_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("isOtherSqlite");
    QTest::newRow("text") << QByteArray("this is not a database\n").repeated(200) << false;
    QTest::newRow("truncated header")
        << QByteArray("SQLite format 3\0garbage", 24).repeated(100) << false;
    QTest::newRow("other program's sqlite") << QByteArray() << true;
}

void tst_Ledger::refusesFilesThatAreNotLedgers()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, isOtherSqlite);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    if (isOtherSqlite) {
        Result<std::unique_ptr<SqliteDatabase>> db
            = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadWriteCreate);
        QVERIFY(db);
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE notes (body TEXT)")));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    Result<std::unique_ptr<Ledger>> opened = Ledger::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().detail.contains(QLatin1String("not a")),
             qPrintable(opened.error().detail));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before); // nothing was changed in the file
}

void tst_Ledger::writingTheSameUsageTwiceCountsOnce()
{
    TempLedger temp;
    Result<qint64> source
        = temp->ensureSource(QStringLiteral("claude-code"), QStringLiteral("laptop"));
    QVERIFY(source);
    const QList<UsageRecord> batch
        = {record(QStringLiteral("msg_1"), day1, QStringLiteral("claude-sonnet-4-5"), 10, 20, 500),
           record(QStringLiteral("msg_2"), day1 + 1000, QStringLiteral("claude-sonnet-4-5"), 1, 2,
                  70)};
    Result<UsageWriteStats> first = temp->writeUsage(*source, batch);
    QVERIFY(first);
    QCOMPARE(first->written, 2);
    Result<UsageWriteStats> second = temp->writeUsage(*source, batch);
    QVERIFY(second);
    QCOMPARE(second->written, 0);
    QCOMPARE(second->unchanged, 2);
    QCOMPARE(count(temp.ledger(), QStringLiteral("SELECT count(*) FROM usage")), 2);
    const ReportTotals sum = totals(temp.ledger());
    QCOMPARE(sum.tokens.input, 11);
    QCOMPARE(sum.tokens.output, 22);
    QCOMPARE(sum.costMicros, 570);
    QCOMPARE(sum.records, 2);

    // The same key in another source is another record.
    Result<qint64> other
        = temp->ensureSource(QStringLiteral("claude-code"), QStringLiteral("desktop"));
    QVERIFY(other && *other != *source);
    QVERIFY(temp->writeUsage(*other, batch.mid(0, 1)));
    QCOMPARE(totals(temp.ledger()).records, 3);
    // A source name keeps its kind.
    QVERIFY(!temp->ensureSource(QStringLiteral("codex"), QStringLiteral("laptop")));
}

void tst_Ledger::batchedWritesEqualOneByOne_data()
{
    QTest::addColumn<bool>("accumulate");
    QTest::newRow("replace") << false;
    QTest::newRow("accumulate") << true;
}

void tst_Ledger::batchedWritesEqualOneByOne()
{
    QFETCH(bool, accumulate);
    const Ledger::WritePolicy policy
        = accumulate ? Ledger::WritePolicy::Accumulate : Ledger::WritePolicy::Replace;
    // 101 records over 13 keys: whole batches and a rest, the same key again within a batch and
    // across batches, some records identical to an earlier one.
    QList<UsageRecord> records;
    for (int i = 0; i < 101; ++i) {
        records.append(record(QStringLiteral("k%1").arg(i % 13), day1 + (i % 5) * 3'600'000,
                              i % 2 ? QStringLiteral("gpt-5") : QStringLiteral("claude"), i % 7,
                              i % 3, i % 4));
    }
    TempLedger batched;
    TempLedger oneByOne;
    const qint64 batchedSource
        = *batched->ensureSource(QStringLiteral("csv"), QStringLiteral("csv"));
    const qint64 oneSource = *oneByOne->ensureSource(QStringLiteral("csv"), QStringLiteral("csv"));
    Result<UsageWriteStats> together = batched->writeUsage(batchedSource, records, policy);
    QVERIFY(together);
    UsageWriteStats separately;
    for (const UsageRecord &each : std::as_const(records)) {
        Result<UsageWriteStats> stats = oneByOne->writeUsage(oneSource, {each}, policy);
        QVERIFY(stats);
        separately.written += stats->written;
        separately.unchanged += stats->unchanged;
    }
    QCOMPARE(together->written, separately.written);
    QCOMPARE(together->unchanged, separately.unchanged);
    const QString rows = QStringLiteral(
        "SELECT group_concat(external_key || ':' || start_ms || ':' || end_ms || ':' || "
        "input_tokens || ':' || output_tokens || ':' || cost_micros || ':' || requests, ' ') "
        "FROM (SELECT * FROM usage ORDER BY external_key)");
    QVERIFY(text(batched.ledger(), rows).contains(QStringLiteral("k12:")));
    QCOMPARE(text(batched.ledger(), rows), text(oneByOne.ledger(), rows));
    QCOMPARE(totals(batched.ledger()), totals(oneByOne.ledger()));
    Result<QStringList> problems = batched->rollupDiscrepancies();
    QVERIFY(problems && problems->isEmpty());
}

void tst_Ledger::writtenRowsReportTheirIds()
{
    TempLedger temp;
    const qint64 source = *temp->ensureSource(QStringLiteral("csv"), QStringLiteral("csv"));
    const auto idOf = [&](const QString &key) {
        return count(temp.ledger(),
                     QStringLiteral("SELECT id FROM usage WHERE external_key = '%1'").arg(key));
    };
    // The first usage row gets id 1 right after its model got id 1: the same last insert id.
    QHash<QString, qint64> ids;
    QVERIFY(temp->writeUsage(source,
                             {record(QStringLiteral("a"), day1, QStringLiteral("gpt-5"), 1, 1),
                              record(QStringLiteral("b"), day1, QStringLiteral("gpt-5"), 2, 2)},
                             Ledger::WritePolicy::Replace, &ids));
    QCOMPARE(ids.size(), 2);
    QCOMPARE(ids.value(QStringLiteral("a")), idOf(QStringLiteral("a")));
    QCOMPARE(ids.value(QStringLiteral("b")), idOf(QStringLiteral("b")));
    QVERIFY(ids.value(QStringLiteral("a")) != ids.value(QStringLiteral("b")));

    // Replaced: a changed row, an identical one and a new one; each reports its id.
    ids.clear();
    Result<UsageWriteStats> stats
        = temp->writeUsage(source,
                           {record(QStringLiteral("b"), day1, QStringLiteral("gpt-5"), 9, 2),
                            record(QStringLiteral("a"), day1, QStringLiteral("gpt-5"), 1, 1),
                            record(QStringLiteral("c"), day1, QStringLiteral("gpt-5"), 3, 3)},
                           Ledger::WritePolicy::Replace, &ids);
    QVERIFY(stats);
    QCOMPARE(stats->written, 2);
    QCOMPARE(stats->unchanged, 1);
    QCOMPARE(ids.size(), 3);
    QCOMPARE(ids.value(QStringLiteral("a")), idOf(QStringLiteral("a")));
    QCOMPARE(ids.value(QStringLiteral("b")), idOf(QStringLiteral("b")));
    QCOMPARE(ids.value(QStringLiteral("c")), idOf(QStringLiteral("c")));

    // Accumulated into an existing bucket: its id, though no row was inserted.
    ids.clear();
    QVERIFY(temp->writeUsage(source,
                             {record(QStringLiteral("a"), day1, QStringLiteral("gpt-5"), 4, 0)},
                             Ledger::WritePolicy::Accumulate, &ids));
    QCOMPARE(ids.value(QStringLiteral("a")), idOf(QStringLiteral("a")));
    QCOMPARE(count(temp.ledger(),
                   QStringLiteral("SELECT input_tokens FROM usage WHERE external_key = 'a'")),
             5);
}

void tst_Ledger::changedRecordReplacesTheOldOne()
{
    TempLedger temp;
    const qint64 source = *temp->ensureSource(QStringLiteral("openai"), QStringLiteral("openai"));
    QVERIFY(temp->writeUsage(
        source, {record(QStringLiteral("bucket"), day1, QStringLiteral("gpt-5"), 100, 10, 1000)}));
    // The provider revised the bucket, and moved it a day later.
    QVERIFY(temp->writeUsage(source,
                             {record(QStringLiteral("bucket"), day1 + 86'400'000,
                                     QStringLiteral("gpt-5"), 150, 12, 1400)}));
    const ReportTotals sum = totals(temp.ledger());
    QCOMPARE(sum.records, 1);
    QCOMPARE(sum.tokens.input, 150);
    QCOMPARE(sum.costMicros, 1400);
    QCOMPARE(count(temp.ledger(), QStringLiteral("SELECT count(*) FROM daily_rollup")), 1);
    Result<QStringList> problems = temp->rollupDiscrepancies();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
}

void tst_Ledger::rollupsEqualRawSumsAfterRandomWrites()
{
    TempLedger temp;
    QRandomGenerator random(7);
    const QStringList models = {QStringLiteral("claude-opus-4-5"), QStringLiteral("gpt-5"),
                                QStringLiteral("gemini-2.5-pro")};
    QList<qint64> sources;
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
        sources.append(*temp->ensureSource(QStringLiteral("csv"), name));
    for (int round = 0; round < 20; ++round) {
        QList<UsageRecord> batch;
        for (int i = 0; i < 200; ++i) {
            // Keys repeat across rounds, so many writes replace earlier ones with new values.
            UsageRecord usage
                = record(QStringLiteral("k%1").arg(random.bounded(1500)),
                         day1 + qint64(random.bounded(30 * 24)) * 3'600'000,
                         models[random.bounded(3)], random.bounded(5000), random.bounded(900),
                         random.bounded(2) ? random.bounded(100000) : 0);
            usage.identityKind = QStringLiteral("email");
            usage.identityValue = QStringLiteral("p%1@example.com").arg(random.bounded(5));
            usage.costKind = CostKind(random.bounded(3));
            if (usage.costKind == CostKind::Unpriced)
                usage.costMicros = 0;
            batch.append(usage);
        }
        QVERIFY(temp->writeUsage(sources[random.bounded(3)], batch));
    }
    QVERIFY(
        temp->database().exec(QStringLiteral("DELETE FROM usage WHERE external_key LIKE 'k1%'")));
    Result<QStringList> problems = temp->rollupDiscrepancies();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    QCOMPARE(
        count(temp.ledger(), QStringLiteral("SELECT count(*) FROM daily_rollup WHERE records = 0")),
        0);
    // A report from rollups equals one from raw rows (a different zone forces raw rows).
    ReportRequest fromRollups;
    fromRollups.groupBy = {ReportKey::Model, ReportKey::Source};
    ReportRequest fromRows = fromRollups;
    fromRows.groupBy.append(ReportKey::Project); // project forces raw rows; all empty
    Result<Report> a = ReportQuery(temp.ledger()).run(fromRollups);
    Result<Report> b = ReportQuery(temp.ledger()).run(fromRows);
    QVERIFY(a && b);
    QVERIFY(a->fromRollups);
    QVERIFY(!b->fromRollups);
    QCOMPARE(a->rows.size(), b->rows.size());
    for (qsizetype i = 0; i < a->rows.size(); ++i) {
        QCOMPARE(a->rows[i].keys, b->rows[i].keys.mid(0, 2));
        QCOMPARE(a->rows[i].totals.tokens, b->rows[i].totals.tokens);
        QCOMPARE(a->rows[i].totals.costMicros, b->rows[i].totals.costMicros);
        QCOMPARE(a->rows[i].totals.billedMicros, b->rows[i].totals.billedMicros);
        QCOMPARE(a->rows[i].totals.unpricedRecords, b->rows[i].totals.unpricedRecords);
    }
}

void tst_Ledger::failedBatchWritesNothing()
{
    TempLedger temp;
    const qint64 source = *temp->ensureSource(QStringLiteral("csv"), QStringLiteral("csv"));
    QVERIFY(temp->writeUsage(
        source, {record(QStringLiteral("keep"), day1, QStringLiteral("gpt-5"), 5, 5, 10)}));
    QList<UsageRecord> batch;
    for (int i = 0; i < 100; ++i)
        batch.append(
            record(QStringLiteral("new%1").arg(i), day1, QStringLiteral("gpt-5"), 1, 1, 1));
    batch.append(record(QString(), day1, QStringLiteral("gpt-5"), 1, 1, 1)); // no key: invalid
    Result<UsageWriteStats> written = temp->writeUsage(source, batch);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::InvalidInput);
    QCOMPARE(totals(temp.ledger()).records, 1);
    QCOMPARE(count(temp.ledger(), QStringLiteral("SELECT count(*) FROM usage")), 1);
}

void tst_Ledger::killedWriterLeavesPreviousState()
{
    TempLedger temp;
    const qint64 source = *temp->ensureSource(QStringLiteral("csv"), QStringLiteral("csv"));
    QVERIFY(temp->writeUsage(
        source, {record(QStringLiteral("before"), day1, QStringLiteral("gpt-5"), 5, 5, 10)}));
    temp.close();

    // A child process writes a large batch and is killed with SIGKILL while it writes.
    int ready[2];
    QVERIFY(pipe(ready) == 0);
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        close(ready[0]);
        Result<std::unique_ptr<Ledger>> ledger = Ledger::open(temp.path());
        if (!ledger)
            _exit(3);
        QList<UsageRecord> batch;
        for (int i = 0; i < 400'000; ++i)
            batch.append(record(QStringLiteral("bulk%1").arg(i), day1 + i, QStringLiteral("gpt-5"),
                                1, 1, 1));
        const char go = 'g';
        if (write(ready[1], &go, 1) != 1)
            _exit(4);
        (void)(*ledger)->writeUsage(source, batch);
        _exit(0); // only reached if the kill came too late
    }
    close(ready[1]);
    char signal = 0;
    QCOMPARE(read(ready[0], &signal, 1), ssize_t(1));
    close(ready[0]);
    usleep(300'000); // let the child get well into its transaction
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    const bool killed = WIFSIGNALED(status);

    temp.reopen();
    QVERIFY(temp.isValid());
    const ReportTotals after = totals(temp.ledger());
    if (killed) {
        QCOMPARE(after.records, 1);
        QCOMPARE(count(temp.ledger(), QStringLiteral("SELECT count(*) FROM usage")), 1);
    } else {
        QCOMPARE(after.records, 400'001); // it finished first: all or nothing, never part
    }
    Result<QStringList> problems = temp->rollupDiscrepancies();
    QVERIFY(problems && problems->isEmpty());
    Result<SqliteStatement> check
        = temp->database().prepare(QStringLiteral("PRAGMA integrity_check"));
    QVERIFY(check && check->step() == SqliteStatement::StepResult::Row);
    QCOMPARE(check->text(0), QStringLiteral("ok"));
}

void tst_Ledger::attributesByEmailAndIdentity()
{
    TempLedger temp;
    QVERIFY(temp->database().exec(QStringLiteral(
        "INSERT INTO people (id, email, name) VALUES (1, 'ana@example.com', 'Ana');"
        "INSERT INTO identities (kind, value, person_id) VALUES ('openai-user', 'user-abc', 1)")));
    const qint64 source = *temp->ensureSource(QStringLiteral("openai"), QStringLiteral("openai"));
    UsageRecord byEmail = record(QStringLiteral("a"), day1, QStringLiteral("gpt-5"), 1, 1, 1);
    byEmail.identityKind = QStringLiteral("email");
    byEmail.identityValue = QStringLiteral("ANA@example.com");
    UsageRecord byIdentity = record(QStringLiteral("b"), day1, QStringLiteral("gpt-5"), 1, 1, 1);
    byIdentity.identityKind = QStringLiteral("openai-user");
    byIdentity.identityValue = QStringLiteral("user-abc");
    UsageRecord unknown = record(QStringLiteral("c"), day1, QStringLiteral("gpt-5"), 1, 1, 1);
    unknown.identityKind = QStringLiteral("openai-user");
    unknown.identityValue = QStringLiteral("user-zzz");
    Result<UsageWriteStats> stats = temp->writeUsage(source, {byEmail, byIdentity, unknown});
    QVERIFY(stats);
    QCOMPARE(stats->unattributed, 1);
    QCOMPARE(count(temp.ledger(), QStringLiteral("SELECT count(*) FROM usage WHERE person_id = 1")),
             2);
}

void tst_Ledger::reportingZoneChangeRebucketsDays()
{
    TempLedger temp;
    const qint64 source = *temp->ensureSource(QStringLiteral("csv"), QStringLiteral("csv"));
    QVERIFY(writeLateEveningUsage(temp.ledger(), source));
    QCOMPARE(firstReportedDay(temp.ledger()), QStringLiteral("2026-11-02"));
    QVERIFY(temp->setReportingTimeZone(QTimeZone("Europe/Berlin")));
    ReportRequest byDay;
    byDay.groupBy = {ReportKey::Day};
    Result<Report> berlin = ReportQuery(temp.ledger()).run(byDay);
    QVERIFY(berlin && berlin->fromRollups);
    QCOMPARE(berlin->rows.first().keys.first(), QStringLiteral("2026-11-03"));
    QCOMPARE(berlin->timeZone, QStringLiteral("Europe/Berlin"));
    Result<QStringList> problems = temp->rollupDiscrepancies();
    QVERIFY(problems && problems->isEmpty());
    // The zone survives reopening, and the update trigger is back.
    temp.reopen();
    QCOMPARE(temp->reportingTimeZone().id(), QByteArray("Europe/Berlin"));
    QVERIFY(writeLateEveningUsage(temp.ledger(), source, 9));
    QCOMPARE(totals(temp.ledger()).tokens.input, 9);
    problems = temp->rollupDiscrepancies();
    QVERIFY(problems && problems->isEmpty());
}

void tst_Ledger::reportingZoneChangeReachesOtherConnections()
{
    TempLedger temp;
    const qint64 source = *temp->ensureSource(QStringLiteral("csv"), QStringLiteral("csv"));
    // Connections opened before the change: a writer (an importer, say) and a reader (the
    // window's queries).
    Result<std::unique_ptr<Ledger>> writer = Ledger::open(temp.path(), Ledger::Access::ReadWrite);
    Result<std::unique_ptr<Ledger>> reader = Ledger::open(temp.path(), Ledger::Access::ReadOnly);
    QVERIFY(writer && reader);
    QCOMPARE((*writer)->reportingTimeZone(), QTimeZone::utc());
    QVERIFY(temp->setReportingTimeZone(QTimeZone("Europe/Berlin")));

    // The writer counts its new rows' days in the new zone.
    QVERIFY(writeLateEveningUsage(**writer, source));
    QCOMPARE((*writer)->reportingTimeZone().id(), QByteArray("Europe/Berlin"));
    ReportRequest byDay;
    byDay.groupBy = {ReportKey::Day};
    Result<Report> fromReader = ReportQuery(**reader).run(byDay);
    QVERIFY(fromReader);
    QVERIFY(fromReader->fromRollups);
    QCOMPARE(fromReader->timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(fromReader->rows.size(), 1);
    QCOMPARE(fromReader->rows.first().keys.first(), QStringLiteral("2026-11-03"));
    Result<QStringList> problems = temp->rollupDiscrepancies();
    QVERIFY(problems && problems->isEmpty());
}

void tst_Ledger::failedReportingZoneChangeKeepsTheOldZone()
{
    TempLedger temp;
    const qint64 source = *temp->ensureSource(QStringLiteral("csv"), QStringLiteral("csv"));
    QVERIFY(writeLateEveningUsage(temp.ledger(), source));
    // Fails half-way: the setting is written, the first day update refused.
    QVERIFY(temp->database().exec(
        QStringLiteral("CREATE TRIGGER refuse_days BEFORE UPDATE OF day ON usage "
                       "BEGIN SELECT RAISE(ABORT, 'days are frozen'); END")));
    const Status changed = temp->setReportingTimeZone(QTimeZone("Europe/Berlin"));
    QVERIFY(!changed);
    QVERIFY(changed.error().detail.contains(QStringLiteral("days are frozen")));
    // Nothing moved, in memory or in the file: the zone, the days, the rollups and their
    // trigger, which the change had set aside.
    QCOMPARE(temp->reportingTimeZone(), QTimeZone::utc());
    QCOMPARE(firstReportedDay(temp.ledger()), QStringLiteral("2026-11-02"));
    QCOMPARE(count(temp.ledger(),
                   QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                  "AND name = 'usage_rollup_update'")),
             1);
    temp.reopen();
    QCOMPARE(temp->reportingTimeZone(), QTimeZone::utc());
    QCOMPARE(firstReportedDay(temp.ledger()), QStringLiteral("2026-11-02"));
    Result<QStringList> problems = temp->rollupDiscrepancies();
    QVERIFY(problems && problems->isEmpty());
}

void tst_Ledger::priceVersionsAreKeptOnce()
{
    TempLedger temp;
    QCOMPARE(temp->latestPriceVersion().error().code, ErrorCode::NotFound);
    Result<qint64> first = temp->storePriceVersion(QStringLiteral("a.json"), "{\"x\":1}", 1, 1000);
    Result<qint64> second = temp->storePriceVersion(QStringLiteral("b.json"), "{\"y\":2}", 1, 2000);
    Result<qint64> again = temp->storePriceVersion(QStringLiteral("a.json"), "{\"x\":1}", 1, 3000);
    QVERIFY(first && second && again);
    QCOMPARE(*again, *first);
    QCOMPARE(temp->latestPriceVersion()->id, *first); // re-imported last
    QCOMPARE(count(temp.ledger(), QStringLiteral("SELECT count(*) FROM price_versions")), 2);
}

QTEST_GUILESS_MAIN(tst_Ledger)
#include "tst_ledger.moc"
