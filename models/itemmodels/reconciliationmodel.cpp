#include "reconciliationmodel.h"

#include "core/csv.h"
#include "core/money.h"
#include "displayformat.h"
#include "itemroles.h"

#include <limits>

namespace {

// Below every real figure when sorting.
constexpr qint64 noFigure = std::numeric_limits<qint64>::min();

QString plainUsd(qint64 micros)
{
    return Money::toDecimalString(micros, 6);
}

} // namespace

ReconciliationModel::ReconciliationModel(QObject *parent) : TableModelBase(parent)
{
    setHeaders({tr("Period"), tr("Source"), tr("Billed"), tr("Estimated"), tr("Difference")});
    setNumericColumns({Billed, Estimated, Difference});
}

void ReconciliationModel::setReconciliation(const Reconciliation &reconciliation)
{
    beginResetModel();
    m_reconciliation = reconciliation;
    endResetModel();
}

QString ReconciliationModel::billedText(const ReconciliationFigures &figures)
{
    return figures.hasBilledData() ? DisplayFormat::money(figures.billedMicros)
                                   : QStringLiteral("—");
}

QString ReconciliationModel::differenceText(const ReconciliationFigures &figures)
{
    const std::optional<qint64> difference = figures.differenceMicros();
    if (!difference) // billed per request only: nothing to compare, but not "no billed data"
        return figures.hasBilledData() ? QStringLiteral("—") : tr("no billed data");
    return DisplayFormat::signedMoney(*difference);
}

QString ReconciliationModel::billedToolTip()
{
    return tr("Billed: what the provider charged, from its cost report for the whole account, "
              "plus usage the provider priced itself");
}

QString ReconciliationModel::estimatedToolTip()
{
    return tr("Estimated: token counts priced with Burnrate's price table");
}

QString ReconciliationModel::differenceToolTip(const ReconciliationFigures &figures)
{
    if (!figures.differenceMicros()) {
        return figures.hasBilledData()
            ? tr("This source bills per request and has no account-level cost report to "
                 "compare estimates with")
            : tr("This source reports no billed costs for these days: there is nothing to "
                 "compare the estimate with");
    }
    if (figures.coveredEstimatedMicros != figures.estimatedMicros
        || figures.coveredBilledMicros != figures.billedMicros) {
        return tr("Billed minus estimated, on the days the provider's cost report covers "
                  "(%1 billed, %2 estimated)")
            .arg(DisplayFormat::money(figures.coveredBilledMicros),
                 DisplayFormat::money(figures.coveredEstimatedMicros));
    }
    return tr("Billed minus estimated: positive when the provider charged more than the "
              "estimate");
}

QVariant ReconciliationModel::cell(int row, int column, int role) const
{
    const ReconciliationRow &entry = m_reconciliation.rows.at(row);
    const ReconciliationFigures &figures = entry.figures;
    const bool display = role == Qt::DisplayRole;
    const bool sort = role == ItemRole::Sort;
    if (role == ItemRole::Key)
        return entry.sourceName;
    switch (column) {
    case Period:
        if (display)
            return entry.periodKey;
        if (sort)
            return entry.periodStart;
        break;
    case Source:
        if (display || sort)
            return entry.sourceName;
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(entry.sourceName, entry.sourceKind);
        break;
    case Billed:
        if (display)
            return billedText(figures);
        if (sort)
            return figures.hasBilledData() ? figures.billedMicros : noFigure;
        if (role == Qt::ToolTipRole)
            return billedToolTip();
        break;
    case Estimated:
        if (display)
            return DisplayFormat::money(figures.estimatedMicros);
        if (sort)
            return figures.estimatedMicros;
        if (role == Qt::ToolTipRole)
            return estimatedToolTip();
        break;
    case Difference:
        if (display)
            return differenceText(figures);
        if (sort)
            return figures.differenceMicros().value_or(noFigure);
        if (role == Qt::ToolTipRole)
            return differenceToolTip(figures);
        break;
    default:
        break;
    }
    return {};
}

QByteArray ReconciliationModel::toCsv() const
{
    QString text
        = Csv::joinRecord({QStringLiteral("period"), QStringLiteral("source"),
                           QStringLiteral("source_kind"), QStringLiteral("billed_usd"),
                           QStringLiteral("estimated_usd"), QStringLiteral("difference_usd")})
        + u'\n';
    for (const ReconciliationRow &row : m_reconciliation.rows) {
        const ReconciliationFigures &figures = row.figures;
        const std::optional<qint64> difference = figures.differenceMicros();
        text += Csv::joinRecord(
                    {row.periodKey, row.sourceName, row.sourceKind,
                     figures.hasBilledData() ? plainUsd(figures.billedMicros) : QString(),
                     plainUsd(figures.estimatedMicros),
                     difference ? plainUsd(*difference) : QString()})
            + u'\n';
    }
    return text.toUtf8();
}
