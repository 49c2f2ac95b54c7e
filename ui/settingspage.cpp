#include "settingspage.h"

#include "errortext.h"
#include "language.h"
#include "ledger/reportingzonechange.h"
#include "messagelabel.h"
#include "uisettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

QString usdCode()
{
    return QStringLiteral("USD");
}

} // namespace

SettingsPage::SettingsPage(QueryService *queries, const Clock *clock, QWidget *parent)
    : DashboardPage(queries, clock, parent)
{
    QVBoxLayout *outer = setColumnContent();
    QWidget *content = outer->parentWidget();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);

    auto *meRow = new QHBoxLayout;
    m_me = new QComboBox(content);
    m_me->setAccessibleName(tr("Who I am"));
    m_me->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_me->setMinimumContentsLength(30);
    m_useLedgerDefault = new QPushButton(tr("Use the ledger's choice"), content);
    meRow->addWidget(m_me);
    meRow->addWidget(m_useLedgerDefault);
    meRow->addStretch(1);
    form->addRow(tr("&Who I am:"), meRow);
    static_cast<QLabel *>(form->labelForField(meRow))->setBuddy(m_me);
    m_ledgerDefault = new QLabel(content);
    m_ledgerDefault->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_ledgerDefault);

    const auto selectable = [content] {
        auto *label = new QLabel(content);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        return label;
    };
    m_theme = new QComboBox(content);
    m_theme->setAccessibleName(tr("Appearance"));
    for (const Theme::Choice choice : Theme::allChoices())
        m_theme->addItem(themeChoiceName(choice), int(choice));
    m_theme->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *themeRow = new QHBoxLayout;
    themeRow->addWidget(m_theme);
    themeRow->addStretch(1);
    form->addRow(tr("&Appearance:"), themeRow);
    static_cast<QLabel *>(form->labelForField(themeRow))->setBuddy(m_theme);

    auto *languageRow = new QHBoxLayout;
    m_language = new QComboBox(content);
    m_language->setAccessibleName(tr("Language"));
    const QString chosenLanguage = UiSettings::language();
    for (const Language::Option &option : Language::options()) {
        m_language->addItem(option.nativeName, option.key);
        if (option.key == chosenLanguage)
            m_language->setCurrentIndex(m_language->count() - 1);
    }
    m_languageNote = new QLabel(tr("Shown when Burnrate starts again."), content);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);
    m_languageNote->hide();
    m_restart = new QPushButton(tr("Restart &now"), content);
    m_restart->hide();
    languageRow->addWidget(m_language);
    languageRow->addWidget(m_languageNote);
    languageRow->addWidget(m_restart);
    languageRow->addStretch(1);
    form->addRow(tr("&Language:"), languageRow);
    static_cast<QLabel *>(form->labelForField(languageRow))->setBuddy(m_language);

    addCurrencyRows(form, content);

    auto *refreshRow = new QHBoxLayout;
    m_refresh = new QComboBox(content);
    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->addItem(tr("Only when this computer's sources write, or on F5"), 0);
    m_refresh->addItem(tr("Every minute"), 1);
    for (const int minutes : {5, 15, 60})
        m_refresh->addItem(tr("Every %1 minutes").arg(minutes), minutes);
    const int chosenMinutes = m_refresh->findData(UiSettings::refreshMinutes());
    m_refresh->setCurrentIndex(chosenMinutes >= 0 ? chosenMinutes : 2);
    refreshRow->addWidget(m_refresh);
    refreshRow->addStretch(1);
    form->addRow(tr("&Read the ledger again:"), refreshRow);
    static_cast<QLabel *>(form->labelForField(refreshRow))->setBuddy(m_refresh);

    m_notifications
        = new QCheckBox(tr("Tell me about my budget alerts with a desktop notification"), content);
    m_notifications->setChecked(UiSettings::desktopNotifications());
    form->addRow(tr("Notifications:"), m_notifications);
    auto *webhooks = new QLabel(tr("Alerts also reach chat channels and other systems through "
                                   "webhooks, which an admin sets up with “burnrate-cli webhooks "
                                   "add --url URL”."),
                                content);
    webhooks->setWordWrap(true);
    webhooks->setMinimumWidth(520);
    webhooks->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), webhooks);

    m_peerComparison = new QCheckBox(
        tr("Show each employee how their spend compares with their peers (groups of 5 or more, "
           "nobody named)"),
        content);
    m_peerComparison->setEnabled(false);
    form->addRow(tr("Peer comparison:"), m_peerComparison);

    m_organisation = selectable();
    m_organisation->setAccessibleName(tr("Organisation"));
    form->addRow(tr("Organisation:"), m_organisation);
    addZoneRows(form, content);
    m_path = selectable();
    m_path->setAccessibleName(tr("Data file"));
    m_path->setWordWrap(false);
    form->addRow(tr("Data file:"), m_path);
    outer->addLayout(form);
    auto *note = new QLabel(tr("Who you are, the appearance, the language and the currency are "
                               "kept in your own settings. The reporting time zone, which days "
                               "are counted in, and the peer comparison switch are the ledger's, "
                               "for everyone."),
                            content);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(note);
    outer->addStretch(1);

    connect(m_me, &QComboBox::activated, this,
            [this](int index) { emit meOverrideChanged(m_me->itemData(index).toString()); });
    connect(m_useLedgerDefault, &QPushButton::clicked, this,
            [this] { emit meOverrideChanged({}); });
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        const QString key = m_language->itemData(index).toString();
        UiSettings::setLanguage(key);
        m_languageNote->show();
        m_restart->show();
        emit languageChanged(key);
    });
    connect(m_restart, &QPushButton::clicked, this, &SettingsPage::restartRequested);
    connect(m_refresh, &QComboBox::activated, this, [this](int index) {
        const int minutes = m_refresh->itemData(index).toInt();
        UiSettings::setRefreshMinutes(minutes);
        emit refreshMinutesChanged(minutes);
    });
    connect(m_notifications, &QCheckBox::toggled, this,
            [](bool on) { UiSettings::setDesktopNotifications(on); });
    connect(m_peerComparison, &QCheckBox::clicked, this, &SettingsPage::peerComparisonChanged);
    connect(m_theme, &QComboBox::activated, this, [this](int index) {
        emit themeChoiceChanged(Theme::Choice(m_theme->itemData(index).toInt()));
    });
}

void SettingsPage::addCurrencyRows(QFormLayout *form, QWidget *content)
{
    m_currency = new QComboBox(content);
    m_currency->setAccessibleName(tr("Currency"));
    for (const QString &code : CurrencyDisplay::codes())
        m_currency->addItem(code, code);
    auto *currencyRow = new QHBoxLayout;
    currencyRow->addWidget(m_currency);
    currencyRow->addStretch(1);
    form->addRow(tr("C&urrency:"), currencyRow);
    static_cast<QLabel *>(form->labelForField(currencyRow))->setBuddy(m_currency);

    m_rate = new QLineEdit(content);
    m_rate->setAccessibleName(tr("Rate per US dollar"));
    m_rate->setToolTip(tr("How many units of the currency one US dollar buys."));
    m_rate->setMaximumWidth(140);
    m_currencyMessage = new MessageLabel(content);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rate);
    rateRow->addWidget(m_currencyMessage, 1);
    form->addRow(tr("Rate per US &dollar:"), rateRow);
    static_cast<QLabel *>(form->labelForField(rateRow))->setBuddy(m_rate);
    auto *note = new QLabel(tr("Amounts are converted from US dollars at this rate; budgets and "
                               "the ledger stay in US dollars."),
                            content);
    note->setWordWrap(true);
    note->setMinimumWidth(520);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);

    connect(m_currency, &QComboBox::activated, this,
            [this](int index) { chooseCurrency(m_currency->itemData(index).toString()); });
    connect(m_rate, &QLineEdit::editingFinished, this, &SettingsPage::applyRate);
    showCurrency(UiSettings::currency());
}

void SettingsPage::showCurrency(const CurrencyDisplay &currency)
{
    m_shownCurrency = currency;
    m_currency->setCurrentIndex(m_currency->findData(currency.code()));
    m_rate->setEnabled(!currency.isUsd());
    m_rate->setText(CurrencyDisplay::rateText(currency.microsPerUsd()));
}

void SettingsPage::chooseCurrency(const QString &code)
{
    m_currencyMessage->clear();
    if (code == usdCode()) {
        useCurrency(CurrencyDisplay());
        return;
    }
    m_rate->setEnabled(true);
    if (const std::optional<qint64> known = UiSettings::currencyRate(code)) {
        if (const std::optional<CurrencyDisplay> currency = CurrencyDisplay::make(code, *known)) {
            useCurrency(*currency);
            return;
        }
    }
    // No rate for it yet: amounts stay as they are until one is given.
    m_rate->clear();
    m_currencyMessage->showMessage(tr("Enter how many %1 one US dollar buys.").arg(code));
    m_rate->setFocus(Qt::OtherFocusReason);
}

void SettingsPage::applyRate()
{
    const QString code = m_currency->currentData().toString();
    if (code == usdCode())
        return;
    const std::optional<qint64> previous = m_shownCurrency.code() == code
        ? std::optional<qint64>(m_shownCurrency.microsPerUsd())
        : UiSettings::currencyRate(code);
    const QString typed = m_rate->text().trimmed();
    // A rejected rate never replaces the one in use: the field shows it again.
    const auto keepPrevious = [&] {
        m_rate->setText(previous ? CurrencyDisplay::rateText(*previous) : QString());
    };
    if (typed.isEmpty()) {
        keepPrevious();
        return;
    }
    const std::optional<qint64> rate = CurrencyDisplay::parseRate(typed);
    QString problem;
    if (!rate)
        problem = tr("“%1” is not a rate: type a number such as %2.")
                      .arg(typed, CurrencyDisplay::rateText(1'250'000));
    else if (*rate <= 0)
        problem = tr("The rate must be above zero.");
    else if (*rate > CurrencyDisplay::maxMicrosPerUsd)
        problem = tr("The rate can be at most %1 per US dollar.")
                      .arg(CurrencyDisplay::rateText(CurrencyDisplay::maxMicrosPerUsd));
    if (!problem.isEmpty()) {
        keepPrevious();
        m_currencyMessage->showMessage(problem, MessageLabel::Kind::Problem);
        return;
    }
    m_currencyMessage->clear();
    if (const std::optional<CurrencyDisplay> currency = CurrencyDisplay::make(code, *rate))
        useCurrency(*currency);
}

void SettingsPage::useCurrency(const CurrencyDisplay &currency)
{
    const bool changed = currency != m_shownCurrency;
    UiSettings::setCurrency(currency);
    showCurrency(currency);
    if (changed)
        emit currencyChanged(currency);
}

void SettingsPage::addZoneRows(QFormLayout *form, QWidget *content)
{
    m_zoneSelector = new QComboBox(content);
    m_zoneSelector->setEditable(true);
    m_zoneSelector->setInsertPolicy(QComboBox::NoInsert);
    m_zoneSelector->setAccessibleName(tr("Reporting time zone"));
    m_zoneSelector->setMinimumContentsLength(24);
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : zones)
        m_zoneSelector->addItem(QString::fromUtf8(zone));
    // Searchable: any part of a name ("berl", "york") offers the zones that contain it.
    m_zoneSelector->completer()->setFilterMode(Qt::MatchContains);
    m_zoneSelector->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zoneSelector->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_applyZone = new QPushButton(tr("Apply…"), content);
    m_zoneProgress = new QProgressBar(content);
    m_zoneProgress->setRange(0, 0); // busy: how long depends on the ledger's size
    m_zoneProgress->setMaximumWidth(160);
    m_zoneProgress->setAccessibleName(tr("Recomputing days"));
    m_zoneProgress->hide();
    m_zoneMessage = new MessageLabel(content);
    auto *zoneRow = new QHBoxLayout;
    zoneRow->addWidget(m_zoneSelector);
    zoneRow->addWidget(m_applyZone);
    zoneRow->addWidget(m_zoneProgress);
    zoneRow->addWidget(m_zoneMessage, 1);
    form->addRow(tr("Reporting time &zone:"), zoneRow);
    static_cast<QLabel *>(form->labelForField(zoneRow))->setBuddy(m_zoneSelector);
    connect(m_applyZone, &QPushButton::clicked, this, &SettingsPage::confirmZoneChange);
    updateZoneControls();
}

void SettingsPage::setReportingZoneChange(ReportingZoneChange *change)
{
    m_zoneChange = change;
    if (change) {
        connect(change, &ReportingZoneChange::finished, this, &SettingsPage::onZoneChangeEnded);
        connect(change, &ReportingZoneChange::errorOccurred, this,
                &SettingsPage::onZoneChangeFailed);
    }
    updateZoneControls();
}

void SettingsPage::updateZoneControls()
{
    const bool running = m_zoneChange && m_zoneChange->isRunning();
    const bool editable = m_canAdministrate && m_zoneChange && state().isValid && !running;
    m_zoneSelector->setEnabled(editable);
    m_applyZone->setEnabled(editable);
    m_zoneProgress->setVisible(running);
    m_zoneSelector->setToolTip(
        m_canAdministrate && m_zoneChange
            ? tr("The calendar the ledger's days, reports and budgets count in, for everyone.")
            : tr("The calendar the ledger's days are counted in, for everyone (ledger setting "
                 "“reporting_timezone”)."));
}

void SettingsPage::confirmZoneChange()
{
    const QString current = state().directory.timeZone;
    const QString chosen = m_zoneSelector->currentText().trimmed();
    if (!QTimeZone(chosen.toUtf8()).isValid()) {
        m_zoneMessage->showMessage(
            tr("“%1” is not a time zone Burnrate knows: choose one from the list.").arg(chosen),
            MessageLabel::Kind::Problem);
        return;
    }
    if (chosen == current) {
        m_zoneMessage->showMessage(tr("Days are counted in %1 already.").arg(current));
        return;
    }
    auto *question = new QMessageBox(QMessageBox::Question, tr("Change the reporting time zone"),
                                     tr("Count the days in %1 instead of %2?").arg(chosen, current),
                                     QMessageBox::Cancel, this);
    question->setInformativeText(
        tr("Burnrate recomputes the day of every record in the ledger and rebuilds its daily "
           "totals. This may take a while on a large ledger. Reports, budgets and alerts count "
           "days in the new zone, for everyone."));
    QPushButton *change = question->addButton(tr("Change time zone"), QMessageBox::AcceptRole);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(change, &QPushButton::clicked, this, [this, chosen] {
        if (!m_zoneChange || !m_zoneChange->start(chosen)) {
            m_zoneMessage->showMessage(tr("A change of time zone is under way already."),
                                       MessageLabel::Kind::Problem);
            return;
        }
        m_zoneMessage->showMessage(tr("Recomputing the day of every record in %1…").arg(chosen));
        updateZoneControls();
    });
    question->open();
}

void SettingsPage::onZoneChangeEnded(const QString &zoneId)
{
    m_zoneMessage->showMessage(tr("Days are now counted in %1.").arg(zoneId));
    updateZoneControls();
    emit reportingZoneChanged(zoneId);
}

void SettingsPage::onZoneChangeFailed(const Error &error)
{
    const QString current = state().directory.timeZone;
    m_zoneMessage->showMessage(
        tr("The reporting time zone stays %1: %2").arg(current, errorText(error)),
        MessageLabel::Kind::Problem);
    m_zoneSelector->setEditText(current);
    updateZoneControls();
}

void SettingsPage::setCanAdministrate(bool can)
{
    m_canAdministrate = can;
    m_peerComparison->setEnabled(can && state().isValid);
    updateZoneControls();
}

void SettingsPage::setThemeChoice(Theme::Choice choice)
{
    m_theme->setCurrentIndex(m_theme->findData(int(choice)));
}

QString SettingsPage::themeChoiceName(Theme::Choice choice)
{
    switch (choice) {
    case Theme::Choice::System:
        return tr("Follow the system");
    case Theme::Choice::Light:
        return tr("Light");
    case Theme::Choice::Dark:
        return tr("Dark");
    }
    return {};
}

void SettingsPage::reload()
{
    const DashboardState &state = this->state();
    const DirectorySnapshot &directory = state.directory;
    {
        const QSignalBlocker blocker(m_me);
        m_me->clear();
        if (directory.people.isEmpty())
            m_me->addItem(tr("(nobody in the directory)"), QString());
        for (const Person &person : directory.people) {
            m_me->addItem(tr("%1 <%2>").arg(person.name, person.email), person.email);
            if (person.email == state.meEmail)
                m_me->setCurrentIndex(m_me->count() - 1);
        }
        if (state.meEmail.isEmpty() && !directory.people.isEmpty()) {
            m_me->insertItem(0, tr("(choose)"), QString());
            m_me->setCurrentIndex(0);
        }
    }
    m_me->setEnabled(!directory.people.isEmpty());
    m_ledgerDefault->setText(directory.meEmail.isEmpty()
                                 ? tr("The ledger names nobody as its user.")
                                 : tr("The ledger's choice: %1").arg(directory.meEmail));
    m_useLedgerDefault->setEnabled(!directory.meEmail.isEmpty());
    m_organisation->setText(directory.organisationName.isEmpty() ? tr("(not named)")
                                                                 : directory.organisationName);
    if (!m_zoneChange || !m_zoneChange->isRunning()) {
        const int zone = m_zoneSelector->findText(directory.timeZone);
        if (zone >= 0)
            m_zoneSelector->setCurrentIndex(zone);
        else
            m_zoneSelector->setEditText(directory.timeZone);
    }
    updateZoneControls();
    m_peerComparison->setChecked(directory.peerComparisonEnabled);
    m_peerComparison->setEnabled(m_canAdministrate);
    m_peerComparison->setToolTip(m_canAdministrate
                                     ? tr("The organisation's privacy switch, for everyone.")
                                     : tr("The organisation's privacy switch (ledger setting "
                                          "“peer_comparison”), for everyone."));
    m_path->setText(directory.ledgerPath);
    showContent();
}
