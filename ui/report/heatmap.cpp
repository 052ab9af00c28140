#include "report/heatmap.h"

#include "store/casedatabase.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <optional>

namespace anomalens::ui {

QColor heatColor(double level)
{
    // Transparent blue -> yellow -> opaque red: normal areas stay visible,
    // the abnormal ones stand out.
    const double t = std::clamp(level, 0.0, 1.0);
    const int red = static_cast<int>(255 * std::min(1.0, t * 2.0));
    const int green = static_cast<int>(255 * (t < 0.5 ? t * 2.0 : 2.0 - t * 2.0));
    const int blue = static_cast<int>(255 * std::max(0.0, 1.0 - t * 3.0));
    return QColor(red, green, blue, static_cast<int>(40 + 215 * t));
}

double heatLevel(double value, double typical)
{
    if (!(typical > 0.0) || !std::isfinite(value))
        return 0.0;
    const double ratio = value / typical;
    return ratio <= 1.0 ? 0.0 : std::min(1.0, std::log(ratio) / std::log(kHeatFullScale));
}

QImage heatOverlayImage(const store::PatchMap& map, double typical)
{
    if (map.width <= 0 || map.height <= 0 || !(typical > 0.0) ||
        map.values.size() != static_cast<std::size_t>(map.width) * static_cast<std::size_t>(map.height))
        return {};
    QImage overlay(map.width, map.height, QImage::Format_ARGB32);
    for (int y = 0; y < map.height; ++y)
        for (int x = 0; x < map.width; ++x) {
            const double level = heatLevel(map.values[static_cast<std::size_t>(y * map.width + x)], typical);
            overlay.setPixelColor(x, y, level <= 0.0 ? QColor(0, 0, 0, 0) : heatColor(level));
        }
    return overlay;
}

void drawHeatOverlay(QPainter& painter, const QRectF& target, const QImage& overlay, double opacity)
{
    if (overlay.isNull())
        return;
    painter.save();
    painter.setOpacity(std::clamp(opacity, 0.0, 1.0));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    // The map covers the whole frame, so the picture's rectangle keeps them aligned.
    painter.drawImage(target, overlay);
    painter.restore();
}

double typicalHeat(const store::CaseDatabase& db, std::int64_t runId, const std::vector<double>& scoresByFrame)
{
    constexpr std::size_t kHeatSamples = 64;
    std::vector<std::int64_t> scored;
    for (std::size_t frame = 0; frame < scoresByFrame.size(); ++frame)
        if (std::isfinite(scoresByFrame[frame]))
            scored.push_back(static_cast<std::int64_t>(frame));
    std::vector<float> cells;
    const std::size_t step = std::max<std::size_t>(1, scored.size() / kHeatSamples);
    for (std::size_t i = 0; i < scored.size(); i += step)
        if (const std::optional<store::PatchMap> map = db.patchMap(runId, scored[i]))
            cells.insert(cells.end(), map->values.begin(), map->values.end());
    if (cells.empty())
        return 0.0;
    const std::size_t rank = cells.size() * 99 / 100;
    std::nth_element(cells.begin(), cells.begin() + static_cast<std::ptrdiff_t>(rank), cells.end());
    return std::max(1e-12, static_cast<double>(cells[rank]));
}

} // namespace anomalens::ui
