#pragma once
// Text forms of media times and frame numbers, shared by every readout so the
// same instant is always written the same way.
#include <QString>

namespace anomalens::ui {

// "hh:mm:ss.mmm". Truncated, not rounded: a frame that starts at 0.9996 s is
// shown as 00:00:00.999, never as a time at which it had not started yet.
// Hours grow past 99 rather than wrap.
QString formatTimecode(qint64 timeUs);

// Zero-padded to the width of the largest frame number, so readouts do not
// jitter while playing ("0042 / 1799").
QString formatFrameNumber(qint64 frameIndex, qint64 lastFrame);

} // namespace anomalens::ui
