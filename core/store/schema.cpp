#include "store/schema.h"

#include "evidence/auditlog.h"
#include "evidence/timestamp.h"
#include "store/caseerror.h"
#include "store/patchmapcodec.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstring>

#ifndef ANOMALENS_STORE_APP_VERSION
#define ANOMALENS_STORE_APP_VERSION "unknown"
#endif

namespace anomalens::store {
namespace {

// Version 1. Notes on choices:
// - JSON columns are TEXT holding canonical nlohmann dumps, default '{}'.
// - frame_scores is WITHOUT ROWID: its primary key is the natural lookup and
//   it is the largest table (one row per frame per run).
// - annotations use AUTOINCREMENT so a deleted annotation's id is never reused;
//   annotation_history has no foreign key on purpose: it outlives deletions.
// - annotation_history is append-only, like audit_log.
const char* const kSchemaV1 = R"SQL(
CREATE TABLE case_info (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL,
    created     TEXT NOT NULL,
    app_version TEXT NOT NULL,
    metadata    TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE media (
    id          INTEGER PRIMARY KEY,
    path        TEXT NOT NULL,
    sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    size_bytes  INTEGER NOT NULL CHECK (size_bytes >= 0),
    container   TEXT NOT NULL DEFAULT '',
    codec       TEXT NOT NULL DEFAULT '',
    width       INTEGER NOT NULL DEFAULT 0,
    height      INTEGER NOT NULL DEFAULT 0,
    fps         REAL NOT NULL DEFAULT 0,
    frame_count INTEGER NOT NULL DEFAULT 0,
    duration_us INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL,
    metadata    TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE models (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    method   TEXT NOT NULL,
    profile  TEXT NOT NULL DEFAULT '',
    sha256   TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    path     TEXT NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}',
    created  TEXT NOT NULL
);
CREATE TABLE runs (
    id              INTEGER PRIMARY KEY,
    media_id        INTEGER NOT NULL REFERENCES media(id),
    model_id        INTEGER NOT NULL REFERENCES models(id),
    started         TEXT NOT NULL,
    finished        TEXT,
    status          TEXT NOT NULL DEFAULT 'running'
                    CHECK (status IN ('running', 'completed', 'failed', 'cancelled')),
    status_message  TEXT NOT NULL DEFAULT '',
    parameters      TEXT NOT NULL DEFAULT '{}',
    normalisation   TEXT NOT NULL DEFAULT '{}',
    threshold       REAL,
    last_frame_done INTEGER NOT NULL DEFAULT -1
);
CREATE INDEX runs_by_media ON runs(media_id);
CREATE TABLE frame_scores (
    run_id      INTEGER NOT NULL REFERENCES runs(id),
    frame_index INTEGER NOT NULL CHECK (frame_index >= 0),
    score       REAL NOT NULL,
    signals     TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (run_id, frame_index)
) WITHOUT ROWID;
CREATE TABLE patch_maps (
    run_id      INTEGER NOT NULL REFERENCES runs(id),
    frame_index INTEGER NOT NULL CHECK (frame_index >= 0),
    width       INTEGER NOT NULL CHECK (width > 0),
    height      INTEGER NOT NULL CHECK (height > 0),
    data        BLOB NOT NULL CHECK (length(data) = width * height * 4),
    PRIMARY KEY (run_id, frame_index)
);
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES runs(id),
    start_frame INTEGER NOT NULL,
    end_frame   INTEGER NOT NULL,
    peak_frame  INTEGER NOT NULL,
    peak_score  REAL NOT NULL,
    status      TEXT NOT NULL DEFAULT 'unreviewed'
                CHECK (status IN ('unreviewed', 'confirmed', 'dismissed')),
    CHECK (0 <= start_frame AND start_frame <= peak_frame AND peak_frame <= end_frame)
);
CREATE INDEX events_by_run ON events(run_id, start_frame);
CREATE TABLE annotations (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    media_id    INTEGER NOT NULL REFERENCES media(id),
    run_id      INTEGER REFERENCES runs(id),
    frame_start INTEGER NOT NULL,
    frame_end   INTEGER NOT NULL,
    label       TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL,
    created     TEXT NOT NULL,
    modified    TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    CHECK (0 <= frame_start AND frame_start <= frame_end)
);
CREATE INDEX annotations_by_media ON annotations(media_id, frame_start);
CREATE TABLE annotation_history (
    annotation_id INTEGER NOT NULL,
    version       INTEGER NOT NULL,
    changed       TEXT NOT NULL,
    author        TEXT NOT NULL,
    change        TEXT NOT NULL CHECK (change IN ('update', 'delete')),
    previous      TEXT NOT NULL,
    PRIMARY KEY (annotation_id, version)
);
CREATE TRIGGER annotation_history_no_update BEFORE UPDATE ON annotation_history
BEGIN SELECT RAISE(ABORT, 'annotation_history is append-only'); END;
CREATE TRIGGER annotation_history_no_delete BEFORE DELETE ON annotation_history
BEGIN SELECT RAISE(ABORT, 'annotation_history is append-only'); END;
)SQL";

void migrateToV1(SQLite::Database& db)
{
    db.exec(kSchemaV1);
    evidence::AuditLog::createSchema(db);
    // A placeholder identity; create() fills in the real name. A v0 file
    // upgraded by open() keeps it, which tells the reader where it came from.
    SQLite::Statement info(db, "INSERT INTO case_info (id, name, created, app_version) "
                               "VALUES (1, 'Untitled case', ?, ?)");
    info.bind(1, evidence::utcNowIso8601());
    info.bind(2, ANOMALENS_STORE_APP_VERSION);
    info.exec();
}

// v2: what the analyzer needs to continue an interrupted run exactly where it
// stopped (e.g. MNAD's memory items after the last stored frame). Written in
// the same transaction as each batch of scores.
void migrateToV2(SQLite::Database& db)
{
    db.exec("ALTER TABLE runs ADD COLUMN resume_state BLOB");
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "v1/v2 patch_maps hold native float32; add byte swapping for big-endian hosts"
#endif

// v3, events: the review state 'needs_review' (the reviewer looked and wants a
// second opinion). SQLite cannot alter a CHECK constraint, so the table is
// rebuilt (new, copy, drop, rename) keeping every id. It now uses
// AUTOINCREMENT: replaceEvents() deletes a run's events, and the audit log
// names events by id, so an id must never be handed out twice. Nothing
// references events (no foreign key, trigger or view), so the rebuild cannot
// break another table.
const char* const kEventsV3 = R"SQL(
CREATE TABLE events_v3 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id      INTEGER NOT NULL REFERENCES runs(id),
    start_frame INTEGER NOT NULL,
    end_frame   INTEGER NOT NULL,
    peak_frame  INTEGER NOT NULL,
    peak_score  REAL NOT NULL,
    status      TEXT NOT NULL DEFAULT 'unreviewed'
                CHECK (status IN ('unreviewed', 'needs_review', 'confirmed', 'dismissed')),
    CHECK (0 <= start_frame AND start_frame <= peak_frame AND peak_frame <= end_frame)
);
INSERT INTO events_v3 (id, run_id, start_frame, end_frame, peak_frame, peak_score, status)
    SELECT id, run_id, start_frame, end_frame, peak_frame, peak_score, status FROM events ORDER BY id;
DROP TABLE events;
ALTER TABLE events_v3 RENAME TO events;
CREATE INDEX events_by_run ON events(run_id, start_frame);
)SQL";

// v3, patch_maps: one byte per cell and a per-map scale (see patchmapcodec.h),
// a quarter of the float32 size. Rows keep their rowid: at about 1 KiB a row
// is too large for WITHOUT ROWID to pay off.
const char* const kPatchMapsV3 = R"SQL(
CREATE TABLE patch_maps_v3 (
    run_id      INTEGER NOT NULL REFERENCES runs(id),
    frame_index INTEGER NOT NULL CHECK (frame_index >= 0),
    width       INTEGER NOT NULL CHECK (width > 0),
    height      INTEGER NOT NULL CHECK (height > 0),
    scale       REAL NOT NULL CHECK (scale >= 0),
    data        BLOB NOT NULL CHECK (length(data) = width * height),
    PRIMARY KEY (run_id, frame_index)
);
)SQL";

void migrateToV3(SQLite::Database& db)
{
    db.exec(kEventsV3);

    db.exec(kPatchMapsV3);
    SQLite::Statement old(db, "SELECT run_id, frame_index, width, height, data FROM patch_maps "
                              "ORDER BY run_id, frame_index");
    SQLite::Statement insert(db, "INSERT INTO patch_maps_v3 (run_id, frame_index, width, height, scale, data) "
                                 "VALUES (?, ?, ?, ?, ?, ?)");
    std::vector<float> values;
    while (old.executeStep()) {
        // v1's CHECK guarantees width * height float32 values.
        const SQLite::Column data = old.getColumn(4);
        values.resize(static_cast<std::size_t>(data.getBytes()) / sizeof(float));
        if (!values.empty())
            std::memcpy(values.data(), data.getBlob(), values.size() * sizeof(float));
        const EncodedPatchMap encoded = encodeLegacyPatchMap(values.data(), values.size());
        insert.bind(1, old.getColumn(0).getInt64());
        insert.bind(2, old.getColumn(1).getInt64());
        insert.bind(3, old.getColumn(2).getInt());
        insert.bind(4, old.getColumn(3).getInt());
        insert.bind(5, encoded.scale);
        insert.bind(6, encoded.bytes.data(), static_cast<int>(encoded.bytes.size()));
        insert.exec();
        insert.reset();
    }
    old.reset();   // the read must be finished before its table is dropped
    db.exec("DROP TABLE patch_maps; ALTER TABLE patch_maps_v3 RENAME TO patch_maps;");

    // The copies keep every run_id; a violation here means the old file was
    // already inconsistent, and the step is rolled back rather than hiding it.
    for (const char* table : {"events", "patch_maps"}) {
        SQLite::Statement check(db, std::string("PRAGMA foreign_key_check(") + table + ")");
        if (check.executeStep())
            throw CaseError(CaseErrorKind::Corrupt, std::string("Upgrading the case to schema v3 found a row of '") +
                                                        table + "' that refers to a missing analysis run; "
                                                                "the case was left at v2");
    }
}

bool tableExists(SQLite::Database& db, const char* name)
{
    SQLite::Statement query(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
    query.bind(1, name);
    return query.executeStep();
}

} // namespace

const std::vector<Migration>& builtinMigrations()
{
    static const std::vector<Migration> steps = {
        {1, "initial schema", migrateToV1},
        {2, "runs.resume_state for resuming interrupted analysis runs", migrateToV2},
        {3, "events.status 'needs_review'; patch_maps stored as uint8 with a per-map scale", migrateToV3},
    };
    return steps;
}

int currentSchemaVersion()
{
    return builtinMigrations().back().toVersion;
}

int readUserVersion(SQLite::Database& db)
{
    return db.execAndGet("PRAGMA user_version").getInt();
}

void migrateSchema(SQLite::Database& db, const std::vector<Migration>& steps)
{
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].toVersion != static_cast<int>(i) + 1 || !steps[i].apply)
            throw CaseError(CaseErrorKind::InvalidArgument,
                            "Schema migrations must be numbered 1, 2, 3, ... without gaps");
    }
    const int lastKnown = static_cast<int>(steps.size());

    for (;;) {
        // The version is read under the write lock, so two programs opening
        // the same old case cannot both apply a step.
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        const int version = readUserVersion(db);
        if (version > lastKnown)
            throw CaseError(CaseErrorKind::NewerSchema,
                            "The case was written by a newer version of Anomalens (schema v" +
                                std::to_string(version) + "; this version reads up to v" +
                                std::to_string(lastKnown) + "). Update Anomalens to open it.");
        if (version == lastKnown) {
            transaction.commit();   // nothing written; ends the lock probe
            return;
        }
        const Migration& step = steps[static_cast<std::size_t>(version)];
        step.apply(db);
        // PRAGMA arguments cannot be bound; the values are integers we control.
        db.exec("PRAGMA user_version = " + std::to_string(step.toVersion));
        if (version == 0)
            db.exec("PRAGMA application_id = " + std::to_string(kCaseApplicationId));
        if (tableExists(db, "audit_log")) {
            evidence::AuditLog(db).append(
                "case.migrate",
                {{"from_version", version}, {"to_version", step.toVersion}, {"description", step.description}});
        }
        transaction.commit();
    }
}

} // namespace anomalens::store
