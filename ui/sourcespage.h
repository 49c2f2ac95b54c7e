#pragma once

#include "dashboardpage.h"

class SourcesModel;

// Where usage comes from: each source's kind, name, records and when it last had usage.
class SourcesPage : public DashboardPage
{
    Q_OBJECT
public:
    SourcesPage(QueryService *queries, const Clock *clock, QWidget *parent = nullptr);

    SourcesModel *sourcesModel() const { return m_sources; }

protected:
    void reload() override;
    bool followsPeriod() const override { return false; }

private:
    SourcesModel *m_sources = nullptr;
};
