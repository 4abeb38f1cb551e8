#include "checkcommand.h"

#include "jailconfchecker.h"
#include "pfconfchecker.h"
#include "rcconfchecker.h"

#include <QCommandLineParser>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

void print(QIODevice &device, const QString &text)
{
    device.write(text.toUtf8());
}

QString format(const Diagnostic &diagnostic)
{
    if (diagnostic.line > 0)
        return diagnostic.toString();
    static constexpr const char *names[] = {"error", "warning", "note"};
    return u"%1: %2: %3"_s.arg(diagnostic.file, QLatin1StringView(names[int(diagnostic.severity)]),
                               diagnostic.message);
}

} // namespace

CheckCommand::CheckCommand()
{
    m_checkers.push_back(std::make_unique<JailConfChecker>());
    m_checkers.push_back(std::make_unique<RcConfChecker>());
    m_checkers.push_back(std::make_unique<PfConfChecker>());
}

CheckCommand::~CheckCommand() = default;

const FileChecker *CheckCommand::checkerFor(const QString &kind) const
{
    for (const auto &checker : m_checkers)
        if (checker->kind() == kind)
            return checker.get();
    return nullptr;
}

const FileChecker *CheckCommand::detect(const QString &path, QStringView text) const
{
    const FileChecker *best = nullptr;
    int bestConfidence = 0;
    for (const auto &checker : m_checkers) {
        const int confidence = checker->confidence(path, text);
        if (confidence > bestConfidence) {
            best = checker.get();
            bestConfidence = confidence;
        }
    }
    return best;
}

int CheckCommand::run(const QStringList &arguments, QIODevice &out, QIODevice &err) const
{
    QStringList kinds;
    for (const auto &checker : m_checkers)
        kinds.append(checker->kind());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Checks jail.conf, rc.conf and pf.conf files the way FreeBSD reads them.\n"
        "Exit status: 0 clean, 1 errors found, 2 usage error or unsupported kind."_s);
    const QCommandLineOption kindOption(
        u"kind"_s, u"The kind of the files: %1 (default: detected)."_s.arg(kinds.join(u'|')),
        u"kind"_s);
    const QCommandLineOption echoOption(u"echo"_s, u"Write each file back through the writer."_s);
    const QCommandLineOption jailsOption(
        u"jails"_s, u"Print each jail's effective parameters as one JSON object."_s);
    const QCommandLineOption printOption(
        u"print"_s,
        u"Print what the system's tool prints for the file (pf: pfctl -o none -nvf)."_s);
    const QCommandLineOption traceOption(
        u"trace"_s,
        u"pf: trace a packet, e.g. 'on bridge0 in tcp from 10.0.0.10 port 40000 to 10.0.1.12 port 5432'."_s,
        u"packet"_s);
    const QCommandLineOption helpOption(u"help"_s, u"Show this help."_s);
    parser.addOptions({kindOption, echoOption, jailsOption, printOption, traceOption, helpOption});
    parser.addPositionalArgument(u"files"_s, u"The files to check."_s, u"FILE..."_s);
    if (!parser.parse(arguments)) {
        print(err, u"jailwright-check: %1\n"_s.arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(helpOption)) {
        print(out, parser.helpText());
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        print(err, u"jailwright-check: no files given\n"_s + parser.helpText());
        return 2;
    }
    const FileChecker *forced = nullptr;
    if (parser.isSet(kindOption)) {
        forced = checkerFor(parser.value(kindOption));
        if (!forced) {
            print(err,
                  u"jailwright-check: unknown kind \"%1\" (use %2)\n"_s.arg(
                      parser.value(kindOption), kinds.join(u", "_s)));
            return 2;
        }
    }

    int status = 0;
    QJsonObject jails;
    for (const QString &path : files) {
        QString readError;
        const std::optional<SourceFile> file = SourceFile::read(path, &readError);
        if (!file) {
            print(err, u"%1: error: cannot read the file: %2\n"_s.arg(path, readError));
            status = qMax(status, 1);
            continue;
        }
        const FileChecker *checker = forced ? forced : detect(path, file->text());
        if (!checker) {
            print(err,
                  u"%1: error: cannot tell what kind of file this is; use --kind %2\n"_s.arg(
                      path, kinds.join(u'|')));
            status = 2;
            continue;
        }
        if (parser.isSet(printOption)) {
            const auto printed = checker->toolOutput(*file);
            if (!printed) {
                print(err,
                      u"%1: error: --print is not available for %2 files\n"_s.arg(
                          path, checker->fileType()));
                status = 2;
                continue;
            }
            out.write(printed->out);
            err.write(printed->err);
            if (printed->rejected)
                status = qMax(status, 1);
            continue;
        }
        if (parser.isSet(traceOption)) {
            const auto traced = checker->trace(*file, parser.value(traceOption));
            if (!traced) {
                print(err,
                      u"%1: error: --trace is not available for %2 files\n"_s.arg(
                          path, checker->fileType()));
                status = 2;
                continue;
            }
            out.write(traced->out);
            err.write(traced->err);
            if (traced->rejected)
                status = qMax(status, 2);
            continue;
        }
        bool errors = false;
        for (const Diagnostic &diagnostic : checker->check(*file)) {
            print(err, format(diagnostic) + u'\n');
            errors = errors || diagnostic.isError();
        }
        if (!checker->isSupported()) {
            status = 2;
            continue;
        }
        if (errors)
            status = qMax(status, 1);
        if (parser.isSet(echoOption)) {
            if (const std::optional<QByteArray> bytes = checker->echo(*file))
                out.write(*bytes);
        }
        if (parser.isSet(jailsOption)) {
            if (const std::optional<QJsonObject> found = checker->jails(*file)) {
                for (auto it = found->constBegin(); it != found->constEnd(); ++it)
                    jails.insert(it.key(), it.value());
            }
        }
    }
    if (parser.isSet(jailsOption))
        out.write(QJsonDocument(jails).toJson(QJsonDocument::Indented));
    return status;
}
