#pragma once

#include "networksource.h"

#include <QStringList>
#include <QUrl>

#include <memory>

class Clock;
class Ledger;
class PriceBook;
class QNetworkAccessManager;
class SecretStore;

// The kinds of network source Burnrate can poll, and how each is made from its configuration.
namespace NetworkSources {

QStringList kinds(); // for help texts and the Sources page
bool isKnownKind(const QString &kind);
// Whether the settings are enough to poll with (URL present and well-formed, ...).
Status validate(const SourceConfig &config);

// Whether the kind is a provider account (it needs an API key) rather than a model server.
bool needsKey(const QString &kind);
// The provider's own API address; empty for kinds that only the admin can locate (a LiteLLM
// proxy, a model server).
QUrl defaultBaseUrl(const QString &kind);
// How often a source of the kind is polled when its settings do not say.
qint64 defaultIntervalMs(const QString &kind);

// Nothing for a kind that is not polled over the network.
std::unique_ptr<NetworkSource> make(const SourceConfig &config, Ledger &ledger,
                                    QNetworkAccessManager *network, const Clock *clock,
                                    const PriceBook &prices, SecretStore *secrets);

} // namespace NetworkSources
