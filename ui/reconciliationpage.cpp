#include "reconciliationpage.h"

#include "analytics/queryservice.h"
#include "csvexport.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/reconciliationmodel.h"
#include "periodtext.h"
#include "tableviews.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ReconciliationPage::ReconciliationPage(QueryService *queries, const Clock *clock, QWidget *parent)
    : DashboardPage(queries, clock, parent)
{
    auto *header = new QHBoxLayout;
    auto *byLabel = new QLabel(tr("&Show by:"), this);
    m_granularity = new QComboBox(this);
    m_granularity->setAccessibleName(tr("Show by"));
    m_granularity->addItem(tr("Day"), int(ReconciliationPeriod::Day));
    m_granularity->addItem(tr("Week"), int(ReconciliationPeriod::Week));
    m_granularity->addItem(tr("Month"), int(ReconciliationPeriod::Month));
    byLabel->setBuddy(m_granularity);
    m_totals = new QLabel(this);
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setAccessibleName(tr("Reconciliation totals"));
    m_totals->setWordWrap(true);
    QFont font = m_totals->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_totals->setFont(font);
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setEnabled(false);
    header->addWidget(m_totals, 1);
    header->addWidget(byLabel);
    header->addWidget(m_granularity);
    header->addWidget(m_export);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_model = new ReconciliationModel(this);
    m_view = TableViews::createTable(m_model, tr("Billed and estimated spend"), content);
    TableViews::stretchColumn(m_view, ReconciliationModel::Source);
    layout->addWidget(m_view);
    auto *note = new QLabel(
        tr("Billed is what providers charged: their cost reports for the whole account (OpenAI, "
           "Anthropic) and usage they priced themselves (OpenRouter, LiteLLM). Estimated is "
           "usage priced with the price table. The difference counts only the days a provider's "
           "cost report covers; billed costs fall on the day their bucket starts."),
        content);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    setContent(content, header);

    connect(m_granularity, &QComboBox::activated, this, [this] { reloadNow(); });
    connect(m_export, &QPushButton::clicked, this, &ReconciliationPage::chooseExportFile);
    connect(m_queries, &QueryService::reconciliationReady, this,
            [this](quint64 ticket, const Reconciliation &reconciliation) {
                if (ticket == m_ticket)
                    showReconciliation(reconciliation);
            });
}

void ReconciliationPage::reload()
{
    ReconciliationRequest request;
    request.since = state().span.first;
    request.until = state().span.last;
    request.period = ReconciliationPeriod(m_granularity->currentData().toInt());
    request.source = filter().source;
    m_ticket = m_queries->requestReconciliation(request);
    startLoading();
}

void ReconciliationPage::showReconciliation(const Reconciliation &reconciliation)
{
    m_model->setReconciliation(reconciliation);
    m_export->setEnabled(!reconciliation.rows.isEmpty());
    const ReconciliationFigures &totals = reconciliation.totals;
    const QString span = PeriodText::span(state().span);
    if (reconciliation.rows.isEmpty()) {
        m_totals->clear();
        showEmpty(tr("No billed or estimated spend in this period"),
                  tr("Nothing was billed or estimated between %1. Provider sources with a cost "
                     "report (OpenAI, Anthropic admin keys) add billed figures when polled.")
                      .arg(span));
        return;
    }
    const bool isPartlyCovered = totals.differenceMicros()
        && (totals.coveredBilledMicros != totals.billedMicros
            || totals.coveredEstimatedMicros != totals.estimatedMicros);
    if (isPartlyCovered) {
        // Say what the difference compares, or it reads as billed − estimated of the whole.
        m_totals->setText(tr("Billed %1 · estimated %2 · where providers report costs: %3 "
                             "billed, %4 estimated, difference %5 · %6")
                              .arg(ReconciliationModel::billedText(totals),
                                   DisplayFormat::money(totals.estimatedMicros),
                                   DisplayFormat::money(totals.coveredBilledMicros),
                                   DisplayFormat::money(totals.coveredEstimatedMicros),
                                   ReconciliationModel::differenceText(totals), span));
    } else {
        m_totals->setText(tr("Billed %1 · estimated %2 · difference %3 · %4")
                              .arg(ReconciliationModel::billedText(totals),
                                   DisplayFormat::money(totals.estimatedMicros),
                                   ReconciliationModel::differenceText(totals), span));
    }
    m_totals->setToolTip(ReconciliationModel::differenceToolTip(totals));
    showContent();
}

bool ReconciliationPage::exportCsv(const QString &path, QString *error) const
{
    return CsvExport::save(m_model->toCsv(), path, error);
}

void ReconciliationPage::chooseExportFile()
{
    CsvExport::chooseAndSave(
        this, tr("Export reconciliation"),
        tr("reconciliation-%1.csv").arg(state().span.first.toString(Qt::ISODate)),
        [this](const QString &path, QString *error) { return exportCsv(path, error); });
}
