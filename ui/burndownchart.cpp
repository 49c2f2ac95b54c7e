#include "burndownchart.h"

#include "itemmodels/displayformat.h"
#include "theme.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace {

const QColor actualColour(0x4e79a7); // the first series colour of the bar charts
const QColor forecastColour(0xf28e2b);
const QColor evenColour(0x9d9d9d);

double valueOf(const BurnDown &burnDown, qint64 value)
{
    return burnDown.inTokens ? double(value) : DisplayFormat::chartValue(value);
}

} // namespace

BurnDownChart::BurnDownChart(QWidget *parent) : ThemedChartView(parent)
{
    setMinimumHeight(200);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

void BurnDownChart::clear()
{
    m_hasBurnDown = false;
    m_burnDown = {};
    chart()->removeAllSeries();
    m_actual = m_forecast = nullptr;
    for (QAbstractAxis *axis : chart()->axes())
        chart()->removeAxis(axis);
}

void BurnDownChart::setBurnDown(const BurnDown &burnDown)
{
    clear();
    m_burnDown = burnDown;
    m_hasBurnDown = true;
    QChart *chart = this->chart();
    const auto line = [&](const QString &name, const QList<BurnDownPoint> &points,
                          const QColor &colour, Qt::PenStyle style) {
        auto *series = new QLineSeries;
        series->setName(name);
        for (const BurnDownPoint &point : points)
            series->append(double(point.atMs), valueOf(burnDown, point.remaining));
        QPen pen(colour, style == Qt::SolidLine ? 2.5 : 2.0, style);
        series->setPen(pen);
        chart->addSeries(series);
        return series;
    };
    line(tr("Even pace"), burnDown.evenPace, evenColour, Qt::DotLine);
    m_actual = line(tr("Left"), burnDown.actual, actualColour, Qt::SolidLine);
    if (!burnDown.forecast.isEmpty())
        m_forecast = line(tr("Forecast"), burnDown.forecast, forecastColour, Qt::DashLine);

    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("d MMM"));
    time->setRange(QDateTime::fromMSecsSinceEpoch(burnDown.startMs),
                   QDateTime::fromMSecsSinceEpoch(std::max(burnDown.endMs, burnDown.startMs + 1)));
    time->setTickCount(6);
    auto *values = new QValueAxis;
    double lowest = 0;
    double highest = valueOf(burnDown, burnDown.limit);
    for (const QList<BurnDownPoint> *points : {&burnDown.actual, &burnDown.forecast}) {
        for (const BurnDownPoint &point : *points) {
            lowest = std::min(lowest, valueOf(burnDown, point.remaining));
            highest = std::max(highest, valueOf(burnDown, point.remaining));
        }
    }
    values->setRange(lowest, std::max(highest, lowest + 1.0));
    values->applyNiceNumbers();
    values->setLabelFormat(burnDown.inTokens ? QStringLiteral("%.0f")
                                             : DisplayFormat::chartLabelFormat(values->max()));
    QFont small = time->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    time->setLabelsFont(small);
    values->setLabelsFont(small);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(time);
        series->attachAxis(values);
    }
    Theme::applyTo(time, palette());
    Theme::applyTo(values, palette());
}

void BurnDownChart::themeChanged()
{
    if (m_hasBurnDown)
        setBurnDown(BurnDown(m_burnDown));
}
