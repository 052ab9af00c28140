#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace anomalens::ui {

namespace {

QPalette darkPalette()
{
    const QColor window(0x26, 0x29, 0x2e);
    const QColor base(0x1c, 0x1e, 0x22);
    const QColor alternateBase(0x22, 0x25, 0x29);
    const QColor button(0x2e, 0x32, 0x38);
    const QColor text(0xd6, 0xd9, 0xde);
    const QColor mutedText(0x6c, 0x72, 0x7b);
    const QColor accent(0x3d, 0x6f, 0x9e);  // calm steel blue, readable under white text

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternateBase);
    palette.setColor(QPalette::ToolTipBase, QColor(0x33, 0x37, 0x3d));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, mutedText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x7a, 0x6b));
    palette.setColor(QPalette::Link, QColor(0x74, 0xa8, 0xdc));
    palette.setColor(QPalette::LinkVisited, QColor(0x9a, 0x8c, 0xd0));
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, QColor(0xf4, 0xf6, 0xf8));
    // Fusion draws bevels and frames from these.
    palette.setColor(QPalette::Light, QColor(0x3b, 0x40, 0x47));
    palette.setColor(QPalette::Midlight, QColor(0x33, 0x37, 0x3d));
    palette.setColor(QPalette::Mid, QColor(0x20, 0x23, 0x27));
    palette.setColor(QPalette::Dark, QColor(0x17, 0x19, 0x1c));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0d, 0x0f));

    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, mutedText);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3f, 0x46));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, mutedText);
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x2a, 0x2d, 0x32));
    return palette;
}

} // namespace

void applyDarkTheme(QApplication& application)
{
    // Fusion draws everything from the palette, so the dark theme is complete
    // and identical on every desktop (and offscreen).
    application.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    application.setPalette(darkPalette());
    // Thin separators between docks and the central area, in the theme's colour.
    application.setStyleSheet(QStringLiteral(
        "QMainWindow::separator { background: #1a1c20; width: 3px; height: 3px; }"
        "QToolTip { border: 1px solid #464b53; padding: 3px; }"));
}

} // namespace anomalens::ui
