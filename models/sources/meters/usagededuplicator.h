#pragma once

#include "logreader.h"

#include <QHash>

// One de-duplication across every file and root of an agent: per key, the copy with the most
// tokens wins (a streamed message's last line carries the final output count), and on equal size
// the non-sidechain copy (a sidechain replay of a parent message does not count again).
class UsageDeduplicator
{
public:
    // Usage whose keyHash is 0 is keyed by the hash of its externalKey, computed here.
    void add(ParsedUsage usage);
    void addAll(QList<ParsedUsage> usage);
    void reserve(qsizetype count);
    qsizetype size() const { return m_byKey.size(); }
    // The surviving records in the order their keys were first seen: files are merged in path
    // order, so this does not depend on thread timing either.
    QList<UsageRecord> records() const;
    // The same, moved out (the deduplicator is empty afterwards), with their key hashes.
    QList<ParsedUsage> takeKept();

    // Whether `candidate` should replace `kept` under the rule above.
    static bool isBetter(const ParsedUsage &candidate, const ParsedUsage &kept);

private:
    QList<ParsedUsage> m_kept;
    QHash<qint64, qsizetype> m_byKey; // key hash → index into m_kept
};
