// export clip | scores: evidence clips and score data from a case, each file
// with a SHA-256 sidecar and an audit row (core/export does the work).
#include "cliutil.h"
#include "commands.h"

#include "evidence/sha256.h"
#include "export/clipexport.h"
#include "export/scoresexport.h"
#include "store/casedatabase.h"

#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>

namespace anomalens::cli {
namespace {

namespace fs = std::filesystem;

// Which footage of the case: --media ID or --file PATH (matched by path,
// else by content hash, so a copy of the evidence in another folder is found).
std::optional<std::int64_t> resolveMedia(const store::CaseDatabase& db, std::optional<std::int64_t> mediaId,
                                         const std::string& file)
{
    if (mediaId)
        return mediaId;
    if (file.empty())
        return std::nullopt;
    std::error_code ec;
    const fs::path wanted = fs::weakly_canonical(fs::u8path(file), ec);
    for (const store::MediaRecord& media : db.listMedia())
        if (fs::weakly_canonical(fs::u8path(media.path), ec) == wanted)
            return media.id;
    if (fs::is_regular_file(wanted, ec)) {
        ProgressLine progress("hashing " + wanted.filename().u8string());
        const std::string sha = evidence::sha256File(file, [&progress](std::uint64_t done, std::uint64_t total) {
            progress.update(total > 0 ? double(done) / double(total) : 0.0);
            return true;
        });
        progress.finish();
        if (const auto media = db.findMediaBySha(sha))
            return media->id;
    }
    throw std::runtime_error(file + " is not footage of this case; import it first (anomalens-cli case import).");
}

exporting::ExportProgress progressTo(ProgressLine& progress, const InterruptScope& interrupt)
{
    return [&progress, &interrupt](double fraction, const std::string& stage) {
        progress.update(fraction, stage);
        return !interrupt.interrupted();
    };
}

void printWritten(const exporting::ExportedFile& file)
{
    std::printf("wrote %s\n  sha256 %s  (%llu bytes; sidecar %s)\n", file.path.u8string().c_str(), file.sha256.c_str(),
                static_cast<unsigned long long>(file.sizeBytes), file.sidecarPath.filename().u8string().c_str());
}

void printClip(const exporting::ClipExportResult& clip)
{
    printWritten(clip.file);
    std::printf("  frames %lld-%lld (%s - %s), %lld frames, %s; requested %lld-%lld\n",
                static_cast<long long>(clip.range.firstFrame), static_cast<long long>(clip.range.lastFrame),
                formatTimeUs(clip.range.firstTimeUs).c_str(), formatTimeUs(clip.range.lastTimeUs).c_str(),
                static_cast<long long>(clip.range.frameCount()),
                clip.mode == exporting::ClipMode::Original ? "original video (stream copy)" : "re-encoded",
                static_cast<long long>(clip.requestedFirstFrame), static_cast<long long>(clip.requestedLastFrame));
    for (const std::string& note : clip.notes)
        std::printf("  note: %s\n", note.c_str());
    if (!clip.sourceVerified)
        std::printf("  WARNING: made from UNVERIFIED footage: %s\n", clip.sourceMessage.c_str());
}

struct ClipArgs {
    std::string casePath;
    std::optional<std::int64_t> mediaId;
    std::string file;
    std::optional<std::int64_t> eventId;
    std::optional<std::int64_t> fromFrame;
    std::optional<std::int64_t> toFrame;
    double padBeforeSeconds = 0.0;
    double padAfterSeconds = 0.0;
    bool reencode = false;
    bool overwrite = false;
    bool allowChangedSource = false;
    bool allConfirmed = false;
    std::string output;
    std::string outDir;
};

void checkClipArgs(const ClipArgs& args)
{
    if (args.allConfirmed) {
        if (args.outDir.empty())
            throw CLI::ValidationError("--all-confirmed", "needs --out-dir: the folder for the clips");
        if (!args.output.empty() || args.eventId || args.fromFrame || args.toFrame)
            throw CLI::ValidationError("--all-confirmed", "exports every confirmed event; drop -o, --event, "
                                                          "--from and --to");
        return;
    }
    if (args.output.empty())
        throw CLI::ValidationError("-o", "say where to write the clip (-o FILE.mp4), or use --all-confirmed");
    if (args.eventId && (args.fromFrame || args.toFrame))
        throw CLI::ValidationError("--event", "give either --event or --from/--to, not both");
    if (!args.eventId && !(args.fromFrame && args.toFrame))
        throw CLI::ValidationError("--from", "give --event ID, or both --from FRAME and --to FRAME");
    if (!args.eventId && (args.padBeforeSeconds > 0.0 || args.padAfterSeconds > 0.0))
        throw CLI::ValidationError("--pad-before", "padding applies to --event and --all-confirmed only");
}

void runClip(const ClipArgs& args)
{
    checkClipArgs(args);
    store::CaseDatabase db = store::CaseDatabase::open(args.casePath);
    const std::optional<std::int64_t> mediaId = resolveMedia(db, args.mediaId, args.file);
    const exporting::ClipMode mode = args.reencode ? exporting::ClipMode::Reencode : exporting::ClipMode::Original;
    const exporting::ExistingFile existing =
        args.overwrite ? exporting::ExistingFile::Overwrite : exporting::ExistingFile::Refuse;
    exporting::ClipPadding padding;
    padding.beforeSeconds = args.padBeforeSeconds;
    padding.afterSeconds = args.padAfterSeconds;

    const InterruptScope interrupt;
    ProgressLine progress(args.allConfirmed ? "clips" : "clip");
    if (args.allConfirmed) {
        exporting::BatchClipRequest request;
        request.mediaId = mediaId;
        request.folder = fs::u8path(args.outDir);
        request.mode = mode;
        request.padding = padding;
        request.existing = existing;
        request.allowChangedSource = args.allowChangedSource;
        const exporting::BatchClipResult result =
            exporting::exportConfirmedEvents(db, request, progressTo(progress, interrupt));
        progress.finish();
        for (const exporting::ClipExportResult& clip : result.clips)
            printClip(clip);
        std::printf("%zu clip%s of confirmed events in %s\n", result.clips.size(),
                    result.clips.size() == 1 ? "" : "s", args.outDir.c_str());
        if (result.cancelled) {
            std::fprintf(stderr, "interrupted: the clips listed above are complete; no partial file was left\n");
            throw CLI::RuntimeError(kInterruptedExitCode);
        }
        return;
    }

    exporting::ClipExportRequest request;
    request.mediaId = mediaId.value_or(0);
    request.eventId = args.eventId;
    request.padding = padding;
    request.firstFrame = args.fromFrame.value_or(0);
    request.lastFrame = args.toFrame.value_or(0);
    request.mode = mode;
    request.destination = fs::u8path(args.output);
    request.existing = existing;
    request.allowChangedSource = args.allowChangedSource;
    try {
        const exporting::ClipExportResult clip = exporting::exportClip(db, request, progressTo(progress, interrupt));
        progress.finish();
        printClip(clip);
    } catch (const exporting::ExportCancelled&) {
        progress.finish();
        std::fprintf(stderr, "interrupted: no clip was written\n");
        throw CLI::RuntimeError(kInterruptedExitCode);
    }
}

void registerClip(CLI::App& parent)
{
    auto* cmd = parent.add_subcommand(
        "clip", "Write an evidence clip: an event or a frame range, as the original video (stream copy) or "
                "re-encoded frame-exact; with a SHA-256 sidecar and an audit row");
    auto args = std::make_shared<ClipArgs>();
    cmd->add_option("--case", args->casePath, "Case file")->required()->check(CLI::ExistingFile);
    auto* media = cmd->add_option("--media", args->mediaId, "Media id in the case (see `case info`)");
    cmd->add_option("--file", args->file, "The footage, by its path (must be in the case)")->excludes(media);
    cmd->add_option("--event", args->eventId, "Event id: the event's frames plus padding");
    cmd->add_option("--pad-before", args->padBeforeSeconds, "Seconds of context before the event")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--pad-after", args->padAfterSeconds, "Seconds of context after the event")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--from", args->fromFrame, "First frame (0-based, inclusive)");
    cmd->add_option("--to", args->toFrame, "Last frame (inclusive)");
    cmd->add_flag("--reencode", args->reencode,
                  "Decode and encode exactly the requested frames (H.264) instead of copying the original video, "
                  "which must start at a keyframe");
    cmd->add_flag("--overwrite", args->overwrite, "Replace an existing file (and its sidecar)");
    cmd->add_flag("--allow-changed-source", args->allowChangedSource,
                  "Export even if the footage no longer matches its hash in the case (marked unverified)");
    cmd->add_flag("--all-confirmed", args->allConfirmed,
                  "One clip per confirmed event (of --media/--file, or of the whole case) into --out-dir");
    cmd->add_option("-o,--output", args->output, "Clip file to write (.mp4, .mkv, .mov)");
    cmd->add_option("--out-dir", args->outDir, "Folder for --all-confirmed (created if missing)");
    cmd->callback([args] { runClip(*args); });
}

// The run to export: --run, else the media's latest completed run.
std::int64_t resolveRun(const store::CaseDatabase& db, std::optional<std::int64_t> runId,
                        std::optional<std::int64_t> mediaId)
{
    if (runId) {
        const store::RunRecord run = db.run(*runId);
        if (mediaId && run.mediaId != *mediaId)
            throw std::runtime_error("Run " + std::to_string(*runId) + " analysed media " +
                                     std::to_string(run.mediaId) + ", not media " + std::to_string(*mediaId) + ".");
        return run.id;
    }
    if (!mediaId)
        throw CLI::ValidationError("--media", "say which footage (--media or --file) or which run (--run)");
    std::optional<std::int64_t> latest;
    for (const store::RunRecord& run : db.listRuns(*mediaId))
        if (run.status == store::RunStatus::Completed && (!latest || run.id > *latest))
            latest = run.id;
    if (!latest)
        throw std::runtime_error("Media " + std::to_string(*mediaId) +
                                 " has no completed analysis run; run `anomalens-cli analyze` first, or pick one "
                                 "with --run.");
    return *latest;
}

void registerScores(CLI::App& parent)
{
    auto* cmd = parent.add_subcommand(
        "scores", "Write a run's per-frame scores (CSV or JSON) or its events (CSV), with a SHA-256 sidecar");
    struct Args {
        std::string casePath, file, format = "csv", output;
        std::optional<std::int64_t> mediaId, runId;
        bool overwrite = false;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("--case", args->casePath, "Case file")->required()->check(CLI::ExistingFile);
    auto* media = cmd->add_option("--media", args->mediaId, "Media id in the case");
    cmd->add_option("--file", args->file, "The footage, by its path (must be in the case)")->excludes(media);
    cmd->add_option("--run", args->runId, "Analysis run (default: the media's latest completed run)");
    cmd->add_option("--format", args->format, "csv (per frame), json (per frame + case/model identity), events")
        ->check(CLI::IsMember({"csv", "json", "events"}))
        ->capture_default_str();
    cmd->add_option("-o,--output", args->output, "File to write")->required();
    cmd->add_flag("--overwrite", args->overwrite, "Replace an existing file (and its sidecar)");
    cmd->callback([args] {
        store::CaseDatabase db = store::CaseDatabase::open(args->casePath);
        const std::optional<std::int64_t> mediaId = resolveMedia(db, args->mediaId, args->file);
        exporting::ScoresExportRequest request;
        request.runId = resolveRun(db, args->runId, mediaId);
        request.format = exporting::scoresFormatFromString(args->format);
        request.destination = fs::u8path(args->output);
        request.existing = args->overwrite ? exporting::ExistingFile::Overwrite : exporting::ExistingFile::Refuse;
        const exporting::ScoresExportResult result = exporting::exportScores(db, request);
        printWritten(result.file);
        std::printf("  run %lld of media %lld: %lld %s\n", static_cast<long long>(result.runId),
                    static_cast<long long>(result.mediaId), static_cast<long long>(result.rows),
                    request.format == exporting::ScoresFormat::EventsCsv ? "events" : "frames");
    });
}

} // namespace

CLI::App* addExportCommand(CLI::App& app)
{
    auto* group = app.add_subcommand("export", "Evidence exports: clips, score data (each with a SHA-256 sidecar "
                                               "and an audit row in the case)");
    group->require_subcommand(1);
    registerClip(*group);
    registerScores(*group);
    return group;
}

} // namespace anomalens::cli
