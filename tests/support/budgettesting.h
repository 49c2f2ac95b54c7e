#pragma once

#include "support/templedger.h"

#include <QDateTime>
#include <QString>

#include <memory>

// A ledger with a small organisation for budget and alert tests:
//   Rita (admin, Leadership)
//   Ana (manager of Engineering, reports to Rita)
//   Pia (manager of Engineering/Platform, reports to Ana); Ben and Cy in Platform report to Pia
//   Dan (Sales, reports to Rita)
// and a way to spend money or tokens at an instant.
class BudgetFixture
{
public:
    BudgetFixture();

    Ledger &ledger() { return m_temp->ledger(); }
    QString path() const { return m_temp->path(); }

    // Writes one usage record (a new one per call) for the person at the instant.
    void spend(const QString &email, qint64 atMs, qint64 micros, qint64 tokens = 1000,
               const QString &model = QStringLiteral("claude-sonnet-4-5"),
               const QString &source = QStringLiteral("laptop"));
    // Rewrites an earlier record (its key) with another amount: a provider revising a bucket.
    void revise(const QString &key, const QString &email, qint64 atMs, qint64 micros);
    // The key of the record the last spend() wrote.
    QString lastKey() const { return QString::number(m_records); }

    static qint64 utc(int year, int month, int day, int hour = 12, int minute = 0)
    {
        return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc())
            .toMSecsSinceEpoch();
    }

private:
    std::unique_ptr<TempLedger> m_temp;
    int m_records = 0;
};
