#pragma once

#include "logreader.h"

// Claude Code transcripts: projects/<encoded cwd>/<session>.jsonl, and subagent transcripts under
// projects/<encoded cwd>/<session>/subagents/ (CLAUDE_CONFIG_DIR, a comma list of config or
// projects directories, replaces ~/.config/claude and ~/.claude).
//
// One record per line carrying `message.usage` (also inside an agent-progress wrapper,
// `data.message.message.usage`). A response is logged once per content block with the same
// message id, early copies with a partial output count: every copy is returned, keyed by message
// id (else requestId, else "uuid:<uuid>"), and the importer's UsageDeduplicator keeps the largest,
// then the non-sidechain one. Lines with model "<synthetic>" or all-zero usage are skipped; lines
// with the "usage":{ marker that are not valid JSON, or lack model, timestamp or the input and
// output counts, are malformed. Records are unpriced; the importer prices them. No state.
class ClaudeCodeReader final : public LogReader
{
public:
    QString kind() const override;
    QStringList defaultRoots(const QProcessEnvironment &environment) const override;
    bool acceptsFile(const QString &path) const override;
    FileParseResult parse(const QString &path, QByteArrayView data, qint64 offset,
                          const QByteArray &state) const override;
};
