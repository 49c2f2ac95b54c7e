#include "dashboardtesting.h"

#include "budgets/budgetstore.h"
#include "core/usagerecord.h"

#include <QTest>

namespace {

struct Usage
{
    QString email;
    QDate day;
    QString model;
    QString source;
    QString project;
    qint64 costMicros = 0;
    qint64 tokens = 0;
};

} // namespace

DashboardFixture::DashboardFixture()
{
    Ledger &ledger = this->ledger();
    QVERIFY(ledger.setSetting(QStringLiteral("me_email"), QStringLiteral("pia@example.com")));
    QVERIFY(ledger.setSetting(QStringLiteral("org_name"), QStringLiteral("Fixture Org")));
    const QString sonnet = QStringLiteral("claude-sonnet-4-5");
    const QString opus = QStringLiteral("claude-opus-4-5");
    const QString gpt = QStringLiteral("gpt-5");
    const QString laptop = QStringLiteral("laptop");
    const QString gateway = QStringLiteral("gateway");
    const auto november = [](int day) {
        return QDate(2026, 11, day);
    };
    const auto october = [](int day) {
        return QDate(2026, 10, day);
    };
    const QList<Usage> usage = {
        {QStringLiteral("rita@example.com"), november(2), sonnet, laptop, {}, 500'000, 5'000},
        {QStringLiteral("dan@example.com"), november(3), gpt, gateway, QStringLiteral("crm"),
         7'000'000, 70'000},
        {QStringLiteral("stranger@example.com"), november(5), gpt, gateway, {}, 250'000, 2'500},
        {QStringLiteral("ben@example.com"), november(10), sonnet, laptop, QStringLiteral("api"),
         3'000'000, 30'000},
        {QStringLiteral("cy@example.com"), november(12), sonnet, gateway, QStringLiteral("api"),
         2'000'000, 20'000},
        {QStringLiteral("ana@example.com"), november(15), opus, laptop, QStringLiteral("infra"),
         5'000'000, 25'000},
        {QStringLiteral("ben@example.com"), november(20), opus, laptop, QStringLiteral("web"),
         1'000'000, 5'000},
        {QStringLiteral("pia@example.com"), october(5), opus, laptop, {}, 1'500'000, 7'500},
        {QStringLiteral("dan@example.com"), october(8), gpt, gateway, {}, 9'000'000, 90'000},
        {QStringLiteral("ben@example.com"), october(10), sonnet, laptop, {}, 1'000'000, 10'000},
        {QStringLiteral("cy@example.com"), october(15), sonnet, gateway, {}, 2'500'000, 25'000},
        {QStringLiteral("ben@example.com"), october(25), sonnet, laptop, {}, 9'000'000, 90'000},
    };
    const Result<qint64> laptopId = ledger.ensureSource(QStringLiteral("claude-code"), laptop);
    const Result<qint64> gatewayId = ledger.ensureSource(QStringLiteral("openrouter"), gateway);
    QVERIFY(laptopId && gatewayId);
    int key = 0;
    for (const Usage &each : usage) {
        UsageRecord record;
        record.externalKey = QString::number(++key);
        record.startMs = record.endMs
            = QDateTime(each.day, QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        record.identityKind = QStringLiteral("email");
        record.identityValue = each.email;
        record.provider
            = each.model == gpt ? QStringLiteral("openai") : QStringLiteral("anthropic");
        record.model = each.model;
        record.project = each.project;
        record.tokens.input = each.tokens;
        record.requests = 1;
        record.costKind = CostKind::Estimated;
        record.costMicros = each.costMicros;
        const auto written
            = ledger.writeUsage(each.source == laptop ? *laptopId : *gatewayId, {record});
        QVERIFY2(written, qPrintable(written ? QString() : written.error().detail));
    }

    m_engineeringBudget
        = addBudget(BudgetScope::Team, QStringLiteral("Engineering"), 10'000'000, {50, 100});
    m_platformBudget
        = addBudget(BudgetScope::Team, QStringLiteral("Platform"), 10'000'000, {50, 100});
    m_salesBudget = addBudget(BudgetScope::Team, QStringLiteral("Sales"), 10'000'000, {50, 100});
    m_benBudget
        = addBudget(BudgetScope::Person, QStringLiteral("ben@example.com"), 5'000'000, {80, 100});
}

qint64 DashboardFixture::addBudget(BudgetScope scope, const QString &name, qint64 limitMicros,
                                   const QList<int> &thresholds)
{
    Budget budget;
    budget.scope = scope;
    budget.scopeName = name;
    budget.limitMicros = limitMicros;
    budget.thresholds = thresholds;
    const Result<qint64> id = BudgetStore(ledger()).add(budget, nowMs());
    if (!id)
        qFatal("dashboard fixture: %s", qPrintable(id.error().detail));
    return *id;
}

qint64 DashboardFixture::nowMs()
{
    return BudgetFixture::utc(2026, 11, 22);
}

std::optional<DirectorySnapshot> DashboardTesting::directory(QueryService &queries)
{
    // Answers come from the service's thread: the context object receives them on this one.
    QObject context;
    quint64 ticket = 0;
    std::optional<DirectorySnapshot> snapshot;
    QObject::connect(&queries, &QueryService::directoryReady, &context,
                     [&](quint64 answered, const DirectorySnapshot &directory) {
                         if (answered == ticket)
                             snapshot = directory;
                     });
    ticket = queries.requestDirectory();
    if (!QTest::qWaitFor([&] { return snapshot.has_value(); }, 10'000))
        return std::nullopt;
    return snapshot;
}
