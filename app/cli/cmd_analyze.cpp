// analyze: score footage with a trained model, store scores and events in a
// case, and print (or write as CSV / JSON) what was found.
#include "cliutil.h"
#include "commands.h"

#include "analysis/caseanalysis.h"
#include "analysis/scorenorm.h"
#include "evidence/sha256.h"
#include "media/videosource.h"
#include "store/casedatabase.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

namespace anomalens::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct AnalyzeArgs {
    std::string model;
    std::string casePath;
    std::vector<std::string> videos;
    std::string csv;
    std::string jsonPath;
    std::optional<double> threshold;
    std::string precision = "fp32";
    std::int64_t batch = 8;
    bool resume = false;
};

// One analysed video, as the outputs need it.
struct VideoReport {
    std::string path;
    store::MediaRecord media;
    analysis::CaseAnalysisResult result;
    std::vector<store::FrameScore> scores;
    std::vector<double> perVideo; // the papers' per-video min-max score, by position in `scores`
    std::vector<std::int64_t> frameTimesUs;
};

double signal(const json& signals, const char* name)
{
    const auto it = signals.find(name);
    return it != signals.end() && it->is_number() ? it->get<double>() : std::nan("");
}

std::vector<double> perVideoScores(const std::vector<store::FrameScore>& scores, double psnrWeight, bool mnad)
{
    std::vector<double> psnr, distance;
    for (const store::FrameScore& score : scores) {
        psnr.push_back(signal(score.signals, "psnr_db"));
        if (mnad)
            distance.push_back(signal(score.signals, "feature_distance"));
    }
    return analysis::perVideoAnomalyScores(psnr, distance, psnrWeight);
}

std::string timeOf(const VideoReport& report, std::int64_t frame)
{
    const auto i = static_cast<std::size_t>(frame);
    return formatTimeUs(i < report.frameTimesUs.size() ? report.frameTimesUs[i] : 0);
}

void printSummary(const VideoReport& report)
{
    const analysis::CaseAnalysisResult& r = report.result;
    const double fps = r.stream.wallSeconds > 0.0 ? r.stream.framesScored / r.stream.wallSeconds : 0.0;
    std::printf("%s\n  %lld frames, %zu scored (%lld this time, %.1f frames/s), run %lld%s, threshold %.3f\n",
                report.path.c_str(), static_cast<long long>(report.media.frameCount), report.scores.size(),
                static_cast<long long>(r.stream.framesScored), fps, static_cast<long long>(r.runId),
                r.resumed ? " (resumed)" : "", r.threshold);
    if (r.status != store::RunStatus::Completed) {
        std::printf("  run %s before the end; resume with --resume\n", store::toString(r.status));
        return;
    }
    std::size_t above = 0;
    for (const store::FrameScore& score : report.scores)
        above += score.score >= r.threshold ? 1 : 0;
    // Calibrated scores flag ~0.5 % of normal frames; most frames flagged
    // means footage unlike the model's (another camera, view or lighting).
    if (!report.scores.empty() && above * 2 > report.scores.size())
        std::printf("  warning: %.0f %% of the frames score above the threshold; this footage may not come from "
                    "the camera (view, lighting) the model was trained on\n",
                    100.0 * double(above) / double(report.scores.size()));
    std::printf("  %zu event%s\n", r.events.size(), r.events.size() == 1 ? "" : "s");
    int number = 1;
    for (const store::EventRecord& event : r.events)
        std::printf("    #%d  frames %lld-%lld  %s - %s  peak %.2f at frame %lld (%s)\n", number++,
                    static_cast<long long>(event.startFrame), static_cast<long long>(event.endFrame),
                    timeOf(report, event.startFrame).c_str(), timeOf(report, event.endFrame).c_str(), event.peakScore,
                    static_cast<long long>(event.peakFrame), timeOf(report, event.peakFrame).c_str());
}

// A number at full precision, or nothing for NaN (a signal the method lacks).
std::string optionalNumber(double value)
{
    if (std::isnan(value))
        return {};
    char text[32];
    std::snprintf(text, sizeof text, "%.9g", value);
    return text;
}

bool inEvent(const std::vector<store::EventRecord>& events, std::int64_t frame)
{
    for (const store::EventRecord& event : events)
        if (frame >= event.startFrame && frame <= event.endFrame)
            return true;
    return false;
}

void writeCsv(const std::string& path, const std::vector<VideoReport>& reports)
{
    std::ofstream out(path);
    if (!out)
        throw std::runtime_error("Cannot write " + path);
    out << "video,frame,time_s,score,per_video_score,psnr_db,feature_distance,memory_updated,in_event\n";
    out.precision(9);
    for (const VideoReport& report : reports) {
        for (std::size_t i = 0; i < report.scores.size(); ++i) {
            const store::FrameScore& score = report.scores[i];
            const double distance = signal(score.signals, "feature_distance");
            const auto updated = score.signals.find("memory_updated");
            out << report.path << ',' << score.frameIndex << ','
                << report.frameTimesUs.at(static_cast<std::size_t>(score.frameIndex)) / 1e6 << ',' << score.score
                << ',' << report.perVideo[i] << ',' << signal(score.signals, "psnr_db") << ','
                << optionalNumber(distance) << ','
                << (updated == score.signals.end() ? "" : updated->get<bool>() ? "1" : "0") << ','
                << (inEvent(report.result.events, score.frameIndex) ? 1 : 0) << '\n';
        }
    }
    if (!out.flush())
        throw std::runtime_error("Cannot write " + path);
}

void writeJson(const std::string& path, const AnalyzeArgs& args, const std::vector<VideoReport>& reports)
{
    json videos = json::array();
    for (const VideoReport& report : reports) {
        json frames = json::array();
        for (std::size_t i = 0; i < report.scores.size(); ++i) {
            json frame = report.scores[i].signals;
            frame["frame"] = report.scores[i].frameIndex;
            frame["score"] = report.scores[i].score;
            frame["per_video_score"] = report.perVideo[i];
            frames.push_back(frame);
        }
        json events = json::array();
        for (const store::EventRecord& e : report.result.events)
            events.push_back({{"start_frame", e.startFrame},
                              {"end_frame", e.endFrame},
                              {"peak_frame", e.peakFrame},
                              {"peak_score", e.peakScore},
                              {"start_time", timeOf(report, e.startFrame)},
                              {"end_time", timeOf(report, e.endFrame)}});
        videos.push_back({{"path", report.path},
                          {"sha256", report.media.sha256},
                          {"frame_count", report.media.frameCount},
                          {"fps", report.media.fps},
                          {"run_id", report.result.runId},
                          {"status", store::toString(report.result.status)},
                          {"threshold", report.result.threshold},
                          {"events", events},
                          {"frames", frames}});
    }
    const json document = {{"model", {{"path", args.model}, {"sha256", evidence::sha256File(args.model)}}},
                           {"case", args.casePath},
                           {"score", "calibrated: 0 = an average normal frame, in standard deviations of normal "
                                     "footage; per_video_score: the papers' per-video min-max score"},
                           {"videos", videos}};
    std::ofstream out(path);
    out << document.dump(1) << '\n';
    if (!out.flush())
        throw std::runtime_error("Cannot write " + path);
}

// The case to store results in: the one named (created if missing), or a
// temporary one that is removed afterwards.
store::CaseDatabase openOrCreateCase(const std::string& path)
{
    if (fs::exists(path))
        return store::CaseDatabase::open(path);
    return store::CaseDatabase::create(path, {fs::path(path).stem().string(), {}});
}

void runAnalyze(const AnalyzeArgs& args)
{
    analysis::AnalyzerOptions analyzerOptions;
    analyzerOptions.precision = analysis::precisionFromString(args.precision);
    analyzerOptions.batchFrames = args.batch;
    analysis::Analyzer analyzer(args.model, analyzerOptions);
    const training::BundleMetadata& metadata = analyzer.metadata();
    std::fprintf(stderr, "model %s: %s, profile %s, on %s\n", args.model.c_str(), metadata.method.c_str(),
                 metadata.profile.name.c_str(), analyzer.deviceDescription().c_str());

    std::unique_ptr<TempDir> scratch;
    std::string casePath = args.casePath;
    if (casePath.empty()) {
        scratch = std::make_unique<TempDir>("anomalens-analyze");
        casePath = (scratch->path() / "analysis.alcase").string();
    }
    store::CaseDatabase db = openOrCreateCase(casePath);

    std::vector<VideoReport> reports;
    const InterruptScope interrupt;
    for (const std::string& video : args.videos) {
        VideoReport report;
        report.path = video;
        ProgressLine progress("analysing " + fs::path(video).filename().string());
        analysis::CaseAnalysisOptions options;
        options.threshold = args.threshold;
        options.resume = args.resume;
        options.cancel = interrupt.flag();
        options.progress = [&progress](const analysis::CaseAnalysisProgress& p) {
            char detail[96];
            std::snprintf(detail, sizeof detail, "frame %lld/%lld  %.1f frames/s", static_cast<long long>(p.frameIndex),
                          static_cast<long long>(p.frameCount), p.framesPerSecond);
            progress.update(p.frameCount > 0 ? double(p.frameIndex + 1) / double(p.frameCount) : 0.0, detail);
        };
        report.result = analysis::analyzeIntoCase(db, analyzer, args.model, video, options);
        progress.finish();
        report.media = db.media(report.result.mediaId);
        report.scores = db.frameScores(report.result.runId);
        report.perVideo = perVideoScores(report.scores, metadata.calibration->psnrWeight, metadata.memoryItems > 0);
        const media::VideoSource source(video);
        for (const media::FrameIndexEntry& entry : source.frameIndex())
            report.frameTimesUs.push_back(entry.timeUs);
        printSummary(report);
        reports.push_back(std::move(report));
        if (interrupt.interrupted())
            break;
    }
    if (!args.csv.empty())
        writeCsv(args.csv, reports);
    if (!args.jsonPath.empty())
        writeJson(args.jsonPath, args, reports);
    if (!args.casePath.empty())
        std::printf("results stored in case %s\n", db.path().c_str());
    if (interrupt.interrupted()) {
        std::fprintf(stderr, "analysis interrupted; %s\n",
                     args.casePath.empty() ? "nothing was kept (no --case given)"
                                           : "run again with --resume to continue where it stopped");
        throw CLI::RuntimeError(kInterruptedExitCode);
    }
}

} // namespace

void registerAnalyzeCommands(CLI::App& app)
{
    auto* cmd = app.add_subcommand("analyze", "Score every frame of footage with a trained model and flag events");
    auto args = std::make_shared<AnalyzeArgs>();
    cmd->add_option("--model,-m", args->model, "Model bundle (anomalens-cli train)")
        ->required()
        ->check(CLI::ExistingFile);
    cmd->add_option("--case", args->casePath,
                    "Case file to store media, scores and events in (created if missing; default: none kept)");
    cmd->add_option("VIDEO", args->videos, "Video files or folders of frames")->required()->check(CLI::ExistingPath);
    cmd->add_option("--csv", args->csv, "Also write per-frame scores as CSV");
    cmd->add_option("--json", args->jsonPath, "Also write scores and events as JSON");
    cmd->add_option("--threshold", args->threshold,
                    "Event threshold on the calibrated score (default: the model's, from its calibration)");
    cmd->add_option("--precision", args->precision, "fp32 or bf16 (bfloat16 convolutions, faster on recent CPUs)")
        ->check(CLI::IsMember({"fp32", "bf16"}))
        ->capture_default_str();
    cmd->add_option("--batch", args->batch, "Frames per model call")->check(CLI::Range(1, 256))->capture_default_str();
    cmd->add_flag("--resume", args->resume, "Continue the unfinished run of each video in the case (needs --case)");
    cmd->callback([args] {
        if (args->resume && args->casePath.empty())
            throw CLI::ValidationError("--resume", "needs --case: the case holds the run to continue");
        runAnalyze(*args);
    });
}

} // namespace anomalens::cli
