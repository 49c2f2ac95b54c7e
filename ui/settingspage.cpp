#include "settingspage.h"

#include "language.h"
#include "uisettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

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
    m_zone = selectable();
    m_zone->setAccessibleName(tr("Reporting time zone"));
    form->addRow(tr("Reporting time zone:"), m_zone);
    m_path = selectable();
    m_path->setAccessibleName(tr("Data file"));
    m_path->setWordWrap(false);
    form->addRow(tr("Data file:"), m_path);
    outer->addLayout(form);
    auto *note = new QLabel(tr("Burnrate opens the ledger read-only. Your choice of who you are "
                               "is kept in your own settings; days are counted in the reporting "
                               "time zone, which “burnrate-cli” sets for everyone."),
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

void SettingsPage::setCanAdministrate(bool can)
{
    m_canAdministrate = can;
    m_peerComparison->setEnabled(can && state().isValid);
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
    m_zone->setText(directory.timeZone);
    m_peerComparison->setChecked(directory.peerComparisonEnabled);
    m_peerComparison->setEnabled(m_canAdministrate);
    m_peerComparison->setToolTip(m_canAdministrate
                                     ? tr("The organisation's privacy switch, for everyone.")
                                     : tr("The organisation's privacy switch (ledger setting "
                                          "“peer_comparison”), for everyone."));
    m_path->setText(directory.ledgerPath);
    showContent();
}
