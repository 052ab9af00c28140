// Schema v3: the upgrade of a v2 case (events rebuilt for 'needs_review',
// heat maps re-encoded as uint8 x scale), the NeedsReview state, the stored
// precision of heat maps, maps replaced on rewrite, range reads of maps, and
// replaceEvents() carrying review states over to re-detected events.
#include "storetestutil.h"

#include "store/schema.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>

namespace anomalens::store {
namespace {

using namespace testing;
using nlohmann::json;
using test::TempDir;

// Writes a v2 case as version 2 of Anomalens would have: the first two
// built-in steps, then rows inserted directly (float32 heat maps).
void writeV2Case(const fs::path& path)
{
    writeBytes(path, "");
    SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
    db.exec("PRAGMA foreign_keys = ON");
    const std::vector<Migration> upToV2(builtinMigrations().begin(), builtinMigrations().begin() + 2);
    migrateSchema(db, upToV2);
    ASSERT_EQ(readUserVersion(db), 2);
    db.exec("INSERT INTO media (id, path, sha256, size_bytes, imported_at) VALUES (1, '/evidence/a.mp4', '" +
            evidence::sha256Hex(std::string("a")) + "', 10, '2024-01-01T00:00:00.000Z')");
    db.exec("INSERT INTO models (id, name, method, sha256, path, created) VALUES (1, 'm', 'mnad', '" +
            evidence::sha256Hex(std::string("m")) + "', '/m.alm', '2024-01-01T00:00:00.000Z')");
    db.exec("INSERT INTO runs (id, media_id, model_id, started, status, threshold) "
            "VALUES (1, 1, 1, '2024-01-01T00:00:00.000Z', 'completed', 0.5)");
    // Ids with gaps, not in start-frame order: the upgrade must keep them.
    db.exec("INSERT INTO events (id, run_id, start_frame, end_frame, peak_frame, peak_score, status) VALUES "
            "(7, 1, 40, 50, 45, 0.9, 'confirmed'), (3, 1, 10, 12, 11, 0.7, 'dismissed'), "
            "(12, 1, 60, 61, 60, 0.6, 'unreviewed')");
    SQLite::Statement insert(db, "INSERT INTO patch_maps (run_id, frame_index, width, height, data) "
                                 "VALUES (1, ?, ?, ?, ?)");
    const std::vector<std::pair<std::int64_t, std::vector<float>>> maps = {
        {0, {0.f, 1.f, 2.f, 4.f}},
        {1, {0.5f, 0.25f, 0.125f, 0.f}},
        // Never validated before v3: NaN and negative become 0, +inf the largest finite value.
        {2, {-1.f, std::numeric_limits<float>::quiet_NaN(), 3.f, std::numeric_limits<float>::infinity()}},
    };
    for (const auto& [frame, values] : maps) {
        insert.bind(1, frame);
        insert.bind(2, 2);
        insert.bind(3, 2);
        insert.bind(4, values.data(), static_cast<int>(values.size() * sizeof(float)));
        insert.exec();
        insert.reset();
    }
}

TEST(CaseSchemaV3Test, V2CaseIsUpgradedKeepingEventIdsAndReencodingMaps)
{
    TempDir dir;
    const fs::path path = dir / "old.alcase";
    writeV2Case(path);
    const std::int64_t auditRowsBefore = [&] {
        SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
        return evidence::AuditLog(db).head().rowCount;
    }();
    EXPECT_EQ(auditRowsBefore, 2);   // the two migrations

    // Read-only cannot upgrade.
    expectCaseError(CaseErrorKind::OlderSchema, [&] { CaseDatabase::open(path.string(), OpenMode::ReadOnly); });

    CaseDatabase db = CaseDatabase::open(path.string());
    EXPECT_EQ(db.info().schemaVersion, currentSchemaVersion());
    EXPECT_GE(currentSchemaVersion(), 3);

    // Exactly one audited step 2 -> 3, and the chain still verifies.
    const std::vector<evidence::AuditEntry> entries = db.audit().entries();
    ASSERT_GE(entries.size(), 3u);
    EXPECT_EQ(entries[2].action, "case.migrate");
    EXPECT_EQ(entries[2].parametersJson()["from_version"], 2);
    EXPECT_EQ(entries[2].parametersJson()["to_version"], 3);
    EXPECT_TRUE(contains(entries[2].parametersJson()["description"].get<std::string>(), "needs_review"));
    EXPECT_TRUE(db.verify().audit.ok) << db.verify().audit.message;

    // Events: same ids, rows and states.
    const std::vector<EventRecord> events = db.events(1);
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events[0].id, 3);
    EXPECT_EQ(events[0].status, EventStatus::Dismissed);
    EXPECT_EQ(events[0].startFrame, 10);
    EXPECT_EQ(events[0].endFrame, 12);
    EXPECT_EQ(events[0].peakFrame, 11);
    EXPECT_DOUBLE_EQ(events[0].peakScore, 0.7);
    EXPECT_EQ(events[1].id, 7);
    EXPECT_EQ(events[1].status, EventStatus::Confirmed);
    EXPECT_EQ(events[2].id, 12);
    EXPECT_EQ(events[2].status, EventStatus::Unreviewed);
    // The rebuilt table takes the new state, and ids continue above the old ones.
    db.setEventStatus(12, EventStatus::NeedsReview);
    EXPECT_EQ(db.events(1)[2].status, EventStatus::NeedsReview);
    const std::vector<std::int64_t> added = db.addEvents(1, {{0, 1, 70, 71, 70, 0.8, EventStatus::Unreviewed}});
    ASSERT_EQ(added.size(), 1u);
    EXPECT_EQ(added[0], 13);

    // Maps: one byte per cell plus the scale, values within half a step.
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READONLY);
        SQLite::Statement query(raw, "SELECT frame_index, length(data), scale FROM patch_maps ORDER BY frame_index");
        const std::vector<double> scales = {4.0, 0.5, 3.0};
        for (std::size_t i = 0; i < scales.size(); ++i) {
            ASSERT_TRUE(query.executeStep());
            EXPECT_EQ(query.getColumn(0).getInt64(), static_cast<std::int64_t>(i));
            EXPECT_EQ(query.getColumn(1).getInt(), 4);
            EXPECT_DOUBLE_EQ(query.getColumn(2).getDouble(), scales[i]);
        }
        EXPECT_FALSE(query.executeStep());
        EXPECT_TRUE(raw.execAndGet("SELECT sql FROM sqlite_schema WHERE name = 'events'")
                        .getString()
                        .find("needs_review") != std::string::npos);
        EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'events_by_run'").getInt(), 1);
        EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name LIKE '%_v3'").getInt(), 0);
    }
    const std::vector<PatchMap> maps = db.patchMaps(1, 0, 10);
    ASSERT_EQ(maps.size(), 3u);
    const std::vector<std::vector<float>> expected = {
        {0.f, 1.f, 2.f, 4.f}, {0.5f, 0.25f, 0.125f, 0.f}, {0.f, 0.f, 3.f, 3.f}};
    const std::vector<double> scales = {4.0, 0.5, 3.0};
    for (std::size_t m = 0; m < maps.size(); ++m) {
        EXPECT_EQ(maps[m].frameIndex, static_cast<std::int64_t>(m));
        EXPECT_EQ(maps[m].width, 2);
        EXPECT_EQ(maps[m].height, 2);
        ASSERT_EQ(maps[m].values.size(), 4u);
        for (std::size_t i = 0; i < 4; ++i)
            EXPECT_NEAR(maps[m].values[i], expected[m][i], scales[m] / 510 + 1e-6) << "map " << m << " value " << i;
    }
    EXPECT_EQ(maps[0].values[3], 4.f);
    EXPECT_EQ(maps[0].values[0], 0.f);
    EXPECT_EQ(maps[2].values[0], 0.f);   // was -1
    EXPECT_EQ(maps[2].values[1], 0.f);   // was NaN
    EXPECT_EQ(maps[2].values[3], 3.f);   // was +inf

    // Opening again does not migrate again.
    const std::int64_t rows = db.audit().head().rowCount;
    CaseDatabase again = CaseDatabase::open(path.string());
    EXPECT_EQ(again.audit().head().rowCount, rows);
}

class CaseV3Test : public ::testing::Test {
protected:
    void SetUp() override
    {
        casePath = dir / "case.alcase";
        db = std::make_unique<CaseDatabase>(CaseDatabase::create(casePath.string(), {"Case", {}}));
        MediaRecord media;
        media.path = "/evidence/cam1.mp4";   // not on disk: verify() reports it Missing, the audit is checked alone
        media.sha256 = evidence::sha256Hex(std::string("a"));
        mediaId = db->addMedia(media);
        ModelRecord model;
        model.name = "m";
        model.method = "mnad";
        model.sha256 = evidence::sha256Hex(std::string("m"));
        model.path = "/m.alm";
        modelId = db->addModel(model);
        runId = startRun();
    }

    std::int64_t startRun()
    {
        RunRecord run;
        run.mediaId = mediaId;
        run.modelId = modelId;
        run.threshold = 0.5;
        return db->createRun(run);
    }

    TempDir dir;
    fs::path casePath;
    std::unique_ptr<CaseDatabase> db;
    std::int64_t mediaId = 0;
    std::int64_t modelId = 0;
    std::int64_t runId = 0;
};

TEST_F(CaseV3Test, NeedsReviewRoundTripsAndTheCheckRefusesUnknownStates)
{
    EXPECT_STREQ(toString(EventStatus::NeedsReview), "needs_review");
    EXPECT_EQ(eventStatusFromString("needs_review"), EventStatus::NeedsReview);
    for (EventStatus status :
         {EventStatus::Unreviewed, EventStatus::NeedsReview, EventStatus::Confirmed, EventStatus::Dismissed})
        EXPECT_EQ(eventStatusFromString(toString(status)), status);
    expectCaseError(CaseErrorKind::Corrupt, [] { eventStatusFromString("maybe"); });

    const std::vector<std::int64_t> ids =
        db->addEvents(runId, {{0, runId, 5, 9, 7, 0.8, EventStatus::NeedsReview},
                              {0, runId, 20, 22, 21, 0.6, EventStatus::Unreviewed}});
    ASSERT_EQ(ids.size(), 2u);
    EXPECT_EQ(db->audit().entries().back().parametersJson()["events"][0]["status"], "needs_review");
    db->setEventStatus(ids[1], EventStatus::NeedsReview);
    const json audited = db->audit().entries().back().parametersJson();
    EXPECT_EQ(audited["from"], "unreviewed");
    EXPECT_EQ(audited["to"], "needs_review");
    db->finishRun(runId, RunStatus::Completed);
    db.reset();

    // Stored as its string, read back by a read-only open.
    {
        SQLite::Database raw(casePath.string(), SQLite::OPEN_READONLY);
        EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM events WHERE status = 'needs_review'").getInt(), 2);
    }
    {
        const CaseDatabase readOnly = CaseDatabase::open(casePath.string(), OpenMode::ReadOnly);
        const std::vector<EventRecord> events = readOnly.events(runId);
        ASSERT_EQ(events.size(), 2u);
        EXPECT_EQ(events[0].status, EventStatus::NeedsReview);
        EXPECT_EQ(events[1].status, EventStatus::NeedsReview);
    }

    // The CHECK constraint refuses anything else, from any writer.
    const std::string updateError = rawExec(casePath, "UPDATE events SET status = 'maybe' WHERE id = " +
                                                          std::to_string(ids[0]));
    EXPECT_TRUE(contains(updateError, "CHECK constraint failed")) << updateError;
    const std::string insertError =
        rawExec(casePath, "INSERT INTO events (run_id, start_frame, end_frame, peak_frame, peak_score, status) "
                          "VALUES (" + std::to_string(runId) + ", 1, 2, 1, 0.5, 'needs review')");
    EXPECT_TRUE(contains(insertError, "CHECK constraint failed")) << insertError;
    EXPECT_EQ(rawExec(casePath, "UPDATE events SET status = 'confirmed' WHERE id = " + std::to_string(ids[0])), "");
    CaseDatabase reopened = CaseDatabase::open(casePath.string());
    EXPECT_EQ(reopened.events(runId)[0].status, EventStatus::Confirmed);
}

TEST_F(CaseV3Test, HeatMapsAreStoredAsBytesWithinHalfAQuantisationStep)
{
    std::mt19937 random(20240117);
    std::uniform_real_distribution<float> magnitude(0.0f, 7.3f);
    PatchMap map{12, 32, 32, {}};
    for (int i = 0; i < 32 * 32; ++i)
        map.values.push_back(magnitude(random));
    map.values[100] = 0.0f;
    const float scale = *std::max_element(map.values.begin(), map.values.end());
    db->appendPatchMaps(runId, {map});

    {
        SQLite::Database raw(casePath.string(), SQLite::OPEN_READONLY);
        SQLite::Statement query(raw, "SELECT length(data), scale FROM patch_maps WHERE frame_index = 12");
        ASSERT_TRUE(query.executeStep());
        EXPECT_EQ(query.getColumn(0).getInt(), 1024);   // 1 KiB, not 4 KiB
        EXPECT_DOUBLE_EQ(query.getColumn(1).getDouble(), static_cast<double>(scale));
    }
    const std::optional<PatchMap> loaded = db->patchMap(runId, 12);
    ASSERT_TRUE(loaded.has_value());
    ASSERT_EQ(loaded->values.size(), map.values.size());
    const double bound = static_cast<double>(scale) / 510.0;
    double worst = 0.0;
    for (std::size_t i = 0; i < map.values.size(); ++i)
        worst = std::max(worst, std::abs(static_cast<double>(loaded->values[i]) - map.values[i]));
    EXPECT_LE(worst, bound * (1.0 + 1e-5));
    EXPECT_GT(worst, bound * 0.5);   // it is a real quantisation, not a float copy
    EXPECT_EQ(loaded->values[100], 0.0f);
    EXPECT_EQ(*std::max_element(loaded->values.begin(), loaded->values.end()), scale);

    // All zeros: scale 0, zeros back.
    db->appendPatchMaps(runId, {{13, 2, 1, {0.f, 0.f}}});
    EXPECT_EQ(db->patchMap(runId, 13)->values, (std::vector<float>{0.f, 0.f}));

    // Negative or non-finite values: refused, the whole batch, nothing audited.
    const std::int64_t rows = db->audit().head().rowCount;
    for (float bad : {-0.5f, std::numeric_limits<float>::quiet_NaN(), std::numeric_limits<float>::infinity()}) {
        const std::string message = expectCaseError(CaseErrorKind::InvalidArgument, [&] {
            db->appendPatchMaps(runId, {{20, 1, 1, {1.f}}, {21, 2, 1, {0.5f, bad}}});
        });
        EXPECT_TRUE(contains(message, "frame 21")) << message;
    }
    EXPECT_FALSE(db->patchMap(runId, 20).has_value());
    EXPECT_EQ(db->audit().head().rowCount, rows);
}

TEST_F(CaseV3Test, AppendingAMapForAStoredFrameReplacesIt)
{
    db->appendPatchMaps(runId, {{3, 2, 1, {1.f, 2.f}}, {4, 1, 1, {0.5f}}});
    EXPECT_EQ(db->audit().entries().back().parametersJson()["replaced"], 0);

    // A resumed run rewrites the batch: frame 3 changes (even its size), 5 is new.
    db->appendPatchMaps(runId, {{3, 1, 2, {8.f, 0.f}}, {5, 1, 1, {0.25f}}});
    const json audited = db->audit().entries().back().parametersJson();
    EXPECT_EQ(db->audit().entries().back().action, "run.patchmaps.append");
    EXPECT_EQ(audited["count"], 2);
    EXPECT_EQ(audited["replaced"], 1);
    EXPECT_EQ(audited["first_frame"], 3);
    EXPECT_EQ(audited["last_frame"], 5);
    const std::optional<PatchMap> map = db->patchMap(runId, 3);
    ASSERT_TRUE(map.has_value());
    EXPECT_EQ(map->width, 1);
    EXPECT_EQ(map->height, 2);
    EXPECT_EQ(map->values, (std::vector<float>{8.f, 0.f}));
    EXPECT_EQ(db->patchMap(runId, 4)->values, std::vector<float>{0.5f});
    {
        SQLite::Database raw(casePath.string(), SQLite::OPEN_READONLY);
        EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM patch_maps").getInt(), 3);
    }

    // Two maps of one frame in one call are a caller bug: refused, nothing changes.
    expectCaseError(CaseErrorKind::InvalidArgument,
                    [&] { db->appendPatchMaps(runId, {{6, 1, 1, {1.f}}, {6, 1, 1, {2.f}}}); });
    EXPECT_FALSE(db->patchMap(runId, 6).has_value());
    // Only while the run is running.
    db->finishRun(runId, RunStatus::Completed);
    expectCaseError(CaseErrorKind::InvalidArgument, [&] { db->appendPatchMaps(runId, {{3, 1, 1, {1.f}}}); });
    EXPECT_EQ(db->patchMap(runId, 3)->values, (std::vector<float>{8.f, 0.f}));
    EXPECT_TRUE(db->audit().verify().ok);
}

TEST_F(CaseV3Test, PatchMapsReadsAnInclusiveRangeInFrameOrder)
{
    // Written out of order and in two batches; another run's maps must not leak in.
    db->appendPatchMaps(runId, {{8, 1, 1, {8.f}}, {2, 1, 1, {2.f}}, {6, 1, 1, {6.f}}});
    db->appendPatchMaps(runId, {{0, 1, 1, {0.f}}, {4, 1, 1, {4.f}}});
    const std::int64_t otherRun = startRun();
    db->appendPatchMaps(otherRun, {{3, 1, 1, {3.f}}, {5, 1, 1, {5.f}}});

    const std::vector<PatchMap> middle = db->patchMaps(runId, 2, 6);
    ASSERT_EQ(middle.size(), 3u);
    for (std::size_t i = 0; i < middle.size(); ++i) {
        const std::int64_t frame = 2 + 2 * static_cast<std::int64_t>(i);
        EXPECT_EQ(middle[i].frameIndex, frame);
        EXPECT_EQ(middle[i].values, std::vector<float>{static_cast<float>(frame)});
    }
    EXPECT_EQ(db->patchMaps(runId, 0, 100).size(), 5u);
    EXPECT_EQ(db->patchMaps(runId, 8, 8).size(), 1u);
    EXPECT_TRUE(db->patchMaps(runId, 3, 3).empty());
    EXPECT_TRUE(db->patchMaps(runId, 6, 2).empty());   // reversed range: nothing
    EXPECT_TRUE(db->patchMaps(runId, 9, 1000).empty());
    const std::vector<PatchMap> other = db->patchMaps(otherRun, 0, 10);
    ASSERT_EQ(other.size(), 2u);
    EXPECT_EQ(other[0].frameIndex, 3);
    EXPECT_EQ(other[1].frameIndex, 5);
    expectCaseError(CaseErrorKind::NoSuchRecord, [&] { db->patchMaps(999, 0, 10); });
    // The single-frame read agrees with the range read.
    EXPECT_EQ(db->patchMap(runId, 6)->values, middle[2].values);
}

TEST_F(CaseV3Test, ReplaceEventsCarriesReviewStatesOver)
{
    const std::vector<std::int64_t> oldIds =
        db->addEvents(runId, {{0, runId, 10, 20, 15, 0.9, EventStatus::Unreviewed},
                              {0, runId, 30, 40, 35, 0.8, EventStatus::Unreviewed},
                              {0, runId, 50, 60, 55, 0.7, EventStatus::Unreviewed}});
    ASSERT_EQ(oldIds.size(), 3u);
    db->setEventStatus(oldIds[0], EventStatus::Confirmed);
    db->setEventStatus(oldIds[1], EventStatus::Dismissed);
    db->finishRun(runId, RunStatus::Completed);   // the reviewer works on a finished run
    const std::int64_t rowsBefore = db->audit().head().rowCount;

    // The threshold moves: events grow, merge and appear.
    const std::vector<EventRecord> stored =
        db->replaceEvents(runId,
                          {{0, 0, 0, 5, 2, 0.6, EventStatus::Unreviewed},      // overlaps nothing
                           {0, 0, 15, 35, 20, 0.95, EventStatus::Unreviewed},  // 6 frames of each: the earlier (confirmed)
                           {0, 0, 38, 58, 40, 0.85, EventStatus::Unreviewed},  // 3 of the dismissed, 9 of the unreviewed
                           {0, 0, 62, 70, 66, 0.65, EventStatus::NeedsReview}},  // nothing: keeps its own state
                          0.45);
    ASSERT_EQ(stored.size(), 4u);
    const std::vector<EventStatus> statuses = {EventStatus::Unreviewed, EventStatus::Confirmed,
                                               EventStatus::Dismissed, EventStatus::NeedsReview};
    const std::vector<std::int64_t> starts = {0, 15, 38, 62};
    std::vector<std::int64_t> newIds;
    for (std::size_t i = 0; i < stored.size(); ++i) {
        EXPECT_EQ(stored[i].status, statuses[i]) << "event " << i;
        EXPECT_EQ(stored[i].startFrame, starts[i]);
        EXPECT_EQ(stored[i].runId, runId);
        EXPECT_GT(stored[i].id, oldIds.back()) << "an id was reused";
        newIds.push_back(stored[i].id);
    }
    EXPECT_EQ(stored[1].endFrame, 35);
    EXPECT_EQ(stored[1].peakFrame, 20);
    EXPECT_DOUBLE_EQ(stored[1].peakScore, 0.95);
    EXPECT_TRUE(std::is_sorted(newIds.begin(), newIds.end()));
    EXPECT_EQ(db->events(runId).size(), 4u);
    EXPECT_EQ(db->events(runId)[2].id, newIds[2]);
    EXPECT_DOUBLE_EQ(*db->run(runId).threshold, 0.45);
    EXPECT_EQ(db->run(runId).status, RunStatus::Completed);
    for (std::int64_t oldId : oldIds)
        expectCaseError(CaseErrorKind::NoSuchRecord, [&] { db->setEventStatus(oldId, EventStatus::Confirmed); });

    // One audit row for all of it.
    EXPECT_EQ(db->audit().head().rowCount, rowsBefore + 1);
    const evidence::AuditEntry entry = db->audit().entries().back();
    EXPECT_EQ(entry.action, "events.replace");
    const json audited = entry.parametersJson();
    EXPECT_EQ(audited["run_id"], runId);
    EXPECT_DOUBLE_EQ(audited["threshold"].get<double>(), 0.45);
    EXPECT_DOUBLE_EQ(audited["previous_threshold"].get<double>(), 0.5);
    EXPECT_EQ(audited["removed_count"], 3);
    EXPECT_EQ(audited["added_count"], 4);
    ASSERT_EQ(audited["removed"].size(), 3u);
    EXPECT_EQ(audited["removed"][0]["event_id"], oldIds[0]);
    EXPECT_EQ(audited["removed"][0]["status"], "confirmed");
    ASSERT_EQ(audited["events"].size(), 4u);
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_EQ(audited["events"][i]["event_id"], newIds[i]);
    EXPECT_EQ(audited["events"][1]["status"], "confirmed");
    EXPECT_EQ(audited["events"][1]["status_from_event_id"], oldIds[0]);
    EXPECT_EQ(audited["events"][2]["status_from_event_id"], oldIds[1]);
    EXPECT_TRUE(audited["events"][0]["status_from_event_id"].is_null());
    EXPECT_TRUE(audited["events"][3]["status_from_event_id"].is_null());

    // Again: the most-overlapped reviewed event wins, even when it starts later.
    const std::vector<EventRecord> second =
        db->replaceEvents(runId,
                          {{0, 0, 20, 40, 30, 0.9, EventStatus::Unreviewed},   // 16 of confirmed, 3 of dismissed
                           {0, 0, 55, 75, 60, 0.7, EventStatus::Unreviewed}},  // 4 of dismissed, 9 of needs-review
                          0.6);
    ASSERT_EQ(second.size(), 2u);
    EXPECT_EQ(second[0].status, EventStatus::Confirmed);
    EXPECT_EQ(second[1].status, EventStatus::NeedsReview);
    EXPECT_GT(second[0].id, newIds.back());
    EXPECT_DOUBLE_EQ(*db->run(runId).threshold, 0.6);

    // Bad input changes nothing.
    const std::int64_t rows = db->audit().head().rowCount;
    expectCaseError(CaseErrorKind::InvalidArgument, [&] {
        db->replaceEvents(runId, {{0, 0, 10, 5, 7, 0.5, EventStatus::Unreviewed}}, 0.3);
    });
    expectCaseError(CaseErrorKind::InvalidArgument, [&] {
        db->replaceEvents(runId, {{0, 0, 1, 2, 1, std::numeric_limits<double>::quiet_NaN(), EventStatus::Unreviewed}},
                          0.3);
    });
    expectCaseError(CaseErrorKind::InvalidArgument,
                    [&] { db->replaceEvents(runId, {}, std::numeric_limits<double>::infinity()); });
    expectCaseError(CaseErrorKind::NoSuchRecord, [&] { db->replaceEvents(999, {}, 0.3); });
    EXPECT_EQ(db->audit().head().rowCount, rows);
    EXPECT_EQ(db->events(runId).size(), 2u);
    EXPECT_DOUBLE_EQ(*db->run(runId).threshold, 0.6);

    // A threshold with no events above it empties the run.
    EXPECT_TRUE(db->replaceEvents(runId, {}, 5.0).empty());
    EXPECT_TRUE(db->events(runId).empty());
    EXPECT_EQ(db->audit().entries().back().parametersJson()["removed_count"], 2);

    const CaseVerifyReport report = db->verify();
    EXPECT_TRUE(report.audit.ok) << report.audit.message;
    EXPECT_TRUE(report.audit.protectionIntact);
    EXPECT_EQ(report.audit.rowsChecked, db->audit().head().rowCount);

    db.reset();
    CaseDatabase readOnly = CaseDatabase::open(casePath.string(), OpenMode::ReadOnly);
    expectCaseError(CaseErrorKind::ReadOnly, [&] { readOnly.replaceEvents(runId, {}, 0.5); });
}

} // namespace
} // namespace anomalens::store
