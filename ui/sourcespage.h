#pragma once

#include "dashboardpage.h"

class AgentLogsPanel;
class LocalMeterService;
class NetworkSourcesPanel;
class SourceAdministration;
class SourcesModel;

// Where usage comes from: the connected provider accounts and model servers (managed once a
// SourceAdministration is set), the coding agents' local logs (shown once a LocalMeterService is
// set), and each source's kind, name, records and when it last had usage.
class SourcesPage : public DashboardPage
{
    Q_OBJECT
public:
    SourcesPage(QueryService *queries, const Clock *clock, QWidget *parent = nullptr);

    SourcesModel *sourcesModel() const { return m_sources; }
    AgentLogsPanel *agentLogsPanel() const { return m_agentLogs; }
    NetworkSourcesPanel *networkSourcesPanel() const { return m_networkSources; }
    void setLocalMeters(LocalMeterService *meters, bool isWatching);
    void setSourceAdministration(SourceAdministration *administration);
    // Why connected sources cannot be managed in this window (the demo, say).
    void setSourceAdministrationUnavailable(const QString &reason);

protected:
    void reload() override;
    bool followsPeriod() const override { return false; }

private:
    SourcesModel *m_sources = nullptr;
    AgentLogsPanel *m_agentLogs = nullptr;
    NetworkSourcesPanel *m_networkSources = nullptr;
};
