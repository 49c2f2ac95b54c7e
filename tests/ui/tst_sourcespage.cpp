#include "analytics/queryservice.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/networksourcesmodel.h"
#include "ledger/sourcestore.h"
#include "networksourcespanel.h"
#include "pricing/pricebook.h"
#include "sourcedialog.h"
#include "sources/networksources.h"
#include "sources/secretstore.h"
#include "sources/sourceadministration.h"
#include "sources/sourcescheduler.h"
#include "sourcespage.h"
#include "support/fakeclock.h"
#include "support/fakehttpserver.h"
#include "support/templedger.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_SourcesPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void listsTheConfiguredSources();
    void buttonsFollowTheSelection();
    void dialogShowsWhatTheKindNeeds();
    void addThroughTheDialog();
    void editThroughTheDialog();
    void testShowsWhatHappened();
    void removeAsksFirst();
    void pageFollowsTheScheduler();
    void withoutAdministrationItSaysWhy();

private:
    NetworkSourcesPanel *panel() const { return m_page->networkSourcesPanel(); }
    SourceDialog *waitForDialog();
    void select(const QString &name);

    QThread m_thread;
    FakeClock m_clock;
    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<PriceBook> m_prices;
    std::unique_ptr<SourceScheduler> m_scheduler;
    std::unique_ptr<SourceAdministration> m_administration;
    std::unique_ptr<QueryService> m_queries;
    std::unique_ptr<SourcesPage> m_page;
};

void tst_SourcesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_thread.start();
}

void tst_SourcesPage::cleanupTestCase()
{
    m_thread.quit();
    m_thread.wait();
}

void tst_SourcesPage::init()
{
    m_ledger = std::make_unique<TempLedger>();
    QVERIFY(m_ledger->isValid());
    m_server = std::make_unique<FakeHttpServer>();
    SourceStore store(m_ledger->ledger());
    QVERIFY(store.add(u"llamacpp"_s, u"gpu-box"_s, {{u"base_url"_s, m_server->url().toString()}},
                      m_clock.nowMs()));
    Result<SourceConfig> openAi = store.add(
        u"openai"_s, u"openai-prod"_s, {{u"key_env"_s, u"OPENAI_ADMIN_KEY"_s}}, m_clock.nowMs());
    QVERIFY(openAi);
    QVERIFY(store.recordFailure(openAi->id, SourceConfig::Status::Unauthorized,
                                u"no API key for \"openai-prod\": environment variable "
                                u"OPENAI_ADMIN_KEY is not set"_s));

    m_network = std::make_unique<QNetworkAccessManager>();
    m_secrets = std::make_unique<SecretStore>(QProcessEnvironment());
    m_secrets->setKeychainEnabled(false);
    Result<PriceBook> prices = PriceBook::load(m_ledger->ledger(), m_clock.nowMs());
    QVERIFY(prices);
    m_prices = std::make_unique<PriceBook>(*prices);
    m_scheduler = std::make_unique<SourceScheduler>(
        m_ledger->ledger(), &m_clock, [this](const SourceConfig &config) {
            return NetworkSources::make(config, m_ledger->ledger(), m_network.get(), &m_clock,
                                        *m_prices, m_secrets.get());
        });
    QVERIFY(m_scheduler->reload()); // not started: only the tests poll
    m_administration = std::make_unique<SourceAdministration>(m_ledger->ledger(), m_scheduler.get(),
                                                              m_secrets.get(), &m_clock);

    m_queries = std::make_unique<QueryService>(m_ledger->path());
    m_queries->moveToThread(&m_thread);
    m_page = std::make_unique<SourcesPage>(m_queries.get(), &m_clock);
    m_page->setSourceAdministration(m_administration.get());
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_SourcesPage::cleanup()
{
    m_page.reset();
    m_queries.release()->deleteLater();
    m_administration.reset();
    m_scheduler.reset();
    m_secrets.reset();
    m_network.reset();
    m_server.reset();
    m_prices.reset();
    m_ledger.reset();
}

SourceDialog *tst_SourcesPage::waitForDialog()
{
    SourceDialog *dialog = nullptr;
    const bool isOpen = QTest::qWaitFor(
        [&] {
            dialog = panel()->findChild<SourceDialog *>();
            return dialog && dialog->isVisible();
        },
        5000);
    return isOpen ? dialog : nullptr;
}

void tst_SourcesPage::select(const QString &name)
{
    panel()->selectSource(name);
    QCOMPARE(panel()->selectedName(), name);
}

void tst_SourcesPage::listsTheConfiguredSources()
{
    QAbstractItemModelTester tester(panel()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(panel()->view()->isVisible());
    QVERIFY(!panel()->unavailableLabel()->isVisible());
    QCOMPARE(panel()->model()->rowCount(), 2);
    QAbstractItemModel *shown = panel()->view()->model();
    QCOMPARE(shown->index(0, NetworkSourcesModel::Name).data().toString(), u"gpu-box"_s);
    QCOMPARE(shown->index(0, NetworkSourcesModel::Kind).data().toString(), u"llama.cpp server"_s);
    QCOMPARE(shown->index(0, NetworkSourcesModel::State).data().toString(),
             u"Waiting for the first poll"_s);
    QCOMPARE(shown->index(1, NetworkSourcesModel::Name).data().toString(), u"openai-prod"_s);
    QCOMPARE(shown->index(1, NetworkSourcesModel::State).data().toString(),
             u"Key refused or missing"_s);
    QVERIFY(shown->index(1, NetworkSourcesModel::LastError)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"OPENAI_ADMIN_KEY"_s));
    QVERIFY(!panel()->view()->accessibleName().isEmpty());
}

void tst_SourcesPage::buttonsFollowTheSelection()
{
    QVERIFY(panel()->addButton()->isEnabled());
    QVERIFY(!panel()->editButton()->isEnabled());
    QVERIFY(!panel()->testButton()->isEnabled());
    QVERIFY(!panel()->removeButton()->isEnabled());
    for (QPushButton *button : {panel()->addButton(), panel()->editButton(), panel()->testButton(),
                                panel()->removeButton()}) {
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
    }
    // Keyboard: into the table, down to the first row.
    panel()->view()->setFocus();
    QTest::keyClick(panel()->view(), Qt::Key_Down);
    QVERIFY(!panel()->selectedName().isEmpty());
    QVERIFY(panel()->editButton()->isEnabled());
    QVERIFY(panel()->testButton()->isEnabled());
    QVERIFY(panel()->removeButton()->isEnabled());
    // Enter edits the row.
    QTest::keyClick(panel()->view(), Qt::Key_Return);
    SourceDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    QCOMPARE(dialog->nameEdit()->text(), panel()->selectedName());
    dialog->reject();
}

void tst_SourcesPage::dialogShowsWhatTheKindNeeds()
{
    QTest::mouseClick(panel()->addButton(), Qt::LeftButton);
    SourceDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(u"openai"_s));
    QVERIFY(dialog->keyEdit()->isVisible());
    QCOMPARE(dialog->keyEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog->keyEdit()->isEnabled()); // no keychain in this test
    QVERIFY(dialog->keyVariableEdit()->isVisible());
    QVERIFY(dialog->backfillBox()->isVisible());
    QVERIFY(!dialog->referenceModelEdit()->isVisible());
    QCOMPARE(dialog->baseUrlEdit()->placeholderText(), u"https://api.openai.com"_s);

    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(u"vllm"_s));
    QVERIFY(!dialog->keyEdit()->isVisible());
    QVERIFY(!dialog->keyVariableEdit()->isVisible());
    QVERIFY(!dialog->backfillBox()->isVisible());
    QVERIFY(dialog->referenceModelEdit()->isVisible());
    QVERIFY(dialog->servedModelEdit()->isVisible());
    QVERIFY(dialog->personEdit()->isVisible());
    QVERIFY(dialog->baseUrlEdit()->placeholderText().contains(u"http://"_s));
    QVERIFY(dialog->intervalBox()->specialValueText().contains(u"every 15 s"_s));
    dialog->reject();
}

void tst_SourcesPage::addThroughTheDialog()
{
    QTest::mouseClick(panel()->addButton(), Qt::LeftButton);
    QPointer<SourceDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->isEditing());
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(u"vllm"_s));
    QTest::keyClicks(dialog->nameEdit(), u"vLLM box"_s);
    QTest::keyClicks(dialog->baseUrlEdit(), u"gpu-2:8000"_s); // no scheme
    QTest::keyClicks(dialog->referenceModelEdit(), u"gpt-4o-mini"_s);
    QTest::keyClicks(dialog->personEdit(), u"ana@example.com"_s);
    dialog->intervalBox()->setValue(30);

    // The administration's objection shows in the dialog, which stays open.
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->errorLabel()->isVisible());
    QVERIFY2(dialog->errorLabel()->text().contains(u"not a web address"_s),
             qPrintable(dialog->errorLabel()->text()));
    QVERIFY(dialog->isVisible());

    dialog->baseUrlEdit()->setText(u"http://gpu-2:8000"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull()); // closed and deleted once saved

    Result<SourceConfig> added = m_administration->find(u"vLLM box"_s);
    QVERIFY(added);
    QCOMPARE(added->kind, u"vllm"_s);
    QCOMPARE(added->settings,
             QJsonObject({{u"base_url"_s, u"http://gpu-2:8000"_s},
                          {u"reference_model"_s, u"gpt-4o-mini"_s},
                          {u"person_email"_s, u"ana@example.com"_s},
                          {u"interval_s"_s, 30}}));
    QCOMPARE(panel()->model()->rowCount(), 3);
    QCOMPARE(panel()->selectedName(), u"vLLM box"_s);
    QVERIFY(panel()->messageLabel()->text().contains(u"vLLM box"_s));
}

void tst_SourcesPage::editThroughTheDialog()
{
    select(u"openai-prod"_s);
    QTest::mouseClick(panel()->editButton(), Qt::LeftButton);
    QPointer<SourceDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    QVERIFY(!dialog->kindBox()->isEnabled());
    QVERIFY(dialog->nameEdit()->isReadOnly());
    QCOMPARE(dialog->nameEdit()->text(), u"openai-prod"_s);
    QCOMPARE(dialog->keyVariableEdit()->text(), u"OPENAI_ADMIN_KEY"_s);
    QCOMPARE(dialog->backfillBox()->value(), 0); // the default

    dialog->keyVariableEdit()->setText(u"OPENAI_ORG_KEY"_s);
    dialog->backfillBox()->setValue(90);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    const SourceConfig edited = *m_administration->find(u"openai-prod"_s);
    QCOMPARE(edited.settings,
             QJsonObject({{u"key_env"_s, u"OPENAI_ORG_KEY"_s}, {u"backfill_days"_s, 90}}));
    QCOMPARE(edited.status, SourceConfig::Status::Ok); // a changed key deserves another try
    QCOMPARE(panel()->view()->model()->index(1, NetworkSourcesModel::State).data().toString(),
             u"Waiting for the first poll"_s);
}

void tst_SourcesPage::testShowsWhatHappened()
{
    m_server->enqueue(
        u"/metrics"_s,
        FakeHttpServer::Response::reply(
            200, "llamacpp:prompt_tokens_total 10\nllamacpp:tokens_predicted_total 5\n"));
    select(u"gpu-box"_s);
    QTest::mouseClick(panel()->testButton(), Qt::LeftButton);
    QVERIFY(!panel()->testButton()->isEnabled()); // while it runs
    QVERIFY(panel()->messageLabel()->text().contains(u"Testing"_s));
    QTRY_VERIFY(panel()->messageLabel()->text().contains(u"Connected"_s));
    QVERIFY(panel()->testButton()->isEnabled());
    QCOMPARE(panel()->view()->model()->index(0, NetworkSourcesModel::State).data().toString(),
             u"OK"_s);
    QCOMPARE(panel()->selectedName(), u"gpu-box"_s); // the refresh keeps the selection

    m_server->setFallback(u"/metrics"_s, FakeHttpServer::Response::reply(500, "boom"));
    QTest::mouseClick(panel()->testButton(), Qt::LeftButton);
    QTRY_VERIFY(panel()->messageLabel()->text().contains(u"failed"_s));
    QCOMPARE(panel()->view()->model()->index(0, NetworkSourcesModel::State).data().toString(),
             u"Failing, retrying"_s);
}

void tst_SourcesPage::removeAsksFirst()
{
    select(u"gpu-box"_s);
    QTest::mouseClick(panel()->removeButton(), Qt::LeftButton);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    QVERIFY(question->text().contains(u"gpu-box"_s));
    question->button(QMessageBox::Cancel)->click();
    QCOMPARE(panel()->model()->rowCount(), 2);

    QTest::mouseClick(panel()->removeButton(), Qt::LeftButton);
    QTRY_VERIFY((question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    QAbstractButton *remove = nullptr;
    const QList<QAbstractButton *> buttons = question->buttons();
    for (QAbstractButton *button : buttons) {
        if (question->buttonRole(button) == QMessageBox::AcceptRole)
            remove = button;
    }
    QVERIFY(remove);
    remove->click();
    QCOMPARE(panel()->model()->rowCount(), 1);
    QVERIFY(!m_administration->find(u"gpu-box"_s));
    QVERIFY(panel()->messageLabel()->text().contains(u"usage stays"_s));
}

void tst_SourcesPage::pageFollowsTheScheduler()
{
    // A scheduled poll (not a test) still updates the table.
    m_server->enqueue(u"/metrics"_s,
                      FakeHttpServer::Response::reply(200,
                                                      "llamacpp:prompt_tokens_total 1\n"
                                                      "llamacpp:tokens_predicted_total 1\n"));
    QVERIFY(m_scheduler->pollNow({u"gpu-box"_s}));
    QTRY_COMPARE(panel()->view()->model()->index(0, NetworkSourcesModel::State).data().toString(),
                 u"OK"_s);
    QVERIFY(!panel()->messageLabel()->text().contains(u"Connected"_s)); // no test was asked for
}

void tst_SourcesPage::withoutAdministrationItSaysWhy()
{
    SourcesPage page(m_queries.get(), &m_clock);
    page.setSourceAdministrationUnavailable(u"Not available in the demo."_s);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    NetworkSourcesPanel *shown = page.networkSourcesPanel();
    QVERIFY(shown->unavailableLabel()->isVisible());
    QCOMPARE(shown->unavailableLabel()->text(), u"Not available in the demo."_s);
    QVERIFY(!shown->addButton()->isVisible());
    QVERIFY(!shown->addButton()->isEnabled());
}

QTEST_MAIN(tst_SourcesPage)
#include "tst_sourcespage.moc"
