#include "sourcespage.h"

#include "agentlogspanel.h"
#include "analytics/queryservice.h"
#include "itemmodels/sourcesmodel.h"
#include "networksourcespanel.h"
#include "tableviews.h"

#include <QTableView>
#include <QVBoxLayout>

SourcesPage::SourcesPage(QueryService *queries, const Clock *clock, QWidget *parent)
    : DashboardPage(queries, clock, parent)
{
    // Above the table's loading and empty states: an empty ledger is when importing matters.
    auto *header = new QVBoxLayout;
    m_networkSources = new NetworkSourcesPanel(clock, this);
    header->addWidget(m_networkSources);
    // A source added or removed changes the list below.
    connect(m_networkSources, &NetworkSourcesPanel::sourcesEdited, this, [this] {
        if (state().isValid)
            reloadNow();
    });
    m_agentLogs = new AgentLogsPanel(this);
    m_agentLogs->hide();
    header->addWidget(m_agentLogs);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    setContent(content, header);
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
                              tr("Import local agent logs (above, or with “burnrate-cli import "
                                 "claude-code”) or connect a provider account above."));
                } else {
                    showContent();
                }
            });
}

void SourcesPage::setLocalMeters(LocalMeterService *meters, bool isWatching)
{
    m_agentLogs->setLocalMeters(meters, isWatching);
    m_agentLogs->show();
}

void SourcesPage::setSourceAdministration(SourceAdministration *administration)
{
    m_networkSources->setAdministration(administration);
}

void SourcesPage::setSourceAdministrationUnavailable(const QString &reason)
{
    m_networkSources->setUnavailable(reason);
}

void SourcesPage::reload()
{
    m_ticket = m_queries->requestSources();
    startLoading();
}
