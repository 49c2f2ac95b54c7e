#include "itemmodels/itemroles.h"
#include "itemmodels/teamspendtreemodel.h"
#include "ledger/ledger.h"
#include "ledger/peopledirectory.h"
#include "ledger/reportquery.h"
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

qint64 msAt(int day, int hour = 12)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

UsageRecord usage(const QString &key, const QString &identity, const QString &model, CostKind kind,
                  qint64 costMicros, int day = 10)
{
    UsageRecord record;
    record.externalKey = key;
    record.startMs = msAt(day);
    record.endMs = record.startMs;
    const qsizetype colon = identity.indexOf(u':');
    record.identityKind = identity.left(colon);
    record.identityValue = identity.mid(colon + 1);
    record.provider = u"openai"_s;
    record.model = model;
    record.tokens.input = 1'000;
    record.tokens.output = 200;
    record.costKind = kind;
    record.costMicros = kind == CostKind::Unpriced ? 0 : costMicros;
    return record;
}

// The org of people/org.csv with a month of usage: what the Organisation page gets from the
// directory and from a Team × Model report.
//   Engineering (Bob, Carol) $1.00 estimated + Carol's unpriced local model
//     Platform (Alice)       $3.00 estimated + $0.50 billed
//   Sales (dave)             $0.20 billed
//   an unmatched key         $0.05 estimated
class OrgFixture
{
public:
    bool load(const QList<UsageRecord> &records)
    {
        if (!m_ledger.isValid())
            return fail(u"no temporary ledger"_s);
        PeopleDirectory directory(m_ledger.ledger());
        if (const auto imported = directory.importCsv(readTestData(u"people/org.csv"_s)); !imported)
            return fail(imported.error().detail);
        const Result<qint64> source = m_ledger->ensureSource(u"openai"_s, u"OpenAI"_s);
        if (!source)
            return fail(source.error().detail);
        if (const auto written = m_ledger->writeUsage(*source, records); !written)
            return fail(written.error().detail);
        return reload();
    }

    bool reload()
    {
        PeopleDirectory directory(m_ledger.ledger());
        const Result<QList<Team>> teams = directory.teams();
        if (!teams)
            return fail(teams.error().detail);
        m_teams = *teams;
        ReportRequest request;
        request.groupBy = {ReportKey::Team, ReportKey::Model};
        const Result<Report> report = ReportQuery(m_ledger.ledger()).run(request);
        if (!report)
            return fail(report.error().detail);
        m_report = *report;
        return true;
    }

    static QList<UsageRecord> month()
    {
        return {
            usage(u"a1"_s, u"openai-user:user-alice"_s, u"gpt-5"_s, CostKind::Estimated, 2'000'000),
            usage(u"a2"_s, u"openai-user:user-alice"_s, u"gpt-5"_s, CostKind::Estimated, 1'000'000,
                  11),
            usage(u"a3"_s, u"anthropic-key:key-alice"_s, u"claude-sonnet-4-5"_s, CostKind::Billed,
                  500'000),
            usage(u"b1"_s, u"email:bob@example.com"_s, u"gpt-5"_s, CostKind::Estimated, 1'000'000),
            usage(u"c1"_s, u"openai-user:user-carol"_s, u"local-llama"_s, CostKind::Unpriced, 0),
            usage(u"d1"_s, u"email:dave@example.com"_s, u"gpt-5-mini"_s, CostKind::Billed, 200'000),
            usage(u"z1"_s, u"openai-user:user-zed"_s, u"gpt-5"_s, CostKind::Estimated, 50'000),
        };
    }

    TempLedger &ledger() { return m_ledger; }
    const QList<Team> &teams() const { return m_teams; }
    const Report &report() const { return m_report; }
    const QString &error() const { return m_error; }

private:
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    TempLedger m_ledger;
    QList<Team> m_teams;
    Report m_report;
    QString m_error;
};

// The child of `parent` whose name cell reads `name`; invalid when there is none.
QModelIndex childNamed(const QAbstractItemModel &model, const QString &name,
                       const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, TeamSpendTreeModel::Name, parent);
        if (child.data().toString() == name)
            return child;
    }
    return {};
}

QString cellText(const QModelIndex &name, int column, int role = Qt::DisplayRole)
{
    return name.siblingAtColumn(column).data(role).toString();
}

qint64 sortValue(const QModelIndex &name, int column)
{
    return name.siblingAtColumn(column).data(ItemRole::Sort).toLongLong();
}

// The tree as indented lines of "name spend people".
QStringList outline(const QAbstractItemModel &model, const QModelIndex &parent = {},
                    const QString &indent = {})
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex name = model.index(row, TeamSpendTreeModel::Name, parent);
        lines.append(indent + name.data().toString() + u' '
                     + cellText(name, TeamSpendTreeModel::Spend) + u' '
                     + cellText(name, TeamSpendTreeModel::Members));
        lines += outline(model, name, indent + u"  "_s);
    }
    return lines;
}

// Every row's figures are its own usage plus its nested teams': no row may hold less than its
// children together, and the top rows add up to the organisation.
void verifySums(const TeamSpendTreeModel &model, const QModelIndex &parent = {})
{
    qint64 cost = 0;
    qint64 tokens = 0;
    qint64 requests = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex name = model.index(row, TeamSpendTreeModel::Name, parent);
        QCOMPARE(model.parent(name), parent);
        cost += sortValue(name, TeamSpendTreeModel::Spend);
        tokens += sortValue(name, TeamSpendTreeModel::Tokens);
        requests += sortValue(name, TeamSpendTreeModel::Requests);
        verifySums(model, name);
        if (QTest::currentTestFailed())
            return;
    }
    if (!parent.isValid()) {
        QCOMPARE(cost, model.organisationTotals().costMicros);
        QCOMPARE(tokens, model.organisationTotals().tokens.total());
        QCOMPARE(requests, model.organisationTotals().requests);
    } else {
        QVERIFY(cost <= sortValue(parent, TeamSpendTreeModel::Spend));
        QVERIFY(tokens <= sortValue(parent, TeamSpendTreeModel::Tokens));
        QVERIFY(requests <= sortValue(parent, TeamSpendTreeModel::Requests));
    }
}

} // namespace

class tst_TeamSpendTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void headers();
    void nestedTeamsFromTheDirectory();
    void figuresAndCostKinds();
    void childrenAndParents();
    void sumsFollowTheTree();
    void refillWithAnotherPeriod();
    void teamsWithoutUsageAndEmptyFills();
    void teamsGoneFromTheDirectory();
    void teamsThatNestInACircle();
    void sortsEachLevelByTheSortRole();
    void filterKeepsTheParentsOfAMatch();

private:
    std::unique_ptr<TeamSpendTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_TeamSpendTreeModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_TeamSpendTreeModel::init()
{
    // The tester watches every change from the empty model on.
    m_model = std::make_unique<TeamSpendTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_TeamSpendTreeModel::headers()
{
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->hasUsage());
    QCOMPARE(m_model->columnCount(), int(TeamSpendTreeModel::ColumnCount));
    const QStringList expected
        = {u"Team"_s, u"Spend"_s, u"Share"_s, u"Tokens"_s, u"Requests"_s, u"People"_s};
    QCOMPARE(m_model->columnCount(), int(expected.size()));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected[column]);
        const QVariant alignment
            = m_model->headerData(column, Qt::Horizontal, Qt::TextAlignmentRole);
        // The figures are right-aligned, the names are not.
        QCOMPARE(alignment.isValid(), column != TeamSpendTreeModel::Name);
        if (alignment.isValid())
            QCOMPARE(alignment.toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    }
    QVERIFY(!m_model->headerData(0, Qt::Vertical).isValid());
}

void tst_TeamSpendTreeModel::nestedTeamsFromTheDirectory()
{
    OrgFixture org;
    QVERIFY2(org.load(OrgFixture::month()), qPrintable(org.error()));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setSpend(org.teams(), org.report());
    QCOMPARE(reset.size(), 1);
    QVERIFY(m_model->hasUsage());
    // Top rows by spend, nested teams below their parent; People counts nested teams' members.
    // The unmatched key's usage has no team.
    QCOMPARE(outline(*m_model),
             (QStringList {
                 u"Engineering $4.50 3"_s,
                 u"  Platform $3.50 1"_s,
                 u"Sales $0.20 1"_s,
                 u"(no team) $0.05 "_s,
             }));
    QCOMPARE(m_model->organisationTotals().costMicros, 4'750'000);
    QCOMPARE(m_model->organisationTotals().records, 7);
}

void tst_TeamSpendTreeModel::figuresAndCostKinds()
{
    OrgFixture org;
    QVERIFY2(org.load(OrgFixture::month()), qPrintable(org.error()));
    m_model->setSpend(org.teams(), org.report());
    const QModelIndex engineering = childNamed(*m_model, u"Engineering"_s);
    const QModelIndex platform = childNamed(*m_model, u"Platform"_s, engineering);
    const QModelIndex sales = childNamed(*m_model, u"Sales"_s);
    const QModelIndex noTeam = childNamed(*m_model, u"(no team)"_s);
    QVERIFY(engineering.isValid() && platform.isValid() && sales.isValid() && noTeam.isValid());

    // Share of the organisation's $4.75.
    QCOMPARE(cellText(engineering, TeamSpendTreeModel::Share), u"94.7 %"_s);
    QCOMPARE(cellText(platform, TeamSpendTreeModel::Share), u"73.7 %"_s);
    QCOMPARE(cellText(sales, TeamSpendTreeModel::Share), u"4.2 %"_s);
    QCOMPARE(cellText(noTeam, TeamSpendTreeModel::Share), u"1.1 %"_s);
    // 1,200 tokens a record: Engineering has Alice's three, Bob's and Carol's.
    QCOMPARE(cellText(engineering, TeamSpendTreeModel::Tokens), u"6,000"_s);
    QCOMPARE(sortValue(engineering, TeamSpendTreeModel::Tokens), 6'000);
    QCOMPARE(cellText(engineering, TeamSpendTreeModel::Requests), u"5"_s);
    QCOMPARE(cellText(platform, TeamSpendTreeModel::Requests), u"3"_s);
    QCOMPARE(sortValue(platform, TeamSpendTreeModel::Spend), 3'500'000);
    QCOMPARE(sortValue(engineering, TeamSpendTreeModel::Members), 3);

    // What each figure is made of.
    QCOMPARE(engineering.data(ItemRole::CostKind).toInt(), int(AggregateCostKind::Mixed));
    QCOMPARE(platform.data(ItemRole::CostKind).toInt(), int(AggregateCostKind::Mixed));
    QCOMPARE(sales.data(ItemRole::CostKind).toInt(), int(AggregateCostKind::Billed));
    QCOMPARE(noTeam.data(ItemRole::CostKind).toInt(), int(AggregateCostKind::Estimated));
    QCOMPARE(cellText(engineering, TeamSpendTreeModel::Spend, Qt::ToolTipRole),
             u"Mixed: $0.50 billed, $4.00 estimated\n"
             u"1 record unpriced, not included in the sum"_s);
    QCOMPARE(cellText(platform, TeamSpendTreeModel::Spend, Qt::ToolTipRole),
             u"Mixed: $0.50 billed, $3.00 estimated"_s);
    QCOMPARE(cellText(sales, TeamSpendTreeModel::Spend, Qt::ToolTipRole),
             u"Billed: the cost the provider reported"_s);
    QCOMPARE(cellText(noTeam, TeamSpendTreeModel::Spend, Qt::ToolTipRole),
             u"Estimated: token counts priced with the price table"_s);

    // A team with nested teams says so; a leaf does not.
    QCOMPARE(engineering.data(Qt::ToolTipRole).toString(), u"Includes the teams nested below it"_s);
    QVERIFY(!platform.data(Qt::ToolTipRole).isValid());
    QVERIFY(!sales.data(Qt::ToolTipRole).isValid());

    // Views act on a row by team name; "no team" has none.
    QCOMPARE(platform.data(ItemRole::Key).toString(), u"Platform"_s);
    QVERIFY(noTeam.data(ItemRole::Key).toString().isNull());
    QCOMPARE(cellText(noTeam, TeamSpendTreeModel::Members), QString());
    QCOMPARE(sortValue(noTeam, TeamSpendTreeModel::Members), 0);

    QVERIFY(!engineering.data(Qt::TextAlignmentRole).isValid());
    QCOMPARE(
        engineering.siblingAtColumn(TeamSpendTreeModel::Spend).data(Qt::TextAlignmentRole).toInt(),
        int(Qt::AlignRight | Qt::AlignVCenter));
}

void tst_TeamSpendTreeModel::childrenAndParents()
{
    OrgFixture org;
    QVERIFY2(org.load(OrgFixture::month()), qPrintable(org.error()));
    m_model->setSpend(org.teams(), org.report());
    QCOMPARE(m_model->rowCount(), 3);
    const QModelIndex engineering = m_model->index(0, TeamSpendTreeModel::Name);
    QCOMPARE(engineering.data().toString(), u"Engineering"_s);
    QVERIFY(!m_model->parent(engineering).isValid());
    QVERIFY(m_model->hasChildren(engineering));
    QCOMPARE(m_model->rowCount(engineering), 1);
    // Only the first column has children, as views expect.
    QCOMPARE(m_model->rowCount(engineering.siblingAtColumn(TeamSpendTreeModel::Spend)), 0);

    const QModelIndex platformSpend = m_model->index(0, TeamSpendTreeModel::Spend, engineering);
    QCOMPARE(platformSpend.data().toString(), u"$3.50"_s);
    QCOMPARE(m_model->parent(platformSpend), engineering);
    QCOMPARE(m_model->rowCount(platformSpend.siblingAtColumn(TeamSpendTreeModel::Name)), 0);
    QVERIFY(!m_model->index(1, 0, engineering).isValid());

    for (int row = 1; row < m_model->rowCount(); ++row) {
        const QModelIndex top = m_model->index(row, TeamSpendTreeModel::Name);
        QCOMPARE(m_model->rowCount(top), 0);
        QVERIFY(!m_model->parent(top).isValid());
    }
    QVERIFY(!m_model->index(3, 0).isValid());
}

void tst_TeamSpendTreeModel::sumsFollowTheTree()
{
    // A deeper tree: Engineering › Platform › Infra, and a sister team under Engineering.
    OrgFixture org;
    QVERIFY2(org.load(OrgFixture::month()), qPrintable(org.error()));
    PeopleDirectory directory(org.ledger().ledger());
    const auto imported = directory.importCsv(
        "email,name,team,manager,role\n"
        "erin@example.com,Erin Evans,Engineering/Platform/Infra,alice@example.com,employee\n"
        "finn@example.com,Finn Ford,Engineering/Web,bob@example.com,employee\n"_ba);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().detail));
    const Result<qint64> source = org.ledger()->ensureSource(u"anthropic"_s, u"Anthropic"_s);
    QVERIFY(source);
    const auto written
        = org.ledger()->writeUsage(*source,
                                   {usage(u"e1"_s, u"email:erin@example.com"_s,
                                          u"claude-opus-4-5"_s, CostKind::Billed, 7'250'000),
                                    usage(u"f1"_s, u"email:finn@example.com"_s,
                                          u"claude-haiku-4-5"_s, CostKind::Estimated, 120'000)});
    QVERIFY(written);
    QVERIFY2(org.reload(), qPrintable(org.error()));
    m_model->setSpend(org.teams(), org.report());

    QCOMPARE(outline(*m_model),
             (QStringList {
                 u"Engineering $11.87 5"_s,
                 u"  Platform $10.75 2"_s,
                 u"    Infra $7.25 1"_s,
                 u"  Web $0.12 1"_s,
                 u"Sales $0.20 1"_s,
                 u"(no team) $0.05 "_s,
             }));
    verifySums(*m_model);
    QCOMPARE(m_model->organisationTotals().costMicros, 12'120'000);
}

void tst_TeamSpendTreeModel::refillWithAnotherPeriod()
{
    OrgFixture org;
    QVERIFY2(org.load(OrgFixture::month()), qPrintable(org.error()));
    m_model->setSpend(org.teams(), org.report());
    QCOMPARE(m_model->rowCount(), 3);

    // Only the 11th: Alice's second gpt-5 call.
    ReportRequest request;
    request.groupBy = {ReportKey::Team, ReportKey::Model};
    request.since = QDate(2026, 11, 11);
    request.until = QDate(2026, 11, 11);
    const Result<Report> day = ReportQuery(org.ledger().ledger()).run(request);
    QVERIFY(day);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setSpend(org.teams(), *day);
    QCOMPARE(reset.size(), 1);
    // Teams stay in the tree without usage; the "no team" row goes with its usage.
    QCOMPARE(outline(*m_model),
             (QStringList {
                 u"Engineering $1.00 3"_s,
                 u"  Platform $1.00 1"_s,
                 u"Sales — 1"_s,
             }));
    const QModelIndex sales = childNamed(*m_model, u"Sales"_s);
    QCOMPARE(cellText(sales, TeamSpendTreeModel::Share), u"0.0 %"_s);
    QCOMPARE(cellText(sales, TeamSpendTreeModel::Spend, Qt::ToolTipRole), u"No usage"_s);
    QCOMPARE(cellText(sales, TeamSpendTreeModel::Tokens), u"0"_s);
    QCOMPARE(cellText(childNamed(*m_model, u"Engineering"_s), TeamSpendTreeModel::Share),
             u"100.0 %"_s);
    QCOMPARE(m_model->organisationTotals().costMicros, 1'000'000);
    verifySums(*m_model);
}

void tst_TeamSpendTreeModel::teamsWithoutUsageAndEmptyFills()
{
    OrgFixture org;
    QVERIFY2(org.load({}), qPrintable(org.error()));
    m_model->setSpend(org.teams(), org.report());
    QVERIFY(!m_model->hasUsage());
    QCOMPARE(outline(*m_model),
             (QStringList {
                 // Equal spend: by name.
                 u"Engineering — 3"_s,
                 u"  Platform — 1"_s,
                 u"Sales — 1"_s,
             }));
    // Nothing to divide by: no share at all rather than 0 %.
    QCOMPARE(cellText(m_model->index(0, 0), TeamSpendTreeModel::Share), QString());

    m_model->setSpend({}, {});
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->hasUsage());
    QCOMPARE(m_model->organisationTotals().records, 0);
    QVERIFY(!m_model->index(0, 0).isValid());

    QVERIFY2(org.reload(), qPrintable(org.error()));
    m_model->setSpend(org.teams(), org.report());
    QCOMPARE(m_model->rowCount(), 2);
}

void tst_TeamSpendTreeModel::teamsGoneFromTheDirectory()
{
    OrgFixture org;
    QVERIFY2(org.load(OrgFixture::month()), qPrintable(org.error()));
    // A report from before the Sales team was removed: its usage still shows, as a top row
    // without members.
    QList<Team> teams = org.teams();
    teams.removeIf([](const Team &team) { return team.name == u"Sales"_s; });
    m_model->setSpend(teams, org.report());
    QCOMPARE(outline(*m_model),
             (QStringList {
                 u"Engineering $4.50 3"_s,
                 u"  Platform $3.50 1"_s,
                 u"Sales $0.20 0"_s,
                 u"(no team) $0.05 "_s,
             }));
    verifySums(*m_model);

    // Platform's parent gone too: Platform becomes a top row of its own.
    teams.removeIf([](const Team &team) { return team.name == u"Engineering"_s; });
    m_model->setSpend(teams, org.report());
    QCOMPARE(outline(*m_model),
             (QStringList {
                 u"Platform $3.50 1"_s,
                 u"Engineering $1.00 0"_s,
                 u"Sales $0.20 0"_s,
                 u"(no team) $0.05 "_s,
             }));
    verifySums(*m_model);
}

void tst_TeamSpendTreeModel::teamsThatNestInACircle()
{
    OrgFixture org;
    QVERIFY2(org.load(OrgFixture::month()), qPrintable(org.error()));
    // A later directory file nests Engineering under Platform while Platform is still under
    // Engineering: the directory then holds a circle of teams.
    PeopleDirectory directory(org.ledger().ledger());
    const auto imported = directory.importCsv(
        "email,name,team,manager,role\n"
        "bob@example.com,Bob Baker,Platform/Engineering,carol@example.com,manager\n"_ba);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().detail));
    QVERIFY2(org.reload(), qPrintable(org.error()));
    QHash<QString, qint64> parentOf;
    QHash<qint64, QString> nameOf;
    for (const Team &team : org.teams())
        nameOf.insert(team.id, team.name);
    for (const Team &team : org.teams())
        parentOf.insert(team.name, team.parentId);
    QCOMPARE(nameOf.value(parentOf.value(u"Platform"_s)), u"Engineering"_s);
    QCOMPARE(nameOf.value(parentOf.value(u"Engineering"_s)), u"Platform"_s);

    m_model->setSpend(org.teams(), org.report());
    // Every team's usage is still in the tree, counted once.
    const QModelIndex engineering = childNamed(*m_model, u"Engineering"_s);
    const QModelIndex platform = childNamed(*m_model, u"Platform"_s);
    QVERIFY(engineering.isValid() || platform.isValid());
    const QModelIndex top = engineering.isValid() ? engineering : platform;
    QCOMPARE(cellText(top, TeamSpendTreeModel::Spend), u"$4.50"_s);
    QCOMPARE(m_model->rowCount(top), 1);
    QCOMPARE(m_model->index(0, 0, top).data().toString(),
             top == engineering ? u"Platform"_s : u"Engineering"_s);
    QCOMPARE(m_model->rowCount(), 3); // with Sales and "no team"
    QCOMPARE(sortValue(top, TeamSpendTreeModel::Members), 3);
    verifySums(*m_model);
}

void tst_TeamSpendTreeModel::sortsEachLevelByTheSortRole()
{
    OrgFixture org;
    QVERIFY2(org.load(OrgFixture::month()), qPrintable(org.error()));
    // Set up as the Organisation page's tree.
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(ItemRole::Sort);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy.setRecursiveFilteringEnabled(true);
    m_model->setSpend(org.teams(), org.report());

    const auto topNames = [&proxy] {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names.append(proxy.index(row, TeamSpendTreeModel::Name).data().toString());
        return names;
    };
    proxy.sort(TeamSpendTreeModel::Spend, Qt::AscendingOrder);
    QCOMPARE(topNames(), (QStringList {u"(no team)"_s, u"Sales"_s, u"Engineering"_s}));
    proxy.sort(TeamSpendTreeModel::Name, Qt::DescendingOrder);
    QCOMPARE(topNames(), (QStringList {u"Sales"_s, u"Engineering"_s, u"(no team)"_s}));
    // "no team" has no people to count: it sorts as none.
    proxy.sort(TeamSpendTreeModel::Members, Qt::DescendingOrder);
    QCOMPARE(topNames(), (QStringList {u"Engineering"_s, u"Sales"_s, u"(no team)"_s}));
    proxy.sort(TeamSpendTreeModel::Requests, Qt::AscendingOrder);
    QCOMPARE(topNames(), (QStringList {u"Sales"_s, u"(no team)"_s, u"Engineering"_s}));
    const QModelIndex engineering = proxy.index(2, TeamSpendTreeModel::Name);
    QCOMPARE(proxy.index(0, TeamSpendTreeModel::Spend, engineering).data().toString(), u"$3.50"_s);
}

void tst_TeamSpendTreeModel::filterKeepsTheParentsOfAMatch()
{
    OrgFixture org;
    QVERIFY2(org.load(OrgFixture::month()), qPrintable(org.error()));
    m_model->setSpend(org.teams(), org.report());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(TeamSpendTreeModel::Name);
    proxy.setFilterFixedString(u"platform"_s);
    QCOMPARE(proxy.rowCount(), 1);
    const QModelIndex engineering = proxy.index(0, 0);
    QCOMPARE(engineering.data().toString(), u"Engineering"_s);
    QCOMPARE(proxy.rowCount(engineering), 1);
    QCOMPARE(proxy.index(0, 0, engineering).data().toString(), u"Platform"_s);
}

QTEST_GUILESS_MAIN(tst_TeamSpendTreeModel)
#include "tst_teamspendtreemodel.moc"
