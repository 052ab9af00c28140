// analyzeIntoCase: scores, events and the run stored in the case; cancel and
// resume give what one uninterrupted run gives.
#include "analysistestutil.h"

#include "analysis/caseanalysis.h"
#include "evidence/sha256.h"

#include <gtest/gtest.h>

#include <cmath>
#include <optional>

namespace anomalens::analysis {
namespace {

using anomalens::test::TempDir;

store::CaseDatabase newCase(const std::filesystem::path& path)
{
    return store::CaseDatabase::create(path.string(), {"Test case", {}});
}

// The stored map of a frame follows the analyzer's. The case may store maps
// compactly (quantised), so: same size, and the same pattern (correlation).
void expectStoredMapFollows(const store::PatchMap& stored, const AnalyzedFrame& frame)
{
    ASSERT_EQ(stored.frameIndex, frame.frameIndex);
    ASSERT_EQ(stored.width, frame.heatMapWidth);
    ASSERT_EQ(stored.height, frame.heatMapHeight);
    ASSERT_EQ(stored.values.size(), frame.heatMap.size());
    const double n = static_cast<double>(frame.heatMap.size());
    double meanA = 0.0, meanB = 0.0;
    for (std::size_t i = 0; i < frame.heatMap.size(); ++i) {
        meanA += stored.values[i] / n;
        meanB += frame.heatMap[i] / n;
    }
    double ab = 0.0, aa = 0.0, bb = 0.0;
    for (std::size_t i = 0; i < frame.heatMap.size(); ++i) {
        const double a = stored.values[i] - meanA;
        const double b = frame.heatMap[i] - meanB;
        ab += a * b;
        aa += a * a;
        bb += b * b;
    }
    ASSERT_GT(bb, 0.0) << "frame " << frame.frameIndex << ": a flat map";
    EXPECT_GT(ab / std::sqrt(aa * bb), 0.98) << "frame " << frame.frameIndex;
}

TEST(CaseAnalysis, StoresTheRunScoresAndEvents)
{
    TempDir dir;
    const test::TinyModel tiny = test::trainTinyModel(dir);
    Analyzer analyzer(tiny.model.string());
    store::CaseDatabase db = newCase(dir / "case.alcase");
    std::vector<AnalyzedFrame> reported;
    CaseAnalysisOptions options;
    options.threshold = 0.0; // a low threshold: this tiny model flags plenty
    options.onBatch = [&](const std::vector<AnalyzedFrame>& frames, const ResumePoint&) {
        reported.insert(reported.end(), frames.begin(), frames.end());
    };
    int progressCalls = 0;
    options.progress = [&](const CaseAnalysisProgress& progress) {
        ++progressCalls;
        EXPECT_EQ(progress.frameCount, 40);
    };
    const CaseAnalysisResult result =
        analyzeIntoCase(db, analyzer, tiny.model.string(), tiny.testClip.string(), options);

    EXPECT_EQ(result.status, store::RunStatus::Completed);
    EXPECT_FALSE(result.resumed);
    EXPECT_GT(progressCalls, 0);
    const store::RunRecord run = db.run(result.runId);
    EXPECT_EQ(run.status, store::RunStatus::Completed);
    EXPECT_EQ(run.lastFrameDone, 39);
    EXPECT_DOUBLE_EQ(*run.threshold, 0.0);
    EXPECT_EQ(run.parameters["method"], "mnad-pred");
    EXPECT_EQ(run.parameters["events"]["off_threshold"], -1.0);
    EXPECT_EQ(run.normalisation["kind"], "calibrated");
    EXPECT_EQ(db.listModels().at(0).sha256, evidence::sha256File(tiny.model.string()));
    EXPECT_EQ(db.media(result.mediaId).sha256, evidence::sha256Directory(tiny.testClip.string()));

    const std::vector<store::FrameScore> scores = db.frameScores(result.runId);
    ASSERT_EQ(scores.size(), reported.size());
    ASSERT_EQ(scores.size(), 36u);
    for (std::size_t i = 0; i < scores.size(); ++i) {
        EXPECT_EQ(scores[i].frameIndex, reported[i].frameIndex);
        EXPECT_DOUBLE_EQ(scores[i].score, reported[i].score);
        EXPECT_DOUBLE_EQ(scores[i].signals["psnr_db"].get<double>(), reported[i].signals.psnrDb);
        EXPECT_EQ(scores[i].signals["memory_updated"].get<bool>(), reported[i].memoryUpdated);
        // Every stored score has its heat map.
        const std::optional<store::PatchMap> map = db.patchMap(result.runId, scores[i].frameIndex);
        ASSERT_TRUE(map.has_value()) << "frame " << scores[i].frameIndex;
        EXPECT_EQ(map->width, 32);
        EXPECT_EQ(map->height, 32);
        expectStoredMapFollows(*map, reported[i]);
    }
    EXPECT_FALSE(db.patchMap(result.runId, 3).has_value()); // no score (no history), no map
    EXPECT_EQ(run.parameters["heat_map"]["cells"], 32);
    EXPECT_EQ(run.parameters["heat_map"]["signal"], "squared prediction error");
    // The events are those of the stored series under the run's rules.
    const EventOptions rules = eventOptionsFor(0.0, db.media(result.mediaId).fps);
    const std::vector<DetectedEvent> expected = detectEvents(scoreSeries(scores, 40), rules);
    ASSERT_EQ(result.events.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(result.events[i].startFrame, expected[i].startFrame);
        EXPECT_EQ(result.events[i].peakFrame, expected[i].peakFrame);
        EXPECT_DOUBLE_EQ(result.events[i].peakScore, expected[i].peakScore);
    }
    EXPECT_TRUE(db.verify().ok());
}

TEST(CaseAnalysis, CancelledRunResumesToTheUninterruptedResult)
{
    TempDir dir;
    const test::TinyModel tiny = test::trainTinyModel(dir);
    AnalyzerOptions small;
    small.batchFrames = 4;
    Analyzer analyzer(tiny.model.string(), small);
    CaseAnalysisOptions options;
    options.threshold = 0.5;

    store::CaseDatabase reference = newCase(dir / "reference.alcase");
    const CaseAnalysisResult whole =
        analyzeIntoCase(reference, analyzer, tiny.model.string(), tiny.testClip.string(), options);

    store::CaseDatabase db = newCase(dir / "case.alcase");
    std::atomic<bool> cancel{false};
    options.cancel = &cancel;
    options.onBatch = [&](const std::vector<AnalyzedFrame>& frames, const ResumePoint&) {
        if (frames.back().frameIndex >= 15)
            cancel = true;
    };
    const CaseAnalysisResult stopped =
        analyzeIntoCase(db, analyzer, tiny.model.string(), tiny.testClip.string(), options);
    EXPECT_EQ(stopped.status, store::RunStatus::Cancelled);
    EXPECT_TRUE(stopped.events.empty());
    EXPECT_EQ(db.run(stopped.runId).status, store::RunStatus::Cancelled);
    EXPECT_EQ(db.run(stopped.runId).lastFrameDone, 15);
    EXPECT_FALSE(db.runResumeState(stopped.runId).empty());

    cancel = false;
    options.onBatch = {};
    options.resume = true;
    const CaseAnalysisResult resumed =
        analyzeIntoCase(db, analyzer, tiny.model.string(), tiny.testClip.string(), options);
    EXPECT_TRUE(resumed.resumed);
    EXPECT_EQ(resumed.runId, stopped.runId);
    EXPECT_EQ(resumed.status, store::RunStatus::Completed);
    EXPECT_EQ(resumed.stream.framesScored, 40 - 16);

    const std::vector<store::FrameScore> a = reference.frameScores(whole.runId);
    const std::vector<store::FrameScore> b = db.frameScores(resumed.runId);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].frameIndex, b[i].frameIndex);
        EXPECT_EQ(a[i].score, b[i].score) << "frame " << a[i].frameIndex;
        // The heat maps too, before and after the interruption.
        const std::optional<store::PatchMap> mapA = reference.patchMap(whole.runId, a[i].frameIndex);
        const std::optional<store::PatchMap> mapB = db.patchMap(resumed.runId, b[i].frameIndex);
        ASSERT_TRUE(mapA.has_value() && mapB.has_value()) << "frame " << a[i].frameIndex;
        EXPECT_EQ(mapB->width, 32);
        EXPECT_EQ(mapB->height, 32);
        EXPECT_EQ(mapA->values, mapB->values) << "frame " << a[i].frameIndex;
    }
    ASSERT_EQ(whole.events.size(), resumed.events.size());
    for (std::size_t i = 0; i < whole.events.size(); ++i) {
        EXPECT_EQ(whole.events[i].startFrame, resumed.events[i].startFrame);
        EXPECT_EQ(whole.events[i].endFrame, resumed.events[i].endFrame);
    }
    // Nothing left to resume: --resume then starts a new run.
    const CaseAnalysisResult again =
        analyzeIntoCase(db, analyzer, tiny.model.string(), tiny.testClip.string(), options);
    EXPECT_FALSE(again.resumed);
    EXPECT_NE(again.runId, resumed.runId);
    EXPECT_TRUE(db.verify().ok());

    // A run keeps one heat map grid: resuming with another is refused, and
    // the stopped run stays as it was.
    options.resume = false;
    cancel = false;
    options.onBatch = [&](const std::vector<AnalyzedFrame>&, const ResumePoint&) { cancel = true; };
    const CaseAnalysisResult stoppedAgain =
        analyzeIntoCase(db, analyzer, tiny.model.string(), tiny.testClip.string(), options);
    ASSERT_EQ(stoppedAgain.status, store::RunStatus::Cancelled);
    AnalyzerOptions otherGrid = small;
    otherGrid.heatMapCells = 8;
    Analyzer coarse(tiny.model.string(), otherGrid);
    options.onBatch = {};
    options.resume = true;
    EXPECT_THROW(analyzeIntoCase(db, coarse, tiny.model.string(), tiny.testClip.string(), options),
                 std::invalid_argument);
    EXPECT_EQ(db.run(stoppedAgain.runId).status, store::RunStatus::Cancelled);
    EXPECT_EQ(db.run(stoppedAgain.runId).lastFrameDone, 7);
}

TEST(CaseAnalysis, NoHeatMapsWhenTheGridIsZero)
{
    TempDir dir;
    const test::TinyModel tiny = test::trainTinyModel(dir, training::Method::MnadPrediction, 2);
    AnalyzerOptions noMaps;
    noMaps.heatMapCells = 0;
    Analyzer analyzer(tiny.model.string(), noMaps);
    store::CaseDatabase db = newCase(dir / "case.alcase");
    const CaseAnalysisResult result = analyzeIntoCase(db, analyzer, tiny.model.string(), tiny.testClip.string());
    ASSERT_EQ(result.status, store::RunStatus::Completed);
    EXPECT_EQ(db.run(result.runId).parameters["heat_map"]["cells"], 0);
    const std::vector<store::FrameScore> scores = db.frameScores(result.runId);
    ASSERT_EQ(scores.size(), 36u);
    for (const store::FrameScore& score : scores)
        EXPECT_FALSE(db.patchMap(result.runId, score.frameIndex).has_value()) << "frame " << score.frameIndex;
}

TEST(CaseAnalysis, UnreadableFootageFailsWithoutARunAndBadThresholdsAreRefused)
{
    TempDir dir;
    const test::TinyModel tiny = test::trainTinyModel(dir, training::Method::MnadPrediction, 2);
    Analyzer analyzer(tiny.model.string());
    store::CaseDatabase db = newCase(dir / "case.alcase");
    EXPECT_ANY_THROW(analyzeIntoCase(db, analyzer, tiny.model.string(), (dir / "missing.mp4").string()));
    EXPECT_TRUE(db.listRuns().empty());
    CaseAnalysisOptions options;
    options.threshold = std::nan("");
    EXPECT_THROW(analyzeIntoCase(db, analyzer, tiny.model.string(), tiny.testClip.string(), options),
                 std::invalid_argument);
}

TEST(CaseAnalysis, EventRulesFollowTheFrameRate)
{
    const EventOptions at10 = eventOptionsFor(3.0, 10.0);
    EXPECT_EQ(at10.onThreshold, 3.0);
    EXPECT_EQ(at10.offThreshold, 2.0);
    EXPECT_EQ(at10.minDurationFrames, 3);
    EXPECT_EQ(at10.mergeGapFrames, 10);
    EXPECT_EQ(at10.prePadFrames, 5);
    EXPECT_EQ(at10.postPadFrames, 5);
    const EventOptions at30 = eventOptionsFor(3.0, 30.0);
    EXPECT_EQ(at30.minDurationFrames, 9);
    EXPECT_EQ(at30.mergeGapFrames, 30);
    EXPECT_EQ(eventOptionsFor(3.0, 1.0).minDurationFrames, 1); // never below one frame
}

} // namespace
} // namespace anomalens::analysis
