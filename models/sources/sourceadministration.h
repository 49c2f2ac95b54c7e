#pragma once

#include "core/result.h"
#include "ledger/sourcestore.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

class Clock;
class Ledger;
class SecretStore;
class SourceScheduler;

// What the Sources page asks of the configured network sources (provider accounts, model
// servers): list them, add, edit, test and remove one. It checks what the admin entered, keeps
// settings in the ledger and API keys in the SecretStore (never in SQLite, never in logs), and
// tells the scheduler after every change. Error details are written for people: the page shows
// them as they are.
//
// Saving is asynchronous when a key goes to the keychain (it may ask to be unlocked): add() and
// update() refuse bad input at once; once they accept, exactly one of sourceSaved() or
// saveFailed() follows, never inside the call. Nothing is stored when the keychain refuses a key.
class SourceAdministration : public QObject
{
    Q_OBJECT

public:
    // `scheduler` and `secrets` may be null: sources are then only listed and edited, keys must
    // come from environment variables, and tests fail.
    SourceAdministration(Ledger &ledger, SourceScheduler *scheduler, SecretStore *secrets,
                         const Clock *clock, QObject *parent = nullptr);

    // Configured network sources by name (removed ones are not listed).
    Result<QList<SourceConfig>> list();
    Result<SourceConfig> find(const QString &name);

    // Whether a typed key can be kept (a keychain is there); else only "key_env" works.
    bool canStoreKeys() const;
    bool canTest() const { return m_scheduler != nullptr; }

    // Settings keys: base_url, key_env, interval_s, backfill_days (providers), reference_model,
    // model, person_email (model servers). Empty texts count as not given. `apiKey` goes to the
    // keychain; a provider needs it or a key_env variable.
    Status add(const QString &kind, const QString &name, const QJsonObject &settings,
               const QString &apiKey = {});
    // New settings for a source (its kind and name stay); an empty `apiKey` keeps the stored one.
    Status update(qint64 id, const QJsonObject &settings, const QString &apiKey = {});
    // Stops polling it and deletes its key; its usage stays in the ledger. A keychain that cannot
    // delete the key is reported through errorOccurred().
    Status remove(const QString &name);
    // "Test": polls the source now, whatever its schedule; testFinished() follows.
    Status pollNow(const QString &name);
    bool isTesting(const QString &name) const { return m_testing.contains(name); }

signals:
    void sourcesChanged(); // added, edited, removed, or polled (status, last success, next poll)
    void sourceSaved(const QString &name);
    void saveFailed(const QString &name, const Error &error);
    void testFinished(const QString &name, bool isOk, const QString &message);
    void errorOccurred(const Error &error);

private:
    // The settings as they will be stored (trimmed, empty ones dropped), or why not.
    Result<QJsonObject> checkedSettings(const QString &kind, const QString &name,
                                        const QJsonObject &settings, const QString &apiKey,
                                        bool isNew) const;
    // Writes the key first (when there is one), then `store`; reports through the signals.
    void save(const QString &name, const QString &apiKey, std::function<Status()> store);
    void finishSave(const QString &name, const Status &stored);
    void onSourcePolled(const QString &name, qint64 recordsWritten);
    void onSourceFailed(const QString &name, const Error &error);

    Ledger &m_ledger;
    SourceScheduler *m_scheduler = nullptr;
    SecretStore *m_secrets = nullptr;
    const Clock *m_clock = nullptr;
    QSet<QString> m_testing;
};
