#pragma once

#include "logreader.h"

// OpenCode's messages: the SQLite store opencode.db / opencode-*.db (table message(id,
// session_id, data), data being the message JSON) under $XDG_DATA_HOME/opencode
// (OPENCODE_DATA_DIR, a comma list, replaces it), and the legacy one-file-per-message store
// storage/message/<session id>/<message id>.json. A database is opened read-only from `path`;
// the bytes handed to parse() are not used for it.
//
// One record per assistant message with tokens, keyed "opencode:<message id>" so a database row
// and a legacy copy of the same message count once. Counts are exclusive (Anthropic-style):
// input excludes the cache; current builds store output without reasoning
// (output = outputTokens − reasoning), so output + reasoning is recorded, unless the stored
// `total` shows reasoning already inside output (older builds). The cache TTL is not logged:
// writes are recorded as 5-minute writes. OpenCode's own USD `cost` is not kept: records are
// left Unpriced for the importer to price from tokens.
class OpenCodeReader final : public LogReader
{
public:
    QString kind() const override;
    FileMode fileMode() const override { return FileMode::RewrittenWhole; }
    QStringList defaultRoots(const QProcessEnvironment &environment) const override;
    bool acceptsFile(const QString &path) const override;
    QStringList companionFiles(const QString &path) const override;
    bool opensFileItself(const QString &path) const override;
    FileParseResult parse(const QString &path, QByteArrayView data, qint64 offset,
                          const QByteArray &state) const override;
};
