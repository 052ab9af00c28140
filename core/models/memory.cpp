#include "models/memory.h"

#include <ATen/ATen.h>
#include <ATen/core/Reduction.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <stdexcept>
#include <string>

namespace anomalens::models {

namespace {

// Row-wise L2 normalisation; the epsilon matches PyTorch's F.normalize.
torch::Tensor l2Normalize(const torch::Tensor& tensor, std::int64_t dim)
{
    return tensor / tensor.norm(2, {dim}, /*keepdim=*/true).clamp_min(1e-12);
}

std::string shapeOf(const torch::Tensor& tensor)
{
    std::string text = "[";
    for (std::int64_t d = 0; d < tensor.dim(); ++d)
        text += (d ? ", " : "") + std::to_string(tensor.size(d));
    return text + "]";
}

} // namespace

MemoryImpl::MemoryImpl(std::int64_t itemCount, std::int64_t itemDim)
{
    // Separateness needs a second-nearest item.
    if (itemCount < 2 || itemDim < 1)
        throw std::invalid_argument("Memory needs at least 2 items of dimension >= 1 (got " +
                                    std::to_string(itemCount) + " x " + std::to_string(itemDim) + ")");
    m_items = register_buffer("items", l2Normalize(torch::rand({itemCount, itemDim}), 1));
}

void MemoryImpl::setItems(const torch::Tensor& items)
{
    if (items.dim() != 2 || items.size(0) != itemCount() || items.size(1) != itemDim())
        throw std::invalid_argument("Memory items must be [" + std::to_string(itemCount()) + ", " +
                                    std::to_string(itemDim()) + "], got " + shapeOf(items));
    torch::NoGradGuard noGrad;
    // In place: the registered buffer and m_items must stay one tensor.
    m_items.copy_(l2Normalize(items.detach().to(m_items.options()), 1));
}

torch::Tensor MemoryImpl::scores(const torch::Tensor& queries) const
{
    if (queries.dim() != 3 || queries.size(2) != itemDim())
        throw std::invalid_argument("Memory queries must be [B, K, " + std::to_string(itemDim()) +
                                    "], got " + shapeOf(queries));
    return torch::matmul(queries, m_items.t());
}

torch::Tensor MemoryImpl::nearestItems(const torch::Tensor& queries, std::int64_t count) const
{
    // Indices carry no gradient; detaching avoids recording the scores.
    return std::get<1>(scores(queries.detach()).topk(count, /*dim=*/-1));
}

MemoryRead MemoryImpl::read(const torch::Tensor& queries) const
{
    // Detached weights (reference): the read-out is a fixed mix of items, so
    // the decoder's gradient reaches the queries only through their own half
    // of the decoder input.
    torch::Tensor weights = torch::softmax(scores(queries.detach()), /*dim=*/-1);
    torch::Tensor readout = torch::matmul(weights, m_items);
    torch::Tensor nearest = weights.argmax(/*dim=*/-1);
    return {readout, weights, nearest};
}

void MemoryImpl::update(const torch::Tensor& queries)
{
    torch::NoGradGuard noGrad;
    const torch::Tensor flat = scores(queries.detach()).reshape({-1, itemCount()}); // [N, M]
    const torch::Tensor q = queries.detach().reshape({-1, itemDim()});              // [N, C]
    const torch::Tensor nearest = flat.argmax(/*dim=*/1);                           // [N]
    // v_km / max_k' v_k'm with v = softmax over the queries equals
    // exp(S_km - max_k' S_k'm): the softmax denominators cancel, and this form
    // cannot underflow however many queries there are. Dividing by the
    // best-matching query of each item (over all queries, not just the
    // assigned ones) bounds each query's weight by 1.
    const torch::Tensor relative = (flat - std::get<0>(flat.max(/*dim=*/0, /*keepdim=*/true))).exp();
    const torch::Tensor assigned =
        torch::zeros_like(flat).scatter_(1, nearest.unsqueeze(1), 1.0); // one-hot, [N, M]
    const torch::Tensor step = torch::matmul((assigned * relative).t(), q); // [M, C]
    m_items.copy_(l2Normalize(m_items + step, 1));
}

torch::Tensor MemoryImpl::compactnessLoss(const torch::Tensor& queries) const
{
    const torch::Tensor q = queries.reshape({-1, itemDim()});
    const torch::Tensor nearest = m_items.index_select(0, nearestItems(queries, 1).reshape({-1}));
    return at::mse_loss(q, nearest, at::Reduction::Mean);
}

torch::Tensor MemoryImpl::separatenessLoss(const torch::Tensor& queries) const
{
    const torch::Tensor q = queries.reshape({-1, itemDim()});
    const torch::Tensor ranked = nearestItems(queries, 2).reshape({-1, 2});
    const torch::Tensor positive = m_items.index_select(0, ranked.select(1, 0));
    const torch::Tensor negative = m_items.index_select(0, ranked.select(1, 1));
    // PyTorch's TripletMarginLoss defaults (p = 2, eps = 1e-6, no swap), as
    // in the reference.
    return at::triplet_margin_loss(q, positive, negative, /*margin=*/1.0, /*p=*/2, /*eps=*/1e-6,
                                   /*swap=*/false, at::Reduction::Mean);
}

torch::Tensor MemoryImpl::queryDistance(const torch::Tensor& queries) const
{
    const torch::Tensor nearest = nearestItems(queries, 1).squeeze(-1); // [B, K]
    const torch::Tensor items = m_items.index_select(0, nearest.reshape({-1})).view_as(queries);
    return (queries - items).pow(2).mean(/*dim=*/-1);
}

torch::Tensor queriesFromFeatureMap(const torch::Tensor& features)
{
    if (features.dim() != 4)
        throw std::invalid_argument("Feature map must be [B, C, H, W], got " + shapeOf(features));
    return l2Normalize(features.flatten(2).transpose(1, 2), 2);
}

torch::Tensor featureMapFromQueries(const torch::Tensor& queries, std::int64_t height,
                                    std::int64_t width)
{
    if (queries.dim() != 3 || queries.size(1) != height * width)
        throw std::invalid_argument("Queries must be [B, " + std::to_string(height * width) +
                                    ", C], got " + shapeOf(queries));
    return queries.transpose(1, 2).reshape({queries.size(0), queries.size(2), height, width});
}

torch::Tensor memoryGateError(const torch::Tensor& prediction, const torch::Tensor& target)
{
    if (prediction.dim() != 4 || !prediction.sizes().equals(target.sizes()))
        throw std::invalid_argument("Gate needs prediction and target of the same [B, C, H, W] shape, got " +
                                    shapeOf(prediction) + " and " + shapeOf(target));
    torch::NoGradGuard noGrad;
    // On [0, 1]: ((p + 1) / 2 - (g + 1) / 2)^2 = ((p - g) / 2)^2.
    const torch::Tensor error = (prediction - target).mul(0.5).pow(2).flatten(1);
    // -expm1(-e) = 1 - exp(-e) without cancellation for the tiny errors of
    // well-predicted pixels.
    const torch::Tensor weight = torch::expm1(-error).neg();
    const torch::Tensor weightSum = weight.sum(/*dim=*/1);
    const torch::Tensor ratio = (weight * error).sum(/*dim=*/1) / weightSum;
    return torch::where(weightSum > 0, ratio, torch::zeros_like(ratio));
}

} // namespace anomalens::models
