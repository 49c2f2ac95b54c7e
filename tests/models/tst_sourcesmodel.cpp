#include "itemmodels/displayformat.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/sourcesmodel.h"
#include "ledger/ledger.h"
#include "support/templedger.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

qint64 msAt(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

UsageRecord usage(const QString &key, qint64 startMs, CostKind kind, qint64 costMicros)
{
    UsageRecord record;
    record.externalKey = key;
    record.startMs = startMs;
    record.endMs = startMs;
    record.identityKind = u"email"_s;
    record.identityValue = u"alice@example.com"_s;
    record.provider = u"anthropic"_s;
    record.model = u"claude-sonnet-4-5"_s;
    record.tokens.input = 2'000;
    record.tokens.output = 300;
    record.costKind = kind;
    record.costMicros = costMicros;
    return record;
}

const qint64 laptopLastUsageMs = msAt(12, 9);
const qint64 openAiLastUsageMs = msAt(11, 0);
const qint64 openAiPolledMs = msAt(12, 14);
const QString refused = u"HTTP 401: invalid x-api-key"_s;

// Sources as the Sources page gets them from the ledger: a laptop's agent logs, a provider account
// that polls fine, and one whose key was refused before it ever succeeded.
Result<QList<SourceInfo>> ledgerSources(TempLedger &ledger)
{
    if (!ledger.isValid())
        return Error {ErrorCode::Io, u"no temporary ledger"_s};
    const Result<qint64> laptop = ledger->ensureSource(u"claude-code"_s, u"laptop"_s);
    const Result<qint64> openAi = ledger->ensureSource(u"openai"_s, u"OpenAI org"_s);
    const Result<qint64> anthropic = ledger->ensureSource(u"anthropic"_s, u"Anthropic"_s);
    if (!laptop || !openAi || !anthropic)
        return Error {ErrorCode::Database, u"cannot add sources"_s};
    const QList<Result<UsageWriteStats>> writes = {
        ledger->writeUsage(*laptop,
                           {usage(u"m1"_s, msAt(10, 8), CostKind::Estimated, 40'000),
                            usage(u"m2"_s, laptopLastUsageMs, CostKind::Estimated, 55'000),
                            usage(u"m3"_s, msAt(11, 17), CostKind::Estimated, 12'000)}),
        ledger->writeUsage(*openAi,
                           {usage(u"b1"_s, msAt(10, 0), CostKind::Billed, 1'500'000),
                            usage(u"b2"_s, openAiLastUsageMs, CostKind::Billed, 900'000)}),
    };
    for (const Result<UsageWriteStats> &written : writes) {
        if (!written)
            return written.error();
    }
    if (const Status polled = ledger->recordSourceOutcome(*openAi, openAiPolledMs, {}); !polled)
        return polled.error();
    if (const Status failed = ledger->recordSourceOutcome(*anthropic, msAt(12, 15), refused);
        !failed)
        return failed.error();
    return ledger->sources();
}

SourceInfo source(const QString &kind, const QString &name, qint64 records, qint64 lastUsageMs)
{
    SourceInfo info;
    info.kind = kind;
    info.name = name;
    info.records = records;
    info.lastUsageMs = lastUsageMs;
    info.lastSuccessMs = lastUsageMs;
    return info;
}

QStringList rowTexts(const QAbstractItemModel &model, int row)
{
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells.append(model.index(row, column).data().toString());
    return cells;
}

QStringList namesIn(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, SourcesModel::Name).data().toString());
    return names;
}

} // namespace

class tst_SourcesModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void headersAndAlignment();
    void showsTheLedgerSources();
    void rolesOfEveryCell();
    void recordsGroupedByTheLocale();
    void refillAndEmpty();
    void sortsByRawValues_data();
    void sortsByRawValues();

private:
    std::unique_ptr<SourcesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_SourcesModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_SourcesModel::init()
{
    // The tester watches every change from the empty model on.
    m_model = std::make_unique<SourcesModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_SourcesModel::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_SourcesModel::headersAndAlignment()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(SourcesModel::ColumnCount));
    const QStringList expected
        = {u"Kind"_s, u"Name"_s, u"Records"_s, u"Last usage"_s, u"Last success"_s, u"Last error"_s};
    QCOMPARE(m_model->columnCount(), int(expected.size()));
    m_model->setSources({source(u"csv"_s, u"import"_s, 1, 0)});
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected[column]);
        // Only the record count is a figure to line up on the right.
        const bool isFigure = column == SourcesModel::Records;
        const QVariant header = m_model->headerData(column, Qt::Horizontal, Qt::TextAlignmentRole);
        const QVariant cell = m_model->index(0, column).data(Qt::TextAlignmentRole);
        QCOMPARE(header.isValid(), isFigure);
        QCOMPARE(cell.isValid(), isFigure);
        if (isFigure) {
            QCOMPARE(header.toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
            QCOMPARE(cell.toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        }
    }
}

void tst_SourcesModel::showsTheLedgerSources()
{
    TempLedger ledger;
    const Result<QList<SourceInfo>> sources = ledgerSources(ledger);
    QVERIFY2(sources, qPrintable(sources ? QString() : sources.error().detail));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setSources(*sources);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(namesIn(*m_model), (QStringList {u"Anthropic"_s, u"OpenAI org"_s, u"laptop"_s}));
    // Times in the local zone and the locale's short format; "never" for what has not happened.
    QCOMPARE(
        rowTexts(*m_model, 0),
        (QStringList {u"anthropic"_s, u"Anthropic"_s, u"0"_s, u"never"_s, u"never"_s, refused}));
    QCOMPARE(rowTexts(*m_model, 1),
             (QStringList {u"openai"_s, u"OpenAI org"_s, u"2"_s,
                           DisplayFormat::dateTime(openAiLastUsageMs),
                           DisplayFormat::dateTime(openAiPolledMs), QString()}));
    QCOMPARE(rowTexts(*m_model, 2),
             (QStringList {u"claude-code"_s, u"laptop"_s, u"3"_s,
                           DisplayFormat::dateTime(laptopLastUsageMs), u"never"_s, QString()}));
    QVERIFY(DisplayFormat::dateTime(openAiLastUsageMs) != DisplayFormat::dateTime(openAiPolledMs));
    QVERIFY(!m_model->index(3, 0).isValid());
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0); // a table: no children
}

void tst_SourcesModel::rolesOfEveryCell()
{
    TempLedger ledger;
    const Result<QList<SourceInfo>> sources = ledgerSources(ledger);
    QVERIFY2(sources, qPrintable(sources ? QString() : sources.error().detail));
    m_model->setSources(*sources);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QModelIndex cell = m_model->index(row, column);
            // Views act on a source by its name, whichever cell was clicked.
            QCOMPARE(cell.data(ItemRole::Key).toString(), sources->at(row).name);
            QVERIFY(cell.data(ItemRole::Sort).isValid());
            QVERIFY(!cell.data(ItemRole::CostKind).isValid());
        }
    }
    const auto at = [this](int row, int column, int role) {
        return m_model->index(row, column).data(role);
    };
    QCOMPARE(at(2, SourcesModel::Records, ItemRole::Sort).toLongLong(), 3);
    QCOMPARE(at(2, SourcesModel::LastUsage, ItemRole::Sort).toLongLong(), laptopLastUsageMs);
    QCOMPARE(at(1, SourcesModel::LastSuccess, ItemRole::Sort).toLongLong(), openAiPolledMs);
    QCOMPARE(at(0, SourcesModel::LastUsage, ItemRole::Sort).toLongLong(), 0);
    // A long error is cut off in its column: the tooltip has all of it.
    QCOMPARE(at(0, SourcesModel::LastError, Qt::ToolTipRole).toString(), refused);
    QCOMPARE(at(0, SourcesModel::LastError, ItemRole::Sort).toString(), refused);
    QVERIFY(!at(0, SourcesModel::Name, Qt::ToolTipRole).isValid());
}

void tst_SourcesModel::recordsGroupedByTheLocale()
{
    m_model->setSources({source(u"claude-code"_s, u"build-server"_s, 1'234'567, 0)});
    QCOMPARE(m_model->index(0, SourcesModel::Records).data().toString(), u"1,234,567"_s);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(m_model->index(0, SourcesModel::Records).data().toString(), u"1.234.567"_s);
    QCOMPARE(m_model->index(0, SourcesModel::Records).data(ItemRole::Sort).toLongLong(), 1'234'567);
}

void tst_SourcesModel::refillAndEmpty()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    TempLedger ledger;
    const Result<QList<SourceInfo>> sources = ledgerSources(ledger);
    QVERIFY2(sources, qPrintable(sources ? QString() : sources.error().detail));
    m_model->setSources(*sources);
    QCOMPARE(m_model->rowCount(), 3);

    // Another ledger: one CSV import and a demo.
    m_model->setSources({source(u"csv"_s, u"usage-2026-10.csv"_s, 12'000, msAt(3, 10)),
                         source(u"demo"_s, u"Demo"_s, 48'210, msAt(12, 11))});
    QCOMPARE(reset.size(), 2);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(rowTexts(*m_model, 0),
             (QStringList {u"csv"_s, u"usage-2026-10.csv"_s, u"12,000"_s,
                           DisplayFormat::dateTime(msAt(3, 10)),
                           DisplayFormat::dateTime(msAt(3, 10)), QString()}));
    QCOMPARE(m_model->index(1, SourcesModel::Name).data(ItemRole::Key).toString(), u"Demo"_s);

    m_model->setSources({});
    QCOMPARE(reset.size(), 3);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(SourcesModel::ColumnCount));
    QVERIFY(!m_model->index(0, 0).isValid());

    m_model->setSources(*sources);
    QCOMPARE(namesIn(*m_model), (QStringList {u"Anthropic"_s, u"OpenAI org"_s, u"laptop"_s}));
}

void tst_SourcesModel::sortsByRawValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("name") << int(SourcesModel::Name) << Qt::AscendingOrder
                          << QStringList {u"Anthropic"_s, u"laptop"_s, u"OpenAI org"_s};
    QTest::newRow("kind") << int(SourcesModel::Kind) << Qt::AscendingOrder
                          << QStringList {u"Anthropic"_s, u"laptop"_s, u"OpenAI org"_s};
    QTest::newRow("most records") << int(SourcesModel::Records) << Qt::DescendingOrder
                                  << QStringList {u"laptop"_s, u"OpenAI org"_s, u"Anthropic"_s};
    // By time, not by the text of the date; never used first.
    QTest::newRow("last usage") << int(SourcesModel::LastUsage) << Qt::AscendingOrder
                                << QStringList {u"Anthropic"_s, u"OpenAI org"_s, u"laptop"_s};
    QTest::newRow("last success") << int(SourcesModel::LastSuccess) << Qt::DescendingOrder
                                  << QStringList {u"OpenAI org"_s, u"Anthropic"_s, u"laptop"_s};
    QTest::newRow("last error") << int(SourcesModel::LastError) << Qt::DescendingOrder
                                << QStringList {u"Anthropic"_s, u"OpenAI org"_s, u"laptop"_s};
}

void tst_SourcesModel::sortsByRawValues()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, names);
    TempLedger ledger;
    const Result<QList<SourceInfo>> sources = ledgerSources(ledger);
    QVERIFY2(sources, qPrintable(sources ? QString() : sources.error().detail));
    // Set up as the Sources page's table.
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(ItemRole::Sort);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy.sort(column, order);
    m_model->setSources(*sources);
    QCOMPARE(namesIn(proxy), names);
}

QTEST_GUILESS_MAIN(tst_SourcesModel)
#include "tst_sourcesmodel.moc"
