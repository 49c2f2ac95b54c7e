#include "mainwindow.h"

#include "alertbanner.h"
#include "alertspage.h"
#include "analytics/queryservice.h"
#include "appicon.h"
#include "budgets/budgetadministration.h"
#include "budgetspage.h"
#include "dashboardtoolbar.h"
#include "errortext.h"
#include "itemmodels/displayformat.h"
#include "myusagepage.h"
#include "organisationpage.h"
#include "peoplepage.h"
#include "periodtext.h"
#include "pricingpage.h"
#include "reconciliationpage.h"
#include "settingspage.h"
#include "sourcespage.h"
#include "statestack.h"
#include "teampage.h"
#include "theme.h"
#include "trayicon.h"
#include "uisettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QueryService *queries, const Clock *clock, QWidget *parent)
    : QMainWindow(parent), m_queries(queries), m_clock(clock)
{
    setWindowTitle(tr("Burnrate"));
    setWindowIcon(burnrateIcon());
    m_initialPeriod = UiSettings::period();
    m_meOverride = UiSettings::meOverride();

    m_central = new QStackedWidget(this);
    m_busy = new StateStack(new QWidget(m_central), m_central);
    m_central->addWidget(m_busy);
    m_central->addWidget(createDashboard());
    setCentralWidget(m_central);
    createMenus();

    m_tray = new TrayIcon(m_queries, this);
    connect(this, &MainWindow::stateChanged, m_tray, &TrayIcon::setState);

    connect(m_queries, &QueryService::directoryReady, this, &MainWindow::onDirectoryReady);
    connect(m_queries, &QueryService::errorOccurred, this,
            [this](quint64 ticket, const Error &error) {
                if (ticket != m_directoryTicket)
                    return;
                m_busy->showError(errorText(error));
                m_central->setCurrentWidget(m_busy);
            });

    m_autoRefresh = new QTimer(this);
    connect(m_autoRefresh, &QTimer::timeout, this, &MainWindow::refresh);
    setRefreshMinutes(UiSettings::refreshMinutes());

    if (!restoreGeometry(UiSettings::windowGeometry()))
        resize(1280, 820);
    setTabOrder(m_navigation, m_toolBar->periodSelector());
}

MainWindow::~MainWindow() = default;

QString MainWindow::pageKey(Page page)
{
    static const QStringList keys = {
        QStringLiteral("my-usage"), QStringLiteral("team"),    QStringLiteral("organisation"),
        QStringLiteral("budgets"),  QStringLiteral("alerts"),  QStringLiteral("sources"),
        QStringLiteral("people"),   QStringLiteral("pricing"), QStringLiteral("reconciliation"),
        QStringLiteral("settings"),
    };
    return keys.value(int(page));
}

QWidget *MainWindow::createDashboard()
{
    auto *dashboard = new QWidget(m_central);
    auto *column = new QVBoxLayout(dashboard);
    column->setContentsMargins(6, 6, 6, 6);
    m_banner = new AlertBanner(dashboard);
    column->addWidget(m_banner);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    column->addLayout(layout, 1);

    m_navigation = new QListWidget(dashboard);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(180);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    m_pages = new QStackedWidget(dashboard);
    m_pages->setAccessibleName(tr("Page"));

    const QList<std::pair<QString, DashboardPage *>> pages = {
        {tr("My usage"), new MyUsagePage(m_queries, m_clock, m_pages)},
        {tr("Team"), new TeamPage(m_queries, m_clock, m_pages)},
        {tr("Organisation"), new OrganisationPage(m_queries, m_clock, m_pages)},
        {tr("Budgets"), new BudgetsPage(m_queries, m_clock, m_pages)},
        {tr("Alerts"), new AlertsPage(m_queries, m_clock, m_pages)},
        {tr("Sources"), new SourcesPage(m_queries, m_clock, m_pages)},
        {tr("People"), new PeoplePage(m_queries, m_clock, m_pages)},
        {tr("Pricing"), new PricingPage(m_queries, m_clock, m_pages)},
        {tr("Reconciliation"), new ReconciliationPage(m_queries, m_clock, m_pages)},
        {tr("Settings"), new SettingsPage(m_queries, m_clock, m_pages)},
    };
    for (const auto &[title, page] : pages) {
        m_navigation->addItem(title);
        page->setAccessibleName(title);
        page->setObjectName(pageKey(Page(m_pageWidgets.size())));
        m_pages->addWidget(page);
        m_pageWidgets.append(page);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    connect(static_cast<SettingsPage *>(page(Page::Settings)), &SettingsPage::meOverrideChanged,
            this, &MainWindow::setMeOverride);
    connect(static_cast<BudgetsPage *>(page(Page::Budgets)), &BudgetsPage::budgetsEdited, this,
            &MainWindow::budgetsEdited);
    auto *settings = static_cast<SettingsPage *>(page(Page::Settings));
    connect(settings, &SettingsPage::refreshMinutesChanged, this, &MainWindow::setRefreshMinutes);
    connect(settings, &SettingsPage::restartRequested, this, &MainWindow::restart);
    connect(settings, &SettingsPage::currencyChanged, this,
            [this](const CurrencyDisplay &currency) {
                DisplayFormat::setCurrency(currency);
                redrawInCurrency();
            });
    connect(settings, &SettingsPage::reportingZoneChanged, this, [this] {
        // Every day moved: read everything again (the query service reopens the ledger), and
        // evaluate the budgets, whose periods are counted in days, again.
        refresh();
        emit budgetsEdited();
    });
    connect(settings, &SettingsPage::peerComparisonChanged, this, [this](bool enabled) {
        if (!m_budgetAdministration)
            return;
        if (Status changed = m_budgetAdministration->setPeerComparisonEnabled(enabled); !changed)
            statusBar()->showMessage(errorText(changed.error()));
        refresh();
    });
    connect(static_cast<AlertsPage *>(page(Page::Alerts)), &AlertsPage::alertsEdited, this,
            &MainWindow::budgetsEdited);
    connect(m_banner, &AlertBanner::acknowledgeRequested, this, &MainWindow::acknowledgeAlert);
    connect(m_banner, &AlertBanner::snoozeRequested, this, &MainWindow::snoozeAlert);
    connect(m_banner, &AlertBanner::showAlertsRequested, this, [this] { showPage(Page::Alerts); });
    m_navigation->setCurrentRow(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);

    m_toolBar = new DashboardToolBar(this);
    m_toolBar->setCustomSpan(UiSettings::customSpan());
    m_toolBar->setPeriod(m_initialPeriod);
    addToolBar(m_toolBar);
    connect(m_toolBar, &DashboardToolBar::viewChanged, this, &MainWindow::applyState);
    // The user's own choice of period is remembered; a --period is not.
    connect(m_toolBar->periodSelector(), &QComboBox::activated, this,
            [this] { UiSettings::setPeriod(m_toolBar->period()); });
    connect(m_toolBar, &DashboardToolBar::viewChanged, this, [this] {
        if (m_toolBar->period() == ReportPeriod::Custom)
            UiSettings::setCustomSpan(m_toolBar->customSpan());
    });
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::showHonouredFilters);
    showHonouredFilters();

    m_statusPath = new QLabel(statusBar());
    statusBar()->addPermanentWidget(m_statusPath);
    return dashboard;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QCoreApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh); // F5 (Ctrl+R on macOS)
    if (!m_refreshAction->shortcuts().contains(QKeySequence(Qt::Key_F5)))
        m_refreshAction->setShortcuts({QKeySequence::Refresh, QKeySequence(Qt::Key_F5)});
    view->addSeparator();
    for (int i = 0; i < pageCount; ++i) {
        QAction *go = view->addAction(m_navigation->item(i)->text(), this,
                                      [this, i] { showPage(Page(i)); });
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth page, as the number row runs.
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
    }
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_refreshAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Burnrate"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showBusy(const QString &message)
{
    m_busy->showEmpty(message, tr("This takes a moment."));
    m_central->setCurrentWidget(m_busy);
}

void MainWindow::refresh()
{
    m_queries->reopen();
    m_directoryTicket = m_queries->requestDirectory();
    if (!m_hasDirectory) {
        m_busy->showLoading();
        m_central->setCurrentWidget(m_busy);
    }
}

void MainWindow::onDirectoryReady(quint64 ticket, const DirectorySnapshot &directory)
{
    if (ticket != m_directoryTicket)
        return;
    m_directory = directory;
    m_hasDirectory = true;
    m_statusPath->setText(tr("Data: %1").arg(directory.ledgerPath));
    statusBar()->showMessage(
        tr("Updated at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    const bool wasBusy = m_central->currentWidget() == m_busy;
    m_central->setCurrentIndex(1);
    // Hiding the dashboard behind the busy page took the focus away from the page list.
    if (wasBusy)
        m_navigation->setFocus(Qt::OtherFocusReason);
    applyState();
}

void MainWindow::applyState()
{
    if (!m_hasDirectory)
        return;
    m_state = makeDashboardState(m_directory, m_meOverride, m_toolBar->period(), *m_clock,
                                 m_toolBar->filter(), m_toolBar->customSpan(),
                                 QLocale().firstDayOfWeek());
    m_toolBar->showState(m_state);
    for (DashboardPage *page : std::as_const(m_pageWidgets))
        page->setState(m_state);
    m_banner->setAlerts(m_activeAlerts, m_state.meEmail);
    emit stateChanged(m_state);
}

void MainWindow::setBudgetAdministration(BudgetAdministration *administration)
{
    m_budgetAdministration = administration;
    static_cast<BudgetsPage *>(page(Page::Budgets))->setBudgetAdministration(administration);
    static_cast<AlertsPage *>(page(Page::Alerts))->setBudgetAdministration(administration);
    static_cast<SettingsPage *>(page(Page::Settings))
        ->setCanAdministrate(administration != nullptr);
}

void MainWindow::setTheme(Theme *theme)
{
    auto *settings = static_cast<SettingsPage *>(page(Page::Settings));
    settings->setThemeChoice(theme->choice());
    connect(settings, &SettingsPage::themeChoiceChanged, theme, [theme](Theme::Choice choice) {
        UiSettings::setThemeChoice(choice); // a --theme is not remembered, a choice made here is
        theme->setChoice(choice);
    });
}

void MainWindow::setReportingZoneChange(ReportingZoneChange *change)
{
    static_cast<SettingsPage *>(page(Page::Settings))->setReportingZoneChange(change);
}

void MainWindow::redrawInCurrency()
{
    // The pages' texts and charts are made from what they were answered: asking again redraws
    // them, the shown page now and the others when next shown.
    for (DashboardPage *page : std::as_const(m_pageWidgets))
        page->markStale();
    if (m_state.isValid)
        m_tray->setState(m_state); // its tooltip names my spend
}

void MainWindow::setActiveAlerts(const QList<BudgetAlert> &active)
{
    m_activeAlerts = active;
    m_banner->setAlerts(m_activeAlerts, m_state.meEmail);
}

void MainWindow::setBudgetEvaluations(const QList<BudgetEvaluation> &evaluations)
{
    m_tray->setBudgetEvaluations(evaluations);
}

void MainWindow::notifyAlerts(const QList<BudgetAlert> &fired)
{
    if (fired.isEmpty())
        return;
    m_tray->notifyAlerts(fired);
    page(Page::Alerts)->markStale();
    page(Page::Budgets)->markStale();
}

void MainWindow::acknowledgeAlert(qint64 alertId)
{
    if (!m_budgetAdministration)
        return;
    if (Status acknowledged = m_budgetAdministration->acknowledge(alertId); !acknowledged) {
        statusBar()->showMessage(errorText(acknowledged.error()));
        return;
    }
    forgetActiveAlert(alertId);
}

void MainWindow::snoozeAlert(qint64 alertId, qint64 forMs)
{
    if (!m_budgetAdministration)
        return;
    if (Status snoozed = m_budgetAdministration->snooze(alertId, forMs); !snoozed) {
        statusBar()->showMessage(errorText(snoozed.error()));
        return;
    }
    forgetActiveAlert(alertId);
}

void MainWindow::forgetActiveAlert(qint64 alertId)
{
    // The banner moves on at once; the monitor's next list confirms it.
    m_activeAlerts.removeIf([alertId](const BudgetAlert &alert) { return alert.id == alertId; });
    m_banner->setAlerts(m_activeAlerts, m_state.meEmail);
    page(Page::Alerts)->markStale();
    emit budgetsEdited();
}

ReportPeriod MainWindow::period() const
{
    return m_toolBar->period();
}

void MainWindow::setPeriod(ReportPeriod period)
{
    m_toolBar->setPeriod(period);
}

void MainWindow::setCustomSpan(const DateSpan &span)
{
    m_toolBar->setCustomSpan(span);
}

DashboardFilter MainWindow::filter() const
{
    return m_toolBar->filter();
}

void MainWindow::setFilter(const DashboardFilter &filter)
{
    m_toolBar->setFilter(filter);
}

QComboBox *MainWindow::periodSelector() const
{
    return m_toolBar->periodSelector();
}

void MainWindow::showHonouredFilters()
{
    const DashboardPage *shown = page(currentPage());
    if (shown)
        m_toolBar->setHonouredFields(shown->filterFields(), shown->accessibleName());
}

void MainWindow::setMeOverride(const QString &email)
{
    m_meOverride = email;
    UiSettings::setMeOverride(email);
    applyState();
}

void MainWindow::setRefreshMinutes(int minutes)
{
    if (minutes <= 0) {
        m_autoRefresh->stop();
        return;
    }
    m_autoRefresh->start(std::chrono::minutes(minutes));
}

void MainWindow::restart()
{
    // The same program with the same arguments; this one ends as Quit ends it.
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1)))
        QCoreApplication::quit();
    else
        statusBar()->showMessage(tr("Could not start Burnrate again; please start it yourself."));
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

DashboardPage *MainWindow::page(Page page) const
{
    return m_pageWidgets.value(int(page));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Burnrate"),
                       tr("<h3>Burnrate %1</h3>"
                          "<p>Where an organisation's LLM tokens and money go, person by person "
                          "and team by team.</p>"
                          "<p>Qt %2 (built with %3)</p>"
                          "<p>Data file: %4</p>")
                           .arg(QStringLiteral(BURNRATE_VERSION), QString::fromLatin1(qVersion()),
                                QStringLiteral(QT_VERSION_STR),
                                m_directory.ledgerPath.toHtmlEscaped()));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Keyboard users start in the page list: up and down move between pages.
    if (!m_wasShown)
        m_navigation->setFocus(Qt::OtherFocusReason);
    m_wasShown = true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    UiSettings::setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}
