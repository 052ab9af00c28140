// export report | annotated: the PDF report and the annotated clip, headless.
#include "cmd_exportreport.h"
#include "cliutil.h"

#include "report/annotatedclip.h"
#include "report/pdfreport.h"
#include "store/casedatabase.h"

#include <QGuiApplication>

#include <cstdio>
#include <memory>
#include <optional>
#include <stdexcept>

namespace anomalens::cli {
namespace {

// Qt draws the PDF and the burned-in overlays, which needs a QGuiApplication;
// the offscreen platform keeps the CLI usable without a display. Created only
// inside these commands so the rest of the CLI never loads Qt's platform.
class OffscreenGui {
public:
    OffscreenGui()
    {
        if (QGuiApplication::instance())
            return;
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        m_app = std::make_unique<QGuiApplication>(m_argc, m_argv);
    }

private:
    int m_argc = 1;
    char m_name[14] = "anomalens-cli";
    char* m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QGuiApplication> m_app;
};

ui::ExportControl controlFor(ProgressLine& progress, const InterruptScope& interrupt)
{
    ui::ExportControl control;
    control.cancel = interrupt.flag();
    control.progress = [&progress](double fraction) { progress.update(fraction); };
    return control;
}

void printWritten(const exporting::ExportedFile& file)
{
    std::printf("wrote %s\n  sha256 %s  (%llu bytes; sidecar %s)\n", file.path.u8string().c_str(), file.sha256.c_str(),
                static_cast<unsigned long long>(file.sizeBytes), file.sidecarPath.filename().u8string().c_str());
}

void registerReport(CLI::App& parent)
{
    auto* cmd = parent.add_subcommand(
        "report", "Write the case's PDF report: evidence hashes checked now, models, analyses, events, audit trail");
    struct Args {
        std::string casePath, output, page = "a4";
        bool overwrite = false;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("--case", args->casePath, "Case file")->required();
    cmd->add_option("-o,--output", args->output, "PDF to write (a .sha256 sidecar is written next to it)")->required();
    cmd->add_option("--page", args->page, "Paper size")->check(CLI::IsMember({"a4", "letter"}));
    cmd->add_flag("--overwrite", args->overwrite, "Replace an existing file");
    cmd->callback([args] {
        const OffscreenGui gui;
        store::CaseDatabase db = store::CaseDatabase::open(args->casePath);
        ui::ReportOptions options;
        options.pageSize = args->page == "letter" ? QPageSize::Letter : QPageSize::A4;
        const InterruptScope interrupt;
        ProgressLine progress("report");
        try {
            const ui::ReportResult result =
                ui::exportReport(db, std::filesystem::u8path(args->output),
                                 args->overwrite ? exporting::ExistingFile::Overwrite : exporting::ExistingFile::Refuse,
                                 options, controlFor(progress, interrupt));
            progress.finish();
            printWritten(result.file);
            std::printf("  %d pages\n", result.pageCount);
            for (const exporting::SourceCheck& check : result.checks)
                if (!check.matches)
                    std::fprintf(stderr, "warning: %s\n  The report is marked accordingly.\n", check.message.c_str());
        } catch (const exporting::ExportCancelled&) {
            progress.finish();
            std::fprintf(stderr, "interrupted: no report was written\n");
            throw CLI::RuntimeError(kInterruptedExitCode);
        }
    });
}

void registerAnnotated(CLI::App& parent)
{
    auto* cmd = parent.add_subcommand(
        "annotated", "Re-encode frames of a media with heat map, score and a \"derived copy\" mark burned in");
    struct Args {
        std::string casePath, output;
        std::int64_t mediaId = 0;
        std::optional<std::int64_t> eventId, from, to;
        double padBefore = 1.0, padAfter = 1.0;
        bool overwrite = false, allowChanged = false;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("--case", args->casePath, "Case file")->required();
    cmd->add_option("--media", args->mediaId, "Media id (anomalens-cli case info CASE)")->required();
    auto* event = cmd->add_option("--event", args->eventId, "Event id: its frames plus the padding");
    cmd->add_option("--pad-before", args->padBefore, "Seconds before the event")->needs(event)->check(CLI::NonNegativeNumber);
    cmd->add_option("--pad-after", args->padAfter, "Seconds after the event")->needs(event)->check(CLI::NonNegativeNumber);
    auto* from = cmd->add_option("--from", args->from, "First frame (0-based)")->excludes(event)->check(CLI::NonNegativeNumber);
    auto* to = cmd->add_option("--to", args->to, "Last frame, inclusive")->excludes(event)->check(CLI::NonNegativeNumber);
    from->needs(to);
    to->needs(from);
    cmd->add_option("-o,--output", args->output, "Video to write: .mp4, .mkv, .mov or .avi")->required();
    cmd->add_flag("--overwrite", args->overwrite, "Replace an existing file");
    cmd->add_flag("--allow-changed-source", args->allowChanged,
                  "Export even if the footage no longer matches the case's hash (every frame is marked)");
    cmd->callback([args] {
        if (!args->eventId && !args->from)
            throw std::invalid_argument("Name the frames to export: --event ID, or --from F --to F");
        const OffscreenGui gui;
        store::CaseDatabase db = store::CaseDatabase::open(args->casePath);
        const store::MediaRecord media = db.media(args->mediaId);
        ui::AnnotatedClipRequest request;
        request.mediaId = media.id;
        request.allowChangedSource = args->allowChanged;
        if (args->eventId) {
            std::optional<store::EventRecord> found;
            for (const store::RunRecord& run : db.listRuns(media.id))
                for (const store::EventRecord& candidate : db.events(run.id))
                    if (candidate.id == *args->eventId)
                        found = candidate;
            if (!found)
                throw std::invalid_argument("Media " + std::to_string(media.id) + " has no event " +
                                            std::to_string(*args->eventId) + " (list them in the GUI's Events panel)");
            request.eventId = found->id;
            std::tie(request.firstFrame, request.lastFrame) =
                ui::eventClipRange(media, *found, args->padBefore, args->padAfter);
        } else {
            if (*args->to < *args->from || *args->to >= media.frameCount)
                throw std::invalid_argument("--from/--to must satisfy 0 <= from <= to < " +
                                            std::to_string(media.frameCount) + " (the media's frame count)");
            request.firstFrame = *args->from;
            request.lastFrame = *args->to;
        }
        const InterruptScope interrupt;
        ProgressLine progress("annotated clip");
        try {
            const ui::AnnotatedClipResult result = ui::exportAnnotatedClip(
                db, request, std::filesystem::u8path(args->output),
                args->overwrite ? exporting::ExistingFile::Overwrite : exporting::ExistingFile::Refuse,
                controlFor(progress, interrupt));
            progress.finish();
            printWritten(result.file);
            std::printf("  frames %lld-%lld: %lld written (%.1f frames/s)%s\n",
                        static_cast<long long>(request.firstFrame), static_cast<long long>(request.lastFrame),
                        static_cast<long long>(result.framesWritten),
                        result.seconds > 0 ? result.framesWritten / result.seconds : 0.0,
                        result.undecodableFrames ? ", some undecodable frames replaced by labelled placeholders" : "");
        } catch (const exporting::ExportCancelled&) {
            progress.finish();
            std::fprintf(stderr, "interrupted: no clip was written\n");
            throw CLI::RuntimeError(kInterruptedExitCode);
        }
    });
}

} // namespace

void addExportReportCommands(CLI::App& exportCommand)
{
    registerReport(exportCommand);
    registerAnnotated(exportCommand);
}

} // namespace anomalens::cli
