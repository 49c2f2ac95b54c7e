#include "queryservice.h"

#include "budgets/alertstore.h"
#include "budgets/budgetevaluator.h"
#include "budgets/budgetstore.h"
#include "ledger/sqlitedatabase.h"
#include "pricing/pricebook.h"
#include "pricing/pricetable.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcQueries, "burnrate.analytics.queries", QtInfoMsg)

QueryService::QueryService(const QString &ledgerPath, QObject *parent)
    : QObject(parent), m_ledgerPath(ledgerPath)
{
    qRegisterMetaType<Report>();
    qRegisterMetaType<QList<Report>>();
    qRegisterMetaType<DirectorySnapshot>();
    qRegisterMetaType<QList<SourceInfo>>();
    qRegisterMetaType<QList<BudgetEvaluation>>();
    qRegisterMetaType<QList<BudgetAlert>>();
    qRegisterMetaType<PriceSnapshot>();
    qRegisterMetaType<Reconciliation>();
    qRegisterMetaType<PeerComparison>();
    qRegisterMetaType<EfficiencyFigures>();
    qRegisterMetaType<Error>();
}

QueryService::~QueryService() = default;

template<typename Work>
quint64 QueryService::post(Work work)
{
    const quint64 ticket = nextTicket();
    // Queued even on the service's own thread, so answers never arrive inside the request call.
    QMetaObject::invokeMethod(
        this, [this, ticket, work = std::move(work)] { work(this, ticket); }, Qt::QueuedConnection);
    return ticket;
}

quint64 QueryService::requestReport(const ReportRequest &request)
{
    return post([request](QueryService *self, quint64 ticket) {
        self->runReports(ticket, {request}, true);
    });
}

quint64 QueryService::requestReports(const QList<ReportRequest> &requests)
{
    return post([requests](QueryService *self, quint64 ticket) {
        self->runReports(ticket, requests, false);
    });
}

quint64 QueryService::requestDirectory()
{
    return post([](QueryService *self, quint64 ticket) { self->runDirectory(ticket); });
}

quint64 QueryService::requestSources()
{
    return post([](QueryService *self, quint64 ticket) { self->runSources(ticket); });
}

quint64 QueryService::requestBudgets(qint64 nowMs, const QList<BudgetScope> &scopes)
{
    return post([nowMs, scopes](QueryService *self, quint64 ticket) {
        self->runBudgets(ticket, nowMs, scopes);
    });
}

quint64 QueryService::requestAlertHistory(int limit)
{
    return post(
        [limit](QueryService *self, quint64 ticket) { self->runAlertHistory(ticket, limit); });
}

quint64 QueryService::requestPrices()
{
    return post([](QueryService *self, quint64 ticket) { self->runPrices(ticket); });
}

quint64 QueryService::requestReconciliation(const ReconciliationRequest &request)
{
    return post([request](QueryService *self, quint64 ticket) {
        self->runReconciliation(ticket, request);
    });
}

quint64 QueryService::requestPeerComparison(const PeerRequest &request)
{
    return post([request](QueryService *self, quint64 ticket) {
        self->runPeerComparison(ticket, request);
    });
}

quint64 QueryService::requestEfficiency(const EfficiencyRequest &request)
{
    return post(
        [request](QueryService *self, quint64 ticket) { self->runEfficiency(ticket, request); });
}

void QueryService::reopen()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_ledger.reset();
            m_evaluations.clear(); // data_version counts per connection
        },
        Qt::QueuedConnection);
}

Ledger *QueryService::ledger(quint64 ticket)
{
    if (m_ledger)
        return m_ledger.get();
    Result<std::unique_ptr<Ledger>> opened = Ledger::open(m_ledgerPath, Ledger::Access::ReadOnly);
    if (!opened) {
        qCWarning(lcQueries) << "cannot open" << m_ledgerPath << opened.error().detail;
        emit errorOccurred(ticket, opened.error());
        return nullptr;
    }
    m_ledger = std::move(opened).value();
    return m_ledger.get();
}

void QueryService::runReports(quint64 ticket, const QList<ReportRequest> &requests, bool single)
{
    Ledger *ledger = this->ledger(ticket);
    if (!ledger)
        return;
    ReportQuery query(*ledger);
    QList<Report> reports;
    reports.reserve(requests.size());
    for (const ReportRequest &request : requests) {
        Result<Report> report = query.run(request);
        if (!report) {
            emit errorOccurred(ticket, report.error());
            return;
        }
        reports.append(std::move(report).value());
    }
    if (single)
        emit reportReady(ticket, reports.value(0));
    else
        emit reportsReady(ticket, reports);
}

void QueryService::runDirectory(quint64 ticket)
{
    Ledger *ledger = this->ledger(ticket);
    if (!ledger)
        return;
    PeopleDirectory directory(*ledger);
    Result<QList<Person>> people = directory.people();
    Result<QList<Team>> teams = directory.teams();
    Result<QList<UnmatchedIdentity>> unmatched = directory.unmatchedIdentities();
    for (const Error *error : {people ? nullptr : &people.error(), teams ? nullptr : &teams.error(),
                               unmatched ? nullptr : &unmatched.error()}) {
        if (error) {
            emit errorOccurred(ticket, *error);
            return;
        }
    }
    DirectorySnapshot snapshot;
    snapshot.ledgerPath = ledger->path();
    snapshot.organisationName = ledger->setting(QStringLiteral("org_name"));
    snapshot.meEmail = ledger->setting(QStringLiteral("me_email"));
    snapshot.timeZone = QString::fromUtf8(ledger->reportingTimeZone().id());
    snapshot.peerComparisonEnabled = PeerQuery::isComparisonEnabled(*ledger);
    snapshot.people = std::move(people).value();
    snapshot.teams = std::move(teams).value();
    snapshot.unmatched = std::move(unmatched).value();
    // Small tables (models are interned): cheap at any ledger size.
    for (auto [sql, names] :
         {std::pair {QStringLiteral("SELECT name FROM models ORDER BY name"), &snapshot.modelNames},
          std::pair {QStringLiteral("SELECT name FROM sources ORDER BY name COLLATE NOCASE"),
                     &snapshot.sourceNames}}) {
        Result<SqliteStatement> statement = ledger->database().prepare(sql);
        if (!statement) {
            emit errorOccurred(ticket, statement.error());
            return;
        }
        while (statement->step() == SqliteStatement::StepResult::Row)
            names->append(statement->text(0));
    }
    emit directoryReady(ticket, snapshot);
}

void QueryService::runSources(quint64 ticket)
{
    Ledger *ledger = this->ledger(ticket);
    if (!ledger)
        return;
    Result<QList<SourceInfo>> sources = ledger->sources();
    if (!sources) {
        emit errorOccurred(ticket, sources.error());
        return;
    }
    emit sourcesReady(ticket, *sources);
}

void QueryService::runBudgets(quint64 ticket, qint64 nowMs, const QList<BudgetScope> &scopes)
{
    Ledger *ledger = this->ledger(ticket);
    if (!ledger)
        return;
    Result<QList<Budget>> budgets = BudgetStore(*ledger).budgets();
    if (!budgets) {
        emit errorOccurred(ticket, budgets.error());
        return;
    }
    // Another connection's commit moves data_version: then nothing cached is trusted.
    qint64 dataVersion = -1;
    if (Result<SqliteStatement> version
        = ledger->database().prepare(QStringLiteral("PRAGMA data_version"));
        version && version->step() == SqliteStatement::StepResult::Row)
        dataVersion = version->int64(0);
    const qint64 minute = nowMs / 60'000;
    BudgetEvaluator evaluator(*ledger);
    QList<BudgetEvaluation> evaluations;
    for (const Budget &budget : std::as_const(*budgets)) {
        if (!scopes.isEmpty() && !scopes.contains(budget.scope))
            continue;
        const auto cached = m_evaluations.constFind(budget.id);
        if (cached != m_evaluations.cend() && cached->revision == budget.revision
            && cached->minute == minute && cached->dataVersion == dataVersion && dataVersion >= 0) {
            evaluations.append(cached->evaluation);
            continue;
        }
        BudgetEvaluation evaluation = evaluator.evaluateOrExplain(budget, nowMs);
        m_evaluations.insert(budget.id, {budget.revision, minute, dataVersion, evaluation});
        evaluations.append(std::move(evaluation));
    }
    emit budgetsReady(ticket, evaluations);
}

void QueryService::runAlertHistory(quint64 ticket, int limit)
{
    Ledger *ledger = this->ledger(ticket);
    if (!ledger)
        return;
    Result<QList<BudgetAlert>> alerts = AlertStore(*ledger).history(limit);
    if (!alerts) {
        emit errorOccurred(ticket, alerts.error());
        return;
    }
    emit alertHistoryReady(ticket, *alerts);
}

void QueryService::runPrices(quint64 ticket)
{
    Ledger *ledger = this->ledger(ticket);
    if (!ledger)
        return;
    // Read-only: the version in force is the latest stored one, else the shipped table (which
    // PriceBook stores the first time a writer costs anything with it).
    PriceSnapshot snapshot;
    QByteArray content;
    Result<PriceVersion> latest = ledger->latestPriceVersion();
    if (latest) {
        snapshot.versionId = latest->id;
        snapshot.importedMs = latest->importedMs;
        snapshot.origin = latest->origin;
        content = latest->content;
    } else if (latest.error().code == ErrorCode::NotFound) {
        content = PriceBook::shippedTable();
    } else {
        emit errorOccurred(ticket, latest.error());
        return;
    }
    Result<PriceTable> table = PriceTable::fromLiteLlmJson(content);
    if (!table) {
        emit errorOccurred(ticket, table.error());
        return;
    }
    snapshot.entries = table->entries();
    emit pricesReady(ticket, snapshot);
}

void QueryService::runReconciliation(quint64 ticket, const ReconciliationRequest &request)
{
    Ledger *ledger = this->ledger(ticket);
    if (!ledger)
        return;
    Result<Reconciliation> reconciliation = ReconciliationQuery(*ledger).run(request);
    if (!reconciliation) {
        emit errorOccurred(ticket, reconciliation.error());
        return;
    }
    emit reconciliationReady(ticket, *reconciliation);
}

void QueryService::runPeerComparison(quint64 ticket, const PeerRequest &request)
{
    Ledger *ledger = this->ledger(ticket);
    if (!ledger)
        return;
    Result<PeerComparison> comparison = PeerQuery(*ledger).run(request);
    if (!comparison) {
        emit errorOccurred(ticket, comparison.error());
        return;
    }
    emit peerComparisonReady(ticket, *comparison);
}

void QueryService::runEfficiency(quint64 ticket, const EfficiencyRequest &request)
{
    Ledger *ledger = this->ledger(ticket);
    if (!ledger)
        return;
    Result<EfficiencyFigures> figures = EfficiencyQuery(*ledger).run(request);
    if (!figures) {
        emit errorOccurred(ticket, figures.error());
        return;
    }
    emit efficiencyReady(ticket, *figures);
}
