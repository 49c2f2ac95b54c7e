#pragma once

#include "dashboardpage.h"

class AgentLogsPanel;
class LocalMeterService;
class SourcesModel;

// Where usage comes from: each source's kind, name, records and when it last had usage, and the
// coding agents' local logs (shown once a LocalMeterService is set).
class SourcesPage : public DashboardPage
{
    Q_OBJECT
public:
    SourcesPage(QueryService *queries, const Clock *clock, QWidget *parent = nullptr);

    SourcesModel *sourcesModel() const { return m_sources; }
    AgentLogsPanel *agentLogsPanel() const { return m_agentLogs; }
    void setLocalMeters(LocalMeterService *meters, bool isWatching);

protected:
    void reload() override;
    bool followsPeriod() const override { return false; }

private:
    SourcesModel *m_sources = nullptr;
    AgentLogsPanel *m_agentLogs = nullptr;
};
