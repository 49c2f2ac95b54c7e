#include "ledger/sourcestore.h"
#include "ledger/sqlitedatabase.h"
#include "pricing/pricebook.h"
#include "sources/networksources.h"
#include "sources/secretstore.h"
#include "sources/sourceadministration.h"
#include "sources/sourcescheduler.h"
#include "support/fakeclock.h"
#include "support/fakehttpserver.h"
#include "support/templedger.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray metricsBody
    = "llamacpp:prompt_tokens_total 10\nllamacpp:tokens_predicted_total 5\n";

} // namespace

class tst_SourceAdministration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addStoresTheSettingsAndTellsTheScheduler();
    void addRefusesWhatCannotBePolled_data();
    void addRefusesWhatCannotBePolled();
    void addRefusesATakenName();
    void providerKeysComeFromTheEnvironmentWithoutAKeychain();
    void listShowsOnlyNetworkSources();
    void updateReplacesTheSettingsAndClearsARefusal();
    void updateChecksLikeAdd();
    void removeStopsPollingAndKeepsTheName();
    void testReportsASuccessfulPoll();
    void testReportsAFailedPoll();
    void testNeedsAConfiguredSource();
    void withoutASchedulerNothingIsTested();

private:
    // Adds a llama.cpp server on the fake server and waits until it is saved.
    bool addServer(const QString &name = u"gpu-box"_s);
    bool waitForSave(const QString &name);

    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<PriceBook> m_prices;
    std::unique_ptr<SourceScheduler> m_scheduler;
    std::unique_ptr<SourceAdministration> m_administration;
    FakeClock m_clock;
};

void tst_SourceAdministration::init()
{
    m_ledger = std::make_unique<TempLedger>();
    QVERIFY(m_ledger->isValid());
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->isListening());
    m_network = std::make_unique<QNetworkAccessManager>();
    QProcessEnvironment environment;
    environment.insert(u"TEST_OPENAI_KEY"_s, u"sk-admin-test"_s);
    m_secrets = std::make_unique<SecretStore>(environment);
    m_secrets->setKeychainEnabled(false);
    Result<PriceBook> prices = PriceBook::load(m_ledger->ledger(), m_clock.nowMs());
    QVERIFY(prices);
    m_prices = std::make_unique<PriceBook>(*prices);
    m_scheduler = std::make_unique<SourceScheduler>(
        m_ledger->ledger(), &m_clock, [this](const SourceConfig &config) {
            return NetworkSources::make(config, m_ledger->ledger(), m_network.get(), &m_clock,
                                        *m_prices, m_secrets.get());
        });
    QVERIFY(m_scheduler->reload());
    m_administration = std::make_unique<SourceAdministration>(m_ledger->ledger(), m_scheduler.get(),
                                                              m_secrets.get(), &m_clock);
}

void tst_SourceAdministration::cleanup()
{
    m_administration.reset();
    m_scheduler.reset();
    m_secrets.reset();
    m_network.reset();
    m_server.reset();
    m_prices.reset();
    m_ledger.reset();
}

bool tst_SourceAdministration::waitForSave(const QString &name)
{
    QSignalSpy saved(m_administration.get(), &SourceAdministration::sourceSaved);
    QSignalSpy failed(m_administration.get(), &SourceAdministration::saveFailed);
    if (!QTest::qWaitFor([&] { return saved.size() + failed.size() > 0; }, 5000))
        return false;
    if (!failed.isEmpty()) {
        qWarning() << "save failed:" << failed.constFirst().at(1).value<Error>().detail;
        return false;
    }
    return saved.size() == 1 && saved.constFirst().at(0).toString() == name;
}

bool tst_SourceAdministration::addServer(const QString &name)
{
    const Status accepted = m_administration->add(u"llamacpp"_s, name,
                                                  {{u"base_url"_s, m_server->url().toString()},
                                                   {u"interval_s"_s, 60},
                                                   {u"reference_model"_s, u"gpt-4o-mini"_s}});
    if (!accepted) {
        qWarning() << "add refused:" << accepted.error().detail;
        return false;
    }
    return waitForSave(name);
}

void tst_SourceAdministration::addStoresTheSettingsAndTellsTheScheduler()
{
    QSignalSpy changed(m_administration.get(), &SourceAdministration::sourcesChanged);
    const Status accepted = m_administration->add(
        u"llamacpp"_s, u"  gpu-box  "_s,
        {{u"base_url"_s, u" %1 "_s.arg(m_server->url().toString())},
         {u"interval_s"_s, 60},
         {u"model"_s, u""_s}, // empty: not stored
         {u"backfill_days"_s, 7}}); // a provider's setting: dropped for a server
    QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().detail));
    QVERIFY(changed.isEmpty()); // never inside the call
    QVERIFY(waitForSave(u"gpu-box"_s));
    QCOMPARE(changed.size(), 1);

    Result<QList<SourceConfig>> sources = m_administration->list();
    QVERIFY(sources);
    QCOMPARE(sources->size(), 1);
    const SourceConfig &source = sources->constFirst();
    QCOMPARE(source.name, u"gpu-box"_s);
    QCOMPARE(source.kind, u"llamacpp"_s);
    QCOMPARE(source.settings,
             QJsonObject({{u"base_url"_s, m_server->url().toString()}, {u"interval_s"_s, 60}}));
    QCOMPARE(source.createdMs, m_clock.nowMs());
    QVERIFY(m_scheduler->source(u"gpu-box"_s)); // reloaded
}

void tst_SourceAdministration::addRefusesWhatCannotBePolled_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("detailPart");

    const QJsonObject server {{u"base_url"_s, u"http://gpu:8080"_s}};
    const QJsonObject openAi {{u"key_env"_s, u"TEST_OPENAI_KEY"_s}};
    QTest::newRow("unknown kind") << u"ollama"_s << u"a"_s << server << QString()
                                  << u"not a kind"_s;
    QTest::newRow("no name") << u"llamacpp"_s << u"   "_s << server << QString() << u"name"_s;
    QTest::newRow("line break in name")
        << u"llamacpp"_s << u"gpu\nbox"_s << server << QString() << u"line breaks"_s;
    QTest::newRow("long name") << u"llamacpp"_s << QString(81, u'x') << server << QString()
                               << u"80 characters"_s;
    QTest::newRow("server without address")
        << u"vllm"_s << u"a"_s << QJsonObject() << QString() << u"address of the server"_s;
    QTest::newRow("proxy without address")
        << u"litellm"_s << u"a"_s << openAi << QString() << u"address of the proxy"_s;
    QTest::newRow("not http") << u"llamacpp"_s << u"a"_s
                              << QJsonObject({{u"base_url"_s, u"ftp://gpu"_s}}) << QString()
                              << u"not a web address"_s;
    QTest::newRow("no host") << u"openai"_s << u"a"_s
                             << QJsonObject({{u"base_url"_s, u"gpu:8080"_s},
                                             {u"key_env"_s, u"TEST_OPENAI_KEY"_s}})
                             << QString() << u"not a web address"_s;
    QTest::newRow("provider without key")
        << u"openai"_s << u"a"_s << QJsonObject() << QString() << u"API key"_s;
    QTest::newRow("key and variable")
        << u"anthropic"_s << u"a"_s << openAi << u"sk-ant"_s << u"not both"_s;
    QTest::newRow("bad variable name")
        << u"openai"_s << u"a"_s << QJsonObject({{u"key_env"_s, u"1-KEY"_s}}) << QString()
        << u"environment variable"_s;
    QTest::newRow("key without keychain")
        << u"openai"_s << u"a"_s << QJsonObject() << u"sk-admin"_s << u"no keychain"_s;
    QTest::newRow("key for a server")
        << u"llamacpp"_s << u"a"_s << server << u"secret"_s << u"takes no API key"_s;
    QTest::newRow("interval too short")
        << u"llamacpp"_s << u"a"_s
        << QJsonObject({{u"base_url"_s, u"http://gpu:8080"_s}, {u"interval_s"_s, 1}}) << QString()
        << u"5 seconds"_s;
    QTest::newRow("no history") << u"openai"_s << u"a"_s
                                << QJsonObject({{u"key_env"_s, u"TEST_OPENAI_KEY"_s},
                                                {u"backfill_days"_s, 0}})
                                << QString() << u"366 days"_s;
    QTest::newRow("person not an email")
        << u"llamacpp"_s << u"a"_s
        << QJsonObject({{u"base_url"_s, u"http://gpu:8080"_s}, {u"person_email"_s, u"ana"_s}})
        << QString() << u"not an email"_s;
}

void tst_SourceAdministration::addRefusesWhatCannotBePolled()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QJsonObject, settings);
    QFETCH(QString, apiKey);
    QFETCH(QString, detailPart);

    QSignalSpy saved(m_administration.get(), &SourceAdministration::sourceSaved);
    QSignalSpy failed(m_administration.get(), &SourceAdministration::saveFailed);
    const Status accepted = m_administration->add(kind, name, settings, apiKey);
    QVERIFY(!accepted);
    QCOMPARE(accepted.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(accepted.error().detail.contains(detailPart), qPrintable(accepted.error().detail));
    QVERIFY(!accepted.error().detail.contains(u"sk-"_s)); // a key never shows in messages
    QTest::qWait(20);
    QVERIFY(saved.isEmpty());
    QVERIFY(failed.isEmpty());
    QCOMPARE(m_administration->list()->size(), 0);
}

void tst_SourceAdministration::addRefusesATakenName()
{
    QVERIFY(addServer());
    const Status again
        = m_administration->add(u"vllm"_s, u"gpu-box"_s, {{u"base_url"_s, u"http://other:8000"_s}});
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    // Local agent logs take names too.
    QVERIFY(m_ledger->ledger().ensureSource(u"claude-code"_s, u"laptop"_s));
    const Status taken = m_administration->add(u"llamacpp"_s, u"laptop"_s,
                                               {{u"base_url"_s, u"http://other:8000"_s}});
    QVERIFY(!taken);
    QCOMPARE(taken.error().code, ErrorCode::Conflict);
}

void tst_SourceAdministration::providerKeysComeFromTheEnvironmentWithoutAKeychain()
{
    QVERIFY(!m_administration->canStoreKeys());
    QVERIFY(m_administration->add(u"openai"_s, u"OpenAI production"_s,
                                  {{u"key_env"_s, u"TEST_OPENAI_KEY"_s},
                                   {u"backfill_days"_s, 7},
                                   {u"reference_model"_s, u"gpt-4o"_s}})); // a server's: dropped
    QVERIFY(waitForSave(u"OpenAI production"_s));
    Result<SourceConfig> source = m_administration->find(u"OpenAI production"_s);
    QVERIFY(source);
    QCOMPARE(source->settings,
             QJsonObject({{u"key_env"_s, u"TEST_OPENAI_KEY"_s}, {u"backfill_days"_s, 7}}));
    // The ledger holds the variable's name, never its value.
    Result<SqliteStatement> settings
        = m_ledger->ledger().database().prepare(u"SELECT settings FROM sources"_s);
    QVERIFY(settings);
    QCOMPARE(settings->step(), SqliteStatement::StepResult::Row);
    QVERIFY(settings->text(0).contains(u"TEST_OPENAI_KEY"_s));
    QVERIFY(!settings->text(0).contains(u"sk-admin-test"_s));
}

void tst_SourceAdministration::listShowsOnlyNetworkSources()
{
    QVERIFY(m_ledger->ledger().ensureSource(u"claude-code"_s, u"laptop"_s));
    QVERIFY(addServer(u"b-server"_s));
    QVERIFY(addServer(u"a-server"_s));
    Result<QList<SourceConfig>> sources = m_administration->list();
    QVERIFY(sources);
    QCOMPARE(sources->size(), 2);
    QCOMPARE(sources->at(0).name, u"a-server"_s); // by name
    QCOMPARE(sources->at(1).name, u"b-server"_s);
    QVERIFY(!m_administration->find(u"laptop"_s));
}

void tst_SourceAdministration::updateReplacesTheSettingsAndClearsARefusal()
{
    QVERIFY(addServer());
    Result<SourceConfig> before = m_administration->find(u"gpu-box"_s);
    QVERIFY(before);
    QVERIFY(SourceStore(m_ledger->ledger())
                .recordFailure(before->id, SourceConfig::Status::Unauthorized, u"401"_s));

    QSignalSpy changed(m_administration.get(), &SourceAdministration::sourcesChanged);
    QJsonObject settings = before->settings;
    settings.insert(u"interval_s"_s, 120);
    settings.insert(u"person_email"_s, u"ana@example.com"_s);
    settings.remove(u"reference_model"_s);
    QVERIFY(m_administration->update(before->id, settings));
    QVERIFY(waitForSave(u"gpu-box"_s));
    QCOMPARE(changed.size(), 1);

    Result<SourceConfig> after = m_administration->find(u"gpu-box"_s);
    QVERIFY(after);
    QCOMPARE(after->id, before->id);
    QCOMPARE(after->kind, u"llamacpp"_s);
    QCOMPARE(after->status, SourceConfig::Status::Ok);
    QCOMPARE(after->settings.value(u"interval_s"_s).toInt(), 120);
    QCOMPARE(after->settings.value(u"person_email"_s).toString(), u"ana@example.com"_s);
    QVERIFY(!after->settings.contains(u"reference_model"_s));
    QCOMPARE(m_scheduler->source(u"gpu-box"_s)->config().settings.value(u"interval_s"_s).toInt(),
             120);
}

void tst_SourceAdministration::updateChecksLikeAdd()
{
    QVERIFY(addServer());
    const qint64 id = m_administration->find(u"gpu-box"_s)->id;
    const Status bad = m_administration->update(id, {{u"base_url"_s, u"gpu-box"_s}});
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(m_administration->find(u"gpu-box"_s)->settings.value(u"base_url"_s).toString(),
             m_server->url().toString());
    const Status unknown = m_administration->update(id + 100, {});
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
}

void tst_SourceAdministration::removeStopsPollingAndKeepsTheName()
{
    QVERIFY(addServer());
    QSignalSpy changed(m_administration.get(), &SourceAdministration::sourcesChanged);
    QVERIFY(m_administration->remove(u"gpu-box"_s));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_administration->list()->size(), 0);
    QVERIFY(!m_scheduler->source(u"gpu-box"_s));
    const Status again = m_administration->remove(u"gpu-box"_s);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::NotFound);
    // The row stays for its usage; the same kind and name can come back.
    QVERIFY(SourceStore(m_ledger->ledger()).find(u"gpu-box"_s));
    QVERIFY(addServer());
}

void tst_SourceAdministration::testReportsASuccessfulPoll()
{
    QVERIFY(addServer());
    m_server->enqueue(u"/metrics"_s, FakeHttpServer::Response::reply(200, metricsBody));
    QSignalSpy finished(m_administration.get(), &SourceAdministration::testFinished);
    QSignalSpy changed(m_administration.get(), &SourceAdministration::sourcesChanged);
    QVERIFY(m_administration->pollNow(u"gpu-box"_s));
    QVERIFY(m_administration->isTesting(u"gpu-box"_s));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.constFirst().at(0).toString(), u"gpu-box"_s);
    QVERIFY2(finished.constFirst().at(1).toBool(),
             qPrintable(finished.constFirst().at(2).toString()));
    QVERIFY(finished.constFirst().at(2).toString().startsWith(u"Connected"_s));
    QVERIFY(!m_administration->isTesting(u"gpu-box"_s));
    QCOMPARE(m_server->requests(u"/metrics"_s).size(), 1);
    QVERIFY(!changed.isEmpty()); // the scheduler's update reaches the page
    const SourceConfig source = *m_administration->find(u"gpu-box"_s);
    QCOMPARE(source.status, SourceConfig::Status::Ok);
    QCOMPARE(source.lastSuccessMs, m_clock.nowMs());
    QCOMPARE(source.nextPollMs, m_clock.nowMs() + 60'000);
}

void tst_SourceAdministration::testReportsAFailedPoll()
{
    QVERIFY(addServer());
    m_server->setFallback(u"/metrics"_s, FakeHttpServer::Response::reply(503, "loading model"));
    QSignalSpy finished(m_administration.get(), &SourceAdministration::testFinished);
    QVERIFY(m_administration->pollNow(u"gpu-box"_s));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.constFirst().at(1).toBool(), false);
    const QString message = finished.constFirst().at(2).toString();
    QVERIFY2(message.contains(u"503"_s), qPrintable(message));
    const SourceConfig source = *m_administration->find(u"gpu-box"_s);
    QCOMPARE(source.status, SourceConfig::Status::Error);
    QCOMPARE(source.lastError, message);
}

void tst_SourceAdministration::testNeedsAConfiguredSource()
{
    const Status missing = m_administration->pollNow(u"nowhere"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(!m_administration->isTesting(u"nowhere"_s));
}

void tst_SourceAdministration::withoutASchedulerNothingIsTested()
{
    SourceAdministration listing(m_ledger->ledger(), nullptr, nullptr, &m_clock);
    QVERIFY(!listing.canTest());
    QVERIFY(!listing.canStoreKeys());
    QVERIFY(listing.add(u"vllm"_s, u"vllm-1"_s, {{u"base_url"_s, u"http://gpu:8000"_s}}));
    QSignalSpy saved(&listing, &SourceAdministration::sourceSaved);
    QVERIFY(saved.wait(5000));
    QCOMPARE(listing.list()->size(), 1);
    QVERIFY(!listing.pollNow(u"vllm-1"_s));
}

QTEST_GUILESS_MAIN(tst_SourceAdministration)
#include "tst_sourceadministration.moc"
