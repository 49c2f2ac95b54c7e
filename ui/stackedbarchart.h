#pragma once

#include "analytics/breakdown.h"
#include "themedchartview.h"

// Spend as stacked bars: one bar per category (a day, a person, a team), one segment per series
// (a model). Vertical bars suit days, horizontal bars suit names.
class StackedBarChart : public ThemedChartView
{
    Q_OBJECT
public:
    enum class Orientation { Vertical, Horizontal };

    explicit StackedBarChart(Orientation orientation, QWidget *parent = nullptr);

    void setBreakdown(const StackedBreakdown &breakdown);
    const StackedBreakdown &breakdown() const { return m_breakdown; }
    int barCount() const { return int(m_breakdown.categories.size()); }

protected:
    void themeChanged() override;

private:
    void showToolTip(const QString &series, int index, bool entered);

    Orientation m_orientation;
    StackedBreakdown m_breakdown;
    bool m_hasBreakdown = false;
};
