#include "export/scoresexport.h"

#include "evidence/toolversion.h"
#include "export/exportaudit.h"
#include "store/casedatabase.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

namespace anomalens::exporting {

namespace {

constexpr const char* kLineEnd = "\r\n";  // RFC 4180

const char* const kFixedColumns[] = {"frame", "time_s", "score", "event_id"};

std::string timeText(std::int64_t frame, double fps)
{
    return fps > 0.0 ? formatNumber(double(frame) / fps) : std::string();
}

// A signal value as one CSV field: numbers at full precision, booleans 1/0,
// null blank, text as is, anything structured as compact JSON.
std::string signalField(const nlohmann::json& value)
{
    if (value.is_null())
        return {};
    if (value.is_boolean())
        return value.get<bool>() ? "1" : "0";
    if (value.is_number_integer())
        return std::to_string(value.get<std::int64_t>());
    if (value.is_number_unsigned())
        return std::to_string(value.get<std::uint64_t>());
    if (value.is_number())
        return formatNumber(value.get<double>());
    if (value.is_string())
        return csvField(value.get<std::string>());
    return csvField(value.dump());
}

// For each score (sorted by frame), the id of the event holding its frame.
// The events of one run are disjoint; a frame in none gets 0.
std::vector<std::int64_t> eventIdsOf(const std::vector<store::FrameScore>& scores,
                                     const std::vector<store::EventRecord>& events)
{
    std::vector<store::EventRecord> sorted = events;
    std::sort(sorted.begin(), sorted.end(),
              [](const store::EventRecord& a, const store::EventRecord& b) { return a.startFrame < b.startFrame; });
    std::vector<std::int64_t> ids(scores.size(), 0);
    for (size_t i = 0; i < scores.size(); ++i) {
        const std::int64_t frame = scores[i].frameIndex;
        auto it = std::upper_bound(sorted.begin(), sorted.end(), frame,
                                   [](std::int64_t f, const store::EventRecord& e) { return f < e.startFrame; });
        if (it != sorted.begin() && frame <= std::prev(it)->endFrame)
            ids[i] = std::prev(it)->id;
    }
    return ids;
}

store::RunRecord findRun(const store::CaseDatabase& caseDb, std::int64_t runId)
{
    try {
        return caseDb.run(runId);
    } catch (const store::CaseError&) {
        throw ExportError("The case has no analysis run " + std::to_string(runId) + ".");
    }
}

nlohmann::json optionalNumber(const std::optional<double>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

} // namespace

const char* toString(ScoresFormat format)
{
    switch (format) {
    case ScoresFormat::Csv: return "csv";
    case ScoresFormat::Json: return "json";
    case ScoresFormat::EventsCsv: return "events";
    }
    return "csv";
}

ScoresFormat scoresFormatFromString(const std::string& text)
{
    for (ScoresFormat format : {ScoresFormat::Csv, ScoresFormat::Json, ScoresFormat::EventsCsv})
        if (text == toString(format))
            return format;
    throw ExportError("Unknown scores format '" + text + "'; use csv, json or events.");
}

std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string formatNumber(double value)
{
    if (!std::isfinite(value))
        return {};
    // to_chars ignores the C locale (a GUI may have set LC_NUMERIC to one with
    // a decimal comma) and gives the shortest text that parses back exactly.
    char text[64];
    const auto [end, error] = std::to_chars(text, text + sizeof text, value);
    return error == std::errc() ? std::string(text, end) : std::string();
}

std::string scoresCsv(const std::vector<store::FrameScore>& scores, const std::vector<store::EventRecord>& events,
                      double fps)
{
    std::set<std::string> keys;
    for (const store::FrameScore& score : scores)
        if (score.signals.is_object())
            for (const auto& item : score.signals.items())
                keys.insert(item.key());
    const std::set<std::string> fixed(std::begin(kFixedColumns), std::end(kFixedColumns));

    std::string out = "frame,time_s,score";
    for (const std::string& key : keys)
        out += "," + csvField(fixed.count(key) ? "signal_" + key : key);
    out += std::string(",event_id") + kLineEnd;

    const std::vector<std::int64_t> eventIds = eventIdsOf(scores, events);
    for (size_t i = 0; i < scores.size(); ++i) {
        const store::FrameScore& score = scores[i];
        out += std::to_string(score.frameIndex) + "," + timeText(score.frameIndex, fps) + "," +
               formatNumber(score.score);
        for (const std::string& key : keys) {
            out += ",";
            if (score.signals.is_object()) {
                const auto it = score.signals.find(key);
                if (it != score.signals.end())
                    out += signalField(*it);
            }
        }
        out += "," + (eventIds[i] ? std::to_string(eventIds[i]) : std::string()) + kLineEnd;
    }
    return out;
}

std::string eventsCsv(const std::vector<store::EventRecord>& events, double fps)
{
    std::string out = std::string("id,start_frame,end_frame,start_time_s,end_time_s,duration_s,peak_frame,"
                                  "peak_score,state") + kLineEnd;
    for (const store::EventRecord& event : events) {
        const std::int64_t frames = event.endFrame - event.startFrame + 1;
        out += std::to_string(event.id) + "," + std::to_string(event.startFrame) + "," +
               std::to_string(event.endFrame) + "," + timeText(event.startFrame, fps) + "," +
               timeText(event.endFrame, fps) + "," + timeText(frames, fps) + "," + std::to_string(event.peakFrame) +
               "," + formatNumber(event.peakScore) + "," + store::toString(event.status) + kLineEnd;
    }
    return out;
}

nlohmann::json scoresJson(const store::CaseDatabase& caseDb, std::int64_t runId)
{
    const store::RunRecord run = findRun(caseDb, runId);
    const store::MediaRecord media = caseDb.media(run.mediaId);
    const store::CaseInfo info = caseDb.info();
    nlohmann::json model = nullptr;
    for (const store::ModelRecord& record : caseDb.listModels())
        if (record.id == run.modelId)
            model = {{"id", record.id},         {"name", record.name},     {"method", record.method},
                     {"profile", record.profile}, {"sha256", record.sha256}, {"path", record.path}};

    const std::vector<store::EventRecord> events = caseDb.events(runId);
    const std::vector<store::FrameScore> scores = caseDb.frameScores(runId);
    const std::vector<std::int64_t> eventIds = eventIdsOf(scores, events);
    auto time = [&media](std::int64_t frame) {
        return media.fps > 0.0 ? nlohmann::json(double(frame) / media.fps) : nlohmann::json(nullptr);
    };
    nlohmann::json eventList = nlohmann::json::array();
    for (const store::EventRecord& event : events)
        eventList.push_back({{"id", event.id},
                             {"start_frame", event.startFrame},
                             {"end_frame", event.endFrame},
                             {"start_time_s", time(event.startFrame)},
                             {"end_time_s", time(event.endFrame)},
                             {"peak_frame", event.peakFrame},
                             {"peak_score", event.peakScore},
                             {"state", store::toString(event.status)}});
    nlohmann::json frames = nlohmann::json::array();
    for (size_t i = 0; i < scores.size(); ++i)
        frames.push_back({{"frame", scores[i].frameIndex},
                          {"time_s", time(scores[i].frameIndex)},
                          {"score", scores[i].score},
                          {"event_id", eventIds[i] ? nlohmann::json(eventIds[i]) : nlohmann::json(nullptr)},
                          {"signals", scores[i].signals}});
    return {{"tool", evidence::toolNameAndVersion()},
            {"case",
             {{"name", info.name},
              {"path", caseDb.path()},
              {"audit_head", {{"rows", info.auditHead.rowCount}, {"hash", info.auditHead.headHash}}}}},
            {"media",
             {{"id", media.id},
              {"path", media.path},
              {"sha256", media.sha256},
              {"fps", media.fps},
              {"frame_count", media.frameCount},
              {"width", media.width},
              {"height", media.height}}},
            {"run",
             {{"id", run.id},
              {"status", store::toString(run.status)},
              {"started_utc", run.startedUtc},
              {"finished_utc", run.finishedUtc},
              {"parameters", run.parameters},
              {"normalisation", run.normalisation}}},
            {"model", model},
            {"threshold", optionalNumber(run.threshold)},
            {"events", eventList},
            {"frames", frames}};
}

ScoresExportResult exportScores(store::CaseDatabase& caseDb, const ScoresExportRequest& request)
{
    const store::RunRecord run = findRun(caseDb, request.runId);
    const store::MediaRecord media = caseDb.media(run.mediaId);
    ScoresExportResult result;
    result.runId = run.id;
    result.mediaId = media.id;
    std::string text;
    switch (request.format) {
    case ScoresFormat::Csv: {
        const auto scores = caseDb.frameScores(run.id);
        result.rows = static_cast<std::int64_t>(scores.size());
        text = scoresCsv(scores, caseDb.events(run.id), media.fps);
        break;
    }
    case ScoresFormat::Json: {
        const nlohmann::json document = scoresJson(caseDb, run.id);
        result.rows = static_cast<std::int64_t>(document["frames"].size());
        text = document.dump(1) + "\n";
        break;
    }
    case ScoresFormat::EventsCsv: {
        const auto events = caseDb.events(run.id);
        result.rows = static_cast<std::int64_t>(events.size());
        text = eventsCsv(events, media.fps);
        break;
    }
    }
    result.file = writeExportText(request.destination, text, request.existing);
    const std::string kind = request.format == ScoresFormat::EventsCsv ? "events" : "scores";
    auditExport(caseDb, kind,
                {{"format", toString(request.format)},
                 {"run_id", run.id},
                 {"media_id", media.id},
                 {"rows", result.rows},
                 {"threshold", optionalNumber(run.threshold)}},
                {}, {media}, {result.file});
    return result;
}

} // namespace anomalens::exporting
