#pragma once

#include "core/currencydisplay.h"
#include "dashboardpage.h"
#include "theme.h"

class MessageLabel;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class ReportingZoneChange;

// Who "me" is (kept in the user's settings: the app never writes to the ledger), light or dark,
// the currency amounts are shown in, the reporting time zone (an admin changes it for everyone,
// through a ReportingZoneChange) and where the data lives.
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
    QComboBox *currencySelector() const { return m_currency; }
    QLineEdit *rateField() const { return m_rate; }
    MessageLabel *currencyMessage() const { return m_currencyMessage; }
    QComboBox *zoneSelector() const { return m_zoneSelector; }
    QPushButton *zoneApplyButton() const { return m_applyZone; }
    QProgressBar *zoneProgress() const { return m_zoneProgress; }
    MessageLabel *zoneMessage() const { return m_zoneMessage; }
    // With it the organisation's switches can be changed here; without, they are read-only.
    void setCanAdministrate(bool can);
    // What changes the reporting time zone; without it the zone is read-only.
    void setReportingZoneChange(ReportingZoneChange *change);
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
    // Chosen and stored: every page shows amounts in it from now.
    void currencyChanged(const CurrencyDisplay &currency);
    // The ledger counts days in another zone: everything read before is out of date.
    void reportingZoneChanged(const QString &zoneId);

protected:
    void reload() override;
    bool followsPeriod() const override { return false; }

private:
    static QString themeChoiceName(Theme::Choice choice);
    void addCurrencyRows(QFormLayout *form, QWidget *content);
    void addZoneRows(QFormLayout *form, QWidget *content);
    void chooseCurrency(const QString &code);
    void applyRate();
    void showCurrency(const CurrencyDisplay &currency);
    void useCurrency(const CurrencyDisplay &currency);
    void confirmZoneChange();
    void onZoneChangeEnded(const QString &zoneId);
    void onZoneChangeFailed(const Error &error);
    void updateZoneControls();

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
    QComboBox *m_currency = nullptr;
    QLineEdit *m_rate = nullptr;
    MessageLabel *m_currencyMessage = nullptr;
    CurrencyDisplay m_shownCurrency; // what amounts are shown in now
    ReportingZoneChange *m_zoneChange = nullptr;
    QComboBox *m_zoneSelector = nullptr;
    QPushButton *m_applyZone = nullptr;
    QProgressBar *m_zoneProgress = nullptr;
    MessageLabel *m_zoneMessage = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_organisation = nullptr;
};
