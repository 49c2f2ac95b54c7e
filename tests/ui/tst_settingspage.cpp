#include "analytics/dashboardstate.h"
#include "analytics/queryservice.h"
#include "ledger/reportingzonechange.h"
#include "messagelabel.h"
#include "settingspage.h"
#include "statestack.h"
#include "support/fakeclock.h"
#include "support/templedger.h"
#include "uisettings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
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

void typeRate(QLineEdit *field, const QString &text)
{
    field->setText(text);
    emit field->editingFinished();
}

QMessageBox *waitForQuestion()
{
    QMessageBox *question = nullptr;
    [&] {
        QTRY_VERIFY((question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    }();
    return question;
}

QAbstractButton *acceptButton(QMessageBox *question)
{
    const QList<QAbstractButton *> buttons = question->buttons();
    for (QAbstractButton *each : buttons) {
        if (question->buttonRole(each) == QMessageBox::AcceptRole)
            return each;
    }
    return nullptr;
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
    void currencyChosenWithItsRate();
    void currencyRateRejectedKeepsThePrevious_data();
    void currencyRateRejectedKeepsThePrevious();
    void currencyRateInTheLocalesForm();
    void currencyShownAsStored();
    void zoneEditableOnlyByAnAdministrator();
    void zoneChangeAskedAndCancelled();
    void unknownZoneRefused();
    void zoneChangeRunsAndSignals();
    void failedZoneChangeSaysSo();

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
    QCOMPARE(m_page->zoneSelector()->currentText(), u"Europe/Berlin"_s);
    for (const QString &name : {u"Organisation"_s, u"Data file"_s}) {
        const QList<QLabel *> labels = m_page->findChildren<QLabel *>();
        const auto label = std::find_if(labels.cbegin(), labels.cend(), [&](QLabel *each) {
            return each->accessibleName() == name;
        });
        QVERIFY2(label != labels.cend(), qPrintable(name));
        const QString expected
            = name == u"Organisation"_s ? u"Fixture Org"_s : u"/data/ledger.sqlite"_s;
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

void tst_SettingsPage::currencyChosenWithItsRate()
{
    showDirectory();
    QComboBox *currency = m_page->currencySelector();
    QLineEdit *rate = m_page->rateField();
    QCOMPARE(currency->count(), 10);
    QCOMPARE(currency->currentData().toString(), u"USD"_s); // the default
    QVERIFY(!rate->isEnabled());
    QCOMPARE(rate->text(), u"1"_s);
    QSignalSpy changed(m_page.get(), &SettingsPage::currencyChanged);

    // No rate known for euros yet: nothing changes until one is given.
    choose(currency, u"EUR"_s);
    QCOMPARE(changed.count(), 0);
    QVERIFY(rate->isEnabled());
    QVERIFY(rate->text().isEmpty());
    QCOMPARE(m_page->currencyMessage()->text(), u"Enter how many EUR one US dollar buys."_s);
    QCOMPARE(UiSettings::currency(), CurrencyDisplay());

    typeRate(rate, u"0.92"_s);
    QCOMPARE(changed.count(), 1);
    const auto euro = changed.at(0).at(0).value<CurrencyDisplay>();
    QCOMPARE(euro.code(), u"EUR"_s);
    QCOMPARE(euro.microsPerUsd(), 920'000);
    QCOMPARE(UiSettings::currency(), euro);
    QVERIFY(m_page->currencyMessage()->text().isEmpty());
    typeRate(rate, u"0.92"_s); // the same again is no change
    QCOMPARE(changed.count(), 1);

    // Back to dollars, the field read-only; euros again bring their rate back at once.
    choose(currency, u"USD"_s);
    QCOMPARE(changed.count(), 2);
    QVERIFY(changed.at(1).at(0).value<CurrencyDisplay>().isUsd());
    QVERIFY(!rate->isEnabled());
    QCOMPARE(rate->text(), u"1"_s);
    choose(currency, u"EUR"_s);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.at(2).at(0).value<CurrencyDisplay>(), euro);
    QCOMPARE(rate->text(), u"0.92"_s);
    const QList<QLabel *> labels = m_page->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
        return label->text()
            == u"Amounts are converted from US dollars at this rate; budgets and the ledger stay "
               "in US dollars."_s;
    }));
}

void tst_SettingsPage::currencyRateRejectedKeepsThePrevious_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("words") << u"lots"_s << u"“lots” is not a rate: type a number such as 1.25."_s;
    QTest::newRow("a comma in English")
        << u"0,95"_s << u"“0,95” is not a rate: type a number such as 1.25."_s;
    QTest::newRow("zero") << u"0"_s << u"The rate must be above zero."_s;
    QTest::newRow("negative") << u"-0.92"_s << u"The rate must be above zero."_s;
    QTest::newRow("too large") << u"200000"_s
                               << u"The rate can be at most 100,000 per US dollar."_s;
}

void tst_SettingsPage::currencyRateRejectedKeepsThePrevious()
{
    QFETCH(QString, typed);
    QFETCH(QString, message);
    UiSettings::setCurrency(*CurrencyDisplay::make(u"GBP"_s, 790'000));
    createPage();
    showDirectory();
    QSignalSpy changed(m_page.get(), &SettingsPage::currencyChanged);
    typeRate(m_page->rateField(), typed);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_page->currencyMessage()->text(), message);
    QCOMPARE(m_page->currencyMessage()->kind(), MessageLabel::Kind::Problem);
    QCOMPARE(m_page->rateField()->text(), u"0.79"_s);
    QCOMPARE(UiSettings::currency().microsPerUsd(), 790'000);
    // A good rate afterwards clears the message.
    typeRate(m_page->rateField(), u"0.8"_s);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_page->currencyMessage()->text().isEmpty());
    QCOMPARE(UiSettings::currency().microsPerUsd(), 800'000);
}

void tst_SettingsPage::currencyRateInTheLocalesForm()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    UiSettings::setCurrency(*CurrencyDisplay::make(u"CHF"_s, 880'000));
    createPage();
    showDirectory();
    QCOMPARE(m_page->rateField()->text(), u"0,88"_s);
    QSignalSpy changed(m_page.get(), &SettingsPage::currencyChanged);
    typeRate(m_page->rateField(), u"0,9125"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<CurrencyDisplay>().microsPerUsd(), 912'500);
}

void tst_SettingsPage::currencyShownAsStored()
{
    UiSettings::setCurrency(*CurrencyDisplay::make(u"JPY"_s, 149'500'000));
    createPage();
    QCOMPARE(m_page->currencySelector()->currentData().toString(), u"JPY"_s);
    QVERIFY(m_page->rateField()->isEnabled());
    QCOMPARE(m_page->rateField()->text(), u"149.5"_s);
}

void tst_SettingsPage::zoneEditableOnlyByAnAdministrator()
{
    TempLedger ledger;
    ReportingZoneChange change(ledger.path());
    showDirectory();
    QComboBox *zone = m_page->zoneSelector();
    QVERIFY(zone->isEditable());
    QVERIFY(zone->findText(u"Asia/Tokyo"_s) >= 0);
    QVERIFY(!zone->isEnabled()); // neither administration nor a way to change it
    m_page->setReportingZoneChange(&change);
    QVERIFY(!zone->isEnabled());
    QVERIFY(!m_page->zoneApplyButton()->isEnabled());
    QVERIFY(zone->toolTip().contains(u"reporting_timezone"_s));
    m_page->setCanAdministrate(true);
    QVERIFY(zone->isEnabled());
    QVERIFY(m_page->zoneApplyButton()->isEnabled());
    QVERIFY(!m_page->zoneProgress()->isVisible());
    m_page->setCanAdministrate(false);
    QVERIFY(!zone->isEnabled());
    m_page->setReportingZoneChange(nullptr);
}

void tst_SettingsPage::zoneChangeAskedAndCancelled()
{
    TempLedger ledger;
    ReportingZoneChange change(ledger.path());
    m_page->setReportingZoneChange(&change);
    m_page->setCanAdministrate(true);
    showDirectory();
    m_page->zoneSelector()->setEditText(u"Asia/Tokyo"_s);
    m_page->zoneApplyButton()->click();
    QMessageBox *question = waitForQuestion();
    QVERIFY(question);
    QCOMPARE(question->text(), u"Count the days in Asia/Tokyo instead of Europe/Berlin?"_s);
    QVERIFY(question->informativeText().contains(u"recomputes the day of every record"_s));
    QVERIFY(question->informativeText().contains(u"may take a while on a large ledger"_s));
    question->button(QMessageBox::Cancel)->click();
    QVERIFY(!change.isRunning());
    QVERIFY(!m_page->zoneProgress()->isVisible());
    QCOMPARE(ledger->reportingTimeZone(), QTimeZone::utc());
    m_page->setReportingZoneChange(nullptr);
}

void tst_SettingsPage::unknownZoneRefused()
{
    TempLedger ledger;
    ReportingZoneChange change(ledger.path());
    m_page->setReportingZoneChange(&change);
    m_page->setCanAdministrate(true);
    showDirectory();
    m_page->zoneSelector()->setEditText(u"Atlantis/Capital"_s);
    m_page->zoneApplyButton()->click();
    QVERIFY(!QApplication::activeModalWidget()); // nothing to confirm
    QCOMPARE(m_page->zoneMessage()->text(),
             u"“Atlantis/Capital” is not a time zone Burnrate knows: choose one from the list."_s);
    QCOMPARE(m_page->zoneMessage()->kind(), MessageLabel::Kind::Problem);
    m_page->zoneSelector()->setEditText(u"Europe/Berlin"_s);
    m_page->zoneApplyButton()->click();
    QCOMPARE(m_page->zoneMessage()->text(), u"Days are counted in Europe/Berlin already."_s);
    QVERIFY(!change.isRunning());
    m_page->setReportingZoneChange(nullptr);
}

void tst_SettingsPage::zoneChangeRunsAndSignals()
{
    TempLedger ledger;
    ReportingZoneChange change(ledger.path());
    m_page->setReportingZoneChange(&change);
    m_page->setCanAdministrate(true);
    showDirectory();
    QSignalSpy changed(m_page.get(), &SettingsPage::reportingZoneChanged);
    m_page->zoneSelector()->setEditText(u"Asia/Tokyo"_s);
    m_page->zoneApplyButton()->click();
    QMessageBox *question = waitForQuestion();
    QVERIFY(question);
    QAbstractButton *confirm = acceptButton(question);
    QVERIFY(confirm);
    QCOMPARE(confirm->text(), u"Change time zone"_s);
    confirm->click();
    // Busy until it has finished: a busy bar and what is going on, nothing to click.
    QVERIFY(m_page->zoneProgress()->isVisible());
    QCOMPARE(m_page->zoneProgress()->maximum(), 0);
    QCOMPARE(m_page->zoneMessage()->text(),
             u"Recomputing the day of every record in Asia/Tokyo…"_s);
    QVERIFY(!m_page->zoneSelector()->isEnabled());
    QVERIFY(!m_page->zoneApplyButton()->isEnabled());
    QVERIFY(changed.wait());
    QCOMPARE(changed.at(0).at(0).toString(), u"Asia/Tokyo"_s);
    QCOMPARE(m_page->zoneMessage()->text(), u"Days are now counted in Asia/Tokyo."_s);
    QVERIFY(!m_page->zoneProgress()->isVisible());
    QVERIFY(m_page->zoneSelector()->isEnabled());
    QCOMPARE(ledger->reportingTimeZone().id(), QByteArray("Asia/Tokyo"));
    m_page->setReportingZoneChange(nullptr);
}

void tst_SettingsPage::failedZoneChangeSaysSo()
{
    // A ledger that cannot be opened for writing.
    ReportingZoneChange change(u"/nonexistent/folder/ledger.sqlite"_s);
    m_page->setReportingZoneChange(&change);
    m_page->setCanAdministrate(true);
    showDirectory();
    QSignalSpy changed(m_page.get(), &SettingsPage::reportingZoneChanged);
    QSignalSpy failed(&change, &ReportingZoneChange::errorOccurred);
    m_page->zoneSelector()->setEditText(u"Asia/Tokyo"_s);
    m_page->zoneApplyButton()->click();
    QMessageBox *question = waitForQuestion();
    QVERIFY(question);
    acceptButton(question)->click();
    QVERIFY(failed.wait());
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_page->zoneMessage()->text().startsWith(
        u"The reporting time zone stays Europe/Berlin: The data file cannot be read."_s));
    QCOMPARE(m_page->zoneMessage()->kind(), MessageLabel::Kind::Problem);
    QCOMPARE(m_page->zoneSelector()->currentText(), u"Europe/Berlin"_s);
    QVERIFY(m_page->zoneSelector()->isEnabled());
    m_page->setReportingZoneChange(nullptr);
}

QTEST_MAIN(tst_SettingsPage)
#include "tst_settingspage.moc"
