#include "training/calibration.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace anomalens::training {

namespace {

std::vector<double> finiteSorted(const std::vector<double>& values)
{
    std::vector<double> finite;
    finite.reserve(values.size());
    for (const double value : values)
        if (std::isfinite(value))
            finite.push_back(value);
    std::sort(finite.begin(), finite.end());
    return finite;
}

double percentileOfSorted(const std::vector<double>& sorted, double percent)
{
    if (sorted.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const double rank = std::clamp(percent, 0.0, 100.0) / 100.0 * static_cast<double>(sorted.size() - 1);
    const std::size_t below = static_cast<std::size_t>(std::floor(rank));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = rank - static_cast<double>(below);
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

double zScore(double value, const SignalStats& stats)
{
    return (value - stats.mean) / usableStd(stats.mean, stats.std);
}

} // namespace

double usableStd(double mean, double std)
{
    return std::max({std, kRelativeMinSignalStd * std::abs(mean), kMinSignalStd});
}

double percentile(const std::vector<double>& values, double percent)
{
    return percentileOfSorted(finiteSorted(values), percent);
}

SignalStats summarise(const std::vector<double>& values)
{
    const std::vector<double> sorted = finiteSorted(values);
    SignalStats stats;
    stats.count = static_cast<std::int64_t>(sorted.size());
    if (sorted.empty())
        return stats;
    double sum = 0.0;
    for (const double value : sorted)
        sum += value;
    stats.mean = sum / static_cast<double>(sorted.size());
    double squares = 0.0;
    for (const double value : sorted)
        squares += (value - stats.mean) * (value - stats.mean);
    stats.std = std::sqrt(squares / static_cast<double>(sorted.size()));
    stats.min = sorted.front();
    stats.max = sorted.back();
    stats.p50 = percentileOfSorted(sorted, 50.0);
    stats.p95 = percentileOfSorted(sorted, 95.0);
    stats.p99 = percentileOfSorted(sorted, 99.0);
    return stats;
}

double calibratedScore(const FrameSignals& signals, const Calibration& calibration)
{
    double score = -calibration.psnrWeight * zScore(signals.psnrDb, calibration.psnrDb);
    if (calibration.featureDistance)
        score += (1.0 - calibration.psnrWeight) * zScore(signals.featureDistance, *calibration.featureDistance);
    if (calibration.destroyerMse)
        score += calibration.destroyerWeight * zScore(signals.destroyerMse, *calibration.destroyerMse);
    if (calibration.labelTriplet)
        score += calibration.labelTripletWeight * zScore(signals.labelTriplet, *calibration.labelTriplet);
    if (calibration.motionTriplet)
        score += calibration.motionTripletWeight * zScore(signals.motionTriplet, *calibration.motionTriplet);
    return std::isfinite(score) ? score : std::numeric_limits<double>::quiet_NaN();
}

Calibration calibrate(const std::vector<FrameSignals>& frames, const ScoreWeights& weights)
{
    // Only frames with every signal the score uses: all statistics then
    // describe the same frames.
    const auto usable = [&weights](const FrameSignals& frame) {
        return std::isfinite(frame.psnrDb) && (!weights.featureDistance || std::isfinite(frame.featureDistance)) &&
               (!weights.destroyer || std::isfinite(frame.destroyerMse)) &&
               (!weights.labelTriplet || std::isfinite(frame.labelTriplet)) &&
               (!weights.motionTriplet || std::isfinite(frame.motionTriplet));
    };
    std::vector<FrameSignals> kept;
    for (const FrameSignals& frame : frames)
        if (usable(frame))
            kept.push_back(frame);
    if (kept.empty())
        throw std::invalid_argument("Cannot calibrate: no calibration frame has finite signals");
    const auto stats = [&kept](double FrameSignals::*signal) {
        std::vector<double> values;
        for (const FrameSignals& frame : kept)
            values.push_back(frame.*signal);
        return summarise(values);
    };
    Calibration calibration;
    calibration.frames = static_cast<std::int64_t>(kept.size());
    // FFP's PSNR stands alone (weight 1); the other models mix.
    const bool mixed = weights.featureDistance || weights.destroyer || weights.labelTriplet || weights.motionTriplet;
    calibration.psnrWeight = mixed ? weights.psnr : 1.0;
    calibration.psnrDb = stats(&FrameSignals::psnrDb);
    if (weights.featureDistance)
        calibration.featureDistance = stats(&FrameSignals::featureDistance);
    if (weights.destroyer) {
        calibration.destroyerMse = stats(&FrameSignals::destroyerMse);
        calibration.destroyerWeight = *weights.destroyer;
    }
    if (weights.labelTriplet) {
        calibration.labelTriplet = stats(&FrameSignals::labelTriplet);
        calibration.labelTripletWeight = *weights.labelTriplet;
    }
    if (weights.motionTriplet) {
        calibration.motionTriplet = stats(&FrameSignals::motionTriplet);
        calibration.motionTripletWeight = *weights.motionTriplet;
    }
    std::vector<double> scores;
    for (const FrameSignals& frame : kept)
        scores.push_back(calibratedScore(frame, calibration));
    calibration.score = summarise(scores);
    calibration.threshold = percentile(scores, calibration.thresholdPercentile);
    return calibration;
}

} // namespace anomalens::training
