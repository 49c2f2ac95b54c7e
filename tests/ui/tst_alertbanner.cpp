#include "alertbanner.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

BudgetAlert alert(qint64 id, const QString &email, int threshold, qint64 firedMs)
{
    BudgetAlert alert;
    alert.id = id;
    alert.budgetId = 1;
    alert.budgetLabel = u"team:Platform · month"_s;
    alert.periodFirst = QDate(2026, 11, 1);
    alert.periodLast = QDate(2026, 11, 30);
    alert.threshold = threshold;
    alert.firedMs = firedMs;
    alert.spent = threshold * 10'000'000;
    alert.limit = 1'000'000'000;
    alert.recipients = {{email, QString(), RecipientRole::Owner}};
    return alert;
}

} // namespace

class tst_AlertBanner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void hiddenWithoutAlertsForMe();
    void showsMyNewestAlert();
    void buttonsAskForTheShownAlert();
    void exceededReadsDifferently();
};

void tst_AlertBanner::hiddenWithoutAlertsForMe()
{
    QWidget window;
    auto *banner = new AlertBanner(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!banner->isVisible());
    banner->setAlerts({alert(1, u"ana@example.com"_s, 80, 1000)}, u"bob@example.com"_s);
    QVERIFY(!banner->isVisible());
    QVERIFY(!banner->shownAlert());
    // Nobody is "me": nothing is addressed to me.
    banner->setAlerts({alert(1, u"ana@example.com"_s, 80, 1000)}, QString());
    QVERIFY(!banner->isVisible());
    banner->setAlerts({alert(2, u"bob@example.com"_s, 80, 1000)}, u"bob@example.com"_s);
    QVERIFY(banner->isVisible());
    banner->setAlerts({}, u"bob@example.com"_s);
    QVERIFY(!banner->isVisible());
}

void tst_AlertBanner::showsMyNewestAlert()
{
    QWidget window;
    auto *banner = new AlertBanner(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    banner->setAlerts({alert(1, u"bob@example.com"_s, 50, 1000),
                       alert(2, u"ana@example.com"_s, 100, 9000),
                       alert(3, u"Bob@Example.com"_s, 80, 5000)},
                      u"bob@example.com"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->shownAlert()->id, 3);
    QCOMPARE(banner->textLabel()->text(),
             u"80 % of the budget team:Platform · month used: $800.00 of $1,000.00 "
             "(and 1 more)"_s);
    QVERIFY(!banner->accessibleName().isEmpty());
    for (QPushButton *button :
         {banner->acknowledgeButton(), banner->snoozeButton(), banner->showAlertsButton()}) {
        QVERIFY(button->isVisible());
        QVERIFY(!button->accessibleName().isEmpty());
    }
}

void tst_AlertBanner::buttonsAskForTheShownAlert()
{
    AlertBanner banner;
    banner.setAlerts({alert(7, u"bob@example.com"_s, 80, 1000)}, u"bob@example.com"_s);
    QSignalSpy acknowledge(&banner, &AlertBanner::acknowledgeRequested);
    QSignalSpy snooze(&banner, &AlertBanner::snoozeRequested);
    QSignalSpy showAlerts(&banner, &AlertBanner::showAlertsRequested);
    banner.acknowledgeButton()->click();
    QCOMPARE(acknowledge.count(), 1);
    QCOMPARE(acknowledge.first().at(0).toLongLong(), 7);
    QCOMPARE(banner.snoozeButton()->menu(), banner.snoozeMenu());
    banner.snoozeMenu()->actions().at(2)->trigger(); // a day
    QCOMPARE(snooze.count(), 1);
    QCOMPARE(snooze.first().at(0).toLongLong(), 7);
    QCOMPARE(snooze.first().at(1).toLongLong(), 24 * 3'600'000);
    banner.showAlertsButton()->click();
    QCOMPARE(showAlerts.count(), 1);
}

void tst_AlertBanner::exceededReadsDifferently()
{
    AlertBanner banner;
    banner.setAlerts({alert(1, u"bob@example.com"_s, 80, 1000)}, u"bob@example.com"_s);
    QCOMPARE(banner.tone(), Theme::Tone::Warning);
    const QColor warning = banner.textLabel()->palette().color(QPalette::WindowText);
    QCOMPARE(warning, Theme::colours(Theme::Tone::Warning, banner.palette()).onBackground);
    banner.setAlerts({alert(2, u"bob@example.com"_s, 100, 2000)}, u"bob@example.com"_s);
    QCOMPARE(banner.tone(), Theme::Tone::Problem);
    QVERIFY(banner.textLabel()->palette().color(QPalette::WindowText) != warning);
    QVERIFY(banner.textLabel()->text().startsWith(u"100 %"_s));
}

QTEST_MAIN(tst_AlertBanner)
#include "tst_alertbanner.moc"
