#include "exportcase.h"

#include "testsupport.h"

namespace anomalens::test {

ExportCase makeExportCase(const std::filesystem::path& dir, const std::string& footageName)
{
    ExportCase c;
    c.footage = dir / std::filesystem::u8path(footageName);
    if (!makeClip(c.footage, 60, 160, 120, 25, "-c:v libx264 -g 12 -keyint_min 12 -sc_threshold 0 -bf 2"))
        return c;
    c.db = std::make_unique<store::CaseDatabase>(
        store::CaseDatabase::create((dir / "case.alcase").string(), store::CaseMetadata{"Export case"}));
    c.media = c.db->importMedia(c.footage.u8string());

    store::ModelRecord model;
    model.name = "cam1 normality";
    model.method = "mnad";
    model.profile = "cpu-fast";
    model.sha256 = std::string(64, 'a');
    model.path = "/models/cam1.alm";
    c.modelId = c.db->addModel(model);

    store::RunRecord run;
    run.mediaId = c.media.id;
    run.modelId = c.modelId;
    run.threshold = 0.75;
    c.runId = c.db->createRun(run);
    std::vector<store::FrameScore> scores;
    for (std::int64_t frame = 4; frame < 60; ++frame) {  // a predictive model scores from frame 4
        store::FrameScore score;
        score.frameIndex = frame;
        score.score = 0.1 * double(frame) + 1.0 / 3.0;
        score.signals = {{"psnr_db", 30.0 + double(frame) / 7.0}};
        if (frame % 2 == 0)
            score.signals["feature_distance"] = 0.1 + 0.2 * double(frame);
        if (frame == 5)
            score.signals["note"] = "dust, \"lens\"\nflare";
        scores.push_back(score);
    }
    c.db->appendFrameScores(c.runId, scores);
    c.db->finishRun(c.runId, store::RunStatus::Completed);
    const auto ids = c.db->addEvents(c.runId, {{0, c.runId, 20, 30, 25, 2.9, store::EventStatus::Confirmed},
                                               {0, c.runId, 40, 44, 42, 4.5, store::EventStatus::Dismissed},
                                               {0, c.runId, 50, 55, 52, 5.5, store::EventStatus::Confirmed}});
    c.confirmedEvent = ids.at(0);
    c.dismissedEvent = ids.at(1);
    c.secondConfirmedEvent = ids.at(2);
    return c;
}

} // namespace anomalens::test
