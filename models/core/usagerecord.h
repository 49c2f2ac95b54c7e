#pragma once

#include "costkind.h"
#include "tokencounts.h"

#include <QString>

// One unit of usage as a source reports it: one API call of a local agent, or one time bucket of a
// provider's usage report. The ledger keys it by (source, externalKey), so writing the same record
// again replaces it instead of counting it twice.
struct UsageRecord
{
    QString externalKey; // stable id within its source (message id, bucket + group key, ...)
    qint64 startMs = 0; // UTC
    qint64 endMs = 0; // UTC; equal to startMs for single calls

    // Who: an identity the people directory resolves (kind "email", "openai-user",
    // "anthropic-key", "local", ...). An unresolved identity is kept for later assignment.
    QString identityKind;
    QString identityValue;
    QString deviceKey; // stable id of the machine for local meters; empty for providers

    QString provider; // "anthropic", "openai", "google", ...
    QString model; // as the provider reports it
    QString project; // working directory, OpenAI project, workspace...
    QString session;

    TokenCounts tokens;
    qint64 requests = 1;

    CostKind costKind = CostKind::Unpriced;
    qint64 costMicros = 0;
    qint64 priceVersionId = 0; // 0 when the cost is not from our price table

    friend bool operator==(const UsageRecord &, const UsageRecord &) = default;
};
// Strings and integers only: lists of records grow by memcpy.
Q_DECLARE_TYPEINFO(UsageRecord, Q_RELOCATABLE_TYPE);
