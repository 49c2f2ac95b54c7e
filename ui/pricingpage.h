#pragma once

#include "dashboardpage.h"

class PriceTableModel;
class QLabel;
class QLineEdit;
class QTableView;

// The price table in force: rates per million tokens per model, with a filter.
class PricingPage : public DashboardPage
{
    Q_OBJECT
public:
    PricingPage(QueryService *queries, const Clock *clock, QWidget *parent = nullptr);

    PriceTableModel *pricesModel() const { return m_prices; }
    QLabel *versionLabel() const { return m_version; }

protected:
    void reload() override;
    bool followsPeriod() const override { return false; }

public:
    DashboardFilter::Fields filterFields() const override { return DashboardFilter::Model; }

protected:
private:
    void showPrices(const PriceSnapshot &prices);

    QLabel *m_version = nullptr;
    QLabel *m_note = nullptr;
    QLineEdit *m_filter = nullptr;
    QString m_filledModel; // the tool bar's model the filter was last filled with
    PriceTableModel *m_prices = nullptr;
    QTableView *m_view = nullptr;
};
