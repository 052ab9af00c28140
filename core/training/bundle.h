#pragma once
// The model bundle: ONE file per trained model holding the weights, the
// BatchNorm buffers, MNAD's memory items and the metadata below (layout in
// bundlefile.h; DESIGN.md "Model bundle"). This header is torch-free: the GUI
// reads a bundle's metadata through it without linking a model.
//
// Invariant: a BundleMetadata read from a file comes from a file whose
// magic, version, structure and SHA-256 were all verified first.
#include "cues/cues.h"
#include "models/profile.h"
#include "training/calibration.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace anomalens::training {

// The container layout this build writes, and the newest it reads.
inline constexpr std::uint32_t kBundleFormatVersion = 1;

class BundleError : public std::runtime_error {
public:
    enum class Kind {
        Io,               // cannot open, read or write the file
        NotABundle,       // wrong magic bytes
        NewerVersion,     // written by a newer Anomalens
        Truncated,        // the file ends before its structure does
        Corrupt,          // implausible structure (unknown dtype, trailing bytes, ...)
        ChecksumMismatch, // the content does not match its SHA-256
        BadMetadata,      // the JSON is not valid bundle metadata
        MissingTensor,    // a tensor the model needs is not in the file
        UnexpectedTensor, // the file holds a tensor the model does not have
        ShapeMismatch,    // a tensor's shape or dtype differs from the model's
    };
    BundleError(Kind kind, const std::string& message) : std::runtime_error(message), m_kind(kind) {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// One clip of footage a model was trained or calibrated on.
struct FootageRecord {
    std::string path;
    // "file": SHA-256 of the file. "folder" (image sequence): SHA-256 of the
    // `LC_ALL=C sha256sum *` manifest of the folder (evidence::sha256Directory),
    // i.e. over the sorted file names and each file's SHA-256.
    std::string kind;
    std::string sha256;
    std::int64_t frameCount = 0;      // frames decoded (of the range)
    std::int64_t trainingFrames = 0;  // the leading frames training sampled from
    std::int64_t heldOutFrames = 0;   // the trailing frames kept for calibration
    // The part of the clip used, 0-based and inclusive (footage.h's
    // "PATH@FIRST-LAST"); lastFrame -1 = the whole clip.
    std::int64_t firstFrame = 0;
    std::int64_t lastFrame = -1;
};

struct TrainingRecord {
    std::int64_t steps = 0;           // planned
    std::int64_t stepsCompleted = 0;
    std::int64_t batchSize = 0;
    std::uint64_t seed = 0;
    double heldOutFraction = 0.0;
    std::string optimizer;            // e.g. "Adam (beta1 0.9, beta2 0.999)"
    std::string learningRateSchedule; // e.g. "cosine annealing to 0 over the planned steps"
    std::map<std::string, double> learningRates; // "model" or "generator"/"discriminator"
    std::map<std::string, double> lossWeights;
    std::map<std::string, double> finalLosses;   // mean over the last steps
    std::vector<std::string> notes;   // deviations from the papers, said plainly
    double durationSeconds = 0.0;
};

// What a Destroyer bundle (method "destroyer", F2LM phase 2) was trained on
// top of, and how its scores are mixed. The generator's own weights are in
// the bundle too; this names the file they came from.
struct DestroyerRecord {
    std::string generatorMethod;       // the generator bundle's method, e.g. "ffp"
    std::string generatorSha256;       // SHA-256 of the generator bundle file
    std::string generatorPath;         // where it was read from (informative only)
    std::int64_t generatorSteps = 0;   // the generator's completed training steps
    std::int64_t patchSize = 0;        // pixels per side of the Destroyer's patches
    double diffLambda = 4.0;           // lambda of diff_p = min(lambda (1 - SSIM), 1)
    // The calibrated score's weights (calibration.h): g3 on the generator's
    // PSNR, g4 on the Destroyer's error. METHODS.md's Ped2 values by default.
    double generatorScoreWeight = 0.48;
    double destroyerScoreWeight = 1.0;
};

// What an F2LM generator (method "f2lm", and a Destroyer trained on one) needs
// besides its weights: the cue providers it was trained with (core/cues; the
// analyzer must compute the same cues) and the weights of its triplet
// signals in the calibrated score.
// F2LM's test-time triplet signals: d(Z', Z), models::featureDistance.
inline constexpr const char* kF2lmTripletSignal = "translation-distance";

struct F2lmRecord {
    std::string motionCue;                 // cues::CueConfig::motion, e.g. "dis"
    std::string labelCue;                  // cues::CueConfig::label, e.g. "bgsub"
    std::int64_t labelChannels = 0;        // L, classes per frame of the label cue
    // "motion" / "label" -> SHA-256 of the TorchScript file a cue came from.
    std::map<std::string, std::string> torchScriptSha256;
    double labelTripletWeight = 0.02;      // g1 (METHODS.md, Ped2)
    double motionTripletWeight = 0.50;     // g2
    // g3 on the generator's PSNR; a Destroyer bundle uses its DestroyerRecord's.
    double generatorScoreWeight = 0.48;
    // What the calibration's triplet statistics measure: kF2lmTripletSignal,
    // or "triplet-hinge" for bundles written before the signal became the
    // translation distance (their statistics would not fit today's signal).
    std::string tripletSignal = kF2lmTripletSignal;

    cues::CueConfig cueConfig() const { return {motionCue, labelCue}; }
};

// The record of a model trained with `config`'s cues, L = labelChannels.
F2lmRecord f2lmRecordFor(const cues::CueConfig& config, std::int64_t labelChannels);

// Throws std::invalid_argument when a TorchScript cue file the record names
// is missing or no longer has the SHA-256 it was trained with: its cues, and
// so every score, would differ.
void checkCueFiles(const F2lmRecord& record);

struct BundleMetadata {
    std::uint32_t formatVersion = kBundleFormatVersion;
    std::string method;               // methodName(): "mnad-pred", "mnad-recon", "ffp", "f2lm", "destroyer"
    models::ModelProfile profile;     // name, input size, widths
    std::int64_t inputFrames = 0;
    std::int64_t memoryItems = 0;     // MNAD only; 0 otherwise
    std::vector<FootageRecord> trainingFootage;
    std::vector<FootageRecord> calibrationFootage;
    TrainingRecord training;
    std::string createdUtc;           // ISO-8601, e.g. "2024-05-01T12:34:56.789Z"
    std::string anomalensVersion;
    std::string libtorchVersion;
    std::string device;               // what it was trained on, e.g. "CPU (8 threads)"
    std::optional<DestroyerRecord> destroyer; // method "destroyer" only
    std::optional<F2lmRecord> f2lm;   // "f2lm", and a Destroyer on an F2LM generator
    std::optional<Calibration> calibration; // absent in checkpoints
    double defaultThreshold = 0.0;    // on the calibrated score (calibration.h)
};

nlohmann::json toJson(const BundleMetadata& metadata);
// Throws BundleError (BadMetadata) naming the missing or malformed field.
BundleMetadata metadataFromJson(const nlohmann::json& json);

// Reads and verifies the bundle, then returns its metadata without loading
// any tensor. Throws BundleError.
BundleMetadata readBundleMetadata(const std::string& path);

// The metadata exactly as stored (the JSON of readBundleMetadata, plus any
// field a newer minor writer added), e.g. for `anomalens-cli model info`.
nlohmann::json readBundleMetadataJson(const std::string& path);

} // namespace anomalens::training
