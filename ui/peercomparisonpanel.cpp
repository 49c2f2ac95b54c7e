#include "peercomparisonpanel.h"

#include "itemmodels/displayformat.h"
#include "peerdistributionchart.h"
#include "tableviews.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {

QLabel *cellLabel(const QString &text, QWidget *parent, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(alignment | Qt::AlignVCenter);
    return label;
}

} // namespace

PeerComparisonPanel::PeerComparisonPanel(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Compared with your peers"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(TableViews::sectionTitle(tr("Compared with your peers"), this));

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Peer comparison"));
    m_message->hide();
    layout->addWidget(m_message);

    m_table = new QWidget(this);
    m_grid = new QGridLayout(m_table);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(3);
    const QStringList headers
        = {QString(), tr("Percentile"), tr("Median"), tr("Middle half (25th–75th)")};
    for (int column = 0; column < headers.size(); ++column) {
        QLabel *header
            = cellLabel(headers[column], m_table, column == 0 ? Qt::AlignLeft : Qt::AlignRight);
        header->setForegroundRole(QPalette::PlaceholderText);
        m_grid->addWidget(header, 0, column);
    }
    m_grid->setColumnStretch(0, 1);
    layout->addWidget(m_table);

    m_note = new QLabel(tr("Percentile: the share of the group spending less than you, with "
                           "half of those spending the same. Nobody is named, and groups of "
                           "fewer than 5 people are not shown."),
                        this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_note->setFont(small);
    layout->addWidget(m_note);

    m_distribution = new QWidget(this);
    auto *distributionLayout = new QVBoxLayout(m_distribution);
    distributionLayout->setContentsMargins(0, 4, 0, 0);
    auto *selectorRow = new QHBoxLayout;
    auto *selectorLabel = new QLabel(tr("&Distribution of:"), m_distribution);
    m_selector = new QComboBox(m_distribution);
    m_selector->setAccessibleName(tr("Group whose spend distribution is shown"));
    selectorLabel->setBuddy(m_selector);
    selectorRow->addWidget(selectorLabel);
    selectorRow->addWidget(m_selector);
    selectorRow->addStretch(1);
    distributionLayout->addLayout(selectorRow);
    m_chart = new PeerDistributionChart(m_distribution);
    m_chart->setAccessibleName(tr("Spend distribution of your peers"));
    distributionLayout->addWidget(m_chart, 1);
    layout->addWidget(m_distribution, 1);
    layout->addStretch(0); // keeps a sentence alone at the top when there is no chart

    connect(m_selector, &QComboBox::currentIndexChanged, this,
            &PeerComparisonPanel::showDistribution);
}

QString PeerComparisonPanel::groupTitle(const PeerGroup &group)
{
    return group.kind == PeerGroupKind::Team ? tr("Team %1").arg(group.name) : tr("Organisation");
}

void PeerComparisonPanel::clearRows()
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_summaries.clear();
}

void PeerComparisonPanel::showMessage(const QString &message)
{
    m_comparison = {};
    clearRows();
    m_message->setText(message);
    m_message->show();
    m_table->hide();
    m_note->hide();
    m_distribution->hide();
    m_selector->clear();
    m_chart->clear();
}

void PeerComparisonPanel::setComparison(const PeerComparison &comparison)
{
    if (!comparison.isEnabled) {
        showMessage(tr("Peer comparison is turned off for this organisation: an administrator "
                       "can turn it on (ledger setting peer_comparison)."));
        return;
    }
    if (comparison.groups.isEmpty()) {
        showMessage(tr("There is nobody to compare you with."));
        return;
    }
    clearRows();
    m_comparison = comparison;
    m_message->hide();
    m_table->show();
    m_note->show();

    const QSignalBlocker blocker(m_selector);
    m_selector->clear();
    const QLocale locale;
    for (int i = 0; i < comparison.groups.size(); ++i) {
        const PeerGroup &group = comparison.groups[i];
        const int row = i + 1;
        const QString title = groupTitle(group);
        QLabel *name
            = cellLabel(group.size == 1 ? tr("%1 (only you)").arg(title)
                                        : tr("%1 (%n people)", nullptr, group.size).arg(title),
                        m_table);
        m_grid->addWidget(name, row, 0);
        m_rowWidgets.append(name);
        QString summary;
        if (!group.isShown) {
            summary = group.size == 1
                ? tr("%1 has only you: groups of fewer than 5 are not shown, so nobody's spend "
                     "can be told from the figures.")
                      .arg(title)
                : tr("%1 has only %n people: groups of fewer than 5 are not shown, so nobody's "
                     "spend can be told from the figures.",
                     nullptr, group.size)
                      .arg(title);
            QLabel *hidden
                = cellLabel(tr("Not shown: groups of fewer than 5 people stay private."), m_table);
            hidden->setWordWrap(true);
            hidden->setForegroundRole(QPalette::PlaceholderText);
            hidden->setToolTip(summary);
            m_grid->addWidget(hidden, row, 1, 1, 3);
            m_rowWidgets.append(hidden);
        } else {
            const QString percentile = locale.toString(qRound(group.percentile));
            const QString median = DisplayFormat::money(group.medianMicros);
            const QString low = DisplayFormat::money(group.firstQuartileMicros);
            const QString high = DisplayFormat::money(group.thirdQuartileMicros);
            summary = tr("%1, %n people: percentile %2, median %3, middle half %4 to %5", nullptr,
                         group.size)
                          .arg(title, percentile, median, low, high);
            QLabel *percentileLabel = cellLabel(percentile, m_table, Qt::AlignRight);
            QFont bold = percentileLabel->font();
            bold.setBold(true);
            percentileLabel->setFont(bold);
            const QList<QLabel *> cells
                = {percentileLabel, cellLabel(median, m_table, Qt::AlignRight),
                   cellLabel(tr("%1 – %2").arg(low, high), m_table, Qt::AlignRight)};
            for (int column = 0; column < cells.size(); ++column) {
                m_grid->addWidget(cells[column], row, column + 1);
                m_rowWidgets.append(cells[column]);
            }
            m_selector->addItem(title, i);
        }
        name->setAccessibleDescription(summary);
        m_summaries.append(summary);
    }
    if (m_selector->count() == 0) {
        m_distribution->hide();
        m_chart->clear();
        return;
    }
    m_distribution->show();
    m_selector->setCurrentIndex(0);
    showDistribution();
}

void PeerComparisonPanel::showDistribution()
{
    const int index = m_selector->currentData().toInt();
    if (m_selector->currentIndex() < 0 || index < 0 || index >= m_comparison.groups.size()) {
        m_chart->clear();
        return;
    }
    const PeerGroup &group = m_comparison.groups[index];
    m_chart->setGroup(group, group.binOf(m_comparison.spentMicros));
    m_chart->setAccessibleName(tr("Spend distribution of %1").arg(groupTitle(group)));
}

QString PeerComparisonPanel::groupSummary(int index) const
{
    return m_summaries.value(index, QString());
}

QString PeerComparisonPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}
