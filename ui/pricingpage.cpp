#include "pricingpage.h"

#include "analytics/queryservice.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/pricetablemodel.h"
#include "tableviews.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

PricingPage::PricingPage(QueryService *queries, const Clock *clock, QWidget *parent)
    : DashboardPage(queries, clock, parent)
{
    QVBoxLayout *layout = setColumnContent();
    QWidget *content = layout->parentWidget();
    auto *bar = new QHBoxLayout;
    m_version = new QLabel(content);
    m_version->setTextFormat(Qt::PlainText);
    m_version->setWordWrap(true);
    m_version->setAccessibleName(tr("Price table version"));
    m_filter = new QLineEdit(content);
    m_filter->setPlaceholderText(tr("Filter by model or provider…"));
    m_filter->setAccessibleName(tr("Filter prices"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(280);
    bar->addWidget(m_version, 1);
    bar->addWidget(m_filter);
    layout->addLayout(bar);
    m_prices = new PriceTableModel(this);
    m_view = TableViews::createTable(m_prices, tr("Model prices"), content);
    layout->addWidget(m_view);
    m_note = new QLabel(content);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        TableViews::proxyOf(m_view)->setFilterFixedString(text);
    });
    connect(m_queries, &QueryService::pricesReady, this,
            [this](quint64 ticket, const PriceSnapshot &prices) {
                if (ticket == m_ticket)
                    showPrices(prices);
            });
}

void PricingPage::reload()
{
    // The tool bar's model fills the page's own filter, which stays editable. "All models"
    // empties it again, unless the user has typed a search of their own since.
    const QString model = filter().model;
    if (!model.isEmpty())
        m_filter->setText(model);
    else if (!m_filledModel.isEmpty() && m_filter->text() == m_filledModel)
        m_filter->clear();
    m_filledModel = model;
    m_ticket = m_queries->requestPrices();
    startLoading();
}

void PricingPage::showPrices(const PriceSnapshot &prices)
{
    // The price tables are in US dollars; another display currency converts them.
    const CurrencyDisplay &currency = DisplayFormat::currency();
    m_note->setText(
        currency.isUsd()
            ? tr("Rates in US dollars per million tokens. Estimated costs use these rates; "
                 "billed costs come from the providers.")
            : tr("Rates per million tokens in %1, converted from the price table's US dollars "
                 "at the rate in Settings. Estimated costs use these rates; billed costs come "
                 "from the providers.")
                  .arg(currency.code()));
    m_prices->setPrices(prices.entries);
    const QString models = prices.entries.size() == 1
        ? tr("1 model")
        : tr("%1 models").arg(DisplayFormat::number(prices.entries.size()));
    if (prices.versionId == 0) {
        m_version->setText(tr("In force: the table shipped with Burnrate (%1)").arg(models));
    } else {
        m_version->setText(tr("In force: version %1, imported %2 from “%3” (%4)")
                               .arg(QString::number(prices.versionId),
                                    DisplayFormat::dateTime(prices.importedMs), prices.origin,
                                    models));
    }
    if (prices.entries.isEmpty())
        showEmpty(tr("No prices"), tr("The price table has no models."));
    else
        showContent();
}
