#pragma once
// The application's icons, drawn as vector paths by a QIconEngine instead of
// shipped as image files: they stay crisp at every size and device pixel
// ratio, take their colours from the palette (so the disabled state greys out
// with the theme), and need no image-format plugin (Qt SVG is not a
// dependency of the project).
#include <QIcon>

namespace anomalens::ui {

enum class Glyph {
    OpenVideo,
    OpenFolder,
    OpenCase,
    Play,
    Pause,
    StepBack,
    StepForward,
    JumpBack,
    JumpForward,
    First,
    Last,
    ZoomIn,
    ZoomOut,
    ZoomFit,
    ZoomActual,
    MediaInfo,
    AppLogo,
};

QIcon glyphIcon(Glyph glyph);

} // namespace anomalens::ui
