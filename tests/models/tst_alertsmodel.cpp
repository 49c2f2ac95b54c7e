#include "core/csv.h"
#include "itemmodels/alertsmodel.h"
#include "itemmodels/itemroles.h"
#include "support/fakeclock.h"

#include <QAbstractItemModelTester>
#include <QtTest>

namespace {

qint64 utcMs(const QDate &day, int hour)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

BudgetAlert alert(qint64 id, int threshold, qint64 firedMs)
{
    BudgetAlert alert;
    alert.id = id;
    alert.budgetId = 3;
    alert.budgetLabel = QStringLiteral("team:Platform · month");
    alert.periodFirst = QDate(2026, 11, 1);
    alert.periodLast = QDate(2026, 11, 30);
    alert.threshold = threshold;
    alert.firedMs = firedMs;
    alert.spent = 820'000'000;
    alert.limit = 1'000'000'000;
    alert.message = QStringLiteral("82 % of team:Platform's month budget used");
    alert.recipients = {
        {QStringLiteral("ana@example.com"), QStringLiteral("Ana Admin"), RecipientRole::Owner},
        {QStringLiteral("boss@example.com"), QString(), RecipientRole::Manager},
    };
    return alert;
}

QVariant cell(const AlertsModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role);
}

} // namespace

class tst_AlertsModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void columns();
    void thresholdAlert();
    void projectedExhaustion();
    void tokenAlert();
    void status_data();
    void status();
    void csv();

private:
    FakeClock m_clock {QDateTime(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc())};
};

void tst_AlertsModel::columns()
{
    AlertsModel model(&m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(AlertsModel::ColumnCount));
    model.setAlerts(
        {alert(2, 80, utcMs(QDate(2026, 11, 21), 9)), alert(1, 50, utcMs(QDate(2026, 11, 12), 9))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(1), 1);
    QCOMPARE(model.rowOf(99), -1);
    QCOMPARE(cell(model, 0, AlertsModel::Message, ItemRole::Key).toLongLong(), 2);
    QVERIFY(cell(model, 0, AlertsModel::FiredAt, ItemRole::Sort).toLongLong()
            > cell(model, 1, AlertsModel::FiredAt, ItemRole::Sort).toLongLong());
    model.setAlerts({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_AlertsModel::thresholdAlert()
{
    AlertsModel model(&m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAlerts({alert(2, 80, utcMs(QDate(2026, 11, 21), 9))});
    QVERIFY(!cell(model, 0, AlertsModel::FiredAt).toString().isEmpty());
    QCOMPARE(cell(model, 0, AlertsModel::Budget).toString(),
             QStringLiteral("team:Platform · month"));
    QCOMPARE(cell(model, 0, AlertsModel::Kind).toString(), QStringLiteral("Threshold"));
    QCOMPARE(cell(model, 0, AlertsModel::Threshold).toString(), QStringLiteral("80 %"));
    QCOMPARE(cell(model, 0, AlertsModel::Threshold, ItemRole::Sort).toInt(), 80);
    QCOMPARE(cell(model, 0, AlertsModel::Message).toString(),
             QStringLiteral("80 % used: $820.00 of $1,000.00"));
    QCOMPARE(cell(model, 0, AlertsModel::Message, Qt::ToolTipRole).toString(),
             QStringLiteral("80 % of the budget team:Platform · month used: $820.00 of $1,000.00"));
    QCOMPARE(cell(model, 0, AlertsModel::Recipients).toString(),
             QStringLiteral("Ana Admin +1"));
    QCOMPARE(cell(model, 0, AlertsModel::Recipients, Qt::ToolTipRole).toString(),
             QStringLiteral("ana@example.com (owner)\nboss@example.com (manager)"));
    QCOMPARE(cell(model, 0, AlertsModel::Status).toString(), QStringLiteral("Active"));
}

void tst_AlertsModel::projectedExhaustion()
{
    BudgetAlert projected = alert(4, 100, utcMs(QDate(2026, 11, 20), 9));
    projected.kind = AlertKind::ProjectedExhaustion;
    projected.exhaustsAtMs = utcMs(QDate(2026, 11, 27), 12);
    projected.spent = 600'000'000;
    AlertsModel model(&m_clock);
    model.setAlerts({projected});
    QCOMPARE(cell(model, 0, AlertsModel::Kind).toString(), QStringLiteral("Projected"));
    QCOMPARE(cell(model, 0, AlertsModel::Threshold).toString(), QStringLiteral("—"));
    QCOMPARE(cell(model, 0, AlertsModel::Message).toString(),
             QStringLiteral("Runs out 27 Nov 2026: $600.00 of $1,000.00 used"));
    const QString message = AlertsModel::summaryText(projected);
    QVERIFY2(message.startsWith(QStringLiteral("At this pace the budget team:Platform · month "
                                               "runs out on 27 Nov 2026")),
             qPrintable(message));
    QVERIFY(message.endsWith(QStringLiteral("$600.00 of $1,000.00 used so far")));
}

void tst_AlertsModel::tokenAlert()
{
    BudgetAlert tokens = alert(5, 50, utcMs(QDate(2026, 11, 20), 9));
    tokens.inTokens = true;
    tokens.spent = 500'000;
    tokens.limit = 1'000'000;
    QCOMPARE(AlertsModel::summaryText(tokens),
             QStringLiteral("50 % of the budget team:Platform · month used: 500,000 tokens of "
                            "1,000,000 tokens"));
}

void tst_AlertsModel::status_data()
{
    QTest::addColumn<qint64>("acknowledgedMs");
    QTest::addColumn<qint64>("snoozedUntilMs");
    QTest::addColumn<QDate>("periodLast");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("textStart");

    const qint64 now = utcMs(QDate(2026, 11, 22), 12);
    const QDate november(2026, 11, 30);
    QTest::newRow("active") << qint64(0) << qint64(0) << november
                            << int(AlertsModel::AlertStatus::Active) << "Active";
    QTest::newRow("snoozed") << qint64(0) << now + 3'600'000 << november
                             << int(AlertsModel::AlertStatus::Snoozed) << "Snoozed until ";
    QTest::newRow("snooze over") << qint64(0) << now - 1 << november
                                 << int(AlertsModel::AlertStatus::Active) << "Active";
    QTest::newRow("acknowledged") << now - 60'000 << now + 3'600'000 << november
                                  << int(AlertsModel::AlertStatus::Acknowledged) << "Acknowledged ";
    QTest::newRow("period over") << qint64(0) << qint64(0) << QDate(2026, 10, 31)
                                 << int(AlertsModel::AlertStatus::PeriodOver) << "Period over";
}

void tst_AlertsModel::status()
{
    QFETCH(qint64, acknowledgedMs);
    QFETCH(qint64, snoozedUntilMs);
    QFETCH(QDate, periodLast);
    QFETCH(int, status);
    QFETCH(QString, textStart);
    BudgetAlert handled = alert(6, 80, utcMs(QDate(2026, 11, 21), 9));
    handled.acknowledgedMs = acknowledgedMs;
    handled.snoozedUntilMs = snoozedUntilMs;
    handled.periodLast = periodLast;
    AlertsModel model(&m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAlerts({handled});
    QCOMPARE(cell(model, 0, AlertsModel::Status, ItemRole::State).toInt(), status);
    QVERIFY2(cell(model, 0, AlertsModel::Status).toString().startsWith(textStart),
             qPrintable(cell(model, 0, AlertsModel::Status).toString()));
}

void tst_AlertsModel::csv()
{
    BudgetAlert first = alert(2, 80, utcMs(QDate(2026, 11, 21), 9));
    first.acknowledgedMs = utcMs(QDate(2026, 11, 21), 10);
    BudgetAlert tokens = alert(1, 50, utcMs(QDate(2026, 11, 12), 9));
    tokens.inTokens = true;
    tokens.spent = 500;
    tokens.limit = 1000;
    AlertsModel model(&m_clock);
    model.setAlerts({first, tokens});
    const Result<QList<Csv::Record>> records = Csv::parse(model.toCsv());
    QVERIFY(records);
    QCOMPARE(records->size(), 3);
    QCOMPARE(records->at(0).fields,
             QStringList({"fired_at", "budget_id", "budget", "kind", "threshold_percent", "spent",
                          "limit", "unit", "message", "recipients", "status", "acknowledged_at",
                          "snoozed_until"}));
    QCOMPARE(records->at(1).fields,
             QStringList({"2026-11-21T09:00:00Z", "3", "team:Platform · month", "threshold", "80",
                          "820.000000", "1000.000000", "usd",
                          "82 % of team:Platform's month budget used",
                          "ana@example.com:owner;boss@example.com:manager", "acknowledged",
                          "2026-11-21T10:00:00Z", ""}));
    QCOMPARE(records->at(2).fields.at(5), QStringLiteral("500"));
    QCOMPARE(records->at(2).fields.at(7), QStringLiteral("tokens"));
    QCOMPARE(records->at(2).fields.at(10), QStringLiteral("active"));
}

QTEST_GUILESS_MAIN(tst_AlertsModel)
#include "tst_alertsmodel.moc"
