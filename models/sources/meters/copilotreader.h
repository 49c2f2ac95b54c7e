#pragma once

#include "logreader.h"

// GitHub Copilot CLI's OpenTelemetry file export (opt-in: COPILOT_OTEL_ENABLED=true,
// COPILOT_OTEL_EXPORTER_TYPE=file): JSON lines in COPILOT_OTEL_FILE_EXPORTER_PATH (a file, of any
// name) and ~/.copilot/otel/*.jsonl, appended to.
//
// One record per `chat` span (gen_ai.operation.name "chat", or a name starting "chat "), keyed
// "copilot:<traceId>:<spanId>". invoke_agent spans repeat their chat spans' totals and
// execute_tool spans carry none: both are skipped, as are metric and log lines. Counts follow the
// OpenTelemetry GenAI conventions, which are inclusive: input_tokens holds the cache reads and
// writes, output_tokens holds reasoning. The model is kept as reported ("claude-sonnet-4.5").
class CopilotReader final : public LogReader
{
public:
    QString kind() const override;
    QStringList defaultRoots(const QProcessEnvironment &environment) const override;
    bool acceptsFile(const QString &path) const override;
    FileParseResult parse(const QString &path, QByteArrayView data, qint64 offset,
                          const QByteArray &state) const override;
};
