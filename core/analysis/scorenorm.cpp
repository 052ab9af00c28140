#include "analysis/scorenorm.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>

namespace anomalens::analysis {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Maps an index outside [0, size) to the sample that scipy's 'reflect' mode
// reads there: the series mirrored about its edges with the edge sample
// repeated, i.e. periodic with period 2 * size.
int64_t reflectIndex(int64_t index, int64_t size)
{
    const int64_t period = 2 * size;
    int64_t folded = index % period;
    if (folded < 0)
        folded += period;
    return folded < size ? folded : period - 1 - folded;
}

// Applies x -> (x - offset) / scale to the finite frames; NaN stays NaN.
std::vector<double> affine(const std::vector<double>& values, double offset, double scale)
{
    std::vector<double> out(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        out[i] = std::isnan(values[i]) ? kNaN : (values[i] - offset) / scale;
    return out;
}

// All zeros except NaN frames: the result for a series with no spread.
std::vector<double> zerosKeepingNaN(const std::vector<double>& values)
{
    std::vector<double> out(values.size(), 0.0);
    for (size_t i = 0; i < values.size(); ++i)
        if (std::isnan(values[i]))
            out[i] = kNaN;
    return out;
}

} // namespace

std::vector<double> minMaxNormalise(const std::vector<double>& values)
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (double v : values) {
        if (std::isnan(v))
            continue;
        low = std::min(low, v);
        high = std::max(high, v);
    }
    if (!(high > low)) // constant, or no finite frame at all
        return zerosKeepingNaN(values);
    return affine(values, low, high - low);
}

std::vector<double> zScoreNormalise(const std::vector<double>& values)
{
    double sum = 0.0;
    size_t count = 0;
    for (double v : values) {
        if (!std::isnan(v)) {
            sum += v;
            ++count;
        }
    }
    if (count == 0)
        return zerosKeepingNaN(values);
    const double mean = sum / static_cast<double>(count);
    // Two passes (mean first) rather than sum of squares: no cancellation when
    // the scores sit far from zero, e.g. PSNR around 30 dB with tiny spread.
    double squares = 0.0;
    for (double v : values)
        if (!std::isnan(v))
            squares += (v - mean) * (v - mean);
    const double stdDev = std::sqrt(squares / static_cast<double>(count));
    if (!(stdDev > 0.0))
        return zerosKeepingNaN(values);
    return affine(values, mean, stdDev);
}

std::vector<double> gaussianKernel1d(double sigmaFrames, double truncate)
{
    if (!std::isfinite(sigmaFrames) || sigmaFrames <= 0.0)
        throw std::invalid_argument("gaussianKernel1d: sigma must be a positive number of frames, got " +
                                    std::to_string(sigmaFrames));
    if (!std::isfinite(truncate) || truncate <= 0.0)
        throw std::invalid_argument("gaussianKernel1d: truncate must be positive, got " +
                                    std::to_string(truncate));
    // scipy: lw = int(truncate * sd + 0.5).
    const auto radius = static_cast<int64_t>(truncate * sigmaFrames + 0.5);
    std::vector<double> kernel(static_cast<size_t>(2 * radius + 1));
    double sum = 0.0;
    for (int64_t x = -radius; x <= radius; ++x) {
        const double w = std::exp(-0.5 * static_cast<double>(x * x) / (sigmaFrames * sigmaFrames));
        kernel[static_cast<size_t>(x + radius)] = w;
        sum += w;
    }
    for (double& w : kernel)
        w /= sum;
    return kernel;
}

std::vector<double> gaussianSmooth1d(const std::vector<double>& values, double sigmaFrames,
                                     double truncate)
{
    if (sigmaFrames == 0.0)
        return values;
    const std::vector<double> kernel = gaussianKernel1d(sigmaFrames, truncate);
    const auto radius = static_cast<int64_t>(kernel.size() / 2);
    const auto size = static_cast<int64_t>(values.size());

    std::vector<double> out(values.size());
    for (int64_t i = 0; i < size; ++i) {
        if (std::isnan(values[static_cast<size_t>(i)])) {
            out[static_cast<size_t>(i)] = kNaN;
            continue;
        }
        double weighted = 0.0;
        double weights = 0.0;
        for (int64_t k = -radius; k <= radius; ++k) {
            const double v = values[static_cast<size_t>(reflectIndex(i + k, size))];
            if (std::isnan(v))
                continue;
            const double w = kernel[static_cast<size_t>(k + radius)];
            weighted += w * v;
            weights += w;
        }
        // Without NaN neighbours weights == 1 up to rounding; dividing anyway
        // keeps one code path and renormalises when some were skipped.
        out[static_cast<size_t>(i)] = weighted / weights;
    }
    return out;
}

std::vector<double> perVideoAnomalyScores(const std::vector<double>& psnrDb,
                                          const std::vector<double>& featureDistance, double psnrWeight)
{
    const bool useDistance = !featureDistance.empty();
    if (useDistance && featureDistance.size() != psnrDb.size())
        throw std::invalid_argument("perVideoAnomalyScores: PSNR and feature distance differ in length");
    if (!(psnrWeight >= 0.0 && psnrWeight <= 1.0))
        throw std::invalid_argument("perVideoAnomalyScores: the PSNR weight must lie in [0, 1]");
    const std::vector<double> psnr = minMaxNormalise(psnrDb);
    const std::vector<double> distance = useDistance ? minMaxNormalise(featureDistance) : std::vector<double>();
    std::vector<double> scores(psnr.size());
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const double normality =
            psnrWeight * psnr[i] + (useDistance ? (1.0 - psnrWeight) * (1.0 - distance[i]) : 1.0 - psnrWeight);
        scores[i] = 1.0 - normality;
    }
    return scores;
}

} // namespace anomalens::analysis

namespace anomalens::analysis {

std::vector<double> perVideoWeightedScores(const std::vector<WeightedSignal>& signals)
{
    if (signals.empty())
        throw std::invalid_argument("perVideoWeightedScores: no signal given");
    const std::size_t frames = signals.front().values.size();
    std::vector<double> mixed(frames, 0.0);
    for (const WeightedSignal& signal : signals) {
        if (signal.values.size() != frames)
            throw std::invalid_argument("perVideoWeightedScores: the signals differ in length");
        if (!(std::isfinite(signal.weight) && signal.weight >= 0.0))
            throw std::invalid_argument("perVideoWeightedScores: the weights must be finite and non-negative");
        const std::vector<double> z = zScoreNormalise(signal.values);
        for (std::size_t i = 0; i < frames; ++i)
            mixed[i] = std::isnan(z[i]) ? kNaN : mixed[i] + signal.weight * z[i];
    }
    return minMaxNormalise(mixed);
}

std::vector<double> perVideoDestroyerScores(const std::vector<double>& psnrDb, const std::vector<double>& destroyerMse,
                                            double generatorWeight, double destroyerWeight)
{
    std::vector<double> negatedPsnr(psnrDb.size());
    for (std::size_t i = 0; i < psnrDb.size(); ++i)
        negatedPsnr[i] = -psnrDb[i];
    return perVideoWeightedScores({{negatedPsnr, generatorWeight}, {destroyerMse, destroyerWeight}});
}

} // namespace anomalens::analysis
