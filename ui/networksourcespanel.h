#pragma once

#include "messagelabel.h"

#include <QPointer>
#include <QWidget>

class Clock;
class NetworkSourcesModel;
class QLabel;
class QPushButton;
class QTableView;
class SourceAdministration;
class SourceDialog;
struct Error;

// "Connected sources" on the Sources page: the provider accounts and model servers Burnrate
// polls, with their status, last success, next poll and last error, and buttons to add, edit,
// test and remove one. Everything it does goes through the SourceAdministration; without one it
// says why sources cannot be managed here (the demo, say).
class NetworkSourcesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkSourcesPanel(const Clock *clock, QWidget *parent = nullptr);

    void setAdministration(SourceAdministration *administration);
    void setUnavailable(const QString &reason);

    NetworkSourcesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *removeButton() const { return m_remove; }
    MessageLabel *messageLabel() const { return m_message; }
    QLabel *unavailableLabel() const { return m_unavailable; }
    QString selectedName() const; // empty when no row is selected
    void selectSource(const QString &name);

signals:
    void sourcesEdited(); // one was added, edited or removed

private:
    void reloadSources();
    void updateButtons();
    SourceDialog *openDialog(SourceDialog *dialog);
    void addSource();
    void editSource();
    void testSource();
    void removeSource();
    void onTestFinished(const QString &name, bool isOk, const QString &message);
    void showMessage(const QString &text, bool isProblem = false);

    QPointer<SourceAdministration> m_administration;
    NetworkSourcesModel *m_model = nullptr;
    QWidget *m_content = nullptr; // the table and its buttons
    QLabel *m_unavailable = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_remove = nullptr;
    MessageLabel *m_message = nullptr;
};
