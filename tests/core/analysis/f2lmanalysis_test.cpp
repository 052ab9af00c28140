// An F2LM bundle end to end: trained on the sample scene's normal clips with
// its cues, then analysed like any model. Every scored frame has the
// generator's PSNR and both triplet distances; the cues are computed from the
// first frame of the file, so resuming in the middle gives exactly the
// uninterrupted run's signals; and the dataset protocol scores it per video.
#include "analysistestutil.h"

#include "analysis/analyzer.h"
#include "analysis/caseanalysis.h"
#include "analysis/datasetevaluation.h"
#include "store/casedatabase.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

namespace anomalens::analysis {
namespace {

using anomalens::test::TempDir;

TEST(F2lmAnalysis, ScoresEveryFrameWithItsCuesAndResumesExactly)
{
    TempDir dir;
    const test::TinyModel tiny = test::trainTinyModel(dir, training::Method::F2lm, 20);
    Analyzer analyzer(tiny.model.string());
    ASSERT_EQ(analyzer.metadata().method, "f2lm");
    const std::string clip = test::writeSquareClip(dir / "square").string();

    std::map<std::int64_t, AnalyzedFrame> straight;
    ResumePoint middle;
    const StreamSummary summary =
        analyzer.analyze(clip, [&](const std::vector<AnalyzedFrame>& batch, const ResumePoint& after) {
            for (const AnalyzedFrame& frame : batch)
                straight[frame.frameIndex] = frame;
            if (middle.nextFrame == 0 && after.nextFrame >= 20)
                middle = after;
        });
    EXPECT_GT(summary.stages.cues, 0.0); // timed as a stage of its own
    ASSERT_EQ(straight.size(), 36u); // 40 frames, the first 4 without history
    for (const auto& [index, frame] : straight) {
        EXPECT_TRUE(std::isfinite(frame.signals.psnrDb)) << index;
        EXPECT_TRUE(std::isfinite(frame.signals.labelTriplet)) << index;
        EXPECT_TRUE(std::isfinite(frame.signals.motionTriplet)) << index;
        EXPECT_TRUE(std::isnan(frame.signals.destroyerMse)) << index;
        EXPECT_TRUE(std::isfinite(frame.score)) << index;
    }

    ASSERT_GT(middle.nextFrame, 4);
    std::int64_t resumed = 0;
    analyzer.analyze(clip, [&](const std::vector<AnalyzedFrame>& batch, const ResumePoint&) {
        for (const AnalyzedFrame& frame : batch) {
            ++resumed;
            const AnalyzedFrame& expected = straight.at(frame.frameIndex);
            EXPECT_GE(frame.frameIndex, middle.nextFrame);
            EXPECT_NEAR(frame.signals.motionTriplet, expected.signals.motionTriplet, 1e-6) << frame.frameIndex;
            EXPECT_NEAR(frame.signals.labelTriplet, expected.signals.labelTriplet, 1e-6) << frame.frameIndex;
            EXPECT_NEAR(frame.score, expected.score, 1e-6) << frame.frameIndex;
        }
    }, middle);
    EXPECT_EQ(resumed, 40 - middle.nextFrame);

    // The case keeps every signal of every frame.
    store::CaseDatabase db = store::CaseDatabase::create((dir / "case.alcase").string(), {"F2LM", {}});
    const CaseAnalysisResult stored = analyzeIntoCase(db, analyzer, tiny.model.string(), clip, {});
    const std::vector<store::FrameScore> scores = db.frameScores(stored.runId);
    ASSERT_EQ(scores.size(), 36u);
    for (const store::FrameScore& score : scores) {
        const AnalyzedFrame& expected = straight.at(score.frameIndex);
        EXPECT_NEAR(score.signals.at("label_triplet").get<double>(), expected.signals.labelTriplet, 1e-9);
        EXPECT_NEAR(score.signals.at("motion_triplet").get<double>(), expected.signals.motionTriplet, 1e-9);
        EXPECT_FALSE(score.signals.contains("destroyer_mse"));
    }

    const DatasetEvaluation evaluation = evaluateDataset(analyzer, tiny.sampleRoot);
    ASSERT_EQ(evaluation.clips.size(), 1u);
    ASSERT_EQ(evaluation.clips[0].motionTriplet.size(), 40u);
    EXPECT_TRUE(std::isfinite(evaluation.clips[0].labelTriplet[10]));
    EXPECT_FALSE(evaluation.generatorOnlyPerVideo); // no Destroyer
    // Each of its three signals alone, and nothing it does not have.
    EXPECT_EQ(evaluation.signalAlonePerVideo.size(), 3u);
    for (const char* name : {"psnr", "label_triplet", "motion_triplet"})
        EXPECT_TRUE(evaluation.signalAlonePerVideo.count(name)) << name;
    for (const double auc : {evaluation.calibrated.auc, evaluation.perVideo.auc})
        EXPECT_TRUE(auc > 0.0 && auc < 1.0) << auc;
}

} // namespace
} // namespace anomalens::analysis
