#pragma once
// A small analysed case for the export suites, built through core's API in a
// second instead of running a model: a 60-frame testsrc2 clip (320x240,
// 10 fps) imported for real (hashed, probed), a model record with training
// metadata, a completed run with scores, heat maps and two events, and
// annotations. The heat maps are known: 0 over a block on the left, a 3x3
// hot block (the map's maximum) on frames kHotFirst..kHotLast, a low
// background elsewhere.
#include "store/records.h"

#include <QRect>
#include <QString>

#include <vector>

namespace anomalens::uitest {

struct ExportTestCase {
    QString casePath;
    QString clipPath;
    store::MediaRecord media;
    store::ModelRecord model;
    std::int64_t runId = 0;
    std::vector<store::EventRecord> events;
    double threshold = 2.0;
};

inline constexpr int kExportClipFrames = 60;
inline constexpr int kExportClipWidth = 320;
inline constexpr int kExportClipHeight = 240;
inline constexpr int kExportClipFps = 10;
inline constexpr int kHeatCells = 32;
inline constexpr std::int64_t kHotFirst = 20;
inline constexpr std::int64_t kHotLast = 30;

// Cells of the maps (column/row ranges, inclusive) with known values.
inline constexpr int kHotColumn = 21;   // 3x3 block centred here, value 1.0
inline constexpr int kHotRow = 15;
inline constexpr int kZeroColumnLast = 9;   // columns 0..9, rows 10..20: value 0
inline constexpr int kZeroRowFirst = 10;
inline constexpr int kZeroRowLast = 20;

// Pixel rectangles of those cells on a 320x240 frame, shrunk to stay clear of
// the cell edges (smooth scaling blends neighbours there).
QRect hotPixels();
QRect zeroPixels();

// `annotationCount` annotations over the footage (many make a table that
// spans pages). Empty casePath and a reason on failure (no ffmpeg).
ExportTestCase makeExportTestCase(const QString& folder, int annotationCount, QString* reason);

} // namespace anomalens::uitest
