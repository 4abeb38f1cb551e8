#pragma once

#include "filechecker.h"

// pf.conf(5) files: pfctl's syntax and semantic errors and the linter's
// warnings; --print gives what `pfctl -o none -nvf FILE` prints, --trace the
// packet tracer's verdict. The host's interfaces come from an rc.conf next to
// the file (a config repository's etc/), when there is one.
class PfConfChecker : public FileChecker
{
public:
    QString kind() const override;
    QString fileType() const override;
    int confidence(const QString &path, QStringView text) const override;
    QList<Diagnostic> check(const SourceFile &file) const override;
    std::optional<QByteArray> echo(const SourceFile &file) const override;
    std::optional<ToolOutput> toolOutput(const SourceFile &file) const override;
    std::optional<ToolOutput> trace(const SourceFile &file, const QString &spec) const override;
};
