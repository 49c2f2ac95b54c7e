#pragma once

#include "logreader.h"

#include <QStringList>

#include <memory>

// The agents whose local logs Burnrate reads, by their source kind.
namespace LogReaders {

QStringList kinds(); // "claude-code", "codex", "gemini", "opencode", "copilot"
std::unique_ptr<LogReader> create(const QString &kind); // nullptr for an unknown kind

} // namespace LogReaders
