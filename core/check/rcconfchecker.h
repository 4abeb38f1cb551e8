#pragma once

#include "filechecker.h"

// rc.conf(5) files. Recognised, so they are not mistaken for jail.conf, but
// not checked yet: the rc.conf document is still being written.
class RcConfChecker : public FileChecker
{
public:
    QString kind() const override;
    QString fileType() const override;
    int confidence(const QString &path, QStringView text) const override;
    bool isSupported() const override { return false; }
    QList<Diagnostic> check(const SourceFile &file) const override;
    std::optional<QByteArray> echo(const SourceFile &file) const override;
};
