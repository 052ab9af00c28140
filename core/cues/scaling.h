#pragma once
// Internal to core/cues: pixels at the model size -> motion units (cues.h).
#include "cues/cues.h"

#include <algorithm>
#include <cstdint>

namespace anomalens::cues::detail {

inline float toMotionUnits(float pixels, std::int64_t size) {
    const float scaled = pixels * (kMotionUnitsPerFrame / static_cast<float>(size));
    // NaN (a broken model) becomes 0 rather than poisoning the training data.
    if (!(scaled == scaled)) {
        return 0.0F;
    }
    return std::clamp(scaled, -kMotionClamp, kMotionClamp);
}

} // namespace anomalens::cues::detail
