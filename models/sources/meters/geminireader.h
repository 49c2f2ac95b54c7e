#pragma once

#include "logreader.h"

// Gemini CLI chat recordings under ~/.gemini/tmp/<project>/chats/ (GEMINI_DATA_DIR, a comma
// list, replaces ~/.gemini/tmp): session-*.json, one document rewritten whole, and from newer
// builds session-*.jsonl (a metadata line, then every message appended again each time it
// changes) plus chats/<parent session>/<session>.jsonl for subagents.
//
// One record per `type:"gemini"` message with `tokens`, keyed "gemini:<sessionId>:<message id>"
// so a session migrated from .json to .jsonl counts once. Within a file the last copy of a
// message wins. Gemini counts are inclusive: `input` holds `cached`, thoughts and tool-use
// prompt tokens come on top. Recorded as: input = input − cached + tool, cacheRead = cached,
// output = output + thoughts, reasoning = thoughts (billed as output).
class GeminiReader final : public LogReader
{
public:
    QString kind() const override;
    // Both shapes are handed over whole: a .jsonl rewrites messages by id, so only the whole
    // file says which copy is the last.
    FileMode fileMode() const override { return FileMode::RewrittenWhole; }
    QStringList defaultRoots(const QProcessEnvironment &environment) const override;
    bool acceptsFile(const QString &path) const override;
    FileParseResult parse(const QString &path, QByteArrayView data, qint64 offset,
                          const QByteArray &state) const override;
};
