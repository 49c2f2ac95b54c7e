#include "dashboardtoolbar.h"

#include "periodtext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QToolButton>

DashboardToolBar::DashboardToolBar(QWidget *parent) : QToolBar(tr("Period and filters"), parent)
{
    setObjectName(QStringLiteral("periodToolBar"));
    setMovable(false);
    setFloatable(false);

    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setContentsMargins(6, 0, 4, 0);
    m_periodSelector = new QComboBox(this);
    m_periodSelector->setAccessibleName(tr("Period"));
    for (const ReportPeriod period : allReportPeriods())
        m_periodSelector->addItem(PeriodText::name(period), int(period));
    m_periodSelector->setCurrentIndex(int(allReportPeriods().indexOf(m_period)));
    periodLabel->setBuddy(m_periodSelector);
    addWidget(periodLabel);
    addWidget(m_periodSelector);

    const auto dateEdit = [this](const QString &name) {
        auto *edit = new QDateEdit(this);
        edit->setCalendarPopup(true);
        edit->setAccessibleName(name);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        return edit;
    };
    m_customFirst = dateEdit(tr("First day"));
    m_customLast = dateEdit(tr("Last day"));
    auto *to = new QLabel(tr("to"), this);
    to->setContentsMargins(4, 0, 4, 0);
    m_customActions = {addWidget(m_customFirst), addWidget(to), addWidget(m_customLast)};
    for (QAction *action : std::as_const(m_customActions))
        action->setVisible(false);
    m_span = new QLabel(this);
    m_span->setContentsMargins(8, 0, 12, 0);
    m_spanAction = addWidget(m_span);

    addSeparator();
    m_team = addFilter(tr("&Team:"), tr("Team filter"));
    m_person = addFilter(tr("Pe&rson:"), tr("Person filter"));
    m_model = addFilter(tr("&Model:"), tr("Model filter"));
    m_source = addFilter(tr("&Source:"), tr("Source filter"));
    m_clear = new QToolButton(this);
    m_clear->setText(tr("Clear filters"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_clear->setEnabled(false);
    addWidget(m_clear);

    connect(m_periodSelector, &QComboBox::activated, this, [this](int index) {
        const auto period = ReportPeriod(m_periodSelector->itemData(index).toInt());
        if (period == ReportPeriod::Custom && !m_customSpan.isValid())
            m_customSpan = m_state.span.isValid() ? m_state.span : DateSpan {};
        setPeriod(period);
        if (period == ReportPeriod::Custom)
            m_customFirst->setFocus(Qt::OtherFocusReason);
    });
    for (QDateEdit *edit : {m_customFirst, m_customLast}) {
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            QDate first = m_customFirst->date();
            QDate last = m_customLast->date();
            if (first > last)
                std::swap(first, last);
            setCustomSpan({first, last});
        });
    }
    for (QComboBox *combo : {m_team, m_person, m_model, m_source})
        connect(combo, &QComboBox::activated, this, &DashboardToolBar::onFilterActivated);
    connect(m_clear, &QToolButton::clicked, this, [this] { setFilter({}); });
}

QComboBox *DashboardToolBar::addFilter(const QString &label, const QString &accessibleName)
{
    auto *text = new QLabel(label, this);
    text->setContentsMargins(8, 0, 4, 0);
    auto *combo = new QComboBox(this);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(11);
    text->setBuddy(combo);
    addWidget(text);
    addWidget(combo);
    return combo;
}

void DashboardToolBar::setPeriod(ReportPeriod period)
{
    const bool changed = period != m_period;
    m_period = period;
    m_periodSelector->setCurrentIndex(int(allReportPeriods().indexOf(period)));
    showCustomEditors();
    if (changed)
        emit viewChanged();
}

void DashboardToolBar::setCustomSpan(const DateSpan &span)
{
    if (span == m_customSpan || !span.isValid())
        return;
    m_customSpan = span;
    showCustomEditors();
    if (m_period == ReportPeriod::Custom)
        emit viewChanged();
}

void DashboardToolBar::showCustomEditors()
{
    const bool custom = m_period == ReportPeriod::Custom;
    for (QAction *action : std::as_const(m_customActions))
        action->setVisible(custom);
    // A tool bar's widget is shown and hidden through its action (QToolBar::addWidget).
    m_spanAction->setVisible(!custom);
    const QSignalBlocker firstBlocker(m_customFirst);
    const QSignalBlocker lastBlocker(m_customLast);
    if (m_customSpan.isValid()) {
        m_customFirst->setDate(m_customSpan.first);
        m_customLast->setDate(m_customSpan.last);
    }
}

void DashboardToolBar::setFilter(const DashboardFilter &filter)
{
    const bool changed = filter != m_filter;
    m_filter = filter;
    fillFilters();
    if (changed)
        emit viewChanged();
}

void DashboardToolBar::onFilterActivated()
{
    DashboardFilter filter;
    filter.teamName = m_team->currentData().toString();
    filter.personEmail = m_person->currentData().toString();
    filter.model = m_model->currentData().toString();
    filter.source = m_source->currentData().toString();
    // A team chosen: a person outside it is no longer among the choices, so not chosen either.
    if (!filter.teamName.isEmpty() && !filter.personEmail.isEmpty()) {
        const QList<Person> members = m_state.membersOf(filter.teamName);
        const bool member
            = std::any_of(members.cbegin(), members.cend(),
                          [&](const Person &person) { return person.email == filter.personEmail; });
        if (!member)
            filter.personEmail.clear();
    }
    setFilter(filter);
}

void DashboardToolBar::showState(const DashboardState &state)
{
    m_state = state;
    // The directory may have dropped a team or person that is gone.
    m_filter = state.filter;
    m_span->setText(PeriodText::span(state.span));
    if (m_period == ReportPeriod::Custom && !m_customSpan.isValid())
        m_customSpan = state.span;
    showCustomEditors();
    fillFilters();
}

void DashboardToolBar::selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void DashboardToolBar::fillFilters()
{
    const DirectorySnapshot &directory = m_state.directory;
    {
        const QSignalBlocker blocker(m_team);
        m_team->clear();
        m_team->addItem(tr("All teams"), QString());
        for (const auto &[team, depth] : m_state.teamsInTreeOrder())
            m_team->addItem(QString(depth * 3, u' ') + team.name, team.name);
        selectData(m_team, m_filter.teamName);
    }
    {
        // Only the chosen team's people (nested teams included) to choose from.
        const QSignalBlocker blocker(m_person);
        m_person->clear();
        m_person->addItem(tr("Everybody"), QString());
        const QList<Person> people
            = m_filter.teamName.isEmpty() ? directory.people : m_state.membersOf(m_filter.teamName);
        for (const Person &person : people)
            m_person->addItem(person.name.isEmpty() ? person.email : person.name, person.email);
        selectData(m_person, m_filter.personEmail);
    }
    const auto fill = [this](QComboBox *combo, const QString &all, const QStringList &names,
                             const QString &chosen) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const QString &name : names)
            combo->addItem(name, name);
        selectData(combo, chosen);
    };
    fill(m_model, tr("All models"), directory.modelNames, m_filter.model);
    fill(m_source, tr("All sources"), directory.sourceNames, m_filter.source);
    m_clear->setEnabled(!m_filter.isEmpty());
}

void DashboardToolBar::setHonouredFields(DashboardFilter::Fields fields, const QString &pageTitle)
{
    const QList<std::pair<QComboBox *, DashboardFilter::Field>> filters = {
        {m_team, DashboardFilter::Team},
        {m_person, DashboardFilter::Person},
        {m_model, DashboardFilter::Model},
        {m_source, DashboardFilter::Source},
    };
    for (const auto &[combo, field] : filters) {
        const bool honoured = fields.testFlag(field);
        combo->setEnabled(honoured);
        combo->setToolTip(honoured
                              ? QString()
                              : tr("The %1 page is not narrowed by this filter.").arg(pageTitle));
    }
}
