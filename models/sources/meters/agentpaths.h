#pragma once

// Path helpers shared by the agent log readers' defaultRoots().

#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QStringList>

namespace AgentPaths {

// `path` with a leading "~" or "~/" replaced by `home`.
QString expandHome(const QString &path, const QString &home);

// $HOME, or the user's home directory when it is not set.
QString home(const QProcessEnvironment &environment);

// The trimmed, non-empty entries of a comma-separated environment variable.
QStringList commaList(const QProcessEnvironment &environment, const QString &variable);

// Appends `path` to `roots` if it is a directory whose canonical path is not in `seen` yet (a
// link may lead to a directory already listed). Returns whether `path` is a directory.
bool addExistingDirectory(QStringList &roots, QSet<QString> &seen, const QString &path);

} // namespace AgentPaths
