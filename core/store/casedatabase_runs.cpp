// CaseDatabase: analysis runs and their results (frame scores, heat maps, events).
#include "store/casedatabase_p.h"

#include "evidence/sha256.h"
#include "evidence/timestamp.h"
#include "store/patchmapcodec.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace anomalens::store {
namespace {

using nlohmann::json;

constexpr const char* kRunColumns =
    "SELECT id, media_id, model_id, started, finished, status, status_message, parameters, "
    "normalisation, threshold, last_frame_done FROM runs ";

constexpr const char* kPatchMapColumns = "SELECT frame_index, width, height, scale, data FROM patch_maps ";

constexpr const char* kEventColumns =
    "SELECT id, run_id, start_frame, end_frame, peak_frame, peak_score, status FROM events ";

RunRecord readRun(SQLite::Statement& query)
{
    RunRecord run;
    run.id = query.getColumn(0).getInt64();
    run.mediaId = query.getColumn(1).getInt64();
    run.modelId = query.getColumn(2).getInt64();
    run.startedUtc = query.getColumn(3).getString();
    run.finishedUtc = query.getColumn(4).getString();   // NULL reads as ""
    run.status = runStatusFromString(query.getColumn(5).getString());
    run.statusMessage = query.getColumn(6).getString();
    run.parameters = parseJsonColumn(query.getColumn(7).getString(), "runs.parameters");
    run.normalisation = parseJsonColumn(query.getColumn(8).getString(), "runs.normalisation");
    if (!query.getColumn(9).isNull())
        run.threshold = query.getColumn(9).getDouble();
    run.lastFrameDone = query.getColumn(10).getInt64();
    return run;
}

EventRecord readEvent(SQLite::Statement& query)
{
    EventRecord event;
    event.id = query.getColumn(0).getInt64();
    event.runId = query.getColumn(1).getInt64();
    event.startFrame = query.getColumn(2).getInt64();
    event.endFrame = query.getColumn(3).getInt64();
    event.peakFrame = query.getColumn(4).getInt64();
    event.peakScore = query.getColumn(5).getDouble();
    event.status = eventStatusFromString(query.getColumn(6).getString());
    return event;
}

PatchMap readPatchMap(SQLite::Statement& query)
{
    PatchMap map;
    map.frameIndex = query.getColumn(0).getInt64();
    map.width = query.getColumn(1).getInt();
    map.height = query.getColumn(2).getInt();
    const SQLite::Column data = query.getColumn(4);   // length = width * height (CHECK)
    map.values = decodePatchMap(static_cast<const std::uint8_t*>(data.getBlob()),
                                static_cast<std::size_t>(data.getBytes()), query.getColumn(3).getDouble());
    return map;
}

RunRecord selectRun(SQLite::Database& db, std::int64_t runId)
{
    SQLite::Statement query(db, std::string(kRunColumns) + "WHERE id = ?");
    query.bind(1, runId);
    if (!query.executeStep())
        throw CaseError(CaseErrorKind::NoSuchRecord, noSuchRecord("analysis run", runId));
    return readRun(query);
}

std::vector<EventRecord> selectEvents(SQLite::Database& db, std::int64_t runId)
{
    SQLite::Statement query(db, std::string(kEventColumns) + "WHERE run_id = ? ORDER BY start_frame, id");
    query.bind(1, runId);
    std::vector<EventRecord> rows;
    while (query.executeStep())
        rows.push_back(readEvent(query));
    return rows;
}

void requireValidEvents(const std::vector<EventRecord>& events)
{
    for (const EventRecord& event : events) {
        if (!(0 <= event.startFrame && event.startFrame <= event.peakFrame && event.peakFrame <= event.endFrame) ||
            !std::isfinite(event.peakScore))
            throw CaseError(CaseErrorKind::InvalidArgument,
                            "An event needs 0 <= start <= peak <= end and a finite peak score (frames " +
                                std::to_string(event.startFrame) + ".." + std::to_string(event.endFrame) + ")");
    }
}

// Inserts `events` into run `runId` (their own runId is ignored) in the given
// order; returns the new ids and appends each event's audit form to `audited`.
std::vector<std::int64_t> insertEvents(SQLite::Database& db, std::int64_t runId,
                                       const std::vector<EventRecord>& events, json& audited)
{
    SQLite::Statement insert(db, "INSERT INTO events (run_id, start_frame, end_frame, peak_frame, "
                                 "peak_score, status) VALUES (?, ?, ?, ?, ?, ?)");
    std::vector<std::int64_t> ids;
    for (const EventRecord& event : events) {
        insert.bind(1, runId);
        insert.bind(2, event.startFrame);
        insert.bind(3, event.endFrame);
        insert.bind(4, event.peakFrame);
        insert.bind(5, event.peakScore);
        insert.bind(6, toString(event.status));
        insert.exec();
        insert.reset();
        ids.push_back(db.getLastInsertRowid());
        audited.push_back({{"event_id", ids.back()},
                           {"start_frame", event.startFrame},
                           {"end_frame", event.endFrame},
                           {"peak_frame", event.peakFrame},
                           {"peak_score", event.peakScore},
                           {"status", toString(event.status)}});
    }
    return ids;
}

// Results may only be added while the run is in progress: a finished run's
// results are what its report was based on.
RunRecord requireRunningRun(SQLite::Database& db, std::int64_t runId)
{
    RunRecord run = selectRun(db, runId);
    if (run.status != RunStatus::Running)
        throw CaseError(CaseErrorKind::InvalidArgument,
                        "Analysis run " + std::to_string(runId) + " is " + toString(run.status) +
                            "; results can only be added while it is running");
    return run;
}

std::string shaOfRow(SQLite::Database& db, const char* table, std::int64_t id)
{
    SQLite::Statement query(db, std::string("SELECT sha256 FROM ") + table + " WHERE id = ?");
    query.bind(1, id);
    if (!query.executeStep())
        throw CaseError(CaseErrorKind::NoSuchRecord,
                        noSuchRecord(std::string(table) == "media" ? "media" : "model", id));
    return query.getColumn(0).getString();
}

} // namespace

std::int64_t CaseDatabase::createRun(const RunRecord& run)
{
    m_impl->requireWritable("starting an analysis run");
    const json parameters = objectOrEmpty(run.parameters, "Run parameters");
    const json normalisation = objectOrEmpty(run.normalisation, "Run normalisation");
    if (run.threshold && !std::isfinite(*run.threshold))
        throw CaseError(CaseErrorKind::InvalidArgument, "A run's threshold must be a finite number");

    return m_impl->write("starting an analysis run", [&] {
        SQLite::Database& db = *m_impl->db;
        // Looked up (not just FK-checked) so the audit row binds the run to the
        // exact footage and model bytes.
        const std::string mediaSha = shaOfRow(db, "media", run.mediaId);
        const std::string modelSha = shaOfRow(db, "models", run.modelId);
        SQLite::Statement insert(db, "INSERT INTO runs (media_id, model_id, started, status, parameters, "
                                     "normalisation, threshold) VALUES (?, ?, ?, 'running', ?, ?, ?)");
        insert.bind(1, run.mediaId);
        insert.bind(2, run.modelId);
        insert.bind(3, evidence::utcNowIso8601());
        insert.bind(4, toJsonText(parameters));
        insert.bind(5, toJsonText(normalisation));
        if (run.threshold)
            insert.bind(6, *run.threshold);
        else
            insert.bind(6);
        insert.exec();
        const std::int64_t id = db.getLastInsertRowid();
        m_impl->audit.append("run.create", {{"run_id", id},
                                            {"media_id", run.mediaId},
                                            {"media_sha256", mediaSha},
                                            {"model_id", run.modelId},
                                            {"model_sha256", modelSha},
                                            {"parameters", parameters},
                                            {"normalisation", normalisation},
                                            {"threshold", run.threshold ? json(*run.threshold) : json()}});
        return id;
    });
}

void CaseDatabase::finishRun(std::int64_t runId, RunStatus status, const std::string& statusMessage,
                             std::optional<double> threshold)
{
    m_impl->requireWritable("finishing an analysis run");
    if (status == RunStatus::Running)
        throw CaseError(CaseErrorKind::InvalidArgument, "finishRun needs a final status");
    if (threshold && !std::isfinite(*threshold))
        throw CaseError(CaseErrorKind::InvalidArgument, "A run's threshold must be a finite number");

    m_impl->write("finishing an analysis run", [&] {
        SQLite::Database& db = *m_impl->db;
        const RunRecord before = requireRunningRun(db, runId);
        SQLite::Statement update(db, "UPDATE runs SET finished = ?, status = ?, status_message = ?, "
                                     "threshold = coalesce(?, threshold) WHERE id = ?");
        update.bind(1, evidence::utcNowIso8601());
        update.bind(2, toString(status));
        update.bind(3, statusMessage);
        if (threshold)
            update.bind(4, *threshold);
        else
            update.bind(4);
        update.bind(5, runId);
        update.exec();
        const std::int64_t scored =
            [&] {
                SQLite::Statement count(db, "SELECT count(*) FROM frame_scores WHERE run_id = ?");
                count.bind(1, runId);
                count.executeStep();
                return count.getColumn(0).getInt64();
            }();
        const std::optional<double> finalThreshold = threshold ? threshold : before.threshold;
        m_impl->audit.append("run.finish", {{"run_id", runId},
                                            {"status", toString(status)},
                                            {"message", statusMessage},
                                            {"threshold", finalThreshold ? json(*finalThreshold) : json()},
                                            {"frames_scored", scored},
                                            {"last_frame_done", before.lastFrameDone}});
    });
}

RunRecord CaseDatabase::run(std::int64_t runId) const
{
    return m_impl->read("reading an analysis run", [&] { return selectRun(*m_impl->db, runId); });
}

std::vector<RunRecord> CaseDatabase::listRuns(std::optional<std::int64_t> mediaId) const
{
    return m_impl->read("listing analysis runs", [&] {
        SQLite::Statement query(*m_impl->db, std::string(kRunColumns) +
                                                 (mediaId ? "WHERE media_id = ? ORDER BY id" : "ORDER BY id"));
        if (mediaId)
            query.bind(1, *mediaId);
        std::vector<RunRecord> runs;
        while (query.executeStep())
            runs.push_back(readRun(query));
        return runs;
    });
}

void CaseDatabase::appendFrameScores(std::int64_t runId, const std::vector<FrameScore>& scores,
                                     const std::optional<std::vector<std::uint8_t>>& resumeState)
{
    m_impl->requireWritable("storing frame scores");
    if (scores.empty())
        return;
    std::vector<std::string> signalTexts;
    signalTexts.reserve(scores.size());
    for (const FrameScore& score : scores) {
        if (score.frameIndex < 0 || !std::isfinite(score.score))
            throw CaseError(CaseErrorKind::InvalidArgument,
                            "Frame " + std::to_string(score.frameIndex) +
                                ": scores need a frame index >= 0 and a finite value");
        signalTexts.push_back(toJsonText(objectOrEmpty(score.signals, "Frame signals")));
    }

    m_impl->write("storing frame scores", [&] {
        SQLite::Database& db = *m_impl->db;
        requireRunningRun(db, runId);
        SQLite::Statement insert(db, "INSERT INTO frame_scores (run_id, frame_index, score, signals) "
                                     "VALUES (?, ?, ?, ?)");
        // The batch digest in the audit row pins these exact values.
        evidence::Sha256 digest;
        std::int64_t minFrame = scores.front().frameIndex;
        std::int64_t maxFrame = scores.front().frameIndex;
        for (std::size_t i = 0; i < scores.size(); ++i) {
            insert.bind(1, runId);
            insert.bind(2, scores[i].frameIndex);
            insert.bind(3, scores[i].score);
            insert.bind(4, signalTexts[i]);
            try {
                insert.exec();
            } catch (const SQLite::Exception& e) {
                if ((e.getErrorCode() & 0xff) != SQLITE_CONSTRAINT)
                    throw;
                throw CaseError(CaseErrorKind::InvalidArgument,
                                "Frame " + std::to_string(scores[i].frameIndex) +
                                    " already has a score in analysis run " + std::to_string(runId));
            }
            insert.reset();
            digest.update(toJsonText(json::array({scores[i].frameIndex, scores[i].score, signalTexts[i]})));
            minFrame = std::min(minFrame, scores[i].frameIndex);
            maxFrame = std::max(maxFrame, scores[i].frameIndex);
        }
        SQLite::Statement progress(db, "UPDATE runs SET last_frame_done = max(last_frame_done, ?) WHERE id = ?");
        progress.bind(1, maxFrame);
        progress.bind(2, runId);
        progress.exec();
        json audit = {{"run_id", runId},
                      {"count", scores.size()},
                      {"first_frame", minFrame},
                      {"last_frame", maxFrame},
                      {"sha256", digest.finalHex()}};
        if (resumeState) {
            SQLite::Statement state(db, "UPDATE runs SET resume_state = ? WHERE id = ?");
            state.bind(1, resumeState->data(), static_cast<int>(resumeState->size()));
            state.bind(2, runId);
            state.exec();
            audit["resume_state_sha256"] = evidence::sha256Hex(resumeState->data(), resumeState->size());
        }
        m_impl->audit.append("run.scores.append", audit);
    });
}

std::vector<std::uint8_t> CaseDatabase::runResumeState(std::int64_t runId) const
{
    return m_impl->read("reading a run's resume state", [&] {
        selectRun(*m_impl->db, runId);
        SQLite::Statement query(*m_impl->db, "SELECT resume_state FROM runs WHERE id = ?");
        query.bind(1, runId);
        query.executeStep();
        const SQLite::Column column = query.getColumn(0);
        const auto* bytes = static_cast<const std::uint8_t*>(column.getBlob());
        return std::vector<std::uint8_t>(bytes, bytes + column.getBytes());
    });
}

void CaseDatabase::reopenRun(std::int64_t runId)
{
    m_impl->requireWritable("resuming an analysis run");
    m_impl->write("resuming an analysis run", [&] {
        SQLite::Database& db = *m_impl->db;
        const RunRecord before = selectRun(db, runId);
        if (before.status == RunStatus::Completed || before.status == RunStatus::Running)
            throw CaseError(CaseErrorKind::InvalidArgument,
                            "Analysis run " + std::to_string(runId) + " is " + toString(before.status) +
                                "; only a cancelled or failed run can be resumed");
        SQLite::Statement update(db, "UPDATE runs SET status = 'running', finished = NULL, status_message = '' "
                                     "WHERE id = ?");
        update.bind(1, runId);
        update.exec();
        m_impl->audit.append("run.resume", {{"run_id", runId},
                                            {"was", toString(before.status)},
                                            {"last_frame_done", before.lastFrameDone}});
    });
}

std::vector<FrameScore> CaseDatabase::frameScores(std::int64_t runId) const
{
    return m_impl->read("reading frame scores", [&] {
        selectRun(*m_impl->db, runId);
        SQLite::Statement query(*m_impl->db, "SELECT frame_index, score, signals FROM frame_scores "
                                             "WHERE run_id = ? ORDER BY frame_index");
        query.bind(1, runId);
        std::vector<FrameScore> scores;
        while (query.executeStep()) {
            FrameScore score;
            score.frameIndex = query.getColumn(0).getInt64();
            score.score = query.getColumn(1).getDouble();
            score.signals = parseJsonColumn(query.getColumn(2).getString(), "frame_scores.signals");
            scores.push_back(std::move(score));
        }
        return scores;
    });
}

void CaseDatabase::appendPatchMaps(std::int64_t runId, const std::vector<PatchMap>& maps)
{
    m_impl->requireWritable("storing heat maps");
    if (maps.empty())
        return;
    std::vector<EncodedPatchMap> encoded;
    encoded.reserve(maps.size());
    std::set<std::int64_t> frames;
    for (const PatchMap& map : maps) {
        if (map.frameIndex < 0 || map.width <= 0 || map.height <= 0 ||
            map.values.size() != static_cast<std::size_t>(map.width) * static_cast<std::size_t>(map.height))
            throw CaseError(CaseErrorKind::InvalidArgument,
                            "Heat map of frame " + std::to_string(map.frameIndex) +
                                " needs width x height values and a frame index >= 0");
        if (!frames.insert(map.frameIndex).second)
            throw CaseError(CaseErrorKind::InvalidArgument,
                            "Two heat maps of frame " + std::to_string(map.frameIndex) + " in one batch");
        encoded.push_back(encodePatchMap(map.values, map.frameIndex));
    }

    m_impl->write("storing heat maps", [&] {
        SQLite::Database& db = *m_impl->db;
        requireRunningRun(db, runId);
        SQLite::Statement exists(db, "SELECT 1 FROM patch_maps WHERE run_id = ? AND frame_index = ?");
        SQLite::Statement upsert(db, "INSERT INTO patch_maps (run_id, frame_index, width, height, scale, data) "
                                     "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, frame_index) DO UPDATE SET "
                                     "width = excluded.width, height = excluded.height, "
                                     "scale = excluded.scale, data = excluded.data");
        // The digest pins what is stored: per map its frame, size, scale and bytes.
        evidence::Sha256 digest;
        std::int64_t replaced = 0;
        for (std::size_t i = 0; i < maps.size(); ++i) {
            const PatchMap& map = maps[i];
            const EncodedPatchMap& stored = encoded[i];
            exists.bind(1, runId);
            exists.bind(2, map.frameIndex);
            replaced += exists.executeStep() ? 1 : 0;
            exists.reset();
            upsert.bind(1, runId);
            upsert.bind(2, map.frameIndex);
            upsert.bind(3, map.width);
            upsert.bind(4, map.height);
            upsert.bind(5, stored.scale);
            upsert.bindNoCopy(6, stored.bytes.data(), static_cast<int>(stored.bytes.size()));
            upsert.exec();
            upsert.reset();
            digest.update(toJsonText(json::array({map.frameIndex, map.width, map.height, stored.scale})));
            digest.update(stored.bytes.data(), stored.bytes.size());
        }
        m_impl->audit.append("run.patchmaps.append", {{"run_id", runId},
                                                      {"count", maps.size()},
                                                      {"replaced", replaced},
                                                      {"first_frame", *frames.begin()},
                                                      {"last_frame", *frames.rbegin()},
                                                      {"encoding", "uint8 x scale / 255"},
                                                      {"sha256", digest.finalHex()}});
    });
}

std::optional<PatchMap> CaseDatabase::patchMap(std::int64_t runId, std::int64_t frameIndex) const
{
    return m_impl->read("reading a heat map", [&]() -> std::optional<PatchMap> {
        SQLite::Statement query(*m_impl->db, std::string(kPatchMapColumns) + "WHERE run_id = ? AND frame_index = ?");
        query.bind(1, runId);
        query.bind(2, frameIndex);
        if (!query.executeStep())
            return std::nullopt;
        return readPatchMap(query);
    });
}

std::vector<PatchMap> CaseDatabase::patchMaps(std::int64_t runId, std::int64_t firstFrame,
                                              std::int64_t lastFrame) const
{
    return m_impl->read("reading heat maps", [&] {
        selectRun(*m_impl->db, runId);
        std::vector<PatchMap> maps;
        if (lastFrame < firstFrame)
            return maps;
        SQLite::Statement query(*m_impl->db, std::string(kPatchMapColumns) +
                                                 "WHERE run_id = ? AND frame_index BETWEEN ? AND ? "
                                                 "ORDER BY frame_index");
        query.bind(1, runId);
        query.bind(2, firstFrame);
        query.bind(3, lastFrame);
        while (query.executeStep())
            maps.push_back(readPatchMap(query));
        return maps;
    });
}

std::vector<std::int64_t> CaseDatabase::addEvents(std::int64_t runId, const std::vector<EventRecord>& events)
{
    m_impl->requireWritable("storing events");
    requireValidEvents(events);
    if (events.empty())
        return {};

    return m_impl->write("storing events", [&] {
        SQLite::Database& db = *m_impl->db;
        selectRun(db, runId);
        json audited = json::array();
        const std::vector<std::int64_t> ids = insertEvents(db, runId, events, audited);
        m_impl->audit.append("run.events.add", {{"run_id", runId}, {"events", audited}});
        return ids;
    });
}

std::vector<EventRecord> CaseDatabase::replaceEvents(std::int64_t runId, const std::vector<EventRecord>& events,
                                                     double threshold)
{
    m_impl->requireWritable("replacing events");
    requireValidEvents(events);
    if (!std::isfinite(threshold))
        throw CaseError(CaseErrorKind::InvalidArgument, "A run's threshold must be a finite number");

    return m_impl->write("replacing events", [&] {
        SQLite::Database& db = *m_impl->db;
        const RunRecord run = selectRun(db, runId);
        const std::vector<EventRecord> old = selectEvents(db, runId);   // by start frame, then id

        std::vector<EventRecord> carried = events;
        json carriedFrom = json::array();
        for (EventRecord& event : carried) {
            const EventRecord* best = nullptr;
            std::int64_t bestOverlap = 0;
            for (const EventRecord& previous : old) {
                if (previous.status == EventStatus::Unreviewed)
                    continue;
                const std::int64_t overlap = std::min(event.endFrame, previous.endFrame) -
                                             std::max(event.startFrame, previous.startFrame) + 1;
                if (overlap > bestOverlap) {   // strictly more: a tie keeps the earlier old event
                    best = &previous;
                    bestOverlap = overlap;
                }
            }
            if (best)
                event.status = best->status;
            carriedFrom.push_back(best ? json(best->id) : json());
        }

        SQLite::Statement remove(db, "DELETE FROM events WHERE run_id = ?");
        remove.bind(1, runId);
        remove.exec();
        json audited = json::array();
        insertEvents(db, runId, carried, audited);
        for (std::size_t i = 0; i < audited.size(); ++i)
            audited[i]["status_from_event_id"] = carriedFrom[i];
        SQLite::Statement update(db, "UPDATE runs SET threshold = ? WHERE id = ?");
        update.bind(1, threshold);
        update.bind(2, runId);
        update.exec();

        json removed = json::array();
        for (const EventRecord& previous : old)
            removed.push_back({{"event_id", previous.id},
                               {"start_frame", previous.startFrame},
                               {"end_frame", previous.endFrame},
                               {"status", toString(previous.status)}});
        m_impl->audit.append("events.replace", {{"run_id", runId},
                                                {"threshold", threshold},
                                                {"previous_threshold", run.threshold ? json(*run.threshold) : json()},
                                                {"removed_count", old.size()},
                                                {"added_count", carried.size()},
                                                {"removed", removed},
                                                {"events", audited}});
        return selectEvents(db, runId);
    });
}

std::vector<EventRecord> CaseDatabase::events(std::int64_t runId) const
{
    return m_impl->read("reading events", [&] { return selectEvents(*m_impl->db, runId); });
}

void CaseDatabase::setEventStatus(std::int64_t eventId, EventStatus status)
{
    m_impl->write("reviewing an event", [&] {
        SQLite::Database& db = *m_impl->db;
        SQLite::Statement query(db, std::string(kEventColumns) + "WHERE id = ?");
        query.bind(1, eventId);
        if (!query.executeStep())
            throw CaseError(CaseErrorKind::NoSuchRecord, noSuchRecord("event", eventId));
        const EventRecord before = readEvent(query);
        if (before.status == status)
            return;   // no change, nothing to audit
        SQLite::Statement update(db, "UPDATE events SET status = ? WHERE id = ?");
        update.bind(1, toString(status));
        update.bind(2, eventId);
        update.exec();
        m_impl->audit.append("event.status", {{"event_id", eventId},
                                              {"run_id", before.runId},
                                              {"from", toString(before.status)},
                                              {"to", toString(status)}});
    });
}

} // namespace anomalens::store
