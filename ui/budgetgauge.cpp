#include "budgetgauge.h"

#include "itemmodels/budgetsmodel.h"
#include "periodtext.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

namespace {

constexpr double barScale = 1.2; // the bar's end is 120 % of the limit

} // namespace

class BudgetGauge::Bar : public QWidget
{
public:
    explicit Bar(BudgetGauge *gauge) : QWidget(gauge), m_gauge(gauge)
    {
        setMinimumSize(160, 22);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF track = QRectF(rect()).adjusted(1, 4, -1, -4);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRoundedRect(track, 3, 3);
        const std::optional<BudgetEvaluation> &evaluation = m_gauge->evaluation();
        if (!evaluation)
            return;
        const Theme::ToneColours colours
            = Theme::colours(Theme::toneOf(evaluation->state), palette());
        QRectF fill = track;
        fill.setWidth(track.width() * m_gauge->fillFraction());
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours.fill);
        painter.drawRoundedRect(fill, 3, 3);
        // The limit and the thresholds below it.
        painter.setPen(QPen(palette().color(QPalette::WindowText), 1));
        const auto xAt = [&](double fraction) {
            return track.left() + track.width() * fraction;
        };
        for (const int threshold : evaluation->budget.thresholds) {
            const double x = xAt(threshold / 100.0 / barScale);
            const double inset = threshold == 100 ? 0.0 : track.height() * 0.55;
            painter.drawLine(QPointF(x, track.top() - (threshold == 100 ? 3 : 0)),
                             QPointF(x, track.bottom() - inset));
        }
        if (const std::optional<double> forecast = m_gauge->forecastFraction()) {
            QPen dashed(palette().color(QPalette::WindowText), 2, Qt::DashLine);
            painter.setPen(dashed);
            const double x = xAt(*forecast);
            painter.drawLine(QPointF(x, rect().top()), QPointF(x, rect().bottom()));
        }
    }

private:
    BudgetGauge *m_gauge;
};

BudgetGauge::BudgetGauge(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("My budget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    auto *row = new QHBoxLayout;
    m_bar = new Bar(this);
    m_bar->setAccessibleName(tr("Share of my budget spent"));
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    row->addWidget(m_bar, 2);
    row->addWidget(m_summary, 3);
    layout->addLayout(row);
    setEvaluation(std::nullopt);
}

double BudgetGauge::fillFraction() const
{
    if (!m_evaluation || m_evaluation->limit <= 0)
        return 0.0;
    return std::clamp(double(m_evaluation->spent) / double(m_evaluation->limit) / barScale, 0.0,
                      1.0);
}

std::optional<double> BudgetGauge::forecastFraction() const
{
    if (!m_evaluation || m_evaluation->limit <= 0
        || m_evaluation->forecast.confidence == ForecastConfidence::None)
        return std::nullopt;
    return std::clamp(double(m_evaluation->forecast.atPeriodEnd) / double(m_evaluation->limit)
                          / barScale,
                      0.0, 1.0);
}

QString BudgetGauge::summary() const
{
    return m_summary->text();
}

void BudgetGauge::setEvaluation(const std::optional<BudgetEvaluation> &evaluation)
{
    m_evaluation = evaluation;
    if (!evaluation) {
        m_title->setText(tr("My budget"));
        m_summary->setText(tr("No budget applies to you. A manager or admin sets one on the "
                              "Budgets page."));
    } else {
        const bool tokens = evaluation->budget.limitsTokens();
        m_title->setText(
            tr("My budget: %1 (%2), %3")
                .arg(evaluation->budget.scope == BudgetScope::Person
                         ? tr("my own")
                         : BudgetsModel::scopeText(evaluation->budget),
                     BudgetsModel::periodText(evaluation->budget.period),
                     PeriodText::span({evaluation->period.first, evaluation->period.last})));
        QString text = tr("%1 of %2 (%3 %) · %4")
                           .arg(BudgetsModel::amountText(evaluation->spent, tokens),
                                BudgetsModel::amountText(evaluation->limit, tokens),
                                QLocale().toString(evaluation->percent(), 'f', 0),
                                BudgetsModel::stateText(evaluation->state));
        if (evaluation->forecast.confidence != ForecastConfidence::None)
            text += tr("\nForecast for the period's end: %1 (%2; dashed line)")
                        .arg(BudgetsModel::amountText(evaluation->forecast.atPeriodEnd, tokens),
                             BudgetsModel::confidenceText(evaluation->forecast.confidence));
        m_summary->setText(text);
    }
    m_bar->setAccessibleDescription(m_summary->text());
    m_bar->update();
}
