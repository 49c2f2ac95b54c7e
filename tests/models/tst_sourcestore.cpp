#include "ledger/sourcestore.h"
#include "support/templedger.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SourceStore : public QObject
{
    Q_OBJECT

private slots:
    void addFindAndList();
    void namesAreUnique();
    void removeKeepsTheRowAndAddRevivesIt();
    void pollOutcomesAreStored();
    void newSettingsClearUnauthorized();
    void settingsSurviveReopening();
};

void tst_SourceStore::addFindAndList()
{
    TempLedger temp;
    SourceStore store(temp.ledger());
    const QJsonObject settings {{u"base_url"_s, u"http://gpu:8080"_s}, {u"interval_s"_s, 30}};
    Result<SourceConfig> added = store.add(u"llamacpp"_s, u"gpu"_s, settings, 1000);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().detail));
    QCOMPARE(added->kind, u"llamacpp"_s);
    QCOMPARE(added->settings, settings);
    QCOMPARE(added->status, SourceConfig::Status::Ok);
    QCOMPARE(added->createdMs, 1000);
    QCOMPARE(added->baseUrl(), QUrl(u"http://gpu:8080"_s));
    QCOMPARE(added->intervalMs(5000), 30'000);
    QCOMPARE(SourceConfig().intervalMs(5000), 5000);

    QVERIFY(store.add(u"vllm"_s, u"cluster"_s, {}, 2000));
    QVERIFY(temp->ensureSource(u"claude-code"_s, u"claude-code"_s)); // a local meter: listed too
    Result<QList<SourceConfig>> all = store.list();
    QVERIFY(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).name, u"claude-code"_s); // by name
    Result<QList<SourceConfig>> servers = store.list({u"llamacpp"_s, u"vllm"_s});
    QVERIFY(servers);
    QCOMPARE(servers->size(), 2);
    QCOMPARE(store.find(u"nope"_s).error().code, ErrorCode::NotFound);
    QCOMPARE(store.find(added->id)->name, u"gpu"_s);
}

void tst_SourceStore::namesAreUnique()
{
    TempLedger temp;
    SourceStore store(temp.ledger());
    QVERIFY(store.add(u"llamacpp"_s, u"gpu"_s, {}, 1));
    QCOMPARE(store.add(u"llamacpp"_s, u"gpu"_s, {}, 2).error().code, ErrorCode::Conflict);
    QCOMPARE(store.add(u"vllm"_s, u"gpu"_s, {}, 2).error().code, ErrorCode::Conflict);
    QCOMPARE(store.add(u"vllm"_s, u"  "_s, {}, 2).error().code, ErrorCode::InvalidArgument);
}

void tst_SourceStore::removeKeepsTheRowAndAddRevivesIt()
{
    TempLedger temp;
    SourceStore store(temp.ledger());
    const qint64 id = store.add(u"llamacpp"_s, u"gpu"_s, {{u"model"_s, u"a"_s}}, 1)->id;
    QVERIFY(store.remove(u"gpu"_s));
    QCOMPARE(store.list()->size(), 0);
    QCOMPARE(store.list({}, true)->size(), 1);
    QCOMPARE(store.find(u"gpu"_s)->status, SourceConfig::Status::Removed);
    QCOMPARE(store.remove(u"gpu"_s).error().code, ErrorCode::NotFound);
    QCOMPARE(store.remove(u"other"_s).error().code, ErrorCode::NotFound);

    // Another kind may not take the name of the removed source: its usage still carries it.
    QCOMPARE(store.add(u"vllm"_s, u"gpu"_s, {}, 2).error().code, ErrorCode::Conflict);
    Result<SourceConfig> revived = store.add(u"llamacpp"_s, u"gpu"_s, {{u"model"_s, u"b"_s}}, 3);
    QVERIFY(revived);
    QCOMPARE(revived->id, id);
    QCOMPARE(revived->status, SourceConfig::Status::Ok);
    QCOMPARE(revived->settings.value(u"model"_s).toString(), u"b"_s);
}

void tst_SourceStore::pollOutcomesAreStored()
{
    TempLedger temp;
    SourceStore store(temp.ledger());
    const qint64 id = store.add(u"vllm"_s, u"cluster"_s, {}, 1)->id;
    QVERIFY(store.saveState(id, "{\"counters\":{}}"_ba));
    QVERIFY(store.saveWatermark(id, 86'400'000));
    QVERIFY(store.setNextPoll(id, 5000));
    QVERIFY(store.recordFailure(id, SourceConfig::Status::Error, u"connection refused"_s));
    SourceConfig config = *store.find(id);
    QCOMPARE(config.state, "{\"counters\":{}}"_ba);
    QCOMPARE(config.watermarkMs, 86'400'000);
    QCOMPARE(config.nextPollMs, 5000);
    QCOMPARE(config.status, SourceConfig::Status::Error);
    QCOMPARE(config.lastError, u"connection refused"_s);

    QVERIFY(store.recordSuccess(id, 7000));
    config = *store.find(id);
    QCOMPARE(config.status, SourceConfig::Status::Ok);
    QCOMPARE(config.lastSuccessMs, 7000);
    QVERIFY(config.lastError.isEmpty());

    // A poll that finishes after the admin removed the source does not bring it back.
    QVERIFY(store.remove(u"cluster"_s));
    QVERIFY(store.recordSuccess(id, 8000));
    QCOMPARE(store.find(id)->status, SourceConfig::Status::Removed);
}

void tst_SourceStore::newSettingsClearUnauthorized()
{
    TempLedger temp;
    SourceStore store(temp.ledger());
    const qint64 id = store.add(u"vllm"_s, u"cluster"_s, {}, 1)->id;
    QVERIFY(store.recordFailure(id, SourceConfig::Status::Unauthorized, u"401: invalid key"_s));
    QVERIFY(store.setNextPoll(id, 99));
    QVERIFY(store.updateSettings(id, {{u"key_env"_s, u"NEW_KEY"_s}}));
    const SourceConfig config = *store.find(id);
    QCOMPARE(config.status, SourceConfig::Status::Ok);
    QCOMPARE(config.nextPollMs, 0); // poll again at once
    QCOMPARE(config.keyEnvironmentVariable(), u"NEW_KEY"_s);
}

void tst_SourceStore::settingsSurviveReopening()
{
    TempLedger temp;
    QVERIFY(SourceStore(temp.ledger())
                .add(u"llamacpp"_s, u"gpu"_s, {{u"reference_model"_s, u"gpt-5"_s}}, 1));
    temp.reopen();
    QVERIFY(temp.isValid());
    QCOMPARE(
        SourceStore(temp.ledger()).find(u"gpu"_s)->settings.value(u"reference_model"_s).toString(),
        u"gpt-5"_s);
}

QTEST_GUILESS_MAIN(tst_SourceStore)
#include "tst_sourcestore.moc"
