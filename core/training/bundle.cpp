#include "training/bundle.h"

#include "training/bundlefile.h"

#include <cmath>

namespace anomalens::training {

namespace {

using nlohmann::json;

// JSON has no NaN: an unknown statistic is stored as null.
json number(double value)
{
    return std::isfinite(value) ? json(value) : json(nullptr);
}

double numberFrom(const json& value)
{
    return value.is_null() ? std::numeric_limits<double>::quiet_NaN() : value.get<double>();
}

json toJson(const SignalStats& stats)
{
    return {{"count", stats.count}, {"mean", number(stats.mean)}, {"std", number(stats.std)},
            {"min", number(stats.min)}, {"max", number(stats.max)}, {"p50", number(stats.p50)},
            {"p95", number(stats.p95)}, {"p99", number(stats.p99)}};
}

SignalStats statsFromJson(const json& j)
{
    SignalStats stats;
    stats.count = j.at("count").get<std::int64_t>();
    stats.mean = numberFrom(j.at("mean"));
    stats.std = numberFrom(j.at("std"));
    stats.min = numberFrom(j.at("min"));
    stats.max = numberFrom(j.at("max"));
    stats.p50 = numberFrom(j.at("p50"));
    stats.p95 = numberFrom(j.at("p95"));
    stats.p99 = numberFrom(j.at("p99"));
    return stats;
}

json toJson(const Calibration& calibration)
{
    json j = {{"source", calibration.source},
              {"frames", calibration.frames},
              {"psnrWeight", calibration.psnrWeight},
              {"psnrDb", toJson(calibration.psnrDb)},
              {"score", toJson(calibration.score)},
              {"threshold", number(calibration.threshold)},
              {"thresholdPercentile", calibration.thresholdPercentile},
              {"scoreDefinition",
               "psnrWeight * -(psnrDb - mean)/std + (1 - psnrWeight) * (featureDistance - mean)/std "
               "[+ destroyerWeight * (destroyerMse - mean)/std] [+ labelTripletWeight * (labelTriplet - mean)/std "
               "+ motionTripletWeight * (motionTriplet - mean)/std], statistics of held-out normal footage; "
               "threshold = thresholdPercentile of the calibration frames' scores"}};
    if (calibration.featureDistance)
        j["featureDistance"] = toJson(*calibration.featureDistance);
    // Only Destroyer bundles carry the keys, so older readers' bundles read as before.
    if (calibration.destroyerMse) {
        j["destroyerMse"] = toJson(*calibration.destroyerMse);
        j["destroyerWeight"] = calibration.destroyerWeight;
    }
    if (calibration.labelTriplet) {
        j["labelTriplet"] = toJson(*calibration.labelTriplet);
        j["labelTripletWeight"] = calibration.labelTripletWeight;
    }
    if (calibration.motionTriplet) {
        j["motionTriplet"] = toJson(*calibration.motionTriplet);
        j["motionTripletWeight"] = calibration.motionTripletWeight;
    }
    return j;
}

Calibration calibrationFromJson(const json& j)
{
    Calibration calibration;
    calibration.source = j.at("source").get<std::string>();
    calibration.frames = j.at("frames").get<std::int64_t>();
    calibration.psnrWeight = j.at("psnrWeight").get<double>();
    calibration.psnrDb = statsFromJson(j.at("psnrDb"));
    if (j.contains("featureDistance"))
        calibration.featureDistance = statsFromJson(j.at("featureDistance"));
    if (j.contains("destroyerMse")) {
        calibration.destroyerMse = statsFromJson(j.at("destroyerMse"));
        calibration.destroyerWeight = j.at("destroyerWeight").get<double>();
    }
    if (j.contains("labelTriplet")) {
        calibration.labelTriplet = statsFromJson(j.at("labelTriplet"));
        calibration.labelTripletWeight = j.at("labelTripletWeight").get<double>();
    }
    if (j.contains("motionTriplet")) {
        calibration.motionTriplet = statsFromJson(j.at("motionTriplet"));
        calibration.motionTripletWeight = j.at("motionTripletWeight").get<double>();
    }
    calibration.score = statsFromJson(j.at("score"));
    calibration.threshold = numberFrom(j.at("threshold"));
    calibration.thresholdPercentile = j.at("thresholdPercentile").get<double>();
    return calibration;
}

json toJson(const DestroyerRecord& destroyer)
{
    return {{"generatorMethod", destroyer.generatorMethod},
            {"generatorSha256", destroyer.generatorSha256},
            {"generatorPath", destroyer.generatorPath},
            {"generatorSteps", destroyer.generatorSteps},
            {"patchSize", destroyer.patchSize},
            {"diffLambda", destroyer.diffLambda},
            {"scoreWeights",
             {{"generator", destroyer.generatorScoreWeight}, {"destroyer", destroyer.destroyerScoreWeight}}}};
}

json toJson(const F2lmRecord& f2lm)
{
    return {{"motionCue", f2lm.motionCue},
            {"labelCue", f2lm.labelCue},
            {"labelChannels", f2lm.labelChannels},
            {"torchScriptSha256", f2lm.torchScriptSha256},
            {"tripletSignal", f2lm.tripletSignal},
            {"scoreWeights",
             {{"labelTriplet", f2lm.labelTripletWeight},
              {"motionTriplet", f2lm.motionTripletWeight},
              {"generator", f2lm.generatorScoreWeight}}}};
}

F2lmRecord f2lmFromJson(const json& j)
{
    F2lmRecord f2lm;
    f2lm.motionCue = j.at("motionCue").get<std::string>();
    f2lm.labelCue = j.at("labelCue").get<std::string>();
    f2lm.labelChannels = j.at("labelChannels").get<std::int64_t>();
    f2lm.torchScriptSha256 = j.at("torchScriptSha256").get<std::map<std::string, std::string>>();
    f2lm.labelTripletWeight = j.at("scoreWeights").at("labelTriplet").get<double>();
    f2lm.motionTripletWeight = j.at("scoreWeights").at("motionTriplet").get<double>();
    f2lm.generatorScoreWeight = j.at("scoreWeights").at("generator").get<double>();
    f2lm.tripletSignal = j.value("tripletSignal", std::string("triplet-hinge"));
    return f2lm;
}

DestroyerRecord destroyerFromJson(const json& j)
{
    DestroyerRecord destroyer;
    destroyer.generatorMethod = j.at("generatorMethod").get<std::string>();
    destroyer.generatorSha256 = j.at("generatorSha256").get<std::string>();
    destroyer.generatorPath = j.at("generatorPath").get<std::string>();
    destroyer.generatorSteps = j.at("generatorSteps").get<std::int64_t>();
    destroyer.patchSize = j.at("patchSize").get<std::int64_t>();
    destroyer.diffLambda = j.at("diffLambda").get<double>();
    destroyer.generatorScoreWeight = j.at("scoreWeights").at("generator").get<double>();
    destroyer.destroyerScoreWeight = j.at("scoreWeights").at("destroyer").get<double>();
    return destroyer;
}

json toJson(const FootageRecord& footage)
{
    json j = {{"path", footage.path}, {"kind", footage.kind}, {"sha256", footage.sha256},
              {"frameCount", footage.frameCount}, {"trainingFrames", footage.trainingFrames},
              {"heldOutFrames", footage.heldOutFrames}};
    // Only ranges carry the keys, so bundles of whole clips read as before.
    if (footage.firstFrame != 0 || footage.lastFrame >= 0) {
        j["firstFrame"] = footage.firstFrame;
        j["lastFrame"] = footage.lastFrame;
    }
    return j;
}

FootageRecord footageFromJson(const json& j)
{
    FootageRecord footage;
    footage.path = j.at("path").get<std::string>();
    footage.kind = j.at("kind").get<std::string>();
    footage.sha256 = j.at("sha256").get<std::string>();
    footage.frameCount = j.at("frameCount").get<std::int64_t>();
    footage.trainingFrames = j.at("trainingFrames").get<std::int64_t>();
    footage.heldOutFrames = j.at("heldOutFrames").get<std::int64_t>();
    footage.firstFrame = j.value("firstFrame", std::int64_t{0});
    footage.lastFrame = j.value("lastFrame", std::int64_t{-1});
    return footage;
}

json toJson(const std::vector<FootageRecord>& footage)
{
    json list = json::array();
    for (const FootageRecord& record : footage)
        list.push_back(toJson(record));
    return list;
}

std::vector<FootageRecord> footageListFromJson(const json& j)
{
    std::vector<FootageRecord> footage;
    for (const json& record : j)
        footage.push_back(footageFromJson(record));
    return footage;
}

json toJson(const TrainingRecord& training)
{
    return {{"steps", training.steps},
            {"stepsCompleted", training.stepsCompleted},
            {"batchSize", training.batchSize},
            {"seed", training.seed},
            {"heldOutFraction", training.heldOutFraction},
            {"optimizer", training.optimizer},
            {"learningRateSchedule", training.learningRateSchedule},
            {"learningRates", training.learningRates},
            {"lossWeights", training.lossWeights},
            {"finalLosses", training.finalLosses},
            {"notes", training.notes},
            {"durationSeconds", training.durationSeconds}};
}

TrainingRecord trainingFromJson(const json& j)
{
    TrainingRecord training;
    training.steps = j.at("steps").get<std::int64_t>();
    training.stepsCompleted = j.at("stepsCompleted").get<std::int64_t>();
    training.batchSize = j.at("batchSize").get<std::int64_t>();
    training.seed = j.at("seed").get<std::uint64_t>();
    training.heldOutFraction = j.at("heldOutFraction").get<double>();
    training.optimizer = j.at("optimizer").get<std::string>();
    training.learningRateSchedule = j.at("learningRateSchedule").get<std::string>();
    training.learningRates = j.at("learningRates").get<std::map<std::string, double>>();
    training.lossWeights = j.at("lossWeights").get<std::map<std::string, double>>();
    training.finalLosses = j.at("finalLosses").get<std::map<std::string, double>>();
    training.notes = j.at("notes").get<std::vector<std::string>>();
    training.durationSeconds = j.at("durationSeconds").get<double>();
    return training;
}

} // namespace

json toJson(const BundleMetadata& metadata)
{
    const models::ModelProfile& profile = metadata.profile;
    json j = {{"formatVersion", metadata.formatVersion},
            {"method", metadata.method},
            {"profile", {{"name", profile.name}, {"inputSize", profile.inputSize}, {"widths", profile.widths}}},
            {"inputFrames", metadata.inputFrames},
            {"memoryItems", metadata.memoryItems},
            {"trainingFootage", toJson(metadata.trainingFootage)},
            {"calibrationFootage", toJson(metadata.calibrationFootage)},
            {"training", toJson(metadata.training)},
            {"createdUtc", metadata.createdUtc},
            {"anomalensVersion", metadata.anomalensVersion},
            {"libtorchVersion", metadata.libtorchVersion},
            {"device", metadata.device},
            {"calibration", metadata.calibration ? toJson(*metadata.calibration) : json(nullptr)},
            {"defaultThreshold", number(metadata.defaultThreshold)}};
    if (metadata.destroyer)
        j["destroyer"] = toJson(*metadata.destroyer);
    if (metadata.f2lm)
        j["f2lm"] = toJson(*metadata.f2lm);
    return j;
}

BundleMetadata metadataFromJson(const json& j)
{
    try {
        BundleMetadata metadata;
        metadata.formatVersion = j.at("formatVersion").get<std::uint32_t>();
        metadata.method = j.at("method").get<std::string>();
        const json& profile = j.at("profile");
        metadata.profile.name = profile.at("name").get<std::string>();
        metadata.profile.inputSize = profile.at("inputSize").get<std::int64_t>();
        metadata.profile.widths = profile.at("widths").get<std::array<std::int64_t, 4>>();
        metadata.inputFrames = j.at("inputFrames").get<std::int64_t>();
        metadata.memoryItems = j.at("memoryItems").get<std::int64_t>();
        metadata.trainingFootage = footageListFromJson(j.at("trainingFootage"));
        metadata.calibrationFootage = footageListFromJson(j.at("calibrationFootage"));
        metadata.training = trainingFromJson(j.at("training"));
        metadata.createdUtc = j.at("createdUtc").get<std::string>();
        metadata.anomalensVersion = j.at("anomalensVersion").get<std::string>();
        metadata.libtorchVersion = j.at("libtorchVersion").get<std::string>();
        metadata.device = j.at("device").get<std::string>();
        if (j.contains("destroyer"))
            metadata.destroyer = destroyerFromJson(j.at("destroyer"));
        if (j.contains("f2lm"))
            metadata.f2lm = f2lmFromJson(j.at("f2lm"));
        if (!j.at("calibration").is_null())
            metadata.calibration = calibrationFromJson(j.at("calibration"));
        metadata.defaultThreshold = numberFrom(j.at("defaultThreshold"));
        return metadata;
    } catch (const json::exception& e) {
        throw BundleError(BundleError::Kind::BadMetadata, std::string("Invalid model metadata: ") + e.what());
    }
}

json readBundleMetadataJson(const std::string& path)
{
    return readBundleFile(path, TensorLoading::Skip).metadata;
}

BundleMetadata readBundleMetadata(const std::string& path)
{
    const json metadata = readBundleMetadataJson(path);
    try {
        return metadataFromJson(metadata);
    } catch (const BundleError& e) {
        throw BundleError(e.kind(), "The model '" + path + "': " + e.what());
    }
}

F2lmRecord f2lmRecordFor(const cues::CueConfig& config, std::int64_t labelChannels)
{
    F2lmRecord record;
    record.motionCue = config.motion;
    record.labelCue = config.label;
    record.labelChannels = labelChannels;
    record.torchScriptSha256 = cues::torchScriptHashes(config);
    return record;
}

void checkCueFiles(const F2lmRecord& record)
{
    std::map<std::string, std::string> now;
    try {
        now = cues::torchScriptHashes(record.cueConfig());
    } catch (const std::exception& e) {
        throw std::invalid_argument(std::string("The model's cue model cannot be read: ") + e.what());
    }
    for (const auto& [cue, sha256] : record.torchScriptSha256)
        if (now[cue] != sha256)
            throw std::invalid_argument("The model was trained with a " + cue + " cue model of SHA-256 " + sha256 +
                                        "; the file it names now has " +
                                        (now[cue].empty() ? std::string("none") : now[cue]));
}

} // namespace anomalens::training
