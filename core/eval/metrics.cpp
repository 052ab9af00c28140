#include "eval/metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>

namespace anomalens::eval {

namespace {

// Frames sharing one score value: they cross any threshold together, so they
// form a single ROC step.
struct ScoreGroup {
    double score = 0.0;
    uint64_t positives = 0;
    uint64_t negatives = 0;
};

struct GroupedScores {
    std::vector<ScoreGroup> groups; // distinct scores, strictly descending
    uint64_t positives = 0;
    uint64_t negatives = 0;
};

void checkInput(const char* function, const std::vector<double>& scores,
                const std::vector<uint8_t>& labels)
{
    const std::string where = std::string(function) + ": ";
    if (scores.size() != labels.size())
        throw std::invalid_argument(where + std::to_string(scores.size()) + " scores but " +
                                    std::to_string(labels.size()) + " labels");
    bool havePositive = false;
    bool haveNegative = false;
    for (size_t i = 0; i < scores.size(); ++i) {
        if (std::isnan(scores[i]))
            throw std::invalid_argument(where + "score of frame " + std::to_string(i) + " is NaN");
        if (labels[i] > 1)
            throw std::invalid_argument(where + "label of frame " + std::to_string(i) + " is " +
                                        std::to_string(labels[i]) + ", expected 0 or 1");
        havePositive = havePositive || labels[i] == 1;
        haveNegative = haveNegative || labels[i] == 0;
    }
    if (!havePositive)
        throw std::invalid_argument(where + "no anomalous frame (label 1); the metric is undefined");
    if (!haveNegative)
        throw std::invalid_argument(where + "no normal frame (label 0); the metric is undefined");
}

GroupedScores groupByScore(const char* function, const std::vector<double>& scores,
                           const std::vector<uint8_t>& labels)
{
    checkInput(function, scores, labels);
    std::vector<std::pair<double, uint8_t>> frames(scores.size());
    for (size_t i = 0; i < scores.size(); ++i)
        frames[i] = {scores[i], labels[i]};
    // Only the per-score class counts matter, so the order within ties is free.
    std::sort(frames.begin(), frames.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });

    GroupedScores grouped;
    for (const auto& [score, label] : frames) {
        if (grouped.groups.empty() || grouped.groups.back().score != score)
            grouped.groups.push_back({score, 0, 0});
        if (label == 1) {
            ++grouped.groups.back().positives;
            ++grouped.positives;
        } else {
            ++grouped.groups.back().negatives;
            ++grouped.negatives;
        }
    }
    return grouped;
}

} // namespace

double rocAuc(const std::vector<double>& scores, const std::vector<uint8_t>& labels)
{
    const GroupedScores grouped = groupByScore("rocAuc", scores, labels);
    // Twice the Mann-Whitney U, kept in integers so the sum is exact: each
    // positive counts 2 per negative scored strictly lower and 1 per negative
    // tied with it. Fits 64 bits up to billions of frames.
    uint64_t twiceU = 0;
    uint64_t negativesAtOrAbove = 0;
    for (const ScoreGroup& group : grouped.groups) {
        negativesAtOrAbove += group.negatives;
        const uint64_t negativesBelow = grouped.negatives - negativesAtOrAbove;
        twiceU += group.positives * (2 * negativesBelow + group.negatives);
    }
    return static_cast<double>(twiceU) /
           (2.0 * static_cast<double>(grouped.positives) * static_cast<double>(grouped.negatives));
}

RocCurve rocCurve(const std::vector<double>& scores, const std::vector<uint8_t>& labels)
{
    const GroupedScores grouped = groupByScore("rocCurve", scores, labels);
    RocCurve curve;
    const size_t points = grouped.groups.size() + 1;
    curve.fpr.reserve(points);
    curve.tpr.reserve(points);
    curve.thresholds.reserve(points);
    curve.fpr.push_back(0.0);
    curve.tpr.push_back(0.0);
    curve.thresholds.push_back(std::numeric_limits<double>::infinity());

    uint64_t truePositives = 0;
    uint64_t falsePositives = 0;
    const double positives = static_cast<double>(grouped.positives);
    const double negatives = static_cast<double>(grouped.negatives);
    for (const ScoreGroup& group : grouped.groups) {
        truePositives += group.positives;
        falsePositives += group.negatives;
        curve.fpr.push_back(static_cast<double>(falsePositives) / negatives);
        curve.tpr.push_back(static_cast<double>(truePositives) / positives);
        curve.thresholds.push_back(group.score);
    }
    return curve;
}

EerResult equalErrorRate(const std::vector<double>& scores, const std::vector<uint8_t>& labels)
{
    const RocCurve curve = rocCurve(scores, labels);
    // FPR - FNR at point i; strictly increasing along the curve because every
    // point after the first adds at least one frame.
    const auto gap = [&curve](size_t i) { return curve.fpr[i] + curve.tpr[i] - 1.0; };

    size_t upper = 1; // gap(0) = -1 < 0, and gap(last) = +1 >= 0
    while (gap(upper) < 0.0)
        ++upper;
    if (gap(upper) == 0.0)
        return {curve.fpr[upper], curve.thresholds[upper]};

    const size_t lower = upper - 1;
    const double t = -gap(lower) / (gap(upper) - gap(lower));
    const double eer = curve.fpr[lower] + t * (curve.fpr[upper] - curve.fpr[lower]);
    // thresholds[0] is +inf; the highest score stands in for it on the first
    // segment so a caller gets a usable, finite threshold.
    const double thresholdAbove = lower == 0 ? curve.thresholds[1] : curve.thresholds[lower];
    double threshold = thresholdAbove + t * (curve.thresholds[upper] - thresholdAbove);
    // Infinite scores leave nothing to interpolate (inf - inf is NaN); the
    // bracketing point's own threshold is then the honest answer.
    if (!std::isfinite(threshold))
        threshold = curve.thresholds[upper];
    return {eer, threshold};
}

} // namespace anomalens::eval
