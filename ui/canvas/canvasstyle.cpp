#include "canvasstyle.h"

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

CanvasStyle::CanvasStyle(const QPalette &palette, const QFont &font)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    text = palette.color(QPalette::Text);
    dark = window.lightness() < text.lightness();

    // Cards stand out from the canvas: lighter than it in both schemes.
    background = dark ? mix(base, window, 0.35) : mix(window, base, 0.35);
    card = dark ? mix(window, text, 0.06) : base;
    cardBorder = mix(card, text, dark ? 0.22 : 0.2);
    shadow = QColor(0, 0, 0, dark ? 90 : 28);
    secondaryText = mix(text, card, dark ? 0.35 : 0.4);
    selection = palette.color(QPalette::Highlight);
    link = mix(background, text, dark ? 0.42 : 0.38);
    linkHighlight = selection;
    labelBackground = background;

    // Accent hues per kind; lightness follows the scheme so both have contrast.
    const auto accent = [this](int hue, int saturation) {
        return dark ? QColor::fromHsl(hue, saturation, 165) : QColor::fromHsl(hue, saturation, 100);
    };
    hostAccent = accent(222, 150);
    uplinkAccent = accent(268, 120);
    bridgeAccent = accent(178, 170);
    jailAccent = accent(205, 160);
    unknownAccent = mix(text, card, 0.45);
    running = accent(135, 150);
    stopped = mix(text, card, 0.5);
    error = accent(2, 190);
    warning = accent(34, 220);

    bodyFont = font;
    titleFont = font;
    titleFont.setBold(true);
    smallFont = font;
    if (font.pointSizeF() > 0)
        smallFont.setPointSizeF(font.pointSizeF() * 0.85);
    else
        smallFont.setPixelSize(qMax(8, font.pixelSize() * 85 / 100));
}
