#include "training/generatorbundle.h"

#include "evidence/sha256.h"
#include "training/checkpoint.h"

#include <filesystem>
#include <stdexcept>

namespace anomalens::training {

GeneratorSource inspectGeneratorBundle(const std::string& path)
{
    if (path.empty())
        throw std::invalid_argument("The Destroyer is trained on a finished generator model: name it with "
                                    "--generator MODEL.alm (an ffp or f2lm model)");
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw std::invalid_argument("The generator model '" + path + "' does not exist");
    const nlohmann::json json = readBundleMetadataJson(path);
    if (isCheckpoint(json))
        throw std::invalid_argument("The generator '" + path +
                                    "' is a training checkpoint: finish its training (--resume) first");
    GeneratorSource source;
    source.path = path;
    source.metadata = metadataFromJson(json);
    std::string carriers;
    for (const Method method : allMethods())
        if (canCarryDestroyer(method))
            carriers += (carriers.empty() ? "" : ", ") + methodName(method);
    bool known = true;
    try {
        source.method = methodFromName(source.metadata.method);
    } catch (const std::invalid_argument&) {
        known = false;
    }
    if (!known || !canCarryDestroyer(source.method))
        throw std::invalid_argument("The generator '" + path + "' is a " + source.metadata.method +
                                    " model; a Destroyer needs a frame-predicting generator (" + carriers + ")");
    source.sha256 = evidence::sha256File(path);
    return source;
}

void loadFrozenGenerator(LoadedModel& model, const GeneratorSource& source)
{
    const models::ModelProfile& wanted = model.metadata.profile;
    const models::ModelProfile& have = source.metadata.profile;
    if (have.inputSize != wanted.inputSize || have.widths != wanted.widths)
        throw std::invalid_argument("The generator '" + source.path + "' has the profile " + have.name +
                                    "; the Destroyer is being built for " + wanted.name);
    torch::nn::Module& generator = model.generatorModule();
    const BundleContents contents = readBundleFile(source.path, TensorLoading::Load);
    // The file may have changed since it was inspected and hashed.
    if (evidence::sha256File(source.path) != source.sha256)
        throw std::invalid_argument("The generator '" + source.path + "' changed while training started");
    const c10::Device device = model.device;
    generator.to(c10::kCPU);
    loadModuleStrict(generator, contents, kModelPrefix);
    generator.to(device);
    generator.eval();
    for (at::Tensor parameter : generator.parameters())
        parameter.set_requires_grad(false);
}

} // namespace anomalens::training
