#pragma once

#include "ledger/sourcestore.h"
#include "messagelabel.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class SourceAdministration;
struct Error;

// Adds a network source or edits one: kind, name, address, API key (kept in the keychain) or the
// environment variable that holds it, poll interval, and what each kind needs besides (history
// to read for providers; reference model, served model and person for model servers). It hands
// what was entered to the SourceAdministration, shows its objections inline and closes once the
// source is saved.
class SourceDialog : public QDialog
{
    Q_OBJECT
public:
    // A new source.
    explicit SourceDialog(SourceAdministration *administration, QWidget *parent = nullptr);
    // Edits `source`; its kind and name stay.
    SourceDialog(SourceAdministration *administration, const SourceConfig &source,
                 QWidget *parent = nullptr);

    bool isEditing() const { return m_source.id != 0; }

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *keyVariableEdit() const { return m_keyVariable; }
    QSpinBox *intervalBox() const { return m_interval; }
    QSpinBox *backfillBox() const { return m_backfill; }
    QLineEdit *referenceModelEdit() const { return m_referenceModel; }
    QLineEdit *servedModelEdit() const { return m_servedModel; }
    QLineEdit *personEdit() const { return m_person; }
    MessageLabel *errorLabel() const { return m_error; }
    QPushButton *saveButton() const;

private:
    void build();
    void load(const SourceConfig &source);
    QString currentKind() const;
    void onKindChanged();
    void save();
    QJsonObject enteredSettings() const;
    void setBusy(bool isBusy);
    void showError(const Error &error);

    QPointer<SourceAdministration> m_administration;
    SourceConfig m_source; // id 0 when adding
    QString m_pendingName; // the source being saved; empty when not waiting
    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_keyVariable = nullptr;
    QLabel *m_keyHint = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_backfill = nullptr;
    QLineEdit *m_referenceModel = nullptr;
    QLineEdit *m_servedModel = nullptr;
    QLineEdit *m_person = nullptr;
    MessageLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
