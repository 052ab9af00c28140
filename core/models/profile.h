#pragma once
// Model profiles: the numbers that size every network (input resolution and
// the four encoder widths). The same network code runs every profile; only
// these numbers change. `paper` reproduces the published architectures;
// `lite` halves the resolution and the widths so that CPU-only machines can
// train and analyse in reasonable time. Torch-free, so the UI can list them.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace anomalens::models {

struct ModelProfile {
    std::string name;
    // Square model input (frames are resized to inputSize x inputSize).
    std::int64_t inputSize = 0;
    // Channel widths of the four encoder levels (full resolution, /2, /4, /8).
    // The deepest width is also the memory item dimension (MNAD).
    std::array<std::int64_t, 4> widths{};

    std::int64_t memoryDim() const { return widths[3]; }
    // Spatial size of the bottleneck (three 2x poolings).
    std::int64_t bottleneckSize() const { return inputSize / 8; }
};

// 256x256, widths 64/128/256/512: the architectures of the papers.
ModelProfile paperProfile();
// 128x128, widths 32/64/128/256.
ModelProfile liteProfile();
// 128x128, widths 16/32/64/128: a quarter of lite's arithmetic and weights;
// the built-in sample model and quick tries.
ModelProfile smallProfile();
// All profiles, in the order a user interface should offer them.
std::vector<ModelProfile> allProfiles();
// Looks a profile up by name; throws std::invalid_argument naming the
// valid choices if there is none.
ModelProfile profileByName(const std::string& name);

} // namespace anomalens::models
