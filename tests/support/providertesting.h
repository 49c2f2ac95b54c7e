#pragma once

#include "core/usagerecord.h"

#include <QList>

// Helpers for the provider API tests.
namespace ProviderTesting {

// Field by field, so a failure names the field, then whole records (for fields added later).
// A QTest helper: the calling test function fails with it.
void compareUsage(const QList<UsageRecord> &actual, const QList<UsageRecord> &expected);

} // namespace ProviderTesting
