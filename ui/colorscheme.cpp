#include "colorscheme.h"

#include "syntax/syntaxdefinitions.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabledText(0x7f, 0x84, 0x8b);
    const QColor highlight(0x3d, 0x8e, 0xd9);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x94, 0xf0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}

QPalette lightPalette()
{
    QPalette p = QStyleFactory::create(u"Fusion"_s)->standardPalette();
    p.setColor(QPalette::Highlight, QColor(0x30, 0x7d, 0xc9));
    return p;
}

} // namespace

ColorScheme *ColorScheme::instance()
{
    static auto *scheme = new ColorScheme(qApp);
    return scheme;
}

std::optional<ColorScheme::Scheme> ColorScheme::fromName(const QString &name)
{
    if (name == u"system")
        return System;
    if (name == u"light")
        return Light;
    if (name == u"dark")
        return Dark;
    return std::nullopt;
}

void ColorScheme::apply(Scheme scheme)
{
    m_scheme = scheme;
    switch (scheme) {
    case System:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Light:
        QApplication::setPalette(lightPalette());
        break;
    case Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
    emit changed();
}

bool ColorScheme::isDark()
{
    return SyntaxDefinitions::isDark(QApplication::palette());
}
