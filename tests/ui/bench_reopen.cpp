// Benchmark (not a test): how long reopening a case takes before the reviewer
// sees the curve and events of an hour of footage. Writes a synthetic case
// (one file, 1 h at 25 fps: 90,000 scored frames with their signals, 32x32
// heat maps for every frame, 60 events), then times what the window does on
// reopening: reading the review on the pool thread (readMediaReview) and
// drawing it (ScoreTimeline::setScores + setEvents + a rendered frame).
//
//   ui_bench_reopen [--minutes N] [--no-maps]
#include "controllers/mediareview.h"
#include "widgets/qcustomplot_wrapper.h"
#include "widgets/scoretimeline.h"

#include "store/casedatabase.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>

using namespace anomalens;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int minutes = 60;
    bool maps = true;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--minutes") && i + 1 < args.size())
            minutes = args[++i].toInt();
        else if (args[i] == QLatin1String("--no-maps"))
            maps = false;
    }
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("hour.alcase"));
    const double fps = 25.0;
    const std::int64_t frames = static_cast<std::int64_t>(minutes * 60 * fps);

    QElapsedTimer timer;
    timer.start();
    std::int64_t mediaId = 0;
    {
        auto db = store::CaseDatabase::create(QFile::encodeName(casePath).toStdString(), {"Reopen benchmark", {}});
        store::MediaRecord media;
        media.path = "/evidence/camera-3.mp4";
        media.sha256 = std::string(64, 'c');
        media.fps = fps;
        media.frameCount = frames;
        media.width = 1920;
        media.height = 1080;
        media.durationUs = static_cast<std::int64_t>(frames / fps * 1e6);
        mediaId = db.addMedia(media);
        store::ModelRecord model{0, "camera-3.alm", "mnad-pred", "lite", std::string(64, 'd'), "/models/camera-3.alm", {}, {}};
        store::RunRecord run;
        run.mediaId = mediaId;
        run.modelId = db.addModel(model);
        run.threshold = 2.0;
        const std::int64_t runId = db.createRun(run);
        constexpr std::int64_t kBatch = 500;
        for (std::int64_t first = 4; first < frames; first += kBatch) {
            std::vector<store::FrameScore> scores;
            std::vector<store::PatchMap> heat;
            for (std::int64_t frame = first; frame < std::min(frames, first + kBatch); ++frame) {
                const double score = std::sin(static_cast<double>(frame) * 0.001) + ((frame / 1500) % 25 == 0 ? 3.0 : 0.0);
                scores.push_back({frame, score, {{"psnr_db", 30.0 - score}, {"feature_distance", 0.01 * score}}});
                if (maps)
                    heat.push_back({frame, 32, 32, std::vector<float>(32 * 32, static_cast<float>(0.001 * (frame % 7 + 1)))});
            }
            if (maps)
                db.appendPatchMaps(runId, heat);
            db.appendFrameScores(runId, scores);
        }
        std::vector<store::EventRecord> events;
        for (std::int64_t start = 0; start + 1500 < frames; start += 1500 * 25 / 2)
            events.push_back({0, runId, start, start + 1499, start + 700, 3.5, store::EventStatus::Unreviewed});
        db.addEvents(runId, events);
        db.finishRun(runId, store::RunStatus::Completed);
    }
    const qint64 writeMs = timer.elapsed();
    const qint64 caseBytes = QFileInfo(casePath).size();

    timer.restart();
    const ui::MediaReview review = ui::readMediaReview(casePath, mediaId);
    const qint64 readMs = timer.elapsed();
    if (!review.error.isEmpty()) {
        out << "reading failed: " << review.error << '\n';
        return 1;
    }

    ui::ScoreTimeline timeline;
    timeline.resize(1400, 220);
    timeline.show();
    timer.restart();
    timeline.reset(fps, frames);
    timeline.setScores(review.scores);
    timeline.setSignal(QStringLiteral("PSNR (dB)"), review.psnrDb);
    std::vector<ui::TimelineSpan> spans;
    for (const store::EventRecord& event : review.events)
        spans.push_back({event.startFrame, event.endFrame, ui::ScoreTimeline::colorForState(QStringLiteral("unreviewed"))});
    timeline.setEvents(spans);
    timeline.plot()->replot(QCustomPlot::rpImmediateRefresh);  // draw now, not at the next event loop turn
    timeline.grab();
    const qint64 drawMs = timer.elapsed();

    out << "footage:            " << minutes << " min at " << fps << " fps = " << frames << " frames"
        << (maps ? ", 32x32 heat map per frame" : ", no heat maps") << '\n';
    out << "case file:          " << QString::number(caseBytes / 1048576.0, 'f', 1) << " MiB (written in "
        << writeMs / 1000.0 << " s)\n";
    out << "read review:        " << readMs << " ms (" << review.events.size() << " events, typical heat "
        << review.heatMapTypical << ")\n";
    out << "draw curve+events:  " << drawMs << " ms\n";
    out << "reopen total:       " << readMs + drawMs << " ms\n";
    return 0;
}
