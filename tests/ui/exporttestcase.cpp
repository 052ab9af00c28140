#include "exporttestcase.h"
#include "uitestsupport.h"

#include "store/casedatabase.h"

#include <QDir>
#include <QFile>

#include <cmath>
#include <algorithm>
#include <cstdlib>

namespace anomalens::uitest {

namespace {

std::string local(const QString& path) { return QFile::encodeName(path).toStdString(); }

double cellWidth() { return static_cast<double>(kExportClipWidth) / kHeatCells; }
double cellHeight() { return static_cast<double>(kExportClipHeight) / kHeatCells; }

store::PatchMap mapFor(std::int64_t frame)
{
    store::PatchMap map{frame, kHeatCells, kHeatCells,
                        std::vector<float>(static_cast<std::size_t>(kHeatCells * kHeatCells), 0.01f)};
    for (int row = 0; row < kHeatCells; ++row)
        for (int column = 0; column < kHeatCells; ++column) {
            float& value = map.values[static_cast<std::size_t>(row * kHeatCells + column)];
            if (column <= kZeroColumnLast && row >= kZeroRowFirst && row <= kZeroRowLast)
                value = 0.0f;
            else if (frame >= kHotFirst && frame <= kHotLast && std::abs(column - kHotColumn) <= 1 &&
                     std::abs(row - kHotRow) <= 1)
                value = 1.0f;
        }
    return map;
}

} // namespace

QRect hotPixels()
{
    const QPointF centre((kHotColumn + 0.5) * cellWidth(), (kHotRow + 0.5) * cellHeight());
    return QRect(static_cast<int>(centre.x()) - 4, static_cast<int>(centre.y()) - 3, 8, 6);
}

QRect zeroPixels()
{
    return QRect(10, static_cast<int>((kZeroRowFirst + 1) * cellHeight()),
                 static_cast<int>(kZeroColumnLast * cellWidth()) - 20,
                 static_cast<int>((kZeroRowLast - kZeroRowFirst - 1) * cellHeight()));
}

ExportTestCase makeExportTestCase(const QString& folder, int annotationCount, QString* reason)
{
    ExportTestCase made;
    const QString clip = QDir(folder).filePath(QStringLiteral("gate camera.mp4"));
    if (!makeTestClip(clip, kExportClipFrames, kExportClipWidth, kExportClipHeight, kExportClipFps, reason))
        return made;
    const QString casePath = QDir(folder).filePath(QStringLiteral("harbour gate.alcase"));
    store::CaseMetadata metadata;
    metadata.name = "Harbour Gate 2024-117";
    metadata.extra = {{"investigator", "J. Doe"}, {"reference", "REF-117"}};
    store::CaseDatabase db = store::CaseDatabase::create(local(casePath), metadata);
    made.media = db.importMedia(local(clip));

    made.model.name = "gate-normal.alm";
    made.model.method = "mnad";
    made.model.profile = "small";
    made.model.sha256 = "5e1f0c2d9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d";
    made.model.path = "/models/gate-normal.alm";
    made.model.createdUtc = "2024-05-01T10:00:00.000Z";
    made.model.metadata = {
        {"anomalensVersion", "0.1.0"},
        {"defaultThreshold", 2.0},
        {"training", {{"stepsCompleted", 4321}}},
        {"trainingFootage",
         {{{"path", "/evidence/gate-normal-week1.mp4"},
           {"sha256", "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"},
           {"frameCount", 9000},
           {"kind", "file"}}}}};
    made.model.id = db.addModel(made.model);

    store::RunRecord run;
    run.mediaId = made.media.id;
    run.modelId = made.model.id;
    run.threshold = made.threshold;
    run.parameters = {{"device", "cpu"},
                      {"precision", "fp32"},
                      {"events",
                       {{"on_threshold", 2.0},
                        {"off_threshold", 1.5},
                        {"min_duration_frames", 3},
                        {"merge_gap_frames", 5},
                        {"pre_pad_frames", 2},
                        {"post_pad_frames", 2}}},
                      {"heat_map", {{"cells", kHeatCells}}}};
    made.runId = db.createRun(run);
    std::vector<store::FrameScore> scores;
    std::vector<store::PatchMap> maps;
    for (std::int64_t frame = 4; frame < kExportClipFrames; ++frame) {
        double score = 0.5 + 0.1 * std::sin(static_cast<double>(frame));
        if (frame >= 20 && frame <= 30)
            score = 3.0 + 0.2 * std::cos(static_cast<double>(frame));
        if (frame >= 45 && frame <= 50)
            score = 2.4;
        scores.push_back({frame, score, {{"psnr_db", 30.0 - score}}});
        maps.push_back(mapFor(frame));
    }
    db.appendPatchMaps(made.runId, maps);
    db.appendFrameScores(made.runId, scores);
    db.addEvents(made.runId, {{0, made.runId, 18, 32, 25, 3.2, store::EventStatus::Confirmed},
                              {0, made.runId, 43, 52, 47, 2.4, store::EventStatus::Unreviewed}});
    db.finishRun(made.runId, store::RunStatus::Completed);
    made.events = db.events(made.runId);
    for (int i = 0; i < annotationCount; ++i) {
        store::Annotation note;
        note.mediaId = made.media.id;
        note.runId = made.runId;
        note.frameStart = i % kExportClipFrames;
        note.frameEnd = std::min<std::int64_t>(kExportClipFrames - 1, note.frameStart + 3);
        note.label = i == 0 ? "Person climbs the fence" : "Check " + std::to_string(i);
        note.note = "Seen from the gate camera; compare with the car park camera.";
        db.addAnnotation(note);
    }
    made.casePath = casePath;
    made.clipPath = clip;
    return made;
}

} // namespace anomalens::uitest
