#include "export/clipexport.h"

#include "media/mediaerror.h"
#include "media/reencode.h"
#include "store/casedatabase.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace anomalens::exporting {

namespace fs = std::filesystem;

namespace {

struct EventInRun {
    store::EventRecord event;
    store::RunRecord run;
};

EventInRun findEvent(const store::CaseDatabase& caseDb, std::int64_t eventId)
{
    for (const store::RunRecord& run : caseDb.listRuns())
        for (const store::EventRecord& event : caseDb.events(run.id))
            if (event.id == eventId)
                return {event, run};
    throw ExportError("The case has no event " + std::to_string(eventId) + ".");
}

store::MediaRecord findMedia(const store::CaseDatabase& caseDb, std::int64_t mediaId)
{
    try {
        return caseDb.media(mediaId);
    } catch (const store::CaseError&) {
        throw ExportError("The case has no media " + std::to_string(mediaId) + ".");
    }
}

std::int64_t paddingFrames(std::int64_t frames, double seconds, double fps, const char* side)
{
    if (frames < 0 || seconds < 0.0 || !std::isfinite(seconds))
        throw ExportError(std::string("The padding ") + side + " the event must not be negative.");
    if (seconds > 0.0 && fps <= 0.0)
        throw ExportError("The footage has no frame rate; give the padding in frames.");
    // Rounded up: asking for 1.5 s of context should not give 1.4 s.
    return frames + static_cast<std::int64_t>(std::ceil(seconds * fps - 1e-9));
}

std::string frameText(std::int64_t frame) { return std::to_string(frame); }

// Turns the progress of one step into the overall fraction [begin, end].
ExportProgress subRange(const ExportProgress& progress, double begin, double end)
{
    if (!progress)
        return {};
    return [progress, begin, end](double fraction, const std::string& stage) {
        return progress(begin + (end - begin) * std::clamp(fraction, 0.0, 1.0), stage);
    };
}

SourceCheck verifySource(const store::MediaRecord& media, bool allowChanged, const ExportProgress& progress)
{
    SourceCheck check;
    try {
        check = checkSource(media, [&progress](std::uint64_t done, std::uint64_t total) {
            return !progress || progress(total > 0 ? double(done) / double(total) : 0.0,
                                         "Checking the source footage");
        });
    } catch (const evidence::HashCancelled&) {
        throw ExportCancelled("The export was cancelled.");
    }
    if (!check.matches && !allowChanged)
        throw SourceChangedError(check.message + " The export was refused; export anyway only if you accept that the "
                                          "clip is marked as made from unverified footage.");
    return check;
}

struct ClipJob {
    store::MediaRecord media;
    std::optional<std::int64_t> eventId;
    ClipPadding padding;
    std::int64_t firstFrame = 0;  // requested, after padding and clamping
    std::int64_t lastFrame = 0;
    ClipMode mode = ClipMode::Original;
};

// Resolves media, event, padding and clamping; throws ExportError.
ClipJob planJob(const store::CaseDatabase& caseDb, const ClipExportRequest& request)
{
    ClipJob job;
    job.mode = request.mode;
    job.padding = request.padding;
    std::int64_t first = request.firstFrame;
    std::int64_t last = request.lastFrame;
    std::int64_t mediaId = request.mediaId;
    if (request.eventId) {
        const EventInRun found = findEvent(caseDb, *request.eventId);
        if (mediaId != 0 && mediaId != found.run.mediaId)
            throw ExportError("Event " + std::to_string(*request.eventId) + " belongs to media " +
                              std::to_string(found.run.mediaId) + ", not to media " + std::to_string(mediaId) + ".");
        mediaId = found.run.mediaId;
        job.eventId = request.eventId;
        job.media = findMedia(caseDb, mediaId);
        first = found.event.startFrame -
                paddingFrames(request.padding.beforeFrames, request.padding.beforeSeconds, job.media.fps, "before");
        last = found.event.endFrame +
               paddingFrames(request.padding.afterFrames, request.padding.afterSeconds, job.media.fps, "after");
    } else {
        if (mediaId == 0)
            throw ExportError("Say which footage to export from (a media id or an event).");
        job.media = findMedia(caseDb, mediaId);
    }
    if (last < first)
        throw ExportError("The last frame (" + frameText(last) + ") comes before the first (" + frameText(first) + ").");
    if (job.media.frameCount <= 0)
        throw ExportError("The case records no frames for " + job.media.path + ".");
    if (first >= job.media.frameCount || last < 0)
        throw ExportError("The frames " + frameText(first) + " to " + frameText(last) + " are outside " +
                          job.media.path + ", which has frames 0 to " + frameText(job.media.frameCount - 1) + ".");
    job.firstFrame = std::max<std::int64_t>(first, 0);
    job.lastFrame = std::min<std::int64_t>(last, job.media.frameCount - 1);
    return job;
}

double seconds(std::int64_t timeUs) { return double(timeUs) / 1e6; }

// Writes the clip of a planned job through ExportFile and audits it. The
// source was checked by the caller.
ClipExportResult writeClip(store::CaseDatabase& caseDb, const ClipJob& job, const SourceCheck& check,
                           const fs::path& destination, ExistingFile existing, const ExportProgress& progress)
{
    const std::string container = [&] {
        try {
            return media::muxerForFileName(destination);
        } catch (const media::MediaError& e) {
            throw ExportError(e.what());
        }
    }();
    ExportFile file(destination, existing);
    ClipExportResult result;
    result.mediaId = job.media.id;
    result.eventId = job.eventId;
    result.mode = job.mode;
    result.requestedFirstFrame = job.firstFrame;
    result.requestedLastFrame = job.lastFrame;
    result.sourceVerified = check.matches;
    result.sourceMessage = check.matches ? std::string() : check.message;

    const media::ClipProgress clipProgress = [&progress](std::int64_t done, std::int64_t total) {
        return !progress || progress(total > 0 ? double(done) / double(total) : 0.0, "Writing the clip");
    };
    nlohmann::json details = nlohmann::json::object();
    try {
        if (job.mode == ClipMode::Original) {
            const media::RemuxResult copy = media::remuxClip(job.media.path, job.firstFrame, job.lastFrame,
                                                             file.partialPathUtf8(), container, clipProgress);
            result.range = copy.range;
            details = {{"codec", copy.codec}, {"streams", "video only"}, {"streams_left_out", copy.streamsLeftOut}};
            if (copy.range.firstFrame != job.firstFrame || copy.range.lastFrame != job.lastFrame)
                result.notes.push_back("A copy of the original video can only start at a keyframe: the clip holds "
                                       "frames " + frameText(copy.range.firstFrame) + " to " +
                                       frameText(copy.range.lastFrame) + " (requested " + frameText(job.firstFrame) +
                                       " to " + frameText(job.lastFrame) + "). Re-encode for the exact range.");
            if (copy.streamsLeftOut > 0)
                result.notes.push_back("Only the video stream was copied; " + std::to_string(copy.streamsLeftOut) +
                                       " other stream(s) (audio, data) of the source are not in the clip.");
        } else {
            media::ReencodeOptions options;
            if (job.media.fps > 0.0)
                options.source.imageSequenceFps = job.media.fps;
            const media::ReencodeResult encoded = media::reencodeClip(
                job.media.path, job.firstFrame, job.lastFrame, file.partialPathUtf8(), container, options, clipProgress);
            result.range = encoded.range;
            details = {{"codec", encoded.codec}, {"width", encoded.width}, {"height", encoded.height},
                       {"fps", encoded.fps}};
            if (encoded.width != encoded.sourceWidth || encoded.height != encoded.sourceHeight)
                result.notes.push_back("The footage is " + std::to_string(encoded.sourceWidth) + "x" +
                                       std::to_string(encoded.sourceHeight) + "; H.264 needs even sizes, so the "
                                       "clip is " + std::to_string(encoded.width) + "x" +
                                       std::to_string(encoded.height) + " with the edge pixels repeated.");
            if (encoded.variableFrameRateSource)
                result.notes.push_back("The footage has a variable frame rate; the clip plays at its average rate.");
            nlohmann::json replaced = nlohmann::json::array();
            for (const media::DecodeGap& gap : encoded.replacedFrames) {
                replaced.push_back({{"first_frame", gap.firstFrame}, {"last_frame", gap.lastFrame}});
                result.notes.push_back("Frames " + frameText(gap.firstFrame) + " to " + frameText(gap.lastFrame) +
                                       " " + gap.reason + ".");
            }
            details["replaced_frames"] = replaced;
        }
    } catch (const media::ClipCancelled&) {
        throw ExportCancelled("The export of " + destination.u8string() + " was cancelled.");
    } catch (const media::MediaError& e) {
        throw ExportError(e.what());
    }
    result.file = file.commit();

    nlohmann::json parameters = {
        {"mode", toString(job.mode)},
        {"media_id", job.media.id},
        {"event_id", job.eventId ? nlohmann::json(*job.eventId) : nlohmann::json(nullptr)},
        {"requested", {{"first_frame", job.firstFrame}, {"last_frame", job.lastFrame}}},
        {"exported",
         {{"first_frame", result.range.firstFrame},
          {"last_frame", result.range.lastFrame},
          {"frame_count", result.range.frameCount()},
          {"first_time_s", seconds(result.range.firstTimeUs)},
          {"last_time_s", seconds(result.range.lastTimeUs)}}},
        {"container", container},
        {"source_verified", check.matches},
        {"details", details}};
    if (job.eventId)
        parameters["padding"] = {{"before_frames", job.padding.beforeFrames},
                                 {"after_frames", job.padding.afterFrames},
                                 {"before_s", job.padding.beforeSeconds},
                                 {"after_s", job.padding.afterSeconds}};
    auditExport(caseDb, "clip", parameters, {check}, {job.media}, {result.file});
    return result;
}

} // namespace

const char* toString(ClipMode mode) { return mode == ClipMode::Original ? "original" : "reencode"; }

ClipExportResult exportClip(store::CaseDatabase& caseDb, const ClipExportRequest& request,
                            const ExportProgress& progress)
{
    const ClipJob job = planJob(caseDb, request);
    {
        // Refuse a bad destination before spending minutes on hashing.
        ExportFile probe(request.destination, request.existing);
        try {
            media::muxerForFileName(request.destination);
        } catch (const media::MediaError& e) {
            throw ExportError(e.what());
        }
    }
    const SourceCheck check = verifySource(job.media, request.allowChangedSource, subRange(progress, 0.0, 0.5));
    return writeClip(caseDb, job, check, request.destination, request.existing, subRange(progress, 0.5, 1.0));
}

std::string batchClipFileName(const store::MediaRecord& media, const store::EventRecord& event,
                              const std::string& extension)
{
    fs::path source = fs::u8path(media.path);
    if (!source.has_filename())  // "frames/" (a folder given with its slash)
        source = source.parent_path();
    return source.stem().u8string() + " event " + std::to_string(event.id) + " " + std::to_string(event.startFrame) +
           "-" + std::to_string(event.endFrame) + extension;
}

BatchClipResult exportConfirmedEvents(store::CaseDatabase& caseDb, const BatchClipRequest& request,
                                      const ExportProgress& progress)
{
    std::vector<store::MediaRecord> mediaList;
    if (request.mediaId)
        mediaList.push_back(findMedia(caseDb, *request.mediaId));
    else
        mediaList = caseDb.listMedia();

    struct Planned {
        ClipJob job;
        fs::path destination;
        size_t mediaPosition;
    };
    std::vector<Planned> planned;
    std::vector<bool> mediaUsed(mediaList.size(), false);
    for (size_t m = 0; m < mediaList.size(); ++m) {
        std::vector<store::EventRecord> confirmed;
        for (const store::RunRecord& run : caseDb.listRuns(mediaList[m].id))
            for (const store::EventRecord& event : caseDb.events(run.id))
                if (event.status == store::EventStatus::Confirmed)
                    confirmed.push_back(event);
        std::sort(confirmed.begin(), confirmed.end(), [](const auto& a, const auto& b) {
            return a.startFrame != b.startFrame ? a.startFrame < b.startFrame : a.id < b.id;
        });
        for (const store::EventRecord& event : confirmed) {
            ClipExportRequest one;
            one.mediaId = mediaList[m].id;
            one.eventId = event.id;
            one.padding = request.padding;
            one.mode = request.mode;
            planned.push_back({planJob(caseDb, one),
                               request.folder / fs::u8path(batchClipFileName(mediaList[m], event, request.extension)),
                               m});
            mediaUsed[m] = true;
        }
    }
    BatchClipResult result;
    if (planned.empty())
        return result;

    std::error_code ec;
    fs::create_directories(request.folder, ec);
    if (ec)
        throw ExportError("Cannot create the folder " + request.folder.u8string() + ": " + ec.message());
    for (const Planned& clip : planned)
        ExportFile probe(clip.destination, request.existing);  // throws for an existing file

    // Each footage is hashed once, all before the first clip is written.
    const size_t sourceCount = static_cast<size_t>(std::count(mediaUsed.begin(), mediaUsed.end(), true));
    const double hashShare = 0.3;
    std::map<size_t, SourceCheck> checks;
    try {
        for (size_t m = 0; m < mediaList.size(); ++m) {
            if (!mediaUsed[m])
                continue;
            const double begin = hashShare * double(checks.size()) / double(sourceCount);
            checks[m] = verifySource(mediaList[m], request.allowChangedSource,
                                     subRange(progress, begin, begin + hashShare / double(sourceCount)));
        }
    } catch (const ExportCancelled&) {
        result.cancelled = true;
        return result;
    }
    for (size_t i = 0; i < planned.size(); ++i) {
        const double begin = hashShare + (1.0 - hashShare) * double(i) / double(planned.size());
        const double end = hashShare + (1.0 - hashShare) * double(i + 1) / double(planned.size());
        const std::string stage = "Clip " + std::to_string(i + 1) + " of " + std::to_string(planned.size());
        const ExportProgress inner = subRange(progress, begin, end);
        const ExportProgress labelled =
            inner ? ExportProgress([&](double f, const std::string&) { return inner(f, stage); }) : ExportProgress();
        try {
            result.clips.push_back(writeClip(caseDb, planned[i].job, checks.at(planned[i].mediaPosition),
                                             planned[i].destination, request.existing, labelled));
        } catch (const ExportCancelled&) {
            result.cancelled = true;
            return result;
        }
    }
    return result;
}

} // namespace anomalens::exporting
