#include "analytics/queryservice.h"
#include "breakdowndialog.h"
#include "itemmodels/reporttablemodel.h"
#include "stackedbarchart.h"
#include "statestack.h"
#include "support/dashboardtesting.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto qtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

enum Table { ByModel, BySource, ByProject };

const DateSpan november {QDate(2026, 11, 1), QDate(2026, 11, 22)};

// "Key Cost" per row as the table shows them (sorted by cost, largest first).
QStringList shownRows(BreakdownDialog *dialog, int table)
{
    auto *tabs = dialog->findChild<QTabWidget *>();
    auto *view = tabs ? qobject_cast<QTableView *>(tabs->widget(table)) : nullptr;
    if (!view)
        return {u"no table %1"_s.arg(table)};
    QAbstractItemModel *shown = view->model();
    QAbstractItemModelTester tester(shown, qtTest);
    const int cost = dialog->table(table)->columnOf(ReportTableModel::Field::Cost);
    QStringList rows;
    for (int row = 0; row < shown->rowCount(); ++row)
        rows.append(shown->index(row, 0).data().toString() + u' '
                    + shown->index(row, cost).data().toString());
    return rows;
}

QString labelText(QWidget *parent, const QString &accessibleName)
{
    const QList<QLabel *> labels = parent->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->accessibleName() == accessibleName)
            return label->text();
    }
    return u"(no label %1)"_s.arg(accessibleName);
}

bool hasLabel(QWidget *parent, const QString &text)
{
    const QList<QLabel *> labels = parent->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(),
                       [&](QLabel *label) { return label->text() == text; });
}

} // namespace

// The drill-down on the DashboardFixture organisation: Ben's and Platform's November.
class tst_BreakdownDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void personByModelSourceAndProject();
    void personChartOverTime();
    void teamIncludesItsPeople();
    void scopeFiltersNarrowIt();
    void emptyPeriodShowsEmptyState();

private:
    BreakdownDialog *open(const QString &title, const ReportRequest &scope,
                          const DateSpan &span = november);

    QThread m_thread;
    std::unique_ptr<DashboardFixture> m_fixture;
    std::unique_ptr<QueryService> m_queries;
    std::unique_ptr<BreakdownDialog> m_dialog;
};

void tst_BreakdownDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fixture = std::make_unique<DashboardFixture>();
    m_thread.start();
}

void tst_BreakdownDialog::cleanupTestCase()
{
    m_thread.quit();
    m_thread.wait();
}

void tst_BreakdownDialog::init()
{
    m_queries = std::make_unique<QueryService>(m_fixture->path());
    m_queries->moveToThread(&m_thread);
}

void tst_BreakdownDialog::cleanup()
{
    m_dialog.reset();
    m_queries.release()->deleteLater();
}

BreakdownDialog *tst_BreakdownDialog::open(const QString &title, const ReportRequest &scope,
                                           const DateSpan &span)
{
    m_dialog = std::make_unique<BreakdownDialog>(m_queries.get(), title, scope, span);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose, false); // the test owns it
    m_dialog->show();
    if (!QTest::qWaitFor([this] { return m_dialog->isLoaded(); }, 5000))
        return nullptr;
    return m_dialog.get();
}

void tst_BreakdownDialog::personByModelSourceAndProject()
{
    ReportRequest scope;
    scope.personEmail = u"ben@example.com"_s;
    BreakdownDialog *dialog = open(u"Ben"_s, scope);
    QVERIFY(dialog);
    Tester models(dialog->table(ByModel), qtTest);
    Tester sources(dialog->table(BySource), qtTest);
    Tester projects(dialog->table(ByProject), qtTest);
    QCOMPARE(dialog->findChild<StateStack *>()->state(), StateStack::State::Content);
    QCOMPARE(dialog->windowTitle(), u"Ben · 11/1/26 – 11/22/26"_s);
    QCOMPARE(labelText(dialog, u"Total"_s), u"Ben: $4.00 (estimated) · 35k tokens · 2 requests"_s);

    QCOMPARE(shownRows(dialog, ByModel),
             QStringList({u"claude-sonnet-4-5 $3.00"_s, u"claude-opus-4-5 $1.00"_s}));
    // Sources by kind: the laptop is a claude-code source.
    QCOMPARE(shownRows(dialog, BySource), QStringList({u"claude-code $4.00"_s}));
    QCOMPARE(shownRows(dialog, ByProject), QStringList({u"api $3.00"_s, u"web $1.00"_s}));
    QCOMPARE(dialog->table(ByProject)->report().totals.tokens.total(), 35'000);
    // Every table adds up to the same total (October's usage is outside the span).
    for (const int table : {ByModel, BySource, ByProject})
        QCOMPARE(dialog->table(table)->report().totals.costMicros, 4'000'000);
}

void tst_BreakdownDialog::personChartOverTime()
{
    ReportRequest scope;
    scope.personEmail = u"ben@example.com"_s;
    BreakdownDialog *dialog = open(u"Ben"_s, scope);
    QVERIFY(dialog);
    const StackedBreakdown &chart = dialog->chart()->breakdown();
    // A bar for every day of the span, used or not.
    QCOMPARE(chart.categories.size(), 22);
    QCOMPARE(chart.categories.first(), u"2026-11-01"_s);
    QCOMPARE(chart.categories.last(), u"2026-11-22"_s);
    QCOMPARE(chart.categoryLabels.value(9), u"10 Nov"_s);
    QCOMPARE(chart.series, QStringList({u"claude-sonnet-4-5"_s, u"claude-opus-4-5"_s}));
    QCOMPARE(chart.totalMicros, 4'000'000);
    QList<qint64> sonnet(22, 0);
    sonnet[9] = 3'000'000; // 10 November
    QList<qint64> opus(22, 0);
    opus[19] = 1'000'000; // 20 November
    QCOMPARE(chart.micros, QList<QList<qint64>>({sonnet, opus}));
    QCOMPARE(dialog->chart()->barCount(), 22);
}

void tst_BreakdownDialog::teamIncludesItsPeople()
{
    ReportRequest scope;
    scope.teamName = u"Engineering"_s;
    scope.nestedTeams = true;
    {
        BreakdownDialog *dialog = open(u"Engineering"_s, scope);
        QVERIFY(dialog);
        Tester models(dialog->table(ByModel), qtTest);
        Tester sources(dialog->table(BySource), qtTest);
        Tester projects(dialog->table(ByProject), qtTest);
        QCOMPARE(labelText(dialog, u"Total"_s),
                 u"Engineering: $11.00 (estimated) · 80k tokens · 4 requests"_s);
        QCOMPARE(shownRows(dialog, ByModel),
                 QStringList({u"claude-opus-4-5 $6.00"_s, u"claude-sonnet-4-5 $5.00"_s}));
        QCOMPARE(shownRows(dialog, BySource),
                 QStringList({u"claude-code $9.00"_s, u"openrouter $2.00"_s}));
        QCOMPARE(shownRows(dialog, ByProject),
                 QStringList({u"api $5.00"_s, u"infra $5.00"_s, u"web $1.00"_s}));
        QCOMPARE(dialog->chart()->breakdown().totalMicros, 11'000'000);
    }

    // Without its nested teams, Engineering is Ana alone.
    scope.nestedTeams = false;
    BreakdownDialog *dialog = open(u"Engineering"_s, scope);
    QVERIFY(dialog);
    Tester ownModels(dialog->table(ByModel), qtTest);
    QCOMPARE(shownRows(dialog, ByModel), QStringList({u"claude-opus-4-5 $5.00"_s}));
}

void tst_BreakdownDialog::scopeFiltersNarrowIt()
{
    // What the pages pass on from the tool bar: a model and a source.
    ReportRequest scope;
    scope.teamName = u"Platform"_s;
    scope.models = {u"claude-sonnet-4-5"_s};
    scope.sources = {u"gateway"_s};
    BreakdownDialog *dialog = open(u"Platform"_s, scope);
    QVERIFY(dialog);
    Tester models(dialog->table(ByModel), qtTest);
    Tester sources(dialog->table(BySource), qtTest);
    QCOMPARE(shownRows(dialog, ByModel), QStringList({u"claude-sonnet-4-5 $2.00"_s}));
    QCOMPARE(shownRows(dialog, BySource), QStringList({u"openrouter $2.00"_s}));
    QCOMPARE(dialog->chart()->breakdown().totalMicros, 2'000'000);
}

void tst_BreakdownDialog::emptyPeriodShowsEmptyState()
{
    ReportRequest scope;
    scope.personEmail = u"ben@example.com"_s;
    BreakdownDialog *dialog = open(u"Ben"_s, scope, {QDate(2026, 9, 1), QDate(2026, 9, 30)});
    QVERIFY(dialog);
    auto *stack = dialog->findChild<StateStack *>();
    QCOMPARE(stack->state(), StateStack::State::Empty);
    QCOMPARE(stack->message(), u"No usage in this period"_s);
    QVERIFY(hasLabel(dialog, u"Nothing was recorded for Ben between 9/1/26 – 9/30/26."_s));
    for (const int table : {ByModel, BySource, ByProject}) {
        Tester tester(dialog->table(table), qtTest);
        QCOMPARE(dialog->table(table)->rowCount(), 0);
    }
    QVERIFY(dialog->chart()->breakdown().isEmpty());
    QCOMPARE(labelText(dialog, u"Total"_s), u"Ben: $0.00 (estimated) · 0 tokens · 0 requests"_s);
}

QTEST_MAIN(tst_BreakdownDialog)
#include "tst_breakdowndialog.moc"
