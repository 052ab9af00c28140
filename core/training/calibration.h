#pragma once
// Calibrated anomaly scores: per-frame signals turned into a score that means
// the same thing in every file, computed frame by frame as footage streams in
// (METHODS.md, "Beyond the papers"). Torch-free: the GUI and the analyzer
// share it with training, so the threshold a model ships with applies to the
// scores the analyzer writes.
//
// The score. Each signal is z-scored with its mean and standard deviation on
// held-out NORMAL footage of the camera, signed so that higher = more
// abnormal, and the signals are mixed with MNAD's alpha weighting:
//
//   score = alpha * -(psnr - mean_psnr) / std_psnr
//         + (1 - alpha) * (D - mean_D) / std_D        (MNAD only)
//         + g4 * (E - mean_E) / std_E                 (Destroyer only)
//
//         + g1 * (T_l - mean_Tl) / std_Tl + g2 * (T_m - mean_Tm) / std_Tm (F2LM only)
//
// alpha = 0.6 (MNAD prediction), 0.7 (reconstruction), 1 (FFP: PSNR only).
// F2LM weighs its PSNR with g3 and adds its label and motion triplet
// distances T_l, T_m with g1, g2 (METHODS.md section 3; Ped2: 0.48, 0.02,
// 0.50).
// A Destroyer bundle (F2LM) weighs the generator's PSNR with alpha = g3 and
// the Destroyer's error E (MSE of its output against the frame) with g4, the
// paper's weights of those two signals (Ped2: g3 = 0.48, g4 = 1.00); they do
// not sum to 1, which only scales the score (the threshold comes from the
// same scores).
// A score of 0 is an average normal frame; 3 is three (weighted) standard
// deviations more abnormal than normal footage. The default threshold is the
// 99.5th percentile of the scores of the calibration frames themselves, i.e.
// about 1 normal frame in 200 is flagged; a percentile rather than the max so
// that one odd calibration frame does not decide it.
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace anomalens::training {

inline constexpr double kThresholdPercentile = 99.5;

// A constant signal would divide by zero, so a standard deviation is taken
// as at least kRelativeMinSignalStd times the signal's mean magnitude, and at
// least kMinSignalStd. The floor must stay far below every real spread, in
// each signal's own units: MNAD's D_t is ~1e-6 with a spread of ~1e-6
// (a paper-profile Ped2 model: 3.5e-6 +- 9.0e-7), PSNR ~35 +- 1.5 dB.
inline constexpr double kRelativeMinSignalStd = 1e-6;
inline constexpr double kMinSignalStd = 1e-12;

// The standard deviation a z-score divides by (the floor above applied).
double usableStd(double mean, double std);

// What a model measures on one frame.
struct FrameSignals {
    double psnrDb = std::numeric_limits<double>::quiet_NaN();
    // MNAD's D_t: mean over queries of the squared distance to the nearest
    // memory item. NaN for methods without a memory (FFP).
    double featureDistance = std::numeric_limits<double>::quiet_NaN();
    // F2LM's Destroyer error: mean squared error, on [0, 1], of the
    // Destroyer's output (run on the clean prediction) against the frame.
    // NaN for bundles without a Destroyer.
    double destroyerMse = std::numeric_limits<double>::quiet_NaN();
    // F2LM's triplet signals: the distance d(Z', Z) between the translated
    // frame features and the cue's features, averaged over positions, in the
    // label and the motion feature spaces (models::featureDistance). NaN for
    // other models.
    double labelTriplet = std::numeric_limits<double>::quiet_NaN();
    double motionTriplet = std::numeric_limits<double>::quiet_NaN();
};

// Which signals a model's calibrated score mixes, and their weights.
struct ScoreWeights {
    double psnr = 1.0;                   // alpha (MNAD), g3 (F2LM, Destroyer); FFP alone: 1
    bool featureDistance = false;        // MNAD: weighted 1 - alpha
    std::optional<double> destroyer;     // g4
    std::optional<double> labelTriplet;  // g1
    std::optional<double> motionTriplet; // g2
};

// Summary of one signal over the calibration frames. NaN and infinite values
// are left out; with no finite value, count is 0 and the rest NaN.
struct SignalStats {
    std::int64_t count = 0;
    double mean = std::numeric_limits<double>::quiet_NaN();
    double std = std::numeric_limits<double>::quiet_NaN(); // population (divisor n)
    double min = std::numeric_limits<double>::quiet_NaN();
    double max = std::numeric_limits<double>::quiet_NaN();
    double p50 = std::numeric_limits<double>::quiet_NaN();
    double p95 = std::numeric_limits<double>::quiet_NaN();
    double p99 = std::numeric_limits<double>::quiet_NaN();
};

SignalStats summarise(const std::vector<double>& values);

// Percentile (0..100) with linear interpolation between order statistics
// (numpy's default); NaN/inf left out; NaN if nothing is left.
double percentile(const std::vector<double>& values, double percent);

struct Calibration {
    std::string source;            // what footage was scored, in words
    std::int64_t frames = 0;       // calibration frames scored
    double psnrWeight = 1.0;       // alpha
    SignalStats psnrDb;
    std::optional<SignalStats> featureDistance; // MNAD only
    std::optional<SignalStats> destroyerMse;    // Destroyer bundles only
    double destroyerWeight = 0.0;               // g4 (Destroyer bundles only)
    std::optional<SignalStats> labelTriplet;    // F2LM generators only
    double labelTripletWeight = 0.0;            // g1
    std::optional<SignalStats> motionTriplet;   // F2LM generators only
    double motionTripletWeight = 0.0;           // g2
    SignalStats score;             // the calibrated score of the calibration frames
    double threshold = std::numeric_limits<double>::quiet_NaN();
    double thresholdPercentile = kThresholdPercentile;
};

// The calibrated anomaly score of a frame (formula above); NaN when a signal
// the calibration uses is not finite.
double calibratedScore(const FrameSignals& signals, const Calibration& calibration);

// Statistics, scores and threshold from the signals of normal frames, mixed
// as `weights` says. Frames lacking a finite value of a signal the score uses
// are left out of everything. Throws std::invalid_argument when no frame is
// left (nothing to calibrate on).
Calibration calibrate(const std::vector<FrameSignals>& frames, const ScoreWeights& weights);

} // namespace anomalens::training
