#include "jailconfchecker.h"

#include "jail/jailconfdocumentset.h"
#include "jail/jailconfresolver.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

JailConfDocumentSet load(const SourceFile &file)
{
    return JailConfDocumentSet::fromDocument(JailConfDocument::parse(file));
}

} // namespace

QString JailConfChecker::kind() const
{
    return u"jail"_s;
}

QString JailConfChecker::fileType() const
{
    return u"jail.conf"_s;
}

// jail.conf(5) FILES: /etc/jail.conf, /etc/jail.*.conf, /etc/jail.conf.d/*.conf.
int JailConfChecker::confidence(const QString &path, QStringView text) const
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (name == u"jail.conf" || (name.startsWith(u"jail.") && name.endsWith(u".conf"))
        || info.dir().dirName() == u"jail.conf.d")
        return 100;
    // A `name {` block and statements ending in ';' look like jail.conf.
    const bool hasBlock = text.contains(u'{') && text.contains(u'}');
    const bool hasStatements = text.contains(u';');
    return hasBlock && hasStatements ? 40 : hasStatements ? 10 : 0;
}

QList<Diagnostic> JailConfChecker::check(const SourceFile &file) const
{
    const JailConfDocumentSet set = load(file);
    QList<Diagnostic> diagnostics = set.diagnostics();
    if (!set.hasErrors())
        diagnostics += JailConfResolver::resolve(set).diagnostics;
    return diagnostics;
}

std::optional<QByteArray> JailConfChecker::echo(const SourceFile &file) const
{
    return JailConfDocument::parse(file).toBytes();
}

std::optional<QJsonObject> JailConfChecker::jails(const SourceFile &file) const
{
    QJsonObject result;
    for (const JailConfResolvedJail &jail : JailConfResolver::resolve(load(file)).jails) {
        QJsonObject parameters;
        for (const JailConfResolvedJail::Parameter &parameter : jail.parameters)
            parameters.insert(parameter.name, QJsonArray::fromStringList(parameter.texts()));
        result.insert(jail.name, parameters);
    }
    return result;
}
