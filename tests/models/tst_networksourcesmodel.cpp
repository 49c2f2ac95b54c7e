#include "itemmodels/displayformat.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/networksourcesmodel.h"
#include "support/fakeclock.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

SourceConfig source(const QString &name, const QString &kind, SourceConfig::Status status)
{
    SourceConfig config;
    config.id = name.size();
    config.name = name;
    config.kind = kind;
    config.status = status;
    return config;
}

} // namespace

class tst_NetworkSourcesModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsOneRowPerSource();
    void statusInWords_data();
    void statusInWords();
    void nextPoll();
    void lastErrorShowsItsFirstLineAndTellsAllInTheToolTip();
    void sortsByRawValues();
    void kindNames();

private:
    FakeClock m_clock;
    std::unique_ptr<NetworkSourcesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_NetworkSourcesModel::init()
{
    m_model = std::make_unique<NetworkSourcesModel>(&m_clock);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_NetworkSourcesModel::listsOneRowPerSource()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(NetworkSourcesModel::ColumnCount));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    SourceConfig server = source(u"gpu-box"_s, u"llamacpp"_s, SourceConfig::Status::Ok);
    server.settings.insert(u"base_url"_s, u"http://gpu:8080"_s);
    m_model->setSources(
        {source(u"OpenAI"_s, u"openai"_s, SourceConfig::Status::Unauthorized), server});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(u"gpu-box"_s), 1);
    QCOMPARE(m_model->rowOf(u"nowhere"_s), -1);

    const QModelIndex name = m_model->index(1, NetworkSourcesModel::Name);
    QCOMPARE(name.data().toString(), u"gpu-box"_s);
    QCOMPARE(name.data(Qt::ToolTipRole).toString(), u"http://gpu:8080"_s);
    QCOMPARE(name.data(ItemRole::Key).toString(), u"gpu-box"_s);
    QCOMPARE(m_model->index(1, NetworkSourcesModel::Kind).data().toString(), u"llama.cpp server"_s);
    QCOMPARE(m_model->index(0, NetworkSourcesModel::LastError).data(ItemRole::State).toInt(),
             int(SourceConfig::Status::Unauthorized));
    QCOMPARE(m_model->headerData(NetworkSourcesModel::State, Qt::Horizontal).toString(),
             u"Status"_s);
    QCOMPARE(m_model->headerData(NetworkSourcesModel::NextPoll, Qt::Horizontal).toString(),
             u"Next poll"_s);
}

void tst_NetworkSourcesModel::statusInWords_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("lastSuccessMs");
    QTest::addColumn<QString>("lastError");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("toolTipPart");

    const int ok = int(SourceConfig::Status::Ok);
    const int error = int(SourceConfig::Status::Error);
    const int refused = int(SourceConfig::Status::Unauthorized);
    QTest::newRow("never polled") << u"vllm"_s << ok << 0LL << QString()
                                  << u"Waiting for the first poll"_s << QString();
    QTest::newRow("ok") << u"openai"_s << ok << 1LL << QString() << u"OK"_s
                        << u"the system keychain"_s;
    QTest::newRow("failing") << u"llamacpp"_s << error << 1LL << u"HTTP 503"_s
                             << u"Failing, retrying"_s << u"HTTP 503"_s;
    QTest::newRow("key refused") << u"anthropic"_s << refused << 0LL << u"HTTP 401: invalid"_s
                                 << u"Key refused or missing"_s << u"edit the source"_s;
    QTest::newRow("server refused")
        << u"vllm"_s << refused << 0LL << u"HTTP 403"_s << u"Access refused"_s << u"HTTP 403"_s;
}

void tst_NetworkSourcesModel::statusInWords()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(qint64, lastSuccessMs);
    QFETCH(QString, lastError);
    QFETCH(QString, text);
    QFETCH(QString, toolTipPart);

    SourceConfig config = source(u"s"_s, kind, SourceConfig::Status(status));
    config.lastSuccessMs = lastSuccessMs;
    config.lastError = lastError;
    m_model->setSources({config});
    const QModelIndex cell = m_model->index(0, NetworkSourcesModel::State);
    QCOMPARE(cell.data().toString(), text);
    QCOMPARE(cell.data(ItemRole::Sort).toInt(), status);
    const QString toolTip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.contains(toolTipPart), qPrintable(toolTip));
}

void tst_NetworkSourcesModel::nextPoll()
{
    SourceConfig later = source(u"later"_s, u"openai"_s, SourceConfig::Status::Ok);
    later.nextPollMs = m_clock.nowMs() + 600'000;
    SourceConfig due = source(u"due"_s, u"openai"_s, SourceConfig::Status::Error);
    due.nextPollMs = m_clock.nowMs() - 1;
    SourceConfig stopped = source(u"stopped"_s, u"openai"_s, SourceConfig::Status::Unauthorized);
    m_model->setSources({later, due, stopped});
    const auto cell = [this](int row) {
        return m_model->index(row, NetworkSourcesModel::NextPoll);
    };
    QCOMPARE(cell(0).data().toString(), DisplayFormat::dateTime(later.nextPollMs));
    QCOMPARE(cell(1).data().toString(), u"Due now"_s);
    QCOMPARE(cell(2).data().toString(), u"Stopped until edited"_s);
    QCOMPARE(cell(2).data(ItemRole::Sort).toLongLong(), std::numeric_limits<qint64>::max());
    QCOMPARE(m_model->index(0, NetworkSourcesModel::LastSuccess).data().toString(), u"never"_s);
}

void tst_NetworkSourcesModel::lastErrorShowsItsFirstLineAndTellsAllInTheToolTip()
{
    SourceConfig failing = source(u"f"_s, u"litellm"_s, SourceConfig::Status::Error);
    failing.lastError = u"HTTP 500 from http://proxy/user/daily/activity\nTraceback: ..."_s;
    m_model->setSources({failing});
    const QModelIndex cell = m_model->index(0, NetworkSourcesModel::LastError);
    QCOMPARE(cell.data().toString(), u"HTTP 500 from http://proxy/user/daily/activity"_s);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), failing.lastError);
}

void tst_NetworkSourcesModel::sortsByRawValues()
{
    SourceConfig a = source(u"a"_s, u"openai"_s, SourceConfig::Status::Ok);
    a.lastSuccessMs = 2000;
    SourceConfig b = source(u"b"_s, u"openai"_s, SourceConfig::Status::Ok);
    b.lastSuccessMs = 10'000;
    m_model->setSources({a, b});
    QCOMPARE(m_model->index(0, NetworkSourcesModel::LastSuccess).data(ItemRole::Sort).toLongLong(),
             2000);
    QCOMPARE(m_model->index(1, NetworkSourcesModel::LastSuccess).data(ItemRole::Sort).toLongLong(),
             10'000);
    QCOMPARE(m_model->index(1, NetworkSourcesModel::Name).data(ItemRole::Sort).toString(), u"b"_s);
}

void tst_NetworkSourcesModel::kindNames()
{
    QCOMPARE(NetworkSourcesModel::kindName(u"openai"_s), u"OpenAI"_s);
    QCOMPARE(NetworkSourcesModel::kindName(u"anthropic"_s), u"Anthropic"_s);
    QCOMPARE(NetworkSourcesModel::kindName(u"openrouter"_s), u"OpenRouter"_s);
    QCOMPARE(NetworkSourcesModel::kindName(u"litellm"_s), u"LiteLLM proxy"_s);
    QCOMPARE(NetworkSourcesModel::kindName(u"vllm"_s), u"vLLM server"_s);
    QCOMPARE(NetworkSourcesModel::kindName(u"something"_s), u"something"_s);
}

QTEST_GUILESS_MAIN(tst_NetworkSourcesModel)
#include "tst_networksourcesmodel.moc"
