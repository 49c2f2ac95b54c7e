#include "networksourcesmodel.h"

#include "core/clock.h"
#include "displayformat.h"
#include "itemroles.h"
#include "sources/networksources.h"
#include "sources/secretstore.h"

#include <limits>

using namespace Qt::StringLiterals;

NetworkSourcesModel::NetworkSourcesModel(const Clock *clock, QObject *parent)
    : TableModelBase(parent), m_clock(clock)
{
    setHeaders({tr("Name"), tr("Kind"), tr("Status"), tr("Last success"), tr("Next poll"),
                tr("Last error")});
}

void NetworkSourcesModel::setSources(const QList<SourceConfig> &sources)
{
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

int NetworkSourcesModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_sources.size(); ++row) {
        if (m_sources.at(row).name == name)
            return row;
    }
    return -1;
}

QString NetworkSourcesModel::kindName(const QString &kind)
{
    if (kind == "openai"_L1)
        return tr("OpenAI");
    if (kind == "anthropic"_L1)
        return tr("Anthropic");
    if (kind == "openrouter"_L1)
        return tr("OpenRouter");
    if (kind == "litellm"_L1)
        return tr("LiteLLM proxy");
    if (kind == "llamacpp"_L1)
        return tr("llama.cpp server");
    if (kind == "vllm"_L1)
        return tr("vLLM server");
    return kind;
}

QString NetworkSourcesModel::statusText(const SourceConfig &source)
{
    switch (source.status) {
    case SourceConfig::Status::Ok:
        return source.lastSuccessMs > 0 ? tr("OK") : tr("Waiting for the first poll");
    case SourceConfig::Status::Error:
        return tr("Failing, retrying");
    case SourceConfig::Status::Unauthorized:
        return NetworkSources::needsKey(source.kind) ? tr("Key refused or missing")
                                                     : tr("Access refused");
    case SourceConfig::Status::Removed:
        return tr("Removed");
    }
    return {};
}

QString NetworkSourcesModel::statusToolTip(const SourceConfig &source)
{
    const QString keyPlace = NetworkSources::needsKey(source.kind)
        ? tr("The API key is read from %1.").arg(SecretStore::whereKeptText(source))
        : QString();
    switch (source.status) {
    case SourceConfig::Status::Ok:
        return keyPlace;
    case SourceConfig::Status::Error:
        return tr("The last poll failed: %1\nBurnrate tries again after a pause that grows with "
                  "each failure.")
            .arg(source.lastError);
    case SourceConfig::Status::Unauthorized:
        return tr("%1\nNot polled until its key or settings change: edit the source, or press "
                  "Test once the key is in place. %2")
            .arg(source.lastError, keyPlace)
            .trimmed();
    case SourceConfig::Status::Removed:
        break;
    }
    return {};
}

QString NetworkSourcesModel::nextPollText(const SourceConfig &source) const
{
    if (source.status == SourceConfig::Status::Unauthorized)
        return tr("Stopped until edited");
    if (source.nextPollMs <= m_clock->nowMs())
        return tr("Due now");
    return DisplayFormat::dateTime(source.nextPollMs);
}

QVariant NetworkSourcesModel::cell(int row, int column, int role) const
{
    const SourceConfig &source = m_sources.at(row);
    if (role == ItemRole::Key)
        return source.name;
    if (role == ItemRole::State)
        return int(source.status);
    const bool display = role == Qt::DisplayRole;
    const bool sort = role == ItemRole::Sort;
    switch (column) {
    case Name:
        if (display || sort)
            return source.name;
        if (role == Qt::ToolTipRole)
            return source.settings.value(u"base_url"_s).toString();
        break;
    case Kind:
        if (display || sort)
            return kindName(source.kind);
        break;
    case State:
        if (display)
            return statusText(source);
        if (sort)
            return int(source.status);
        if (role == Qt::ToolTipRole)
            return statusToolTip(source);
        break;
    case LastSuccess:
        if (display)
            return DisplayFormat::dateTime(source.lastSuccessMs);
        if (sort)
            return source.lastSuccessMs;
        break;
    case NextPoll:
        if (display)
            return nextPollText(source);
        if (sort)
            return source.status == SourceConfig::Status::Unauthorized
                ? std::numeric_limits<qint64>::max()
                : source.nextPollMs;
        break;
    case LastError:
        // A long provider message reads in the tooltip; the cell keeps to its first line.
        if (display)
            return source.lastError.section(u'\n', 0, 0);
        if (sort || role == Qt::ToolTipRole)
            return source.lastError;
        break;
    default:
        break;
    }
    return {};
}
