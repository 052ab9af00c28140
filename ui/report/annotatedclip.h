#pragma once
// The annotated clip: a stretch of one evidence file re-encoded (H.264, the
// source's size and frame rate) with the analysis burned into every frame:
// the heat map (same colours as the review window), a strip along the bottom
// with the score curve, the threshold and a moving playhead, the case name,
// event, frame number and time, and a "DERIVED COPY" mark. It is for showing
// what the tool found, never a substitute for the original: the mark says so
// in every frame, and the audit row "export.annotated_clip" ties it to the
// source's SHA-256.
//
// Written through an ExportFile: cancelled or failed exports leave nothing.
#include "export/exportaudit.h"
#include "export/exportfile.h"
#include "report/exportcontrol.h"
#include "store/records.h"

#include <QCoreApplication>
#include <QRect>
#include <QSize>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <utility>

namespace anomalens::store {
class CaseDatabase;
}

namespace anomalens::ui {

// Translation context of the burned-in text.
class AnnotatedClip {
    Q_DECLARE_TR_FUNCTIONS(anomalens::ui::AnnotatedClip)
};

using SourceChangedError = exporting::SourceChangedError;

struct AnnotatedClipRequest {
    std::int64_t mediaId = 0;
    std::int64_t firstFrame = 0;              // inclusive, clamped to the media
    std::int64_t lastFrame = 0;               // inclusive
    std::optional<std::int64_t> eventId;      // named in every frame and in the audit row
    bool allowChangedSource = false;
    int crf = 18;                             // x264 quality: visually lossless for review
};

struct AnnotatedClipResult {
    exporting::ExportedFile file;
    std::int64_t framesWritten = 0;
    std::int64_t undecodableFrames = 0;       // written as labelled placeholders, keeping the timing
    exporting::SourceCheck check;
    double seconds = 0.0;                     // encoding time, for frames-per-second figures
};

// Where the burned-in elements sit on a frame of `frameSize` (tests look there).
struct AnnotatedFrameLayout {
    QRect info;    // top left: case, event, frame, time, score
    QRect mark;    // top right: DERIVED COPY
    QRect strip;   // bottom: score curve
};
AnnotatedFrameLayout annotatedFrameLayout(QSize frameSize);

// An event's frames widened by the padding (seconds), within the media.
std::pair<std::int64_t, std::int64_t> eventClipRange(const store::MediaRecord& media, const store::EventRecord& event,
                                                     double padBeforeSeconds, double padAfterSeconds);

// Hashes the source (SourceChangedError unless allowed), decodes the range,
// burns in the overlays, encodes into `destination` (.mp4, .mkv, .mov, .avi),
// commits it and audits. `db` must be writable. Throws exporting::ExportError
// (ExportCancelled on cancel), store::CaseError.
AnnotatedClipResult exportAnnotatedClip(store::CaseDatabase& db, const AnnotatedClipRequest& request,
                                        const std::filesystem::path& destination, exporting::ExistingFile existing,
                                        const ExportControl& control = {});

} // namespace anomalens::ui
