#pragma once

#include "filechecker.h"

#include <QIODevice>
#include <QStringList>

#include <memory>
#include <vector>

// jailwright-check: checks configuration files for CI pipelines and
// pre-commit hooks. `jailwright-check [--kind jail|rc|pf] [--echo] [--jails] FILE...`
// prints compiler-style diagnostics on `err`; --echo writes each file back
// through its writer on `out`, --jails prints every jail's effective
// parameters as one JSON object on `out`. Exit status: 0 clean, 1 errors
// found, 2 usage error or a kind that cannot be checked yet.
class CheckCommand
{
public:
    CheckCommand();
    ~CheckCommand();

    int run(const QStringList &arguments, QIODevice &out, QIODevice &err) const;

    // The checker --kind names, or the one most confident about the file; nullptr if none is.
    const FileChecker *checkerFor(const QString &kind) const;
    const FileChecker *detect(const QString &path, QStringView text) const;

private:
    std::vector<std::unique_ptr<FileChecker>> m_checkers;
};
