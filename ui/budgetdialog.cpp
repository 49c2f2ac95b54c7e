#include "budgetdialog.h"

#include "budgets/budgetadministration.h"
#include "core/money.h"
#include "errortext.h"
#include "itemmodels/budgetsmodel.h"
#include "itemmodels/displayformat.h"
#include "messagelabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QStringList commaList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

QString thresholdsText(const QList<int> &thresholds)
{
    QStringList parts;
    for (const int threshold : thresholds)
        parts.append(QString::number(threshold));
    return parts.join(QStringLiteral(", "));
}

} // namespace

BudgetDialog::BudgetDialog(BudgetAdministration *administration, const DashboardState &state,
                           QWidget *parent)
    : QDialog(parent), m_administration(administration)
{
    m_budget.timeZone
        = state.zone.isValid() ? QString::fromUtf8(state.zone.id()) : state.directory.timeZone;
    build(state);
    setWindowTitle(tr("Add a budget"));
    saveButton()->setText(tr("Add budget"));
    load(m_budget);
}

BudgetDialog::BudgetDialog(BudgetAdministration *administration, const DashboardState &state,
                           const Budget &budget, QWidget *parent)
    : QDialog(parent), m_administration(administration), m_budget(budget)
{
    build(state);
    setWindowTitle(tr("Edit the budget %1").arg(budget.scopeLabel()));
    saveButton()->setText(tr("Save"));
    load(budget);
}

QPushButton *BudgetDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void BudgetDialog::build(const DashboardState &state)
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);

    m_scope = new QComboBox(this);
    m_scope->addItem(tr("The whole organisation"), int(BudgetScope::Organisation));
    m_scope->addItem(tr("A team"), int(BudgetScope::Team));
    m_scope->addItem(tr("A person"), int(BudgetScope::Person));
    m_form->addRow(tr("&Applies to:"), m_scope);

    m_team = new QComboBox(this);
    m_team->setAccessibleName(tr("Team"));
    for (const auto &[team, depth] : state.teamsInTreeOrder())
        m_team->addItem(QString(depth * 4, u' ') + team.name, team.name);
    m_form->addRow(tr("&Team:"), m_team);
    m_includeSubteams = new QCheckBox(tr("&Include its nested teams"), this);
    m_form->addRow(QString(), m_includeSubteams);

    m_person = new QComboBox(this);
    m_person->setAccessibleName(tr("Person"));
    QList<Person> people = state.directory.people;
    std::sort(people.begin(), people.end(), [](const Person &a, const Person &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Person &person : std::as_const(people)) {
        m_person->addItem(person.name.isEmpty() ? person.email
                                                : tr("%1 <%2>").arg(person.name, person.email),
                          person.email);
    }
    m_form->addRow(tr("P&erson:"), m_person);

    m_period = new QComboBox(this);
    for (const BudgetPeriod period : {BudgetPeriod::Day, BudgetPeriod::Week, BudgetPeriod::Month,
                                      BudgetPeriod::Quarter, BudgetPeriod::Custom})
        m_period->addItem(BudgetsModel::periodText(period), int(period));
    m_form->addRow(tr("&Period:"), m_period);

    auto *customRange = new QHBoxLayout;
    m_customRange = customRange;
    m_customFirst = new QDateEdit(this);
    m_customFirst->setCalendarPopup(true);
    m_customFirst->setAccessibleName(tr("First day of the custom period"));
    m_customLast = new QDateEdit(this);
    m_customLast->setCalendarPopup(true);
    m_customLast->setAccessibleName(tr("Last day of the custom period"));
    const QDate today = state.today.isValid() ? state.today : QDate::currentDate();
    m_customFirst->setDate(today);
    m_customLast->setDate(today.addDays(29));
    customRange->addWidget(m_customFirst);
    customRange->addWidget(new QLabel(tr("to"), this));
    customRange->addWidget(m_customLast);
    customRange->addStretch(1);
    auto *customLabel = new QLabel(tr("&Days:"), this);
    customLabel->setBuddy(m_customFirst);
    m_form->addRow(customLabel, customRange);

    m_timeZone = new QComboBox(this);
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setAccessibleName(tr("Time zone"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_form->addRow(tr("Time &zone:"), m_timeZone);

    m_weekStart = new QComboBox(this);
    m_weekStart->setAccessibleName(tr("First day of the week"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_weekStart->addItem(QLocale().dayName(day), day);
    m_form->addRow(tr("&Weeks start on:"), m_weekStart);

    m_monthStartDay = new QSpinBox(this);
    m_monthStartDay->setRange(1, 31);
    m_monthStartDay->setAccessibleName(tr("Day of the month the period starts on"));
    m_monthStartDay->setToolTip(
        tr("A month shorter than this starts on its last day (a period from the 31st starts on "
           "30 April)."));
    m_form->addRow(tr("&Months start on day:"), m_monthStartDay);

    auto *limitRow = new QHBoxLayout;
    m_limit = new QLineEdit(this);
    m_limit->setAccessibleName(tr("Limit"));
    m_limitUnit = new QComboBox(this);
    m_limitUnit->setAccessibleName(tr("Limit unit"));
    // Budgets are kept in US dollars whatever currency amounts are shown in: say so.
    m_limitUnit->addItem(tr("US dollars (USD)"), false);
    m_limitUnit->addItem(tr("tokens"), true);
    limitRow->addWidget(m_limit, 1);
    limitRow->addWidget(m_limitUnit);
    auto *limitLabel = new QLabel(tr("&Limit:"), this);
    limitLabel->setBuddy(m_limit);
    m_form->addRow(limitLabel, limitRow);
    m_limitCurrencyNote = new QLabel(
        tr("In US dollars (USD), although amounts are shown in %1: budgets stay in US dollars.")
            .arg(DisplayFormat::currency().code()),
        this);
    m_limitCurrencyNote->setWordWrap(true);
    m_limitCurrencyNote->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(QString(), m_limitCurrencyNote);

    m_thresholds = new QLineEdit(this);
    m_thresholds->setAccessibleName(tr("Thresholds in percent"));
    m_thresholds->setPlaceholderText(thresholdsText(defaultBudgetThresholds()));
    m_thresholds->setToolTip(
        tr("Percentages of the limit at which Burnrate warns, separated by commas."));
    m_form->addRow(tr("&Warn at (%):"), m_thresholds);

    m_enforcement = new QComboBox(this);
    m_enforcement->addItem(tr("Soft: warn only"), int(BudgetEnforcement::Soft));
    m_enforcement->addItem(tr("Hard: the limit must not be passed"), int(BudgetEnforcement::Hard));
    m_form->addRow(tr("&Enforcement:"), m_enforcement);

    m_models = new QLineEdit(this);
    m_models->setAccessibleName(tr("Only these models"));
    m_models->setPlaceholderText(tr("All models, or e.g. claude-opus-4-1, gpt-5"));
    m_form->addRow(tr("Only m&odels:"), m_models);
    m_sources = new QLineEdit(this);
    m_sources->setAccessibleName(tr("Only these sources"));
    m_sources->setPlaceholderText(tr("All sources, or e.g. claude-code, openai"));
    m_form->addRow(tr("Only so&urces:"), m_sources);

    m_error = new MessageLabel(this);
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BudgetDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &BudgetDialog::updateRows);
    connect(m_period, &QComboBox::currentIndexChanged, this, &BudgetDialog::updateRows);
    connect(m_limitUnit, &QComboBox::currentIndexChanged, this, &BudgetDialog::updateRows);
    setMinimumWidth(520);
}

void BudgetDialog::load(const Budget &budget)
{
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(int(budget.scope))));
    if (budget.scope == BudgetScope::Team) {
        int team = m_team->findData(budget.scopeName);
        if (team < 0) { // a team no longer in the directory: show it, the store will object
            m_team->addItem(budget.scopeName, budget.scopeName);
            team = m_team->count() - 1;
        }
        m_team->setCurrentIndex(team);
    }
    if (budget.scope == BudgetScope::Person) {
        int person = m_person->findData(budget.scopeName);
        if (person < 0) {
            m_person->addItem(budget.scopeName, budget.scopeName);
            person = m_person->count() - 1;
        }
        m_person->setCurrentIndex(person);
    }
    m_includeSubteams->setChecked(budget.includeSubteams);
    m_period->setCurrentIndex(std::max(0, m_period->findData(int(budget.period))));
    if (budget.customFirst.isValid())
        m_customFirst->setDate(budget.customFirst);
    if (budget.customLast.isValid())
        m_customLast->setDate(budget.customLast);
    const int zone = m_timeZone->findText(budget.timeZone);
    if (zone >= 0)
        m_timeZone->setCurrentIndex(zone);
    else
        m_timeZone->setEditText(budget.timeZone);
    m_weekStart->setCurrentIndex(std::max(0, m_weekStart->findData(budget.weekStart)));
    m_monthStartDay->setValue(budget.monthStartDay);
    m_limitUnit->setCurrentIndex(budget.limitsTokens() ? 1 : 0);
    if (budget.limitTokens)
        m_limit->setText(QString::number(*budget.limitTokens));
    else if (budget.limitMicros)
        m_limit->setText(Money::toDecimalString(*budget.limitMicros, 2));
    m_thresholds->setText(thresholdsText(budget.thresholds));
    m_enforcement->setCurrentIndex(std::max(0, m_enforcement->findData(int(budget.enforcement))));
    m_models->setText(budget.models.join(QStringLiteral(", ")));
    m_sources->setText(budget.sources.join(QStringLiteral(", ")));
    updateRows();
}

void BudgetDialog::updateRows()
{
    const auto scope = BudgetScope(m_scope->currentData().toInt());
    const auto period = BudgetPeriod(m_period->currentData().toInt());
    m_form->setRowVisible(m_team, scope == BudgetScope::Team);
    m_form->setRowVisible(m_includeSubteams, scope == BudgetScope::Team);
    m_form->setRowVisible(m_person, scope == BudgetScope::Person);
    m_form->setRowVisible(m_customRange, period == BudgetPeriod::Custom);
    m_form->setRowVisible(m_weekStart, period == BudgetPeriod::Week);
    m_form->setRowVisible(m_monthStartDay,
                          period == BudgetPeriod::Month || period == BudgetPeriod::Quarter);
    const bool inTokens = m_limitUnit->currentData().toBool();
    m_form->setRowVisible(m_limitCurrencyNote, !inTokens && !DisplayFormat::currency().isUsd());
    m_limit->setPlaceholderText(inTokens ? tr("e.g. 50000000") : tr("e.g. 2500"));
    adjustSize();
}

std::variant<Budget, QString> BudgetDialog::enteredBudget() const
{
    Budget budget = m_budget; // the id and revision stay
    budget.scope = BudgetScope(m_scope->currentData().toInt());
    switch (budget.scope) {
    case BudgetScope::Organisation:
        budget.scopeName.clear();
        break;
    case BudgetScope::Team:
        budget.scopeName = m_team->currentData().toString();
        if (budget.scopeName.isEmpty())
            return tr("Choose a team. The directory has none yet: import it with “burnrate-cli "
                      "people import FILE.csv”.");
        break;
    case BudgetScope::Person:
        budget.scopeName = m_person->currentData().toString();
        if (budget.scopeName.isEmpty())
            return tr("Choose a person. The directory has nobody yet: import it with "
                      "“burnrate-cli people import FILE.csv”.");
        break;
    }
    budget.scopeId = 0; // the store finds it from the name
    budget.includeSubteams = m_includeSubteams->isChecked();
    budget.period = BudgetPeriod(m_period->currentData().toInt());
    budget.customFirst = budget.period == BudgetPeriod::Custom ? m_customFirst->date() : QDate();
    budget.customLast = budget.period == BudgetPeriod::Custom ? m_customLast->date() : QDate();
    budget.timeZone = m_timeZone->currentText().trimmed();
    budget.weekStart = m_weekStart->currentData().toInt();
    budget.monthStartDay = m_monthStartDay->value();

    const QString limit = DisplayFormat::typedFigure(m_limit->text());
    if (limit.isEmpty())
        return tr("Enter a limit.");
    budget.limitMicros.reset();
    budget.limitTokens.reset();
    if (m_limitUnit->currentData().toBool()) {
        bool isNumber = false;
        const qint64 tokens = limit.toLongLong(&isNumber);
        if (!isNumber)
            return tr("“%1” is not a number of tokens.").arg(m_limit->text().trimmed());
        budget.limitTokens = tokens;
    } else {
        const std::optional<qint64> micros = Money::parseDecimalUsd(limit);
        if (!micros)
            return tr("“%1” is not an amount in US dollars.").arg(m_limit->text().trimmed());
        budget.limitMicros = *micros;
    }

    budget.thresholds.clear();
    const QStringList thresholds = commaList(m_thresholds->text());
    for (const QString &threshold : thresholds) {
        bool isNumber = false;
        const int percent = QString(threshold).remove(u'%').trimmed().toInt(&isNumber);
        if (!isNumber)
            return tr("“%1” is not a whole percentage.").arg(threshold);
        budget.thresholds.append(percent);
    }
    if (budget.thresholds.isEmpty())
        budget.thresholds = defaultBudgetThresholds();
    std::sort(budget.thresholds.begin(), budget.thresholds.end());
    budget.thresholds.erase(std::unique(budget.thresholds.begin(), budget.thresholds.end()),
                            budget.thresholds.end());
    budget.enforcement = BudgetEnforcement(m_enforcement->currentData().toInt());
    budget.models = commaList(m_models->text());
    budget.sources = commaList(m_sources->text());
    return budget;
}

void BudgetDialog::save()
{
    if (!m_administration)
        return;
    std::variant<Budget, QString> entered = enteredBudget();
    if (const QString *problem = std::get_if<QString>(&entered)) {
        showError(*problem);
        return;
    }
    const Result<qint64> saved = m_administration->save(std::get<Budget>(entered));
    if (!saved) {
        const Error &error = saved.error();
        // The store words its objections for people; only database trouble needs ours.
        const bool isTechnical = error.code == ErrorCode::Database
            || error.code == ErrorCode::DatabaseCorrupt || error.code == ErrorCode::SchemaTooNew;
        showError(isTechnical ? errorText(error) : error.detail);
        return;
    }
    m_savedId = *saved;
    emit budgetSaved(m_savedId);
    accept();
}

void BudgetDialog::showError(const QString &text)
{
    m_error->showMessage(text, MessageLabel::Kind::Problem);
    m_error->show();
}
