#include "eval/metrics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <set>
#include <stdexcept>

using namespace anomalens::eval;

namespace {

using Scores = std::vector<double>;
using Labels = std::vector<uint8_t>;

constexpr double kInf = std::numeric_limits<double>::infinity();

// The definition itself, O(n^2): share of (anomalous, normal) pairs ranked
// correctly, ties counting one half.
double pairwiseAuc(const Scores& scores, const Labels& labels)
{
    double wins = 0.0;
    double pairs = 0.0;
    for (size_t p = 0; p < scores.size(); ++p) {
        if (labels[p] != 1)
            continue;
        for (size_t n = 0; n < scores.size(); ++n) {
            if (labels[n] != 0)
                continue;
            pairs += 1.0;
            wins += scores[p] > scores[n] ? 1.0 : scores[p] == scores[n] ? 0.5 : 0.0;
        }
    }
    return wins / pairs;
}

// Random scores on a coarse grid, so ties within and across classes are
// frequent, with labels correlated to the scores (AUC well away from 0.5).
void randomCase(size_t n, uint32_t seed, Scores& scores, Labels& labels)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::bernoulli_distribution anomalous(0.3);
    scores.resize(n);
    labels.resize(n);
    for (size_t i = 0; i < n; ++i) {
        labels[i] = anomalous(rng) ? 1 : 0;
        const double raw = noise(rng) + (labels[i] ? 1.0 : 0.0);
        scores[i] = std::round(raw * 20.0) / 20.0;
    }
}

} // namespace

TEST(RocAuc, HandComputedSmallCase)
{
    // Anomalous 0.35 beats normal 0.1, loses to normal 0.4; anomalous 0.8
    // beats both normals: 3 of 4 pairs -> 0.75.
    EXPECT_DOUBLE_EQ(rocAuc({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1}), 0.75);
}

TEST(RocAuc, TiesAcrossClassesCountOneHalf)
{
    // Anomalous {0.5, 0.9}, normal {0.5, 0.5}. Anomalous 0.5 ties both normals
    // (0.5 + 0.5), anomalous 0.9 beats both (2): 3 of 4 -> 0.75.
    // Mid-ranks: the three 0.5s share rank 2, 0.9 has rank 4; R+ = 2 + 4 = 6,
    // U = R+ - n+(n+ + 1)/2 = 6 - 3 = 3, AUC = U / (2 * 2) = 0.75.
    EXPECT_DOUBLE_EQ(rocAuc({0.5, 0.5, 0.5, 0.9}, {0, 1, 0, 1}), 0.75);

    // Anomalous {1, 2, 3}, normal {1, 2}: 1 -> 0.5 + 0; 2 -> 1 + 0.5; 3 -> 2.
    // 4 of 6 pairs -> 2/3.
    EXPECT_DOUBLE_EQ(rocAuc({1, 1, 2, 2, 3}, {0, 1, 0, 1, 1}), 2.0 / 3.0);
}

TEST(RocAuc, AllTiedIsOneHalf)
{
    EXPECT_DOUBLE_EQ(rocAuc({0.3, 0.3, 0.3, 0.3, 0.3}, {0, 1, 1, 0, 0}), 0.5);
}

TEST(RocAuc, PerfectAndInvertedRankings)
{
    EXPECT_DOUBLE_EQ(rocAuc({0.1, 0.2, 0.8, 0.9}, {0, 0, 1, 1}), 1.0);
    EXPECT_DOUBLE_EQ(rocAuc({0.8, 0.9, 0.1, 0.2}, {0, 0, 1, 1}), 0.0);
}

TEST(RocAuc, InfiniteScoresAreOrderedNormally)
{
    EXPECT_DOUBLE_EQ(rocAuc({-kInf, 0.0, kInf}, {0, 1, 1}), 1.0);
    EXPECT_DOUBLE_EQ(rocAuc({kInf, kInf, 0.0}, {0, 1, 1}), 0.25);
}

TEST(RocAuc, RejectsBadInput)
{
    EXPECT_THROW(rocAuc({0.1, 0.2}, {0, 1, 1}), std::invalid_argument);
    EXPECT_THROW(rocAuc({0.1, 0.2}, {1, 1}), std::invalid_argument);
    EXPECT_THROW(rocAuc({0.1, 0.2}, {0, 0}), std::invalid_argument);
    EXPECT_THROW(rocAuc({}, {}), std::invalid_argument);
    EXPECT_THROW(rocAuc({0.1, std::nan("")}, {0, 1}), std::invalid_argument);
    EXPECT_THROW(rocAuc({0.1, 0.2}, {0, 2}), std::invalid_argument);
    EXPECT_THROW(rocCurve({0.1, 0.2}, {1, 1}), std::invalid_argument);
    EXPECT_THROW(equalErrorRate({0.1, 0.2}, {0, 0}), std::invalid_argument);
}

TEST(RocAuc, MatchesPairwiseDefinitionWithManyTies)
{
    Scores scores;
    Labels labels;
    randomCase(600, 7, scores, labels);
    EXPECT_NEAR(rocAuc(scores, labels), pairwiseAuc(scores, labels), 1e-12);
}

TEST(RocAuc, InvariantUnderMonotoneTransform)
{
    Scores scores;
    Labels labels;
    randomCase(5000, 11, scores, labels);
    Scores increasing(scores.size());
    Scores decreasing(scores.size());
    for (size_t i = 0; i < scores.size(); ++i) {
        increasing[i] = std::exp(3.0 * scores[i]) + 7.0; // strictly increasing: same order, same ties
        decreasing[i] = -std::pow(scores[i], 3.0);        // strictly decreasing: order reversed
    }
    const double auc = rocAuc(scores, labels);
    EXPECT_GT(auc, 0.7);
    // Computed from integer counts, so exactly equal, not just close.
    EXPECT_EQ(rocAuc(increasing, labels), auc);
    EXPECT_NEAR(rocAuc(decreasing, labels), 1.0 - auc, 1e-15);
}

TEST(RocCurve, HandComputedSmallCase)
{
    // Descending: 0.8 (a), 0.4 (n), 0.35 (a), 0.1 (n); 2 anomalous, 2 normal.
    const RocCurve curve = rocCurve({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1});
    EXPECT_EQ(curve.fpr, (Scores{0.0, 0.0, 0.5, 0.5, 1.0}));
    EXPECT_EQ(curve.tpr, (Scores{0.0, 0.5, 0.5, 1.0, 1.0}));
    EXPECT_EQ(curve.thresholds, (Scores{kInf, 0.8, 0.4, 0.35, 0.1}));
}

TEST(RocCurve, TiedScoresFormOnePoint)
{
    // 0.9 (a); then 0.5 x3 (1 a, 2 n) in one step; 3 normal, 2 anomalous.
    const RocCurve curve = rocCurve({0.5, 0.9, 0.5, 0.5, 0.1}, {0, 1, 1, 0, 0});
    EXPECT_EQ(curve.fpr, (Scores{0.0, 0.0, 2.0 / 3.0, 1.0}));
    EXPECT_EQ(curve.tpr, (Scores{0.0, 0.5, 1.0, 1.0}));
    EXPECT_EQ(curve.thresholds, (Scores{kInf, 0.9, 0.5, 0.1}));
}

TEST(RocCurve, TrapezoidalAreaEqualsRocAucOnRandom10k)
{
    Scores scores;
    Labels labels;
    randomCase(10000, 2024, scores, labels);
    const RocCurve curve = rocCurve(scores, labels);

    const std::set<double> distinct(scores.begin(), scores.end());
    ASSERT_EQ(curve.fpr.size(), distinct.size() + 1);
    ASSERT_EQ(curve.tpr.size(), curve.fpr.size());
    ASSERT_EQ(curve.thresholds.size(), curve.fpr.size());
    EXPECT_EQ(curve.fpr.front(), 0.0);
    EXPECT_EQ(curve.tpr.front(), 0.0);
    EXPECT_EQ(curve.fpr.back(), 1.0);
    EXPECT_EQ(curve.tpr.back(), 1.0);

    double area = 0.0;
    for (size_t i = 1; i < curve.fpr.size(); ++i) {
        EXPECT_LT(curve.thresholds[i], curve.thresholds[i - 1]);
        EXPECT_GE(curve.fpr[i], curve.fpr[i - 1]);
        EXPECT_GE(curve.tpr[i], curve.tpr[i - 1]);
        area += (curve.fpr[i] - curve.fpr[i - 1]) * (curve.tpr[i] + curve.tpr[i - 1]) / 2.0;
    }
    EXPECT_NEAR(area, rocAuc(scores, labels), 1e-12);
}

TEST(EqualErrorRate, ExactlyOnAPoint)
{
    // ROC (from RocCurve.HandComputedSmallCase): FPR + TPR - 1 is
    // -1, -0.5, 0, 0.5, 1, zero at the point of threshold 0.4 (FPR 0.5,
    // FNR 1 - 0.5 = 0.5).
    const EerResult eer = equalErrorRate({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1});
    EXPECT_DOUBLE_EQ(eer.eer, 0.5);
    EXPECT_DOUBLE_EQ(eer.threshold, 0.4);
}

TEST(EqualErrorRate, InterpolatedOnADiagonalSegment)
{
    // Scores 0.9 (a), 0.5 (a), 0.5 (n), 0.1 (n): ROC (0,0) inf, (0,0.5) 0.9,
    // (0.5,1) 0.5, (1,1) 0.1. FPR + TPR - 1 = -0.5 at 0.9 and +0.5 at 0.5, so
    // t = 0.5 / (0.5 + 0.5) = 0.5: FPR = 0 + 0.5 * 0.5 = 0.25 and
    // FNR = 1 - (0.5 + 0.5 * 0.5) = 0.25; threshold = 0.9 + 0.5 (0.5 - 0.9) = 0.7.
    const EerResult eer = equalErrorRate({0.9, 0.5, 0.5, 0.1}, {1, 1, 0, 0});
    EXPECT_DOUBLE_EQ(eer.eer, 0.25);
    EXPECT_DOUBLE_EQ(eer.threshold, 0.7);
}

TEST(EqualErrorRate, InterpolatedOnAVerticalSegment)
{
    // 0.9 a, 0.8 n, 0.7 a, 0.6 n, 0.5 n (2 a, 3 n). ROC: (0,0.5) 0.9,
    // (1/3,0.5) 0.8, (1/3,1) 0.7. FPR + TPR - 1 = -1/6 at 0.8, +1/3 at 0.7:
    // t = (1/6) / (1/2) = 1/3; FPR stays 1/3, FNR = 1 - (0.5 + 0.5/3) = 1/3;
    // threshold = 0.8 + (0.7 - 0.8) / 3.
    const EerResult eer = equalErrorRate({0.9, 0.8, 0.7, 0.6, 0.5}, {1, 0, 1, 0, 0});
    EXPECT_NEAR(eer.eer, 1.0 / 3.0, 1e-12);
    EXPECT_NEAR(eer.threshold, 0.8 - 0.1 / 3.0, 1e-12);
}

TEST(EqualErrorRate, FirstSegmentUsesTheTopScoreAsThreshold)
{
    // All tied: ROC (0,0) -> (1,1); crossing at t = 0.5, EER 0.5. The segment
    // starts at the +inf point, so the threshold is the top (only) score.
    const EerResult eer = equalErrorRate({0.3, 0.3, 0.3}, {0, 1, 0});
    EXPECT_DOUBLE_EQ(eer.eer, 0.5);
    EXPECT_DOUBLE_EQ(eer.threshold, 0.3);
}

TEST(EqualErrorRate, PerfectAndInverted)
{
    // Perfect: point (0, 1) at threshold 0.8 has FPR = FNR = 0.
    const EerResult perfect = equalErrorRate({0.1, 0.2, 0.8, 0.9}, {0, 0, 1, 1});
    EXPECT_DOUBLE_EQ(perfect.eer, 0.0);
    EXPECT_DOUBLE_EQ(perfect.threshold, 0.8);
    // Inverted: point (1, 0) at threshold 0.8 has FPR = FNR = 1.
    const EerResult inverted = equalErrorRate({0.8, 0.9, 0.1, 0.2}, {0, 0, 1, 1});
    EXPECT_DOUBLE_EQ(inverted.eer, 1.0);
    EXPECT_DOUBLE_EQ(inverted.threshold, 0.8);
}

TEST(EqualErrorRate, LiesOnTheCurveBetweenBracketingPoints)
{
    Scores scores;
    Labels labels;
    randomCase(3000, 99, scores, labels);
    const RocCurve curve = rocCurve(scores, labels);
    const EerResult eer = equalErrorRate(scores, labels);
    // The rule "score >= thr" for thresholds just above and at the EER
    // threshold brackets the EER between its FPR and FNR.
    size_t upper = 0;
    while (curve.thresholds[upper] > eer.threshold)
        ++upper;
    ASSERT_GT(upper, 0u);
    EXPECT_LE(curve.fpr[upper - 1], eer.eer + 1e-12);
    EXPECT_GE(curve.fpr[upper], eer.eer - 1e-12);
    EXPECT_GE(1.0 - curve.tpr[upper - 1], eer.eer - 1e-12);
    EXPECT_LE(1.0 - curve.tpr[upper], eer.eer + 1e-12);
    EXPECT_GT(eer.eer, 0.1);
    EXPECT_LT(eer.eer, 0.5);
}
