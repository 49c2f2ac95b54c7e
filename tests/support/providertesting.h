#pragma once

#include "core/usagerecord.h"
#include "sources/providers/providerapi.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

// Helpers for the provider API tests.
namespace ProviderTesting {

// Field by field, so a failure names the field, then whole records (for fields added later).
// A QTest helper: the calling test function fails with it.
void compareUsage(const QList<UsageRecord> &actual, const QList<UsageRecord> &expected);

// A response body under tests/data/providers/, e.g. "openai/costs_page1.json"; a missing file
// ends the test run, since every test of the file depends on its fixtures.
QByteArray fixture(const QString &relativePath);
// The endpoint of `api` with that name; a missing one ends the test run likewise.
std::shared_ptr<const ProviderEndpoint> endpointNamed(const ProviderApi &api, const QString &name);

} // namespace ProviderTesting
