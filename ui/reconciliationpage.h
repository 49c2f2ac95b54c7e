#pragma once

#include "dashboardpage.h"
#include "ledger/reconciliationquery.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class ReconciliationModel;

// Billed against estimated spend per day (or week, month) and source for the selected period,
// with totals, so an admin sees where the provider's bill and Burnrate's estimate part ways.
class ReconciliationPage : public DashboardPage
{
    Q_OBJECT
public:
    ReconciliationPage(QueryService *queries, const Clock *clock, QWidget *parent = nullptr);

    ReconciliationModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *granularitySelector() const { return m_granularity; }
    QLabel *totalsLabel() const { return m_totals; }
    QPushButton *exportButton() const { return m_export; }

    // Writes the table as CSV to `path` (whole or not at all); false with a message on failure.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

    DashboardFilter::Fields filterFields() const override { return DashboardFilter::Source; }

protected:
    void reload() override;

private:
    void showReconciliation(const Reconciliation &reconciliation);
    void chooseExportFile();

    QComboBox *m_granularity = nullptr;
    QLabel *m_totals = nullptr;
    QPushButton *m_export = nullptr;
    ReconciliationModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};
