#include "commandlineoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void exitWithError(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << '\n';
    ::exit(2);
}

} // namespace

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLineOptions", "Draw, edit and apply the network of FreeBSD VNET jails."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        u"demo"_s,
        QCoreApplication::translate("CommandLineOptions", "Open the bundled demo host."));
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QCoreApplication::translate("CommandLineOptions",
                                    "Save the main window as an image once the host is loaded, "
                                    "then quit."),
        u"file"_s);
    const QCommandLineOption language(
        u"lang"_s,
        QCoreApplication::translate("CommandLineOptions",
                                    "Use this language (for example de) instead of the system's."),
        u"code"_s);
    const QCommandLineOption colorScheme(
        u"color-scheme"_s,
        QCoreApplication::translate("CommandLineOptions", "Colour scheme: system, light or dark."),
        u"scheme"_s);
    parser.addOptions({demo, screenshot, language, colorScheme});
    parser.addPositionalArgument(
        u"host-folder"_s,
        QCoreApplication::translate("CommandLineOptions",
                                    "A folder holding a host's etc/ files (a config repository)."),
        u"[host-folder]"_s);
    parser.process(arguments);

    CommandLineOptions options;
    options.demo = parser.isSet(demo);
    options.screenshot = parser.value(screenshot);
    options.language = parser.value(language);
    if (parser.isSet(colorScheme)) {
        const auto scheme = ColorScheme::fromName(parser.value(colorScheme));
        if (!scheme) {
            exitWithError(QCoreApplication::translate(
                              "CommandLineOptions",
                              "Unknown colour scheme \"%1\"; use system, light or dark.")
                              .arg(parser.value(colorScheme)));
        }
        options.colorScheme = *scheme;
        options.colorSchemeGiven = true;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        exitWithError(
            QCoreApplication::translate("CommandLineOptions", "Give at most one host folder."));
    }
    options.hostFolder = positional.value(0);
    if (options.hostFolder.isEmpty())
        options.demo = true;
    return options;
}
