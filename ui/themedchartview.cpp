#include "themedchartview.h"

#include "theme.h"

#include <QEvent>

ThemedChartView::ThemedChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    setChart(chart);
    Theme::applyTo(chart, palette());
}

void ThemedChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    Theme::applyTo(chart(), palette());
    themeChanged();
}
