#include "training/adamstate.h"

#include "training/modelio.h"

#include <ATen/ATen.h>

#include <sstream>
#include <type_traits>

namespace anomalens::training {

namespace {

using Kind = BundleError::Kind;

// LibTorch keys the optimiser state by the parameter's TensorImpl address:
// as a string in 1.x (c10::guts::to_string of the pointer), as the pointer
// itself in later versions. Build whichever this LibTorch uses.
template <typename StateMap> typename StateMap::key_type stateKey(const at::Tensor& parameter)
{
    using Key = typename StateMap::key_type;
    if constexpr (std::is_same_v<Key, std::string>) {
        std::ostringstream text;
        text << parameter.unsafeGetTensorImpl();
        return text.str();
    } else {
        return static_cast<Key>(parameter.unsafeGetTensorImpl());
    }
}

using StateMap = std::decay_t<decltype(std::declval<torch::optim::Adam&>().state())>;

// Adam's and AdamW's parameter states have the same fields.
template <typename Optimizer, typename ParamState>
std::vector<StoredTensor> storeState(const Optimizer& optimizer, const torch::nn::Module& module,
                                     const std::string& prefix)
{
    std::vector<StoredTensor> tensors;
    const auto& state = optimizer.state();
    for (const auto& item : module.named_parameters(/*recurse=*/true)) {
        const auto found = state.find(stateKey<StateMap>(item.value()));
        if (found == state.end())
            continue;
        const auto& adam = static_cast<const ParamState&>(*found->second);
        const std::string name = prefix + item.key();
        const at::Tensor step = at::scalar_tensor(static_cast<std::int64_t>(adam.step()), at::kLong);
        tensors.push_back(storeTensor(name + ".step", step));
        tensors.push_back(storeTensor(name + ".exp_avg", adam.exp_avg()));
        tensors.push_back(storeTensor(name + ".exp_avg_sq", adam.exp_avg_sq()));
    }
    return tensors;
}

template <typename Optimizer, typename ParamState>
void restoreState(Optimizer& optimizer, const torch::nn::Module& module, const BundleContents& contents,
                  const std::string& prefix)
{
    auto& state = optimizer.state();
    state.clear();
    for (const auto& item : module.named_parameters(/*recurse=*/true)) {
        const std::string name = prefix + item.key();
        const StoredTensor* step = contents.find(name + ".step");
        if (!step)
            continue;
        const StoredTensor* expAvg = contents.find(name + ".exp_avg");
        const StoredTensor* expAvgSq = contents.find(name + ".exp_avg_sq");
        if (!expAvg || !expAvgSq)
            throw BundleError(Kind::MissingTensor, "The checkpoint's optimiser state of '" + item.key() +
                                                       "' is incomplete");
        const at::Tensor& parameter = item.value();
        const at::Tensor avg = tensorFromStored(*expAvg);
        const at::Tensor avgSq = tensorFromStored(*expAvgSq);
        if (!avg.sizes().equals(parameter.sizes()) || !avgSq.sizes().equals(parameter.sizes()) ||
            avg.scalar_type() != parameter.scalar_type())
            throw BundleError(Kind::ShapeMismatch, "The checkpoint's optimiser state of '" + item.key() +
                                                       "' does not fit the network");
        auto adam = std::make_unique<ParamState>();
        adam->step(tensorFromStored(*step).item<std::int64_t>());
        // In the parameter's device and memory layout, as Adam creates them.
        adam->exp_avg(at::empty_like(parameter).copy_(avg));
        adam->exp_avg_sq(at::empty_like(parameter).copy_(avgSq));
        state[stateKey<StateMap>(parameter)] = std::move(adam);
    }
}

} // namespace

std::vector<StoredTensor> storeAdamState(const torch::optim::Adam& optimizer, const torch::nn::Module& module,
                                         const std::string& prefix)
{
    return storeState<torch::optim::Adam, torch::optim::AdamParamState>(optimizer, module, prefix);
}

std::vector<StoredTensor> storeAdamState(const torch::optim::AdamW& optimizer, const torch::nn::Module& module,
                                         const std::string& prefix)
{
    return storeState<torch::optim::AdamW, torch::optim::AdamWParamState>(optimizer, module, prefix);
}

void restoreAdamState(torch::optim::Adam& optimizer, const torch::nn::Module& module,
                      const BundleContents& contents, const std::string& prefix)
{
    restoreState<torch::optim::Adam, torch::optim::AdamParamState>(optimizer, module, contents, prefix);
}

void restoreAdamState(torch::optim::AdamW& optimizer, const torch::nn::Module& module,
                      const BundleContents& contents, const std::string& prefix)
{
    restoreState<torch::optim::AdamW, torch::optim::AdamWParamState>(optimizer, module, contents, prefix);
}

} // namespace anomalens::training
