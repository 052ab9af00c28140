#pragma once
// Shared by the analyzer tests: a tiny MNAD model trained for a few steps on
// a small sample scene (seconds), and the sample's test clip.
#include "testsupport.h"

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

} // namespace anomalens::analysis::test
