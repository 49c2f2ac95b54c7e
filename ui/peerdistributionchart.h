#pragma once

#include "analytics/peercomparison.h"
#include "themedchartview.h"

class QBarSet;
class QGraphicsSimpleTextItem;

// A peer group's histogram as horizontal bars: people per spend range, the bar holding the
// person's own spend in another colour and marked "you". Shows counts and ranges only, never a
// person.
class PeerDistributionChart : public ThemedChartView
{
    Q_OBJECT
public:
    explicit PeerDistributionChart(QWidget *parent = nullptr);

    // `personBin` is PeerGroup::binOf(the person's spend); -1 marks nothing.
    void setGroup(const PeerGroup &group, int personBin);
    void clear();

    int binCount() const { return int(m_group.histogram.size()); }
    int personBin() const { return m_personBin; }
    QStringList categoryLabels() const { return m_labels; }
    // People per bar as shown, the person's bar included.
    QList<int> peopleCounts() const;
    QString personMarkerText() const;

    // "$1–2", "under $0.01": the spend range of a bin.
    static QString binLabel(const PeerHistogramBin &bin);

protected:
    void themeChanged() override;

private:
    QString binText(int index) const; // "$1–$2: 3 people", for tooltips and screen readers
    void placePersonMarker();

    PeerGroup m_group;
    int m_personBin = -1;
    QStringList m_labels;
    QBarSet *m_peers = nullptr;
    QBarSet *m_person = nullptr;
    QGraphicsSimpleTextItem *m_marker = nullptr;
};
