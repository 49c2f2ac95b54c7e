#include "logreaders.h"

#include "claudecodereader.h"
#include "codexreader.h"
#include "copilotreader.h"
#include "geminireader.h"
#include "opencodereader.h"

namespace LogReaders {

QStringList kinds()
{
    return {QStringLiteral("claude-code"), QStringLiteral("codex"), QStringLiteral("gemini"),
            QStringLiteral("opencode"), QStringLiteral("copilot")};
}

std::unique_ptr<LogReader> create(const QString &kind)
{
    if (kind == QLatin1String("claude-code"))
        return std::make_unique<ClaudeCodeReader>();
    if (kind == QLatin1String("codex"))
        return std::make_unique<CodexReader>();
    if (kind == QLatin1String("gemini"))
        return std::make_unique<GeminiReader>();
    if (kind == QLatin1String("opencode"))
        return std::make_unique<OpenCodeReader>();
    if (kind == QLatin1String("copilot"))
        return std::make_unique<CopilotReader>();
    return nullptr;
}

} // namespace LogReaders
