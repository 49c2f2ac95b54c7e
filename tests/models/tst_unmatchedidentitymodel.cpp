#include "itemmodels/itemroles.h"
#include "itemmodels/unmatchedidentitymodel.h"
#include "ledger/ledger.h"
#include "ledger/peopledirectory.h"
#include "ledger/sqlitedatabase.h"
#include "support/templedger.h"

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

UsageRecord usage(const QString &key, const QString &identity, CostKind kind, qint64 costMicros)
{
    UsageRecord record;
    record.externalKey = key;
    record.startMs
        = QDateTime(QDate(2026, 11, 10), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    record.endMs = record.startMs;
    const qsizetype colon = identity.indexOf(u':');
    record.identityKind = identity.left(colon);
    record.identityValue = identity.mid(colon + 1);
    record.provider = u"openai"_s;
    record.model = kind == CostKind::Unpriced ? u"in-house-7b"_s : u"gpt-5"_s;
    record.tokens.input = 1'000;
    record.tokens.output = 100;
    record.costKind = kind;
    record.costMicros = kind == CostKind::Unpriced ? 0 : costMicros;
    return record;
}

// A ledger with the org.csv directory and usage under identities the directory does not know: a
// provider user and a CI key its provider named, an email from outside the directory, and a local
// agent on a model no price table knows. Alice's own usage is matched and never listed.
class Fixture
{
public:
    bool load()
    {
        if (!m_ledger.isValid())
            return fail(u"no temporary ledger"_s);
        PeopleDirectory directory(m_ledger.ledger());
        if (const auto imported = directory.importCsv(readTestData(u"people/org.csv"_s)); !imported)
            return fail(imported.error().detail);
        const Result<qint64> source = m_ledger->ensureSource(u"openai"_s, u"OpenAI org"_s);
        if (!source)
            return fail(source.error().detail);
        const auto written = m_ledger->writeUsage(
            *source,
            {
                usage(u"a1"_s, u"openai-user:user-alice"_s, CostKind::Estimated, 9'000'000),
                usage(u"z1"_s, u"openai-user:user-zed"_s, CostKind::Estimated, 400'000),
                usage(u"z2"_s, u"openai-user:user-zed"_s, CostKind::Estimated, 500'000),
                usage(u"z3"_s, u"openai-user:user-zed"_s, CostKind::Estimated, 330'000),
                usage(u"k1"_s, u"openai-key:key-ci"_s, CostKind::Billed, 12'000'000'000),
                usage(u"k2"_s, u"openai-key:key-ci"_s, CostKind::Billed, 345'670'000),
                usage(u"f1"_s, u"email:frank@example.com"_s, CostKind::Estimated, 4'000),
                usage(u"l1"_s, u"local:ci@runner-7"_s, CostKind::Unpriced, 0),
                usage(u"l2"_s, u"local:ci@runner-7"_s, CostKind::Unpriced, 0),
            });
        if (!written)
            return fail(written.error().detail);
        // What the provider's user and key lists said about two of them.
        const Status named = m_ledger->database().exec(
            u"INSERT INTO provider_identities (kind, value, source_id, email, display_name, "
            u"seen_ms) VALUES ('openai-user', 'user-zed', %1, 'zed@example.com', 'Zed Zimmer', 1), "
            u"('openai-key', 'key-ci', %1, NULL, 'ci-deploy', 1)"_s.arg(*source));
        if (!named)
            return fail(named.error().detail);
        return true;
    }

    Result<QList<UnmatchedIdentity>> unmatched()
    {
        return PeopleDirectory(m_ledger.ledger()).unmatchedIdentities();
    }

    Status assignToAlice(const QString &kind, const QString &value)
    {
        PeopleDirectory directory(m_ledger.ledger());
        const Result<Person> alice = directory.personByEmail(u"alice@example.com"_s);
        if (!alice)
            return alice.error();
        if (const Result<qint64> moved = directory.assignIdentity(kind, value, alice->id); !moved)
            return moved.error();
        return Success {};
    }

    const QString &error() const { return m_error; }

private:
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    TempLedger m_ledger;
    QString m_error;
};

QStringList rowTexts(const QAbstractItemModel &model, int row)
{
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells.append(model.index(row, column).data().toString());
    return cells;
}

QStringList identitiesIn(const QAbstractItemModel &model)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, UnmatchedIdentityModel::Identity).data().toString());
    return values;
}

} // namespace

class tst_UnmatchedIdentityModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void headersAndAlignment();
    void listsWhatNobodyIsMatchedTo();
    void unpricedUsageIsNeverZeroDollars();
    void keysAndSortValues();
    void refillAfterAnAssignmentAndEmpty();
    void sortsByRawValues_data();
    void sortsByRawValues();

private:
    std::unique_ptr<UnmatchedIdentityModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_UnmatchedIdentityModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_UnmatchedIdentityModel::init()
{
    // The tester watches every change from the empty model on.
    m_model = std::make_unique<UnmatchedIdentityModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_UnmatchedIdentityModel::headersAndAlignment()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(UnmatchedIdentityModel::ColumnCount));
    const QStringList expected
        = {u"Kind"_s, u"Identity"_s, u"Provider says"_s, u"Records"_s, u"Cost"_s};
    QCOMPARE(m_model->columnCount(), int(expected.size()));
    m_model->setIdentities({UnmatchedIdentity {u"email"_s, u"x@example.com"_s, 1, 10'000}});
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected[column]);
        const bool isFigure
            = column == UnmatchedIdentityModel::Records || column == UnmatchedIdentityModel::Cost;
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

void tst_UnmatchedIdentityModel::listsWhatNobodyIsMatchedTo()
{
    Fixture fixture;
    QVERIFY2(fixture.load(), qPrintable(fixture.error()));
    const Result<QList<UnmatchedIdentity>> unmatched = fixture.unmatched();
    QVERIFY(unmatched);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setIdentities(*unmatched);
    QCOMPARE(reset.size(), 1);
    // Dearest first; money as everywhere else, a fraction of a cent as such.
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(rowTexts(*m_model, 0),
             (QStringList {u"openai-key"_s, u"key-ci"_s, u"ci-deploy"_s, u"2"_s, u"$12,345.67"_s}));
    QCOMPARE(rowTexts(*m_model, 1),
             (QStringList {u"openai-user"_s, u"user-zed"_s, u"Zed Zimmer <zed@example.com>"_s,
                           u"3"_s, u"$1.23"_s}));
    QCOMPARE(rowTexts(*m_model, 2),
             (QStringList {u"email"_s, u"frank@example.com"_s, QString(), u"1"_s, u"<$0.01"_s}));
    QCOMPARE(identitiesIn(*m_model).last(), u"ci@runner-7"_s);
    QVERIFY(!identitiesIn(*m_model).contains(u"user-alice"_s));
    QVERIFY(!m_model->index(4, 0).isValid());
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0); // a table: no children
}

void tst_UnmatchedIdentityModel::unpricedUsageIsNeverZeroDollars()
{
    Fixture fixture;
    QVERIFY2(fixture.load(), qPrintable(fixture.error()));
    const Result<QList<UnmatchedIdentity>> unmatched = fixture.unmatched();
    QVERIFY(unmatched);
    m_model->setIdentities(*unmatched);
    // The local agent's model has no price: its cost is unknown, not nothing.
    QCOMPARE(rowTexts(*m_model, 3),
             (QStringList {u"local"_s, u"ci@runner-7"_s, QString(), u"2"_s, u"unpriced"_s}));
    const QModelIndex cost = m_model->index(3, UnmatchedIdentityModel::Cost);
    QCOMPARE(cost.data(ItemRole::Sort).toLongLong(), -1); // below every priced figure, even $0
    QCOMPARE(cost.data(Qt::ToolTipRole).toString(),
             u"Unpriced: no price is known for this usage, so it has no cost figure"_s);

    // Free is not unpriced: a local model server bills $0.
    m_model->setIdentities({UnmatchedIdentity {u"local"_s, u"gpu@box"_s, 5, 0, {}, 0}});
    QCOMPARE(m_model->index(0, UnmatchedIdentityModel::Cost).data().toString(), u"$0.00"_s);
    QCOMPARE(m_model->index(0, UnmatchedIdentityModel::Cost).data(ItemRole::Sort).toLongLong(), 0);
    // Partly unpriced: the sum of the priced records, as the spend tables show it.
    m_model->setIdentities({UnmatchedIdentity {u"local"_s, u"dev@laptop"_s, 5, 2'500'000, {}, 2}});
    const QModelIndex partly = m_model->index(0, UnmatchedIdentityModel::Cost);
    QCOMPARE(partly.data().toString(), u"$2.50"_s);
    QCOMPARE(partly.data(ItemRole::Sort).toLongLong(), 2'500'000);
}

void tst_UnmatchedIdentityModel::keysAndSortValues()
{
    Fixture fixture;
    QVERIFY2(fixture.load(), qPrintable(fixture.error()));
    const Result<QList<UnmatchedIdentity>> unmatched = fixture.unmatched();
    QVERIFY(unmatched);
    m_model->setIdentities(*unmatched);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QModelIndex cell = m_model->index(row, column);
            // Views act on the identity's value, whichever cell was clicked.
            QCOMPARE(cell.data(ItemRole::Key).toString(), unmatched->at(row).value);
            QVERIFY(cell.data(ItemRole::Sort).isValid());
        }
    }
    const auto sortOf = [this](int row, int column) {
        return m_model->index(row, column).data(ItemRole::Sort);
    };
    QCOMPARE(sortOf(0, UnmatchedIdentityModel::Cost).toLongLong(), 12'345'670'000);
    QCOMPARE(sortOf(1, UnmatchedIdentityModel::Cost).toLongLong(), 1'230'000);
    QCOMPARE(sortOf(2, UnmatchedIdentityModel::Cost).toLongLong(), 4'000);
    QCOMPARE(sortOf(1, UnmatchedIdentityModel::Records).toLongLong(), 3);
    QCOMPARE(sortOf(1, UnmatchedIdentityModel::ProviderHint).toString(),
             u"Zed Zimmer <zed@example.com>"_s);
}

void tst_UnmatchedIdentityModel::refillAfterAnAssignmentAndEmpty()
{
    Fixture fixture;
    QVERIFY2(fixture.load(), qPrintable(fixture.error()));
    Result<QList<UnmatchedIdentity>> unmatched = fixture.unmatched();
    QVERIFY(unmatched);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setIdentities(*unmatched);

    // The CI key turns out to be Alice's: it leaves the list with its usage.
    const Status assigned = fixture.assignToAlice(u"openai-key"_s, u"key-ci"_s);
    QVERIFY2(assigned, qPrintable(assigned ? QString() : assigned.error().detail));
    unmatched = fixture.unmatched();
    QVERIFY(unmatched);
    m_model->setIdentities(*unmatched);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(identitiesIn(*m_model),
             (QStringList {u"user-zed"_s, u"frank@example.com"_s, u"ci@runner-7"_s}));
    QCOMPARE(m_model->index(0, UnmatchedIdentityModel::Cost).data().toString(), u"$1.23"_s);

    // Many records: grouped by the locale.
    m_model->setIdentities(
        {UnmatchedIdentity {u"anthropic-key"_s, u"key-batch"_s, 48'210, 731'000'000, u"batch"_s}});
    QCOMPARE(
        rowTexts(*m_model, 0),
        (QStringList {u"anthropic-key"_s, u"key-batch"_s, u"batch"_s, u"48,210"_s, u"$731.00"_s}));

    m_model->setIdentities({});
    QCOMPARE(reset.size(), 4);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(UnmatchedIdentityModel::ColumnCount));
    QVERIFY(!m_model->index(0, 0).isValid());
}

void tst_UnmatchedIdentityModel::sortsByRawValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("identities");
    QTest::newRow("cheapest") << int(UnmatchedIdentityModel::Cost) << Qt::AscendingOrder
                              << QStringList {u"ci@runner-7"_s, u"frank@example.com"_s,
                                              u"user-zed"_s, u"key-ci"_s};
    QTest::newRow("most records") << int(UnmatchedIdentityModel::Records) << Qt::DescendingOrder
                                  << QStringList {u"user-zed"_s, u"key-ci"_s, u"ci@runner-7"_s,
                                                  u"frank@example.com"_s};
    QTest::newRow("kind") << int(UnmatchedIdentityModel::Kind) << Qt::AscendingOrder
                          << QStringList {u"frank@example.com"_s, u"ci@runner-7"_s, u"key-ci"_s,
                                          u"user-zed"_s};
    QTest::newRow("identity") << int(UnmatchedIdentityModel::Identity) << Qt::AscendingOrder
                              << QStringList {u"ci@runner-7"_s, u"frank@example.com"_s, u"key-ci"_s,
                                              u"user-zed"_s};
    QTest::newRow("provider hint")
        << int(UnmatchedIdentityModel::ProviderHint) << Qt::DescendingOrder
        << QStringList {u"user-zed"_s, u"key-ci"_s, u"frank@example.com"_s, u"ci@runner-7"_s};
}

void tst_UnmatchedIdentityModel::sortsByRawValues()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, identities);
    Fixture fixture;
    QVERIFY2(fixture.load(), qPrintable(fixture.error()));
    const Result<QList<UnmatchedIdentity>> unmatched = fixture.unmatched();
    QVERIFY(unmatched);
    // Set up as the People page's table.
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(ItemRole::Sort);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy.sort(column, order);
    m_model->setIdentities(*unmatched);
    QCOMPARE(identitiesIn(proxy), identities);
}

QTEST_GUILESS_MAIN(tst_UnmatchedIdentityModel)
#include "tst_unmatchedidentitymodel.moc"
