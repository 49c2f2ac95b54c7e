#pragma once

#include "dashboardpage.h"
#include "theme.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

// Who "me" is (kept in the user's settings: the app never writes to the ledger), light or dark,
// the reporting time zone and where the data lives.
class SettingsPage : public DashboardPage
{
    Q_OBJECT
public:
    SettingsPage(QueryService *queries, const Clock *clock, QWidget *parent = nullptr);

    QComboBox *meSelector() const { return m_me; }
    QComboBox *themeSelector() const { return m_theme; }
    QComboBox *languageSelector() const { return m_language; }
    QComboBox *refreshSelector() const { return m_refresh; }
    QCheckBox *notificationsCheck() const { return m_notifications; }
    QCheckBox *peerComparisonCheck() const { return m_peerComparison; }
    // With it the organisation's switches can be changed here; without, they are read-only.
    void setCanAdministrate(bool can);
    // Shows the theme in effect (from the settings or the command line).
    void setThemeChoice(Theme::Choice choice);

signals:
    // An empty email means: follow the ledger's own choice.
    void meOverrideChanged(const QString &email);
    void themeChoiceChanged(Theme::Choice choice);
    void languageChanged(const QString &key); // takes effect at the next start
    void restartRequested();
    void refreshMinutesChanged(int minutes);
    void peerComparisonChanged(bool enabled);

protected:
    void reload() override;
    bool followsPeriod() const override { return false; }

private:
    static QString themeChoiceName(Theme::Choice choice);

    QComboBox *m_me = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QPushButton *m_restart = nullptr;
    QComboBox *m_refresh = nullptr;
    QCheckBox *m_notifications = nullptr;
    QCheckBox *m_peerComparison = nullptr;
    bool m_canAdministrate = false;
    QPushButton *m_useLedgerDefault = nullptr;
    QLabel *m_ledgerDefault = nullptr;
    QLabel *m_zone = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_organisation = nullptr;
};
