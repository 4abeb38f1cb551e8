#pragma once

#include "filechecker.h"

// jail.conf(5) files: syntax (with includes) and what jail(8) would refuse
// while collecting the jails (unknown variables, loops, ...).
class JailConfChecker : public FileChecker
{
public:
    QString kind() const override;
    QString fileType() const override;
    int confidence(const QString &path, QStringView text) const override;
    QList<Diagnostic> check(const SourceFile &file) const override;
    std::optional<QByteArray> echo(const SourceFile &file) const override;
    std::optional<QJsonObject> jails(const SourceFile &file) const override;
};
