#include "settingspage.h"

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
    connect(m_theme, &QComboBox::activated, this, [this](int index) {
        emit themeChoiceChanged(Theme::Choice(m_theme->itemData(index).toInt()));
    });
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
    m_path->setText(directory.ledgerPath);
    showContent();
}
