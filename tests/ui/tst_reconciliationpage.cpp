#include "analytics/queryservice.h"
#include "itemmodels/reconciliationmodel.h"
#include "ledger/sqlitedatabase.h"
#include "reconciliationpage.h"
#include "statestack.h"
#include "support/fakeclock.h"
#include "support/templedger.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QtTest>

namespace {

UsageRecord estimate(const QString &key, int day, qint64 costMicros)
{
    UsageRecord record;
    record.externalKey = key;
    record.startMs = record.endMs
        = QDateTime(QDate(2026, 11, day), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    record.provider = QStringLiteral("openai");
    record.model = QStringLiteral("gpt-5");
    record.tokens.input = 1000;
    record.costKind = CostKind::Estimated;
    record.costMicros = costMicros;
    return record;
}

} // namespace

class tst_ReconciliationPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void showsRowsAndTotals();
    void weeksSumTheDays();
    void emptyPeriodShowsEmptyState();
    void exportsCsv();
    void honoursTheSourceFilter_data();
    void honoursTheSourceFilter();

private:
    void showSpan(const QDate &first, const QDate &last, const DashboardFilter &filter = {});

    TempLedger m_ledger;
    FakeClock m_clock {QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC)};
    QThread m_thread;
    std::unique_ptr<QueryService> m_queries;
    std::unique_ptr<ReconciliationPage> m_page;
};

// OpenAI billed 9–10 November against estimates; a laptop with estimates only.
void tst_ReconciliationPage::initTestCase()
{
    QVERIFY(m_ledger.isValid());
    const qint64 openai
        = *m_ledger->ensureSource(QStringLiteral("openai"), QStringLiteral("openai-org"));
    const qint64 laptop
        = *m_ledger->ensureSource(QStringLiteral("claude-code"), QStringLiteral("laptop"));
    QVERIFY(m_ledger->writeUsage(openai,
                                 {estimate(QStringLiteral("o9"), 9, 2'400'000),
                                  estimate(QStringLiteral("o10"), 10, 1'300'000)}));
    QVERIFY(m_ledger->writeUsage(laptop, {estimate(QStringLiteral("l9"), 9, 100'000)}));
    for (const auto &[day, amount] : {std::pair {9, 2'500'000}, std::pair {10, 1'200'000}}) {
        const qint64 startMs
            = QDateTime(QDate(2026, 11, day), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QVERIFY(m_ledger->database().exec(
            QStringLiteral("INSERT INTO billed_costs (source_id, external_key, start_ms, end_ms, "
                           "amount_micros, currency) VALUES (%1, 'c%2', %3, %4, %5, 'USD')")
                .arg(openai)
                .arg(day)
                .arg(startMs)
                .arg(startMs + 86'400'000)
                .arg(amount)));
    }
    m_thread.start();
}

void tst_ReconciliationPage::cleanupTestCase()
{
    m_thread.quit();
    m_thread.wait();
}

void tst_ReconciliationPage::init()
{
    // The same wiring as Application: the service lives on its own thread.
    m_queries = std::make_unique<QueryService>(m_ledger.path());
    m_queries->moveToThread(&m_thread);
    m_page = std::make_unique<ReconciliationPage>(m_queries.get(), &m_clock);
    m_page->resize(900, 500);
    m_page->show();
    showSpan(QDate(2026, 11, 1), QDate(2026, 11, 22));
}

void tst_ReconciliationPage::cleanup()
{
    m_page.reset();
    m_queries.release()->deleteLater();
}

void tst_ReconciliationPage::showSpan(const QDate &first, const QDate &last,
                                      const DashboardFilter &filter)
{
    DashboardState state;
    state.directory.ledgerPath = m_ledger.path();
    state.zone = QTimeZone::utc();
    state.today = QDate(2026, 11, 22);
    state.span = {first, last};
    state.filter = filter;
    state.isValid = true;
    m_page->setState(state);
    QTRY_VERIFY(m_page->isLoaded());
}

void tst_ReconciliationPage::showsRowsAndTotals()
{
    ReconciliationModel *model = m_page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Content);
    QCOMPARE(model->rowCount(), 3);
    const QAbstractItemModel *shown = m_page->view()->model();
    QCOMPARE(shown->rowCount(), 3);
    QCOMPARE(shown->index(0, ReconciliationModel::Source).data().toString(),
             QStringLiteral("laptop"));
    QCOMPARE(shown->index(0, ReconciliationModel::Difference).data().toString(),
             QStringLiteral("no billed data"));
    QCOMPARE(shown->index(1, ReconciliationModel::Difference).data().toString(),
             QStringLiteral("+$0.10"));
    QCOMPARE(shown->index(2, ReconciliationModel::Difference).data().toString(),
             QStringLiteral("-$0.10"));
    const QString totals = m_page->totalsLabel()->text();
    QVERIFY2(totals.contains(QStringLiteral("Billed $3.70")), qPrintable(totals));
    QVERIFY2(totals.contains(QStringLiteral("estimated $3.80")), qPrintable(totals));
    QVERIFY2(totals.contains(QStringLiteral("difference $0.00")), qPrintable(totals));
    QVERIFY(m_page->exportButton()->isEnabled());
    // The laptop's estimate lies outside what OpenAI's cost report covers: the totals say what
    // the difference compares.
    QVERIFY2(totals.contains(QStringLiteral("$3.70 billed, $3.70 estimated")), qPrintable(totals));

    // Sorting by a header click orders by the money, not the text.
    m_page->view()->sortByColumn(ReconciliationModel::Billed, Qt::DescendingOrder);
    QCOMPARE(shown->index(0, ReconciliationModel::Billed).data().toString(),
             QStringLiteral("$2.50"));
    QCOMPARE(shown->index(2, ReconciliationModel::Billed).data().toString(), QStringLiteral("—"));
}

void tst_ReconciliationPage::weeksSumTheDays()
{
    QComboBox *by = m_page->granularitySelector();
    by->setCurrentIndex(by->findData(int(ReconciliationPeriod::Week)));
    emit by->activated(by->currentIndex());
    QTRY_COMPARE(m_page->model()->reconciliation().period, ReconciliationPeriod::Week);
    QTRY_VERIFY(m_page->isLoaded());
    QCOMPARE(m_page->model()->rowCount(), 2);
    const QModelIndex openai = m_page->model()->index(1, ReconciliationModel::Billed);
    QCOMPARE(openai.data().toString(), QStringLiteral("$3.70"));
    QCOMPARE(m_page->model()->index(1, ReconciliationModel::Period).data().toString(),
             QStringLiteral("2026-W46"));
}

void tst_ReconciliationPage::emptyPeriodShowsEmptyState()
{
    showSpan(QDate(2026, 10, 1), QDate(2026, 10, 31));
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Empty);
    QVERIFY(!m_page->stateStack()->message().isEmpty());
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(!m_page->exportButton()->isEnabled());
}

void tst_ReconciliationPage::exportsCsv()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reconciliation.csv"));
    QVERIFY(m_page->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.value(0),
             QByteArray("period,source,source_kind,billed_usd,estimated_usd,difference_usd"));
    QCOMPARE(lines.value(2), QByteArray("2026-11-09,openai-org,openai,2.500000,2.400000,0.100000"));
    QString error;
    QVERIFY(!m_page->exportCsv(dir.filePath(QStringLiteral("missing/dir/x.csv")), &error));
    QVERIFY(!error.isEmpty());
}

void tst_ReconciliationPage::honoursTheSourceFilter_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("rows"); // "period source difference"
    QTest::addColumn<QString>("totals");
    const QStringList openai = {QStringLiteral("2026-11-09 openai-org +$0.10"),
                                QStringLiteral("2026-11-10 openai-org -$0.10")};
    const QStringList laptop = {QStringLiteral("2026-11-09 laptop no billed data")};
    const QString openaiTotals
        = QStringLiteral("Billed $3.70 · estimated $3.70 · difference $0.00 · ");
    const QString laptopTotals = QStringLiteral("Billed — · estimated $0.10 · ");
    QTest::newRow("by name") << QStringLiteral("openai-org") << openai << openaiTotals;
    QTest::newRow("by kind") << QStringLiteral("openai") << openai << openaiTotals;
    QTest::newRow("estimates only") << QStringLiteral("laptop") << laptop << laptopTotals;
    QTest::newRow("estimates only, by kind")
        << QStringLiteral("claude-code") << laptop << laptopTotals;
}

void tst_ReconciliationPage::honoursTheSourceFilter()
{
    QFETCH(QString, source);
    QFETCH(QStringList, rows);
    QFETCH(QString, totals);
    QCOMPARE(m_page->filterFields(), DashboardFilter::Fields(DashboardFilter::Source));
    ReconciliationModel *model = m_page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    showSpan(QDate(2026, 11, 1), QDate(2026, 11, 22), {{}, {}, {}, source});
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Content);
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown.append(model->index(row, ReconciliationModel::Period).data().toString() + u' '
                     + model->index(row, ReconciliationModel::Source).data().toString() + u' '
                     + model->index(row, ReconciliationModel::Difference).data().toString());
    QCOMPARE(shown, rows);
    const QString text = m_page->totalsLabel()->text();
    QVERIFY2(text.startsWith(totals), qPrintable(text));

    // A source the ledger does not have: nothing to reconcile.
    showSpan(QDate(2026, 11, 1), QDate(2026, 11, 22), {{}, {}, {}, QStringLiteral("gone")});
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Empty);
    QCOMPARE(model->rowCount(), 0);
    // The team, person and model filters don't narrow billing: every source again.
    showSpan(QDate(2026, 11, 1), QDate(2026, 11, 22),
             {QStringLiteral("Platform"),
              QStringLiteral("bob@example.com"),
              QStringLiteral("gpt-5"),
              {}});
    QCOMPARE(model->rowCount(), 3);
}

QTEST_MAIN(tst_ReconciliationPage)
#include "tst_reconciliationpage.moc"
