#include "analytics/dashboardstate.h"
#include "analytics/queryservice.h"
#include "settingspage.h"
#include "statestack.h"
#include "support/fakeclock.h"
#include "uisettings.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

QPushButton *button(QWidget *parent, const QString &text)
{
    const QList<QPushButton *> buttons = parent->findChildren<QPushButton *>();
    for (QPushButton *each : buttons) {
        if (each->text() == text)
            return each;
    }
    return nullptr;
}

} // namespace

// Settings kept in the user's QSettings (the test mode's own folder, cleared before each test)
// and the organisation's peer-comparison switch.
class tst_SettingsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheDirectory();
    void languageStoredAndRestartOffered();
    void languageShownAsStored();
    void refreshIntervalStoredAndSignalled();
    void refreshIntervalShownAsStored_data();
    void refreshIntervalShownAsStored();
    void notificationsStored();
    void peerComparisonNeedsAdministration();
    void peerComparisonReflectsTheDirectory_data();
    void peerComparisonReflectsTheDirectory();
    void clickingPeerComparisonSignals();
    void meChoiceSignalled();

private:
    void createPage();
    void showDirectory(bool peerComparison = true);

    FakeClock m_clock;
    std::unique_ptr<QueryService> m_queries; // the page asks it nothing
    std::unique_ptr<SettingsPage> m_page;
};

void tst_SettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_queries = std::make_unique<QueryService>(u"/nonexistent/ledger.sqlite"_s);
}

void tst_SettingsPage::init()
{
    QSettings().clear();
    createPage();
}

void tst_SettingsPage::cleanup()
{
    m_page.reset();
    QSettings().clear();
}

void tst_SettingsPage::createPage()
{
    m_page = std::make_unique<SettingsPage>(m_queries.get(), &m_clock);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_SettingsPage::showDirectory(bool peerComparison)
{
    DirectorySnapshot directory;
    directory.ledgerPath = u"/data/ledger.sqlite"_s;
    directory.organisationName = u"Fixture Org"_s;
    directory.meEmail = u"bob@example.com"_s;
    directory.timeZone = u"Europe/Berlin"_s;
    directory.peerComparisonEnabled = peerComparison;
    Person ana;
    ana.email = u"ana@example.com"_s;
    ana.name = u"Ana"_s;
    Person bob;
    bob.email = u"bob@example.com"_s;
    bob.name = u"Bob"_s;
    directory.people = {ana, bob};
    m_page->setState(makeDashboardState(directory, {}, ReportPeriod::ThisMonth, m_clock));
    QTRY_VERIFY(m_page->isLoaded());
}

void tst_SettingsPage::showsTheDirectory()
{
    QAbstractItemModelTester tester(m_page->meSelector()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    showDirectory();
    QCOMPARE(m_page->stateStack()->state(), StateStack::State::Content);
    QComboBox *me = m_page->meSelector();
    QCOMPARE(me->count(), 2);
    QCOMPARE(me->itemText(0), u"Ana <ana@example.com>"_s);
    QCOMPARE(me->currentData().toString(), u"bob@example.com"_s);
    for (const QString &name : {u"Organisation"_s, u"Reporting time zone"_s, u"Data file"_s}) {
        const QList<QLabel *> labels = m_page->findChildren<QLabel *>();
        const auto label = std::find_if(labels.cbegin(), labels.cend(), [&](QLabel *each) {
            return each->accessibleName() == name;
        });
        QVERIFY2(label != labels.cend(), qPrintable(name));
        const QString expected = name == u"Organisation"_s ? u"Fixture Org"_s
            : name == u"Data file"_s                       ? u"/data/ledger.sqlite"_s
                                                           : u"Europe/Berlin"_s;
        QCOMPARE((*label)->text(), expected);
    }
}

void tst_SettingsPage::languageStoredAndRestartOffered()
{
    showDirectory();
    QComboBox *language = m_page->languageSelector();
    QCOMPARE(language->currentData().toString(), u"system"_s);
    QCOMPARE(language->count(), 6); // the system's, English and four translations
    QPushButton *restart = button(m_page.get(), u"Restart &now"_s);
    QVERIFY(restart);
    QVERIFY(!restart->isVisible());

    QSignalSpy changed(m_page.get(), &SettingsPage::languageChanged);
    QSignalSpy restartRequested(m_page.get(), &SettingsPage::restartRequested);
    choose(language, u"de"_s);
    QCOMPARE(language->currentText(), u"Deutsch"_s);
    QCOMPARE(UiSettings::language(), u"de"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), u"de"_s);
    QVERIFY(restart->isVisible());
    const QList<QLabel *> labels = m_page->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
        return label->isVisible() && label->text() == u"Shown when Burnrate starts again."_s;
    }));
    QCOMPARE(restartRequested.count(), 0);
    QTest::mouseClick(restart, Qt::LeftButton);
    QCOMPARE(restartRequested.count(), 1);
}

void tst_SettingsPage::languageShownAsStored()
{
    UiSettings::setLanguage(u"ja"_s);
    createPage();
    showDirectory();
    QCOMPARE(m_page->languageSelector()->currentData().toString(), u"ja"_s);
    QCOMPARE(m_page->languageSelector()->currentText(), u"日本語"_s);
    // Nothing to restart for: the stored language is the one that will be shown.
    QVERIFY(!button(m_page.get(), u"Restart &now"_s)->isVisible());
}

void tst_SettingsPage::refreshIntervalStoredAndSignalled()
{
    showDirectory();
    QComboBox *refresh = m_page->refreshSelector();
    QCOMPARE(refresh->currentData().toInt(), 5); // the default
    QCOMPARE(refresh->currentText(), u"Every 5 minutes"_s);
    QSignalSpy changed(m_page.get(), &SettingsPage::refreshMinutesChanged);
    choose(refresh, 15);
    QCOMPARE(UiSettings::refreshMinutes(), 15);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toInt(), 15);
    choose(refresh, 0);
    QCOMPARE(UiSettings::refreshMinutes(), 0);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toInt(), 0);
    QCOMPARE(refresh->currentText(), u"Only when this computer's sources write, or on F5"_s);
}

void tst_SettingsPage::refreshIntervalShownAsStored_data()
{
    QTest::addColumn<int>("stored");
    QTest::addColumn<int>("shown");
    QTest::newRow("every minute") << 1 << 1;
    QTest::newRow("hourly") << 60 << 60;
    QTest::newRow("never on its own") << 0 << 0;
    QTest::newRow("not offered: the default") << 7 << 5;
}

void tst_SettingsPage::refreshIntervalShownAsStored()
{
    QFETCH(int, stored);
    QFETCH(int, shown);
    UiSettings::setRefreshMinutes(stored);
    createPage();
    QCOMPARE(m_page->refreshSelector()->currentData().toInt(), shown);
}

void tst_SettingsPage::notificationsStored()
{
    showDirectory();
    QCheckBox *notifications = m_page->notificationsCheck();
    QVERIFY(notifications->isChecked()); // on unless turned off
    QTest::mouseClick(notifications, Qt::LeftButton);
    QVERIFY(!notifications->isChecked());
    QCOMPARE(UiSettings::desktopNotifications(), false);
    createPage();
    showDirectory();
    QVERIFY(!m_page->notificationsCheck()->isChecked());
    QTest::mouseClick(m_page->notificationsCheck(), Qt::LeftButton);
    QCOMPARE(UiSettings::desktopNotifications(), true);
}

void tst_SettingsPage::peerComparisonNeedsAdministration()
{
    QCheckBox *peers = m_page->peerComparisonCheck();
    QVERIFY(!peers->isEnabled());
    // Administration before there is a state: still nothing to switch.
    m_page->setCanAdministrate(true);
    QVERIFY(!peers->isEnabled());
    showDirectory();
    QVERIFY(peers->isEnabled());
    QCOMPARE(peers->toolTip(), u"The organisation's privacy switch, for everyone."_s);
    m_page->setCanAdministrate(false);
    QVERIFY(!peers->isEnabled());

    // A page that cannot administrate shows the switch read-only.
    createPage();
    showDirectory();
    QVERIFY(!m_page->peerComparisonCheck()->isEnabled());
    QVERIFY(m_page->peerComparisonCheck()->toolTip().contains(u"peer_comparison"_s));
}

void tst_SettingsPage::peerComparisonReflectsTheDirectory_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::newRow("on") << true;
    QTest::newRow("off") << false;
}

void tst_SettingsPage::peerComparisonReflectsTheDirectory()
{
    QFETCH(bool, enabled);
    m_page->setCanAdministrate(true);
    showDirectory(enabled);
    QCOMPARE(m_page->peerComparisonCheck()->isChecked(), enabled);
    // The next directory (another admin switched it) shows through.
    showDirectory(!enabled);
    QCOMPARE(m_page->peerComparisonCheck()->isChecked(), !enabled);
}

void tst_SettingsPage::clickingPeerComparisonSignals()
{
    m_page->setCanAdministrate(true);
    showDirectory(true);
    QSignalSpy changed(m_page.get(), &SettingsPage::peerComparisonChanged);
    QTest::mouseClick(m_page->peerComparisonCheck(), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), false);
    QTest::mouseClick(m_page->peerComparisonCheck(), Qt::LeftButton);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toBool(), true);
    // Showing the directory's value is not a click.
    showDirectory(false);
    QVERIFY(!m_page->peerComparisonCheck()->isChecked());
    QCOMPARE(changed.count(), 2);

    // Disabled, a click does nothing.
    m_page->setCanAdministrate(false);
    QTest::mouseClick(m_page->peerComparisonCheck(), Qt::LeftButton);
    QCOMPARE(changed.count(), 2);
}

void tst_SettingsPage::meChoiceSignalled()
{
    showDirectory();
    QSignalSpy changed(m_page.get(), &SettingsPage::meOverrideChanged);
    choose(m_page->meSelector(), u"ana@example.com"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), u"ana@example.com"_s);
    QPushButton *useLedger = button(m_page.get(), u"Use the ledger's choice"_s);
    QVERIFY(useLedger);
    QVERIFY(useLedger->isEnabled()); // the ledger names bob
    QTest::mouseClick(useLedger, Qt::LeftButton);
    QCOMPARE(changed.count(), 2);
    QVERIFY(changed.at(1).at(0).toString().isEmpty());
}

QTEST_MAIN(tst_SettingsPage)
#include "tst_settingspage.moc"
