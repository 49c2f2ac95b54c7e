#pragma once

#include "ledger/sourcestore.h"
#include "tablemodelbase.h"

class Clock;

// The configured network sources (provider accounts, model servers) as the Sources page lists
// them: name, kind, status in words, last success, next poll and last error, with the full error
// and what to do about it in tooltips. ItemRole::Key is the source's name, ItemRole::State its
// SourceConfig::Status.
class NetworkSourcesModel : public TableModelBase
{
    Q_OBJECT
public:
    enum Column { Name, Kind, State, LastSuccess, NextPoll, LastError, ColumnCount };

    explicit NetworkSourcesModel(const Clock *clock, QObject *parent = nullptr);
    void setSources(const QList<SourceConfig> &sources);
    const QList<SourceConfig> &sources() const { return m_sources; }
    // The row of the named source; -1 when it is not listed.
    int rowOf(const QString &name) const;

    static QString kindName(const QString &kind); // "OpenAI", "llama.cpp server", ...
    static QString statusText(const SourceConfig &source);

protected:
    int rows() const override { return int(m_sources.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    static QString statusToolTip(const SourceConfig &source);
    QString nextPollText(const SourceConfig &source) const;

    const Clock *m_clock = nullptr;
    QList<SourceConfig> m_sources;
};
