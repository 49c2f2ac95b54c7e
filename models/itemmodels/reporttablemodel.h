#pragma once

#include "ledger/reportquery.h"
#include "tablemodelbase.h"

// A Report as a table: one column per group-by key (a person is shown as name and email), then
// cost, share of the total cost, tokens, requests and cost kind. Unpriced cost reads "unpriced",
// never "$0.00"; ItemRole::Sort gives raw numbers.
class ReportTableModel : public TableModelBase
{
    Q_OBJECT
public:
    enum class Field { Key, PersonName, Cost, Share, Tokens, Requests, CostKind };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setReport(const Report &report);
    const Report &report() const { return m_report; }
    void clear() { setReport({}); }

    int columnOf(Field field, int keyIndex = 0) const; // -1 when absent
    const ReportRow &row(int row) const { return m_report.rows.at(row); }

    // The rows in the model's order, as `report --json` names things: one column per key
    // (reportKeyName; a person adds person_name), then cost_usd (empty when unpriced),
    // cost_kind, the token counters and requests.
    QByteArray toCsv() const;

    static QString keyTitle(ReportKey key);
    // "(no team)", "(unattributed)", ... for a null or empty key value.
    static QString keyText(ReportKey key, const QString &value);

protected:
    int rows() const override { return int(m_report.rows.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    struct Column
    {
        Field field = Field::Key;
        int keyIndex = 0;
    };
    Report m_report;
    QList<Column> m_columns;
};
