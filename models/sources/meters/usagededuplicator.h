#pragma once

#include "logreader.h"

#include <QHash>

// One de-duplication across every file and root of an agent: per key, the copy with the most
// tokens wins (a streamed message's last line carries the final output count), and on equal size
// the non-sidechain copy (a sidechain replay of a parent message does not count again).
//
// It points into the caller's lists instead of copying records (an import keeps hundreds of
// thousands): the lists must stay alive and unchanged while the deduplicator is used.
class UsageDeduplicator
{
public:
    // Usage whose keyHash is 0 gets the hash of its externalKey here.
    void add(ParsedUsage &usage);
    void addAll(QList<ParsedUsage> &usage);
    void reserve(qsizetype count);
    qsizetype size() const { return m_byKey.size(); }
    // The surviving copies in the order their keys were first seen: files are merged in path
    // order, so this does not depend on thread timing either.
    const QList<ParsedUsage *> &kept() const { return m_kept; }
    QList<UsageRecord> records() const; // copies of the kept records, in that order

    // Whether `candidate` should replace `kept` under the rule above.
    static bool isBetter(const ParsedUsage &candidate, const ParsedUsage &kept);

private:
    QList<ParsedUsage *> m_kept;
    QHash<qint64, qsizetype> m_byKey; // key hash → index into m_kept
};
