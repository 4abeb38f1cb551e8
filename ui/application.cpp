#include "application.h"

#include "commandlineoptions.h"
#include "mainwindow.h"

#include "host/folderhost.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

void Application::installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English plural forms first; a translation installed later is asked first.
    auto *plurals = new QTranslator(qApp);
    if (plurals->load(u"jailwright_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(plurals);
    auto *own = new QTranslator(qApp);
    if (own->load(locale, u"jailwright"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}

namespace {

// Paints the window into an image once the host is loaded (after the events
// already queued, so layouts are settled), saves it and quits.
void takeScreenshotWhenLoaded(MainWindow *window, const QString &file)
{
    QObject::connect(window, &MainWindow::hostLoadFinished, window, [window, file](bool ok) {
        QTimer::singleShot(0, window, [window, file, ok] {
            const bool saved = window->grab().save(file);
            if (!saved)
                QTextStream(stderr) << "jailwright: could not save " << file << '\n';
            QCoreApplication::exit(ok && saved ? 0 : 1);
        });
    });
}

} // namespace

int Application::run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Jailwright"_s);
    QCoreApplication::setApplicationName(u"jailwright"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(JAILWRIGHT_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Jailwright"_s);
    QGuiApplication::setDesktopFileName(u"org.jailwright.Jailwright"_s);

    const CommandLineOptions options = CommandLineOptions::parse(QCoreApplication::arguments());
    installTranslations(options.language);
    if (options.colorSchemeGiven && options.colorScheme != ColorScheme::System)
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));

    MainWindow window;
    if (options.colorSchemeGiven)
        window.setColorScheme(options.colorScheme);
    if (!options.screenshot.isEmpty())
        takeScreenshotWhenLoaded(&window, options.screenshot);
    window.show();
    if (options.demo)
        window.openHost(std::make_unique<FolderHost>(FolderHost::demoFolder()));
    else
        window.openHost(std::make_unique<FolderHost>(options.hostFolder));
    return app.exec();
}
