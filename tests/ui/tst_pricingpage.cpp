#include "analytics/dashboardstate.h"
#include "analytics/queryservice.h"
#include "itemmodels/pricetablemodel.h"
#include "pricing/pricebook.h"
#include "pricingpage.h"
#include "statestack.h"
#include "support/fakeclock.h"
#include "support/templedger.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto qtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

// Four models in LiteLLM's layout (dollars per token).
const QByteArray prices = R"json({
    "claude-sonnet-4-5": {"litellm_provider": "anthropic", "mode": "chat",
                          "input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05},
    "gpt-5": {"litellm_provider": "openai", "mode": "chat",
              "input_cost_per_token": 1.25e-06, "output_cost_per_token": 1e-05},
    "gpt-5-mini": {"litellm_provider": "openai", "mode": "chat",
                   "input_cost_per_token": 2.5e-07, "output_cost_per_token": 2e-06},
    "mistral-large-latest": {"litellm_provider": "mistral", "mode": "chat",
                             "input_cost_per_token": 2e-06, "output_cost_per_token": 6e-06}
})json";

QStringList shownModels(const QAbstractItemModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, PriceTableModel::Model).data().toString());
    return names;
}

} // namespace

// The price table in force, a version imported into a temporary ledger; the tool bar's model
// fills the page's search.
class tst_PricingPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void showsTheVersionInForce();
    void modelFilterFillsTheSearch();
    void searchStaysEditable();
    void clearingTheModelClearsWhatItFilled();
    void aSearchTypedSinceStays();
    void ignoresTheOtherFilters();

private:
    void show(const DashboardFilter &filter = {});
    QLineEdit *search() const;
    QAbstractItemModel *shown() const;

    QThread m_thread;
    FakeClock m_clock;
    TempLedger m_ledger;
    std::unique_ptr<QueryService> m_queries;
    std::unique_ptr<PricingPage> m_page;
};

void tst_PricingPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_ledger.isValid());
    const Result<PriceBook> imported
        = PriceBook::import(m_ledger.ledger(), prices, u"prices.json"_s, m_clock.nowMs());
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().detail));
    m_thread.start();
}

void tst_PricingPage::cleanupTestCase()
{
    m_thread.quit();
    m_thread.wait();
}

void tst_PricingPage::init()
{
    m_queries = std::make_unique<QueryService>(m_ledger.path());
    m_queries->moveToThread(&m_thread);
    m_page = std::make_unique<PricingPage>(m_queries.get(), &m_clock);
    m_page->resize(1000, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    show();
}

void tst_PricingPage::cleanup()
{
    m_page.reset();
    m_queries.release()->deleteLater();
}

void tst_PricingPage::show(const DashboardFilter &filter)
{
    DirectorySnapshot directory;
    directory.ledgerPath = m_ledger.path();
    directory.modelNames = {u"claude-sonnet-4-5"_s, u"gpt-5"_s};
    directory.sourceNames = {u"laptop"_s};
    m_page->setState(makeDashboardState(directory, {}, ReportPeriod::ThisMonth, m_clock, filter));
    QTRY_VERIFY(m_page->isLoaded());
}

QLineEdit *tst_PricingPage::search() const
{
    const QList<QLineEdit *> edits = m_page->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->accessibleName() == u"Filter prices"_s)
            return edit;
    }
    return nullptr;
}

QAbstractItemModel *tst_PricingPage::shown() const
{
    auto *view = m_page->findChild<QTableView *>();
    return view ? view->model() : nullptr;
}

void tst_PricingPage::showsTheVersionInForce()
{
    Tester tester(m_page->pricesModel(), qtTest);
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Content);
    QCOMPARE(shownModels(m_page->pricesModel()),
             QStringList(
                 {u"claude-sonnet-4-5"_s, u"gpt-5"_s, u"gpt-5-mini"_s, u"mistral-large-latest"_s}));
    const QString version = m_page->versionLabel()->text();
    QVERIFY2(version.startsWith(u"In force: version "_s), qPrintable(version));
    QVERIFY2(version.endsWith(u" from “prices.json” (4 models)"_s), qPrintable(version));
    PriceTableModel *model = m_page->pricesModel();
    QCOMPARE(model->index(1, PriceTableModel::Provider).data().toString(), u"openai"_s);
    QCOMPARE(model->index(1, PriceTableModel::Input).data().toString(), u"$1.25"_s);
    QCOMPARE(model->index(1, PriceTableModel::Output).data().toString(), u"$10.00"_s);
    QCOMPARE(search()->text(), QString());
}

void tst_PricingPage::modelFilterFillsTheSearch()
{
    QVERIFY(search());
    Tester tester(shown(), qtTest);
    Tester pricesTester(m_page->pricesModel(), qtTest);
    QCOMPARE(shown()->rowCount(), 4);
    show({{}, {}, u"gpt-5"_s, {}});
    QCOMPARE(search()->text(), u"gpt-5"_s);
    QCOMPARE(shownModels(shown()), QStringList({u"gpt-5"_s, u"gpt-5-mini"_s}));
    QCOMPARE(m_page->pricesModel()->rowCount(), 4); // the table is whole, the view narrowed
    show({{}, {}, u"claude-sonnet-4-5"_s, {}});
    QCOMPARE(search()->text(), u"claude-sonnet-4-5"_s);
    QCOMPARE(shownModels(shown()), QStringList({u"claude-sonnet-4-5"_s}));
}

void tst_PricingPage::searchStaysEditable()
{
    show({{}, {}, u"gpt-5"_s, {}});
    Tester tester(shown(), qtTest);
    QVERIFY(search()->isEnabled());
    QVERIFY(!search()->isReadOnly());
    QTest::keyClicks(search(), u"-mini"_s);
    QCOMPARE(shownModels(shown()), QStringList({u"gpt-5-mini"_s}));
    search()->setText(u"mistral"_s); // the provider column matches too
    QCOMPARE(shownModels(shown()), QStringList({u"mistral-large-latest"_s}));
}

void tst_PricingPage::clearingTheModelClearsWhatItFilled()
{
    show({{}, {}, u"gpt-5"_s, {}});
    Tester tester(shown(), qtTest);
    QCOMPARE(shown()->rowCount(), 2);
    // "All models" in the tool bar: the whole table again, not the model chosen before.
    show();
    QCOMPARE(search()->text(), QString());
    QCOMPARE(shown()->rowCount(), 4);
}

void tst_PricingPage::aSearchTypedSinceStays()
{
    show({{}, {}, u"gpt-5"_s, {}});
    Tester tester(shown(), qtTest);
    search()->setText(u"openai"_s); // the user's own search
    show();
    QCOMPARE(search()->text(), u"openai"_s);
    QCOMPARE(shownModels(shown()), QStringList({u"gpt-5"_s, u"gpt-5-mini"_s}));
}

void tst_PricingPage::ignoresTheOtherFilters()
{
    QCOMPARE(m_page->filterFields(), DashboardFilter::Fields(DashboardFilter::Model));
    Tester tester(shown(), qtTest);
    show({{}, {}, {}, u"laptop"_s});
    QCOMPARE(search()->text(), QString());
    QCOMPARE(shown()->rowCount(), 4);
}

QTEST_MAIN(tst_PricingPage)
#include "tst_pricingpage.moc"
