#include "itemmodels/itemroles.h"
#include "itemmodels/moversmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 usd = 1'000'000;

ReportTotals estimated(qint64 costMicros)
{
    ReportTotals totals;
    totals.costMicros = costMicros;
    totals.tokens.input = 10'000;
    totals.records = 3;
    totals.estimatedRecords = 3;
    return totals;
}

ReportTotals unpriced()
{
    ReportTotals totals;
    totals.tokens.input = 5'000;
    totals.records = 2;
    totals.unpricedRecords = 2;
    return totals;
}

Mover mover(const QString &key, const QString &name, const ReportTotals &current,
            const ReportTotals &previous)
{
    return Mover {key, name, current, previous};
}

// As topMovers orders them: Ben −7, Newcomer +8 (nothing before), Ana +6, Cy −2 (unpriced now).
QList<Mover> movers()
{
    return {
        mover(u"new@example.com"_s, u"Newcomer"_s, estimated(8 * usd), {}),
        mover(u"ben@example.com"_s, u"Ben"_s, estimated(3 * usd), estimated(10 * usd)),
        mover(u"ana@example.com"_s, u"Ana"_s, estimated(10 * usd), estimated(4 * usd)),
        mover(u"cy@example.com"_s, u"Cy"_s, unpriced(), estimated(2 * usd)),
    };
}

QVariant cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role);
}

QString text(const QAbstractItemModel &model, int row, int column)
{
    return cell(model, row, column).toString();
}

} // namespace

// The top movers table: every cell as shown, the raw values it sorts by, tool tips, refills.
class tst_MoversModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void headers();
    void displayTexts();
    void smallAndLargeChanges();
    void sortValues();
    void toolTips();
    void keysAndAlignment();
    void sortingByRawValues();
    void refillAndEmpty();
};

void tst_MoversModel::headers()
{
    MoversModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(MoversModel::ColumnCount));
    const QStringList expected
        = {u"Name"_s, u"This period"_s, u"Period before"_s, u"Change"_s, u"Change %"_s};
    for (int column = 0; column < expected.size(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
    QVERIFY(!model.headerData(MoversModel::ColumnCount, Qt::Horizontal).isValid());
}

void tst_MoversModel::displayTexts()
{
    MoversModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMovers(movers());
    QCOMPARE(model.rowCount(), 4);

    QCOMPARE(text(model, 0, MoversModel::Name), u"Newcomer"_s);
    QCOMPARE(text(model, 0, MoversModel::Current), u"$8.00"_s);
    QCOMPARE(text(model, 0, MoversModel::Previous), u"$0.00"_s);
    QCOMPARE(text(model, 0, MoversModel::Change), u"+$8.00"_s);
    QCOMPARE(text(model, 0, MoversModel::ChangePercent), u"new"_s);

    QCOMPARE(text(model, 1, MoversModel::Name), u"Ben"_s);
    QCOMPARE(text(model, 1, MoversModel::Current), u"$3.00"_s);
    QCOMPARE(text(model, 1, MoversModel::Previous), u"$10.00"_s);
    QCOMPARE(text(model, 1, MoversModel::Change), u"-$7.00"_s);
    QCOMPARE(text(model, 1, MoversModel::ChangePercent), u"-70 %"_s);

    QCOMPARE(text(model, 2, MoversModel::Name), u"Ana"_s);
    QCOMPARE(text(model, 2, MoversModel::Change), u"+$6.00"_s);
    QCOMPARE(text(model, 2, MoversModel::ChangePercent), u"150 %"_s);

    // Usage without a price is never shown as $0.00.
    QCOMPARE(text(model, 3, MoversModel::Current), u"unpriced"_s);
    QCOMPARE(text(model, 3, MoversModel::Previous), u"$2.00"_s);
    QCOMPARE(text(model, 3, MoversModel::Change), u"-$2.00"_s);
    QCOMPARE(text(model, 3, MoversModel::ChangePercent), u"-100 %"_s);
}

void tst_MoversModel::smallAndLargeChanges()
{
    MoversModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMovers({
        mover(u"a"_s, u"a"_s, estimated(10 * usd + 3'000), estimated(10 * usd)),
        mover(u"b"_s, u"b"_s, estimated(10 * usd), estimated(10 * usd + 3'000)),
        mover(u"c"_s, u"c"_s, estimated(1'250 * usd), estimated(50 * usd)),
        mover(u"d"_s, u"d"_s, estimated(4 * usd), estimated(3 * usd)),
    });
    // Under a cent either way keeps its sign.
    QCOMPARE(text(model, 0, MoversModel::Change), u"+<$0.01"_s);
    QCOMPARE(text(model, 0, MoversModel::ChangePercent), u"0 %"_s);
    QCOMPARE(text(model, 1, MoversModel::Change), u"-<$0.01"_s);
    // Thousands grouped, percent in whole numbers.
    QCOMPARE(text(model, 2, MoversModel::Current), u"$1,250.00"_s);
    QCOMPARE(text(model, 2, MoversModel::Change), u"+$1,200.00"_s);
    QCOMPARE(text(model, 2, MoversModel::ChangePercent), u"2,400 %"_s);
    QCOMPARE(text(model, 3, MoversModel::ChangePercent), u"33 %"_s);
}

void tst_MoversModel::sortValues()
{
    MoversModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMovers(movers());
    const auto sortValue = [&](int row, int column) {
        return cell(model, row, column, ItemRole::Sort);
    };

    QCOMPARE(sortValue(1, MoversModel::Name).toString(), u"Ben"_s);
    QCOMPARE(sortValue(1, MoversModel::Current).toLongLong(), 3 * usd);
    QCOMPARE(sortValue(1, MoversModel::Previous).toLongLong(), 10 * usd);
    QCOMPARE(sortValue(1, MoversModel::Change).toLongLong(), -7 * usd);
    QCOMPARE(sortValue(1, MoversModel::ChangePercent).toDouble(), -70.0);
    QCOMPARE(sortValue(2, MoversModel::ChangePercent).toDouble(), 150.0);
    QCOMPARE(sortValue(0, MoversModel::Previous).toLongLong(), 0);
    // "new" sorts above every percent.
    QCOMPARE(sortValue(0, MoversModel::ChangePercent).toDouble(),
             std::numeric_limits<double>::max());
    // Numbers sort as numbers, not as their text.
    QCOMPARE(sortValue(1, MoversModel::Change).typeId(), QMetaType::LongLong);
    QCOMPARE(sortValue(1, MoversModel::ChangePercent).typeId(), QMetaType::Double);
}

void tst_MoversModel::toolTips()
{
    MoversModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMovers(movers());
    const auto toolTip = [&](int row, int column) {
        return cell(model, row, column, Qt::ToolTipRole).toString();
    };
    QCOMPARE(toolTip(1, MoversModel::Change), u"$10.00 in the period before, $3.00 in this one"_s);
    QCOMPARE(toolTip(0, MoversModel::Change), u"$0.00 in the period before, $8.00 in this one"_s);
    QCOMPARE(toolTip(3, MoversModel::Change),
             u"$2.00 in the period before, unpriced in this one"_s);
    QCOMPARE(toolTip(1, MoversModel::Current),
             u"Estimated: token counts priced with the price table"_s);
    QCOMPARE(toolTip(0, MoversModel::Previous), u"No usage"_s);
    QCOMPARE(toolTip(3, MoversModel::Current),
             u"Unpriced: no price is known for this usage, so it has no cost figure"_s);
    QVERIFY(toolTip(1, MoversModel::Name).isEmpty());
    QVERIFY(toolTip(1, MoversModel::ChangePercent).isEmpty());
}

void tst_MoversModel::keysAndAlignment()
{
    MoversModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMovers(movers());
    const int right = int(Qt::AlignRight | Qt::AlignVCenter);
    for (int column = 0; column < MoversModel::ColumnCount; ++column) {
        QCOMPARE(cell(model, 2, column, ItemRole::Key).toString(), u"ana@example.com"_s);
        const QVariant alignment = cell(model, 2, column, Qt::TextAlignmentRole);
        if (column == MoversModel::Name)
            QVERIFY(!alignment.isValid());
        else
            QCOMPARE(alignment.toInt(), right);
    }
    QCOMPARE(model.movers().size(), 4);
    QCOMPARE(model.movers().at(2).key, u"ana@example.com"_s);
}

void tst_MoversModel::sortingByRawValues()
{
    MoversModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ItemRole::Sort);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMovers(movers());
    const auto names = [&] {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names.append(text(proxy, row, MoversModel::Name));
        return names;
    };
    // -$7.00 < -$2.00 < +$6.00 < +$8.00: as numbers, not as text.
    proxy.sort(MoversModel::Change, Qt::AscendingOrder);
    QCOMPARE(names(), (QStringList {u"Ben"_s, u"Cy"_s, u"Ana"_s, u"Newcomer"_s}));
    // Percent: -100, -70, 150, then "new".
    proxy.sort(MoversModel::ChangePercent, Qt::AscendingOrder);
    QCOMPARE(names(), (QStringList {u"Cy"_s, u"Ben"_s, u"Ana"_s, u"Newcomer"_s}));
    // $10.00 above $8.00 and $3.00; unpriced (no cost) last.
    proxy.sort(MoversModel::Current, Qt::DescendingOrder);
    QCOMPARE(names(), (QStringList {u"Ana"_s, u"Newcomer"_s, u"Ben"_s, u"Cy"_s}));
}

void tst_MoversModel::refillAndEmpty()
{
    MoversModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setMovers(movers());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 4);

    model.setMovers(
        {mover(u"dan@example.com"_s, u"Dan"_s, estimated(1 * usd), estimated(5 * usd))});
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, 0, MoversModel::Name), u"Dan"_s);
    QCOMPARE(text(model, 0, MoversModel::Change), u"-$4.00"_s);
    QCOMPARE(text(model, 0, MoversModel::ChangePercent), u"-80 %"_s);
    QVERIFY(!model.index(1, 0).isValid());

    model.setMovers({});
    QCOMPARE(reset.size(), 3);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.movers().isEmpty());
    QVERIFY(!model.index(0, MoversModel::Name).isValid());
    QCOMPARE(model.columnCount(), int(MoversModel::ColumnCount)); // the headers stay
}

QTEST_GUILESS_MAIN(tst_MoversModel)
#include "tst_moversmodel.moc"
