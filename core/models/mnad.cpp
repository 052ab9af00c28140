#include "models/mnad.h"

#include "models/blocks.h"

#include <ATen/ATen.h>
#include <c10/core/impl/LocalDispatchKeySet.h>
#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace anomalens::models {

namespace {

constexpr std::int64_t kImageChannels = 3;

// conv -> BN -> ReLU -> conv: the encoder's last stage, left linear.
torch::nn::Sequential encoderBottleneck(std::int64_t inChannels, std::int64_t outChannels)
{
    return torch::nn::Sequential(conv3x3(inChannels, outChannels), torch::nn::BatchNorm2d(outChannels),
                                 torch::nn::ReLU(), conv3x3(outChannels, outChannels));
}

// [conv -> BN -> ReLU] x 2, conv -> tanh: the decoder's output stage.
torch::nn::Sequential decoderHead(std::int64_t inChannels, std::int64_t midChannels,
                                  std::int64_t outChannels)
{
    return torch::nn::Sequential(conv3x3(inChannels, midChannels), torch::nn::BatchNorm2d(midChannels),
                                 torch::nn::ReLU(), conv3x3(midChannels, midChannels),
                                 torch::nn::BatchNorm2d(midChannels), torch::nn::ReLU(),
                                 conv3x3(midChannels, outChannels), torch::nn::Tanh());
}

torch::Tensor maxPool2(const torch::Tensor& input)
{
    return at::max_pool2d(input, /*kernel_size=*/{2, 2}, /*stride=*/{2, 2});
}

// The part of the forward pass shared by training and inference.
struct ForwardPass {
    torch::Tensor prediction;
    torch::Tensor queries; // [B, K, C]
    MemoryRead read;
    std::int64_t height = 0; // of the query map
    std::int64_t width = 0;
};

// The memory is state carried from frame to frame: it is read, measured and
// updated in float32 also while the networks run under bf16 autocast.
class Float32Memory {
public:
    Float32Memory() = default;

private:
    c10::impl::ExcludeDispatchKeyGuard m_noAutocast{c10::DispatchKey::AutocastCPU};
};

// Memory read and decoder for encoded frames (`queries` from `encoded`).
ForwardPass readDecode(const MemoryImpl& memory, MnadDecoderImpl& decoder, const MnadEncoderOutput& encoded,
                       const torch::Tensor& queries)
{
    ForwardPass pass;
    pass.height = encoded.features.size(2);
    pass.width = encoded.features.size(3);
    pass.queries = queries;
    {
        const Float32Memory float32;
        pass.read = memory.read(pass.queries);
    }
    const torch::Tensor decoderInput =
        torch::cat({featureMapFromQueries(pass.queries, pass.height, pass.width),
                    featureMapFromQueries(pass.read.readout, pass.height, pass.width)},
                   /*dim=*/1);
    pass.prediction = decoder.forward(decoderInput, encoded.skips);
    return pass;
}

ForwardPass encodeReadDecode(MnadEncoderImpl& encoder, const MemoryImpl& memory, MnadDecoderImpl& decoder,
                             const torch::Tensor& input)
{
    const MnadEncoderOutput encoded = encoder.forward(input);
    return readDecode(memory, decoder, encoded, queriesFromFeatureMap(encoded.features));
}

MnadEncoderOutput sliceOf(const MnadEncoderOutput& encoded, std::int64_t frame)
{
    MnadEncoderOutput slice;
    slice.features = encoded.features.narrow(0, frame, 1);
    for (std::size_t level = 0; level < encoded.skips.size(); ++level)
        if (encoded.skips[level].defined())
            slice.skips[level] = encoded.skips[level].narrow(0, frame, 1);
    return slice;
}

MnadInferenceOutput inferenceOutput(const MemoryImpl& memory, const ForwardPass& pass)
{
    const Float32Memory float32;
    const std::int64_t batch = pass.queries.size(0);
    MnadInferenceOutput output;
    output.prediction = pass.prediction;
    output.queries = pass.queries;
    output.nearestItem = pass.read.nearestItem.view({batch, pass.height, pass.width});
    output.queryDistance = memory.queryDistance(pass.queries).view({batch, pass.height, pass.width});
    output.featureDistance = output.queryDistance.mean({1, 2});
    return output;
}

} // namespace

MnadConstants mnadConstants(MnadVariant variant)
{
    if (variant == MnadVariant::Prediction)
        return {/*inputFrames=*/4, /*lambdaCompact=*/0.1, /*lambdaSeparate=*/0.1,
                /*gateThreshold=*/kMemoryGatePrediction, /*scoreAlpha=*/0.6};
    return {/*inputFrames=*/1, /*lambdaCompact=*/0.01, /*lambdaSeparate=*/0.01,
            /*gateThreshold=*/kMemoryGateReconstruction, /*scoreAlpha=*/0.7};
}

MnadEncoderImpl::MnadEncoderImpl(std::int64_t inChannels, const ModelProfile& profile)
{
    const auto& w = profile.widths;
    std::int64_t channels = inChannels;
    for (std::size_t level = 0; level < m_levels.size(); ++level) {
        m_levels[level] = register_module("level" + std::to_string(level + 1), doubleConv(channels, w[level]));
        channels = w[level];
    }
    m_bottleneck = register_module("bottleneck", encoderBottleneck(channels, w[3]));
}

MnadEncoderOutput MnadEncoderImpl::forward(const torch::Tensor& input)
{
    MnadEncoderOutput output;
    output.skips[0] = m_levels[0]->forward(input);
    output.skips[1] = m_levels[1]->forward(maxPool2(output.skips[0]));
    output.skips[2] = m_levels[2]->forward(maxPool2(output.skips[1]));
    output.features = m_bottleneck->forward(maxPool2(output.skips[2]));
    return output;
}

MnadDecoderImpl::MnadDecoderImpl(const ModelProfile& profile, bool useSkips, std::int64_t outChannels)
    : m_useSkips(useSkips)
{
    const auto& w = profile.widths;
    m_bottleneck = register_module("bottleneck", doubleConv(2 * w[3], w[3]));
    // Level l works at S / 2^l; the tensor entering its upsampling has w[l+1]
    // channels.
    for (std::size_t level = 3; level-- > 0;) {
        const std::int64_t upChannels = useSkips ? w[level] : w[level + 1];
        const std::int64_t blockIn = useSkips ? 2 * w[level] : w[level + 1];
        const std::string suffix = std::to_string(level + 1);
        m_upsample[level] = register_module("upsample" + suffix, upsampleBnRelu(w[level + 1], upChannels));
        if (level > 0)
            m_blocks[level - 1] = register_module("block" + suffix, doubleConv(blockIn, w[level]));
        else
            m_head = register_module("head", decoderHead(blockIn, w[0], outChannels));
    }
}

torch::Tensor MnadDecoderImpl::forward(const torch::Tensor& input, const std::array<torch::Tensor, 3>& skips)
{
    torch::Tensor x = m_bottleneck->forward(input);
    for (std::size_t level = 3; level-- > 0;) {
        x = m_upsample[level]->forward(x);
        if (m_useSkips)
            x = torch::cat({skips[level], x}, /*dim=*/1); // skip first, as in the reference
        x = level > 0 ? m_blocks[level - 1]->forward(x) : m_head->forward(x);
    }
    return x;
}

MnadImpl::MnadImpl(const MnadConfig& config)
    : m_config(config)
{
    const bool prediction = config.variant == MnadVariant::Prediction;
    encoder = register_module("encoder", MnadEncoder(inputChannels(), config.profile));
    memory = register_module("memory", Memory(config.memoryItems, config.profile.memoryDim()));
    decoder = register_module("decoder", MnadDecoder(config.profile, /*useSkips=*/prediction, kImageChannels));
}

std::int64_t MnadImpl::inputChannels() const
{
    return kImageChannels * mnadConstants(m_config.variant).inputFrames;
}

void MnadImpl::checkInput(const torch::Tensor& input) const
{
    if (input.dim() != 4 || input.size(1) != inputChannels() || input.size(2) % 8 != 0 ||
        input.size(3) % 8 != 0 || input.size(2) == 0 || input.size(3) == 0)
        throw std::invalid_argument("MNAD input must be [B, " + std::to_string(inputChannels()) +
                                    ", H, W] with H and W non-zero multiples of 8");
}

MnadTrainingOutput MnadImpl::forwardTraining(const torch::Tensor& input)
{
    checkInput(input);
    const ForwardPass pass = encodeReadDecode(*encoder, *memory, *decoder, input);
    MnadTrainingOutput output;
    output.prediction = pass.prediction;
    // Losses against the memory as it was read, then the update.
    output.compactnessLoss = memory->compactnessLoss(pass.queries);
    output.separatenessLoss = memory->separatenessLoss(pass.queries);
    memory->update(pass.queries);
    return output;
}

MnadInferenceOutput MnadImpl::forwardInference(const torch::Tensor& input)
{
    checkInput(input);
    return inferenceOutput(*memory, encodeReadDecode(*encoder, *memory, *decoder, input));
}

MnadStreamOutput MnadImpl::forwardStream(const torch::Tensor& inputs, const torch::Tensor& targets)
{
    checkInput(inputs);
    const MnadEncoderOutput encoded = encoder->forward(inputs);
    // The encoder's bottleneck may come out in reduced precision under
    // autocast; the memory (state kept across frames) stays float32.
    const torch::Tensor queries = queriesFromFeatureMap(encoded.features.to(memory->items().scalar_type()));
    std::vector<torch::Tensor> predictions, nearest, queryDistances, gateErrors, updated;
    for (std::int64_t frame = 0; frame < inputs.size(0); ++frame) {
        MnadInferenceOutput output = inferenceOutput(
            *memory, readDecode(*memory, *decoder, sliceOf(encoded, frame), queries.narrow(0, frame, 1)));
        output.prediction = output.prediction.to(targets.scalar_type());
        const Float32Memory float32;
        const MemoryGateResult gate = updateMemoryWhereNormal(output, targets.narrow(0, frame, 1));
        predictions.push_back(output.prediction);
        nearest.push_back(output.nearestItem);
        queryDistances.push_back(output.queryDistance);
        gateErrors.push_back(gate.gateError);
        updated.push_back(gate.updated);
    }
    MnadStreamOutput stream;
    stream.frames.prediction = torch::cat(predictions);
    stream.frames.queries = queries;
    stream.frames.nearestItem = torch::cat(nearest);
    stream.frames.queryDistance = torch::cat(queryDistances);
    stream.frames.featureDistance = stream.frames.queryDistance.mean({1, 2});
    stream.gate.gateError = torch::cat(gateErrors);
    stream.gate.updated = torch::cat(updated);
    return stream;
}

MemoryGateResult MnadImpl::updateMemoryWhereNormal(const MnadInferenceOutput& output,
                                                   const torch::Tensor& target)
{
    MemoryGateResult result;
    result.gateError = memoryGateError(output.prediction, target);
    result.updated = result.gateError < mnadConstants(m_config.variant).gateThreshold;
    const torch::Tensor updated = result.updated.cpu();
    for (std::int64_t frame = 0; frame < updated.size(0); ++frame) {
        if (updated[frame].item<bool>())
            memory->update(output.queries.narrow(/*dim=*/0, frame, /*length=*/1));
    }
    return result;
}

} // namespace anomalens::models
