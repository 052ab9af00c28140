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
    return (value - stats.mean) / std::max(stats.std, kMinSignalStd);
}

} // namespace

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
    return std::isfinite(score) ? score : std::numeric_limits<double>::quiet_NaN();
}

Calibration calibrate(const std::vector<FrameSignals>& frames, double psnrWeight, bool useFeatureDistance,
                      std::optional<double> destroyerWeight)
{
    // Only frames with every signal the score uses: all statistics then
    // describe the same frames.
    std::vector<FrameSignals> usable;
    for (const FrameSignals& frame : frames)
        if (std::isfinite(frame.psnrDb) && (!useFeatureDistance || std::isfinite(frame.featureDistance)) &&
            (!destroyerWeight || std::isfinite(frame.destroyerMse)))
            usable.push_back(frame);
    if (usable.empty())
        throw std::invalid_argument("Cannot calibrate: no calibration frame has finite signals");
    std::vector<double> psnr, distance, destroyer;
    for (const FrameSignals& frame : usable) {
        psnr.push_back(frame.psnrDb);
        distance.push_back(frame.featureDistance);
        destroyer.push_back(frame.destroyerMse);
    }
    Calibration calibration;
    calibration.frames = static_cast<std::int64_t>(usable.size());
    // FFP's PSNR stands alone (weight 1); MNAD and the Destroyer mix.
    calibration.psnrWeight = useFeatureDistance || destroyerWeight ? psnrWeight : 1.0;
    calibration.psnrDb = summarise(psnr);
    if (useFeatureDistance)
        calibration.featureDistance = summarise(distance);
    if (destroyerWeight) {
        calibration.destroyerMse = summarise(destroyer);
        calibration.destroyerWeight = *destroyerWeight;
    }
    std::vector<double> scores;
    for (const FrameSignals& frame : usable)
        scores.push_back(calibratedScore(frame, calibration));
    calibration.score = summarise(scores);
    calibration.threshold = percentile(scores, calibration.thresholdPercentile);
    return calibration;
}

} // namespace anomalens::training
