#include "peoplepage.h"

#include "itemmodels/peoplemodel.h"
#include "itemmodels/unmatchedidentitymodel.h"
#include "tableviews.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

PeoplePage::PeoplePage(QueryService *queries, const Clock *clock, QWidget *parent)
    : DashboardPage(queries, clock, parent)
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *peopleBox = new QWidget(splitter);
    auto *peopleLayout = new QVBoxLayout(peopleBox);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(TableViews::sectionTitle(tr("Directory"), peopleBox));
    bar->addStretch(1);
    m_filter = new QLineEdit(peopleBox);
    m_filter->setPlaceholderText(tr("Filter by name, email, team…"));
    m_filter->setAccessibleName(tr("Filter people"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(280);
    bar->addWidget(m_filter);
    peopleLayout->addLayout(bar);
    m_people = new PeopleModel(this);
    m_peopleView = TableViews::createTable(m_people, tr("People"), peopleBox);
    peopleLayout->addWidget(m_peopleView);

    auto *unmatchedBox = new QWidget(splitter);
    auto *unmatchedLayout = new QVBoxLayout(unmatchedBox);
    unmatchedLayout->setContentsMargins(0, 0, 0, 0);
    unmatchedLayout->addWidget(TableViews::sectionTitle(tr("Unmatched identities"), unmatchedBox));
    auto *hint = new QLabel(tr("Usage under these identities belongs to nobody yet. Map them to "
                               "people in the directory file's identities column."),
                            unmatchedBox);
    hint->setWordWrap(true);
    unmatchedLayout->addWidget(hint);
    m_unmatched = new UnmatchedIdentityModel(this);
    m_unmatchedView
        = TableViews::createTable(m_unmatched, tr("Unmatched identities"), unmatchedBox);
    unmatchedLayout->addWidget(m_unmatchedView);
    m_unmatchedView->horizontalHeader()->setStretchLastSection(false);
    m_unmatchedView->horizontalHeader()->setSectionResizeMode(UnmatchedIdentityModel::Identity,
                                                              QHeaderView::Stretch);
    splitter->addWidget(peopleBox);
    splitter->addWidget(unmatchedBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setContent(splitter);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        TableViews::proxyOf(m_peopleView)->setFilterFixedString(text);
    });
}

void PeoplePage::reload()
{
    // The directory comes with the state: nothing to ask.
    m_ticket = 0;
    const DirectorySnapshot &directory = state().directory;
    QList<Person> people
        = filter().teamName.isEmpty() ? directory.people : state().membersOf(filter().teamName);
    if (!filter().personEmail.isEmpty())
        people.removeIf(
            [this](const Person &person) { return person.email != filter().personEmail; });
    m_people->setPeople(people);
    m_unmatched->setIdentities(directory.unmatched);
    if (directory.people.isEmpty() && directory.unmatched.isEmpty()) {
        showEmpty(tr("No people yet"),
                  tr("Import the directory with “burnrate-cli people import FILE.csv” "
                     "(email,name,team,manager,role,identities)."));
    } else {
        showContent();
    }
}
