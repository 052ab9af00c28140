#pragma once
// Error reporting for the review window. The box is window-modal but opened
// with open(), not exec(): the caller's event loop keeps running, so a
// decoding thread is never stalled behind a dialog and automated tests can
// find the box, read it and close it.
#include <QString>

class QMessageBox;
class QWidget;

namespace anomalens::ui {

// `summary` says what failed ("Could not open “x.mp4”"); `details` is the
// core's message, which says why.
QMessageBox* showErrorBox(QWidget* parent, const QString& summary, const QString& details);

} // namespace anomalens::ui
