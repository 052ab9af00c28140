#pragma once
// The static part of the sample scene (camera fixed): paving, lawn, hedge,
// lamp post, bench. Painted once per SampleScene from its seed.
#include "sample/raster.h"
#include "sample/scenegeometry.h"

#include <cstdint>

namespace anomalens::sample::detail {

Canvas paintBackground(const SceneGeometry& geometry, uint64_t seed);

} // namespace anomalens::sample::detail
