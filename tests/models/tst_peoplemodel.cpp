#include "itemmodels/itemroles.h"
#include "itemmodels/peoplemodel.h"
#include "ledger/peopledirectory.h"
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

// The directory as the People page gets it: a CSV imported into a ledger and read back.
Result<QList<Person>> importedPeople(const QByteArray &csv)
{
    TempLedger ledger;
    if (!ledger.isValid())
        return Error {ErrorCode::Io, u"no temporary ledger"_s};
    PeopleDirectory directory(ledger.ledger());
    if (const Result<PeopleImportStats> imported = directory.importCsv(csv); !imported)
        return imported.error();
    return directory.people();
}

QString text(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

// One line per row, "|" between the cells, to compare a whole table at once.
QStringList rowsOf(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(text(model, row, column));
        rows.append(cells.join(u'|'));
    }
    return rows;
}

} // namespace

class tst_PeopleModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void headers();
    void showsTheImportedDirectory();
    void toolTipsAndKeys();
    void roleText_data();
    void roleText();
    void refillReplacesEveryRow();
    void sortsByTheSortRole_data();
    void sortsByTheSortRole();
    void filtersOnEveryColumn_data();
    void filtersOnEveryColumn();

private:
    std::unique_ptr<PeopleModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_PeopleModel::init()
{
    // The tester watches every change from the empty model on.
    m_model = std::make_unique<PeopleModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_PeopleModel::headers()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(PeopleModel::ColumnCount));
    QCOMPARE(m_model->columnCount(), 5);
    const QStringList expected = {u"Name"_s, u"Email"_s, u"Team"_s, u"Manager"_s, u"Role"_s};
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected[column]);
        // Text columns only: nothing is right-aligned.
        QVERIFY(!m_model->headerData(column, Qt::Horizontal, Qt::TextAlignmentRole).isValid());
    }
    QVERIFY(!m_model->headerData(PeopleModel::ColumnCount, Qt::Horizontal).isValid());
    QVERIFY(!m_model->headerData(0, Qt::Vertical).isValid());
}

void tst_PeopleModel::showsTheImportedDirectory()
{
    const Result<QList<Person>> people = importedPeople(readTestData(u"people/org.csv"_s));
    QVERIFY2(people, qPrintable(people ? QString() : people.error().detail));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setPeople(*people);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->people().size(), people->size());
    QCOMPARE(m_model->people().constLast().email, u"dave@example.com"_s);
    // By name, case-insensitively; dave has no name in the file, so his email's local part stands
    // in. A team is the last element of its path; Carol manages nobody above her.
    QCOMPARE(rowsOf(*m_model),
             (QStringList {
                 u"Alice Able|alice@example.com|Platform|carol@example.com|Employee"_s,
                 u"Bob Baker|bob@example.com|Engineering|carol@example.com|Manager"_s,
                 u"Carol Chen|carol@example.com|Engineering||Admin"_s,
                 u"dave|dave@example.com|Sales||Employee"_s,
             }));
    QVERIFY(!m_model->index(4, 0).isValid());
    QVERIFY(!m_model->index(0, PeopleModel::ColumnCount).isValid());
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0); // a table: no children
}

void tst_PeopleModel::toolTipsAndKeys()
{
    const Result<QList<Person>> people = importedPeople(readTestData(u"people/org.csv"_s));
    QVERIFY2(people, qPrintable(people ? QString() : people.error().detail));
    m_model->setPeople(*people);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QModelIndex cell = m_model->index(row, column);
            // A narrow column cuts text off: the tooltip gives it whole.
            QCOMPARE(cell.data(Qt::ToolTipRole).toString(), cell.data().toString());
            // Views act on a person by email, whichever cell was clicked.
            QCOMPARE(cell.data(ItemRole::Key).toString(), people->at(row).email);
            QVERIFY(!cell.data(ItemRole::CostKind).isValid());
            QVERIFY(!cell.data(Qt::TextAlignmentRole).isValid());
        }
    }
    QCOMPARE(text(*m_model, 1, PeopleModel::Email, ItemRole::Key), u"bob@example.com"_s);
}

void tst_PeopleModel::roleText_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("text");
    QTest::newRow("employee") << Role::Employee << u"Employee"_s;
    QTest::newRow("manager") << Role::Manager << u"Manager"_s;
    QTest::newRow("admin") << Role::Admin << u"Admin"_s;
}

void tst_PeopleModel::roleText()
{
    QFETCH(Role, role);
    QFETCH(QString, text);
    QCOMPARE(PeopleModel::roleText(role), text);
    m_model->setPeople(
        {Person {7, u"eve@example.com"_s, u"Eve"_s, 0, QString(), 0, QString(), role}});
    QCOMPARE(::text(*m_model, 0, PeopleModel::RoleColumn), text);
    QCOMPARE(::text(*m_model, 0, PeopleModel::RoleColumn, ItemRole::Sort), text);
}

void tst_PeopleModel::refillReplacesEveryRow()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const Result<QList<Person>> first = importedPeople(readTestData(u"people/org.csv"_s));
    QVERIFY2(first, qPrintable(first ? QString() : first.error().detail));
    m_model->setPeople(*first);
    QCOMPARE(m_model->rowCount(), 4);

    // A reorganisation: fewer people, a new team, Bob now reports to Zoe.
    const Result<QList<Person>> second
        = importedPeople("email,name,team,manager,role\n"
                         "zoe@example.com,Zoe Zhang,Research,,manager\n"
                         "bob@example.com,Bob Baker,Research/Evals,zoe@example.com,employee\n"_ba);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().detail));
    m_model->setPeople(*second);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(rowsOf(*m_model),
             (QStringList {u"Bob Baker|bob@example.com|Evals|zoe@example.com|Employee"_s,
                           u"Zoe Zhang|zoe@example.com|Research||Manager"_s}));
    QVERIFY(!m_model->index(2, 0).isValid());

    m_model->setPeople({});
    QCOMPARE(reset.size(), 3);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), 5); // the headers stay for the empty table
    QVERIFY(m_model->people().isEmpty());
    QVERIFY(!m_model->index(0, 0).isValid());

    m_model->setPeople(*first);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(text(*m_model, 3, PeopleModel::Email), u"dave@example.com"_s);
}

void tst_PeopleModel::sortsByTheSortRole_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("emails");
    const QString alice = u"alice@example.com"_s;
    const QString bob = u"bob@example.com"_s;
    const QString carol = u"carol@example.com"_s;
    const QString dave = u"dave@example.com"_s;
    QTest::newRow("name, descending")
        << int(PeopleModel::Name) << Qt::DescendingOrder << QStringList {dave, carol, bob, alice};
    QTest::newRow("team") << int(PeopleModel::Team) << Qt::AscendingOrder
                          << QStringList {bob, carol, alice, dave};
    QTest::newRow("manager, descending") << int(PeopleModel::Manager) << Qt::DescendingOrder
                                         << QStringList {alice, bob, carol, dave};
    QTest::newRow("role") << int(PeopleModel::RoleColumn) << Qt::AscendingOrder
                          << QStringList {carol, alice, dave, bob};
}

void tst_PeopleModel::sortsByTheSortRole()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, emails);
    const Result<QList<Person>> people = importedPeople(readTestData(u"people/org.csv"_s));
    QVERIFY2(people, qPrintable(people ? QString() : people.error().detail));

    // Set up as the People page's table: sort role, case-insensitive.
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(ItemRole::Sort);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy.sort(column, order);
    m_model->setPeople(*people);
    QStringList sorted;
    for (int row = 0; row < proxy.rowCount(); ++row)
        sorted.append(proxy.index(row, PeopleModel::Name).data(ItemRole::Key).toString());
    QCOMPARE(sorted, emails);
}

void tst_PeopleModel::filtersOnEveryColumn_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("name") << u"baker"_s << QStringList {u"Bob Baker"_s};
    QTest::newRow("team") << u"ENGINEERING"_s << QStringList {u"Bob Baker"_s, u"Carol Chen"_s};
    // Carol's own email and the manager column of the two who report to her.
    QTest::newRow("manager") << u"carol@"_s
                             << QStringList {u"Alice Able"_s, u"Bob Baker"_s, u"Carol Chen"_s};
    QTest::newRow("role") << u"admin"_s << QStringList {u"Carol Chen"_s};
    QTest::newRow("nobody") << u"mallory"_s << QStringList {};
}

void tst_PeopleModel::filtersOnEveryColumn()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, names);
    const Result<QList<Person>> people = importedPeople(readTestData(u"people/org.csv"_s));
    QVERIFY2(people, qPrintable(people ? QString() : people.error().detail));
    m_model->setPeople(*people);

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(filter);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(proxy.index(row, PeopleModel::Name).data().toString());
    QCOMPARE(shown, names);
}

QTEST_GUILESS_MAIN(tst_PeopleModel)
#include "tst_peoplemodel.moc"
