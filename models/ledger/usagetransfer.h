#pragma once

#include "core/result.h"
#include "core/usagerecord.h"

#include <QDate>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

class Ledger;
class PriceBook;

struct UsageImportStats
{
    qint64 rows = 0;
    qint64 written = 0;
    qint64 unchanged = 0;
    qint64 unattributed = 0;
    qint64 unpriced = 0;
};

enum class ExportFormat { Csv, Json };

// Usage rows in and out as files, in one column layout so that an export imports back unchanged:
// timestamp,end_timestamp,source,source_kind,external_id,identity,provider,model,project,session,
// input_tokens,cache_write_5m_tokens,cache_write_1h_tokens,cache_read_tokens,output_tokens,
// reasoning_tokens,requests,cost_usd,cost_kind
// Only timestamp and model are required on import. identity is "kind:value" or a bare email.
// Without cost_usd a row is costed with the price book (estimated, or unpriced); with cost_usd
// and no cost_kind it is billed.
namespace UsageTransfer {

QStringList csvColumns();

// Checks every row before writing anything; the first bad row is the error ("line N: ...").
Result<UsageImportStats> importCsv(Ledger &ledger, const PriceBook &prices, const QByteArray &csv);

// Writes usage rows (optionally limited to local days of the reporting zone) to `out`.
Result<qint64> exportUsage(Ledger &ledger, ExportFormat format, QIODevice &out,
                           std::optional<QDate> since = {}, std::optional<QDate> until = {});

} // namespace UsageTransfer
