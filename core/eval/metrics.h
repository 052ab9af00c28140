#pragma once
// Frame-level detection metrics of the benchmark protocol: ROC AUC, the ROC
// curve and the equal error rate, for per-frame anomaly scores (higher = more
// abnormal) against per-frame ground truth (1 = anomalous = positive,
// 0 = normal).
//
// All functions are exact with tied scores: frames with equal scores form one
// ROC step, so the results agree with scikit-learn's roc_auc_score and
// roc_curve(drop_intermediate=False) (scikit-learn >= 1.3, whose first
// threshold is +inf). They run in O(n log n) for n frames.
//
// Input contract (violations throw std::invalid_argument with a message naming
// the problem): scores and labels have the same size; every label is 0 or 1;
// both classes are present; no score is NaN (+-inf are allowed and ordered as
// usual).
#include <cstdint>
#include <vector>

namespace anomalens::eval {

// Area under the ROC curve = probability that a random anomalous frame scores
// higher than a random normal one, ties counting one half (the Mann-Whitney U
// statistic with mid-ranks, divided by positives * negatives).
double rocAuc(const std::vector<double>& scores, const std::vector<uint8_t>& labels);

// The ROC curve as scikit-learn's roc_curve(drop_intermediate=False) returns
// it: point 0 is (0, 0) at threshold +inf, then one point per distinct score,
// thresholds strictly descending, ending at (1, 1). Point i is the operating
// point of the rule "anomalous when score >= thresholds[i]". All three vectors
// have the same size (distinct scores + 1).
struct RocCurve {
    std::vector<double> fpr;
    std::vector<double> tpr;
    std::vector<double> thresholds;
};
RocCurve rocCurve(const std::vector<double>& scores, const std::vector<uint8_t>& labels);

// Equal error rate: where the false positive rate equals the false negative
// rate (FPR = 1 - TPR).
//
// Exact definition: walk the ROC points of rocCurve in order; d_i = FPR_i +
// TPR_i - 1 rises strictly from -1 at (0, 0) to +1 at (1, 1). Let i be the
// first point with d_i >= 0. If d_i == 0 the EER is FPR_i and the threshold is
// thresholds[i]. Otherwise the crossing lies on the straight segment from point
// i-1 to point i (the ROC's linear interpolation): with t = -d_{i-1} /
// (d_i - d_{i-1}) in (0, 1), eer = FPR_{i-1} + t (FPR_i - FPR_{i-1}) (equal
// there to 1 - TPR), and threshold = thr_{i-1} + t (thr_i - thr_{i-1}), where
// thr_0 (+inf) is replaced by the highest score so the threshold stays finite.
// This is the point that the usual Python recipe (brentq on interp1d of the
// ROC) finds.
struct EerResult {
    double eer = 0.0;       // in [0, 1]
    double threshold = 0.0; // score at the crossing, interpolated as above
};
EerResult equalErrorRate(const std::vector<double>& scores, const std::vector<uint8_t>& labels);

} // namespace anomalens::eval
