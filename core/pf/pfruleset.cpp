#include "pfruleset.h"

#include "pfrulesetparser.h"

#include <QDir>
#include <QFile>

PfRuleset PfRuleset::fromDocument(const PfDocument &document, const FileReader &reader,
                                  const InterfaceAddresses &interfaces)
{
    return PfRulesetParser(reader, interfaces).parse(document);
}

PfRuleset::FileReader PfRuleset::localFileReader(const QString &baseDirectory)
{
    return [baseDirectory](const QString &path) -> std::optional<QString> {
        QFile file(QDir(baseDirectory).filePath(path));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        return QString::fromUtf8(file.readAll());
    };
}

const PfMacro *PfRuleset::macro(QStringView name) const
{
    for (const PfMacro &m : macros) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

const PfTable *PfRuleset::table(QStringView name) const
{
    for (const PfTable &t : tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

const PfLimiter *PfRuleset::limiter(PfLimiter::Kind kind, QStringView name) const
{
    for (const PfLimiter &l : limiters) {
        if (l.kind == kind && l.name == name)
            return &l;
    }
    return nullptr;
}

bool PfRuleset::hasErrors() const
{
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            return true;
    }
    return false;
}
