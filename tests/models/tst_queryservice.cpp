#include "analytics/queryservice.h"
#include "budgets/alertstore.h"
#include "budgets/budgetstore.h"
#include "ledger/peopledirectory.h"
#include "ledger/sqlitedatabase.h"
#include "support/templedger.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

namespace {

qint64 at(const QDate &day, int hour)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
}

UsageRecord record(const QString &key, const QString &email, const QDate &day, const QString &model,
                   qint64 costMicros, CostKind kind = CostKind::Estimated)
{
    UsageRecord usage;
    usage.externalKey = key;
    usage.startMs = usage.endMs = at(day, 10);
    usage.identityKind = QStringLiteral("email");
    usage.identityValue = email;
    usage.provider = QStringLiteral("anthropic");
    usage.model = model;
    usage.project = QStringLiteral("burnrate");
    usage.tokens.input = 1000;
    usage.tokens.output = 500;
    usage.costKind = kind;
    usage.costMicros = kind == CostKind::Unpriced ? 0 : costMicros;
    return usage;
}

} // namespace

// Answers of the service, received on the test's thread (the service runs on its own), so
// QSignalSpy sees them as a view would.
class Receiver : public QObject
{
    Q_OBJECT
signals:
    void reportReady(quint64 ticket, const Report &report);
    void reportsReady(quint64 ticket, const QList<Report> &reports);
    void directoryReady(quint64 ticket, const DirectorySnapshot &directory);
    void sourcesReady(quint64 ticket, const QList<SourceInfo> &sources);
    void budgetsReady(quint64 ticket, const QList<BudgetEvaluation> &budgets);
    void alertHistoryReady(quint64 ticket, const QList<BudgetAlert> &alerts);
    void pricesReady(quint64 ticket, const PriceSnapshot &prices);
    void reconciliationReady(quint64 ticket, const Reconciliation &reconciliation);
    void peerComparisonReady(quint64 ticket, const PeerComparison &comparison);
    void efficiencyReady(quint64 ticket, const EfficiencyFigures &figures);
    void errorOccurred(quint64 ticket, const Error &error);
};

class tst_QueryService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void reportComesBackWithItsTicket();
    void reportsComeBackTogether();
    void answersArriveInRequestOrder();
    void directory();
    void sources();
    void budgetsSpendTheirOwnPeriod();
    void budgetsOfSomeScopesAndKeptWhileTheLedgerIsUnchanged();
    void alertHistoryNewestFirst();
    void prices();
    void reconciliation();
    void peerComparison();
    void peerComparisonOfSomebodyUnknown();
    void efficiency();
    void missingLedgerIsAnError();
    void reopenSeesNewData();

private:
    void connectReceiver(QueryService &service);
    void startService(const QString &path);

    std::unique_ptr<TempLedger> m_ledger;
    qint64 m_sourceId = 0;
    QThread m_thread;
    std::unique_ptr<QueryService> m_service;
    std::unique_ptr<Receiver> m_receiver;
};

void tst_QueryService::init()
{
    m_ledger = std::make_unique<TempLedger>();
    QVERIFY(m_ledger->isValid());
    PeopleDirectory people(m_ledger->ledger());
    const QByteArray csv = "email,name,team,manager,role,identities\n"
                           "ana@example.com,Ana,Engineering/Platform,,manager,\n"
                           "bob@example.com,Bob,Engineering/Platform,ana@example.com,employee,\n"
                           "cy@example.com,Cy,Research,,employee,\n";
    QVERIFY(people.importCsv(csv));
    QVERIFY(m_ledger->ledger().setSetting(QStringLiteral("me_email"),
                                          QStringLiteral("bob@example.com")));
    Result<qint64> source
        = m_ledger->ledger().ensureSource(QStringLiteral("claude-code"), QStringLiteral("laptop"));
    QVERIFY(source);
    m_sourceId = *source;
    const QDate day(2026, 11, 20);
    const QList<UsageRecord> records = {
        record(QStringLiteral("1"), QStringLiteral("ana@example.com"), day, QStringLiteral("opus"),
               2'000'000),
        record(QStringLiteral("2"), QStringLiteral("bob@example.com"), day, QStringLiteral("opus"),
               1'500'000),
        record(QStringLiteral("3"), QStringLiteral("bob@example.com"), day.addDays(1),
               QStringLiteral("haiku"), 250'000),
        record(QStringLiteral("4"), QStringLiteral("cy@example.com"), day,
               QStringLiteral("mystery"), 0, CostKind::Unpriced),
        record(QStringLiteral("5"), QStringLiteral("stranger@example.com"), day,
               QStringLiteral("opus"), 100'000),
    };
    QVERIFY(m_ledger->ledger().writeUsage(m_sourceId, records));
}

void tst_QueryService::cleanup()
{
    m_thread.quit();
    m_thread.wait();
    m_service.reset();
    m_receiver.reset();
    m_ledger.reset();
}

void tst_QueryService::connectReceiver(QueryService &service)
{
    m_receiver = std::make_unique<Receiver>();
    Receiver *receiver = m_receiver.get();
    connect(&service, &QueryService::reportReady, receiver, &Receiver::reportReady);
    connect(&service, &QueryService::reportsReady, receiver, &Receiver::reportsReady);
    connect(&service, &QueryService::directoryReady, receiver, &Receiver::directoryReady);
    connect(&service, &QueryService::sourcesReady, receiver, &Receiver::sourcesReady);
    connect(&service, &QueryService::budgetsReady, receiver, &Receiver::budgetsReady);
    connect(&service, &QueryService::alertHistoryReady, receiver, &Receiver::alertHistoryReady);
    connect(&service, &QueryService::pricesReady, receiver, &Receiver::pricesReady);
    connect(&service, &QueryService::reconciliationReady, receiver, &Receiver::reconciliationReady);
    connect(&service, &QueryService::peerComparisonReady, receiver, &Receiver::peerComparisonReady);
    connect(&service, &QueryService::efficiencyReady, receiver, &Receiver::efficiencyReady);
    connect(&service, &QueryService::errorOccurred, receiver, &Receiver::errorOccurred);
}

void tst_QueryService::startService(const QString &path)
{
    m_service = std::make_unique<QueryService>(path);
    m_service->moveToThread(&m_thread);
    connectReceiver(*m_service);
    m_thread.start();
}

void tst_QueryService::reportComesBackWithItsTicket()
{
    startService(m_ledger->path());
    QSignalSpy spy(m_receiver.get(), &Receiver::reportReady);
    ReportRequest request;
    request.groupBy = {ReportKey::Person};
    const quint64 ticket = m_service->requestReport(request);
    QVERIFY(ticket > 0);
    QVERIFY(spy.wait());
    QCOMPARE(spy.first().at(0).value<quint64>(), ticket);
    const Report report = spy.first().at(1).value<Report>();
    QCOMPARE(report.totals.costMicros, 3'850'000);
    QCOMPARE(report.totals.records, 5);
    QCOMPARE(report.rows.size(), 4); // ana, bob, cy, and the unmatched stranger
}

void tst_QueryService::reportsComeBackTogether()
{
    startService(m_ledger->path());
    QSignalSpy spy(m_receiver.get(), &Receiver::reportsReady);
    ReportRequest byModel;
    byModel.groupBy = {ReportKey::Model};
    byModel.personEmail = QStringLiteral("bob@example.com");
    ReportRequest byDay = byModel;
    byDay.groupBy = {ReportKey::Day, ReportKey::Model};
    byDay.since = byDay.until = QDate(2026, 11, 21);
    const quint64 ticket = m_service->requestReports({byModel, byDay});
    QVERIFY(spy.wait());
    QCOMPARE(spy.first().at(0).value<quint64>(), ticket);
    const QList<Report> reports = spy.first().at(1).value<QList<Report>>();
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports[0].totals.costMicros, 1'750'000);
    QCOMPARE(reports[0].rows.size(), 2);
    QCOMPARE(reports[1].totals.costMicros, 250'000);
    QCOMPARE(reports[1].rows.first().keys,
             (QStringList {QStringLiteral("2026-11-21"), QStringLiteral("haiku")}));
}

void tst_QueryService::answersArriveInRequestOrder()
{
    startService(m_ledger->path());
    QSignalSpy spy(m_receiver.get(), &Receiver::reportReady);
    ReportRequest request;
    QList<quint64> tickets;
    for (int i = 0; i < 5; ++i)
        tickets.append(m_service->requestReport(request));
    QTRY_COMPARE(spy.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(spy.at(i).at(0).value<quint64>(), tickets[i]);
        if (i > 0)
            QVERIFY(tickets[i] > tickets[i - 1]); // a newer request has a larger ticket
    }
}

void tst_QueryService::directory()
{
    startService(m_ledger->path());
    QSignalSpy spy(m_receiver.get(), &Receiver::directoryReady);
    const quint64 ticket = m_service->requestDirectory();
    QVERIFY(spy.wait());
    QCOMPARE(spy.first().at(0).value<quint64>(), ticket);
    const DirectorySnapshot directory = spy.first().at(1).value<DirectorySnapshot>();
    QCOMPARE(directory.people.size(), 3);
    QCOMPARE(directory.teams.size(), 3); // Engineering, Platform, Research
    QCOMPARE(directory.meEmail, QStringLiteral("bob@example.com"));
    QCOMPARE(directory.timeZone, QStringLiteral("UTC"));
    QCOMPARE(directory.ledgerPath, m_ledger->path());
    QCOMPARE(directory.unmatched.size(), 1);
    QCOMPARE(directory.unmatched.first().value, QStringLiteral("stranger@example.com"));
}

void tst_QueryService::sources()
{
    startService(m_ledger->path());
    QSignalSpy spy(m_receiver.get(), &Receiver::sourcesReady);
    m_service->requestSources();
    QVERIFY(spy.wait());
    const QList<SourceInfo> sources = spy.first().at(1).value<QList<SourceInfo>>();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.first().name, QStringLiteral("laptop"));
    QCOMPARE(sources.first().records, 5);
    // The newest usage: bob's haiku on the 21st, found through that day's rows.
    QCOMPARE(sources.first().lastUsageMs,
             QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
}

void tst_QueryService::budgetsSpendTheirOwnPeriod()
{
    BudgetStore store(m_ledger->ledger());
    Budget team;
    team.scope = BudgetScope::Team;
    team.scopeName = QStringLiteral("Engineering"); // Platform is nested in it
    team.period = BudgetPeriod::Month;
    team.limitMicros = 10'000'000;
    QVERIFY(store.add(team, 0));
    Budget daily;
    daily.scope = BudgetScope::Person;
    daily.scopeName = QStringLiteral("bob@example.com");
    daily.period = BudgetPeriod::Day;
    daily.limitTokens = 3000;
    QVERIFY(store.add(daily, 0));

    startService(m_ledger->path());
    QSignalSpy spy(m_receiver.get(), &Receiver::budgetsReady);
    m_service->requestBudgets(at(QDate(2026, 11, 21), 12));
    QVERIFY(spy.wait());
    const QList<BudgetEvaluation> budgets = spy.first().at(1).value<QList<BudgetEvaluation>>();
    QCOMPARE(budgets.size(), 2);
    for (const BudgetEvaluation &evaluation : budgets) {
        QVERIFY2(evaluation.error.isEmpty(), qPrintable(evaluation.error));
        if (evaluation.budget.scope == BudgetScope::Team) {
            QCOMPARE(evaluation.period.first, QDate(2026, 11, 1));
            QCOMPARE(evaluation.period.last, QDate(2026, 11, 30));
            QCOMPARE(evaluation.spent, 3'750'000); // ana + bob
            QCOMPARE(evaluation.limit, 10'000'000);
            QCOMPARE(evaluation.percent(), 37.5);
        } else {
            QCOMPARE(evaluation.period.first, QDate(2026, 11, 21));
            QCOMPARE(evaluation.spent, 1500); // bob's haiku day only, in tokens
            QCOMPARE(evaluation.percent(), 50.0);
        }
    }
}

void tst_QueryService::budgetsOfSomeScopesAndKeptWhileTheLedgerIsUnchanged()
{
    BudgetStore store(m_ledger->ledger());
    Budget organisation;
    organisation.scope = BudgetScope::Organisation;
    organisation.period = BudgetPeriod::Month;
    organisation.limitMicros = 100'000'000;
    QVERIFY(store.add(organisation, 0));
    Budget bob;
    bob.scope = BudgetScope::Person;
    bob.scopeName = QStringLiteral("bob@example.com");
    bob.period = BudgetPeriod::Month;
    bob.limitMicros = 10'000'000;
    QVERIFY(store.add(bob, 0));

    startService(m_ledger->path());
    QSignalSpy spy(m_receiver.get(), &Receiver::budgetsReady);
    const qint64 now = at(QDate(2026, 11, 21), 12);
    const auto spentOfBob = [&](const QList<BudgetScope> &scopes) -> qint64 {
        spy.clear();
        m_service->requestBudgets(now, scopes);
        if (!spy.wait())
            return -1;
        const QList<BudgetEvaluation> budgets = spy.first().at(1).value<QList<BudgetEvaluation>>();
        for (const BudgetEvaluation &evaluation : budgets) {
            if (evaluation.budget.scope == BudgetScope::Person)
                return evaluation.spent;
        }
        return -2;
    };
    QCOMPARE(spentOfBob({BudgetScope::Person}), 1'750'000);
    QCOMPARE(spy.first().at(1).value<QList<BudgetEvaluation>>().size(), 1); // no organisation

    // Another connection writes: the next answer evaluates again.
    QVERIFY(m_ledger->ledger().writeUsage(
        m_sourceId, {record(QStringLiteral("6"), QStringLiteral("bob@example.com"),
                            QDate(2026, 11, 21), QStringLiteral("opus"), 1'000'000)}));
    QCOMPARE(spentOfBob({}), 2'750'000);
    QCOMPARE(spy.first().at(1).value<QList<BudgetEvaluation>>().size(), 2);
    QCOMPARE(spentOfBob({}), 2'750'000); // from the cache, the same
}

void tst_QueryService::alertHistoryNewestFirst()
{
    Budget budget;
    budget.scope = BudgetScope::Person;
    budget.scopeName = QStringLiteral("bob@example.com");
    budget.limitMicros = 2'000'000;
    Result<qint64> budgetId = BudgetStore(m_ledger->ledger()).add(budget, 0);
    QVERIFY(budgetId);
    {
        SqliteTransaction transaction(m_ledger->ledger().database());
        AlertStore alerts(m_ledger->ledger());
        for (const int threshold : {50, 80}) {
            BudgetAlert alert;
            alert.budgetId = *budgetId;
            alert.budgetLabel = QStringLiteral("person:bob@example.com · month");
            alert.periodFirst = QDate(2026, 11, 1);
            alert.periodLast = QDate(2026, 11, 30);
            alert.threshold = threshold;
            alert.firedMs = at(QDate(2026, 11, 20), threshold == 50 ? 10 : 11);
            alert.spent = 1'750'000;
            alert.limit = 2'000'000;
            alert.message = QStringLiteral("%1 % used").arg(threshold);
            alert.recipients = {
                {QStringLiteral("bob@example.com"), QStringLiteral("Bob"), RecipientRole::Owner}};
            QVERIFY(alerts.recordOnce(alert, 1, alert.firedMs));
        }
        QVERIFY(transaction.commit());
    }

    startService(m_ledger->path());
    QSignalSpy spy(m_receiver.get(), &Receiver::alertHistoryReady);
    const quint64 ticket = m_service->requestAlertHistory();
    QVERIFY(spy.wait());
    QCOMPARE(spy.first().at(0).value<quint64>(), ticket);
    const QList<BudgetAlert> history = spy.first().at(1).value<QList<BudgetAlert>>();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].threshold, 80);
    QCOMPARE(history[1].threshold, 50);
    QCOMPARE(history[0].budgetId, *budgetId);
    QVERIFY(history[0].isFor(QStringLiteral("BOB@example.com")));
}

void tst_QueryService::prices()
{
    startService(m_ledger->path());
    QSignalSpy spy(m_receiver.get(), &Receiver::pricesReady);
    m_service->requestPrices();
    QVERIFY(spy.wait());
    const PriceSnapshot prices = spy.first().at(1).value<PriceSnapshot>();
    QVERIFY(!prices.entries.isEmpty());
}

void tst_QueryService::reconciliation()
{
    startService(m_ledger->path());
    QSignalSpy spy(m_receiver.get(), &Receiver::reconciliationReady);
    ReconciliationRequest request;
    request.since = QDate(2026, 11, 1);
    request.period = ReconciliationPeriod::Month;
    const quint64 ticket = m_service->requestReconciliation(request);
    QVERIFY(spy.wait());
    QCOMPARE(spy.first().at(0).value<quint64>(), ticket);
    const Reconciliation answer = spy.first().at(1).value<Reconciliation>();
    QCOMPARE(answer.rows.size(), 1); // the laptop's estimates; nothing billed
    QCOMPARE(answer.rows[0].periodKey, QStringLiteral("2026-11"));
    QCOMPARE(answer.rows[0].figures.estimatedMicros, 3'850'000);
    QVERIFY(!answer.rows[0].figures.hasBilledData());
}

void tst_QueryService::peerComparison()
{
    startService(m_ledger->path());
    QSignalSpy spy(m_receiver.get(), &Receiver::peerComparisonReady);
    PeerRequest request;
    request.personEmail = QStringLiteral("bob@example.com");
    request.days = {QDate(2026, 11, 1), QDate(2026, 11, 30)};
    const quint64 ticket = m_service->requestPeerComparison(request);
    QVERIFY(spy.wait());
    QCOMPARE(spy.first().at(0).value<quint64>(), ticket);
    const PeerComparison comparison = spy.first().at(1).value<PeerComparison>();
    QCOMPARE(comparison.personEmail, QStringLiteral("bob@example.com"));
    QCOMPARE(comparison.spentMicros, 1'750'000);
    QVERIFY(comparison.isEnabled);
    // Platform has two people and the organisation three: both too small to show.
    QCOMPARE(comparison.groups.size(), 2);
    QCOMPARE(comparison.groups[0].kind, PeerGroupKind::Team);
    QCOMPARE(comparison.groups[0].size, 2);
    QVERIFY(!comparison.groups[0].isShown);
    QCOMPARE(comparison.groups[1].size, 3);
    QVERIFY(!comparison.groups[1].isShown);
}

void tst_QueryService::peerComparisonOfSomebodyUnknown()
{
    startService(m_ledger->path());
    QSignalSpy errors(m_receiver.get(), &Receiver::errorOccurred);
    QSignalSpy answers(m_receiver.get(), &Receiver::peerComparisonReady);
    PeerRequest request;
    request.personEmail = QStringLiteral("stranger@example.com");
    request.days = {QDate(2026, 11, 1), QDate(2026, 11, 30)};
    const quint64 ticket = m_service->requestPeerComparison(request);
    QVERIFY(errors.wait());
    QCOMPARE(errors.first().at(0).value<quint64>(), ticket);
    QCOMPARE(errors.first().at(1).value<Error>().code, ErrorCode::NotFound);
    QCOMPARE(answers.size(), 0);
}

void tst_QueryService::efficiency()
{
    QVERIFY(m_ledger->ledger().writeUsage(
        m_sourceId,
        {record(QStringLiteral("6"), QStringLiteral("bob@example.com"), QDate(2026, 11, 22),
                QStringLiteral("claude-sonnet-4-5"), 22'500)}));
    startService(m_ledger->path());
    QSignalSpy spy(m_receiver.get(), &Receiver::efficiencyReady);
    EfficiencyRequest request;
    request.personEmail = QStringLiteral("bob@example.com");
    request.days = {QDate(2026, 11, 1), QDate(2026, 11, 30)};
    const quint64 ticket = m_service->requestEfficiency(request);
    QVERIFY(spy.wait());
    QCOMPARE(spy.first().at(0).value<quint64>(), ticket);
    const EfficiencyFigures figures = spy.first().at(1).value<EfficiencyFigures>();
    QCOMPARE(figures.spentMicros, 1'772'500);
    QCOMPARE(figures.promptTokens, 3000);
    // The fixture's "opus" and "haiku" are no model names the price table knows.
    QCOMPARE(figures.unpricedModels,
             (QStringList {QStringLiteral("haiku"), QStringLiteral("opus")}));
    QVERIFY(figures.expensiveModels.isEmpty()); // one priced model: nothing to compare
}

void tst_QueryService::missingLedgerIsAnError()
{
    startService(m_ledger->dirPath() + QStringLiteral("/missing.sqlite"));
    QSignalSpy errors(m_receiver.get(), &Receiver::errorOccurred);
    QSignalSpy reports(m_receiver.get(), &Receiver::reportReady);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot open")));
    const quint64 ticket = m_service->requestReport({});
    QVERIFY(errors.wait());
    QCOMPARE(errors.first().at(0).value<quint64>(), ticket);
    QVERIFY(!errors.first().at(1).value<Error>().detail.isEmpty());
    QCOMPARE(reports.size(), 0);
}

void tst_QueryService::reopenSeesNewData()
{
    startService(m_ledger->path());
    QSignalSpy spy(m_receiver.get(), &Receiver::reportReady);
    m_service->requestReport({});
    QVERIFY(spy.wait());
    QCOMPARE(spy.takeFirst().at(1).value<Report>().totals.records, 5);

    QVERIFY(m_ledger->ledger().writeUsage(
        m_sourceId,
        {record(QStringLiteral("6"), QStringLiteral("cy@example.com"), QDate(2026, 11, 22),
                QStringLiteral("opus"), 1'000'000)}));
    m_service->reopen();
    m_service->requestReport({});
    QVERIFY(spy.wait());
    const Report report = spy.takeFirst().at(1).value<Report>();
    QCOMPARE(report.totals.records, 6);
    QCOMPARE(report.totals.costMicros, 4'850'000);
}

QTEST_GUILESS_MAIN(tst_QueryService)
#include "tst_queryservice.moc"
