#include "secretstore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

const QString keychainService = u"Burnrate"_s;

// Calls `done` on the next turn of the event loop, as the keychain path does, so callers see
// one behaviour whichever way the key came.
template<typename Callback, typename Value>
void later(QObject *context, Callback done, Value value)
{
    QTimer::singleShot(0, context,
                       [done = std::move(done), value = std::move(value)] { done(value); });
}

} // namespace

SecretStore::SecretStore(QProcessEnvironment environment, QObject *parent)
    : QObject(parent), m_environment(std::move(environment))
{ }

QString SecretStore::whereKeptText(const SourceConfig &config)
{
    const QString variable = config.keyEnvironmentVariable();
    return variable.isEmpty() ? tr("the system keychain")
                              : tr("environment variable %1").arg(variable);
}

void SecretStore::read(const SourceConfig &config, SecretCallback done)
{
    const QString variable = config.keyEnvironmentVariable();
    if (!variable.isEmpty()) {
        const QString value = m_environment.value(variable).trimmed();
        if (!value.isEmpty()) {
            later(this, std::move(done), Result<QString>(value));
            return;
        }
        if (!m_isKeychainEnabled) {
            later(this, std::move(done),
                  Result<QString>(
                      Error {ErrorCode::Unauthorized,
                             u"no API key for \"%1\": environment variable %2 is not set"_s.arg(
                                 config.name, variable)}));
            return;
        }
    } else if (!m_isKeychainEnabled) {
        later(this, std::move(done),
              Result<QString>(
                  Error {ErrorCode::Unauthorized,
                         u"no API key for \"%1\": no keychain here; name an environment variable "
                         u"with --key-env"_s.arg(config.name)}));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(keychainService, this);
    job->setAutoDelete(true);
    job->setKey(config.name);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done), config, variable] {
        if (job->error() == QKeychain::NoError && !job->textData().isEmpty()) {
            done(job->textData());
            return;
        }
        // The job's own text names the keychain problem; it never holds the key.
        const QString why = job->error() == QKeychain::EntryNotFound
            ? u"no entry in the system keychain"_s
            : u"the system keychain is not available (%1)"_s.arg(job->errorString());
        done(Error {ErrorCode::Unauthorized,
                    u"no API key for \"%1\": %2%3"_s.arg(
                        config.name, why,
                        variable.isEmpty()
                            ? u"; store one, or name an environment variable with --key-env"_s
                            : u", and environment variable %1 is not set"_s.arg(variable))});
    });
    job->start();
}

void SecretStore::write(const QString &sourceName, const QString &secret, StatusCallback done)
{
    if (!m_isKeychainEnabled) {
        later(
            this, std::move(done),
            Status(Error {ErrorCode::InvalidArgument,
                          u"no keychain here: keep the key in an environment variable instead"_s}));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(keychainService, this);
    job->setAutoDelete(true);
    job->setKey(sourceName);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError)
            done(ok());
        else
            done(Error {ErrorCode::Io,
                        u"the system keychain refused the key: %1"_s.arg(job->errorString())});
    });
    job->start();
}

void SecretStore::remove(const QString &sourceName, StatusCallback done)
{
    if (!m_isKeychainEnabled) {
        later(this, std::move(done), ok());
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(keychainService, this);
    job->setAutoDelete(true);
    job->setKey(sourceName);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            done(ok());
        else
            done(Error {
                ErrorCode::Io,
                u"the system keychain could not remove the key: %1"_s.arg(job->errorString())});
    });
    job->start();
}
