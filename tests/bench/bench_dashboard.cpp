// Times how the desktop app answers on a large ledger: the real MainWindow with the real
// QueryService on its own thread (QueryThread, as the app runs it), shown at 1360×860 on the
// offscreen platform. Each action (a page switch, first visit and again; a period switch; a
// filter switch) is timed from the change until the visible page reports loaded, and until the
// window has painted it; a 5 ms heartbeat on the GUI thread measures how long the window went
// without processing events. Prints figures; never fails on timing (see README).
//
//   bench_dashboard --db PATH [--runs N (default 5)] [--me EMAIL]
//
// PATH is a ledger from `bench_ledger --keep`; "me" is bench_ledger's typical person,
// person1000@bench.example, unless --me names another. Every run opens a fresh window and query
// thread, so first visits are cold for the window and its SQLite connection (the file itself stays
// in the OS cache after the first run).

#include "analytics/queryservice.h"
#include "budgets/budgetadministration.h"
#include "core/clock.h"
#include "dashboardpage.h"
#include "ledger/ledger.h"
#include "mainwindow.h"
#include "querythread.h"
#include "systemappearance.h"
#include "theme.h"
#include "uisettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int heartbeatMs = 5;
constexpr int settleMs = 30; // idle between actions, so late paints and heartbeats land
constexpr int paintTimeoutMs = 250; // an action whose result paints nothing counts as shown
constexpr int stepTimeoutMs = 600'000; // a page that never loads ends the bench

struct Options
{
    QString dbPath;
    int runs = 5;
    QString meEmail = u"person1000@bench.example"_s; // bench_ledger's typical person
};

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(fraction * double(values.size())));
    return values[std::clamp<qsizetype>(rank - 1, 0, values.size() - 1)];
}

double median(const QList<double> &values)
{
    return percentile(values, 0.5);
}

// The offscreen platform says this about every page with a chart; the figures are easier to
// read without it.
QtMessageHandler defaultMessageHandler = nullptr;

void dropPlatformNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"does not support propagateSizeHints"))
        return;
    defaultMessageHandler(type, context, message);
}

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

// A timer on the GUI thread every 5 ms. The gaps between its ticks show how long the event loop
// was kept from processing events: a gap of 5 ms is no stall at all.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(heartbeatMs);
        connect(&m_timer, &QTimer::timeout, this, &Heartbeat::onTick);
    }

    void start()
    {
        m_clock.start();
        m_lastNs = 0;
        m_worstSinceTaken = 0;
        m_timer.start();
    }
    void stop()
    {
        onTick();
        m_timer.stop();
    }
    // The longest gap since the last call, in milliseconds.
    double takeWorst() { return std::exchange(m_worstSinceTaken, 0); }
    const QList<double> &gaps() const { return m_gaps; }

private:
    void onTick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double gap = double(now - m_lastNs) / 1e6;
        m_lastNs = now;
        m_gaps.append(gap);
        m_worstSinceTaken = std::max(m_worstSinceTaken, gap);
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_worstSinceTaken = 0;
    QList<double> m_gaps;
};

using Page = MainWindow::Page;

QString pageName(int page)
{
    return MainWindow::pageKey(Page(page));
}

struct BenchFilter
{
    DashboardFilter::Field field;
    QString name;
    DashboardFilter filter;
};

// One of each filter, on bench_ledger's organisation: a division with its seven teams (about 400
// people), a person, the model and the source with the most usage.
QList<BenchFilter> benchFilters()
{
    DashboardFilter team;
    team.teamName = u"Engineering"_s;
    DashboardFilter person;
    person.personEmail = u"person0500@bench.example"_s;
    DashboardFilter model;
    model.model = u"claude-sonnet-4-5"_s;
    DashboardFilter source;
    source.source = u"claude-code"_s;
    return {{DashboardFilter::Team, u"team Engineering"_s, team},
            {DashboardFilter::Person, u"person0500"_s, person},
            {DashboardFilter::Model, u"claude-sonnet-4-5"_s, model},
            {DashboardFilter::Source, u"claude-code"_s, source}};
}

// One step of a run: a change to the window's state, after which the visible page loads.
struct Step
{
    enum class Kind {
        Measured,
        Setup, // brings the window where the next steps start; not reported
    };
    QString section;
    QString name;
    std::function<void()> change;
    Kind kind = Kind::Measured;
};

struct Figures
{
    QString section;
    QString name;
    QList<double> loadedMs; // from the change until the visible page reported loaded
    QList<double> shownMs; // ... until the window painted after that
    QList<double> stallMs; // the longest heartbeat gap from the change to the next step
};

class DashboardBench : public QObject
{
public:
    explicit DashboardBench(const Options &options);
    ~DashboardBench() override;

    void start();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startRun();
    void finishRun();
    QList<Step> plan() const;
    QList<Step> periodSteps() const;
    QList<Step> filterSteps() const;
    void runNext();
    void onVisiblePageLoaded();
    void onPainted();
    void onStepTimedOut();
    void recordStall();
    DashboardPage *visiblePage() const;
    qsizetype figuresIndex(const QString &section, const QString &name);
    void printReport() const;

    Options m_options;
    SystemClock m_clock;
    std::unique_ptr<SystemAppearance> m_appearance;
    std::unique_ptr<Theme> m_theme;
    std::unique_ptr<BudgetAdministration> m_budgetAdministration;
    std::unique_ptr<QueryThread> m_queries;
    std::unique_ptr<MainWindow> m_window;
    Heartbeat m_heartbeat;

    int m_run = 0;
    QList<Step> m_plan;
    qsizetype m_nextStep = 0;
    const Step *m_step = nullptr;
    qsizetype m_stepFigures = -1; // where the running step's figures go; -1 when unreported
    QElapsedTimer m_stepClock;
    double m_loadedMs = 0;
    bool m_isAwaitingPaint = false;
    QTimer m_paintTimeout;
    QTimer m_stepTimeout;
    QMetaObject::Connection m_loadedConnection;
    int m_unpaintedSteps = 0;
    bool m_hasCheckedMe = false;
    QDate m_today; // in the ledger's reporting zone, as the window saw it

    QList<Figures> m_figures;
    QStringList m_followers; // pages that follow the period
};

DashboardBench::DashboardBench(const Options &options) : m_options(options)
{
    // As Application does before the window: the desktop's light or dark, and the theme.
    m_appearance = std::make_unique<SystemAppearance>(QApplication::palette());
    m_theme = std::make_unique<Theme>(UiSettings::themeChoice(), m_appearance->colorScheme());
    m_budgetAdministration = std::make_unique<BudgetAdministration>(options.dbPath, m_clock);
    m_paintTimeout.setSingleShot(true);
    m_paintTimeout.setInterval(paintTimeoutMs);
    connect(&m_paintTimeout, &QTimer::timeout, this, [this] {
        ++m_unpaintedSteps;
        m_isAwaitingPaint = false;
        onPainted();
    });
    m_stepTimeout.setSingleShot(true);
    m_stepTimeout.setInterval(stepTimeoutMs);
    connect(&m_stepTimeout, &QTimer::timeout, this, &DashboardBench::onStepTimedOut);
    qApp->installEventFilter(this);
}

DashboardBench::~DashboardBench()
{
    qApp->removeEventFilter(this);
}

void DashboardBench::start()
{
    std::printf("bench_dashboard: %s, %d runs, me = %s, window 1360x860 on the %s platform\n",
                qPrintable(m_options.dbPath), m_options.runs, qPrintable(m_options.meEmail),
                qPrintable(QGuiApplication::platformName()));
    std::fflush(stdout);
    startRun();
}

// A fresh query thread and window per run, wired as Application wires them.
void DashboardBench::startRun()
{
    ++m_run;
    UiSettings::setPeriod(ReportPeriod::ThisMonth); // the window remembers the last one shown
    QElapsedTimer construction;
    construction.start();
    m_queries = std::make_unique<QueryThread>(m_options.dbPath);
    m_window = std::make_unique<MainWindow>(m_queries->service(), &m_clock);
    m_window->setTheme(m_theme.get());
    m_window->setBudgetAdministration(m_budgetAdministration.get());
    m_window->resize(1360, 860);
    m_figures[figuresIndex(u"open"_s, u"construct the window (before it shows)"_s)].loadedMs.append(
        double(construction.nsecsElapsed()) / 1e6);

    if (m_followers.isEmpty()) {
        for (int page = 0; page < MainWindow::pageCount; ++page) {
            if (m_window->page(Page(page))->followsPeriod())
                m_followers.append(pageName(page));
        }
    }
    m_plan = plan();
    m_nextStep = 0;
    m_step = nullptr;
    m_heartbeat.start();
    runNext();
}

void DashboardBench::finishRun()
{
    m_heartbeat.stop();
    std::printf("run %d of %d done\n", m_run, m_options.runs);
    std::fflush(stdout);
    m_window.reset();
    m_queries.reset();
    if (m_run < m_options.runs) {
        QTimer::singleShot(0, this, &DashboardBench::startRun);
        return;
    }
    printReport();
    QCoreApplication::exit(0);
}

QList<Step> DashboardBench::plan() const
{
    QList<Step> steps;
    steps.append({u"open"_s, u"show, until my-usage is loaded"_s, [this] {
                      m_window->show();
                      m_window->refresh();
                  }});
    // The window opens on the first page; every other page is visited for the first time.
    for (int page = 1; page < MainWindow::pageCount; ++page)
        steps.append({u"page switch, first visit"_s, pageName(page), [this, page] {
                          m_window->showPage(Page(page));
                      }});
    for (int page = 0; page < MainWindow::pageCount; ++page)
        steps.append({u"page switch, again"_s, pageName(page), [this, page] {
                          m_window->showPage(Page(page));
                      }});
    steps.append(periodSteps());
    steps.append(filterSteps());
    return steps;
}

// Each page that follows the period, through every other period and back to the first. Not
// Custom: its days are the user's, and what a span of days costs shows in the others.
QList<Step> DashboardBench::periodSteps() const
{
    QList<ReportPeriod> periods = allReportPeriods();
    periods.removeAll(ReportPeriod::Custom);
    const qsizetype first = periods.indexOf(m_window->period());
    QList<Step> steps;
    for (int page = 0; page < MainWindow::pageCount; ++page) {
        if (!m_window->page(Page(page))->followsPeriod())
            continue;
        steps.append({u"period switch"_s, pageName(page),
                      [this, page] { m_window->showPage(Page(page)); }, Step::Kind::Setup});
        for (qsizetype i = 1; i <= periods.size(); ++i) {
            const ReportPeriod period = periods[(first + i) % periods.size()];
            steps.append({u"period switch"_s, pageName(page) + u" -> "_s + reportPeriodKey(period),
                          [this, period] {
                              m_window->setPeriod(period);
                          }});
        }
    }
    return steps;
}

// Each of the tool bar's filters alone, on every page that honours it, then none again.
QList<Step> DashboardBench::filterSteps() const
{
    QList<Step> steps;
    for (int page = 0; page < MainWindow::pageCount; ++page) {
        const DashboardFilter::Fields fields = m_window->page(Page(page))->filterFields();
        if (!fields)
            continue;
        steps.append({u"filter switch"_s, pageName(page),
                      [this, page] { m_window->showPage(Page(page)); }, Step::Kind::Setup});
        for (const auto &[field, name, filter] : benchFilters()) {
            if (!fields.testFlag(field))
                continue;
            steps.append({u"filter switch"_s, pageName(page) + u" -> "_s + name, [this, filter] {
                              m_window->setFilter(filter);
                          }});
        }
        steps.append({u"filter switch"_s, pageName(page) + u" -> no filter"_s, [this] {
                          m_window->setFilter({});
                      }});
    }
    return steps;
}

void DashboardBench::runNext()
{
    recordStall();
    if (m_nextStep == m_plan.size()) {
        finishRun();
        return;
    }
    m_step = &m_plan[m_nextStep++];
    m_stepFigures = -1;
    m_stepTimeout.start();
    m_stepClock.start();
    m_step->change();
    if (m_step->kind == Step::Kind::Measured)
        m_stepFigures = figuresIndex(m_step->section, m_step->name);
    // A page that answers without the query thread (a revisit, a filter it applies itself) is
    // loaded already.
    DashboardPage *page = visiblePage();
    if (page->isLoaded()) {
        onVisiblePageLoaded();
        return;
    }
    // Several answers may arrive before the one to the page's latest request.
    m_loadedConnection = connect(page, &DashboardPage::loaded, this, [this, page] {
        if (!page->isLoaded())
            return;
        disconnect(m_loadedConnection);
        onVisiblePageLoaded();
    });
}

void DashboardBench::onVisiblePageLoaded()
{
    m_loadedMs = double(m_stepClock.nsecsElapsed()) / 1e6;
    m_isAwaitingPaint = true;
    m_paintTimeout.start();
}

bool DashboardBench::eventFilter(QObject *watched, QEvent *event)
{
    if (m_isAwaitingPaint && event->type() == QEvent::Paint && m_window) {
        const auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && (widget == m_window.get() || m_window->isAncestorOf(widget))) {
            m_isAwaitingPaint = false;
            m_paintTimeout.stop();
            // The rest of this paint pass runs before the next turn of the event loop.
            QTimer::singleShot(0, this, &DashboardBench::onPainted);
        }
    }
    return QObject::eventFilter(watched, event);
}

void DashboardBench::onPainted()
{
    m_stepTimeout.stop();
    if (m_stepFigures >= 0) {
        m_figures[m_stepFigures].loadedMs.append(m_loadedMs);
        m_figures[m_stepFigures].shownMs.append(double(m_stepClock.nsecsElapsed()) / 1e6);
    }
    if (!m_hasCheckedMe && m_window->state().isValid) {
        m_hasCheckedMe = true;
        m_today = m_window->state().today;
        if (m_window->state().meEmail != m_options.meEmail)
            std::fprintf(stderr, "warning: %s is not in the ledger's directory; \"me\" is %s\n",
                         qPrintable(m_options.meEmail),
                         m_window->state().meEmail.isEmpty()
                             ? "nobody"
                             : qPrintable(m_window->state().meEmail));
    }
    QTimer::singleShot(settleMs, this, &DashboardBench::runNext);
}

void DashboardBench::onStepTimedOut()
{
    std::fprintf(stderr, "%s / %s: the page did not load within %d s; giving up\n",
                 qPrintable(m_step->section), qPrintable(m_step->name), stepTimeoutMs / 1000);
    QCoreApplication::exit(1);
}

// The stall of a step is the longest gap from its change until the next step starts, so that
// painting its result and anything it left queued count too.
void DashboardBench::recordStall()
{
    const double worst = m_heartbeat.takeWorst();
    if (m_stepFigures >= 0)
        m_figures[m_stepFigures].stallMs.append(worst);
    m_stepFigures = -1;
}

DashboardPage *DashboardBench::visiblePage() const
{
    return m_window->page(m_window->currentPage());
}

qsizetype DashboardBench::figuresIndex(const QString &section, const QString &name)
{
    for (qsizetype i = 0; i < m_figures.size(); ++i) {
        if (m_figures[i].section == section && m_figures[i].name == name)
            return i;
    }
    m_figures.append({section, name, {}, {}, {}});
    return m_figures.size() - 1;
}

void DashboardBench::printReport() const
{
    QStringList spans;
    for (const ReportPeriod period : allReportPeriods()) {
        if (period == ReportPeriod::Custom)
            continue;
        spans.append(
            u"%1 %2 days"_s.arg(reportPeriodKey(period))
                .arg(reportPeriodDays(period, m_today, QLocale().firstDayOfWeek()).days()));
    }
    std::printf("\ntoday in the ledger's zone: %s (%s)\n",
                qPrintable(m_today.toString(Qt::ISODate)), qPrintable(spans.join(u", ")));
    std::printf("pages that follow the period: %s\n", qPrintable(m_followers.join(u", ")));
    QStringList filters;
    for (const BenchFilter &filter : benchFilters())
        filters.append(filter.name);
    std::printf("filters, each alone on the pages that honour it: %s\n",
                qPrintable(filters.join(u", ")));
    std::printf("\n%-44s %5s %8s %9s %8s %9s %9s\n", "action", "runs", "best ms", "median ms",
                "worst ms", "shown ms", "stall ms");
    std::printf("%-44s %5s %8s %9s %8s %9s %9s\n", "", "", "(loaded)", "(loaded)", "(loaded)",
                "(median)", "(worst)");
    std::printf("%s\n", QByteArray(99, '-').constData());
    QString section;
    for (const Figures &entry : m_figures) {
        if (entry.section != section) {
            section = entry.section;
            std::printf("%s\n", qPrintable(section));
        }
        QList<double> loaded = entry.loadedMs;
        std::sort(loaded.begin(), loaded.end());
        const QByteArray shown
            = entry.shownMs.isEmpty() ? "-" : QByteArray::number(median(entry.shownMs), 'f', 1);
        const QByteArray stall = entry.stallMs.isEmpty()
            ? "-"
            : QByteArray::number(*std::max_element(entry.stallMs.cbegin(), entry.stallMs.cend()),
                                 'f', 1);
        std::printf("  %-42s %5lld %8.1f %9.1f %8.1f %9s %9s\n", qPrintable(entry.name),
                    qint64(loaded.size()), loaded.first(), median(loaded), loaded.last(),
                    shown.constData(), stall.constData());
    }
    const QList<double> &gaps = m_heartbeat.gaps();
    const Figures *worstStep = nullptr;
    double worstStall = 0;
    for (const Figures &entry : m_figures) {
        for (const double stall : entry.stallMs) {
            if (stall > worstStall) {
                worstStall = stall;
                worstStep = &entry;
            }
        }
    }
    const double longestGap = gaps.isEmpty() ? 0 : *std::max_element(gaps.cbegin(), gaps.cend());
    std::printf("\nGUI thread: longest stall %.1f ms%s%s%s; heartbeat gaps (every %d ms): "
                "95th percentile %.1f ms, 99th %.1f ms over %lld ticks\n",
                longestGap, worstStep ? " (" : "",
                worstStep ? qPrintable(worstStep->section + u" / "_s + worstStep->name) : "",
                worstStep ? ")" : "", heartbeatMs, percentile(gaps, 0.95), percentile(gaps, 0.99),
                qint64(gaps.size()));
    if (m_unpaintedSteps > 0)
        std::printf("%d steps painted nothing within %d ms: shown counts from then\n",
                    m_unpaintedSteps, paintTimeoutMs);
    std::printf("peak RSS: %.0f MB\n", double(peakRssKb()) / 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    defaultMessageHandler = qInstallMessageHandler(dropPlatformNoise);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"BurnrateBench"_s);
    QCoreApplication::setApplicationName(u"bench_dashboard"_s);
    QApplication::setQuitOnLastWindowClosed(false); // each run closes its window

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times page and period switches of the dashboard."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"The ledger (from bench_ledger --keep)."_s,
                                      u"path"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Fresh windows to time (default 5)."_s, u"N"_s,
                                        u"5"_s);
    const QCommandLineOption meOption(u"me"_s,
                                      u"Who \"me\" is (default person1000@bench.example)."_s,
                                      u"email"_s, Options().meEmail);
    parser.addOptions({dbOption, runsOption, meOption});
    parser.process(app);

    Options options;
    bool isNumber = false;
    options.runs = parser.value(runsOption).toInt(&isNumber);
    if (!isNumber || options.runs < 1) {
        std::fprintf(stderr, "--runs needs a positive number\n");
        return 2;
    }
    if (!parser.isSet(dbOption) || !QFileInfo::exists(parser.value(dbOption))) {
        std::fprintf(stderr, "--db needs an existing ledger (bench_ledger --keep --db PATH)\n");
        return 2;
    }
    options.dbPath = QFileInfo(parser.value(dbOption)).absoluteFilePath();
    options.meEmail = parser.value(meOption);
    // As Application does: migrate first, the query thread opens the ledger read-only.
    if (Result<std::unique_ptr<Ledger>> ledger
        = Ledger::open(options.dbPath, Ledger::Access::ReadWrite);
        !ledger) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(options.dbPath),
                     qPrintable(ledger.error().detail));
        return 1;
    }

    // "Me" and the period come from the user's settings: keep the bench's in a directory of
    // its own, never the user's.
    QTemporaryDir settingsDirectory;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDirectory.path());
    UiSettings::setMeOverride(options.meEmail);
    UiSettings::setPeriod(ReportPeriod::ThisMonth);

    DashboardBench bench(options);
    QTimer::singleShot(0, &bench, &DashboardBench::start);
    return QApplication::exec();
}
