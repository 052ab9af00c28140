#include "training/modelio.h"

#include "models/torchdevice.h"
#include "training/checkpoint.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <cstring>
#include <set>

namespace anomalens::training {

namespace {

using Kind = BundleError::Kind;

TensorDType storedDType(at::ScalarType type)
{
    switch (type) {
    case at::kFloat:
        return TensorDType::Float32;
    case at::kLong:
        return TensorDType::Int64;
    case at::kByte:
        return TensorDType::UInt8;
    default:
        throw std::invalid_argument(std::string("Bundle: cannot store tensors of type ") + at::toString(type));
    }
}

at::ScalarType torchDType(TensorDType dtype)
{
    switch (dtype) {
    case TensorDType::Float32:
        return at::kFloat;
    case TensorDType::Int64:
        return at::kLong;
    case TensorDType::UInt8:
        return at::kByte;
    }
    throw std::invalid_argument("Bundle: unknown dtype");
}

std::string shapeText(at::IntArrayRef shape)
{
    std::string text = "[";
    for (std::size_t d = 0; d < shape.size(); ++d)
        text += (d ? ", " : "") + std::to_string(shape[d]);
    return text + "]";
}

// Parameters and buffers by name; a module's state, as torch's
// state_dict would list it.
std::vector<std::pair<std::string, at::Tensor>> namedState(const torch::nn::Module& module)
{
    std::vector<std::pair<std::string, at::Tensor>> state;
    for (const auto& item : module.named_parameters(/*recurse=*/true))
        state.emplace_back(item.key(), item.value());
    for (const auto& item : module.named_buffers(/*recurse=*/true))
        state.emplace_back(item.key(), item.value());
    return state;
}

models::ModelProfile checkedProfile(const BundleMetadata& metadata)
{
    const models::ModelProfile& profile = metadata.profile;
    bool valid = profile.inputSize > 0 && profile.inputSize % 8 == 0;
    for (const std::int64_t width : profile.widths)
        valid = valid && width > 0;
    if (!valid)
        throw BundleError(Kind::BadMetadata, "The model's profile '" + profile.name + "' is invalid (input size " +
                                                 std::to_string(profile.inputSize) + ")");
    return profile;
}

} // namespace

StoredTensor storeTensor(const std::string& name, const at::Tensor& tensor)
{
    StoredTensor stored;
    stored.name = name;
    stored.dtype = storedDType(tensor.scalar_type());
    const at::Tensor cpu = tensor.detach().to(at::kCPU).contiguous();
    stored.shape.assign(cpu.sizes().begin(), cpu.sizes().end());
    stored.data.resize(cpu.numel() * cpu.element_size());
    if (!stored.data.empty())
        std::memcpy(stored.data.data(), cpu.data_ptr(), stored.data.size());
    return stored;
}

at::Tensor tensorFromStored(const StoredTensor& stored)
{
    at::Tensor tensor = at::empty(stored.shape, torchDType(stored.dtype));
    if (!stored.data.empty())
        std::memcpy(tensor.data_ptr(), stored.data.data(), stored.data.size());
    return tensor;
}

std::vector<StoredTensor> storeModule(const torch::nn::Module& module, const std::string& prefix)
{
    std::vector<StoredTensor> tensors;
    for (const auto& [name, tensor] : namedState(module))
        tensors.push_back(storeTensor(prefix + name, tensor));
    return tensors;
}

void loadModuleStrict(torch::nn::Module& module, const BundleContents& contents, const std::string& prefix)
{
    torch::NoGradGuard noGrad;
    std::set<std::string> expected;
    for (auto& [name, tensor] : namedState(module)) {
        const std::string fullName = prefix + name;
        expected.insert(fullName);
        const StoredTensor* stored = contents.find(fullName);
        if (!stored)
            throw BundleError(Kind::MissingTensor, "The model file lacks the tensor '" + fullName +
                                                       "': it was written for a different network");
        if (torchDType(stored->dtype) != tensor.scalar_type() || !tensor.sizes().equals(stored->shape))
            throw BundleError(Kind::ShapeMismatch, "The tensor '" + fullName + "' in the model file is " +
                                                       shapeText(stored->shape) + ", the network needs " +
                                                       shapeText(tensor.sizes()) + " of the same type");
        tensor.copy_(tensorFromStored(*stored));
    }
    for (const StoredTensor& stored : contents.tensors)
        if (stored.name.compare(0, prefix.size(), prefix) == 0 && expected.count(stored.name) == 0)
            throw BundleError(Kind::UnexpectedTensor, "The model file holds the tensor '" + stored.name +
                                                          "', which the network does not have");
}

bool trainsChannelsLast(c10::Device device)
{
    return device.is_cpu();
}

void setWeightMemoryFormat(torch::nn::Module& module, at::MemoryFormat format)
{
    // set_data keeps each parameter's identity, so optimisers built before
    // or after see the same tensors.
    for (at::Tensor parameter : module.parameters())
        if (parameter.dim() == 4)
            parameter.set_data(parameter.contiguous(format));
}

at::Tensor channelsLast(const at::Tensor& images)
{
    return images.contiguous(at::MemoryFormat::ChannelsLast);
}

torch::nn::Module& LoadedModel::module() const
{
    if (mnad)
        return *mnad.ptr();
    if (withDestroyer)
        return *withDestroyer.ptr();
    return generatorModule();
}

torch::nn::Module& LoadedModel::generatorModule() const
{
    if (f2lm)
        return *f2lm.ptr();
    if (generator)
        return *generator.ptr();
    throw std::logic_error("LoadedModel holds no frame generator");
}

at::Tensor predictNextFrame(LoadedModel& model, const at::Tensor& inputs)
{
    if (model.f2lm)
        return model.f2lm->forward(inputs, at::Tensor(), at::Tensor()).prediction;
    return model.generator->forward(inputs);
}

namespace {

std::int64_t f2lmLabelChannels(const BundleMetadata& metadata)
{
    if (!metadata.f2lm || metadata.f2lm->labelChannels < 1)
        throw BundleError(Kind::BadMetadata, "The F2LM model does not say which cues it was trained with (no "
                                             "'f2lm' metadata with label channels)");
    if (metadata.f2lm->tripletSignal != kF2lmTripletSignal)
        throw BundleError(Kind::BadMetadata,
                          "This F2LM model was calibrated on the triplet signal '" + metadata.f2lm->tripletSignal +
                              "', which this version of Anomalens does not score (it scores '" +
                              kF2lmTripletSignal +
                              "'): its calibrated scores would be wrong. Train it again with this version");
    return metadata.f2lm->labelChannels;
}

} // namespace

LoadedModel createModel(const BundleMetadata& metadata, c10::Device device)
{
    LoadedModel model;
    model.metadata = metadata;
    model.device = device;
    try {
        model.method = methodFromName(metadata.method);
    } catch (const std::invalid_argument& e) {
        throw BundleError(Kind::BadMetadata, std::string("The model's method is unknown to this Anomalens: ") +
                                                 e.what());
    }
    if (metadata.inputFrames != inputFrameCount(model.method))
        throw BundleError(Kind::BadMetadata, "The model's input frame count " +
                                                 std::to_string(metadata.inputFrames) + " does not fit the method " +
                                                 metadata.method);
    const models::ModelProfile profile = checkedProfile(metadata);
    if (isMnad(model.method)) {
        const auto variant = model.method == Method::MnadPrediction ? models::MnadVariant::Prediction
                                                                    : models::MnadVariant::Reconstruction;
        if (metadata.memoryItems < 2)
            throw BundleError(Kind::BadMetadata, "The MNAD model needs at least 2 memory items");
        model.mnad = models::Mnad(models::MnadConfig{variant, profile, metadata.memoryItems});
    } else if (model.method == Method::Destroyer) {
        if (!metadata.destroyer)
            throw BundleError(Kind::BadMetadata, "The Destroyer model does not name its generator (no 'destroyer' "
                                                 "metadata)");
        const bool onF2lm = metadata.destroyer->generatorMethod == methodName(Method::F2lm);
        model.withDestroyer = models::GeneratorWithDestroyer(profile, onF2lm ? f2lmLabelChannels(metadata) : 0);
        model.generator = model.withDestroyer->generator;
        model.f2lm = model.withDestroyer->f2lmGenerator;
        model.destroyer = model.withDestroyer->destroyer;
    } else if (model.method == Method::F2lm) {
        model.f2lm = models::F2lmGenerator(profile, f2lmLabelChannels(metadata));
    } else {
        model.generator = models::UNet(profile, models::kFfpInputChannels);
    }
    model.module().to(device);
    return model;
}

LoadedModel loadModel(const std::string& path)
{
    return loadModel(path, models::preferredDevice());
}

LoadedModel loadModel(const std::string& path, c10::Device device)
{
    const BundleContents contents = readBundleFile(path, TensorLoading::Load);
    if (isCheckpoint(contents.metadata))
        throw BundleError(Kind::BadMetadata, "'" + path +
                                                 "' is a training checkpoint, not a finished model: resume the "
                                                 "training to finish it");
    BundleMetadata metadata;
    try {
        metadata = metadataFromJson(contents.metadata);
    } catch (const BundleError& e) {
        throw BundleError(e.kind(), "The model '" + path + "': " + e.what());
    }
    LoadedModel model = createModel(metadata, c10::kCPU);
    loadModuleStrict(model.module(), contents, kModelPrefix);
    model.module().to(device);
    model.device = device;
    model.module().eval();
    return model;
}

void writeModelBundle(const std::string& path, const LoadedModel& model)
{
    writeBundleFile(path, toJson(model.metadata), storeModule(model.module(), kModelPrefix));
}

} // namespace anomalens::training
