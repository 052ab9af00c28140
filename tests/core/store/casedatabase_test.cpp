// CaseDatabase: creation, schema settings, typed access, and that every
// mutation is audited in its own transaction.
#include "storetestutil.h"

#include "store/schema.h"

#include <cmath>
#include <limits>

namespace anomalens::store {
namespace {

using namespace testing;
using nlohmann::json;

// The audit actions of a new case: one "case.migrate" per schema version, then `actions`.
std::vector<std::string> withMigrations(const std::vector<std::string>& actions)
{
    std::vector<std::string> all(static_cast<std::size_t>(currentSchemaVersion()), "case.migrate");
    all.insert(all.end(), actions.begin(), actions.end());
    return all;
}
using test::TempDir;

Annotation note(std::int64_t mediaId, std::int64_t frameStart, std::int64_t frameEnd, std::string label,
                std::string text = {}, std::optional<std::int64_t> runId = std::nullopt, std::int64_t id = 0)
{
    Annotation annotation;
    annotation.id = id;
    annotation.mediaId = mediaId;
    annotation.runId = runId;
    annotation.frameStart = frameStart;
    annotation.frameEnd = frameEnd;
    annotation.label = std::move(label);
    annotation.note = std::move(text);
    return annotation;
}

std::vector<std::string> auditActions(const CaseDatabase& db)
{
    std::vector<std::string> actions;
    for (const evidence::AuditEntry& entry : db.audit().entries())
        actions.push_back(entry.action);
    return actions;
}

class CaseDatabaseTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        casePath = dir / "case.alcase";
        db = std::make_unique<CaseDatabase>(
            CaseDatabase::create(casePath.string(), {"Burglary 2024-117", {{"investigator", "J. Doe"}}}));
    }

    std::int64_t addSomeMedia(const std::string& shaSeed = "a")
    {
        MediaRecord media;
        media.path = "/evidence/cam1.mp4";
        media.sha256 = evidence::sha256Hex(shaSeed);
        media.sizeBytes = 1234;
        media.codec = "h264";
        media.frameCount = 100;
        return db->addMedia(media);
    }

    std::int64_t addSomeModel()
    {
        ModelRecord model;
        model.name = "cam1 normality";
        model.method = "mnad";
        model.profile = "cpu-fast";
        model.sha256 = evidence::sha256Hex(std::string("model"));
        model.path = "/models/cam1.alm";
        return db->addModel(model);
    }

    std::int64_t startRun(std::int64_t mediaId, std::int64_t modelId)
    {
        RunRecord run;
        run.mediaId = mediaId;
        run.modelId = modelId;
        run.parameters = {{"batch", 8}};
        run.normalisation = {{"mean", 0.1}, {"std", 0.02}};
        run.threshold = 0.5;
        return db->createRun(run);
    }

    TempDir dir;
    fs::path casePath;
    std::unique_ptr<CaseDatabase> db;
};

TEST_F(CaseDatabaseTest, CreateWritesSchemaV1WalAndForeignKeys)
{
    const json diagnostics = db->diagnostics();
    EXPECT_EQ(diagnostics["foreign_keys"], 1);
    EXPECT_EQ(diagnostics["journal_mode"], "wal");
    EXPECT_EQ(diagnostics["user_version"], currentSchemaVersion());
    EXPECT_EQ(diagnostics["application_id"], 0x414C4353);

    const CaseInfo info = db->info();
    EXPECT_EQ(info.name, "Burglary 2024-117");
    EXPECT_EQ(info.metadata["investigator"], "J. Doe");
    EXPECT_EQ(info.schemaVersion, currentSchemaVersion());
    EXPECT_FALSE(info.appVersion.empty());
    EXPECT_EQ(info.createdUtc.size(), 24u);
    EXPECT_EQ(auditActions(*db), withMigrations({"case.create"}));
    EXPECT_EQ(info.auditHead.rowCount, currentSchemaVersion() + 1);
    EXPECT_EQ(db->audit().entries().back().parametersJson()["name"], "Burglary 2024-117");
    EXPECT_TRUE(db->verify().ok());
}

TEST_F(CaseDatabaseTest, CreateRefusesExistingFileAndBadInput)
{
    db.reset();
    const std::string before = fileSha(casePath);
    expectCaseError(CaseErrorKind::AlreadyExists, [&] { CaseDatabase::create(casePath.string(), {"again", {}}); });
    EXPECT_EQ(fileSha(casePath), before);

    writeBytes(dir / "notes.txt", "keep me");
    expectCaseError(CaseErrorKind::AlreadyExists,
                    [&] { CaseDatabase::create((dir / "notes.txt").string(), {"x", {}}); });
    EXPECT_EQ(fileSha(dir / "notes.txt"), evidence::sha256Hex(std::string("keep me")));

    expectCaseError(CaseErrorKind::InvalidArgument, [&] { CaseDatabase::create((dir / "n.alcase").string(), {" ", {}}); });
    EXPECT_FALSE(fs::exists(dir / "n.alcase"));
    expectCaseError(CaseErrorKind::NotFound,
                    [&] { CaseDatabase::create((dir / "no-such-folder" / "c.alcase").string(), {"x", {}}); });
}

TEST_F(CaseDatabaseTest, ReopenReadOnlyReadsEverythingAndRefusesEveryMutation)
{
    const std::int64_t mediaId = addSomeMedia();
    db.reset();
    const std::string before = fileSha(casePath);
    {
        CaseDatabase readOnly = CaseDatabase::open(casePath.string(), OpenMode::ReadOnly);
        EXPECT_EQ(readOnly.mode(), OpenMode::ReadOnly);
        ASSERT_EQ(readOnly.listMedia().size(), 1u);
        EXPECT_EQ(readOnly.info().name, "Burglary 2024-117");
        EXPECT_TRUE(readOnly.verify().audit.ok);
        const std::string message = expectCaseError(CaseErrorKind::ReadOnly, [&] { readOnly.addMedia({}); });
        EXPECT_TRUE(contains(message, "read-only")) << message;
        expectCaseError(CaseErrorKind::ReadOnly, [&] { readOnly.logAction("export.clip", {}); });
        expectCaseError(CaseErrorKind::ReadOnly, [&] { readOnly.addAnnotation(note(mediaId, 0, 1, "x")); });
        expectCaseError(CaseErrorKind::ReadOnly, [&] { readOnly.importMedia(casePath.string(), {}, kFakeProber); });
    }
    EXPECT_EQ(fileSha(casePath), before);
}

TEST_F(CaseDatabaseTest, MediaRowsRoundTripAndShaIsUnique)
{
    MediaRecord media;
    media.path = "/evidence/cam1.mp4";
    media.sha256 = evidence::sha256Hex(std::string("a"));
    media.sizeBytes = 987654321;
    media.container = "matroska,webm";
    media.codec = "hevc";
    media.width = 1920;
    media.height = 1080;
    media.fps = 29.97;
    media.frameCount = 53946;
    media.durationUs = 1'800'000'000;
    media.metadata = {{"camera", "north gate"}};
    const std::int64_t id = db->addMedia(media);

    const MediaRecord stored = db->media(id);
    EXPECT_EQ(stored.path, media.path);
    EXPECT_EQ(stored.sha256, media.sha256);
    EXPECT_EQ(stored.sizeBytes, 987654321);
    EXPECT_EQ(stored.codec, "hevc");
    EXPECT_EQ(stored.width, 1920);
    EXPECT_DOUBLE_EQ(stored.fps, 29.97);
    EXPECT_EQ(stored.frameCount, 53946);
    EXPECT_EQ(stored.durationUs, 1'800'000'000);
    EXPECT_EQ(stored.metadata["camera"], "north gate");
    EXPECT_FALSE(stored.importedAtUtc.empty());
    ASSERT_TRUE(db->findMediaBySha(media.sha256).has_value());
    EXPECT_EQ(db->findMediaBySha(media.sha256)->id, id);
    EXPECT_FALSE(db->findMediaBySha(std::string(64, 'f')).has_value());

    const auto auditRows = db->audit().head().rowCount;
    expectCaseError(CaseErrorKind::InvalidArgument, [&] { db->addMedia(media); });   // same sha
    EXPECT_EQ(db->audit().head().rowCount, auditRows);   // the failed insert left no audit row
    media.sha256 = "ABC";
    expectCaseError(CaseErrorKind::InvalidArgument, [&] { db->addMedia(media); });
    expectCaseError(CaseErrorKind::NoSuchRecord, [&] { db->media(999); });
    EXPECT_EQ(db->listMedia().size(), 1u);
    EXPECT_EQ(auditActions(*db).back(), "media.add");
}

TEST_F(CaseDatabaseTest, ModelsAreDeduplicatedBySha)
{
    const std::int64_t id = addSomeModel();
    const auto auditRows = db->audit().head().rowCount;
    EXPECT_EQ(addSomeModel(), id);
    EXPECT_EQ(db->audit().head().rowCount, auditRows);
    ASSERT_EQ(db->listModels().size(), 1u);
    EXPECT_EQ(db->listModels()[0].method, "mnad");
    EXPECT_EQ(db->findModelBySha(evidence::sha256Hex(std::string("model")))->profile, "cpu-fast");
}

TEST_F(CaseDatabaseTest, RunScoresPatchMapsAndEvents)
{
    const std::int64_t mediaId = addSomeMedia();
    const std::int64_t modelId = addSomeModel();
    const std::int64_t runId = startRun(mediaId, modelId);

    RunRecord run = db->run(runId);
    EXPECT_EQ(run.status, RunStatus::Running);
    EXPECT_TRUE(run.finishedUtc.empty());
    EXPECT_EQ(run.lastFrameDone, -1);
    EXPECT_DOUBLE_EQ(*run.threshold, 0.5);
    EXPECT_EQ(run.normalisation["std"], 0.02);
    const json created = db->audit().entries().back().parametersJson();
    EXPECT_EQ(created["media_sha256"], evidence::sha256Hex(std::string("a")));
    EXPECT_EQ(created["model_sha256"], evidence::sha256Hex(std::string("model")));

    std::vector<FrameScore> batch;
    for (int i = 0; i < 64; ++i)
        batch.push_back({i, 0.01 * i, {{"recon", 0.5 * i}}});
    db->appendFrameScores(runId, std::vector<FrameScore>(batch.begin(), batch.begin() + 32));
    db->appendFrameScores(runId, std::vector<FrameScore>(batch.begin() + 32, batch.end()));
    const std::vector<FrameScore> stored = db->frameScores(runId);
    ASSERT_EQ(stored.size(), 64u);
    EXPECT_EQ(stored[40].frameIndex, 40);
    EXPECT_DOUBLE_EQ(stored[40].score, 0.40);
    EXPECT_EQ(stored[40].signals["recon"], 20.0);
    EXPECT_EQ(db->run(runId).lastFrameDone, 63);
    const json appended = db->audit().entries().back().parametersJson();
    EXPECT_EQ(appended["count"], 32);
    EXPECT_EQ(appended["first_frame"], 32);
    EXPECT_EQ(appended["sha256"].get<std::string>().size(), 64u);

    // A batch with a frame already scored is refused as a whole.
    const auto auditRows = db->audit().head().rowCount;
    const std::string message = expectCaseError(CaseErrorKind::InvalidArgument, [&] {
        db->appendFrameScores(runId, {{64, 0.1, json::object()}, {10, 0.2, json::object()}});
    });
    EXPECT_TRUE(contains(message, "Frame 10 already has a score")) << message;
    EXPECT_EQ(db->frameScores(runId).size(), 64u);
    EXPECT_EQ(db->run(runId).lastFrameDone, 63);
    EXPECT_EQ(db->audit().head().rowCount, auditRows);
    expectCaseError(CaseErrorKind::InvalidArgument, [&] {
        db->appendFrameScores(runId, {{70, std::numeric_limits<double>::quiet_NaN(), json::object()}});
    });

    PatchMap map{5, 3, 2, {0.f, 1.f, 2.f, 3.f, 4.5f, 0.25f}};
    db->appendPatchMaps(runId, {map});
    const std::optional<PatchMap> loaded = db->patchMap(runId, 5);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->frameIndex, 5);
    EXPECT_EQ(loaded->width, 3);
    EXPECT_EQ(loaded->height, 2);
    ASSERT_EQ(loaded->values.size(), map.values.size());
    for (std::size_t i = 0; i < map.values.size(); ++i)
        EXPECT_NEAR(loaded->values[i], map.values[i], 4.5 / 510 + 1e-6) << "value " << i;   // uint8 x scale
    EXPECT_EQ(loaded->values[0], 0.f);
    EXPECT_EQ(loaded->values[4], 4.5f);   // the scale itself is exact
    EXPECT_FALSE(db->patchMap(runId, 6).has_value());
    expectCaseError(CaseErrorKind::InvalidArgument, [&] { db->appendPatchMaps(runId, {{6, 3, 3, {1.f}}}); });
    expectCaseError(CaseErrorKind::InvalidArgument, [&] { db->appendPatchMaps(runId, {{6, 1, 1, {-1.f}}}); });

    const std::vector<std::int64_t> eventIds =
        db->addEvents(runId, {{0, runId, 40, 50, 45, 0.9, EventStatus::Unreviewed},
                              {0, runId, 10, 12, 11, 0.7, EventStatus::Unreviewed}});
    ASSERT_EQ(eventIds.size(), 2u);
    std::vector<EventRecord> events = db->events(runId);
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0].startFrame, 10);   // ordered by start frame
    EXPECT_DOUBLE_EQ(events[1].peakScore, 0.9);
    db->setEventStatus(eventIds[0], EventStatus::Confirmed);
    EXPECT_EQ(db->events(runId)[1].status, EventStatus::Confirmed);
    EXPECT_EQ(db->audit().entries().back().parametersJson()["to"], "confirmed");
    expectCaseError(CaseErrorKind::InvalidArgument,
                    [&] { db->addEvents(runId, {{0, runId, 10, 5, 7, 0.5, EventStatus::Unreviewed}}); });
    expectCaseError(CaseErrorKind::NoSuchRecord, [&] { db->setEventStatus(999, EventStatus::Dismissed); });

    db->finishRun(runId, RunStatus::Completed, "", 0.62);
    run = db->run(runId);
    EXPECT_EQ(run.status, RunStatus::Completed);
    EXPECT_FALSE(run.finishedUtc.empty());
    EXPECT_DOUBLE_EQ(*run.threshold, 0.62);
    EXPECT_EQ(db->audit().entries().back().parametersJson()["frames_scored"], 64);
    expectCaseError(CaseErrorKind::InvalidArgument, [&] { db->finishRun(runId, RunStatus::Failed); });
    expectCaseError(CaseErrorKind::InvalidArgument,
                    [&] { db->appendFrameScores(runId, {{100, 0.1, json::object()}}); });
    EXPECT_EQ(db->listRuns(mediaId).size(), 1u);
    EXPECT_TRUE(db->listRuns(mediaId + 1).empty());

    expectCaseError(CaseErrorKind::NoSuchRecord, [&] { startRun(mediaId, 999); });
    expectCaseError(CaseErrorKind::NoSuchRecord, [&] { db->frameScores(999); });
}

TEST_F(CaseDatabaseTest, ResumeStateTravelsWithItsBatchAndStoppedRunsReopen)
{
    const std::int64_t runId = startRun(addSomeMedia(), addSomeModel());
    EXPECT_TRUE(db->runResumeState(runId).empty());
    const std::vector<std::uint8_t> first = {1, 2, 3, 0, 255};
    db->appendFrameScores(runId, {{0, 0.1, json::object()}}, first);
    EXPECT_EQ(db->runResumeState(runId), first);
    EXPECT_EQ(db->audit().entries().back().parametersJson()["resume_state_sha256"],
              evidence::sha256Hex(first.data(), first.size()));
    // A batch without state keeps the previous one; a refused batch changes nothing.
    db->appendFrameScores(runId, {{1, 0.2, json::object()}});
    EXPECT_EQ(db->runResumeState(runId), first);
    expectCaseError(CaseErrorKind::InvalidArgument,
                    [&] { db->appendFrameScores(runId, {{1, 0.3, json::object()}}, std::vector<std::uint8_t>{9}); });
    EXPECT_EQ(db->runResumeState(runId), first);

    expectCaseError(CaseErrorKind::InvalidArgument, [&] { db->reopenRun(runId); });   // still running
    db->finishRun(runId, RunStatus::Cancelled, "stopped by the user");
    db->reopenRun(runId);
    RunRecord run = db->run(runId);
    EXPECT_EQ(run.status, RunStatus::Running);
    EXPECT_TRUE(run.finishedUtc.empty());
    EXPECT_EQ(run.lastFrameDone, 1);
    EXPECT_EQ(db->audit().entries().back().action, "run.resume");
    db->appendFrameScores(runId, {{2, 0.4, json::object()}}, std::vector<std::uint8_t>{7});
    EXPECT_EQ(db->runResumeState(runId), std::vector<std::uint8_t>{7});
    db->finishRun(runId, RunStatus::Completed);
    expectCaseError(CaseErrorKind::InvalidArgument, [&] { db->reopenRun(runId); });
    EXPECT_EQ(db->frameScores(runId).size(), 3u);
    EXPECT_TRUE(db->audit().verify().ok);
}

TEST_F(CaseDatabaseTest, AnnotationUpdatesAndDeletesKeepFullHistory)
{
    const std::int64_t mediaId = addSomeMedia();
    const std::int64_t id = db->addAnnotation(note(mediaId, 100, 150, "person", "enters left"));
    Annotation stored = db->annotation(id);
    EXPECT_EQ(stored.version, 1);
    EXPECT_EQ(stored.author, db->audit().actor());
    EXPECT_EQ(stored.createdUtc, stored.modifiedUtc);

    Annotation edit = stored;
    edit.label = "person, loitering";
    edit.frameEnd = 180;
    EXPECT_EQ(db->updateAnnotation(edit), 2);
    edit.note = "leaves at 180";
    EXPECT_EQ(db->updateAnnotation(edit), 3);

    stored = db->annotation(id);
    EXPECT_EQ(stored.version, 3);
    EXPECT_EQ(stored.frameEnd, 180);
    EXPECT_EQ(stored.note, "leaves at 180");
    std::vector<AnnotationRevision> history = db->annotationHistory(id);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].version, 1);
    EXPECT_EQ(history[0].change, "update");
    EXPECT_EQ(history[0].previous["label"], "person");
    EXPECT_EQ(history[0].previous["frame_end"], 150);
    EXPECT_EQ(history[1].previous["label"], "person, loitering");
    EXPECT_EQ(history[1].previous["note"], "enters left");

    db->deleteAnnotation(id);
    expectCaseError(CaseErrorKind::NoSuchRecord, [&] { db->annotation(id); });
    EXPECT_TRUE(db->annotations(mediaId).empty());
    history = db->annotationHistory(id);
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[2].change, "delete");
    EXPECT_EQ(history[2].previous["note"], "leaves at 180");
    EXPECT_EQ(history[2].previous["version"], 3);

    // Ids are never reused, so history cannot be attributed to a newcomer.
    EXPECT_GT(db->addAnnotation(note(mediaId, 1, 2, "car")), id);
    expectCaseError(CaseErrorKind::InvalidArgument, [&] { db->addAnnotation(note(mediaId, 5, 2, "bad")); });
    expectCaseError(CaseErrorKind::InvalidArgument, [&] { db->addAnnotation(note(mediaId, 1, 2, "")); });
    expectCaseError(CaseErrorKind::NoSuchRecord, [&] { db->addAnnotation(note(999, 1, 2, "x")); });

    // A run must belong to the annotated footage.
    const std::int64_t otherMedia = addSomeMedia("b");
    const std::int64_t runId = startRun(otherMedia, addSomeModel());
    expectCaseError(CaseErrorKind::InvalidArgument, [&] { db->addAnnotation(note(mediaId, 1, 2, "x", {}, runId)); });
    EXPECT_GT(db->addAnnotation(note(otherMedia, 1, 2, "x", {}, runId)), 0);
}

TEST_F(CaseDatabaseTest, EveryMutationAppendsItsAuditRow)
{
    const std::int64_t mediaId = addSomeMedia();
    const std::int64_t runId = startRun(mediaId, addSomeModel());
    db->appendFrameScores(runId, {{0, 0.1, json::object()}});
    db->appendPatchMaps(runId, {{0, 1, 1, {0.5f}}});
    const auto eventIds = db->addEvents(runId, {{0, runId, 0, 0, 0, 0.1, EventStatus::Unreviewed}});
    db->setEventStatus(eventIds[0], EventStatus::Dismissed);
    db->finishRun(runId, RunStatus::Cancelled, "stopped by user");
    const std::int64_t annotationId = db->addAnnotation(note(mediaId, 0, 0, "x"));
    db->updateAnnotation(note(mediaId, 0, 1, "y", {}, std::nullopt, annotationId));
    db->deleteAnnotation(annotationId);
    db->logAction("export.clip", {{"frames", {0, 1}}});

    const std::vector<std::string> expected =
        withMigrations({"case.create", "media.add", "model.add", "run.create", "run.scores.append",
                        "run.patchmaps.append", "run.events.add", "event.status", "run.finish", "annotation.add",
                        "annotation.update", "annotation.delete", "export.clip"});
    EXPECT_EQ(auditActions(*db), expected);
    const evidence::AuditVerifyResult result = db->audit().verify();
    EXPECT_TRUE(result.ok) << result.message;
    EXPECT_EQ(result.rowsChecked, static_cast<std::int64_t>(expected.size()));
}

} // namespace
} // namespace anomalens::store
