#include "store/patchmapcodec.h"

#include "store/caseerror.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace anomalens::store {
namespace {

// Values must lie in [0, scale].
EncodedPatchMap quantise(const float* values, std::size_t count, double scale)
{
    EncodedPatchMap encoded;
    encoded.scale = scale;
    encoded.bytes.resize(count, 0);
    if (scale <= 0.0)
        return encoded;
    for (std::size_t i = 0; i < count; ++i) {
        const double step = std::round(static_cast<double>(values[i]) / scale * 255.0);
        encoded.bytes[i] = static_cast<std::uint8_t>(std::clamp(step, 0.0, 255.0));
    }
    return encoded;
}

} // namespace

EncodedPatchMap encodePatchMap(const std::vector<float>& values, std::int64_t frameIndex)
{
    float scale = 0.0f;
    for (float value : values) {
        if (!std::isfinite(value) || value < 0.0f)
            throw CaseError(CaseErrorKind::InvalidArgument,
                            "Heat map of frame " + std::to_string(frameIndex) +
                                " has a negative or non-finite value; heat maps hold error magnitudes >= 0");
        scale = std::max(scale, value);
    }
    return quantise(values.data(), values.size(), scale);
}

EncodedPatchMap encodeLegacyPatchMap(const float* values, std::size_t count)
{
    std::vector<float> clean(values, values + count);
    float scale = 0.0f;
    for (float& value : clean) {
        if (std::isnan(value) || value < 0.0f)
            value = 0.0f;
        else if (std::isfinite(value))
            scale = std::max(scale, value);
    }
    for (float& value : clean) {
        if (std::isinf(value))
            value = scale;
    }
    return quantise(clean.data(), clean.size(), scale);
}

std::vector<float> decodePatchMap(const std::uint8_t* bytes, std::size_t count, double scale)
{
    std::vector<float> values(count);
    // byte / 255.0 first, so 255 gives exactly `scale` back.
    for (std::size_t i = 0; i < count; ++i)
        values[i] = static_cast<float>(scale * (bytes[i] / 255.0));
    return values;
}

} // namespace anomalens::store
