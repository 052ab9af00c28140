#pragma once
// Shared by the analyzer tests: a tiny MNAD model trained for a few steps on
// a small sample scene (seconds), and the sample's test clip.
#include "testsupport.h"

#include "sample/samplescene.h"
#include "training/method.h"

#include <filesystem>

namespace anomalens::analysis::test {

struct TinyModel {
    std::filesystem::path model;    // calibrated bundle
    std::filesystem::path testClip; // frame folder, 40 frames with an anomaly
    std::filesystem::path sampleRoot;
};

// Trains `method` at the tiny profile (32 px) for `steps` steps on one torch
// thread, under `dir`.
TinyModel trainTinyModel(const anomalens::test::TempDir& dir, training::Method method = training::Method::MnadPrediction,
                         std::int64_t steps = 12);

// F2LM's Destroyer at the tiny profile: an FFP generator trained for
// `generatorSteps`, then the Destroyer on it for `destroyerSteps`; `model` is
// the Destroyer bundle (both networks).
TinyModel trainTinyDestroyer(const anomalens::test::TempDir& dir, std::int64_t generatorSteps,
                             std::int64_t destroyerSteps);

// A bright square moving across normal footage of the sample scene (an
// abnormal object the tiny models have never seen).
inline constexpr int kSquareSide = 10;                    // pixels of the 64 x 48 frame
inline constexpr int kSquareFirst = 12, kSquareLast = 28; // frames with the square (x up to 60 of 64)

// Where the square is in a frame: left to right at 3 px per frame, drifting
// down 1 px per frame.
sample::Box squareAt(int frameIndex);

// A normal clip of the scene the tiny models train on
// (training::test::writeSmallSample) with the square drawn in; 40 frames.
std::filesystem::path writeSquareClip(const std::filesystem::path& folder);

} // namespace anomalens::analysis::test
