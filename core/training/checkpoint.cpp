#include "training/checkpoint.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>

#include <mutex>

namespace anomalens::training {

namespace {

constexpr char kCheckpointKey[] = "checkpoint";
constexpr char kTorchRngName[] = "rng.torch";

at::Generator cpuGenerator()
{
    return at::detail::getDefaultCPUGenerator();
}

} // namespace

std::string checkpointPathFor(const std::string& modelPath)
{
    return modelPath + ".checkpoint";
}

bool isCheckpoint(const nlohmann::json& metadata)
{
    return metadata.is_object() && metadata.contains(kCheckpointKey);
}

void writeCheckpoint(const std::string& path, const LoadedModel& model, const MethodTrainer& trainer,
                     const CheckpointState& state)
{
    nlohmann::json metadata = toJson(model.metadata);
    metadata[kCheckpointKey] = {{"step", state.step},
                                {"trainingSeconds", state.trainingSeconds},
                                {"recentLosses", state.recentLosses}};
    std::vector<StoredTensor> tensors = storeModule(model.module(), kModelPrefix);
    const std::vector<StoredTensor> trainingState = trainer.trainingState();
    tensors.insert(tensors.end(), trainingState.begin(), trainingState.end());
    at::Generator generator = cpuGenerator();
    {
        std::lock_guard<std::mutex> lock(generator.mutex());
        tensors.push_back(storeTensor(kTorchRngName, generator.get_state()));
    }
    writeBundleFile(path, metadata, tensors);
}

Checkpoint readCheckpoint(const std::string& path)
{
    Checkpoint checkpoint;
    checkpoint.contents = readBundleFile(path, TensorLoading::Load);
    const nlohmann::json& metadata = checkpoint.contents.metadata;
    if (!isCheckpoint(metadata))
        throw BundleError(BundleError::Kind::BadMetadata,
                          "'" + path + "' is a finished model, not a training checkpoint");
    try {
        checkpoint.metadata = metadataFromJson(metadata);
        const nlohmann::json& state = metadata.at(kCheckpointKey);
        checkpoint.state.step = state.at("step").get<std::int64_t>();
        checkpoint.state.trainingSeconds = state.at("trainingSeconds").get<double>();
        checkpoint.state.recentLosses = state.at("recentLosses").get<std::vector<StepLosses>>();
    } catch (const std::exception& e) {
        throw BundleError(BundleError::Kind::BadMetadata,
                          "The checkpoint '" + path + "' has invalid metadata: " + e.what());
    }
    return checkpoint;
}

void restoreCheckpoint(const Checkpoint& checkpoint, LoadedModel& model, MethodTrainer& trainer)
{
    loadModuleStrict(model.module(), checkpoint.contents, kModelPrefix);
    trainer.restoreTrainingState(checkpoint.contents);
    const StoredTensor* rng = checkpoint.contents.find(kTorchRngName);
    if (!rng)
        throw BundleError(BundleError::Kind::MissingTensor, "The checkpoint lacks the random generator state");
    at::Generator generator = cpuGenerator();
    std::lock_guard<std::mutex> lock(generator.mutex());
    generator.set_state(tensorFromStored(*rng));
}

} // namespace anomalens::training
