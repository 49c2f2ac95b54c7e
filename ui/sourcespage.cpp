#include "sourcespage.h"

#include "analytics/queryservice.h"
#include "itemmodels/sourcesmodel.h"
#include "tableviews.h"

#include <QTableView>
#include <QVBoxLayout>

SourcesPage::SourcesPage(QueryService *queries, const Clock *clock, QWidget *parent)
    : DashboardPage(queries, clock, parent)
{
    QVBoxLayout *layout = setColumnContent();
    QWidget *content = layout->parentWidget();
    layout->addWidget(TableViews::sectionTitle(tr("Usage sources"), content));
    m_sources = new SourcesModel(this);
    layout->addWidget(TableViews::createTable(m_sources, tr("Usage sources"), content));

    connect(m_queries, &QueryService::sourcesReady, this,
            [this](quint64 ticket, const QList<SourceInfo> &sources) {
                if (ticket != m_ticket)
                    return;
                m_sources->setSources(sources);
                if (sources.isEmpty()) {
                    showEmpty(tr("No sources yet"),
                              tr("Import local agent logs with “burnrate-cli import claude-code” "
                                 "or add a provider with “burnrate-cli sources add”."));
                } else {
                    showContent();
                }
            });
}

void SourcesPage::reload()
{
    m_ticket = m_queries->requestSources();
    startLoading();
}
