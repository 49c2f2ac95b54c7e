#include "budgettesting.h"

#include "core/usagerecord.h"
#include "ledger/peopledirectory.h"

#include <QTest>

namespace {

UsageRecord record(const QString &key, const QString &email, qint64 atMs, qint64 micros,
                   qint64 tokens, const QString &model)
{
    UsageRecord usage;
    usage.externalKey = key;
    usage.startMs = usage.endMs = atMs;
    usage.identityKind = QStringLiteral("email");
    usage.identityValue = email;
    usage.provider = QStringLiteral("anthropic");
    usage.model = model;
    usage.tokens.input = tokens;
    usage.costKind = CostKind::Estimated;
    usage.costMicros = micros;
    return usage;
}

} // namespace

BudgetFixture::BudgetFixture() : m_temp(std::make_unique<TempLedger>())
{
    const Result<PeopleImportStats> imported = PeopleDirectory(m_temp->ledger()).importCsv(
        "email,name,team,manager,role,identities\n"
        "rita@example.com,Rita,Leadership,,admin,\n"
        "ana@example.com,Ana,Engineering,rita@example.com,manager,\n"
        "pia@example.com,Pia,Engineering/Platform,ana@example.com,manager,\n"
        "ben@example.com,Ben,Engineering/Platform,pia@example.com,employee,\n"
        "cy@example.com,Cy,Engineering/Platform,pia@example.com,employee,\n"
        "dan@example.com,Dan,Sales,rita@example.com,employee,\n");
    if (!imported)
        qFatal("budget fixture: %s", qPrintable(imported.error().detail));
}

void BudgetFixture::spend(const QString &email, qint64 atMs, qint64 micros, qint64 tokens,
                          const QString &model, const QString &source)
{
    Result<qint64> sourceId = ledger().ensureSource(
        source == QLatin1String("laptop") ? QStringLiteral("claude-code") : source, source);
    QVERIFY(sourceId);
    ++m_records;
    const auto written = ledger().writeUsage(
        *sourceId, {record(lastKey(), email, atMs, micros, tokens, model)});
    QVERIFY2(written, qPrintable(written ? QString() : written.error().detail));
}

void BudgetFixture::revise(const QString &key, const QString &email, qint64 atMs, qint64 micros)
{
    Result<qint64> sourceId
        = ledger().ensureSource(QStringLiteral("claude-code"), QStringLiteral("laptop"));
    QVERIFY(sourceId);
    const auto written = ledger().writeUsage(
        *sourceId,
        {record(key, email, atMs, micros, 1000, QStringLiteral("claude-sonnet-4-5"))});
    QVERIFY(written);
}
