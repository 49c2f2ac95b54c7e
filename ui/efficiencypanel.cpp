#include "efficiencypanel.h"

#include "itemmodels/displayformat.h"
#include "tableviews.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QVBoxLayout>

namespace {

QLabel *textLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString percentText(double share)
{
    return QLocale().toString(100.0 * share, 'f', 0);
}

} // namespace

EfficiencyPanel::EfficiencyPanel(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Efficiency"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(TableViews::sectionTitle(tr("Efficiency (estimated)"), this));
    m_message = textLabel(this);
    m_message->hide();
    layout->addWidget(m_message);

    m_body = new QWidget(this);
    auto *grid = new QGridLayout(m_body);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    const auto rowTitle = [this](const QString &text) {
        auto *label = new QLabel(text, m_body);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        return label;
    };
    m_cache = textLabel(m_body);
    m_cache->setAccessibleName(tr("Cache reads"));
    m_cache->setToolTip(tr("Cache reads over every prompt token (uncached input, cache writes and "
                           "cache reads). The saving prices the cache reads at the full input "
                           "price instead, with the price table in force."));
    m_expensive = textLabel(m_body);
    m_expensive->setAccessibleName(tr("Spend on expensive models"));
    grid->addWidget(rowTitle(tr("Cache reads")), 0, 0);
    grid->addWidget(m_cache, 0, 1);
    grid->addWidget(rowTitle(tr("Expensive models")), 1, 0);
    grid->addWidget(m_expensive, 1, 1);

    auto *whatIf = new QVBoxLayout;
    whatIf->setSpacing(2);
    auto *sliderRow = new QHBoxLayout;
    auto *moveLabel = new QLabel(tr("&Move"), m_body);
    m_slider = new QSlider(Qt::Horizontal, m_body);
    m_slider->setRange(0, 100);
    m_slider->setSingleStep(5);
    m_slider->setPageStep(10);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(25);
    m_slider->setValue(25);
    m_slider->setAccessibleName(tr("Share of the expensive models' work to move"));
    moveLabel->setBuddy(m_slider);
    m_percent = new QLabel(m_body);
    m_percent->setMinimumWidth(m_percent->fontMetrics().horizontalAdvance(tr("%1 %").arg(100)));
    m_percent->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    sliderRow->addWidget(moveLabel);
    sliderRow->addWidget(m_slider, 1);
    sliderRow->addWidget(m_percent);
    whatIf->addLayout(sliderRow);
    m_saving = textLabel(m_body);
    m_saving->setAccessibleName(tr("What moving work would save"));
    whatIf->addWidget(m_saving);
    grid->addWidget(rowTitle(tr("What if")), 2, 0);
    grid->addLayout(whatIf, 2, 1);
    grid->setColumnStretch(1, 1);
    layout->addWidget(m_body);

    m_unpriced = textLabel(this);
    m_unpriced->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_unpriced);
    layout->addStretch(1);

    connect(m_slider, &QSlider::valueChanged, this, &EfficiencyPanel::showSaving);
}

void EfficiencyPanel::showMessage(const QString &message)
{
    m_figures = {};
    m_message->setText(message);
    m_message->show();
    m_body->hide();
    m_unpriced->hide();
}

void EfficiencyPanel::setFigures(const EfficiencyFigures &figures)
{
    m_figures = figures;
    m_message->hide();
    m_body->show();

    if (figures.promptTokens == 0) {
        m_cache->setText(tr("No input tokens in this period."));
    } else {
        m_cache->setText(tr("%1 % of input tokens were read from the cache, which saved %2 "
                            "(estimated) against paying the full input price.")
                             .arg(percentText(figures.cacheReadShare()),
                                  DisplayFormat::money(figures.cacheSavingMicros)));
    }

    if (figures.expensiveModels.isEmpty()) {
        m_expensive->setText(tr("None: the models you used that have a price cost about the same "
                                "per output token."));
    } else {
        m_expensive->setText(tr("%1 % of your spend (%2, estimated) went to %3, the dearest "
                                "third of your models by output price.")
                                 .arg(percentText(figures.expensiveShare()),
                                      DisplayFormat::money(figures.expensiveSpentMicros),
                                      QLocale().createSeparatedList(figures.expensiveModels)));
    }

    m_expensive->setToolTip(
        tr("Expensive: among the models you used that have a price, those whose output price is "
           "in the top third of their range, from the cheapest plus two thirds of the way to the "
           "dearest (%1 per million output tokens in this period).")
            .arg(figures.expensiveModels.isEmpty()
                     ? tr("none")
                     : DisplayFormat::money(figures.expensiveFromRate)));
    m_slider->setEnabled(figures.hasWhatIf());
    showSaving();

    m_unpriced->setVisible(!figures.unpricedModels.isEmpty());
    m_unpriced->setText(tr("Without a price, so in no cost figure here: %1.")
                            .arg(QLocale().createSeparatedList(figures.unpricedModels)));
}

void EfficiencyPanel::showSaving()
{
    const int percent = m_slider->value();
    m_percent->setText(tr("%1 %").arg(percent));
    if (!m_figures.hasWhatIf()) {
        m_saving->setText(tr("No cheaper model of yours to move work to."));
        return;
    }
    const qint64 saving = m_figures.switchSavingMicros(percent);
    if (saving > 0) {
        m_saving->setText(tr("Moving %1 % of that work to %2 would have saved %3 in this period "
                             "(estimated).")
                              .arg(percent)
                              .arg(m_figures.referenceModel, DisplayFormat::money(saving)));
    } else if (saving < 0) {
        m_saving->setText(tr("Moving %1 % of that work to %2 would have cost %3 more in this "
                             "period (estimated): it reads input at a higher price.")
                              .arg(percent)
                              .arg(m_figures.referenceModel, DisplayFormat::money(-saving)));
    } else {
        m_saving->setText(tr("Moving %1 % of that work to %2 would have saved nothing "
                             "(estimated).")
                              .arg(percent)
                              .arg(m_figures.referenceModel));
    }
}

QString EfficiencyPanel::cacheText() const
{
    return m_cache->text();
}

QString EfficiencyPanel::expensiveText() const
{
    return m_expensive->text();
}

QString EfficiencyPanel::savingText() const
{
    return m_saving->text();
}
