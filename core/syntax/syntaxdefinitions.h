#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QString>

class QPalette;

// The KSyntaxHighlighting repository with Jailwright's own definitions for
// pf.conf and jail.conf added (the library has neither), and the definitions
// the app uses for each kind of file it shows.
class SyntaxDefinitions
{
public:
    enum class Language { PfConf, JailConf, RcConf, Diff };

    SyntaxDefinitions();
    SyntaxDefinitions(const SyntaxDefinitions &) = delete;
    SyntaxDefinitions &operator=(const SyntaxDefinitions &) = delete;

    // Where the app's definitions live: a Qt resource folder holding syntax/.
    static QString searchPath();

    KSyntaxHighlighting::Repository &repository() { return m_repository; }
    const KSyntaxHighlighting::Repository &repository() const { return m_repository; }

    KSyntaxHighlighting::Definition definition(Language language) const;
    // The definition for a host file by its path (pf.conf, jail.conf, rc.conf and
    // their include and .d forms); other files as KSyntaxHighlighting sees them.
    KSyntaxHighlighting::Definition definitionForFile(const QString &path) const;

    // A theme whose background matches the palette: dark text on light or the
    // other way round.
    KSyntaxHighlighting::Theme themeFor(const QPalette &palette) const;
    static bool isDark(const QPalette &palette);

private:
    KSyntaxHighlighting::Repository m_repository;
};
