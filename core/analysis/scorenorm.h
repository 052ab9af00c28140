#pragma once
// Per-series transforms of a per-frame score signal: the per-video min-max and
// z-score normalisations of the papers' benchmark protocol, and the optional
// 1-D Gaussian smoothing of the final score. Shared by the evaluation protocol
// (eval/protocol) and the analyzer.
//
// Invariants: every function returns a series of the input's length, index i
// of the output belongs to frame i of the input, and the input is not
// modified. NaN marks a frame without a score (e.g. undecodable): it is left
// out of every statistic (min, max, mean, std, smoothing sums) and stays NaN in
// the output, so one missing frame neither poisons nor shifts its neighbours.
// Infinite scores are not supported (the results are unspecified).
#include <vector>

namespace anomalens::analysis {

// (x - min) / (max - min) over the finite frames. A constant series (max ==
// min, nothing to spread) maps to all zeros: no frame stands out from the
// others, so none is scored as abnormal.
std::vector<double> minMaxNormalise(const std::vector<double>& values);

// (x - mean) / std with the population standard deviation (divisor n, as
// numpy's std and scikit-learn's StandardScaler). A constant series (std == 0)
// maps to all zeros, for the same reason as above.
std::vector<double> zScoreNormalise(const std::vector<double>& values);

// The papers' per-video anomaly score (METHODS.md): with g = minMaxNormalise
// over the video, anomaly = 1 - (w * g(PSNR) + (1 - w) * (1 - g(D))), i.e.
// MNAD's 1 - S_t with w = alpha; FFP passes no feature distance (empty) and
// gets 1 - g(PSNR). Frames where a used signal is NaN stay NaN. Throws
// std::invalid_argument when the sizes differ or w is outside [0, 1].
std::vector<double> perVideoAnomalyScores(const std::vector<double>& psnrDb,
                                          const std::vector<double>& featureDistance, double psnrWeight);

// F2LM's per-video score for a generator with a Destroyer (METHODS.md
// section 3), perVideoWeightedScores of g3 * z(-PSNR) + g4 * z(E) with E the
// Destroyer's error.
// Frames where a signal is NaN stay NaN. Throws std::invalid_argument when
// the sizes differ or a weight is negative or not finite.
std::vector<double> perVideoDestroyerScores(const std::vector<double>& psnrDb, const std::vector<double>& destroyerMse,
                                            double generatorWeight, double destroyerWeight);

// F2LM's per-video score in general (METHODS.md section 3): each signal
// z-scored over the video, weighted and summed, then min-max normalised:
// minMax(sum_k w_k * z(s_k)). Each signal must already be signed so that
// higher = more abnormal (pass -PSNR). Frames where any signal is NaN stay
// NaN. Throws std::invalid_argument when the lengths differ, nothing is
// given, or a weight is negative or not finite.
struct WeightedSignal {
    std::vector<double> values;
    double weight = 1.0;
};
std::vector<double> perVideoWeightedScores(const std::vector<WeightedSignal>& signals);

// The normalised Gaussian kernel that gaussianSmooth1d applies, as scipy builds
// it: radius = int(truncate * sigma + 0.5) taps on each side, weights
// exp(-x^2 / (2 sigma^2)) divided by their sum. Size 2 * radius + 1; index
// radius is the centre. Throws std::invalid_argument unless sigma > 0 and
// truncate > 0 are finite.
std::vector<double> gaussianKernel1d(double sigmaFrames, double truncate = 4.0);

// scipy.ndimage.gaussian_filter1d(values, sigma, mode='reflect', truncate):
// correlation with gaussianKernel1d, the series extended past each end by
// mirroring it with the edge sample repeated (d c b a | a b c d | d c b a),
// repeatedly when the kernel is longer than the series. sigmaFrames == 0
// returns the input unchanged (smoothing off). For finite input the result
// matches scipy to rounding. With NaN frames, each output is the weighted mean
// of its finite neighbours (weights renormalised); a NaN frame stays NaN.
// Throws std::invalid_argument for a negative or non-finite sigma.
std::vector<double> gaussianSmooth1d(const std::vector<double>& values, double sigmaFrames,
                                     double truncate = 4.0);

} // namespace anomalens::analysis
