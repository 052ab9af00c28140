#pragma once
// Plain value types for the rows of a case database (see casedatabase.h for
// the schema). Times are UTC ISO-8601 strings as written by
// evidence::formatUtcIso8601; JSON columns are exposed as nlohmann::json;
// ids are SQLite rowids (0 = not stored yet). The string forms of the enums
// are what the database stores and what CHECK constraints allow.
#include "evidence/auditlog.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace anomalens::store {

inline constexpr const char* kCaseFileExtension = ".alcase";

struct CaseMetadata {
    std::string name;                                  // required, shown in reports
    nlohmann::json extra = nlohmann::json::object();   // investigator, reference, notes...
};

struct CaseInfo {
    std::string name;
    std::string createdUtc;
    std::string appVersion;          // Anomalens version that created the case
    nlohmann::json metadata;
    int schemaVersion = 0;
    evidence::AuditHead auditHead;   // quote this outside the file to anchor the log
};

struct MediaRecord {
    std::int64_t id = 0;
    std::string path;                // absolute, as imported
    std::string sha256;
    std::int64_t sizeBytes = 0;
    std::string container;
    std::string codec;
    int width = 0;
    int height = 0;
    double fps = 0.0;
    std::int64_t frameCount = 0;
    std::int64_t durationUs = 0;
    std::string importedAtUtc;
    nlohmann::json metadata = nlohmann::json::object();
};

struct ModelRecord {
    std::int64_t id = 0;
    std::string name;
    std::string method;              // e.g. "mnad", "ffp"
    std::string profile;             // e.g. "cpu-fast"
    std::string sha256;              // of the model bundle file
    std::string path;
    nlohmann::json metadata = nlohmann::json::object();
    std::string createdUtc;
};

enum class RunStatus { Running, Completed, Failed, Cancelled };
const char* toString(RunStatus status);
RunStatus runStatusFromString(const std::string& text);   // throws CaseError(Corrupt)

struct RunRecord {
    std::int64_t id = 0;
    std::int64_t mediaId = 0;
    std::int64_t modelId = 0;
    std::string startedUtc;
    std::string finishedUtc;         // empty while running
    RunStatus status = RunStatus::Running;
    std::string statusMessage;       // why it failed / was cancelled
    nlohmann::json parameters = nlohmann::json::object();
    nlohmann::json normalisation = nlohmann::json::object();   // calibration used for scores
    std::optional<double> threshold;
    std::int64_t lastFrameDone = -1; // highest frame with a stored score; resume after it
};

struct FrameScore {
    std::int64_t frameIndex = 0;
    double score = 0.0;                                    // must be finite
    nlohmann::json signals = nlohmann::json::object();    // per-signal raw values
};

// A per-frame heat map: width x height values, row-major, each an error
// magnitude >= 0 (finite). Since schema v3 the case stores one byte per value
// plus the map's largest value as its scale (value = byte * scale / 255), so a
// 32x32 map takes 1 KiB; a value read back differs from the one written by at
// most scale / 510 (half a step; the largest value and 0 are exact).
struct PatchMap {
    std::int64_t frameIndex = 0;
    int width = 0;
    int height = 0;
    std::vector<float> values;
};

// NeedsReview ('needs_review', schema v3): looked at, undecided, wants a
// second look or a second reviewer.
enum class EventStatus { Unreviewed, NeedsReview, Confirmed, Dismissed };
const char* toString(EventStatus status);
EventStatus eventStatusFromString(const std::string& text);   // throws CaseError(Corrupt)

struct EventRecord {
    std::int64_t id = 0;
    std::int64_t runId = 0;
    std::int64_t startFrame = 0;     // inclusive
    std::int64_t endFrame = 0;       // inclusive
    std::int64_t peakFrame = 0;
    double peakScore = 0.0;
    EventStatus status = EventStatus::Unreviewed;
};

struct Annotation {
    std::int64_t id = 0;
    std::int64_t mediaId = 0;
    std::optional<std::int64_t> runId;
    std::int64_t frameStart = 0;     // inclusive
    std::int64_t frameEnd = 0;       // inclusive
    std::string label;
    std::string note;
    std::string author;              // creator; empty on add = the OS user
    std::string createdUtc;
    std::string modifiedUtc;
    int version = 1;                 // +1 on every update
};

// One superseded state of an annotation, written when it is updated or deleted.
struct AnnotationRevision {
    std::int64_t annotationId = 0;
    int version = 0;                 // the version that was replaced
    std::string changedUtc;
    std::string author;              // who changed it
    std::string change;              // "update" or "delete"
    nlohmann::json previous;         // the full previous content
};

enum class MediaCheckStatus { Ok, Missing, Changed, Unreadable };

struct MediaCheck {
    std::int64_t mediaId = 0;
    std::string path;
    std::string expectedSha256;
    std::string actualSha256;        // empty when not computed
    MediaCheckStatus status = MediaCheckStatus::Ok;
    std::string message;
};

struct CaseVerifyReport {
    evidence::AuditVerifyResult audit;
    std::vector<MediaCheck> media;
    bool ok() const;
};

} // namespace anomalens::store
