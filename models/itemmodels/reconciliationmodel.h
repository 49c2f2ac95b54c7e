#pragma once

#include "ledger/reconciliationquery.h"
#include "tablemodelbase.h"

// A Reconciliation as a table: period, source, billed, estimated and billed − estimated. Billed
// reads "—" where the source has no billed figure, the difference "no billed data" where nothing
// can be compared, never a misleading number. ItemRole::Sort gives raw micro-dollars (rows
// without a figure sort below every figure).
class ReconciliationModel : public TableModelBase
{
    Q_OBJECT
public:
    enum Column { Period, Source, Billed, Estimated, Difference, ColumnCount };

    explicit ReconciliationModel(QObject *parent = nullptr);

    void setReconciliation(const Reconciliation &reconciliation);
    const Reconciliation &reconciliation() const { return m_reconciliation; }
    void clear() { setReconciliation({}); }

    // The rows as RFC 4180 CSV with plain decimal dollars (empty where there is no figure), for
    // spreadsheets: period,source,source_kind,billed_usd,estimated_usd,difference_usd.
    QByteArray toCsv() const;

    static QString billedText(const ReconciliationFigures &figures);
    static QString differenceText(const ReconciliationFigures &figures);
    static QString billedToolTip();
    static QString estimatedToolTip();
    static QString differenceToolTip(const ReconciliationFigures &figures);

protected:
    int rows() const override { return int(m_reconciliation.rows.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    Reconciliation m_reconciliation;
};
