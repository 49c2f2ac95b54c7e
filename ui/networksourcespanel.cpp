#include "networksourcespanel.h"

#include "errortext.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/networksourcesmodel.h"
#include "messagelabel.h"
#include "sourcedialog.h"
#include "sources/sourceadministration.h"
#include "tableviews.h"
#include "theme.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Status words in a quiet colour: amber while a source fails and is retried, red once its key
// is refused and it stopped.
class StatusDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        switch (SourceConfig::Status(index.data(ItemRole::State).toInt())) {
        case SourceConfig::Status::Error:
            option->palette.setColor(QPalette::Text,
                                     Theme::colours(Theme::Tone::Warning, option->palette).text);
            break;
        case SourceConfig::Status::Unauthorized:
            option->palette.setColor(QPalette::Text,
                                     Theme::colours(Theme::Tone::Problem, option->palette).text);
            break;
        case SourceConfig::Status::Ok:
        case SourceConfig::Status::Removed:
            break;
        }
    }
};

} // namespace

NetworkSourcesPanel::NetworkSourcesPanel(const Clock *clock, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addWidget(TableViews::sectionTitle(tr("Connected sources"), this));
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(frame);
    auto *frameLayout = new QVBoxLayout(frame);
    auto *hint = new QLabel(
        tr("Provider accounts and model servers that Burnrate asks for usage on a schedule."),
        frame);
    hint->setWordWrap(true);
    frameLayout->addWidget(hint);

    // One of these shows: why sources cannot be managed here, or the sources.
    m_unavailable = new QLabel(tr("Connected sources cannot be managed here."), frame);
    m_unavailable->setWordWrap(true);
    m_unavailable->setForegroundRole(QPalette::PlaceholderText);
    frameLayout->addWidget(m_unavailable);
    m_content = new QWidget(frame);
    m_content->hide();
    frameLayout->addWidget(m_content);
    QWidget *content = m_content;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new NetworkSourcesModel(clock, this);
    m_view = TableViews::createTable(m_model, tr("Connected sources"), content);
    TableViews::stretchColumn(m_view, NetworkSourcesModel::LastError);
    m_view->setItemDelegateForColumn(NetworkSourcesModel::State, new StatusDelegate(m_view));
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 5);
    m_view->setMaximumHeight(m_view->verticalHeader()->defaultSectionSize() * 8);
    contentLayout->addWidget(m_view);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add…"), content);
    m_add->setAccessibleName(tr("Add a source"));
    m_edit = new QPushButton(tr("&Edit…"), content);
    m_edit->setAccessibleName(tr("Edit the selected source"));
    m_test = new QPushButton(tr("&Test"), content);
    m_test->setAccessibleName(tr("Test the selected source now"));
    m_test->setToolTip(tr("Poll the selected source now and report what happened."));
    m_remove = new QPushButton(tr("Re&move"), content);
    m_remove->setAccessibleName(tr("Remove the selected source"));
    m_remove->setToolTip(tr("Stop polling it and delete its key; its usage stays."));
    m_message = new MessageLabel(content);
    m_message->setAccessibleName(tr("Result"));
    for (QPushButton *button : {m_add, m_edit, m_test, m_remove})
        buttons->addWidget(button);
    buttons->addWidget(m_message, 1);
    contentLayout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &NetworkSourcesPanel::addSource);
    connect(m_edit, &QPushButton::clicked, this, &NetworkSourcesPanel::editSource);
    connect(m_test, &QPushButton::clicked, this, &NetworkSourcesPanel::testSource);
    connect(m_remove, &QPushButton::clicked, this, &NetworkSourcesPanel::removeSource);
    // Not `activated`: styles that activate on a single click would open a dialog on every click.
    connect(m_view, &QTableView::doubleClicked, this, &NetworkSourcesPanel::editSource);
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *editKey = new QShortcut(key, m_view);
        editKey->setContext(Qt::WidgetShortcut);
        connect(editKey, &QShortcut::activated, this, &NetworkSourcesPanel::editSource);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NetworkSourcesPanel::updateButtons);
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_view);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &NetworkSourcesPanel::removeSource);
    updateButtons();
}

void NetworkSourcesPanel::setAdministration(SourceAdministration *administration)
{
    Q_ASSERT(!m_administration && administration);
    m_administration = administration;
    connect(administration, &SourceAdministration::sourcesChanged, this,
            &NetworkSourcesPanel::reloadSources);
    connect(administration, &SourceAdministration::testFinished, this,
            &NetworkSourcesPanel::onTestFinished);
    connect(administration, &SourceAdministration::sourceSaved, this, [this](const QString &name) {
        selectSource(name);
        showMessage(tr("Saved “%1”.").arg(name));
        emit sourcesEdited();
    });
    connect(administration, &SourceAdministration::errorOccurred, this,
            [this](const Error &error) { showMessage(error.detail, true); });
    m_unavailable->hide();
    m_content->show();
    reloadSources();
}

void NetworkSourcesPanel::setUnavailable(const QString &reason)
{
    m_unavailable->setText(reason);
    m_content->hide();
    m_unavailable->show();
}

QString NetworkSourcesPanel::selectedName() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(ItemRole::Key).toString();
}

void NetworkSourcesPanel::selectSource(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    const QModelIndex index = TableViews::proxyOf(m_view)->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
}

void NetworkSourcesPanel::reloadSources()
{
    if (!m_administration)
        return;
    const QString selected = selectedName();
    Result<QList<SourceConfig>> sources = m_administration->list();
    if (!sources) {
        showMessage(errorText(sources.error()), true);
        return;
    }
    m_model->setSources(*sources);
    selectSource(selected);
    updateButtons();
}

void NetworkSourcesPanel::updateButtons()
{
    const bool hasAdministration = !m_administration.isNull();
    const QString selected = selectedName();
    m_add->setEnabled(hasAdministration);
    m_edit->setEnabled(hasAdministration && !selected.isEmpty());
    m_remove->setEnabled(hasAdministration && !selected.isEmpty());
    m_test->setEnabled(hasAdministration && m_administration->canTest() && !selected.isEmpty()
                       && !m_administration->isTesting(selected));
}

SourceDialog *NetworkSourcesPanel::openDialog(SourceDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void NetworkSourcesPanel::addSource()
{
    if (m_administration)
        openDialog(new SourceDialog(m_administration, this));
}

void NetworkSourcesPanel::editSource()
{
    const QString name = selectedName();
    if (!m_administration || name.isEmpty())
        return;
    Result<SourceConfig> source = m_administration->find(name);
    if (!source) {
        showMessage(source.error().detail, true);
        return;
    }
    openDialog(new SourceDialog(m_administration, *source, this));
}

void NetworkSourcesPanel::testSource()
{
    const QString name = selectedName();
    if (!m_administration || name.isEmpty())
        return;
    if (Status started = m_administration->pollNow(name); !started) {
        showMessage(started.error().detail, true);
        return;
    }
    if (m_administration->isTesting(name)) // a source with unusable settings fails at once
        showMessage(tr("Testing “%1”…").arg(name));
    updateButtons();
}

void NetworkSourcesPanel::removeSource()
{
    const QString name = selectedName();
    if (!m_administration || name.isEmpty())
        return;
    auto *question = new QMessageBox(
        QMessageBox::Question, tr("Remove source"),
        tr("Remove “%1”? Burnrate stops polling it and deletes its stored key. The usage it "
           "brought in stays in the ledger.")
            .arg(name),
        QMessageBox::Cancel, this);
    QPushButton *remove = question->addButton(tr("Remove"), QMessageBox::AcceptRole);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(remove, &QPushButton::clicked, this, [this, name] {
        if (!m_administration)
            return;
        if (Status removed = m_administration->remove(name); !removed) {
            showMessage(removed.error().detail, true);
            return;
        }
        showMessage(tr("Removed “%1”; its usage stays in the ledger.").arg(name));
        emit sourcesEdited();
    });
    question->open();
}

void NetworkSourcesPanel::onTestFinished(const QString &name, bool isOk, const QString &message)
{
    if (isOk)
        showMessage(tr("“%1”: %2").arg(name, message));
    else
        showMessage(tr("“%1” failed: %2").arg(name, message), true);
    updateButtons();
}

void NetworkSourcesPanel::showMessage(const QString &text, bool isProblem)
{
    m_message->showMessage(
        text, isProblem ? MessageLabel::Kind::Problem : MessageLabel::Kind::Information);
}
