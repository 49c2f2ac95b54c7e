#include "sourcedialog.h"

#include "errortext.h"
#include "itemmodels/networksourcesmodel.h"
#include "messagelabel.h"
#include "sources/networksources.h"
#include "sources/providersource.h"
#include "sources/sourceadministration.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxIntervalSeconds = 366 * 86'400;

QString intervalText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds % 60 != 0)
        return SourceDialog::tr("every %1 s").arg(seconds);
    return SourceDialog::tr("every %1 min").arg(seconds / 60);
}

// Where people usually keep such a key, as an example of a variable name.
QString keyVariableExample(const QString &kind)
{
    if (kind == "openai"_L1)
        return u"OPENAI_ADMIN_KEY"_s;
    if (kind == "anthropic"_L1)
        return u"ANTHROPIC_ADMIN_KEY"_s;
    if (kind == "openrouter"_L1)
        return u"OPENROUTER_PROVISIONING_KEY"_s;
    return u"LITELLM_MASTER_KEY"_s;
}

void setText(QJsonObject &settings, const QString &key, const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        settings.remove(key);
    else
        settings.insert(key, text);
}

void setNumber(QJsonObject &settings, const QString &key, const QSpinBox *box)
{
    if (box->value() == box->minimum()) // "Default"
        settings.remove(key);
    else
        settings.insert(key, box->value());
}

} // namespace

SourceDialog::SourceDialog(SourceAdministration *administration, QWidget *parent)
    : QDialog(parent), m_administration(administration)
{
    build();
    setWindowTitle(tr("Add a source"));
    saveButton()->setText(tr("Add source"));
    onKindChanged();
}

SourceDialog::SourceDialog(SourceAdministration *administration, const SourceConfig &source,
                           QWidget *parent)
    : QDialog(parent), m_administration(administration), m_source(source)
{
    build();
    setWindowTitle(tr("Edit “%1”").arg(source.name));
    saveButton()->setText(tr("Save"));
    load(source);
}

QPushButton *SourceDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void SourceDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);

    m_kind = new QComboBox(this);
    const QStringList kinds = NetworkSources::kinds();
    for (const QString &kind : kinds)
        m_kind->addItem(NetworkSourcesModel::kindName(kind), kind);
    m_form->addRow(tr("&Kind:"), m_kind);

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. OpenAI production, GPU box 1"));
    m_form->addRow(tr("&Name:"), m_name);

    m_baseUrl = new QLineEdit(this);
    m_form->addRow(tr("&Address:"), m_baseUrl);

    m_key = new QLineEdit(this);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    m_form->addRow(tr("API &key:"), m_key);
    m_keyVariable = new QLineEdit(this);
    m_keyVariable->setAccessibleName(tr("Environment variable holding the API key"));
    m_form->addRow(tr("Or environment &variable:"), m_keyVariable);
    m_keyHint = new QLabel(tr("An admin key of the organisation. Burnrate keeps it in the system "
                              "keychain, never in its ledger. On a machine without a keychain, "
                              "put it in an environment variable and enter the variable's name."),
                           this);
    m_keyHint->setWordWrap(true);
    m_keyHint->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(m_keyHint);

    m_interval = new QSpinBox(this);
    m_interval->setRange(0, maxIntervalSeconds);
    m_interval->setSingleStep(15);
    m_interval->setSuffix(tr(" s"));
    m_interval->setAccessibleName(tr("Poll interval in seconds"));
    m_form->addRow(tr("&Poll every:"), m_interval);

    m_backfill = new QSpinBox(this);
    m_backfill->setRange(0, 366);
    m_backfill->setSuffix(tr(" days"));
    m_backfill->setSpecialValueText(
        tr("Default (%1 days)").arg(ProviderPollPolicy {}.backfillDays));
    m_backfill->setToolTip(tr("How much history the first poll reads."));
    m_backfill->setAccessibleName(tr("Days of history to read first"));
    m_form->addRow(tr("&History to read:"), m_backfill);

    m_referenceModel = new QLineEdit(this);
    m_referenceModel->setPlaceholderText(tr("e.g. gpt-4o-mini (optional)"));
    m_referenceModel->setToolTip(
        tr("A cloud model of the price table: Burnrate shows what this server's tokens would "
           "have cost there."));
    m_form->addRow(tr("&Reference model:"), m_referenceModel);
    m_servedModel = new QLineEdit(this);
    m_servedModel->setPlaceholderText(tr("As the server reports it (optional)"));
    m_form->addRow(tr("&Served model:"), m_servedModel);
    m_person = new QLineEdit(this);
    m_person->setPlaceholderText(tr("Whose usage it is, e.g. ana@example.com (optional)"));
    m_form->addRow(tr("P&erson's email:"), m_person);

    m_error = new MessageLabel(this);
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SourceDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SourceDialog::onKindChanged);

    if (m_administration) {
        connect(m_administration, &SourceAdministration::sourceSaved, this,
                [this](const QString &name) {
                    if (name == m_pendingName)
                        accept();
                });
        connect(m_administration, &SourceAdministration::saveFailed, this,
                [this](const QString &name, const Error &error) {
                    if (name != m_pendingName)
                        return;
                    setBusy(false);
                    showError(error);
                });
    }
    setMinimumWidth(520);
}

void SourceDialog::load(const SourceConfig &source)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(source.kind)));
    m_kind->setEnabled(false);
    m_name->setText(source.name);
    m_name->setReadOnly(true);
    m_name->setToolTip(tr("A source keeps its name: its key in the keychain is filed under it."));
    const auto text = [&](const char *key) {
        return source.settings.value(QLatin1String(key)).toString();
    };
    m_baseUrl->setText(text("base_url"));
    m_keyVariable->setText(text("key_env"));
    m_referenceModel->setText(text("reference_model"));
    m_servedModel->setText(text("model"));
    m_person->setText(text("person_email"));
    m_interval->setValue(int(source.settings.value("interval_s"_L1).toInteger(0)));
    m_backfill->setValue(int(source.settings.value("backfill_days"_L1).toInteger(0)));
    onKindChanged();
}

QString SourceDialog::currentKind() const
{
    return m_kind->currentData().toString();
}

void SourceDialog::onKindChanged()
{
    const QString kind = currentKind();
    const bool isProvider = NetworkSources::needsKey(kind);
    const QUrl defaultUrl = NetworkSources::defaultBaseUrl(kind);
    if (!defaultUrl.isEmpty()) {
        m_baseUrl->setPlaceholderText(defaultUrl.toString());
        m_baseUrl->setToolTip(tr("Leave empty for the provider's own address."));
    } else if (isProvider) {
        m_baseUrl->setPlaceholderText(tr("The proxy's address, e.g. http://litellm:4000"));
        m_baseUrl->setToolTip({});
    } else {
        m_baseUrl->setPlaceholderText(tr("The server's address, e.g. http://gpu-box:8080"));
        m_baseUrl->setToolTip(tr("The server, or its /metrics address."));
    }
    m_interval->setSpecialValueText(
        tr("Default (%1)").arg(intervalText(NetworkSources::defaultIntervalMs(kind))));

    const bool canStoreKeys = m_administration && m_administration->canStoreKeys();
    m_key->setEnabled(canStoreKeys);
    if (!canStoreKeys)
        m_key->setPlaceholderText(tr("No keychain here: use an environment variable"));
    else if (isEditing())
        m_key->setPlaceholderText(tr("Leave empty to keep the stored key"));
    else
        m_key->setPlaceholderText(tr("Kept in the system keychain"));
    m_keyVariable->setPlaceholderText(tr("e.g. %1").arg(keyVariableExample(kind)));

    for (QWidget *field : {static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_keyVariable),
                           static_cast<QWidget *>(m_keyHint), static_cast<QWidget *>(m_backfill)})
        m_form->setRowVisible(field, isProvider);
    for (QWidget *field : {m_referenceModel, m_servedModel, m_person})
        m_form->setRowVisible(field, !isProvider);
    adjustSize();
}

QJsonObject SourceDialog::enteredSettings() const
{
    // Settings this dialog does not show stay as they were.
    QJsonObject settings = m_source.settings;
    setText(settings, u"base_url"_s, m_baseUrl);
    setText(settings, u"key_env"_s, m_keyVariable);
    setText(settings, u"reference_model"_s, m_referenceModel);
    setText(settings, u"model"_s, m_servedModel);
    setText(settings, u"person_email"_s, m_person);
    setNumber(settings, u"interval_s"_s, m_interval);
    setNumber(settings, u"backfill_days"_s, m_backfill);
    return settings;
}

void SourceDialog::save()
{
    if (!m_administration || !m_pendingName.isEmpty())
        return;
    const QString key = m_key->isEnabled() ? m_key->text() : QString();
    const QString name = isEditing() ? m_source.name : m_name->text().trimmed();
    const Status accepted = isEditing()
        ? m_administration->update(m_source.id, enteredSettings(), key)
        : m_administration->add(currentKind(), name, enteredSettings(), key);
    if (!accepted) {
        showError(accepted.error());
        return;
    }
    m_pendingName = name;
    setBusy(true);
}

void SourceDialog::setBusy(bool isBusy)
{
    if (!isBusy)
        m_pendingName.clear();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!isBusy);
    if (isBusy) {
        m_error->setText(tr("Saving…"));
        m_error->setForegroundRole(QPalette::PlaceholderText);
        m_error->show();
    }
}

void SourceDialog::showError(const Error &error)
{
    // The administration words its objections for people; only database trouble needs ours.
    const bool isTechnical = error.code == ErrorCode::Database
        || error.code == ErrorCode::DatabaseCorrupt || error.code == ErrorCode::SchemaTooNew;
    m_error->showMessage(isTechnical ? errorText(error) : error.detail,
                         MessageLabel::Kind::Problem);
    m_error->show();
}
