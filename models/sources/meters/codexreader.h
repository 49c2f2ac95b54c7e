#pragma once

#include "logreader.h"

// OpenAI Codex CLI rollouts: sessions/YYYY/MM/DD/rollout-*.jsonl and archived_sessions/ under
// CODEX_HOME (a comma list allowed; default ~/.codex).
//
// Codex logs cumulative counters per session (`token_count` events, inclusive semantics: cached
// input inside input, reasoning inside output). One record per model call:
// - a row whose total_token_usage equals the previous one is a re-emit and is skipped; info:null
//   rows are skipped;
// - the call is last_token_usage (else the difference of the totals); a total that goes down in
//   any field is a reset: the baseline restarts there and last_token_usage counts;
// - the model is the latest turn_context's (or the row's own `model`); rows before any model wait
//   for the first one in the same pass, and are "unknown" if none comes;
// - a forked subagent (session_meta source.subagent.thread_spawn, or a second session_meta with
//   another id) starts by replaying its parent's rows: the leading token_count rows that share
//   the timestamp second of the first one only set the baseline (ccusage's rule).
// Records are keyed "<session id>:<cumulative total_tokens>", so an archived copy of a session,
// or a stale out-of-order snapshot, gives the same key and counts once after de-duplication.
// Tokens: input = input − cached, cacheRead = cached, output = output (reasoning inside),
// reasoning = reasoning_output_tokens. State: the counters, model, session, cwd and fork status,
// so a file parsed in several passes gives the records of one pass.
class CodexReader final : public LogReader
{
public:
    QString kind() const override;
    QStringList defaultRoots(const QProcessEnvironment &environment) const override;
    bool acceptsFile(const QString &path) const override;
    FileParseResult parse(const QString &path, QByteArrayView data, qint64 offset,
                          const QByteArray &state) const override;
};
