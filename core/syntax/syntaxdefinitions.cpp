#include "syntaxdefinitions.h"

#include <QDir>
#include <QFileInfo>
#include <QPalette>

using namespace Qt::StringLiterals;

// The resource lives in a static library: register it explicitly so that no
// linker drops it.
static void initSyntaxResource()
{
    Q_INIT_RESOURCE(jailwright_syntax);
}

SyntaxDefinitions::SyntaxDefinitions()
{
    initSyntaxResource();
    m_repository.addCustomSearchPath(searchPath());
}

QString SyntaxDefinitions::searchPath()
{
    return u":/jailwright"_s;
}

KSyntaxHighlighting::Definition SyntaxDefinitions::definition(Language language) const
{
    switch (language) {
    case Language::PfConf:
        return m_repository.definitionForName(u"pf.conf"_s);
    case Language::JailConf:
        return m_repository.definitionForName(u"jail.conf"_s);
    case Language::RcConf:
        // rc.conf is sourced by sh(1).
        return m_repository.definitionForName(u"Bash"_s);
    case Language::Diff:
        return m_repository.definitionForName(u"Diff"_s);
    }
    return {};
}

KSyntaxHighlighting::Definition SyntaxDefinitions::definitionForFile(const QString &path) const
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString folder = info.dir().dirName();
    if (name == "rc.conf"_L1 || name == "rc.conf.local"_L1 || folder == "rc.conf.d"_L1)
        return definition(Language::RcConf);
    if (folder == "jail.conf.d"_L1)
        return definition(Language::JailConf);
    return m_repository.definitionForFileName(path);
}

bool SyntaxDefinitions::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

KSyntaxHighlighting::Theme SyntaxDefinitions::themeFor(const QPalette &palette) const
{
    const auto theme = m_repository.themeForPalette(palette);
    if (theme.isValid())
        return theme;
    return m_repository.defaultTheme(isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme
                                                     : KSyntaxHighlighting::Repository::LightTheme);
}
