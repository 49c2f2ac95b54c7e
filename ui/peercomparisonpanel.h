#pragma once

#include "analytics/peercomparison.h"

#include <QWidget>

class PeerDistributionChart;
class QComboBox;
class QGridLayout;
class QLabel;

// Where the person stands among their team and the organisation: percentile, median and
// quartiles per group, and the distribution of one group with the person's bar marked. A group
// under five people, or the admin's switch turned off, gets a sentence saying why instead.
class PeerComparisonPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PeerComparisonPanel(QWidget *parent = nullptr);

    void setComparison(const PeerComparison &comparison);
    // The comparison could not be made: the reason instead of the figures.
    void showMessage(const QString &message);

    // What a row says, as one sentence (also its accessible description): "Team Platform, 6
    // people: percentile 58, median $3.00, middle half $1.50 to $4.00". -1 past the groups.
    QString groupSummary(int index) const;
    int groupCount() const { return int(m_comparison.groups.size()); }
    // The sentence shown instead of figures (switched off, nothing to compare); empty otherwise.
    QString message() const;
    QComboBox *groupSelector() const { return m_selector; }
    PeerDistributionChart *chart() const { return m_chart; }

    static QString groupTitle(const PeerGroup &group);

private:
    void clearRows();
    void showDistribution();

    PeerComparison m_comparison;
    QStringList m_summaries;
    QLabel *m_message = nullptr;
    QWidget *m_table = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_note = nullptr;
    QList<QWidget *> m_rowWidgets;
    QWidget *m_distribution = nullptr;
    QComboBox *m_selector = nullptr;
    PeerDistributionChart *m_chart = nullptr;
};
