#pragma once
// The numbers behind an analysis, for other tools (spreadsheets, scripts):
// a run's per-frame scores as CSV or JSON, and its events as CSV. Written
// through writeExportText (sidecar, nothing partial) and audited as
// "export.scores" / "export.events".
//
// Formats:
// - Scores CSV: frame, time_s, score, one column per signal key found in any
//   frame's signals (union, sorted by name; blank where a frame lacks it),
//   event_id (the run's event whose [start, end] holds the frame; blank if
//   none). A signal named like a fixed column gets the prefix "signal_".
// - Events CSV: id, start_frame, end_frame, start_time_s, end_time_s (start
//   of the last frame), duration_s ((end - start + 1) frames), peak_frame,
//   peak_score, state (unreviewed, needs_review, confirmed, dismissed).
// - JSON: one object: tool, case (name, path, audit head), media (sha256,
//   fps, ...), run, model (sha256, ...), threshold, events, frames.
// CSV follows RFC 4180 (CRLF line ends; a field holding a comma, quote or
// line break is quoted, quotes doubled). Numbers always use '.' whatever the
// locale, in the shortest form that reads back to the same double. Times are
// frame / the media's frame rate (blank when it has none).
#include "export/exportfile.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace anomalens::store {
class CaseDatabase;
struct EventRecord;
struct FrameScore;
}

namespace anomalens::exporting {

enum class ScoresFormat { Csv, Json, EventsCsv };
// "csv", "json", "events"; fromString throws ExportError for anything else.
const char* toString(ScoresFormat format);
ScoresFormat scoresFormatFromString(const std::string& text);

struct ScoresExportRequest {
    std::int64_t runId = 0;
    ScoresFormat format = ScoresFormat::Csv;
    std::filesystem::path destination;
    ExistingFile existing = ExistingFile::Refuse;
};

struct ScoresExportResult {
    ExportedFile file;
    std::int64_t runId = 0;
    std::int64_t mediaId = 0;
    std::int64_t rows = 0;   // frames, or events for EventsCsv
};

// Throws ExportError (unknown run, existing destination, write errors).
ScoresExportResult exportScores(store::CaseDatabase& caseDb, const ScoresExportRequest& request);

// The pieces, for reuse (report) and tests.
std::string csvField(const std::string& text);   // quoted only when RFC 4180 needs it
std::string formatNumber(double value);          // shortest round-trip, '.', "" for NaN/inf
std::string scoresCsv(const std::vector<store::FrameScore>& scores, const std::vector<store::EventRecord>& events,
                      double fps);
std::string eventsCsv(const std::vector<store::EventRecord>& events, double fps);
nlohmann::json scoresJson(const store::CaseDatabase& caseDb, std::int64_t runId);

} // namespace anomalens::exporting
