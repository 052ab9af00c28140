#pragma once
// Shared by the training tests: a tiny model profile and small footage, so
// that whole trainings run in seconds on a loaded CPU.
#include "models/profile.h"

#include <cstdint>
#include <filesystem>

namespace anomalens::training::test {

// 32x32 input, widths 8/16/32/64: the real networks, scaled down.
models::ModelProfile tinyProfile();

// A folder of `frames` PNG images, size x size, every pixel of frame f equal
// to `firstValue + f * step` in all three channels: a decoded frame tells
// which clip and frame it came from.
void writeNumberedClip(const std::filesystem::path& folder, int frames, int firstValue, int step, int size = 16);

// The built-in sample scene, small (64x48, no videos): returns the folder of
// its training clips (training/frames, holding 01, 02, ...).
std::filesystem::path writeSmallSample(const std::filesystem::path& root, int clips, int framesPerClip);

} // namespace anomalens::training::test
