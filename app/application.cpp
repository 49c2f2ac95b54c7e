#include "application.h"

#include "analytics/reportperiod.h"
#include "appicon.h"
#include "budgets/alertmonitor.h"
#include "budgets/budgetadministration.h"
#include "core/clock.h"
#include "demo/demoorganisation.h"
#include "itemmodels/displayformat.h"
#include "language.h"
#include "ledger/ledger.h"
#include "ledger/reportingzonechange.h"
#include "mainwindow.h"
#include "pricing/pricebook.h"
#include "querythread.h"
#include "screenshottour.h"
#include "sources/meters/localmeterservice.h"
#include "sources/networksources.h"
#include "sources/secretstore.h"
#include "sources/sourceadministration.h"
#include "sources/sourcescheduler.h"
#include "sourcespage.h"
#include "systemappearance.h"
#include "theme.h"
#include "uisettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QtConcurrent>

#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "burnrate.app")

namespace {

QString appDataPath(const QString &fileName)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(fileName);
}

// Opens the demo ledger (creating it) and fills it unless it already has usage up to today.
// Runs on a pool thread with its own connection.
Status prepareDemoLedger(const QString &path, quint64 seed, qint64 nowMs)
{
    Result<std::unique_ptr<Ledger>> opened = Ledger::open(path, Ledger::Access::ReadWrite);
    if (!opened)
        return opened.error();
    Ledger &ledger = **opened;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, ledger.reportingTimeZone()).date();
    Result<QList<SourceInfo>> sources = ledger.sources();
    if (!sources)
        return sources.error();
    qint64 lastUsageMs = 0;
    for (const SourceInfo &source : std::as_const(*sources))
        lastUsageMs = std::max(lastUsageMs, source.lastUsageMs);
    const bool isCurrent = lastUsageMs > 0
        && QDateTime::fromMSecsSinceEpoch(lastUsageMs, ledger.reportingTimeZone()).date() >= today;
    if (isCurrent)
        return ok();
    // The generator is deterministic: bringing an older demo up to today replaces its rows.
    DemoOptions options;
    options.seed = seed;
    options.endDate = today;
    return DemoOrganisation::populate(ledger, options, nowMs);
}

} // namespace

Application::Application() : m_clock(std::make_unique<SystemClock>())
{
    m_meterThread.setObjectName(QStringLiteral("local-meters"));
    m_alertThread.setObjectName(QStringLiteral("alerts"));
    connect(&m_demoWatcher, &QFutureWatcher<Status>::finished, this, &Application::onDemoBuilt);
}

Application::~Application()
{
    // Stop in order: nothing may ask for queries once the thread is gone, and the demo builder
    // must not write into a ledger whose owner is leaving.
    m_demoWatcher.waitForFinished();
    m_tour.reset();
    m_sourceAdministration.reset();
    m_scheduler.reset(); // a poll under way is abandoned; it wrote nothing yet
    m_secrets.reset();
    m_network.reset();
    m_sourceLedger.reset();
    m_budgetAdministration.reset();
    m_window.reset();
    m_zoneChange.reset(); // a change under way ends (commits or rolls back) first
    // The monitor's timer stops on its own thread; then the thread ends and the monitor goes.
    if (m_alerts && m_alertThread.isRunning())
        QMetaObject::invokeMethod(m_alerts.get(), &AlertMonitor::stop,
                                  Qt::BlockingQueuedConnection);
    m_alertThread.quit();
    m_alertThread.wait();
    m_alerts.reset();
    // The meters write into the ledger and ask for refreshes: they stop before the queries.
    m_meterThread.quit();
    m_meterThread.wait();
    m_meters.reset();
    m_queries.reset();
}

std::optional<int> Application::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Where your organisation's LLM tokens and money go, person by person."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        tr("The ledger file (default: BURNRATE_DB, else %1).")
            .arg(QDir::toNativeSeparators(appDataPath(QStringLiteral("ledger.sqlite")))),
        tr("path"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), tr("Show a generated demo organisation (in its own ledger)."));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        tr("Seed of the demo organisation."), tr("number"),
                                        QStringLiteral("42"));
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot-dir"),
        tr("Save a picture of each page to the directory, then quit."), tr("directory"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption periodOption(
        QStringLiteral("period"),
        tr("Period to show first: this-month, last-month, last-30-days, "
           "last-90-days."),
        tr("period"));
    periodOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        tr("Light or dark for this run: system, light or dark (default: as chosen in Settings, "
           "else the system's)."),
        tr("theme"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        tr("Language for this run: system, en, de, fr, es or ja (default: as chosen in "
           "Settings, else the system's)."),
        tr("language"));
    parser.addOptions({dbOption, demoOption, seedOption, themeOption, languageOption,
                       screenshotOption, periodOption});

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(helpOption)) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::fprintf(stdout, "%s %s\n", qPrintable(QCoreApplication::applicationName()),
                     qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(tr("Unexpected argument: %1").arg(parser.positionalArguments().first())));
        return 2;
    }
    bool seedIsNumber = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&seedIsNumber);
    if (!seedIsNumber) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("--seed needs a number")));
        return 2;
    }
    std::optional<ReportPeriod> period;
    if (parser.isSet(periodOption)) {
        period = reportPeriodFromKey(parser.value(periodOption));
        if (!period) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(tr("Unknown period: %1").arg(parser.value(periodOption))));
            return 2;
        }
    }
    std::optional<Theme::Choice> themeChoice;
    if (parser.isSet(themeOption)) {
        themeChoice = Theme::choiceFromKey(parser.value(themeOption));
        if (!themeChoice) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(tr("Unknown theme: %1 (system, light or dark)")
                                        .arg(parser.value(themeOption))));
            return 2;
        }
    }
    if (parser.isSet(languageOption) && !Language::isKnownKey(parser.value(languageOption))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("Unknown language: %1 (system, en, de, fr, es or ja)")
                                    .arg(parser.value(languageOption))));
        return 2;
    }
    m_screenshotDirectory = parser.value(screenshotOption);
    m_isHeadless = !m_screenshotDirectory.isEmpty();

    const bool isDemo = parser.isSet(demoOption);
    if (isDemo)
        m_ledgerPath = appDataPath(QStringLiteral("demo-ledger.sqlite"));
    else if (parser.isSet(dbOption))
        m_ledgerPath = parser.value(dbOption);
    else if (const QString fromEnvironment = qEnvironmentVariable("BURNRATE_DB");
             !fromEnvironment.isEmpty())
        m_ledgerPath = fromEnvironment;
    else
        m_ledgerPath = appDataPath(QStringLiteral("ledger.sqlite"));
    m_ledgerPath = QFileInfo(m_ledgerPath).absoluteFilePath();
    QDir().mkpath(QFileInfo(m_ledgerPath).absolutePath());

    if (!isDemo) {
        // Create and migrate the ledger first: the query thread opens it read-only.
        Result<std::unique_ptr<Ledger>> ledger
            = Ledger::open(m_ledgerPath, Ledger::Access::ReadWrite);
        if (!ledger)
            return fail(
                tr("Cannot open the ledger %1:\n%2").arg(m_ledgerPath, ledger.error().detail));
    }

    // Before any widget: texts are translated as they are created.
    Language::install(parser.isSet(languageOption) ? parser.value(languageOption)
                                                   : UiSettings::language());
    QApplication::setWindowIcon(burnrateIcon());
    // Before the window: its widgets and charts start in the right colours.
    m_appearance = std::make_unique<SystemAppearance>(QApplication::palette());
    m_theme = std::make_unique<Theme>(themeChoice.value_or(UiSettings::themeChoice()),
                                      m_appearance->colorScheme());
    connect(m_appearance.get(), &SystemAppearance::colorSchemeChanged, m_theme.get(),
            &Theme::setSystemColorScheme);
    // Before the window too: every amount it shows is in the user's currency.
    DisplayFormat::setCurrency(UiSettings::currency());
    startQueries(m_ledgerPath);
    m_window = std::make_unique<MainWindow>(m_queries->service(), m_clock.get());
    m_window->setTheme(m_theme.get());
    m_zoneChange = std::make_unique<ReportingZoneChange>(m_ledgerPath);
    m_window->setReportingZoneChange(m_zoneChange.get());
    m_budgetAdministration = std::make_unique<BudgetAdministration>(m_ledgerPath, *m_clock);
    m_window->setBudgetAdministration(m_budgetAdministration.get());
    createAlertMonitor(m_ledgerPath);
    if (period)
        m_window->setPeriod(*period);
    if (m_isHeadless) {
        m_window->resize(1360, 860);
        m_tour = std::make_unique<ScreenshotTour>(m_window.get(), m_screenshotDirectory);
        connect(m_tour.get(), &ScreenshotTour::finished, this, [this](bool ok) {
            std::fprintf(stdout, "%s\n",
                         qPrintable(tr("Screenshots saved in %1").arg(m_screenshotDirectory)));
            QCoreApplication::exit(ok ? 0 : 1);
        });
        m_tour->start();
    }
    // The demo does not read the user's real agent logs unless asked (Sources page); screenshot
    // runs never do.
    startLocalMeters(m_ledgerPath, !isDemo && !m_isHeadless);
    // Screenshot runs show the configured sources but never poll them. The demo's provider usage
    // is generated: nothing there is polled.
    if (!isDemo)
        startNetworkSources(m_ledgerPath,
                            m_isHeadless ? Polling::OnlyWhenAsked : Polling::Scheduled);
    else if (auto *sources = qobject_cast<SourcesPage *>(m_window->page(MainWindow::Page::Sources)))
        sources->setSourceAdministrationUnavailable(
            tr("Not available in the demo: its provider usage is generated, and nothing is "
               "polled. Start Burnrate without --demo to connect provider accounts and model "
               "servers."));
    showWindow();
    if (isDemo) {
        buildDemo(m_ledgerPath, seed); // the monitor starts once the demo is in
    } else {
        m_window->refresh();
        startAlertMonitor();
    }
    return std::nullopt;
}

std::optional<int> Application::fail(const QString &message)
{
    qCCritical(lcApp).noquote() << message;
    if (!m_isHeadless)
        QMessageBox::critical(nullptr, tr("Burnrate"), message);
    return 1;
}

void Application::startQueries(const QString &ledgerPath)
{
    m_queries = std::make_unique<QueryThread>(ledgerPath);
}

void Application::createAlertMonitor(const QString &ledgerPath)
{
    m_alerts = std::make_unique<AlertMonitor>(ledgerPath, *m_clock);
    m_alerts->moveToThread(&m_alertThread);
    AlertMonitor *monitor = m_alerts.get();
    MainWindow *window = m_window.get();
    connect(monitor, &AlertMonitor::activeAlertsChanged, window, &MainWindow::setActiveAlerts,
            Qt::QueuedConnection);
    connect(monitor, &AlertMonitor::evaluated, window, &MainWindow::setBudgetEvaluations,
            Qt::QueuedConnection);
    connect(monitor, &AlertMonitor::alertsFired, window, &MainWindow::notifyAlerts,
            Qt::QueuedConnection);
    connect(monitor, &AlertMonitor::errorOccurred, this, [](const QString &message) {
        qCWarning(lcApp).noquote() << "budgets cannot be evaluated:" << message;
    });
    // A budget edited, an alert acknowledged or snoozed: evaluate again, which also brings the
    // banner's list up to date.
    connect(window, &MainWindow::budgetsEdited, this, &Application::evaluateBudgets);
    // Alerts go to "me", whoever the window resolved (the ledger's setting or the override).
    connect(window, &MainWindow::stateChanged, this, [monitor](const DashboardState &state) {
        QMetaObject::invokeMethod(
            monitor, [monitor, email = state.meEmail] { monitor->setRecipient(email); },
            Qt::QueuedConnection);
    });
    m_alertThread.start();
}

void Application::startAlertMonitor()
{
    // Screenshot runs show what the ledger holds; they neither evaluate on a timer nor send
    // webhooks.
    if (m_isHeadless || m_alertsStarted)
        return;
    m_alertsStarted = true;
    QMetaObject::invokeMethod(m_alerts.get(), &AlertMonitor::start, Qt::QueuedConnection);
}

void Application::evaluateBudgets()
{
    if (m_alertsStarted)
        QMetaObject::invokeMethod(m_alerts.get(), &AlertMonitor::evaluateNow, Qt::QueuedConnection);
}

void Application::startLocalMeters(const QString &ledgerPath, bool isWatching)
{
    m_meters = std::make_unique<LocalMeterService>(ledgerPath, m_clock.get());
    m_meters->moveToThread(&m_meterThread);
    // New usage: read everything again, as F5 does.
    connect(m_meters.get(), &LocalMeterService::usageChanged, m_window.get(), &MainWindow::refresh);
    connect(m_meters.get(), &LocalMeterService::usageChanged, this, &Application::evaluateBudgets);
    if (auto *sources = qobject_cast<SourcesPage *>(m_window->page(MainWindow::Page::Sources)))
        sources->setLocalMeters(m_meters.get(), isWatching);
    m_meterThread.start();
    if (isWatching) {
        LocalMeterService *meters = m_meters.get();
        QMetaObject::invokeMethod(
            meters, [meters] { meters->setWatching(true); }, Qt::QueuedConnection);
    }
}

void Application::startNetworkSources(const QString &ledgerPath, Polling polling)
{
    auto *sourcesPage = qobject_cast<SourcesPage *>(m_window->page(MainWindow::Page::Sources));
    const auto unavailable = [sourcesPage](const QString &why) {
        qCWarning(lcApp).noquote() << "network sources are not polled:" << why;
        if (sourcesPage)
            sourcesPage->setSourceAdministrationUnavailable(
                tr("Connected sources are not available: %1").arg(why));
    };
    Result<std::unique_ptr<Ledger>> ledger = Ledger::open(ledgerPath, Ledger::Access::ReadWrite);
    if (!ledger) {
        unavailable(ledger.error().detail);
        return;
    }
    m_sourceLedger = std::move(*ledger);
    Result<PriceBook> prices = PriceBook::load(*m_sourceLedger, m_clock->nowMs());
    if (!prices) {
        unavailable(tr("the price table cannot be read (%1)").arg(prices.error().detail));
        return;
    }
    const PriceBook book = *prices;
    m_network = std::make_unique<QNetworkAccessManager>();
    m_secrets = std::make_unique<SecretStore>();
    m_scheduler = std::make_unique<SourceScheduler>(
        *m_sourceLedger, m_clock.get(), [this, book](const SourceConfig &config) {
            return NetworkSources::make(config, *m_sourceLedger, m_network.get(), m_clock.get(),
                                        book, m_secrets.get());
        });
    connect(m_scheduler.get(), &SourceScheduler::usageChanged, m_window.get(),
            &MainWindow::refresh);
    connect(m_scheduler.get(), &SourceScheduler::usageChanged, this, &Application::evaluateBudgets);
    connect(m_scheduler.get(), &SourceScheduler::sourceFailed, this,
            [](const QString &name, const Error &error) {
                qCWarning(lcApp).noquote() << "source" << name << "failed:" << error.detail;
            });
    if (Status loaded = m_scheduler->reload(); !loaded) {
        unavailable(loaded.error().detail);
        return;
    }
    m_sourceAdministration = std::make_unique<SourceAdministration>(
        *m_sourceLedger, m_scheduler.get(), m_secrets.get(), m_clock.get());
    if (sourcesPage)
        sourcesPage->setSourceAdministration(m_sourceAdministration.get());
    if (polling == Polling::Scheduled)
        m_scheduler->start();
}

void Application::buildDemo(const QString &ledgerPath, quint64 seed)
{
    m_window->showBusy(tr("Building the demo organisation…"));
    m_demoWatcher.setFuture(
        QtConcurrent::run(prepareDemoLedger, ledgerPath, seed, m_clock->nowMs()));
}

void Application::onDemoBuilt()
{
    const Status status = m_demoWatcher.result();
    if (!status) {
        const QString message = tr("Cannot build the demo organisation in %1:\n%2")
                                    .arg(m_ledgerPath, status.error().detail);
        qCCritical(lcApp).noquote() << message;
        if (m_isHeadless) {
            QCoreApplication::exit(1);
            return;
        }
        QMessageBox::critical(m_window.get(), tr("Burnrate"), message);
    }
    m_window->refresh();
    startAlertMonitor();
}

void Application::showWindow()
{
    m_window->show();
}
