#pragma once

#include "text/diagnostic.h"
#include "text/sourcefile.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// What jailwright-check does with one kind of configuration file. Each kind
// (jail.conf, rc.conf, pf.conf) is one subclass, listed in CheckCommand.
class FileChecker
{
public:
    virtual ~FileChecker() = default;

    // The name --kind takes ("jail", "rc", "pf").
    virtual QString kind() const = 0;
    // How the file type is called in messages ("jail.conf").
    virtual QString fileType() const = 0;
    // How sure the checker is that `path` holds its kind of file: 0 not at
    // all, 100 for its usual file names; the most confident checker wins.
    virtual int confidence(const QString &path, QStringView text) const = 0;
    // False while the kind is recognised but has no document yet; check()
    // then says so and echo() gives nothing.
    virtual bool isSupported() const { return true; }

    // Syntax and semantic errors of the file (and of the files it includes).
    virtual QList<Diagnostic> check(const SourceFile &file) const = 0;
    // The file written back through its document's writer.
    virtual std::optional<QByteArray> echo(const SourceFile &file) const = 0;
    // What the system's own tool prints for the file (pf: `pfctl -o none -nvf
    // FILE`): its standard output, or for a file it rejects its error output;
    // nullopt for kinds without such a tool.
    struct ToolOutput
    {
        QByteArray out;
        QByteArray err;
        bool rejected = false;
    };
    virtual std::optional<ToolOutput> toolOutput(const SourceFile &file) const
    {
        Q_UNUSED(file);
        return std::nullopt;
    }
    // pf: the packet tracer's verdict for the packet `spec` describes (first
    // line "pass 17", "block 4" or "pass default", then the rules that matched);
    // nullopt for kinds without a tracer. A bad spec is `rejected` with the reason in `err`.
    virtual std::optional<ToolOutput> trace(const SourceFile &file, const QString &spec) const
    {
        Q_UNUSED(file);
        Q_UNUSED(spec);
        return std::nullopt;
    }
    // Each jail's effective parameters: name -> { parameter -> [values] };
    // nullopt for kinds that define no jails.
    virtual std::optional<QJsonObject> jails(const SourceFile &file) const
    {
        Q_UNUSED(file);
        return std::nullopt;
    }
};
