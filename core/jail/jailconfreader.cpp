#include "jailconfreader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace {

bool hasWildcard(QStringView text)
{
    return text.contains(u'*') || text.contains(u'?') || text.contains(u'[');
}

QRegularExpression wildcard(const QString &pattern)
{
    return QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern));
}

// glob(3) one path component at a time, so wildcards may stand in folder names too.
QStringList globFileSystem(const QString &pattern)
{
    const QStringList components = QDir::cleanPath(pattern).split(u'/');
    QStringList matches {components.first().isEmpty() ? QStringLiteral("/") : components.first()};
    for (qsizetype i = 1; i < components.size(); ++i) {
        const QString &component = components[i];
        const bool last = i + 1 == components.size();
        QStringList next;
        for (const QString &base : std::as_const(matches)) {
            const QString prefix = base.endsWith(u'/') ? base : base + u'/';
            if (!hasWildcard(component)) {
                const QFileInfo info(prefix + component);
                if (info.exists() && (last || info.isDir()))
                    next.append(prefix + component);
                continue;
            }
            const QRegularExpression expression = wildcard(component);
            QStringList names =
                QDir(base).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
            std::sort(names.begin(), names.end());
            for (const QString &name : std::as_const(names)) {
                if (name.startsWith(u'.') && !component.startsWith(u'.'))
                    continue;
                if (!expression.match(name).hasMatch())
                    continue;
                const QFileInfo info(prefix + name);
                if (last ? !info.isDir() : info.isDir())
                    next.append(prefix + name);
            }
        }
        matches = std::move(next);
    }
    return matches;
}

} // namespace

JailConfReader JailConfReader::fileSystem()
{
    return {[](const QString &path) { return SourceFile::read(path); }, globFileSystem};
}

JailConfReader JailConfReader::inMemory(const QHash<QString, QString> &files)
{
    return {[files](const QString &path) -> std::optional<SourceFile> {
                const auto it = files.constFind(path);
                if (it == files.cend())
                    return std::nullopt;
                return SourceFile(path, *it);
            },
            [files](const QString &pattern) {
                const QRegularExpression expression = wildcard(QDir::cleanPath(pattern));
                QStringList result;
                for (auto it = files.cbegin(); it != files.cend(); ++it)
                    if (expression.match(it.key()).hasMatch())
                        result.append(it.key());
                std::sort(result.begin(), result.end());
                return result;
            }};
}
