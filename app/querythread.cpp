#include "querythread.h"

#include "analytics/queryservice.h"

QueryThread::QueryThread(const QString &ledgerPath)
    : m_service(std::make_unique<QueryService>(ledgerPath))
{
    m_thread.setObjectName(QStringLiteral("queries"));
    m_service->moveToThread(&m_thread);
    m_thread.start();
}

QueryThread::~QueryThread()
{
    // A query under way finishes first; requests still queued are dropped with the service.
    m_thread.quit();
    m_thread.wait();
}
