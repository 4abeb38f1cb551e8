#pragma once

#include <QObject>

// The application's colour scheme: the desktop's, or a fixed light or dark one
// (screenshots and users who want one regardless of the desktop).
class ColorScheme : public QObject
{
    Q_OBJECT

public:
    enum Scheme { System, Light, Dark };
    Q_ENUM(Scheme)

    static ColorScheme *instance();
    static std::optional<Scheme> fromName(const QString &name);

    Scheme scheme() const { return m_scheme; }
    void apply(Scheme scheme);
    // Whether the palette in use is dark; highlighting themes follow it.
    static bool isDark();

signals:
    void changed();

private:
    using QObject::QObject;

    Scheme m_scheme = System;
};
