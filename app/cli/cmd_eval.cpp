// eval, bench infer|peak|cues: how well and how fast a model scores footage.
#include "cliutil.h"
#include "commands.h"

#include "analysis/datasetevaluation.h"
#include "cues/cues.h"
#include "media/videosource.h"
#include "models/device.h"
#include "models/throughput.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>

namespace anomalens::cli {
namespace {

using nlohmann::json;

std::string percent(const std::optional<double>& auc)
{
    char text[16];
    if (!auc)
        return "   -  ";
    std::snprintf(text, sizeof text, "%6.2f", 100.0 * *auc);
    return text;
}

json protocolJson(const eval::ProtocolResult& result)
{
    json videos = json::array();
    for (const eval::VideoResult& video : result.videos)
        videos.push_back({{"video", video.video},
                          {"frames", video.framesEvaluated},
                          {"auc", video.auc ? json(*video.auc) : json()}});
    return {{"auc", result.auc},
            {"eer", result.eer.eer},
            {"eer_threshold", result.eer.threshold},
            {"frames", result.framesEvaluated},
            {"videos", videos}};
}

struct EvalArgs {
    std::string model;
    std::string dataset;
    std::string precision = "fp32";
    double smoothing = 0.0;
    std::string jsonPath;
};

void runEval(const EvalArgs& args)
{
    analysis::AnalyzerOptions analyzerOptions;
    analyzerOptions.precision = analysis::precisionFromString(args.precision);
    analysis::Analyzer analyzer(args.model, analyzerOptions);
    const training::BundleMetadata& metadata = analyzer.metadata();
    std::fprintf(stderr, "model %s: %s, profile %s, %lld training steps, on %s, %s\n", args.model.c_str(),
                 metadata.method.c_str(), metadata.profile.name.c_str(),
                 static_cast<long long>(metadata.training.stepsCompleted), analyzer.deviceDescription().c_str(),
                 args.precision.c_str());

    const InterruptScope interrupt;
    analysis::DatasetEvaluationOptions options;
    options.smoothingSigmaFrames = args.smoothing;
    options.cancel = interrupt.flag();
    ProgressLine progress("evaluating");
    options.progress = [&](std::size_t done, std::size_t total, const analysis::ClipSignals& clip) {
        progress.update(double(done) / double(total), "clip " + clip.clip);
    };
    const analysis::DatasetEvaluation result = analysis::evaluateDataset(analyzer, args.dataset, options);
    progress.finish();
    if (result.cancelled) {
        std::fprintf(stderr, "evaluation interrupted\n");
        throw CLI::RuntimeError(kInterruptedExitCode);
    }

    std::printf("frame-level ROC AUC (%%), first %d frames of each clip dropped%s\n", options.framesToDrop,
                args.smoothing > 0.0 ? ", Gaussian smoothing" : "");
    std::printf("  clip   frames  calibrated  per-video\n");
    for (std::size_t i = 0; i < result.clips.size(); ++i)
        std::printf("  %-6s %6lld      %s     %s\n", result.clips[i].clip.c_str(),
                    static_cast<long long>(result.calibrated.videos[i].framesEvaluated),
                    percent(result.calibrated.videos[i].auc).c_str(), percent(result.perVideo.videos[i].auc).c_str());
    std::printf("  all    %6lld      %s     %s\n", static_cast<long long>(result.calibrated.framesEvaluated),
                percent(result.calibrated.auc).c_str(), percent(result.perVideo.auc).c_str());
    std::printf("  EER                %s     %s\n", percent(result.calibrated.eer.eer).c_str(),
                percent(result.perVideo.eer.eer).c_str());
    if (result.generatorOnlyCalibrated && result.generatorOnlyPerVideo)
        std::printf("  generator alone    %s     %s   (without the Destroyer)\n",
                    percent(result.generatorOnlyCalibrated->auc).c_str(),
                    percent(result.generatorOnlyPerVideo->auc).c_str());
    if (result.signalAlonePerVideo.size() > 1) {
        std::printf("  each signal alone, per video:");
        for (const auto& [name, alone] : result.signalAlonePerVideo)
            std::printf("  %s %s", name.c_str(), percent(alone.auc).c_str());
        std::printf("\n");
    }
    std::printf("%lld frames scored in %.1f s (%.1f frames/s end to end)\n",
                static_cast<long long>(result.framesScored), result.wallSeconds,
                result.wallSeconds > 0 ? result.framesScored / result.wallSeconds : 0.0);

    if (!args.jsonPath.empty()) {
        json signalsAlone = json::object();
        for (const auto& [name, alone] : result.signalAlonePerVideo)
            signalsAlone[name] = protocolJson(alone);
        const json document = {{"model", args.model},
                               {"method", metadata.method},
                               {"profile", metadata.profile.name},
                               {"steps", metadata.training.stepsCompleted},
                               {"dataset", args.dataset},
                               {"precision", args.precision},
                               {"smoothing_sigma_frames", args.smoothing},
                               {"calibrated", protocolJson(result.calibrated)},
                               {"per_video", protocolJson(result.perVideo)},
                               {"generator_only",
                                result.generatorOnlyCalibrated && result.generatorOnlyPerVideo
                                    ? json{{"calibrated", protocolJson(*result.generatorOnlyCalibrated)},
                                           {"per_video", protocolJson(*result.generatorOnlyPerVideo)}}
                                    : json()},
                               {"signal_alone_per_video", signalsAlone},
                               {"frames_scored", result.framesScored},
                               {"seconds", result.wallSeconds}};
        std::ofstream out(args.jsonPath);
        out << document.dump(2) << '\n';
        if (!out.flush())
            throw std::runtime_error("Cannot write " + args.jsonPath);
    }
}

void registerEval(CLI::App& app)
{
    auto* cmd = app.add_subcommand("eval", "Frame-level ROC AUC and EER of a model on a labelled benchmark dataset "
                                           "(UCSD Ped2 layout: testing/frames/<clip>/, testing/labels.csv)");
    auto args = std::make_shared<EvalArgs>();
    cmd->add_option("--model,-m", args->model, "Model bundle")->required()->check(CLI::ExistingFile);
    cmd->add_option("--dataset,-d", args->dataset, "Dataset folder")->required()->check(CLI::ExistingDirectory);
    cmd->add_option("--precision", args->precision, "fp32 or bf16")
        ->check(CLI::IsMember({"fp32", "bf16"}))
        ->capture_default_str();
    cmd->add_option("--smooth", args->smoothing, "Gaussian smoothing of the score, sigma in frames (0: none)")
        ->check(CLI::Range(0.0, 1000.0))
        ->capture_default_str();
    cmd->add_option("--json", args->jsonPath, "Also write the results as JSON");
    cmd->callback([args] { runEval(*args); });
}

struct BenchArgs {
    std::string model;
    std::string video;
    std::string precision = "both";
    std::int64_t batch = 8;
    std::int64_t maxFrames = 0;
    std::string layout = "nhwc";
};

void benchOnce(const BenchArgs& args, analysis::Precision precision)
{
    analysis::AnalyzerOptions options;
    options.precision = precision;
    options.batchFrames = args.batch;
    options.channelsLast = args.layout == "nhwc";
    analysis::Analyzer analyzer(args.model, options);
    // Warm-up: the first batch pays for one-off kernel selection and allocation.
    std::atomic<bool> stop{true};
    analyzer.analyze(args.video, {}, {}, &stop);

    std::atomic<bool> enough{false};
    const analysis::StreamSummary s = analyzer.analyze(
        args.video,
        [&](const std::vector<analysis::AnalyzedFrame>& frames, const analysis::ResumePoint&) {
            if (args.maxFrames > 0 && frames.back().frameIndex + 1 >= args.maxFrames)
                enough = true;
        },
        {}, &enough);
    const auto rate = [](std::int64_t frames, double seconds) { return seconds > 0.0 ? frames / seconds : 0.0; };
    std::printf("%s, %s, %s, batch %lld, %s, %s\n", analyzer.metadata().method.c_str(),
                analyzer.metadata().profile.name.c_str(), analysis::toString(precision),
                static_cast<long long>(args.batch), args.layout.c_str(), analyzer.deviceDescription().c_str());
    std::printf("  decode      %8.1f frames/s  (%lld frames in %.2f s, own thread)\n",
                rate(s.framesDecoded, s.stages.decode), static_cast<long long>(s.framesDecoded), s.stages.decode);
    std::printf("  preprocess  %8.1f frames/s  (%.2f s)\n", rate(s.framesScored, s.stages.preprocess),
                s.stages.preprocess);
    if (analyzer.metadata().f2lm)
        std::printf("  cues        %8.1f frames/s  (%.2f s; motion %s, label %s)\n", rate(s.framesDecoded, s.stages.cues),
                    s.stages.cues, analyzer.metadata().f2lm->motionCue.c_str(),
                    analyzer.metadata().f2lm->labelCue.c_str());
    const bool isMnad = analyzer.metadata().method.rfind("mnad", 0) == 0;
    std::printf("  model       %8.1f frames/s  (%.2f s%s)\n", rate(s.framesScored, s.stages.model), s.stages.model,
                isMnad ? "; with the memory read, gate and update" : "");
    std::printf("  scoring     %8.1f frames/s  (%.2f s; PSNR, calibrated score)\n",
                rate(s.framesScored, s.stages.scoring), s.stages.scoring);
    std::printf("  end to end  %8.1f frames/s  (%lld frames scored in %.2f s)\n", rate(s.framesScored, s.wallSeconds),
                static_cast<long long>(s.framesScored), s.wallSeconds);
    if (analyzer.deviceDescription().rfind("cuda", 0) == 0)
        std::printf("  (on a GPU, kernels run asynchronously: part of the model's time shows under scoring, where\n"
                    "   the results are read back; end to end is the figure to compare)\n");
}

void registerBenchInfer(CLI::App& app)
{
    CLI::App* bench = app.get_subcommand("bench");
    auto* cmd = bench->add_subcommand("infer", "Analysis speed: frames/s for decode, preprocessing, model, "
                                               "scoring and end to end");
    auto args = std::make_shared<BenchArgs>();
    cmd->add_option("--model,-m", args->model, "Model bundle")->required()->check(CLI::ExistingFile);
    cmd->add_option("--video", args->video, "Footage to analyse (e.g. a Ped2 test clip)")
        ->required()
        ->check(CLI::ExistingPath);
    cmd->add_option("--precision", args->precision, "fp32, bf16 or both")
        ->check(CLI::IsMember({"fp32", "bf16", "both"}))
        ->capture_default_str();
    cmd->add_option("--batch", args->batch, "Frames per model call")->check(CLI::Range(1, 256))->capture_default_str();
    cmd->add_option("--layout", args->layout, "Memory layout of weights and activations on the CPU: nhwc "
                                              "(channels-last, the analyzer's default) or nchw")
        ->check(CLI::IsMember({"nhwc", "nchw"}))
        ->capture_default_str();
    cmd->add_option("--frames", args->maxFrames, "Stop after about this many frames (0: the whole video)")
        ->check(CLI::NonNegativeNumber);
    cmd->callback([args] {
        if (args->precision != "bf16")
            benchOnce(*args, analysis::Precision::Float32);
        if (args->precision != "fp32")
            benchOnce(*args, analysis::Precision::BFloat16);
    });
}

void registerBenchPeak(CLI::App& app)
{
    CLI::App* bench = app.get_subcommand("bench");
    auto* cmd = bench->add_subcommand("peak", "What this CPU computes per second in fp32 and bf16 (matrix product, "
                                              "3x3 convolution): the ceiling under a model's frames/s");
    auto seconds = std::make_shared<double>(3.0);
    cmd->add_option("--seconds", *seconds, "Seconds per figure")->check(CLI::Range(0.1, 600.0))->capture_default_str();
    cmd->callback([seconds] {
        const std::string cpu = models::describeCpuMatrixUnits();
        std::printf("CPU: %s\nLibTorch %s on %s\n", cpu.empty() ? "unknown" : cpu.c_str(),
                    models::libtorchVersion().c_str(), models::describeDevice().c_str());
        for (const models::ThroughputFigure& figure : models::measureCpuThroughput(*seconds))
            std::printf("  %-62s %8.1f GFLOP/s  (%.2f ms per call)\n", figure.operation.c_str(), figure.gflops,
                        figure.milliseconds);
        std::printf("A model needing G GFLOP per frame runs at most (convolution GFLOP/s) / G frames/s here;\n"
                    "MNAD prediction needs 92.9 GFLOP per frame at the paper profile, 5.8 at lite "
                    "(core/training/README.md).\n");
    });
}

// F2LM's cue stage alone, per provider: the clip's frames are decoded once at
// each size, then pushed through a fresh cue stream (the first push only
// primes the flow, so it is not timed).
void registerBenchCues(CLI::App& app)
{
    struct Args {
        std::string video;
        std::vector<int> sizes{128, 256};
        std::int64_t frames = 40;
        std::vector<std::string> motions{"dis", "farneback"};
    };
    auto args = std::make_shared<Args>();
    CLI::App* bench = app.get_subcommand("bench");
    auto* cmd = bench->add_subcommand("cues", "F2LM's cues: milliseconds per frame of each motion provider with the "
                                              "bgsub label map, at each model input size");
    cmd->add_option("--video", args->video, "Footage (e.g. a Ped2 test clip)")->required()->check(CLI::ExistingPath);
    cmd->add_option("--size", args->sizes, "Model input sizes")->check(CLI::Range(8, 4096))->capture_default_str();
    cmd->add_option("--frames", args->frames, "Frames timed per figure (at most the clip's)")
        ->check(CLI::Range(2, 100000))
        ->capture_default_str();
    cmd->add_option("--motion", args->motions, "Motion providers: dis, farneback, torchscript:PATH")
        ->capture_default_str();
    cmd->callback([args] {
        for (const std::string& motion : args->motions)
            cues::validate(cues::CueConfig{motion, "bgsub"});
        for (const int size : args->sizes) {
            media::VideoSource source(args->video);
            source.setOutput({size, size, media::PixelFormat::Rgb24});
            std::vector<media::Frame> frames;
            media::Frame frame;
            while (static_cast<std::int64_t>(frames.size()) <= args->frames && source.next(frame))
                frames.push_back(frame);
            if (frames.size() < 2)
                throw std::runtime_error(args->video + " has fewer than 2 frames to time");
            for (const std::string& motion : args->motions) {
                cues::CueStream stream(cues::CueConfig{motion, "bgsub"}, size);
                stream.push(frames[0].data.data());
                const auto start = std::chrono::steady_clock::now();
                for (std::size_t i = 1; i < frames.size(); ++i)
                    stream.push(frames[i].data.data());
                const double seconds =
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
                const double perFrame = seconds / static_cast<double>(frames.size() - 1);
                std::printf("%4d px  %-10s + bgsub  %7.2f ms/frame  (%.0f frames/s over %zu frames)\n", size,
                            motion.c_str(), 1e3 * perFrame, 1.0 / perFrame, frames.size() - 1);
            }
        }
    });
}

} // namespace

void registerEvalCommands(CLI::App& app)
{
    registerEval(app);
    registerBenchInfer(app);
    registerBenchPeak(app);
    registerBenchCues(app);
}

} // namespace anomalens::cli
