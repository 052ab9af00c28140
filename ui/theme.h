#pragma once
// The application's look: Fusion with a dark, low-contrast palette chosen for
// long review sessions in dim rooms (no pure white text on pure black, one
// muted accent colour), so the footage is the brightest thing on screen.
class QApplication;

namespace anomalens::ui {

void applyDarkTheme(QApplication& application);

} // namespace anomalens::ui
