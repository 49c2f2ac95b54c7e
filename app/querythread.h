#pragma once

#include <QString>
#include <QThread>

#include <memory>

class QueryService;

// The dashboard's QueryService on a thread of its own, as the app runs it: the thread starts
// with this object and is stopped (quit, wait) before the service goes. The desktop app and the
// dashboard benchmark share it.
class QueryThread
{
public:
    explicit QueryThread(const QString &ledgerPath);
    ~QueryThread();

    QueryThread(const QueryThread &) = delete;
    QueryThread &operator=(const QueryThread &) = delete;

    QueryService *service() const { return m_service.get(); }

private:
    QThread m_thread;
    std::unique_ptr<QueryService> m_service;
};
