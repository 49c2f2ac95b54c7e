#include "sourceadministration.h"

#include "core/clock.h"
#include "ledger/ledger.h"
#include "networksources.h"
#include "secretstore.h"
#include "sourcescheduler.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAdministration, "burnrate.sources", QtInfoMsg)

namespace {

constexpr qsizetype maxNameLength = 80;
constexpr qint64 minIntervalSeconds = 5;
constexpr qint64 maxIntervalSeconds = 366 * 86'400;
constexpr int maxBackfillDays = 366;

// Settings that mean something only to providers, or only to model servers.
const QStringList providerOnlyKeys = {u"key_env"_s, u"backfill_days"_s};
const QStringList serverOnlyKeys = {u"reference_model"_s, u"model"_s, u"person_email"_s};

bool isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1);
}

bool isEnvironmentVariableName(const QString &text)
{
    static const QRegularExpression pattern(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    return pattern.match(text).hasMatch();
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

Error invalid(const QString &detail)
{
    return Error {ErrorCode::InvalidArgument, detail};
}

} // namespace

SourceAdministration::SourceAdministration(Ledger &ledger, SourceScheduler *scheduler,
                                           SecretStore *secrets, const Clock *clock,
                                           QObject *parent)
    : QObject(parent), m_ledger(ledger), m_scheduler(scheduler), m_secrets(secrets), m_clock(clock)
{
    if (m_scheduler) {
        connect(m_scheduler, &SourceScheduler::sourceUpdated, this,
                &SourceAdministration::sourcesChanged);
        connect(m_scheduler, &SourceScheduler::sourcePolled, this,
                &SourceAdministration::onSourcePolled);
        connect(m_scheduler, &SourceScheduler::sourceFailed, this,
                &SourceAdministration::onSourceFailed);
    }
}

Result<QList<SourceConfig>> SourceAdministration::list()
{
    return SourceStore(m_ledger).list(NetworkSources::kinds());
}

Result<SourceConfig> SourceAdministration::find(const QString &name)
{
    Result<SourceConfig> found = SourceStore(m_ledger).find(name);
    if (found
        && (found->status == SourceConfig::Status::Removed
            || !NetworkSources::isKnownKind(found->kind)))
        return Error {ErrorCode::NotFound, tr("No source named “%1” is configured.").arg(name)};
    return found;
}

bool SourceAdministration::canStoreKeys() const
{
    return m_secrets && m_secrets->isKeychainEnabled();
}

Result<QJsonObject> SourceAdministration::checkedSettings(const QString &kind, const QString &name,
                                                          const QJsonObject &settings,
                                                          const QString &apiKey, bool isNew) const
{
    if (!NetworkSources::isKnownKind(kind))
        return invalid(tr("“%1” is not a kind of source Burnrate can poll.").arg(kind));
    if (name.isEmpty())
        return invalid(tr("Give the source a name."));
    if (name.size() > maxNameLength)
        return invalid(tr("Keep the name to %1 characters or fewer.").arg(maxNameLength));
    if (hasControlCharacters(name))
        return invalid(tr("The name cannot contain line breaks or control characters."));

    const bool isProvider = NetworkSources::needsKey(kind);
    QJsonObject result;
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if ((isProvider ? serverOnlyKeys : providerOnlyKeys).contains(it.key()))
            continue;
        if (it->isString()) {
            const QString text = it->toString().trimmed();
            if (!text.isEmpty())
                result.insert(it.key(), text);
        } else if (!it->isNull() && !it->isUndefined()) {
            result.insert(it.key(), *it);
        }
    }

    if (result.contains("base_url"_L1)) {
        const QString url = result.value("base_url"_L1).toString();
        if (!isWebAddress(url)) {
            return invalid(
                tr("“%1” is not a web address: use http://host:port or https://host/path.")
                    .arg(url));
        }
    } else if (NetworkSources::defaultBaseUrl(kind).isEmpty()) {
        return invalid(isProvider
                           ? tr("Enter the address of the proxy, e.g. http://litellm:4000.")
                           : tr("Enter the address of the server, e.g. http://gpu-box:8080."));
    }
    if (result.contains("interval_s"_L1)) {
        const qint64 seconds = result.value("interval_s"_L1).toInteger(-1);
        if (seconds < minIntervalSeconds || seconds > maxIntervalSeconds)
            return invalid(tr("Poll every %1 seconds at the least and once a year at the most.")
                               .arg(minIntervalSeconds));
    }
    if (result.contains("backfill_days"_L1)) {
        const qint64 days = result.value("backfill_days"_L1).toInteger(-1);
        if (days < 1 || days > maxBackfillDays)
            return invalid(tr("Read between 1 and %1 days of history.").arg(maxBackfillDays));
    }
    if (result.contains("person_email"_L1)
        && !result.value("person_email"_L1).toString().contains(u'@')) {
        return invalid(
            tr("“%1” is not an email address.").arg(result.value("person_email"_L1).toString()));
    }

    const QString keyVariable = result.value("key_env"_L1).toString();
    if (!keyVariable.isEmpty() && !isEnvironmentVariableName(keyVariable)) {
        return invalid(tr("“%1” is not the name of an environment variable (letters, digits and "
                          "_, not starting with a digit).")
                           .arg(keyVariable));
    }
    if (!apiKey.isEmpty()) {
        if (!isProvider)
            return invalid(tr("A model server takes no API key."));
        if (!keyVariable.isEmpty()) {
            return invalid(tr("Enter either the API key or the environment variable that holds "
                              "it, not both."));
        }
        if (!canStoreKeys()) {
            return invalid(tr("There is no keychain here to keep the key: put it in an "
                              "environment variable and enter the variable's name instead."));
        }
    } else if (isProvider && isNew && keyVariable.isEmpty()) {
        return invalid(tr("Enter the API key, or the name of an environment variable that holds "
                          "it."));
    }

    SourceConfig config;
    config.kind = kind;
    config.name = name;
    config.settings = result;
    if (Status valid = NetworkSources::validate(config); !valid)
        return valid.error();
    return result;
}

Status SourceAdministration::add(const QString &kind, const QString &name,
                                 const QJsonObject &settings, const QString &apiKey)
{
    const QString trimmedName = name.trimmed();
    const QString key = apiKey.trimmed();
    Result<QJsonObject> checked = checkedSettings(kind, trimmedName, settings, key, true);
    if (!checked)
        return checked.error();
    SourceStore store(m_ledger);
    Result<SourceConfig> existing = store.find(trimmedName);
    if (existing && (existing->status != SourceConfig::Status::Removed || existing->kind != kind)) {
        return Error {
            ErrorCode::Conflict,
            tr("A source named “%1” exists already: choose another name.").arg(trimmedName)};
    }
    if (!existing && existing.error().code != ErrorCode::NotFound)
        return existing.error();
    save(trimmedName, key, [this, kind, trimmedName, settings = *checked]() -> Status {
        Result<SourceConfig> added
            = SourceStore(m_ledger).add(kind, trimmedName, settings, m_clock->nowMs());
        if (!added)
            return added.error();
        return ok();
    });
    return ok();
}

Status SourceAdministration::update(qint64 id, const QJsonObject &settings, const QString &apiKey)
{
    Result<SourceConfig> existing = SourceStore(m_ledger).find(id);
    if (!existing || existing->status == SourceConfig::Status::Removed) {
        if (existing || existing.error().code == ErrorCode::NotFound)
            return Error {ErrorCode::NotFound, tr("This source is no longer configured.")};
        return existing.error();
    }
    const QString key = apiKey.trimmed();
    Result<QJsonObject> checked
        = checkedSettings(existing->kind, existing->name, settings, key, false);
    if (!checked)
        return checked.error();
    save(existing->name, key, [this, id, settings = *checked]() -> Status {
        return SourceStore(m_ledger).updateSettings(id, settings);
    });
    return ok();
}

void SourceAdministration::save(const QString &name, const QString &apiKey,
                                std::function<Status()> store)
{
    if (apiKey.isEmpty()) {
        QTimer::singleShot(0, this,
                           [this, name, store = std::move(store)] { finishSave(name, store()); });
        return;
    }
    // The key first: when the keychain refuses it, nothing is stored and the admin can choose an
    // environment variable instead.
    QPointer<SourceAdministration> self(this);
    m_secrets->write(name, apiKey, [self, name, store = std::move(store)](const Status &written) {
        if (!self)
            return;
        if (!written) {
            emit self->saveFailed(
                name,
                Error {
                    ErrorCode::Io,
                    tr("The key could not be stored: %1. Keep the key in an environment variable "
                       "instead: enter the variable's name and leave the key empty.")
                        .arg(written.error().detail)});
            return;
        }
        self->finishSave(name, store());
    });
}

void SourceAdministration::finishSave(const QString &name, const Status &stored)
{
    if (!stored) {
        emit saveFailed(name, stored.error());
        return;
    }
    if (m_scheduler) {
        if (Status reloaded = m_scheduler->reload(); !reloaded)
            qCWarning(lcAdministration) << "sources not reloaded:" << reloaded.error().detail;
    }
    emit sourcesChanged();
    emit sourceSaved(name);
}

Status SourceAdministration::remove(const QString &name)
{
    if (Result<SourceConfig> found = find(name); !found)
        return found.error();
    if (Status removed = SourceStore(m_ledger).remove(name); !removed)
        return removed.error();
    m_testing.remove(name);
    if (m_scheduler) {
        if (Status reloaded = m_scheduler->reload(); !reloaded)
            qCWarning(lcAdministration) << "sources not reloaded:" << reloaded.error().detail;
    }
    if (m_secrets) {
        QPointer<SourceAdministration> self(this);
        m_secrets->remove(name, [self](const Status &deleted) {
            if (self && !deleted) {
                emit self->errorOccurred(
                    Error {ErrorCode::Io,
                           tr("The source is removed, but its key could not be deleted from the "
                              "system keychain (%1).")
                               .arg(deleted.error().detail)});
            }
        });
    }
    emit sourcesChanged();
    return ok();
}

Status SourceAdministration::pollNow(const QString &name)
{
    if (!m_scheduler)
        return Error {ErrorCode::InvalidArgument, tr("Sources are not polled here.")};
    // Before asking: a source with unusable settings fails inside pollNow().
    const bool wasTesting = m_testing.contains(name);
    m_testing.insert(name);
    if (Status started = m_scheduler->pollNow({name}); !started) {
        if (!wasTesting)
            m_testing.remove(name);
        return Error {ErrorCode::NotFound,
                      tr("“%1” is not polled: it is not configured.").arg(name)};
    }
    return ok();
}

void SourceAdministration::onSourcePolled(const QString &name, qint64 recordsWritten)
{
    if (m_testing.remove(name)) {
        emit testFinished(name, true,
                          tr("Connected. New or changed records: %1.").arg(recordsWritten));
    }
}

void SourceAdministration::onSourceFailed(const QString &name, const Error &error)
{
    if (m_testing.remove(name))
        emit testFinished(name, false, error.detail);
}
