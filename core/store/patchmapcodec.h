#pragma once
// Internal to core/store: the stored form of a heat map (schema v3).
//
// A map is kept as one byte per cell plus a per-map scale (the map's largest
// value): value = byte * scale / 255, byte = round(value / scale * 255). The
// values are error magnitudes (>= 0), so nothing is lost to an offset; the
// largest value and 0 round-trip exactly, every other value is off by at most
// scale / 510 (half a quantisation step), plus float rounding. A 32x32 map is
// 1 KiB instead of 4 KiB of float32. A map of zeros has scale 0.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace anomalens::store {

struct EncodedPatchMap {
    double scale = 0.0;
    std::vector<std::uint8_t> bytes;
};

// Negative or non-finite values -> CaseError(InvalidArgument) naming `frameIndex`.
EncodedPatchMap encodePatchMap(const std::vector<float>& values, std::int64_t frameIndex);

// For maps written before v3 (float32, never validated): NaN and negative
// values become 0 and +inf becomes the largest finite value, so an old case
// always upgrades.
EncodedPatchMap encodeLegacyPatchMap(const float* values, std::size_t count);

std::vector<float> decodePatchMap(const std::uint8_t* bytes, std::size_t count, double scale);

} // namespace anomalens::store
