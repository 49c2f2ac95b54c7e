#pragma once

#include "analytics/efficiencyfigures.h"
#include "analytics/peercomparison.h"
#include "budgets/budgetalert.h"
#include "budgets/budgetevaluator.h"
#include "core/result.h"
#include "ledger/ledger.h"
#include "ledger/peopledirectory.h"
#include "ledger/reconciliationquery.h"
#include "ledger/reportquery.h"
#include "pricing/modelprice.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>

#include <atomic>
#include <memory>

// Who is who, as the dashboard needs it: people, teams, unmatched identities and the settings
// that the views show.
struct DirectorySnapshot
{
    QString ledgerPath;
    QString organisationName; // ledger setting org_name
    QString meEmail; // ledger setting me_email
    QString timeZone; // the ledger's reporting zone id
    bool peerComparisonEnabled = true; // the organisation's privacy switch
    QList<Person> people;
    QList<Team> teams;
    QList<UnmatchedIdentity> unmatched;
    QStringList modelNames; // every model the ledger has seen, for filters
    QStringList sourceNames; // every source by name
};

// The price table in force.
struct PriceSnapshot
{
    qint64 versionId = 0; // 0: the table shipped with Burnrate, not yet stored in the ledger
    qint64 importedMs = 0;
    QString origin;
    QList<ModelPrice> entries;
};

Q_DECLARE_METATYPE(DirectorySnapshot)
Q_DECLARE_METATYPE(PriceSnapshot)

// Runs the dashboard's queries on a read-only ledger connection of its own, on the thread it
// lives on (Application moves it to a worker thread). The request functions may be called from
// any thread: each returns a ticket at once and queues the work; the answer comes back through a
// signal carrying the same ticket, or errorOccurred(ticket, error). Answers arrive in request
// order. A receiver keeps the ticket of its latest request and drops answers to older ones.
class QueryService : public QObject
{
    Q_OBJECT
public:
    explicit QueryService(const QString &ledgerPath, QObject *parent = nullptr);
    ~QueryService() override;

    QString ledgerPath() const { return m_ledgerPath; }

    quint64 requestReport(const ReportRequest &request);
    // Several reports in one answer, so a page gets a consistent set with one ticket.
    quint64 requestReports(const QList<ReportRequest> &requests);
    quint64 requestDirectory();
    quint64 requestSources();
    // Every budget evaluated at nowMs (only those of the scopes given, when given): its current
    // period (the one containing nowMs in the budget's own zone), spend, forecast and state.
    // Evaluations are kept for the rest of the minute while the ledger is unchanged (SQLite's
    // data_version), so pages and filters switching back and forth don't evaluate again.
    quint64 requestBudgets(qint64 nowMs, const QList<BudgetScope> &scopes = {});
    // The alert history, newest first.
    quint64 requestAlertHistory(int limit = 500);
    quint64 requestPrices();
    quint64 requestReconciliation(const ReconciliationRequest &request);
    // The person against their team and the organisation (PeerQuery: k-anonymity, the admin's
    // switch). NotFound when nobody in the directory has the email.
    quint64 requestPeerComparison(const PeerRequest &request);
    // The person's cache use and model choice in dollars (EfficiencyQuery).
    quint64 requestEfficiency(const EfficiencyRequest &request);

    // Closes the connection; the next request opens the file again (it reads settings, such as
    // the reporting zone, that another process may have changed). Queued like requests.
    void reopen();

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

private:
    quint64 nextTicket() { return m_nextTicket.fetch_add(1) + 1; }
    template<typename Work>
    quint64 post(Work work);
    Ledger *ledger(quint64 ticket); // opens on first use; emits errorOccurred and returns null

    void runReports(quint64 ticket, const QList<ReportRequest> &requests, bool single);
    void runDirectory(quint64 ticket);
    void runSources(quint64 ticket);
    void runBudgets(quint64 ticket, qint64 nowMs, const QList<BudgetScope> &scopes);
    void runAlertHistory(quint64 ticket, int limit);
    void runPrices(quint64 ticket);
    void runReconciliation(quint64 ticket, const ReconciliationRequest &request);
    void runPeerComparison(quint64 ticket, const PeerRequest &request);
    void runEfficiency(quint64 ticket, const EfficiencyRequest &request);

    const QString m_ledgerPath;
    std::atomic<quint64> m_nextTicket {0};
    std::unique_ptr<Ledger> m_ledger; // used on the service's thread only
    struct CachedEvaluation
    {
        qint64 revision = 0;
        qint64 minute = 0; // nowMs / 60 s
        qint64 dataVersion = 0;
        BudgetEvaluation evaluation;
    };
    QHash<qint64, CachedEvaluation> m_evaluations; // by budget id; the service's thread only
};
