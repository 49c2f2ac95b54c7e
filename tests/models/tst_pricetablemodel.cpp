#include "itemmodels/itemroles.h"
#include "itemmodels/pricetablemodel.h"
#include "pricing/pricetable.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
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

// The prices as the Pricing page gets them: a LiteLLM table, parsed.
Result<QList<ModelPrice>> pricesFrom(const QByteArray &json)
{
    const Result<PriceTable> table = PriceTable::fromLiteLlmJson(json);
    if (!table)
        return table.error();
    return table->entries();
}

// A gateway's own table: a free local model, one priced per request, one with a tier whose
// output rate the table leaves out.
const QByteArray gatewayJson = R"json({
    "openrouter/anthropic/claude-3.5-haiku": {
        "input_cost_per_token": 8e-07, "output_cost_per_token": 4e-06,
        "cache_read_input_token_cost": 8e-08, "litellm_provider": "openrouter"
    },
    "ollama/llama3.1": {
        "input_cost_per_token": 0.0, "output_cost_per_token": 0.0, "litellm_provider": "ollama"
    },
    "qwen-long": {
        "input_cost_per_token": 5e-07, "output_cost_per_token": 2e-06,
        "input_cost_per_token_above_128k_tokens": 1e-06, "litellm_provider": "dashscope"
    }
})json";

// The row whose key is `key`, or -1.
int rowOf(const QAbstractItemModel &model, const QString &key)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, PriceTableModel::Model).data(ItemRole::Key).toString() == key)
            return row;
    }
    return -1;
}

QStringList rowTexts(const QAbstractItemModel &model, int row)
{
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells.append(model.index(row, column).data().toString());
    return cells;
}

QStringList keysIn(const QAbstractItemModel &model, int count)
{
    QStringList keys;
    for (int row = 0; row < std::min(count, model.rowCount()); ++row)
        keys.append(model.index(row, PriceTableModel::Model).data().toString());
    return keys;
}

} // namespace

class tst_PriceTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void headersAndAlignment();
    void ratesPerMillionTokens_data();
    void ratesPerMillionTokens();
    void longContextTier();
    void keysAndRoles();
    void refillWithAnotherTable();
    void sortsByRawRates_data();
    void sortsByRawRates();
    void filtersByModelOrProvider();

private:
    QList<ModelPrice> m_sample;
    std::unique_ptr<PriceTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_PriceTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const Result<QList<ModelPrice>> sample
        = pricesFrom(readTestData(u"pricing/prices_sample.json"_s));
    QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().detail));
    m_sample = *sample;
    QCOMPARE(m_sample.size(), 25);
}

void tst_PriceTableModel::init()
{
    // The tester watches every change from the empty model on.
    m_model = std::make_unique<PriceTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_PriceTableModel::headersAndAlignment()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(PriceTableModel::ColumnCount));
    const QStringList expected
        = {u"Model"_s,          u"Provider"_s,           u"Input /1M"_s,
           u"Output /1M"_s,     u"Cache write 5m /1M"_s, u"Cache write 1h /1M"_s,
           u"Cache read /1M"_s, u"Long context"_s};
    QCOMPARE(m_model->columnCount(), int(expected.size()));
    m_model->setPrices(m_sample);
    const QList<int> rates
        = {PriceTableModel::Input, PriceTableModel::Output, PriceTableModel::CacheWrite5m,
           PriceTableModel::CacheWrite1h, PriceTableModel::CacheRead};
    const int right = int(Qt::AlignRight | Qt::AlignVCenter);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected[column]);
        // Rates line up on the right, in the header and in every cell; text stays left.
        const QVariant header = m_model->headerData(column, Qt::Horizontal, Qt::TextAlignmentRole);
        const QVariant cell = m_model->index(0, column).data(Qt::TextAlignmentRole);
        if (rates.contains(column)) {
            QCOMPARE(header.toInt(), right);
            QCOMPARE(cell.toInt(), right);
        } else {
            QVERIFY(!header.isValid());
            QVERIFY(!cell.isValid());
        }
    }
}

void tst_PriceTableModel::ratesPerMillionTokens_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("cells");
    QTest::newRow("sonnet with a 200k tier") << u"claude-sonnet-4-5"_s
                                             << QStringList {u"claude-sonnet-4-5"_s,
                                                             u"anthropic"_s,
                                                             u"$3.00"_s,
                                                             u"$15.00"_s,
                                                             u"$3.75"_s,
                                                             u"$6.00"_s,
                                                             u"$0.30"_s,
                                                             u"> 200k: $6.00 in, $22.50 out"_s};
    QTest::newRow("opus without a tier")
        << u"claude-opus-4-1"_s
        << QStringList {u"claude-opus-4-1"_s, u"anthropic"_s, u"$15.00"_s, u"$75.00"_s,
                        u"$18.75"_s,          u"$30.00"_s,    u"$1.50"_s,  u"—"_s};
    // OpenAI names no cache write rate: a dash, not $0.
    QTest::newRow("cache reads in fractions of a cent")
        << u"gpt-5-nano"_s << QStringList {u"gpt-5-nano"_s, u"openai"_s, u"$0.05"_s,  u"$0.40"_s,
                                           u"—"_s,          u"—"_s,      u"$0.005"_s, u"—"_s};
    QTest::newRow("272k tier") << u"gpt-5.4"_s
                               << QStringList {u"gpt-5.4"_s, u"openai"_s,
                                               u"$2.50"_s,   u"$15.00"_s,
                                               u"—"_s,       u"—"_s,
                                               u"$0.25"_s,   u"> 272k: $5.00 in, $22.50 out"_s};
    QTest::newRow("vertex") << u"gemini-2.5-flash"_s
                            << QStringList {u"gemini-2.5-flash"_s,
                                            u"vertex_ai-language-models"_s,
                                            u"$0.30"_s,
                                            u"$2.50"_s,
                                            u"—"_s,
                                            u"—"_s,
                                            u"$0.03"_s,
                                            u"—"_s};
}

void tst_PriceTableModel::ratesPerMillionTokens()
{
    QFETCH(QString, key);
    QFETCH(QStringList, cells);
    m_model->setPrices(m_sample);
    QCOMPARE(m_model->rowCount(), 25);
    const int row = rowOf(*m_model, key);
    QVERIFY2(row >= 0, qPrintable(key));
    QCOMPARE(rowTexts(*m_model, row), cells);
}

void tst_PriceTableModel::longContextTier()
{
    m_model->setPrices(m_sample);
    const QModelIndex sonnet
        = m_model->index(rowOf(*m_model, u"claude-sonnet-4-5"_s), PriceTableModel::LongContext);
    QCOMPARE(sonnet.data(Qt::ToolTipRole).toString(),
             u"Once a request's prompt exceeds 200,000 tokens, the whole request is billed at "
             u"the long-context rates."_s);
    QCOMPARE(sonnet.data(ItemRole::Sort).toLongLong(), 200'000);
    const QModelIndex haiku
        = m_model->index(rowOf(*m_model, u"claude-haiku-4-5"_s), PriceTableModel::LongContext);
    QVERIFY(!haiku.data(Qt::ToolTipRole).isValid());
    QCOMPARE(haiku.data(ItemRole::Sort).toLongLong(), 0);

    // A tier without its own output rate says so rather than showing $0.
    const Result<QList<ModelPrice>> gateway = pricesFrom(gatewayJson);
    QVERIFY(gateway);
    m_model->setPrices(*gateway);
    const QModelIndex qwen
        = m_model->index(rowOf(*m_model, u"qwen-long"_s), PriceTableModel::LongContext);
    QCOMPARE(qwen.data().toString(), u"> 128k: $1.00 in, — out"_s);
    QVERIFY(qwen.data(Qt::ToolTipRole).toString().contains(u"128,000 tokens"_s));
}

void tst_PriceTableModel::keysAndRoles()
{
    m_model->setPrices(m_sample);
    // Sorted by key, as the table holds them.
    QCOMPARE(keysIn(*m_model, 3),
             (QStringList {u"claude-haiku-4-5"_s, u"claude-opus-4-1"_s, u"claude-opus-4-5"_s}));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QModelIndex cell = m_model->index(row, column);
            QCOMPARE(cell.data(ItemRole::Key).toString(), m_sample[row].key);
            QVERIFY(cell.data(ItemRole::Sort).isValid());
            QVERIFY(!cell.data(ItemRole::CostKind).isValid());
            if (column != PriceTableModel::LongContext)
                QVERIFY(!cell.data(Qt::ToolTipRole).isValid());
        }
    }
    const int nano = rowOf(*m_model, u"gpt-5-nano"_s);
    const auto sortOf = [&](int column) {
        return m_model->index(nano, column).data(ItemRole::Sort).toLongLong();
    };
    QCOMPARE(sortOf(PriceTableModel::Input), 50'000);
    QCOMPARE(sortOf(PriceTableModel::Output), 400'000);
    QCOMPARE(sortOf(PriceTableModel::CacheRead), 5'000);
    QCOMPARE(sortOf(PriceTableModel::CacheWrite5m), -1); // not given: below every price
    QCOMPARE(m_model->index(nano, PriceTableModel::Provider).data(ItemRole::Sort).toString(),
             u"openai"_s);
}

void tst_PriceTableModel::refillWithAnotherTable()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setPrices(m_sample);
    QCOMPARE(m_model->rowCount(), 25);

    const Result<QList<ModelPrice>> gateway = pricesFrom(gatewayJson);
    QVERIFY(gateway);
    m_model->setPrices(*gateway);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(rowOf(*m_model, u"claude-sonnet-4-5"_s), -1);
    // A free model is priced at $0, which is not the same as no price.
    QCOMPARE(rowTexts(*m_model, rowOf(*m_model, u"ollama/llama3.1"_s)),
             (QStringList {u"ollama/llama3.1"_s, u"ollama"_s, u"$0.00"_s, u"$0.00"_s, u"—"_s,
                           u"—"_s, u"—"_s, u"—"_s}));
    QCOMPARE(rowTexts(*m_model, rowOf(*m_model, u"openrouter/anthropic/claude-3.5-haiku"_s)),
             (QStringList {u"openrouter/anthropic/claude-3.5-haiku"_s, u"openrouter"_s, u"$0.80"_s,
                           u"$4.00"_s, u"—"_s, u"—"_s, u"$0.08"_s, u"—"_s}));

    m_model->setPrices({});
    QCOMPARE(reset.size(), 3);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(PriceTableModel::ColumnCount));
    QVERIFY(!m_model->index(0, 0).isValid());

    m_model->setPrices(m_sample);
    QCOMPARE(m_model->rowCount(), 25);
}

void tst_PriceTableModel::sortsByRawRates_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("first");
    QTest::newRow("dearest output")
        << int(PriceTableModel::Output) << Qt::DescendingOrder
        << QStringList {u"claude-opus-4-1"_s, u"gpt-5.5"_s, u"claude-opus-4-5"_s};
    // $0.005 is cheaper than $0.03, though it reads longer.
    QTest::newRow("cheapest cache read")
        << int(PriceTableModel::CacheRead) << Qt::AscendingOrder
        << QStringList {u"gpt-5-nano"_s, u"gpt-5-mini"_s, u"gemini-2.5-flash"_s};
    // Models without a cache write rate come before the cheapest one.
    QTest::newRow("cache write 5m")
        << int(PriceTableModel::CacheWrite5m) << Qt::AscendingOrder
        << QStringList {u"gemini-2.5-flash"_s, u"gemini-2.5-pro"_s, u"gemini-3.1-pro-preview"_s};
    QTest::newRow("longest context threshold")
        << int(PriceTableModel::LongContext) << Qt::DescendingOrder
        << QStringList {u"gpt-5.4"_s, u"gpt-5.5"_s, u"claude-sonnet-4-20250514"_s};
    QTest::newRow("provider") << int(PriceTableModel::Provider) << Qt::DescendingOrder
                              << QStringList {u"gemini-2.5-flash"_s, u"gemini-2.5-pro"_s,
                                              u"gemini-3.1-pro-preview"_s};
}

void tst_PriceTableModel::sortsByRawRates()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, first);
    // Set up as the Pricing page's table.
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(ItemRole::Sort);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy.sort(column, order);
    m_model->setPrices(m_sample);
    QCOMPARE(keysIn(proxy, int(first.size())), first);
}

void tst_PriceTableModel::filtersByModelOrProvider()
{
    m_model->setPrices(m_sample);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(u"VERTEX"_s);
    QCOMPARE(
        keysIn(proxy, 10),
        (QStringList {u"gemini-2.5-flash"_s, u"gemini-2.5-pro"_s, u"gemini-3.1-pro-preview"_s}));
    proxy.setFilterFixedString(u"codex"_s);
    QCOMPARE(proxy.rowCount(), 3);
    // Rates are text too: "$0.005" finds the one model that charges it.
    proxy.setFilterFixedString(u"$0.005"_s);
    QCOMPARE(keysIn(proxy, 10), (QStringList {u"gpt-5-nano"_s}));
}

QTEST_GUILESS_MAIN(tst_PriceTableModel)
#include "tst_pricetablemodel.moc"
