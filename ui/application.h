#pragma once

// Starts the GUI: command line, translations, colour scheme, main window.
#include <QString>

namespace Application {
int run(int argc, char **argv);
// Qt's own translations, English plural forms and the chosen language
// (the system's when `language` is empty).
void installTranslations(const QString &language);
} // namespace Application
