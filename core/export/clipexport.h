#pragma once
// Evidence clips of a case's footage: a frame range, or an event with some
// context around it, written as a video file with a SHA-256 sidecar and an
// "export.clip" audit row.
//
// Invariants:
// - The source footage is re-hashed first; if it no longer matches the hash
//   recorded at import the export is refused, unless the caller explicitly
//   allows it, and then the result and the audit row say "unverified".
// - Mode Original copies the compressed packets (the pictures are the
//   source's bits; the range widens to the keyframe before it, see
//   media/remux.h); mode Reencode holds exactly the requested frames. Either
//   way the result and the audit row carry the requested range AND the range
//   the file really holds (frame numbers and times).
// - Files are written through ExportFile: a file at its destination name is
//   complete and has its sidecar; a failure or cancel leaves nothing.
// - The container comes from the destination's extension (.mp4, .mkv, ...).
#include "export/exportaudit.h"
#include "export/exportfile.h"
#include "media/remux.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace anomalens::store {
struct EventRecord;
}

namespace anomalens::exporting {

enum class ClipMode {
    Original,  // stream copy: the source's own bits, keyframe-aligned start
    Reencode,  // decode + H.264 encode: exactly the requested frames
};
const char* toString(ClipMode mode);  // "original", "reencode"

// Context added around an event: frames plus seconds (converted at the
// media's frame rate, rounded up to whole frames).
struct ClipPadding {
    std::int64_t beforeFrames = 0;
    std::int64_t afterFrames = 0;
    double beforeSeconds = 0.0;
    double afterSeconds = 0.0;
};

struct ClipExportRequest {
    // The footage; may stay 0 when eventId is given (the event's run names it).
    std::int64_t mediaId = 0;
    // Either an event (its range plus padding) ...
    std::optional<std::int64_t> eventId;
    ClipPadding padding;
    // ... or a frame range (inclusive). Clamped to the footage's frames.
    std::int64_t firstFrame = 0;
    std::int64_t lastFrame = 0;
    ClipMode mode = ClipMode::Original;
    std::filesystem::path destination;
    ExistingFile existing = ExistingFile::Refuse;
    bool allowChangedSource = false;
};

struct ClipExportResult {
    ExportedFile file;
    std::int64_t mediaId = 0;
    std::optional<std::int64_t> eventId;
    ClipMode mode = ClipMode::Original;
    std::int64_t requestedFirstFrame = 0;  // after padding and clamping
    std::int64_t requestedLastFrame = 0;
    media::ClipRange range;                // what the file holds, in source frame numbers
    bool sourceVerified = false;           // false: exported from changed footage (allowed)
    std::string sourceMessage;             // why it is unverified
    // Remarks for the user: keyframe widening, streams left out, padding to an
    // even size, frames that could not be decoded.
    std::vector<std::string> notes;
};

// Overall fraction done (0..1) and what is being done; return false to cancel.
using ExportProgress = std::function<bool(double fraction, const std::string& stage)>;

// Throws ExportError with a message for the user (unknown media or event,
// empty range, changed source, existing destination, unreadable footage,
// disk full) and ExportCancelled; nothing is left at the destination then.
ClipExportResult exportClip(store::CaseDatabase& caseDb, const ClipExportRequest& request,
                            const ExportProgress& progress = {});

// Every CONFIRMED event of one media (or of all media in the case), one clip
// each, into `folder` (created if missing) under batchClipFileName().
struct BatchClipRequest {
    std::optional<std::int64_t> mediaId;  // none: every media of the case
    std::filesystem::path folder;
    ClipMode mode = ClipMode::Original;
    ClipPadding padding;
    std::string extension = ".mp4";
    ExistingFile existing = ExistingFile::Refuse;
    bool allowChangedSource = false;
};

struct BatchClipResult {
    std::vector<ClipExportResult> clips;  // finished ones, complete with sidecars
    bool cancelled = false;               // the rest was not written (and nothing partial)
};

// "<media file stem> event <id> <start>-<end><extension>" (event frames before padding).
std::string batchClipFileName(const store::MediaRecord& media, const store::EventRecord& event,
                              const std::string& extension);

// Checks every destination and every source before writing anything (an
// existing file or a changed source refuses the whole batch). A cancel keeps
// the clips already finished and returns with `cancelled` set.
BatchClipResult exportConfirmedEvents(store::CaseDatabase& caseDb, const BatchClipRequest& request,
                                      const ExportProgress& progress = {});

} // namespace anomalens::exporting
