#pragma once

#include "budgets/burndown.h"
#include "themedchartview.h"

class QLineSeries;

// A budget's burn-down: what is left of the limit through the period so far (solid), where the
// forecast pace takes it by the period's end (dashed) and the even pace that would spend the
// limit exactly (dotted). Below zero is overspent.
class BurnDownChart : public ThemedChartView
{
    Q_OBJECT
public:
    explicit BurnDownChart(QWidget *parent = nullptr);

    void setBurnDown(const BurnDown &burnDown);
    void clear();
    const BurnDown &burnDown() const { return m_burnDown; }
    QLineSeries *actualSeries() const { return m_actual; }
    QLineSeries *forecastSeries() const { return m_forecast; }

protected:
    void themeChanged() override;

private:
    BurnDown m_burnDown;
    bool m_hasBurnDown = false;
    QLineSeries *m_actual = nullptr;
    QLineSeries *m_forecast = nullptr;
};
