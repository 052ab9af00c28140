// CaseDatabase: analysis runs and their results (frame scores, heat maps, events).
#include "store/casedatabase_p.h"

#include "evidence/sha256.h"
#include "evidence/timestamp.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace anomalens::store {
namespace {

using nlohmann::json;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "patch_maps stores native float32; add byte swapping for big-endian hosts"
#endif

constexpr const char* kRunColumns =
    "SELECT id, media_id, model_id, started, finished, status, status_message, parameters, "
    "normalisation, threshold, last_frame_done FROM runs ";

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

RunRecord selectRun(SQLite::Database& db, std::int64_t runId)
{
    SQLite::Statement query(db, std::string(kRunColumns) + "WHERE id = ?");
    query.bind(1, runId);
    if (!query.executeStep())
        throw CaseError(CaseErrorKind::NoSuchRecord, noSuchRecord("analysis run", runId));
    return readRun(query);
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
    for (const PatchMap& map : maps) {
        if (map.frameIndex < 0 || map.width <= 0 || map.height <= 0 ||
            map.values.size() != static_cast<std::size_t>(map.width) * static_cast<std::size_t>(map.height))
            throw CaseError(CaseErrorKind::InvalidArgument,
                            "Heat map of frame " + std::to_string(map.frameIndex) +
                                " needs width x height values and a frame index >= 0");
    }

    m_impl->write("storing heat maps", [&] {
        SQLite::Database& db = *m_impl->db;
        requireRunningRun(db, runId);
        SQLite::Statement insert(db, "INSERT INTO patch_maps (run_id, frame_index, width, height, data) "
                                     "VALUES (?, ?, ?, ?, ?)");
        evidence::Sha256 digest;
        std::int64_t minFrame = maps.front().frameIndex;
        std::int64_t maxFrame = maps.front().frameIndex;
        for (const PatchMap& map : maps) {
            minFrame = std::min(minFrame, map.frameIndex);
            maxFrame = std::max(maxFrame, map.frameIndex);
            const int bytes = static_cast<int>(map.values.size() * sizeof(float));
            insert.bind(1, runId);
            insert.bind(2, map.frameIndex);
            insert.bind(3, map.width);
            insert.bind(4, map.height);
            insert.bindNoCopy(5, map.values.data(), bytes);   // the vector outlives exec()
            insert.exec();
            insert.reset();
            digest.update(map.values.data(), static_cast<std::size_t>(bytes));
        }
        m_impl->audit.append("run.patchmaps.append", {{"run_id", runId},
                                                      {"count", maps.size()},
                                                      {"first_frame", minFrame},
                                                      {"last_frame", maxFrame},
                                                      {"sha256", digest.finalHex()}});
    });
}

std::optional<PatchMap> CaseDatabase::patchMap(std::int64_t runId, std::int64_t frameIndex) const
{
    return m_impl->read("reading a heat map", [&]() -> std::optional<PatchMap> {
        SQLite::Statement query(*m_impl->db, "SELECT width, height, data FROM patch_maps "
                                             "WHERE run_id = ? AND frame_index = ?");
        query.bind(1, runId);
        query.bind(2, frameIndex);
        if (!query.executeStep())
            return std::nullopt;
        PatchMap map;
        map.frameIndex = frameIndex;
        map.width = query.getColumn(0).getInt();
        map.height = query.getColumn(1).getInt();
        const SQLite::Column data = query.getColumn(2);
        map.values.resize(static_cast<std::size_t>(data.getBytes()) / sizeof(float));
        if (!map.values.empty())
            std::copy_n(static_cast<const char*>(data.getBlob()), map.values.size() * sizeof(float),
                        reinterpret_cast<char*>(map.values.data()));
        return map;
    });
}

std::vector<std::int64_t> CaseDatabase::addEvents(std::int64_t runId, const std::vector<EventRecord>& events)
{
    m_impl->requireWritable("storing events");
    for (const EventRecord& event : events) {
        if (!(0 <= event.startFrame && event.startFrame <= event.peakFrame && event.peakFrame <= event.endFrame) ||
            !std::isfinite(event.peakScore))
            throw CaseError(CaseErrorKind::InvalidArgument,
                            "An event needs 0 <= start <= peak <= end and a finite peak score (frames " +
                                std::to_string(event.startFrame) + ".." + std::to_string(event.endFrame) + ")");
    }
    if (events.empty())
        return {};

    return m_impl->write("storing events", [&] {
        SQLite::Database& db = *m_impl->db;
        selectRun(db, runId);
        SQLite::Statement insert(db, "INSERT INTO events (run_id, start_frame, end_frame, peak_frame, "
                                     "peak_score, status) VALUES (?, ?, ?, ?, ?, ?)");
        std::vector<std::int64_t> ids;
        json audited = json::array();
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
        m_impl->audit.append("run.events.add", {{"run_id", runId}, {"events", audited}});
        return ids;
    });
}

std::vector<EventRecord> CaseDatabase::events(std::int64_t runId) const
{
    return m_impl->read("reading events", [&] {
        SQLite::Statement query(*m_impl->db, std::string(kEventColumns) + "WHERE run_id = ? ORDER BY start_frame, id");
        query.bind(1, runId);
        std::vector<EventRecord> rows;
        while (query.executeStep())
            rows.push_back(readEvent(query));
        return rows;
    });
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
