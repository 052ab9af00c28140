// train, model info: learning what is normal for a camera from its footage,
// and showing what a model bundle holds.
#include "cliutil.h"
#include "commands.h"

#include "evidence/sha256.h"
#include "training/bundle.h"
#include "training/footage.h"
#include "training/trainer.h"

#include <cstdio>
#include <filesystem>
#include <memory>
#include <sstream>

namespace anomalens::cli {
namespace {

std::string trainingDetail(const training::TrainingProgress& progress)
{
    std::ostringstream text;
    text << "step " << progress.done << "/" << progress.total;
    text.precision(4);
    // The loss being minimised first, then its parts.
    if (progress.losses.count("loss"))
        text << "  loss " << progress.losses.at("loss");
    for (const auto& [name, value] : progress.losses)
        if (name != "loss")
            text << "  " << name << " " << value;
    text.precision(3);
    if (progress.stepsPerSecond > 0.0)
        text << "  " << progress.stepsPerSecond << " steps/s  ETA " << formatDuration(progress.etaSeconds);
    return text.str();
}

// Shows one progress line per phase (reading, training, calibrating).
class TrainingProgressView {
public:
    void update(const training::TrainingProgress& progress)
    {
        if (!m_line || progress.phase != m_phase || progress.stage != m_stage) {
            m_line.reset(); // finishes the previous phase's line
            m_phase = progress.phase;
            m_stage = progress.stage;
            std::string text = label(progress.phase);
            if (progress.stages == 2) // F2LM's two phases
                text = (progress.stage == 1 ? "generator: " : "Destroyer: ") + text;
            m_line = std::make_unique<ProgressLine>(text);
        }
        switch (progress.phase) {
        case training::TrainingPhase::ReadingFootage:
            m_line->update(0.0, std::to_string(progress.done) + " clips read");
            break;
        case training::TrainingPhase::Training:
            m_line->update(double(progress.done) / double(progress.total), trainingDetail(progress));
            break;
        case training::TrainingPhase::Calibrating:
            m_line->update(double(progress.done) / double(progress.total),
                           std::to_string(progress.done) + "/" + std::to_string(progress.total) + " frames");
            break;
        }
    }
    void finish() { m_line.reset(); }

private:
    static const char* label(training::TrainingPhase phase)
    {
        switch (phase) {
        case training::TrainingPhase::ReadingFootage:
            return "reading footage";
        case training::TrainingPhase::Training:
            return "training";
        case training::TrainingPhase::Calibrating:
            return "calibrating";
        }
        return "";
    }

    training::TrainingPhase m_phase = training::TrainingPhase::ReadingFootage;
    int m_stage = 1;
    std::unique_ptr<ProgressLine> m_line;
};

struct TrainArgs {
    std::string method = "mnad-pred";
    std::string profile = "lite";
    std::vector<std::string> data;
    std::vector<std::string> calibrationData;
    std::string out;
    std::int64_t steps = 2000;
    std::int64_t batch = 4;
    std::uint64_t seed = 1;
    double heldOut = 0.1;
    double checkpointMinutes = 10.0;
    bool resume = false;
    std::string generator;
    double generatorWeight = 0.48;
    double destroyerWeight = 1.0;
    double labelWeight = 0.02;
    double motionWeight = 0.50;
    std::string motionCue = "dis";
    std::string labelCue = "bgsub";
    std::int64_t destroyerSteps = 0; // f2lm: then a Destroyer on it, in the same command
};

// The command that continues a cancelled run.
std::string resumeCommand(const TrainArgs& args)
{
    std::ostringstream command;
    command << "anomalens-cli train --method " << args.method;
    if (args.generator.empty())
        command << " --profile " << args.profile;
    else
        command << " --generator '" << args.generator << "'";
    command << " --generator-weight " << args.generatorWeight << " --destroyer-weight " << args.destroyerWeight
            << " --label-weight " << args.labelWeight << " --motion-weight " << args.motionWeight;
    if (args.method == "f2lm") {
        command << " --motion-cue '" << args.motionCue << "' --label-cue '" << args.labelCue << "'";
        if (args.destroyerSteps > 0)
            command << " --destroyer-steps " << args.destroyerSteps;
    }
    command << " --data";
    for (const std::string& path : args.data)
        command << " '" << path << "'";
    if (!args.calibrationData.empty()) {
        command << " --calibration-data";
        for (const std::string& path : args.calibrationData)
            command << " '" << path << "'";
    } else {
        command << " --held-out " << args.heldOut;
    }
    command << " --out '" << args.out << "' --steps " << args.steps << " --batch " << args.batch << " --seed "
            << args.seed << " --resume";
    return command.str();
}

// CLI::ExistingPath, but also accepting "PATH@FIRST-LAST" ranges of a clip.
const CLI::Validator footagePathOrRange(
    [](std::string& text) -> std::string {
        std::error_code ec;
        if (std::filesystem::exists(text, ec))
            return {};
        if (const auto range = training::parseFootageRangeSpec(text)) {
            if (std::filesystem::exists(range->path, ec))
                return {};
            return "Path does not exist: " + range->path;
        }
        return "Path does not exist: " + text;
    },
    "PATH[@FIRST-LAST]");

void printResult(const training::TrainingResult& result)
{
    const training::BundleMetadata& metadata = result.metadata;
    std::printf("model written to %s\n  sha256 %s\n  %s, profile %s, %lld steps in %s, final loss %.5g\n",
                result.modelPath.c_str(), evidence::sha256File(result.modelPath).c_str(), metadata.method.c_str(),
                metadata.profile.name.c_str(), static_cast<long long>(metadata.training.stepsCompleted),
                formatDuration(metadata.training.durationSeconds).c_str(),
                metadata.training.finalLosses.count("loss") ? metadata.training.finalLosses.at("loss") : 0.0);
    if (metadata.calibration)
        std::printf("  calibrated on %lld frames: PSNR %.2f +- %.2f dB, default threshold %.3f\n",
                    static_cast<long long>(metadata.calibration->frames), metadata.calibration->psnrDb.mean,
                    metadata.calibration->psnrDb.std, metadata.defaultThreshold);
    if (metadata.calibration && metadata.calibration->destroyerMse && metadata.destroyer)
        std::printf("  Destroyer error (MSE) %.3g +- %.3g on them; score = %.2f * generator + %.2f * Destroyer\n"
                    "  generator %s (sha256 %s)\n",
                    metadata.calibration->destroyerMse->mean, metadata.calibration->destroyerMse->std,
                    metadata.destroyer->generatorScoreWeight, metadata.destroyer->destroyerScoreWeight,
                    metadata.destroyer->generatorPath.c_str(), metadata.destroyer->generatorSha256.c_str());
    if (metadata.calibration && metadata.calibration->labelTriplet && metadata.calibration->motionTriplet &&
        metadata.f2lm)
        std::printf("  triplet distances on them: label %.3g +- %.3g, motion %.3g +- %.3g (cues %s, %s; %lld "
                    "label channels); weights label %.2f, motion %.2f\n",
                    metadata.calibration->labelTriplet->mean, metadata.calibration->labelTriplet->std,
                    metadata.calibration->motionTriplet->mean, metadata.calibration->motionTriplet->std,
                    metadata.f2lm->motionCue.c_str(), metadata.f2lm->labelCue.c_str(),
                    static_cast<long long>(metadata.f2lm->labelChannels), metadata.calibration->labelTripletWeight,
                    metadata.calibration->motionTripletWeight);
}

// trainModel() with the progress view and Ctrl-C; exits the command (with
// the resume hint) when cancelled.
void runPhase(const TrainArgs& args, const training::TrainingOptions& phase)
{
    training::TrainingOptions options = phase;
    TrainingProgressView view;
    options.progress = [&view](const training::TrainingProgress& progress) { view.update(progress); };
    training::TrainingResult result;
    {
        const InterruptScope interrupt;
        options.cancel = interrupt.flag();
        result = training::trainModel(options);
    }
    view.finish();
    if (result.cancelled) {
        if (result.checkpointPath.empty()) {
            std::fprintf(stderr, "training cancelled before it began; nothing was saved\n");
        } else {
            std::fprintf(stderr,
                         "training stopped after %lld of %lld steps; checkpoint saved to %s\n"
                         "resume with:\n  %s\n",
                         static_cast<long long>(result.stepsCompleted), static_cast<long long>(options.steps),
                         result.checkpointPath.c_str(), resumeCommand(args).c_str());
        }
        throw CLI::RuntimeError(kInterruptedExitCode);
    }
    if (!result.generatorModelPath.empty())
        std::printf("generator alone kept in %s\n", result.generatorModelPath.c_str());
    printResult(result);
}

void runTraining(const TrainArgs& args)
{
    training::TrainingOptions options;
    options.method = training::methodFromName(args.method);
    options.profile = models::profileByName(args.profile);
    options.data = args.data;
    options.calibrationData = args.calibrationData;
    options.outputPath = args.out;
    options.steps = args.steps;
    options.batchSize = args.batch;
    options.seed = args.seed;
    options.heldOutFraction = args.heldOut;
    options.resume = args.resume;
    options.checkpointIntervalSeconds = args.checkpointMinutes * 60.0;
    options.generatorPath = args.generator;
    options.generatorScoreWeight = args.generatorWeight;
    options.destroyerScoreWeight = args.destroyerWeight;
    options.labelTripletWeight = args.labelWeight;
    options.motionTripletWeight = args.motionWeight;
    options.cues = {args.motionCue, args.labelCue};
    options.destroyerSteps = args.destroyerSteps;
    runPhase(args, options);
}

void registerTrain(CLI::App& app)
{
    auto* cmd = app.add_subcommand("train", "Train a model on footage of a camera's normal activity, calibrate it "
                                            "on held-out normal frames, and write a model bundle");
    auto args = std::make_shared<TrainArgs>();
    cmd->add_option("--method", args->method,
                    "mnad-pred, mnad-recon, ffp, f2lm (F2LM's generator, with motion and label cues), or "
                    "destroyer (F2LM's Destroyer on a finished ffp or f2lm model, --generator)")
        ->check(CLI::IsMember({"mnad-pred", "mnad-recon", "ffp", "f2lm", "destroyer"}))
        ->capture_default_str();
    auto* profile = cmd->add_option("--profile", args->profile,
                                    "paper (256 px, as published), lite (128 px, half the channels, CPU-friendly) "
                                    "or small (128 px, a quarter of the channels); a Destroyer takes its "
                                    "generator's")
                        ->check(CLI::IsMember({"lite", "paper", "small"}))
                        ->capture_default_str();
    cmd->add_option("--generator", args->generator,
                    "Destroyer only: the finished ffp or f2lm model it is trained on (kept frozen, and copied "
                    "into the new model)")
        ->check(CLI::ExistingFile)
        ->excludes(profile);
    cmd->add_option("--generator-weight", args->generatorWeight,
                    "f2lm and destroyer: weight g3 of the generator's PSNR in the score")
        ->check(CLI::Range(0.0, 100.0))
        ->capture_default_str();
    cmd->add_option("--destroyer-weight", args->destroyerWeight,
                    "Destroyer only: weight g4 of the Destroyer's error in the score")
        ->check(CLI::Range(0.0, 100.0))
        ->capture_default_str();
    cmd->add_option("--label-weight", args->labelWeight,
                    "f2lm (and a Destroyer on one): weight g1 of the label triplet distance in the score")
        ->check(CLI::Range(0.0, 100.0))
        ->capture_default_str();
    cmd->add_option("--motion-weight", args->motionWeight,
                    "f2lm (and a Destroyer on one): weight g2 of the motion triplet distance in the score")
        ->check(CLI::Range(0.0, 100.0))
        ->capture_default_str();
    cmd->add_option("--motion-cue", args->motionCue,
                    "f2lm: optical flow, dis or farneback (OpenCV), or torchscript:PATH (a flow model of "
                    "yours: [1, 6, S, S] two frames in [0, 1] -> [1, 2, h, w] flow in pixels)")
        ->capture_default_str();
    cmd->add_option("--label-cue", args->labelCue,
                    "f2lm: bgsub (background subtraction split by blob shape, no network) or torchscript:PATH "
                    "(a segmentation model of yours: [1, 3, S, S] in [0, 1] -> [1, L, h, w] class scores)")
        ->capture_default_str();
    cmd->add_option("--destroyer-steps", args->destroyerSteps,
                    "f2lm: then train a Destroyer on it for this many steps, in the same command (the generator "
                    "alone is kept as OUT with .generator before the extension)")
        ->check(CLI::Range(0, 100000000));
    cmd->add_option("--data", args->data,
                    "Normal footage: video files, folders of frames (one clip each), or folders of those; "
                    "PATH@FIRST-LAST takes frames FIRST..LAST (0-based, inclusive) of one clip")
        ->required()
        ->check(footagePathOrRange);
    cmd->add_option("--calibration-data", args->calibrationData,
                    "Normal footage to calibrate on instead of holding out the end of each training clip")
        ->check(CLI::ExistingPath);
    cmd->add_option("--out,-o", args->out, "Model bundle to write")->required();
    cmd->add_option("--steps", args->steps, "Training steps")->check(CLI::Range(1, 100000000))->capture_default_str();
    cmd->add_option("--batch", args->batch, "Batch size")->check(CLI::Range(1, 1024))->capture_default_str();
    cmd->add_option("--seed", args->seed, "Random seed")->capture_default_str();
    cmd->add_option("--held-out", args->heldOut, "Part of each training clip, at its end, kept for calibration")
        ->check(CLI::Range(0.01, 0.9))
        ->capture_default_str();
    cmd->add_option("--checkpoint-minutes", args->checkpointMinutes,
                    "Write a checkpoint this often (0: only on Ctrl-C)")
        ->check(CLI::Range(0.0, 1e6))
        ->capture_default_str();
    cmd->add_flag("--resume", args->resume, "Continue from MODEL.checkpoint, left by a cancelled run");
    cmd->callback([args] {
        if (args->method == "destroyer" && args->generator.empty())
            throw CLI::ValidationError("--generator", "--method destroyer needs --generator FFP_MODEL.alm, the "
                                                      "finished ffp model to train the Destroyer on");
        if (args->method != "destroyer" && !args->generator.empty())
            throw CLI::ValidationError("--generator", "only --method destroyer takes a generator model");
        if (args->method != "f2lm" && args->destroyerSteps > 0)
            throw CLI::ValidationError("--destroyer-steps", "only --method f2lm trains a Destroyer in the same "
                                                            "command; for ffp, train it with --method destroyer");
        runTraining(*args);
    });
}

void registerModel(CLI::App& app)
{
    auto* cmd = app.add_subcommand("model", "Model bundles");
    cmd->require_subcommand(1);
    auto* info = cmd->add_subcommand("info", "Verify a model bundle and print its metadata as JSON");
    auto path = std::make_shared<std::string>();
    info->add_option("MODEL", *path, "Model bundle")->required()->check(CLI::ExistingFile);
    info->callback([path] { std::printf("%s\n", training::readBundleMetadataJson(*path).dump(2).c_str()); });
}

} // namespace

void registerTrainCommands(CLI::App& app)
{
    registerTrain(app);
    registerModel(app);
}

} // namespace anomalens::cli
