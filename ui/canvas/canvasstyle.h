#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

// The canvas's colours and fonts, derived from the widget palette so the
// light and the dark scheme both read well. Items paint from one shared
// instance owned by the scene instead of resolving the palette per item.
struct CanvasStyle
{
    explicit CanvasStyle(const QPalette &palette = QPalette(), const QFont &font = QFont());

    bool dark = false;
    QColor background;
    QColor card;
    QColor cardBorder;
    QColor shadow;
    QColor text;
    QColor secondaryText;
    QColor selection;
    QColor link;
    QColor linkHighlight;
    QColor labelBackground;
    QColor hostAccent;
    QColor uplinkAccent;
    QColor bridgeAccent;
    QColor jailAccent;
    QColor unknownAccent;
    QColor running;
    QColor stopped;
    QColor error;
    QColor warning;
    QFont titleFont;
    QFont bodyFont;
    QFont smallFont;
};
