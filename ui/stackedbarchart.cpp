#include "stackedbarchart.h"

#include "itemmodels/displayformat.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace {

// Tableau 10: distinct, colour-blind friendlier than the default theme, and readable on the light
// and the dark theme's background alike; grey for the rest.
const QList<QColor> seriesColours = {
    QColor(0x4e79a7), QColor(0xf28e2b), QColor(0xe15759), QColor(0x76b7b2), QColor(0x59a14f),
    QColor(0xedc948), QColor(0xb07aa1), QColor(0xff9da7), QColor(0x9c755f),
};
const QColor otherColour(0xbab0ac);

} // namespace

StackedBarChart::StackedBarChart(Orientation orientation, QWidget *parent)
    : ThemedChartView(parent), m_orientation(orientation)
{
    setMinimumHeight(220);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

void StackedBarChart::setBreakdown(const StackedBreakdown &breakdown)
{
    m_breakdown = breakdown;
    m_hasBreakdown = true;
    QChart *chart = this->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);

    const bool horizontal = m_orientation == Orientation::Horizontal;
    QAbstractBarSeries *series = horizontal
        ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
        : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    series->setBarWidth(horizontal ? 0.7 : 0.8);
    // Horizontal axes count from the bottom: reverse so the first (largest) category is on top.
    QStringList labels = breakdown.categoryLabels;
    QList<int> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    if (horizontal) {
        std::reverse(labels.begin(), labels.end());
        std::reverse(order.begin(), order.end());
    }
    for (qsizetype s = 0; s < breakdown.series.size(); ++s) {
        auto *set = new QBarSet(breakdown.series[s]);
        const bool isOther = breakdown.hasOther && s == breakdown.series.size() - 1;
        set->setColor(isOther ? otherColour : seriesColours[s % seriesColours.size()]);
        set->setBorderColor(Qt::transparent);
        for (const int c : order)
            set->append(DisplayFormat::chartValue(breakdown.micros[s].value(c)));
        const QString name = breakdown.series[s];
        connect(set, &QBarSet::hovered, this,
                [this, name](bool entered, int index) { showToolTip(name, index, entered); });
        series->append(set);
    }
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    // Names are what the chart is about: never "..." (Qt elides them when it lays out small).
    categories->setTruncateLabels(false);
    auto *values = new QValueAxis;
    const double largest = DisplayFormat::chartValue(breakdown.largestStackMicros());
    values->setRange(0, std::max(largest * 1.05, 1.0));
    values->applyNiceNumbers();
    values->setLabelFormat(DisplayFormat::chartLabelFormat(values->max()));
    QFont small = categories->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    categories->setLabelsFont(small);
    values->setLabelsFont(small);
    if (!horizontal && labels.size() > 16)
        categories->setLabelsAngle(-60);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    Theme::applyTo(categories, palette());
    Theme::applyTo(values, palette());
    chart->legend()->setVisible(breakdown.series.size() > 1 || !breakdown.series.isEmpty());
    if (horizontal)
        setMinimumHeight(std::max(220, int(60 + 26 * labels.size())));
}

void StackedBarChart::themeChanged()
{
    // The new chart theme recoloured the bars: build them again in the series' own colours.
    if (m_hasBreakdown)
        setBreakdown(StackedBreakdown(m_breakdown));
}

void StackedBarChart::showToolTip(const QString &series, int index, bool entered)
{
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    const qsizetype category = m_orientation == Orientation::Horizontal
        ? m_breakdown.categories.size() - 1 - index
        : index;
    const qsizetype s = m_breakdown.series.indexOf(series);
    if (category < 0 || category >= m_breakdown.categories.size() || s < 0)
        return;
    QToolTip::showText(QCursor::pos(),
                       tr("%1\n%2: %3")
                           .arg(m_breakdown.categoryLabels.value(category), series,
                                DisplayFormat::money(m_breakdown.micros[s].value(category))),
                       this);
}
