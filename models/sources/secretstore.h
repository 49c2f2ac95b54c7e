#pragma once

#include "core/result.h"
#include "ledger/sourcestore.h"

#include <QObject>
#include <QProcessEnvironment>

#include <functional>

// Where API keys live: the OS keychain (QtKeychain, service "Burnrate", one entry per source
// name), or, where no keychain is available (headless servers, CI), the environment variable named
// in the source's "key_env" setting, which then wins. Keys never reach SQLite, logs, exports or
// error messages. All calls are asynchronous: a keychain may ask the user to unlock it.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
                         QObject *parent = nullptr);

    // Off: only environment variables are used (tests, `--no-keychain`, machines without one).
    void setKeychainEnabled(bool isEnabled) { m_isKeychainEnabled = isEnabled; }
    bool isKeychainEnabled() const { return m_isKeychainEnabled; }

    using SecretCallback = std::function<void(const Result<QString> &)>;
    using StatusCallback = std::function<void(const Status &)>;

    // The key of a source: its key_env variable when set and not empty, else its keychain entry.
    // NotFound (with what to do about it) when there is neither. `done` runs later, never inside.
    void read(const SourceConfig &config, SecretCallback done);
    // Stores or replaces the keychain entry of a source; an error says why (no keychain service).
    void write(const QString &sourceName, const QString &secret, StatusCallback done);
    void remove(const QString &sourceName, StatusCallback done);

    // For people: "environment variable OPENAI_ADMIN_KEY" or "the system keychain".
    static QString whereKeptText(const SourceConfig &config);

private:
    QProcessEnvironment m_environment;
    bool m_isKeychainEnabled = true;
};
