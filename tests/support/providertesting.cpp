#include "providertesting.h"

#include <QFile>
#include <QTest>

namespace ProviderTesting {

void compareUsage(const QList<UsageRecord> &actual, const QList<UsageRecord> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const UsageRecord &a = actual.at(i);
        const UsageRecord &e = expected.at(i);
        QCOMPARE(a.externalKey, e.externalKey);
        QCOMPARE(a.startMs, e.startMs);
        QCOMPARE(a.endMs, e.endMs);
        QCOMPARE(a.identityKind, e.identityKind);
        QCOMPARE(a.identityValue, e.identityValue);
        QCOMPARE(a.provider, e.provider);
        QCOMPARE(a.model, e.model);
        QCOMPARE(a.project, e.project);
        QCOMPARE(a.tokens.input, e.tokens.input);
        QCOMPARE(a.tokens.cacheRead, e.tokens.cacheRead);
        QCOMPARE(a.tokens.cacheWrite5m, e.tokens.cacheWrite5m);
        QCOMPARE(a.tokens.cacheWrite1h, e.tokens.cacheWrite1h);
        QCOMPARE(a.tokens.output, e.tokens.output);
        QCOMPARE(a.tokens.reasoning, e.tokens.reasoning);
        QCOMPARE(a.requests, e.requests);
        QCOMPARE(a.costKind, e.costKind);
        QCOMPARE(a.costMicros, e.costMicros);
        QVERIFY(a == e);
    }
}

QByteArray fixture(const QString &relativePath)
{
    QFile file(QStringLiteral(BURNRATE_TEST_DATA_DIR "/providers/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

std::shared_ptr<const ProviderEndpoint> endpointNamed(const ProviderApi &api, const QString &name)
{
    for (const std::shared_ptr<const ProviderEndpoint> &endpoint : api.endpoints()) {
        if (endpoint->name() == name)
            return endpoint;
    }
    qFatal("no endpoint %s", qPrintable(name));
}

} // namespace ProviderTesting
