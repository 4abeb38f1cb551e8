#include "rcconfchecker.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

QString RcConfChecker::kind() const
{
    return u"rc"_s;
}

QString RcConfChecker::fileType() const
{
    return u"rc.conf"_s;
}

// rc.conf(5): /etc/rc.conf, /etc/rc.conf.local, /etc/rc.conf.d/*, /etc/defaults/rc.conf.
int RcConfChecker::confidence(const QString &path, QStringView text) const
{
    const QFileInfo info(path);
    if (info.fileName().startsWith(u"rc.conf") || info.dir().dirName() == u"rc.conf.d")
        return 100;
    // Shell assignments (name="value") without ';' or braces.
    const bool assignments = text.contains(u"=\"") || text.contains(u"='");
    return assignments && !text.contains(u';') && !text.contains(u'{') ? 30 : 0;
}

QList<Diagnostic> RcConfChecker::check(const SourceFile &file) const
{
    return {{Diagnostic::Severity::Error, file.path(), 0, 0,
             u"checking rc.conf files is not supported yet"_s}};
}

std::optional<QByteArray> RcConfChecker::echo(const SourceFile &file) const
{
    Q_UNUSED(file);
    return std::nullopt;
}
