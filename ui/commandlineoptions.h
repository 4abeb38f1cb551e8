#pragma once

#include "colorscheme.h"

#include <QString>
#include <QStringList>

#include <optional>

// What the command line asks of the GUI.
struct CommandLineOptions
{
    bool demo = false;
    QString hostFolder;
    QString screenshot;
    QString language;
    ColorScheme::Scheme colorScheme = ColorScheme::System;
    bool colorSchemeGiven = false;

    // Parses QCoreApplication's arguments; prints help, the version or an error
    // and exits for those, as QCommandLineParser does.
    static CommandLineOptions parse(const QStringList &arguments);
};
