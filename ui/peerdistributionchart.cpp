#include "peerdistributionchart.h"

#include "itemmodels/displayformat.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace {

const QColor peersColour(0xa0cbe8); // a light blue: the crowd, on light and dark alike
const QColor personColour(0xf28e2b); // the orange the other charts give their second series

// "you" beside the person's bar, in its orange, dark enough to read on a light chart.
QColor markerColour(const QPalette &palette)
{
    return Theme::colorSchemeOf(palette) == ColorScheme::Dark ? personColour
                                                              : personColour.darker(150);
}

} // namespace

QString PeerDistributionChart::binText(int index) const
{
    const int people = m_group.histogram[index].people;
    if (index == m_personBin) {
        return people == 1
            ? tr("%1: you alone").arg(m_labels[index])
            : tr("%1: %n people, you among them", nullptr, people).arg(m_labels[index]);
    }
    return people == 1 ? tr("%1: 1 person").arg(m_labels[index])
                       : tr("%1: %n people", nullptr, people).arg(m_labels[index]);
}

PeerDistributionChart::PeerDistributionChart(QWidget *parent) : ThemedChartView(parent)
{
    setMinimumHeight(170);
    QChart *chart = this->chart();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setVisible(false);
    m_marker = new QGraphicsSimpleTextItem(chart);
    QFont bold = m_marker->font();
    bold.setBold(true);
    m_marker->setFont(bold);
    m_marker->setBrush(markerColour(palette()));
    m_marker->setZValue(10);
    m_marker->hide();
    connect(chart, &QChart::plotAreaChanged, this, &PeerDistributionChart::placePersonMarker);
}

QString PeerDistributionChart::binLabel(const PeerHistogramBin &bin)
{
    // Short, as axis labels must be: "$40–50" or "40–50 €", the currency's symbol once.
    if (bin.fromMicros <= 0)
        return tr("under %1").arg(DisplayFormat::compactMoney(bin.toMicros));
    return DisplayFormat::withCurrencySymbol(tr("%1–%2").arg(
        DisplayFormat::compactFigure(bin.fromMicros), DisplayFormat::compactFigure(bin.toMicros)));
}

void PeerDistributionChart::clear()
{
    setGroup({}, -1);
}

void PeerDistributionChart::setGroup(const PeerGroup &group, int personBin)
{
    m_group = group;
    m_personBin = personBin >= 0 && personBin < group.histogram.size() ? personBin : -1;
    m_labels.clear();
    QChart *chart = this->chart();
    chart->removeAllSeries();
    m_peers = m_person = nullptr;
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    m_marker->hide();
    if (group.histogram.isEmpty()) {
        setAccessibleDescription({});
        return;
    }

    // Bars lie down, one row per spend range, so every range keeps a readable label; the
    // dearest range is on top.
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.8);
    m_peers = new QBarSet(tr("people"));
    m_person = new QBarSet(tr("you"));
    m_peers->setColor(peersColour);
    m_person->setColor(personColour);
    for (QBarSet *set : {m_peers, m_person})
        set->setBorderColor(Qt::transparent);
    QStringList described;
    int most = 0;
    for (qsizetype i = 0; i < group.histogram.size(); ++i) {
        const PeerHistogramBin &bin = group.histogram[i];
        const bool isPerson = i == m_personBin;
        m_peers->append(isPerson ? 0 : bin.people);
        m_person->append(isPerson ? bin.people : 0);
        m_labels.append(binLabel(bin));
        most = std::max(most, bin.people);
    }
    for (int i = 0; i < m_labels.size(); ++i)
        described.append(binText(i));
    series->append(m_peers);
    series->append(m_person);
    for (QBarSet *set : {m_peers, m_person}) {
        connect(set, &QBarSet::hovered, this, [this](bool entered, int index) {
            if (!entered || index < 0 || index >= m_group.histogram.size()) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), binText(index), this);
        });
    }
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    categories->append(m_labels);
    categories->setTruncateLabels(false);
    auto *values = new QValueAxis;
    // Room right of the longest bar for the marker.
    values->setRange(0, std::max(2, most + std::max(1, (most + 2) / 3)));
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(std::max(1, (most + 4) / 5));
    values->setLabelFormat(QStringLiteral("%d"));
    values->setTitleText(tr("people"));
    QFont small = categories->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categories->setLabelsFont(small);
    values->setLabelsFont(small);
    values->setTitleFont(small);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    Theme::applyTo(categories, palette());
    Theme::applyTo(values, palette());

    setAccessibleDescription(described.join(QStringLiteral("; ")));
    if (m_personBin >= 0) {
        m_marker->setText(personMarkerText());
        m_marker->show();
        placePersonMarker();
    }
}

void PeerDistributionChart::themeChanged()
{
    // The new chart theme recoloured the bars: build them again in their own colours.
    m_marker->setBrush(markerColour(palette()));
    setGroup(PeerGroup(m_group), m_personBin);
}

QList<int> PeerDistributionChart::peopleCounts() const
{
    QList<int> counts;
    for (const PeerHistogramBin &bin : m_group.histogram)
        counts.append(bin.people);
    return counts;
}

QString PeerDistributionChart::personMarkerText() const
{
    return tr("you");
}

void PeerDistributionChart::placePersonMarker()
{
    if (m_personBin < 0 || !m_person || chart()->series().isEmpty())
        return;
    const QPointF end = chart()->mapToPosition(
        QPointF(m_group.histogram[m_personBin].people, m_personBin), chart()->series().first());
    const QRectF box = m_marker->boundingRect();
    m_marker->setPos(end.x() + 4, end.y() - box.height() / 2);
}
