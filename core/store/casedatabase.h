#pragma once
// CaseDatabase: one investigation = one SQLite file (".alcase") holding the
// imported media (by path + SHA-256, never copied or written), models, analysis
// runs with their per-frame scores, heat maps and events, annotations with
// their full history, and the hash-chained audit log.
//
// Invariants:
// - Every mutating call runs in one IMMEDIATE transaction that also appends its
//   audit row; either both are stored or neither is.
// - Opening never modifies a file it rejects: missing, not a case, corrupt,
//   newer schema, or locked cases raise CaseError and the file stays
//   byte-identical (the checks run on a connection that cannot write and, when
//   no other program has the case open, creates no -wal/-shm side files).
// - The schema version lives in PRAGMA user_version; older cases are upgraded
//   step by step on a read-write open (see schema.h); foreign keys are on; the
//   journal is WAL so readers never block the writer.
// - A ReadOnly case rejects every mutation with CaseError(ReadOnly).
// - Not thread-safe: each thread opens its own CaseDatabase on the same path.
//   Media and models are identified by SHA-256: importing the same content
//   twice returns the first row (and audits "media.import.duplicate").
// SQLiteCpp stays out of this header (pimpl), so the Qt UI does not need it.
#include "evidence/auditlog.h"
#include "evidence/sha256.h"
#include "media/videosource.h"
#include "store/caseerror.h"
#include "store/records.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace anomalens::store {

enum class OpenMode { ReadWrite, ReadOnly };

struct OpenOptions {
    // How long to wait for another connection's write lock before reporting
    // CaseErrorKind::Locked.
    int busyTimeoutMs = 2000;
    // PRAGMA quick_check on open; costs a full read of the file. A second
    // connection to a case this process has already checked may skip it.
    bool integrityCheck = true;
};

// Reads technical facts about a media file; throws media::MediaError.
using MediaProber = std::function<media::MediaInfo(const std::string& path)>;

class CaseDatabase {
public:
    // Creates a new case file; fails with AlreadyExists if `path` exists. The
    // folder must exist and be writable.
    static CaseDatabase create(const std::string& path, const CaseMetadata& metadata,
                               const OpenOptions& options = {});
    // Opens an existing case, upgrading its schema if opened ReadWrite.
    static CaseDatabase open(const std::string& path, OpenMode mode = OpenMode::ReadWrite,
                             const OpenOptions& options = {});

    ~CaseDatabase();
    CaseDatabase(CaseDatabase&&) noexcept;
    CaseDatabase& operator=(CaseDatabase&&) noexcept;
    CaseDatabase(const CaseDatabase&) = delete;
    CaseDatabase& operator=(const CaseDatabase&) = delete;

    const std::string& path() const;
    OpenMode mode() const;
    CaseInfo info() const;
    // Connection and file settings for support and tests: foreign_keys,
    // journal_mode, synchronous, user_version, application_id, page_count,
    // sqlite_version.
    nlohmann::json diagnostics() const;

    // --- media -----------------------------------------------------------
    // Probes with VideoSource, hashes (progress covers the hashing; a folder of
    // images is hashed as evidence::sha256Directory describes) and stores a
    // media row plus a "media.import" audit row in one transaction. Same
    // content again: returns the existing row and audits "media.import.duplicate".
    // Footage that changes while it is read is refused (CaseError Io).
    MediaRecord importMedia(const std::string& path, const evidence::HashProgress& progress = {});
    // Same, with a caller-supplied prober (tests, or footage VideoSource cannot read).
    MediaRecord importMedia(const std::string& path, const evidence::HashProgress& progress,
                            const MediaProber& prober);
    // Stores a row whose facts the caller already established; returns its id.
    std::int64_t addMedia(const MediaRecord& media);
    std::vector<MediaRecord> listMedia() const;
    MediaRecord media(std::int64_t mediaId) const;
    std::optional<MediaRecord> findMediaBySha(const std::string& sha256) const;

    // --- models ----------------------------------------------------------
    std::int64_t addModel(const ModelRecord& model);   // same sha256 again: existing id
    std::vector<ModelRecord> listModels() const;
    std::optional<ModelRecord> findModelBySha(const std::string& sha256) const;

    // --- runs and their results -------------------------------------------
    // `run.mediaId`, `modelId`, parameters, normalisation, threshold are used;
    // the run starts as Running.
    std::int64_t createRun(const RunRecord& run);
    // Running -> Completed/Failed/Cancelled. `threshold` replaces the stored one if set.
    void finishRun(std::int64_t runId, RunStatus status, const std::string& statusMessage = {},
                   std::optional<double> threshold = std::nullopt);
    RunRecord run(std::int64_t runId) const;
    std::vector<RunRecord> listRuns(std::optional<std::int64_t> mediaId = std::nullopt) const;

    // One transaction per batch (a crash loses at most this batch); advances
    // the run's lastFrameDone. A frame already scored in this run is an error.
    // `resumeState`, when given, replaces the run's resume state in the same
    // transaction: whatever the writer needs to continue after this batch
    // (opaque bytes; the analyzer stores MNAD's memory there).
    void appendFrameScores(std::int64_t runId, const std::vector<FrameScore>& scores,
                           const std::optional<std::vector<std::uint8_t>>& resumeState = std::nullopt);
    std::vector<FrameScore> frameScores(std::int64_t runId) const;
    // The state stored with the last batch (empty if none was).
    std::vector<std::uint8_t> runResumeState(std::int64_t runId) const;
    // Cancelled/Failed -> Running again, to add the frames it did not reach
    // (audited "run.resume"). A completed run is final: InvalidArgument.
    void reopenRun(std::int64_t runId);

    // Stores the maps of one batch in one transaction (audited
    // "run.patchmaps.append"); the run must be Running. A map for a frame that
    // already has one REPLACES it: the analyzer writes a batch's maps just
    // before its scores, and after a crash between the two the resumed run
    // writes that batch's maps again. Values must be finite and >= 0 (see
    // PatchMap for the stored precision); two maps of one frame in the same
    // call, a size mismatch or a bad value -> InvalidArgument, nothing stored.
    void appendPatchMaps(std::int64_t runId, const std::vector<PatchMap>& maps);
    std::optional<PatchMap> patchMap(std::int64_t runId, std::int64_t frameIndex) const;
    // The stored maps of frames firstFrame..lastFrame (inclusive), by frame;
    // frames without a map are skipped, lastFrame < firstFrame gives none.
    // An unknown run -> NoSuchRecord.
    std::vector<PatchMap> patchMaps(std::int64_t runId, std::int64_t firstFrame, std::int64_t lastFrame) const;

    // Ids are never reused (AUTOINCREMENT), so an id in the audit log names one event for good.
    std::vector<std::int64_t> addEvents(std::int64_t runId, const std::vector<EventRecord>& events);
    // Ordered by start frame, then id.
    std::vector<EventRecord> events(std::int64_t runId) const;
    void setEventStatus(std::int64_t eventId, EventStatus status);
    // Re-detection at a new threshold (the reviewer drags it): in one
    // transaction deletes the run's events, stores `events` (validated as in
    // addEvents; their runId is ignored), sets the run's threshold (finite, any
    // run status) and audits "events.replace". Review work is carried over:
    // each new event takes the status of the old event it overlaps in the most
    // frames among the old events that are not Unreviewed (a tie goes to the
    // old event that starts first, then the lower id); a new event that
    // overlaps none keeps the status it was given. Returns the stored events as
    // events() would, with their new ids (always above every earlier id).
    std::vector<EventRecord> replaceEvents(std::int64_t runId, const std::vector<EventRecord>& events,
                                           double threshold);

    // --- annotations --------------------------------------------------------
    std::int64_t addAnnotation(const Annotation& annotation);
    // Replaces range, label, note, runId of annotation.id; the previous content
    // goes to annotation_history. Returns the new version.
    int updateAnnotation(const Annotation& annotation);
    // Removes the annotation; its last content stays in annotation_history.
    void deleteAnnotation(std::int64_t annotationId);
    Annotation annotation(std::int64_t annotationId) const;
    std::vector<Annotation> annotations(std::int64_t mediaId) const;
    std::vector<AnnotationRevision> annotationHistory(std::int64_t annotationId) const;

    // --- audit ------------------------------------------------------------
    // Read access (entries, head, verify). Write through logAction().
    const evidence::AuditLog& audit() const;
    // Records an action that changes nothing in the case (an export, a report).
    void logAction(const std::string& action, const nlohmann::json& parameters);

    // Audit chain check + every media file re-hashed against its stored SHA-256.
    // `progress` covers the hashing of all media together.
    CaseVerifyReport verify(const evidence::HashProgress& progress = {}) const;

private:
    struct Impl;   // defined in casedatabase_p.h, shared by the casedatabase_*.cpp files
    explicit CaseDatabase(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace anomalens::store
