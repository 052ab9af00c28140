#pragma once
// The frame-level benchmark protocol of the papers (METHODS.md, "Common
// conventions"), used to check an implementation against published numbers.
// For each video, in this order:
//   1. drop the first framesToDrop frames (a prediction model has no full
//      history for them; their scores, even NaN, are ignored);
//   2. normalise the remaining scores over that video alone (optional);
//   3. smooth them with a 1-D Gaussian over that video alone (optional; the
//      papers smooth the final, normalised score, and smoothing never runs
//      across a boundary between videos);
// then concatenate all videos in the given order and compute frame-level ROC
// AUC and EER against the labels (anomalous = 1 = positive).
//
// Invariants: each video's scores and labels cover the same frames (frame i of
// the video at index i); the per-video results keep the input order. Throws
// std::invalid_argument (message naming the video and frame) when a video's
// sizes differ, a kept score is NaN, an option is out of range, or the
// concatenation lacks one of the two classes. Scores may be any orientation-
// consistent anomaly score: higher = more abnormal.
#include "eval/metrics.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace anomalens::eval {

struct VideoScores {
    std::string video;           // clip name, e.g. "01"
    std::vector<double> scores;  // per frame, higher = more abnormal
    std::vector<uint8_t> labels; // per frame, 1 = anomalous
};

enum class ScoreNormalisation {
    None,           // scores as given
    PerVideoMinMax, // (x - min) / (max - min) per video; constant video -> 0
    PerVideoZScore, // (x - mean) / std per video; constant video -> 0
};

struct ProtocolOptions {
    ScoreNormalisation normalisation = ScoreNormalisation::PerVideoMinMax;
    int framesToDrop = 4;              // leading frames of each video left out, >= 0
    double smoothingSigmaFrames = 0.0; // Gaussian sigma in frames; 0 = no smoothing
};

struct VideoResult {
    std::string video;
    int64_t framesEvaluated = 0; // frames left after dropping
    // AUC over this video alone; nullopt when its evaluated frames are all
    // normal or all anomalous (the AUC is undefined there, not 0 or 0.5).
    std::optional<double> auc;
};

struct ProtocolResult {
    double auc = 0.0;            // over the concatenation of all videos
    EerResult eer;               // over the concatenation of all videos
    int64_t framesEvaluated = 0; // frames in the concatenation
    std::vector<VideoResult> videos; // input order
};

ProtocolResult evaluateProtocol(const std::vector<VideoScores>& videos,
                                const ProtocolOptions& options);

} // namespace anomalens::eval
