#pragma once
// MNAD's memory module (Park et al., CVPR 2020, METHODS.md section 1).
//
// M items p_m in R^C, each of unit L2 norm, summarise the prototypical
// normal patterns. Queries are the encoder's bottleneck pixels, L2-normalised
// over channels and laid out as [B, K, C] (batch, K = H*W queries per frame,
// C channels). The items are NOT parameters: no gradient ever reaches them.
// They are a registered buffer (so they are saved and moved with the model)
// changed only by update(), during training at every step and, at test time,
// after frames the gate (memoryGateError) judged normal.
//
// Invariant: every item has unit norm (up to float rounding), from
// construction through any number of updates.
#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

#include <cstdint>

namespace anomalens::models {

// Test-time gate thresholds gamma: a frame may update the memory only when
// its gate error is below them.
constexpr double kMemoryGatePrediction = 0.01;
constexpr double kMemoryGateReconstruction = 0.015;

// What a read returns, for a query batch [B, K, C].
struct MemoryRead {
    torch::Tensor readout;     // p_hat = w . P, [B, K, C], no gradient
    torch::Tensor weights;     // w = softmax over items of the scores, [B, K, M], detached
    torch::Tensor nearestItem; // argmax_m w (= nearest item), [B, K], int64
};

class MemoryImpl : public torch::nn::Module {
public:
    // Items start as L2-normalised uniform [0, 1) random vectors (reference
    // initialisation); seed with torch::manual_seed() for reproducibility.
    MemoryImpl(std::int64_t itemCount, std::int64_t itemDim);

    std::int64_t itemCount() const { return m_items.size(0); }
    std::int64_t itemDim() const { return m_items.size(1); }

    // The items, [M, C]. The returned tensor shares storage with the memory:
    // clone it to keep a snapshot.
    const torch::Tensor& items() const { return m_items; }
    // Replaces the items (e.g. to restore a snapshot at the start of a
    // stream). `items` must be [M, C]; rows are L2-normalised on the way in so
    // the unit-norm invariant holds whatever the caller passes.
    void setItems(const torch::Tensor& items);

    // Cosine similarities S = q . P^T, [B, K, M].
    torch::Tensor scores(const torch::Tensor& queries) const;

    MemoryRead read(const torch::Tensor& queries) const;

    // The reference update rule. Over ALL queries of the batch (N = B*K):
    // each query is assigned to its nearest item; v = softmax of S over the
    // queries (per item); p_m <- normalise(p_m + sum over the queries k
    // assigned to m of (v_km / max_k' v_k'm) q_k), the max running over all
    // queries. Items with no assigned query stay as they are.
    void update(const torch::Tensor& queries);

    // Compactness loss: mean squared difference between each query and its
    // nearest item, averaged over queries and channels (PyTorch's MSELoss);
    // the gradient reaches the queries only.
    torch::Tensor compactnessLoss(const torch::Tensor& queries) const;

    // Separateness loss: triplet margin loss (margin 1, L2 distance) with the
    // query as anchor, its nearest item as positive and its second-nearest
    // item as negative, averaged over queries.
    torch::Tensor separatenessLoss(const torch::Tensor& queries) const;

    // Per-query compactness distance: mean over channels of the squared
    // difference to the nearest item, [B, K]. Its mean over K is the frame's
    // feature distance D_t (the score term); per query it is a coarse map of
    // where the frame departs from the normal prototypes.
    torch::Tensor queryDistance(const torch::Tensor& queries) const;

private:
    torch::Tensor nearestItems(const torch::Tensor& flatQueries, std::int64_t count) const;

    torch::Tensor m_items;
};
TORCH_MODULE(Memory);

// Bottleneck feature map [B, C, H, W] -> L2-normalised queries [B, H*W, C].
torch::Tensor queriesFromFeatureMap(const torch::Tensor& features);
// Queries [B, H*W, C] -> feature map [B, C, H, W] (the inverse layout change;
// no normalisation).
torch::Tensor featureMapFromQueries(const torch::Tensor& queries, std::int64_t height,
                                    std::int64_t width);

// The test-time gate error eps_t per frame, [B]. `prediction` and `target`
// are [B, C, H, W] images in [-1, 1], compared on [0, 1]: with
// e = (pred - gt)^2 and n = 1 - exp(-e), eps_t = sum(n * e) / sum(n); n
// weights large errors up. A perfect prediction (sum(n) = 0) has eps_t = 0
// (the reference's 0/0 would be NaN and refuse the update).
torch::Tensor memoryGateError(const torch::Tensor& prediction, const torch::Tensor& target);

} // namespace anomalens::models
