#pragma once
// Heat map colouring, shared by the review window's overlay, the report's
// event thumbnails and the annotated clip, so an examiner sees one colour
// scale everywhere: a cell's stored error is compared with the run's typical
// error (MediaReview::heatMapTypical); at or below it the cell is transparent,
// kHeatFullScale times above it is opaque red, on a log scale in between.
#include "store/records.h"

#include <QColor>
#include <QImage>
#include <QRectF>

#include <cstdint>
#include <vector>

class QPainter;

namespace anomalens::store {
class CaseDatabase;
}

namespace anomalens::ui {

// This many times the typical error is full red.
inline constexpr double kHeatFullScale = 8.0;
// The opacity the review window starts with; exports use it too.
inline constexpr double kHeatOverlayOpacity = 0.6;

// The heat map colour of a level in [0, 1] (0 = normal), with alpha.
QColor heatColor(double level);
// The level of one cell's error against the typical error: 0 at or below it,
// 1 at kHeatFullScale times it and above.
double heatLevel(double value, double typical);
// The map as an ARGB image of the map's size (one pixel per cell),
// transparent where the level is 0. Null for an empty map or typical <= 0.
QImage heatOverlayImage(const store::PatchMap& map, double typical);
// Stretches `overlay` smoothly over `target` (cells blend) at `opacity`.
void drawHeatOverlay(QPainter& painter, const QRectF& target, const QImage& overlay,
                     double opacity = kHeatOverlayOpacity);

// The reference for colouring a run's maps: the 99th percentile of the cells
// of up to 64 maps spread over the scored frames (finite entries of
// `scoresByFrame`), i.e. the error of the busiest ordinary areas. 0 when the
// run stored no maps.
double typicalHeat(const store::CaseDatabase& db, std::int64_t runId, const std::vector<double>& scoresByFrame);

} // namespace anomalens::ui
