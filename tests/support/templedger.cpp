#include "templedger.h"

#include <QtTest>

TempLedger::TempLedger()
{
    reopen();
}

void TempLedger::reopen()
{
    m_ledger.reset();
    Result<std::unique_ptr<Ledger>> opened = Ledger::open(path());
    if (!opened)
        qWarning("cannot open temporary ledger: %s", qPrintable(opened.error().detail));
    else
        m_ledger = std::move(opened).value();
}
