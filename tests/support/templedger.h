#pragma once

#include "ledger/ledger.h"

#include <QTemporaryDir>

#include <memory>

// A ledger in its own temporary directory, removed when the test ends.
class TempLedger
{
public:
    TempLedger();
    bool isValid() const { return m_ledger != nullptr; }
    Ledger &ledger() { return *m_ledger; }
    Ledger *operator->() { return m_ledger.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("ledger.sqlite")); }
    QString dirPath() const { return m_dir.path(); }
    // Closes and opens the file again (to check what survived).
    void reopen();
    void close() { m_ledger.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
};
