#include "agentpaths.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace AgentPaths {

QString expandHome(const QString &path, const QString &home)
{
    if (path == u"~")
        return home;
    if (path.startsWith(u"~/"))
        return home + path.mid(1);
    return path;
}

QString home(const QProcessEnvironment &environment)
{
    return environment.value(u"HOME"_s, QDir::homePath());
}

QStringList commaList(const QProcessEnvironment &environment, const QString &variable)
{
    QStringList entries;
    for (const QString &entry : environment.value(variable).split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = entry.trimmed();
        if (!trimmed.isEmpty())
            entries.append(trimmed);
    }
    return entries;
}

bool addExistingDirectory(QStringList &roots, QSet<QString> &seen, const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return false;
    if (!seen.contains(info.canonicalFilePath())) {
        seen.insert(info.canonicalFilePath());
        roots.append(QDir::cleanPath(info.absoluteFilePath()));
    }
    return true;
}

} // namespace AgentPaths
