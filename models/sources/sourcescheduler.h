#pragma once

#include "networksource.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

class Clock;
class Ledger;

// Polls the configured network sources (providers, model servers) on the owner thread's event
// loop: each when its interval has passed, a failed one again after an exponential backoff with
// jitter, an unauthorized one not at all until its settings change. The schedule survives restarts
// (next_poll_ms in the ledger). Sources are made by a factory, so the scheduler knows no kinds.
class SourceScheduler : public QObject
{
    Q_OBJECT

public:
    using Factory = std::function<std::unique_ptr<NetworkSource>(const SourceConfig &)>;

    SourceScheduler(Ledger &ledger, const Clock *clock, Factory factory, QObject *parent = nullptr);
    ~SourceScheduler() override;

    // Backoff after the n-th failure in a row: min(maxBackoffMs, firstBackoffMs · 2^(n-1)),
    // scaled by a jitter factor in [0.5, 1) so many clients do not retry in step.
    void setBackoff(qint64 firstBackoffMs, qint64 maxBackoffMs);
    void setJitter(std::function<double()> unitRandom) { m_unitRandom = std::move(unitRandom); }
    void setTickInterval(int milliseconds) { m_tick.setInterval(milliseconds); }

    // Reads the sources again (after one was added, edited or removed) and polls what is due.
    Status reload();
    void start(); // polls what is due now and then on every tick
    void stop();

    // Polls the named sources (every configured one when empty) now, whatever their schedule;
    // finishedAll follows once each has succeeded or failed. NotFound for an unknown name.
    Status pollNow(const QStringList &names = {});
    bool isPolling() const;

    NetworkSource *source(const QString &name) const;
    QList<NetworkSource *> sources() const;

signals:
    void sourceUpdated(const QString &name); // status, last success or error changed
    void sourcePolled(const QString &name, qint64 recordsWritten);
    void sourceFailed(const QString &name, const Error &error);
    void usageChanged(); // a poll wrote something
    void finishedAll(); // nothing is polling any more after pollNow

private:
    void onTick();
    void startPoll(NetworkSource *source);
    void onPolled(NetworkSource *source, qint64 recordsWritten);
    void onFailed(NetworkSource *source, const Error &error);
    void afterPoll(NetworkSource *source);

    Ledger &m_ledger;
    const Clock *m_clock = nullptr;
    Factory m_factory;
    std::function<double()> m_unitRandom;
    qint64 m_firstBackoffMs = 30'000;
    qint64 m_maxBackoffMs = 15 * 60'000;
    QHash<qint64, NetworkSource *> m_sources; // by source id; owned (children)
    QHash<qint64, int> m_failuresInARow;
    QSet<qint64> m_waitingFor; // of a pollNow
    QTimer m_tick;
};
